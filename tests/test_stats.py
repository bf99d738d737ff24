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
    assert stats.relations == {
        "holdsRole": 1,
        "roleOf": 1,
        "opposes": 1,
        "negotiatesWith": 1,
        "proposes": 1,
        "deploys": 1,
        "said": 1,
    }
    assert (stats.facts_asserted, stats.facts_not_asserted) == (2, 1)
    assert stats.triples == len(arms_control_graph())


def test_most_connected_entities_by_degree_centrality() -> None:
    stats = graph_stats(arms_control_graph())
    top = stats.top_entities
    assert top[0].label == "Anatoly Antonov" and top[0].cls == "Person"
    assert top[0].degree == 4  # role, shield, United States, statement; facts do not count
    assert top[0].centrality == round(4 / (stats.nodes - 1), 4)
    # then degree 2, ties by label, case-insensitively
    assert [e.label for e in top[1:4]] == ["Deputy Defense Minister", "missile shield", "United States"]
    assert "Deveselu" not in {e.label for e in top}  # isolated: not "connected"
    assert len(graph_stats(arms_control_graph(), top=3).top_entities) == 3


def test_components_ignore_fact_and_document_nodes() -> None:
    stats = graph_stats(arms_control_graph())
    # {Antonov, role, Russia, US, shield, statement}, {Romania, radar}, {Deveselu}
    assert stats.nodes == 9
    assert (stats.components, stats.largest_component) == (3, 6)


def test_relation_network_attributes() -> None:
    network = relation_network(arms_control_graph())
    assert network.nodes[str(iri("country/romania"))] == {"label": "Romania", "type": "Country"}
    assert network.nodes[str(iri("statement/1"))]["type"] == "Statement"
    edge = next(iter(network.get_edge_data(str(iri("country/romania")), str(iri("system/radar"))).values()))
    assert edge == {"predicate": str(NKG.deploys), "label": "deploys"}
    assert str(iri("fact/0")) not in network and str(iri("document/a.txt")) not in network


def test_format_stats_reads_well() -> None:
    text = format_stats(graph_stats(arms_control_graph()))
    assert "Documents: 1   Facts: 3 (2 asserted, 1 negated, reported or hypothetical)" in text
    assert "Entities by class:\n  Country        3\n" in text
    assert "Fact " not in text.split("Entities by class:")[1].split("Relations")[0]
    assert "   1. Anatoly Antonov" in text
    assert "3 connected components; the largest has 6 of 9 nodes" in text


def test_empty_graph() -> None:
    stats = graph_stats(Graph())
    assert stats.triples == 0 and stats.top_entities == [] and stats.components == 0
    text = format_stats(stats)
    assert "(none)" in text and "no relations between entities yet" in text
