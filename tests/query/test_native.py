"""pyoxigraph answers exactly what rdflib's SPARQL answered, on the built examples graph."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest
from rdflib import Graph, Variable
from rdflib.query import Result

from kg.errors import QueryTimeoutError
from kg.query import execute, format_query_result, open_dataset
from kg.query.prefixes import QUERY_PREFIXES
from kg.query.result import to_rdflib
from kg.store import PREFIXES, load_graph

REPO = Path(__file__).resolve().parents[2]
QUERIES = {path.name: path.read_text(encoding="utf-8") for path in sorted((REPO / "examples" / "queries").glob("*.rq"))}
QUERIES["every-triple"] = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o"
QUERIES["counts-by-class"] = "SELECT ?c (COUNT(?x) AS ?n) WHERE { ?x a ?c } GROUP BY ?c ORDER BY DESC(?n) ?c"


def rdflib_answer(graph: Graph, query: str) -> tuple[list[str], list[list[object]]]:
    """What `kg query` printed before it moved to pyoxigraph: rdflib's own engine."""
    result = graph.query(query, initNs=dict(graph.namespaces()))
    names = list(result.vars or [])
    return [str(n) for n in names], [[row.get(n) for n in names] for row in result.bindings]


def rdflib_json(variables: list[str], rows: list[list[object]]) -> str:
    result = Result("SELECT")
    result.vars = [Variable(v) for v in variables]
    result.bindings = [{Variable(v): t for v, t in zip(variables, row) if t is not None} for row in rows]
    return result.serialize(format="json").decode("utf-8") + "\n"


@pytest.mark.parametrize("source", ["graph.ttl", "store"])
@pytest.mark.parametrize("name", sorted(QUERIES))
def test_same_rows_in_the_same_order_as_rdflib(examples_built: Path, source: str, name: str) -> None:
    graph = load_graph(examples_built / source)  # what `kg query` read before, from the same source
    variables, expected = rdflib_answer(graph, QUERIES[name])
    assert expected, "the example query should find something in the examples graph"
    result = execute(open_dataset(examples_built / source), QUERIES[name])
    assert result.variables == variables
    assert [[to_rdflib(term) for term in row] for row in result.rows] == expected
    assert format_query_result(result, "json") == rdflib_json(variables, expected)


def test_prefix_table_matches_rdflib_defaults_and_ours() -> None:
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    assert QUERY_PREFIXES == tuple((p, str(n)) for p, n in graph.namespaces())


def test_timeout_stops_a_cartesian_product(examples_built: Path) -> None:
    dataset = open_dataset(examples_built / "store")
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    started = time.monotonic()
    with pytest.raises(QueryTimeoutError, match=r"longer than 0\.5 s.*--timeout"):
        execute(dataset, query, timeout=0.5)
    assert time.monotonic() - started < 3


def test_quads_in_named_graphs_merge_into_one_graph(tmp_path: Path) -> None:
    path = tmp_path / "g.nq"
    triple = "<http://e/a> <http://e/p> <http://e/b>"
    path.write_text(f"{triple} <http://g/1> .\n{triple} <http://g/2> .\n{triple} .\n", encoding="utf-8")
    rows = execute(open_dataset(path), "SELECT * WHERE { ?s ?p ?o }").rows
    assert len(rows) == 1


def test_a_format_only_rdflib_reads_still_works(tmp_path: Path) -> None:
    graph = Graph()
    graph.parse(data="<http://e/a> <http://www.w3.org/2000/01/rdf-schema#label> 'A' .", format="turtle")
    path = tmp_path / "g.owl"  # RDF/XML under a name pyoxigraph does not map to a format
    graph.serialize(path, format="xml")
    result = execute(open_dataset(path), "SELECT ?l WHERE { ?s rdfs:label ?l }")
    assert [[to_rdflib(t) for t in row] for row in result.rows] == [[next(iter(graph.objects()))]]


def test_a_store_held_open_by_a_writer_can_still_be_queried(tmp_path: Path) -> None:
    import pyoxigraph as ox

    path = tmp_path / "store"
    writer = ox.Store(str(path))  # holds RocksDB's lock, as a running build does
    writer.add(ox.Quad(ox.NamedNode("http://e/a"), ox.NamedNode("http://e/p"), ox.Literal("x")))
    writer.flush()
    result = execute(open_dataset(path), "SELECT ?o WHERE { ?s ?p ?o }")
    assert [row[0].value for row in result.rows] == ["x"]
    del writer


def test_query_thread_does_not_outlive_a_finished_query(examples_built: Path) -> None:
    before = threading.active_count()
    execute(open_dataset(examples_built / "graph.ttl"), "ASK { ?s ?p ?o }")
    assert threading.active_count() == before


def test_json_ask_is_unchanged(examples_built: Path) -> None:
    result = execute(open_dataset(examples_built / "graph.ttl"), "ASK { ?s a nkg:Person }")
    assert json.loads(format_query_result(result, "json")) == {"head": {}, "boolean": True}
