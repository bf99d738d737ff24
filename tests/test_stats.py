"""graph_stats and format_stats on small hand-built graphs whose numbers are known."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS

from kg.stats import format_stats, graph_stats, relation_network
from kg.vocab import NKG

ID = "https://newskg.org/id/"


def iri(path: str) -> URIRef:
    return URIRef(ID + path)


def entity(g: Graph, path: str, cls: str, label: str) -> URIRef:
    node = iri(path)
    g.add((node, RDF.type, NKG[cls]))
    g.add((node, RDFS.label, Literal(label)))
    return node


def arms_control_graph() -> Graph:
    """Antonov is the hub: four neighbours. Two separate islands and one isolated entity."""
    g = Graph()
    antonov = entity(g, "person/anatoly-antonov", "Person", "Anatoly Antonov")
    role = entity(g, "role/deputy-defense-minister--russia", "Role", "Deputy Defense Minister")
    russia = entity(g, "country/russia", "Country", "Russia")
    usa = entity(g, "country/united-states", "Country", "United States")
    shield = entity(g, "plan/missile-shield", "Plan", "missile shield")
    radar = entity(g, "system/radar", "System", "radar")
    romania = entity(g, "country/romania", "Country", "Romania")
    entity(g, "place/deveselu", "Place", "Deveselu")  # isolated
    for s, p, o in [
        (antonov, NKG.holdsRole, role),
        (role, NKG.roleOf, russia),
        (antonov, NKG.opposes, shield),
        (antonov, NKG.negotiatesWith, usa),
        (usa, NKG.proposes, shield),
        (romania, NKG.deploys, radar),
    ]:
        g.add((s, p, o))
    statement = iri("statement/1")
    g.add((statement, RDF.type, NKG.Statement))
    g.add((antonov, NKG.said, statement))
    document = iri("document/a.txt")
    g.add((document, RDF.type, NKG.Document))
    for n, asserted in enumerate([True, True, False]):
        fact = iri(f"fact/{n}")
        g.add((fact, RDF.type, NKG.Fact))
        g.add((fact, RDF.subject, antonov))
        g.add((fact, RDF.object, russia))
        g.add((fact, NKG.asserted, Literal(asserted)))
        g.add((fact, NKG.attributedTo, antonov))
        g.add((fact, PROV.wasDerivedFrom, document))
    return g


def test_counts_by_class_and_relation() -> None:
    stats = graph_stats(arms_control_graph())
    assert stats.classes == {
        "Country": 3,
        "Fact": 3,
        "Person": 1,
        "Role": 1,
        "Plan": 1,
        "System": 1,
        "Place": 1,
        "Statement": 1,
        "Document": 1,
    }
    # Distinct relations between entities: nkg:said points at a quotation, not an entity.
    assert stats.relations == {
        "deploys": 1,
        "holdsRole": 1,
        "negotiatesWith": 1,
        "opposes": 1,
        "proposes": 1,
        "roleOf": 1,
    }
    assert (stats.counts.facts_asserted, stats.counts.facts_not_asserted) == (2, 1)
    assert stats.nodes == 8  # entities: the Statement is not one
    assert stats.counts.statements == 1 and stats.counts.documents == 1
    assert stats.triples == len(arms_control_graph())


def test_most_connected_entities_by_distinct_relations_then_mentions() -> None:
    graph = arms_control_graph()
    graph.add((iri("plan/missile-shield"), NKG.mentionCount, Literal(7)))
    graph.add((iri("country/united-states"), NKG.mentionCount, Literal(3)))
    top = graph_stats(graph).top_entities
    assert top[0].label == "Anatoly Antonov" and top[0].cls == "Person"
    assert top[0].relations == 3  # role, shield, United States; the quotation does not count
    # then two relations each, ordered by mentions (never by name)
    assert [(e.label, e.mentions) for e in top[1:3]] == [("missile shield", 7), ("United States", 3)]
    assert "Deveselu" not in {e.label for e in top}  # isolated: not "connected"
    assert len(graph_stats(graph, top=3).top_entities) == 3


def test_components_are_over_related_entities_only() -> None:
    stats = graph_stats(arms_control_graph())
    # {Antonov, role, Russia, US, shield}, {Romania, radar}; Deveselu has no relation
    assert stats.counts.related_entities == 7
    assert (stats.components, stats.largest_component) == (2, 5)


def test_relation_network_attributes() -> None:
    network = relation_network(arms_control_graph())
    assert network.nodes[str(iri("country/romania"))] == {"label": "Romania", "type": "Country"}
    assert network.nodes[str(iri("statement/1"))]["type"] == "Statement"
    edge = next(iter(network.get_edge_data(str(iri("country/romania")), str(iri("system/radar"))).values()))
    assert edge == {"predicate": str(NKG.deploys), "label": "deploys"}
    assert str(iri("fact/0")) not in network and str(iri("document/a.txt")) not in network


def test_format_stats_says_what_each_number_counts() -> None:
    text = format_stats(graph_stats(arms_control_graph()))
    assert "Entities: 8 (7 with a relation; quotations, facts and documents are not entities)" in text
    assert "Relations: 6 distinct relations between entities" in text
    assert "Facts: 2 asserted" in text and "1 negated, hedged or reported" in text
    assert "Quotations: 1" in text
    assert "Entities by class:\n  Country        3\n" in text
    assert "   1. Anatoly Antonov" in text and "relations   3" in text
    assert "form 2 connected components; the largest has 5" in text


def test_the_build_summary_the_stats_and_the_page_share_one_count(tmp_path) -> None:
    from kg.counts import graph_counts
    from kg.render import render_html

    graph = arms_control_graph()
    counts = graph_counts(graph)
    assert graph_stats(graph).counts == counts
    html = render_html(graph)
    assert f"Whole graph: {counts.entities:,} entities ({counts.related_entities:,} with a relation), " \
           f"{counts.relations:,} distinct relations" in html


def test_empty_graph() -> None:
    stats = graph_stats(Graph())
    assert stats.triples == 0 and stats.top_entities == [] and stats.components == 0
    text = format_stats(stats)
    assert "(none)" in text and "no relations between entities yet" in text
