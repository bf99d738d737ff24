"""`kg query --format csv` writes pyoxigraph's own CSV: the same bytes as the Python writer."""

from __future__ import annotations

import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import QueryError, QueryTimeoutError
from kg.query import QueryDataset, execute, execute_csv, format_query_result, open_dataset

REPO = Path(__file__).resolve().parents[2]
QUERIES = {path.name: path.read_text(encoding="utf-8") for path in sorted((REPO / "examples" / "queries").glob("*.rq"))}
QUERIES["ask"] = "ASK { ?s a nkg:Person }"
QUERIES["construct"] = "CONSTRUCT { ?p nkg:holdsRole ?r } WHERE { ?p nkg:holdsRole ?r }"

# Cells the CSV dialect must quote or keep as they are (RFC 4180, SPARQL 1.1 CSV results).
AWKWARD = """
<http://example.org/a> <http://example.org/says> "with, comma" .
<http://example.org/a> <http://example.org/says> "with \\"quotes\\"" .
<http://example.org/a> <http://example.org/says> "two\\nlines" .
<http://example.org/a> <http://example.org/says> "carriage\\r" .
<http://example.org/a> <http://example.org/says> " leading space" .
<http://example.org/a> <http://example.org/says> "Moscou"@fr .
<http://example.org/a> <http://example.org/says> "3"^^<http://www.w3.org/2001/XMLSchema#integer> .
<http://example.org/a> <http://example.org/says> "Łódź – Kraków" .
<http://example.org/a> <http://example.org/says> "" .
<http://example.org/a> <http://example.org/says> _:someone .
"""


@pytest.mark.parametrize("source", ["graph.ttl", "store"])
@pytest.mark.parametrize("name", sorted(QUERIES))
def test_same_bytes_as_the_python_writer(examples_built: Path, source: str, name: str) -> None:
    dataset = open_dataset(examples_built / source)
    expected = format_query_result(execute(dataset, QUERIES[name]), "csv").encode("utf-8")
    assert expected.count(b"\n") > 1 or name == "ask"
    assert execute_csv(dataset, QUERIES[name]) == expected


def test_awkward_cells_and_unbound_variables_are_written_alike() -> None:
    store = ox.Store()
    store.load(AWKWARD.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    dataset = QueryDataset(store, source="awkward.nt")
    query = "SELECT ?s ?o ?none WHERE { ?s ?p ?o OPTIONAL { ?s <http://example.org/none> ?none } } ORDER BY ?o"
    fast = execute_csv(dataset, query)
    assert fast == format_query_result(execute(dataset, query), "csv").encode("utf-8")
    assert b'"with, comma"' in fast and b'"two\nlines"' in fast and b",Moscou," in fast


def test_the_time_limit_and_the_policy_still_apply(examples_built: Path) -> None:
    dataset = open_dataset(examples_built / "store")
    started = time.monotonic()
    with pytest.raises(QueryTimeoutError, match="--timeout"):
        execute_csv(dataset, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", timeout=0.5)
    assert time.monotonic() - started < 3
    with pytest.raises(QueryError, match="SERVICE"):
        execute_csv(dataset, "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
