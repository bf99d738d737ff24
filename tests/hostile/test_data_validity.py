"""Every graph newskg writes is valid: its own shapes, the ontology under RDFS, and an OWL 2 DL reasoner."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest
from rdflib import RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS

from kg.mapping import date_literal, entity_group_triples
from kg.ontology import ontology_path, shapes_path
from kg.types import Entity
from kg.vocab import NKG

from .running import example, kg


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Graph:
    """Two example articles and JSONL records with impossible dates and look-alike names."""
    folder = tmp_path_factory.mktemp("validity")
    records = [
        {"id": "bad-month", "date": "2024-13", "text": example()},
        {"id": "year-zero", "date": "0000", "text": example("aid-cut-revolt.txt")},
        {"id": "names", "date": "2024-02-30", "text": "Tony\u200bBlair met Tony Blair in London. José Barroso said "
         "Jose Barroso would come. \"We agree,\" said Jean-Luc Mélenchon, and Jean Luc Melenchon nodded."},
    ]
    (folder / "a.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n")
    run = kg("build", str(folder / "a.jsonl"), "--out", str(folder / "out"), timeout=240)
    assert run.code == 0, run.err
    return Graph().parse(folder / "out" / "graph.ttl")


def test_invalid_dates_are_never_typed() -> None:
    assert date_literal("2024-13") == Literal("2024-13")
    assert date_literal("2024-02-30") == Literal("2024-02-30")
    assert date_literal("0000") == Literal("0000")
    assert date_literal("٢٠٢٤") == Literal("٢٠٢٤")  # Arabic-Indic digits are not an xsd:gYear
    assert date_literal("2024-12").datatype == XSD.gYearMonth


def test_built_graph_has_no_invalid_typed_date(built: Graph) -> None:
    dates = {str(o): o.datatype for o in built.objects(None, DCTERMS.date)}
    assert dates == {"2024-13": None, "0000": None, "2024-02-30": None}


def test_one_label_and_one_count_per_node(built: Graph) -> None:
    for predicate in (RDFS.label, NKG.mentionCount):
        counts = Counter(s for s, _ in built.subject_objects(predicate))
        assert [s for s, n in counts.items() if n > 1] == []


def test_names_minting_one_iri_merge_into_one_label() -> None:
    node = URIRef("https://newskg.org/id/person/jose-barroso")
    group = [(Entity("person:josé barroso", "Person", "José Barroso"), 3), (Entity("person:jose barroso", "Person", "Jose Barroso", frozenset({"Barroso"})), 1)]
    triples = list(entity_group_triples(node, group))
    assert [o for _, p, o in triples if p == RDFS.label] == [Literal("José Barroso")]
    assert [o for _, p, o in triples if p == NKG.mentionCount] == [Literal(4)]
    assert {str(o) for _, p, o in triples if p.endswith("altLabel")} == {"Jose Barroso", "Barroso"}


@pytest.mark.parametrize("inference", ["none", "rdfs"])
def test_built_graph_passes_the_shapes_with_and_without_rdfs(built: Graph, inference: str) -> None:
    import pyshacl

    conforms, _, text = pyshacl.validate(
        built, shacl_graph=Graph().parse(shapes_path()), ont_graph=Graph().parse(ontology_path()), inference=inference
    )
    assert conforms, text[:3000]


def test_shapes_reject_an_impossible_month() -> None:
    import pyshacl

    bad = Graph().parse(data="""
        @prefix nkg: <https://newskg.org/ontology#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        <https://newskg.org/id/document/x> a nkg:Document ; nkg:documentId "x" ;
            <http://purl.org/dc/terms/date> "2024-13"^^xsd:gYearMonth .
    """, format="turtle")
    conforms, _, _ = pyshacl.validate(bad, shacl_graph=Graph().parse(shapes_path()))
    assert not conforms


def test_hermit_finds_ontology_and_data_consistent(built: Graph, tmp_path: Path) -> None:
    owlready2 = pytest.importorskip("owlready2")
    if shutil.which("java") is None:
        pytest.skip("SKIPPED LOUDLY: no java on PATH; the HermiT check needs a JVM (apt-get install default-jre-headless)")
    merged = Graph().parse(ontology_path()) + built
    merged.serialize(tmp_path / "all.nt", format="nt", encoding="utf-8")
    world = owlready2.World()
    onto = world.get_ontology(f"file://{tmp_path / 'all.nt'}").load(format="ntriples")
    with onto:  # raises on an inconsistency or on a literal outside the OWL 2 datatype map
        owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
