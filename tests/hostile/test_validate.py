"""``kg validate``: one line per violation, exit 8 on failure, for files and stores."""

from __future__ import annotations

from pathlib import Path

from .running import kg

GOOD = """@prefix nkg: <https://newskg.org/ontology#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://newskg.org/id/person/ellen-tauscher> a nkg:Person ; rdfs:label "Ellen Tauscher" ; nkg:mentionCount 2 .
<https://newskg.org/id/document/a> a nkg:Document ; nkg:documentId "a" .
"""
BAD = """@prefix nkg: <https://newskg.org/ontology#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://newskg.org/id/document/x> a nkg:Document ; nkg:documentId "x" ; <http://purl.org/dc/terms/date> "2024-13"^^xsd:gYearMonth .
<https://newskg.org/id/person/x> a nkg:Person ; rdfs:label "Jose Barroso", "José Barroso" .
"""


def test_a_conforming_graph_and_store_pass(tmp_path: Path) -> None:
    import pyoxigraph as ox

    (tmp_path / "good.ttl").write_text(GOOD)
    run = kg("validate", str(tmp_path / "good.ttl"), "--rdfs")
    assert run.code == 0 and "conforms" in run.out, run.err
    store = ox.Store(str(tmp_path / "store"))
    store.load(GOOD.encode(), format=ox.RdfFormat.TURTLE)
    store.flush()
    del store
    run = kg("validate", str(tmp_path / "store"))
    assert run.code == 0 and "conforms" in run.out, run.err


def test_violations_are_one_line_each_and_exit_8(tmp_path: Path) -> None:
    (tmp_path / "bad.ttl").write_text(BAD)
    run = kg("validate", str(tmp_path / "bad.ttl"))
    assert run.code == 8
    lines = run.out.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("<https://newskg.org/id/document/x> dcterms:date:") and '"2024-13"' in lines[0]
    assert lines[1].startswith("<https://newskg.org/id/person/x> rdfs:label: An entity needs exactly one")
    assert run.err.strip() == f"kg: error: {tmp_path / 'bad.ttl'}: 2 violations of ontology/shapes.ttl"


def test_an_unreadable_graph_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "broken.ttl").write_text("<a> <b> .\n")
    run = kg("validate", str(tmp_path / "broken.ttl"))
    assert run.code == 6 and len(run.err.strip().splitlines()) == 1
