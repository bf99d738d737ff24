"""The ontology, the SHACL shapes and ``kg.vocab`` agree with each other and the data model."""

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, SH, Graph, Literal, URIRef
from rdflib.namespace import PROV
from rdflib.term import Node

from kg import ontology
from kg.ontology import ontology_path, shapes_path
from kg.vocab import ENTITY_CLASSES, NKG, RELATIONS

NS = str(NKG._NS)
ID = "https://newskg.org/id/"

PERSON = URIRef(ID + "person/ellen-tauscher")
ROLE = URIRef(ID + "role/under-secretary-of-state-for-arms-control--united-states")
DOCUMENT = URIRef(ID + "document/missile-defense-tauscher.txt")
FACT = URIRef(ID + "fact/3f2a9c")
STATEMENT = URIRef(ID + "statement/9c1e04")

# One article's worth of graph, written the way docs/data-model.md describes it.
VALID_SAMPLE = f"""
@prefix nkg: <{NS}> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

<{PERSON}> a nkg:Person ;
    rdfs:label "Ellen Tauscher" ;
    skos:altLabel "Tauscher" ;
    nkg:mentionCount 7 ;
    nkg:holdsRole <{ROLE}> ;
    nkg:said <{STATEMENT}> .

<{ROLE}> a nkg:Role ;
    rdfs:label "Under Secretary of State for Arms Control" ;
    nkg:mentionCount 1 .

<{DOCUMENT}> a nkg:Document ;
    nkg:documentId "missile-defense-tauscher.txt" ;
    dcterms:title "Tauscher on missile defense" ;
    dcterms:date "2011-10-18"^^xsd:date ;
    nkg:characterCount 5458 .

<{FACT}> a nkg:Fact ;
    rdf:subject <{PERSON}> ;
    rdf:predicate nkg:holdsRole ;
    rdf:object <{ROLE}> ;
    prov:wasDerivedFrom <{DOCUMENT}> ;
    nkg:sentenceText "Under Secretary of State for Arms Control Ellen Tauscher arrived." ;
    nkg:sentenceStart 312 ; nkg:sentenceEnd 377 ;
    nkg:subjectText "Ellen Tauscher" ; nkg:subjectStart 354 ; nkg:subjectEnd 368 ;
    nkg:objectText "Under Secretary of State for Arms Control" ;
    nkg:objectStart 312 ; nkg:objectEnd 353 ;
    nkg:rule "roles.title_before_name/1" ;
    nkg:confidence "0.9"^^xsd:double ;  # a bare 0.9 in Turtle is xsd:decimal
    nkg:polarity "positive" ;
    nkg:modality "asserted" ;
    nkg:asserted true ;
    nkg:factDate "2011" .

<{STATEMENT}> a nkg:Statement ;
    nkg:speaker <{PERSON}> ;
    nkg:text "The system is not directed at Russia." ;
    nkg:textStart 2310 ; nkg:textEnd 2347 ;
    prov:wasDerivedFrom <{DOCUMENT}> ;
    nkg:statementDate "2011-10" .
"""


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ontology_path(), format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(shapes_path(), format="turtle")


def term(name: str) -> URIRef:
    """``NKG[name]`` for mypy, which reads ``NKG[...]`` as a generic class subscription."""
    uri: URIRef = getattr(NKG, name)
    return uri


def sample() -> Graph:
    return Graph().parse(data=VALID_SAMPLE, format="turtle")


def validate(data: Graph, shapes: Graph) -> tuple[bool, Graph, str]:
    from pyshacl import validate as shacl_validate

    conforms, results, text = shacl_validate(
        data, shacl_graph=shapes, inference="none", advanced=True
    )
    return conforms, results, text


def violations(results: Graph) -> set[tuple[Node | None, Node | None, Node | None]]:
    """(focus node, result path, constraint component) of every validation result."""
    found = set()
    for result in results.subjects(RDF.type, SH.ValidationResult):
        found.add(
            (
                results.value(result, SH.focusNode),
                results.value(result, SH.resultPath),
                results.value(result, SH.sourceConstraintComponent),
            )
        )
    return found


def nkg_terms_in(graph: Graph) -> set[str]:
    """Local names of every nkg: IRI the graph mentions, as subject, predicate or object."""
    return {
        str(node)[len(NS) :]
        for triple in graph
        for node in triple
        if isinstance(node, URIRef) and str(node).startswith(NS)
    }


def test_ontology_parses_and_declares_itself(onto: Graph) -> None:
    assert (URIRef("https://newskg.org/ontology"), RDF.type, OWL.Ontology) in onto
    assert len(onto) > 200


def test_shapes_parse(shapes: Graph) -> None:
    assert set(shapes.subjects(RDF.type, SH.NodeShape))


def test_vocab_and_ontology_declare_the_same_terms(onto: Graph) -> None:
    in_vocab = {str(term)[len(NS) :] for term in dir(NKG)}
    declared = {
        str(s)[len(NS) :]
        for s in onto.subjects(RDF.type, None)
        if isinstance(s, URIRef) and str(s).startswith(NS)
    }
    missing_from_ontology = sorted(in_vocab - declared)
    missing_from_vocab = sorted(declared - in_vocab)
    assert not missing_from_ontology and not missing_from_vocab, (
        f"kg/vocab.py and ontology/newskg.ttl disagree.\n"
        f"  In NKG but not declared in the ontology: {missing_from_ontology}\n"
        f"  Declared in the ontology but missing from NKG: {missing_from_vocab}"
    )


def test_ontology_mentions_only_declared_terms(onto: Graph) -> None:
    declared = {str(s)[len(NS) :] for s in onto.subjects(RDF.type, None) if str(s).startswith(NS)}
    undeclared = sorted(nkg_terms_in(onto) - declared)
    assert not undeclared, f"nkg: terms used in the ontology but never declared: {undeclared}"


def test_shapes_mention_only_ontology_terms(onto: Graph, shapes: Graph) -> None:
    unknown = sorted(nkg_terms_in(shapes) - nkg_terms_in(onto))
    assert not unknown, f"shapes.ttl uses nkg: terms the ontology lacks: {unknown}"


def test_entity_classes_are_entities(onto: Graph) -> None:
    for name in ENTITY_CLASSES:
        assert (term(name), RDFS.subClassOf, NKG.Entity) in onto, name
    for name in ENTITY_CLASSES + ("Entity", "Statement", "Document", "Fact"):
        assert (term(name), RDF.type, OWL.Class) in onto, name
        assert onto.value(term(name), RDFS.label) is not None, name
        assert onto.value(term(name), RDFS.comment) is not None, name


def test_fact_is_a_reified_prov_entity(onto: Graph) -> None:
    assert (NKG.Fact, RDFS.subClassOf, RDF.Statement) in onto
    assert (NKG.Fact, RDFS.subClassOf, PROV.Entity) in onto


@pytest.mark.parametrize("name", RELATIONS)
def test_relation_is_documented_object_property(onto: Graph, name: str) -> None:
    prop = term(name)
    assert (prop, RDF.type, OWL.ObjectProperty) in onto, f"{name} is not an owl:ObjectProperty"
    for annotation in (RDFS.domain, RDFS.range, RDFS.label, RDFS.comment):
        assert onto.value(prop, annotation) is not None, f"nkg:{name} has no {annotation}"


def test_no_domain_or_range_on_foreign_terms(onto: Graph) -> None:
    foreign = {
        s
        for p in (RDFS.domain, RDFS.range)
        for s in onto.subjects(p, None)
        if not str(s).startswith(NS)
    }
    assert not foreign, f"domain/range stated on terms we do not own: {sorted(map(str, foreign))}"


def test_valid_sample_conforms(shapes: Graph) -> None:
    conforms, _, text = validate(sample(), shapes)
    assert conforms, text


def test_bad_confidence_and_missing_sentence_fail_on_those_paths(shapes: Graph) -> None:
    data = sample()
    data.set((FACT, NKG.confidence, Literal(1.5)))
    data.remove((FACT, NKG.sentenceText, None))

    conforms, results, _ = validate(data, shapes)

    assert not conforms
    assert violations(results) == {
        (FACT, NKG.confidence, SH.MaxInclusiveConstraintComponent),
        (FACT, NKG.sentenceText, SH.MinCountConstraintComponent),
    }


def _swap(node: URIRef, prop: URIRef, value: Literal | URIRef) -> Callable[[Graph], object]:
    return lambda g: g.set((node, prop, value))


def _drop(node: URIRef, prop: URIRef) -> Callable[[Graph], object]:
    return lambda g: g.remove((node, prop, None))


# (what breaks, how, the (focus, path, component) it must be reported as)
BROKEN = [
    ("two labels", lambda g: g.add((PERSON, RDFS.label, Literal("Tauscher"))),
     (PERSON, RDFS.label, SH.MaxCountConstraintComponent)),
    ("decimal confidence", _swap(FACT, NKG.confidence, Literal(Decimal("0.9"))),
     (FACT, NKG.confidence, SH.DatatypeConstraintComponent)),
    ("unknown polarity", _swap(FACT, NKG.polarity, Literal("neutral")),
     (FACT, NKG.polarity, SH.InConstraintComponent)),
    ("unknown modality", _swap(FACT, NKG.modality, Literal("rumoured")),
     (FACT, NKG.modality, SH.InConstraintComponent)),
    ("string offset", _swap(FACT, NKG.sentenceStart, Literal("312")),
     (FACT, NKG.sentenceStart, SH.DatatypeConstraintComponent)),
    ("no provenance", _drop(FACT, PROV.wasDerivedFrom),
     (FACT, PROV.wasDerivedFrom, SH.MinCountConstraintComponent)),
    ("derived from a non-document", _swap(FACT, PROV.wasDerivedFrom, ROLE),
     (FACT, PROV.wasDerivedFrom, SH.ClassConstraintComponent)),
    ("role held by a non-person", lambda g: g.set((PERSON, RDF.type, NKG.Organization)),
     (PERSON, None, SH.ClassConstraintComponent)),
    ("statement without speaker", _drop(STATEMENT, NKG.speaker),
     (STATEMENT, NKG.speaker, SH.MinCountConstraintComponent)),
    ("document without id", _drop(DOCUMENT, NKG.documentId),
     (DOCUMENT, NKG.documentId, SH.MinCountConstraintComponent)),
    ("asserted but negative", _swap(FACT, NKG.polarity, Literal("negative")),
     (FACT, None, SH.SPARQLConstraintComponent)),
    ("asserted without the plain triple", lambda g: g.remove((PERSON, NKG.holdsRole, ROLE)),
     (FACT, None, SH.SPARQLConstraintComponent)),
]


@pytest.mark.parametrize(
    ("mutate", "expected"), [case[1:] for case in BROKEN], ids=[case[0] for case in BROKEN]
)
def test_broken_sample_is_reported(
    shapes: Graph,
    mutate: Callable[[Graph], object],
    expected: tuple[URIRef, URIRef | None, URIRef],
) -> None:
    data = sample()
    mutate(data)
    conforms, results, _ = validate(data, shapes)
    assert not conforms
    assert expected in violations(results)


def test_missing_ontology_files_raise_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(ontology, "_SEARCH_DIRS", (tmp_path / "_ontology", tmp_path / "ontology"))
    with pytest.raises(FileNotFoundError, match="newskg.ttl.*looked in"):
        ontology_path()


def test_packaged_copy_wins_over_checkout(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    packaged = tmp_path / "_ontology"
    packaged.mkdir()
    (packaged / "shapes.ttl").write_text("")
    monkeypatch.setattr(ontology, "_SEARCH_DIRS", (packaged, ontology_path().parent))
    assert shapes_path() == packaged / "shapes.ttl"
