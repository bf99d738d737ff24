"""RDF -> entity network: which nodes and edges exist, and what provenance they carry."""

from __future__ import annotations

from rdflib import RDF, RDFS, Graph, Literal, Namespace

from kg.render.network import to_network
from kg.vocab import NKG

ID = Namespace("https://newskg.org/id/")
# NKG is closed; a class the ontology might add later needs the open namespace.
OPEN_NKG = Namespace(str(NKG))


def test_entities_become_nodes_with_class_label_and_alt_labels(fixture_graph):
    net = to_network(fixture_graph.graph)
    ids = fixture_graph.ids
    assert set(net.nodes) == set(ids.values())
    us = net.nodes[ids["us"]]
    assert (us["cls"], us["label"], us["alt_labels"]) == ("Country", "United States", ["U.S.", "US"])
    assert net.nodes[ids["role_ddm"]]["cls"] == "Role"


def test_fact_document_and_statement_nodes_are_not_drawn(fixture_graph):
    net = to_network(fixture_graph.graph)
    assert not [n for n in net if "/fact/" in n or "/document/" in n or "/statement/" in n]


def test_plain_triples_between_entities_become_edges_keyed_by_local_name(fixture_graph):
    net = to_network(fixture_graph.graph)
    ids = fixture_graph.ids
    assert net.number_of_edges() == 10
    assert net.has_edge(ids["tauscher"], ids["role_us"], key="holdsRole")
    assert net.has_edge(ids["tauscher"], ids["antonov"], key="meetsWith")
    assert not net.has_edge(ids["antonov"], ids["tauscher"])  # direction kept
    predicates = sorted(d["predicate"] for _, _, d in net.edges(data=True))
    assert predicates.count("holdsRole") == 3 and predicates.count("roleOf") == 3


def test_edge_carries_provenance_of_matching_facts(fixture_graph):
    net = to_network(fixture_graph.graph)
    ids = fixture_graph.ids
    edge = net.edges[ids["antonov"], ids["role_ddm"], "holdsRole"]
    assert edge["confidence"] == 0.9
    [fact] = edge["facts"]
    assert fact["sentence"] == fixture_graph.sentences["antonov"]
    assert fact["document"] == "missile-defense-tauscher.txt"
    assert (fact["confidence"], fact["rule"], fact["asserted"]) == (0.9, "test.holdsRole/1", True)


def test_two_facts_for_one_triple_best_first_and_best_confidence(fixture_graph):
    net = to_network(fixture_graph.graph)
    ids = fixture_graph.ids
    edge = net.edges[ids["antonov"], ids["plans"], "opposes"]
    assert [f["confidence"] for f in edge["facts"]] == [0.7, 0.55]
    assert edge["confidence"] == 0.7


def test_unasserted_fact_is_no_edge_but_shows_on_both_entities(fixture_graph):
    net = to_network(fixture_graph.graph)
    ids = fixture_graph.ids
    assert not net.has_edge(ids["system"], ids["russia"])
    for end in ("system", "russia"):
        [item] = net.nodes[ids[end]]["unasserted"]
        assert (item["subject"], item["predicate"], item["object"]) == (
            "missile defense system", "opposes", "Russia")
        assert item["fact"]["asserted"] is False
        assert item["fact"]["polarity"] == "negative"


def test_statements_go_to_their_speaker(fixture_graph):
    net = to_network(fixture_graph.graph)
    ids = fixture_graph.ids
    assert net.nodes[ids["antonov"]]["statements"] == [{
        "text": fixture_graph.sentences["statement"],
        "document": "missile-defense-tauscher.txt",
        "date": None,
    }]
    assert net.nodes[ids["tauscher"]]["statements"] == []


def test_triple_without_fact_has_no_confidence():
    g = Graph()
    a, b = ID["person/a"], ID["organization/b"]
    g.add((a, RDF.type, NKG.Person))
    g.add((b, RDF.type, NKG.Organization))
    g.add((a, NKG.worksFor, b))
    edge = to_network(g).edges[str(a), str(b), "worksFor"]
    assert (edge["facts"], edge["confidence"]) == ([], None)


def test_most_specific_class_wins_and_declared_subclasses_count():
    g = Graph()
    g.add((OPEN_NKG.Vessel, RDFS.subClassOf, NKG.Entity))
    g.add((ID["person/a"], RDF.type, NKG.Entity))
    g.add((ID["person/a"], RDF.type, NKG.Person))
    g.add((ID["vessel/b"], RDF.type, OPEN_NKG.Vessel))
    g.add((ID["thing/c"], RDF.type, NKG.Entity))
    net = to_network(g)
    assert net.nodes[str(ID["person/a"])]["cls"] == "Person"
    assert net.nodes[str(ID["vessel/b"])]["cls"] == "Vessel"
    assert net.nodes[str(ID["thing/c"])]["cls"] == "Entity"
    assert net.nodes[str(ID["thing/c"])]["label"] == "c"  # no rdfs:label: IRI local name


def test_literals_and_untyped_objects_do_not_become_edges():
    g = Graph()
    a = ID["person/a"]
    g.add((a, RDF.type, NKG.Person))
    g.add((a, NKG.mentionCount, Literal(3)))
    g.add((a, NKG.livesIn, ID["place/nowhere"]))  # object has no entity type
    net = to_network(g)
    assert (net.number_of_nodes(), net.number_of_edges()) == (1, 0)
