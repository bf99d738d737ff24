"""`kg query` on queries and graphs that are not what they should be: one line, a set exit code.

Exit codes: 2 bad input file, 5 bad query, 6 unreadable graph or store, 7 time limit.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest


GRAPH = """@prefix nkg: <https://newskg.org/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://newskg.org/id/person/a> a nkg:Person ; rdfs:label "A" .
<https://newskg.org/id/person/b> a nkg:Person ; rdfs:label "B" .
<https://newskg.org/id/person/c> a nkg:Person ; rdfs:label "C" .
"""


@pytest.fixture
def graph(tmp_path: Path) -> Path:
    path = tmp_path / "graph.ttl"
    path.write_text(GRAPH, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "query",
    ["", "   \n\t ", "# nothing but a comment\n# and another", "PREFIX nkg: <https://newskg.org/ontology#>\n",
     "BASE <http://e/>\nPREFIX a: <http://a/> # and a comment"],
    ids=["empty", "whitespace", "comments", "prefix-only", "base-prefix-comment"],
)
def test_a_query_with_nothing_to_run(kg, graph: Path, tmp_path: Path, query: str) -> None:
    run = kg("query", str(graph), query)
    assert run.code == 5
    assert "the query is empty" in run.one_error_line()
    as_file = tmp_path / "q.rq"
    as_file.write_text(query, encoding="utf-8")
    run = kg("query", str(graph), "--file", str(as_file))
    assert run.code == 5 and "the query is empty" in run.one_error_line()


def test_query_file_that_is_binary(kg, graph: Path, tmp_path: Path) -> None:
    binary = tmp_path / "q.rq"
    binary.write_bytes(bytes(range(256)) * 4)
    run = kg("query", str(graph), "--file", str(binary))
    assert run.code == 2 and "binary file" in run.one_error_line()


def test_query_file_that_is_not_utf8(kg, graph: Path, tmp_path: Path) -> None:
    latin = tmp_path / "q.rq"
    latin.write_bytes("SELECT * WHERE {\n ?s ?p \"café\" }".encode("latin-1"))
    run = kg("query", str(graph), "--file", str(latin))
    assert run.code == 2 and f"{latin}:2: the query is not UTF-8" in run.one_error_line()


def test_query_file_that_is_a_fifo_does_not_hang(kg, graph: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "q.rq"
    os.mkfifo(fifo)
    run = kg("query", str(graph), "--file", str(fifo), timeout=60)
    assert run.code == 2 and "not a regular file" in run.one_error_line()


def test_graph_that_is_a_fifo_does_not_hang(kg, tmp_path: Path) -> None:
    fifo = tmp_path / "graph.ttl"
    os.mkfifo(fifo)
    run = kg("query", str(fifo), "ASK {}", timeout=60)
    assert run.code == 6 and "not a regular file" in run.one_error_line()


def test_graph_that_is_binary(kg, tmp_path: Path) -> None:
    path = tmp_path / "graph.ttl"
    path.write_bytes(bytes(range(256)) * 4)
    run = kg("query", str(path), "ASK {}")
    assert run.code == 6 and "not valid Turtle" in run.one_error_line()


def test_update_and_load_are_refused(kg, graph: Path) -> None:
    for update in ("LOAD <http://127.0.0.1:9/x.ttl>", "DELETE WHERE { ?s ?p ?o }"):
        for extra in ([], ["--allow-network"]):
            run = kg("query", str(graph), update, *extra)
            assert run.code == 5 and "SPARQL update" in run.one_error_line()
    assert kg("query", str(graph), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "csv").stdout.split() == ["n", "6"]


def test_service_is_refused_without_allow_network(kg, graph: Path) -> None:
    run = kg("query", str(graph), "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    assert run.code == 5 and "--allow-network" in run.one_error_line()


def test_runaway_query_stops_at_the_timeout(kg, tmp_path: Path) -> None:
    path = tmp_path / "graph.nt"
    path.write_text("".join(f"<http://e/{i}> <http://e/p> \"{i}\" .\n" for i in range(300)), encoding="utf-8")
    started = time.monotonic()
    run = kg("query", str(path), "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
             "--timeout", "1", timeout=60)
    assert run.code == 7 and "ran longer than 1 s" in run.one_error_line()
    assert time.monotonic() - started < 30  # the process ends: the query thread does not hold it up
