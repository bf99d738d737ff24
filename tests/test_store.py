"""Stores, RDF files, exports and SPARQL, run for real against temp directories."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from kg.errors import GraphReadError, OutputError, QueryError
from kg.query import format_query_result, format_results, run_query
from kg.store import (
    EXPORT_FORMATS,
    add_triples,
    load_graph,
    open_store,
    write_graph,
)
from kg.vocab import NKG

ID = "https://newskg.org/id/"
TAUSCHER = URIRef(f"{ID}person/ellen-tauscher")
ROLE = URIRef(f"{ID}role/under-secretary--united-states")
USA = URIRef(f"{ID}country/united-states")
DOC = URIRef(f"{ID}document/missile-defense-tauscher.txt")


def sample_graph() -> Graph:
    g = Graph()
    g.bind("nkg", str(NKG._NS))
    g.add((TAUSCHER, RDF.type, NKG.Person))
    g.add((TAUSCHER, RDFS.label, Literal("Ellen Tauscher")))
    g.add((TAUSCHER, SKOS.altLabel, Literal("Tauscher")))
    g.add((TAUSCHER, NKG.mentionCount, Literal(7)))
    g.add((TAUSCHER, NKG.holdsRole, ROLE))
    g.add((ROLE, RDF.type, NKG.Role))
    g.add((ROLE, RDFS.label, Literal("Under Secretary for Arms Control")))
    g.add((ROLE, NKG.roleOf, USA))
    g.add((USA, RDF.type, NKG.Country))
    g.add((USA, RDFS.label, Literal("United States", lang="en")))
    g.add((DOC, RDF.type, NKG.Document))
    g.add((DOC, DCTERMS.title, Literal('Tauscher: "no threat"\nto Russia — ça va')))
    g.add((DOC, DCTERMS.date, Literal("2011-10-18", datatype=XSD.date)))
    g.add((DOC, NKG.characterCount, Literal(5458)))
    return g


def triples_of(store_path: Path) -> int:
    graph = open_store(store_path, create=False)
    try:
        return len(graph)
    finally:
        graph.close()


# --- stores -------------------------------------------------------------------------


def test_building_twice_into_one_store_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "kg.store"
    for _ in range(2):
        graph = open_store(path, create=True)
        add_triples(graph, sample_graph())
        graph.close()
        assert triples_of(path) == len(sample_graph())


def test_store_round_trips_to_the_same_graph(tmp_path: Path) -> None:
    graph = open_store(tmp_path / "s", create=True)
    add_triples(graph, sample_graph())
    graph.close()
    loaded = load_graph(tmp_path / "s")
    assert isomorphic(loaded, sample_graph())  # plain literals stay plain, not ^^xsd:string
    assert loaded.namespace_manager.store.namespace("nkg") == URIRef(str(NKG._NS))


def test_failed_batch_leaves_existing_store_untouched(tmp_path: Path) -> None:
    path = tmp_path / "s"
    graph = open_store(path, create=True)
    add_triples(graph, sample_graph())
    graph.close()
    bad = [
        *sample_graph(),
        (URIRef(f"{ID}x"), RDFS.label, Literal("new")),
        (Literal("not a subject"), RDFS.label, Literal("x")),
    ]
    graph = open_store(path, create=True)
    with pytest.raises(TypeError):
        add_triples(graph, bad)
    graph.close()
    assert triples_of(path) == len(sample_graph())


def test_open_missing_store_without_create(tmp_path: Path) -> None:
    with pytest.raises(GraphReadError, match="no such store"):
        open_store(tmp_path / "nope", create=False)
    assert not (tmp_path / "nope").exists()


def test_open_refuses_a_directory_that_is_not_a_store(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "readme.txt").write_text("mine")
    with pytest.raises(OutputError, match="not an Oxigraph store"):
        open_store(tmp_path / "docs", create=True)
    assert os.listdir(tmp_path / "docs") == ["readme.txt"]


def test_open_store_that_is_in_use(tmp_path: Path) -> None:
    graph = open_store(tmp_path / "s", create=True)
    try:
        with pytest.raises(OutputError, match="in use"):
            open_store(tmp_path / "s", create=True)
    finally:
        graph.close()


# --- reading files --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("suffix", "rdflib_format"),
    [
        (".ttl", "turtle"),
        (".nt", "nt"),
        (".nq", "nquads"),
        (".trig", "trig"),
        (".jsonld", "json-ld"),
        (".rdf", "xml"),
        (".xml", "xml"),
        (".n3", "n3"),
    ],
)
def test_load_each_format(tmp_path: Path, suffix: str, rdflib_format: str) -> None:
    source = sample_graph()
    if rdflib_format in ("nquads", "trig"):
        dataset = Dataset()
        dataset.graph(URIRef("https://newskg.org/graph/1")).__iadd__(source)
        source_text = dataset.serialize(format=rdflib_format)
    else:
        source_text = source.serialize(format=rdflib_format)
    path = tmp_path / f"graph{suffix}"
    path.write_text(source_text, encoding="utf-8")
    assert isomorphic(load_graph(path), source)


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        (
            "bad.ttl",
            '@prefix ex: <http://e/> .\nex:a ex:b ex:c .\nex:a ex:b "open .\n',
            r"bad\.ttl:3: .*newline found",
        ),
        (
            "bad.nt",
            "<http://e/a> <http://e/b> <http://e/c> .\n\n<http://e/a> <http://e/b> oops .\n",
            r"bad\.nt:3: ",
        ),
        ("bad.jsonld", '{\n  "@id": "http://e/a",\n  "x": \n}\n', r"bad\.jsonld:4: "),
        (
            "bad.rdf",
            '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n<a>\n</rdf:RDF>\n',
            r"bad\.rdf:4: ",
        ),
    ],
)
def test_parse_errors_name_file_and_line(tmp_path: Path, name: str, content: str, expected: str) -> None:
    (tmp_path / name).write_text(content)
    with pytest.raises(GraphReadError, match=expected) as info:
        load_graph(tmp_path / name)
    assert "fix the file" in str(info.value)
    assert "\n" not in str(info.value)


def test_load_errors_say_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(GraphReadError, match="no such file or directory; check the path"):
        load_graph(tmp_path / "missing.ttl")
    (tmp_path / "graph.csv").write_text("a,b")
    with pytest.raises(GraphReadError, match=r"unknown RDF format '\.csv'; use \.ttl"):
        load_graph(tmp_path / "graph.csv")
    (tmp_path / "plain").mkdir()
    with pytest.raises(GraphReadError, match="not an Oxigraph store"):
        load_graph(tmp_path / "plain")


# --- writing --------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", [f for f in EXPORT_FORMATS if f not in {"graphml", "csv"}])
def test_export_and_load_back(tmp_path: Path, fmt: str) -> None:
    suffix = {"turtle": ".ttl", "nt": ".nt", "nquads": ".nq", "trig": ".trig", "jsonld": ".jsonld"}[fmt]
    path = tmp_path / f"out{suffix}"
    write_graph(sample_graph(), path, fmt)
    assert isomorphic(load_graph(path), sample_graph())
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temp file left behind


def test_nquads_of_a_dataset_keep_graph_names(tmp_path: Path) -> None:
    dataset = Dataset()
    dataset.graph(URIRef("https://newskg.org/graph/1")).add((TAUSCHER, RDF.type, NKG.Person))
    write_graph(dataset, tmp_path / "out.nq", "nquads")
    assert "<https://newskg.org/graph/1>" in (tmp_path / "out.nq").read_text()


def test_plain_graph_nquads_have_no_graph_name(tmp_path: Path) -> None:
    import pyoxigraph as ox

    write_graph(sample_graph(), tmp_path / "out.nq", "nquads")
    quads = list(ox.parse(path=str(tmp_path / "out.nq"), format=ox.RdfFormat.N_QUADS))
    assert len(quads) == len(sample_graph())
    assert all(isinstance(q.graph_name, ox.DefaultGraph) for q in quads)


def test_export_graphml(tmp_path: Path) -> None:
    write_graph(sample_graph(), tmp_path / "out.graphml", "graphml")
    network = nx.read_graphml(tmp_path / "out.graphml")
    assert network.nodes[str(TAUSCHER)]["label"] == "Ellen Tauscher"
    assert network.nodes[str(TAUSCHER)]["type"] == "Person"
    assert network.nodes[str(USA)]["label"] == "United States"
    edges = {(u, v, d["predicate"]) for u, v, d in network.edges(data=True)}
    assert edges == {(str(TAUSCHER), str(ROLE), str(NKG.holdsRole)), (str(ROLE), str(USA), str(NKG.roleOf))}
    assert str(DOC) not in network  # documents are provenance, not entities


def test_export_from_an_open_store_writes_plain_literals(tmp_path: Path) -> None:
    graph = open_store(tmp_path / "s", create=True)
    add_triples(graph, sample_graph())
    write_graph(graph, tmp_path / "out.nt", "nt")
    graph.close()
    text = (tmp_path / "out.nt").read_text()
    assert "XMLSchema#string" not in text
    assert isomorphic(load_graph(tmp_path / "out.nt"), sample_graph())


def test_write_replaces_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "out.ttl"
    path.write_text("old")
    write_graph(sample_graph(), path, "turtle")
    assert "Ellen Tauscher" in path.read_text()


def test_unwritable_directory_is_an_output_error(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("a file, so nothing can be inside it")
    with pytest.raises(
        OutputError, match=r"cannot write .*afile/out\.ttl: .*check the directory exists and is writable"
    ):
        write_graph(sample_graph(), tmp_path / "afile" / "out.ttl", "turtle")


def test_failed_write_keeps_old_file_and_removes_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "out.ttl"
    path.write_text("old")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OutputError, match="No space left on device"):
        write_graph(sample_graph(), path, "turtle")
    assert path.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.ttl"]


def test_unknown_export_format(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="unknown export format 'xlsx'"):
        write_graph(sample_graph(), tmp_path / "x.xlsx", "xlsx")


literal_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40
) | st.sampled_from(['"', '""', '"""', "\\", "\\n", "line\nbreak", "tab\tcr\r", "é漢字🙂", "'''", "a\"b'c"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=st.lists(literal_text, min_size=1, max_size=5), fmt=st.sampled_from(["turtle", "nt"]))
def test_round_trip_keeps_any_literal(tmp_path: Path, values: list[str], fmt: str) -> None:
    graph = Graph()
    for i, value in enumerate(values):
        graph.add((URIRef(f"{ID}statement/{i}"), NKG.text, Literal(value)))
    path = tmp_path / ("out.ttl" if fmt == "turtle" else "out.nt")
    write_graph(graph, path, fmt)
    assert isomorphic(load_graph(path), graph)


# --- querying -------------------------------------------------------------------------

PEOPLE = """
SELECT ?person ?label ?role WHERE {
  ?person a nkg:Person ; rdfs:label ?label .
  OPTIONAL { ?person nkg:holdsRole ?role }
}"""


def test_select_rows_are_rdflib_terms() -> None:
    result = run_query(sample_graph(), PEOPLE)
    assert result.kind == "SELECT"
    assert result.variables == ["person", "label", "role"]
    assert result.rows == [[TAUSCHER, Literal("Ellen Tauscher"), ROLE]]


def test_table_is_aligned_with_short_iris_and_truncated_cells() -> None:
    long_label = "Under Secretary of State for Arms Control and International Security Affairs"
    rows = [[TAUSCHER, Literal("Ellen\nTauscher")], [ROLE, Literal(long_label)], [USA, None]]
    table = format_results(["entity", "label"], rows, "table", prefixes=[("id", ID), ("nkg", str(NKG._NS))])
    lines = table.splitlines()
    assert lines[0].split(" | ")[0].rstrip() == "entity"
    assert lines[1].startswith("---") and "-+-" in lines[1]
    assert lines[2].startswith("id:person/ellen-tauscher ") and "| Ellen Tauscher" in lines[2]
    assert lines[3].endswith("…") and len(lines[3].split(" | ")[1]) == 60
    assert lines[4].split("|")[0].rstrip() == "id:country/united-states"
    assert len({line.index("|") for line in lines[:5] if "|" in line}) == 1  # columns line up
    assert lines[-1] == "(3 rows)"


def test_query_table_uses_the_graphs_prefixes() -> None:
    graph = sample_graph()
    graph.bind("id", ID)
    text = format_query_result(run_query(graph, PEOPLE), "table")
    assert "id:person/ellen-tauscher" in text and "id:role/under-secretary--united-states" in text


def test_csv_output() -> None:
    text = format_query_result(run_query(sample_graph(), PEOPLE), "csv")
    assert list(csv.reader(io.StringIO(text))) == [
        ["person", "label", "role"],
        [str(TAUSCHER), "Ellen Tauscher", str(ROLE)],
    ]


def test_json_output_is_sparql_results_json() -> None:
    data = json.loads(format_query_result(run_query(sample_graph(), PEOPLE), "json"))
    assert data["head"]["vars"] == ["person", "label", "role"]
    assert data["results"]["bindings"] == [
        {
            "person": {"type": "uri", "value": str(TAUSCHER)},
            "label": {"type": "literal", "value": "Ellen Tauscher"},
            "role": {"type": "uri", "value": str(ROLE)},
        }
    ]


def test_unbound_values_are_left_out_of_json() -> None:
    data = json.loads(format_results(["a", "b"], [["x", None]], "json"))
    assert data["results"]["bindings"] == [{"a": {"type": "literal", "value": "x"}}]


def test_ask_and_construct() -> None:
    graph = sample_graph()
    ask = run_query(graph, "ASK { ?p nkg:holdsRole ?r }")
    assert ask.answer is True and format_query_result(ask, "table") == "true\n"
    assert json.loads(format_query_result(ask, "json")) == {"head": {}, "boolean": True}
    built = run_query(graph, "CONSTRUCT { ?p rdfs:label ?l } WHERE { ?p a nkg:Person ; rdfs:label ?l }")
    assert built.kind == "CONSTRUCT" and built.turtle is not None
    assert isomorphic(Graph().parse(data=built.turtle, format="turtle"), built.graph)
    assert set(built.graph) == {(TAUSCHER, RDFS.label, Literal("Ellen Tauscher"))}


def test_syntax_error_has_line_and_column() -> None:
    with pytest.raises(QueryError) as info:
        run_query(sample_graph(), "SELECT ?s\nWHERE { ?s ?p }")
    message = str(info.value)
    assert message.startswith("SPARQL syntax error at line 2, column ")
    assert "\n" not in message


def test_unknown_prefix_says_how_to_declare_it() -> None:
    with pytest.raises(QueryError, match=r"unknown prefix 'foaf2:'.*PREFIX foaf2: <\.\.\.>"):
        run_query(sample_graph(), "SELECT * WHERE { ?s a foaf2:Person }")


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <https://example.org/sparql> { ?s ?p ?o } } }",
        "SELECT * FROM <https://example.org/data.ttl> WHERE { ?s ?p ?o }",
        "SELECT * FROM NAMED <https://example.org/data.ttl> WHERE { GRAPH ?g { ?s ?p ?o } }",
    ],
)
def test_network_access_is_refused_by_default(query: str) -> None:
    with pytest.raises(QueryError, match=r"fetches data over the network.*--allow-network"):
        run_query(sample_graph(), query)


def test_service_word_in_comments_and_literals_is_fine() -> None:
    query = (
        "# SERVICE <http://x/> LOAD <http://y/>\n"
        'SELECT ?s WHERE { ?s rdfs:label ?l FILTER(?l != "SERVICE <http://z/>") }'
    )
    assert len(run_query(sample_graph(), query).rows) == 3


def test_allow_network_lets_service_through() -> None:
    # Port 9 (discard) on localhost refuses at once: the query gets past the gate and
    # fails while running, without touching the internet.
    query = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    with pytest.raises(QueryError, match="failed while running"):
        run_query(sample_graph(), query, allow_network=True)


@pytest.mark.parametrize(
    ("update", "name"),
    [
        ("LOAD <https://example.org/data.ttl>", "LOAD"),
        ("INSERT DATA { <http://e/a> <http://e/b> <http://e/c> }", "INSERTDATA"),
        ("DROP ALL", "DROP"),
    ],
)
def test_updates_are_refused(update: str, name: str) -> None:
    graph = sample_graph()
    for allow_network in (False, True):
        with pytest.raises(QueryError, match=f"SPARQL update \\({name}\\), not a query"):
            run_query(graph, update, allow_network=allow_network)
    assert len(graph) == len(sample_graph())


def test_unknown_result_format() -> None:
    with pytest.raises(OutputError, match="use one of table, csv, json"):
        format_results(["a"], [], "xml")
