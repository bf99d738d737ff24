"""Exports loaded whole by the tools that consume them: networkx/igraph, pyld, pandas."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

from kg.store import write_graph
from kg.vocab import NKG, RELATIONS

ARTICLE = Path(__file__).parent.parent / "examples" / "articles" / "poland-interceptors.txt"


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> Graph:
    from kg.build import build

    out = tmp_path_factory.mktemp("export-build")
    build([str(ARTICLE)], out)
    return Graph().parse(out / "graph.ttl")


def plain_relations(graph: Graph) -> set[tuple[str, str, str]]:
    return {
        (str(s), name, str(o))
        for name in RELATIONS
        for s, o in graph.subject_objects(NKG[name])
        if isinstance(o, URIRef)
    }


def test_graphml_loads_in_networkx_with_provenance_on_every_relation(graph: Graph, tmp_path: Path) -> None:
    write_graph(graph, tmp_path / "g.graphml", "graphml")
    network = nx.read_graphml(tmp_path / "g.graphml")
    edges = {(u, d["label"], v) for u, v, d in network.edges(data=True)}
    assert edges == plain_relations(graph)
    for _, _, data in network.edges(data=True):
        assert data["sentence"] and data["document"] and data["rule"]
        if data["label"] != "said":  # a quotation is not a scored fact
            assert 0.0 < data["confidence"] <= 1.0
    statements = [d for _, d in network.nodes(data=True) if d["type"] == "Statement"]
    assert statements and all(not d["label"].startswith("https://") for d in statements)


def test_graphml_loads_in_igraph(graph: Graph, tmp_path: Path) -> None:
    igraph = pytest.importorskip("igraph")
    write_graph(graph, tmp_path / "g.graphml", "graphml")
    loaded = igraph.Graph.Read_GraphML(str(tmp_path / "g.graphml"))
    assert loaded.ecount() == len(plain_relations(graph))
    assert "confidence" in loaded.es.attributes() and "label" in loaded.vs.attributes()


def test_jsonld_is_compacted_and_expands_to_the_same_graph(graph: Graph, tmp_path: Path) -> None:
    from pyld import jsonld

    write_graph(graph, tmp_path / "g.jsonld", "jsonld")
    document = json.loads((tmp_path / "g.jsonld").read_text(encoding="utf-8"))
    assert document["@context"]["nkg"] == str(NKG._NS)
    text = (tmp_path / "g.jsonld").read_text(encoding="utf-8")
    assert '"label"' in text and "http://www.w3.org/2000/01/rdf-schema#label" not in text
    nquads = jsonld.to_rdf(document, {"format": "application/n-quads"})
    assert isomorphic(Graph().parse(data=nquads, format="nquads"), graph)


def test_csv_tables_load_in_pandas_with_provenance(graph: Graph, tmp_path: Path) -> None:
    pandas = pytest.importorskip("pandas")
    write_graph(graph, tmp_path / "tables", "csv")
    entities = pandas.read_csv(tmp_path / "tables" / "entities.csv", keep_default_na=False)
    relations = pandas.read_csv(tmp_path / "tables" / "relations.csv", keep_default_na=False)
    assert set(zip(relations.Source, relations.relation, relations.Target)) == plain_relations(graph)
    assert set(relations.Source) | set(relations.Target) <= set(entities.Id)
    assert (relations.sentence != "").all() and (relations.rule != "").all() and (relations.document != "").all()
    facts = relations[relations.relation != "said"]
    assert len(facts) and (facts.confidence.astype(float) > 0).all()
    persons = {str(p) for p in graph.subjects(RDF.type, NKG.Person)}
    assert persons <= set(entities.Id)
    if (tmp_path / "tables" / "relations.parquet").exists():
        assert len(pandas.read_parquet(tmp_path / "tables" / "relations.parquet")) == len(relations)
