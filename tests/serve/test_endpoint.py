"""`kg serve` speaks the SPARQL 1.1 Protocol over real HTTP on loopback, read-only."""

from __future__ import annotations

import csv
import io
import json
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import httpx
import pytest
from rdflib import Graph

http = httpx.Client(timeout=60)  # a loaded machine can be slow; a hang still fails

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
PEOPLE = "SELECT ?name WHERE { ?p a nkg:Person ; rdfs:label ?name } ORDER BY ?name"
SPARQL_JSON = "application/sparql-results+json"


def triples(path: Path) -> int:
    return len(Graph().parse(path))


def test_get_post_form_and_body_give_the_same_answer(server, graph_file) -> None:
    endpoint = server.url + "sparql"
    answers = [
        http.get(endpoint, params={"query": COUNT}, headers={"Accept": SPARQL_JSON}),
        http.post(endpoint, data={"query": COUNT}, headers={"Accept": SPARQL_JSON}),
        http.post(endpoint, content=COUNT, headers={"Content-Type": "application/sparql-query", "Accept": SPARQL_JSON}),
    ]
    for answer in answers:
        assert answer.status_code == 200, answer.text
        assert answer.headers["content-type"].startswith(SPARQL_JSON)
        assert int(answer.json()["results"]["bindings"][0]["n"]["value"]) == triples(graph_file)


@pytest.mark.parametrize(
    ("accept", "media"),
    [(SPARQL_JSON, SPARQL_JSON), ("application/sparql-results+xml", "application/sparql-results+xml"),
     ("text/csv", "text/csv"), ("text/tab-separated-values", "text/tab-separated-values"),
     ("*/*", SPARQL_JSON), (None, SPARQL_JSON), ("text/html;q=0.9, text/*;q=0.5", "text/csv")],
)
def test_select_result_formats_by_accept(server, accept, media) -> None:
    headers = {"Accept": accept} if accept else {}
    answer = http.get(server.url + "sparql", params={"query": PEOPLE}, headers=headers)
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"].split(";")[0] == media
    names = ["Anatoly Antonov", "Ellen Tauscher"]
    if media == SPARQL_JSON:
        assert [b["name"]["value"] for b in answer.json()["results"]["bindings"]] == names
    elif media == "text/csv":
        assert list(csv.reader(io.StringIO(answer.text))) == [["name"], *([n] for n in names)]
    elif media == "text/tab-separated-values":
        assert answer.text.split("\n")[:3] == ["?name", *(f'"{n}"' for n in names)]
    else:
        ns = {"r": "http://www.w3.org/2005/sparql-results#"}
        values = [e.text for e in ET.fromstring(answer.content).iterfind(".//r:literal", ns)]
        assert values == names


def test_ask_and_construct(server) -> None:
    ask = http.get(server.url + "sparql", params={"query": "ASK { ?p nkg:meetsWith ?q }"})
    assert ask.json() == {"head": {}, "boolean": True}
    construct = "CONSTRUCT { ?p nkg:holdsRole ?r } WHERE { ?p nkg:holdsRole ?r }"
    for accept, fmt in (("text/turtle", "turtle"), ("application/n-triples", "nt")):
        answer = http.get(server.url + "sparql", params={"query": construct}, headers={"Accept": accept})
        assert answer.status_code == 200 and answer.headers["content-type"].startswith(accept)
        assert len(Graph().parse(data=answer.text, format=fmt)) == 1
    assert "@prefix nkg:" in http.get(server.url + "sparql", params={"query": construct}).text


def test_not_acceptable(server) -> None:
    answer = http.get(server.url + "sparql", params={"query": PEOPLE}, headers={"Accept": "image/png"})
    assert answer.status_code == 406


@pytest.mark.parametrize(
    "request_kwargs",
    [{"method": "POST", "data": {"update": "DROP ALL"}},
     {"method": "POST", "content": "DROP ALL", "headers": {"Content-Type": "application/sparql-update"}},
     {"method": "POST", "content": "DROP ALL", "headers": {"Content-Type": "application/sparql-query"}},
     {"method": "GET", "params": {"query": "LOAD <http://127.0.0.1:9/x.ttl>"}}],
    ids=["form-update", "update-body", "update-as-query", "load"],
)
def test_updates_are_refused_and_change_nothing(server, graph_file, request_kwargs) -> None:
    method = request_kwargs.pop("method")
    answer = http.request(method, server.url + "sparql", **request_kwargs)
    assert answer.status_code == 403, answer.text
    assert "update" in answer.text or "read-only" in answer.text
    count = http.get(server.url + "sparql", params={"query": COUNT}).json()
    assert int(count["results"]["bindings"][0]["n"]["value"]) == triples(graph_file)


def test_service_is_refused(server) -> None:
    query = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    answer = http.get(server.url + "sparql", params={"query": query})
    assert answer.status_code == 403 and "--allow-network" in answer.text


def test_bad_requests(server) -> None:
    endpoint = server.url + "sparql"
    syntax = http.get(endpoint, params={"query": "SELECT ?s WHERE { ?s ?p }"})
    assert syntax.status_code == 400 and "syntax error" in syntax.text
    assert http.get(endpoint).status_code == 400
    assert http.get(endpoint, params={"query": "  # nothing"}).status_code == 400
    assert http.post(endpoint, content=COUNT, headers={"Content-Type": "text/plain"}).status_code == 415


def test_a_runaway_query_gets_503_and_the_server_keeps_answering(server) -> None:
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
    started = time.monotonic()
    answer = http.get(server.url + "sparql", params={"query": query}, timeout=60)
    assert answer.status_code == 503 and "ran longer than 2 s" in answer.text
    assert time.monotonic() - started < 20
    assert http.get(server.url + "sparql", params={"query": "ASK {}"}).json()["boolean"] is True


def test_the_page_is_served_with_a_strict_policy(server) -> None:
    page = http.get(server.url)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "connect-src &#x27;self&#x27;" in page.text and "default-src &#x27;none&#x27;" in page.text
    assert "vis.Network" in page.text or "vis-network" in page.text


def test_serving_a_store_does_not_block_building_into_it(serve, tmp_path) -> None:
    import pyoxigraph as ox

    path = tmp_path / "store"
    writer = ox.Store(str(path))
    writer.add(ox.Quad(ox.NamedNode("http://e/a"), ox.NamedNode("http://e/p"), ox.Literal("before")))
    writer.flush()
    del writer
    running = serve(path)
    builder = ox.Store(str(path))  # takes the store's write lock, as `kg build --store` does
    builder.add(ox.Quad(ox.NamedNode("http://e/b"), ox.NamedNode("http://e/p"), ox.Literal("after")))
    builder.flush()
    del builder
    answer = http.get(running.url + "sparql", params={"query": "SELECT ?o WHERE { ?s ?p ?o }"}, headers={"Accept": "text/csv"})
    assert answer.text.split() == ["o", "before"]  # the snapshot taken at start
    snapshots = list(tmp_path.glob(".store.kg-serve-*"))
    assert len(snapshots) == 1
    running.stop()
    assert not snapshots[0].exists(), "the snapshot should be removed when the server stops"
    assert len(ox.Store.read_only(str(path))) == 2


def test_a_busy_port_is_one_line(serve, server, graph_file) -> None:
    import subprocess
    import sys

    port = server.url.rstrip("/").rsplit(":", 1)[1]
    done = subprocess.run([sys.executable, "-m", "kg", "serve", str(graph_file), "--port", port],
                          capture_output=True, text=True, timeout=90, stdin=subprocess.DEVNULL)
    assert done.returncode == 4
    errors = [line for line in done.stderr.splitlines() if line.startswith("kg: error:")]
    assert errors and "cannot listen" in errors[0] and "Traceback" not in done.stderr
