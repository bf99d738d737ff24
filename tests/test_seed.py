"""What a reader expects from the seed article, checked on the graph the real pipeline builds."""

from __future__ import annotations

import pytest
from rdflib import RDF, RDFS, Graph, URIRef

from kg.vocab import NKG

ONE_NODE_EACH = [
    ("Ellen Tauscher", "Person"),
    ("Barack Obama", "Person"),
    ("Ryabkov", "Person"),
    ("Anatoly Antonov", "Person"),
    ("Alexei Arbatov", "Person"),
    ("United States", "Country"),
    ("Russia", "Country"),
    ("NATO", "Organization"),
    ("Romania", "Country"),
    ("Turkey", "Country"),
]


def nodes_named(graph: Graph, word: str) -> set[URIRef]:
    """Entity nodes whose label or alternative label contains ``word``."""
    found = set()
    for node, label in graph.subject_objects(RDFS.label):
        names = [str(label)] + [str(a) for a in graph.objects(node, URIRef("http://www.w3.org/2004/02/skos/core#altLabel"))]
        if (node, RDF.type, NKG.Fact) not in graph and any(word.lower() in n.lower().split() or word.lower() == n.lower() for n in names):
            found.add(node)
    return found


def label(graph: Graph, node: URIRef) -> str:
    return str(graph.value(node, RDFS.label))


@pytest.mark.parametrize(("name", "cls"), ONE_NODE_EACH)
def test_one_node_per_entity(seed_graph: Graph, name: str, cls: str) -> None:
    word = name.split()[-1]
    nodes = {n for n in nodes_named(seed_graph, word) if (n, RDF.type, NKG.Role) not in seed_graph}
    assert len(nodes) == 1, f"{name}: {sorted(nodes)}"
    node = nodes.pop()
    assert (node, RDF.type, getattr(NKG, cls)) in seed_graph
    assert label(seed_graph, node) == name


@pytest.mark.parametrize(
    ("person", "role_words"),
    [
        ("Ellen Tauscher", "under secretary for arms control and international security"),
        ("Anatoly Antonov", "deputy defense minister"),
        ("Ryabkov", "deputy foreign minister"),
        ("Barack Obama", "president"),
    ],
)
def test_people_hold_their_roles(seed_graph: Graph, person: str, role_words: str) -> None:
    roles = {
        label(seed_graph, role).lower()
        for subject, role in seed_graph.subject_objects(NKG.holdsRole)
        if label(seed_graph, subject) == person
    }
    assert role_words in roles, roles


def test_roles_say_whose_they_are(seed_graph: Graph) -> None:
    owners = {
        (label(seed_graph, role).lower(), label(seed_graph, owner))
        for role, owner in seed_graph.subject_objects(NKG.roleOf)
    }
    assert ("under secretary for arms control and international security", "United States") in owners
    assert ("deputy foreign minister", "Russia") in owners


def test_arbatov_heads_the_center(seed_graph: Graph) -> None:
    heads = {(label(seed_graph, s), label(seed_graph, o)) for s, o in seed_graph.subject_objects(NKG.heads)}
    assert ("Alexei Arbatov", "International Security Center") in heads


def test_pronouns_and_descriptions_join_their_person(seed_result) -> None:  # type: ignore[no-untyped-def]
    """'she said' is Tauscher, 'the deputy minister observed' Antonov, 'the expert noted' Arbatov."""
    text = seed_result.article.text
    expected = {
        "she remarked": "Ellen Tauscher",
        "the deputy minister observed": "Anatoly Antonov",
        "the expert noted": "Alexei Arbatov",
    }
    by_start = {m.start: m.entity.label for m in seed_result.mentions}
    for phrase, person in expected.items():
        at = text.index(phrase)
        head = at if phrase.split()[0] != "the" else text.index(phrase.split()[-2], at)
        assert by_start.get(head) == person, phrase


def test_statements_have_their_speakers(seed_graph: Graph) -> None:
    speakers = {label(seed_graph, s) for s in seed_graph.subjects(NKG.said)}
    assert {"Ellen Tauscher", "Anatoly Antonov", "Alexei Arbatov"} <= speakers
    quotes = [str(t) for t in seed_graph.objects(None, NKG.text)]
    assert any("red line" in q for q in quotes)


def test_every_plain_fact_has_provenance(seed_graph: Graph) -> None:
    relations = [getattr(NKG, r) for r in ("holdsRole", "roleOf", "heads", "deploys", "opposes", "locatedIn")]
    for predicate in relations:
        for s, o in seed_graph.subject_objects(predicate):
            facts = set(seed_graph.subjects(RDF.subject, s)) & set(seed_graph.subjects(RDF.object, o))
            facts = {f for f in facts if (f, RDF.predicate, predicate) in seed_graph}
            assert facts, (s, predicate, o)
            assert all(seed_graph.value(f, NKG.sentenceText) for f in facts)


def test_built_graph_conforms_to_shapes(seed_graph: Graph) -> None:
    pyshacl = pytest.importorskip("pyshacl")
    from kg.ontology import ontology_path, shapes_path

    conforms, _, text = pyshacl.validate(
        seed_graph, shacl_graph=str(shapes_path()), ont_graph=str(ontology_path()), inference="none"
    )
    assert conforms, text


def plain(graph: Graph, predicate: str) -> set[tuple[str, str]]:
    return {(label(graph, s), label(graph, o)) for s, o in graph.subject_objects(getattr(NKG, predicate))}


def test_united_states_deploys_the_systems(seed_graph: Graph) -> None:
    deploys = plain(seed_graph, "deploys")
    located = plain(seed_graph, "locatedIn")
    for system, place in [
        ("missile defense system", "Europe"),
        ("interceptor missile base", "Romania"),
        ("missile warning radar station", "Turkey"),
    ]:
        assert ("United States", system) in deploys, deploys
        assert (system, place) in located, located


def test_russia_and_arbatov_oppose_the_us_plans(seed_graph: Graph) -> None:
    opposes = plain(seed_graph, "opposes")
    assert ("Alexei Arbatov", "missile defense system") in opposes, opposes
    assert any(subject == "Russia" for subject, _ in opposes), opposes


def test_nothing_targets_russia_as_a_plain_fact(seed_graph: Graph) -> None:
    """'is not directed at Russia': no plain triple may point from the system at Russia."""
    russia = next(n for n in seed_graph.subjects(RDFS.label, None) if label(seed_graph, n) == "Russia")
    for subject, predicate in seed_graph.subject_predicates(russia):
        if str(predicate).startswith(str(NKG)):
            assert (subject, RDF.type, NKG.System) not in seed_graph, (subject, predicate)


def test_reported_facts_stay_out_of_the_plain_graph(seed_graph: Graph) -> None:
    for fact in seed_graph.subjects(NKG.modality, None):
        modality = str(seed_graph.value(fact, NKG.modality))
        polarity = str(seed_graph.value(fact, NKG.polarity))
        triple = (seed_graph.value(fact, RDF.subject), seed_graph.value(fact, RDF.predicate), seed_graph.value(fact, RDF.object))
        asserted = seed_graph.value(fact, NKG.asserted).toPython()
        assert asserted == (modality == "asserted" and polarity == "positive")
        if asserted:
            assert triple in seed_graph


def test_russia_opposes_the_american_plans(seed_graph: Graph) -> None:
    """Antonov, speaking for Russia: 'the implementation of the American plans causes our concerns'."""
    assert ("Russia", "American plans") in plain(seed_graph, "opposes")
