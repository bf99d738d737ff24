"""A document is what it says, not where it was read: identity from content, path as provenance."""

from __future__ import annotations

import json
from pathlib import Path

from rdflib import RDF, Graph, Literal
from typer.testing import CliRunner

from kg.cli import app
from kg.iri import document_iri
from kg.types import Article
from kg.vocab import NKG

runner = CliRunner()

DAVIS = (
    "LONDON, May 4 (Newswire) -- Shadow Home Secretary David Davis criticised the identity card bill on Tuesday.\n\n"
    "Mr Davis said the plan would cost billions.\n"
)
PETROVA = "Deputy Foreign Minister Anna Petrova met Foreign Secretary Jack Straw in London on Monday.\n"


def build(*args: str) -> None:
    result = runner.invoke(app, ["build", *args])
    assert result.exit_code == 0, result.output


def documents(graph: Graph) -> dict[str, list[str]]:
    """Document IRI -> its documentId values."""
    return {
        str(doc): sorted(str(i) for i in graph.objects(doc, NKG.documentId))
        for doc in graph.subjects(RDF.type, NKG.Document)
    }


def test_iri_comes_from_the_text_or_the_sources_own_id() -> None:
    here = document_iri(Article("a/001.txt", DAVIS, path="a/001.txt"))
    assert here == document_iri(Article("001.txt", DAVIS.replace("\n", "\r\n") + "  ", path="elsewhere/001.txt"))
    assert here != document_iri(Article("a/001.txt", PETROVA, path="a/001.txt"))
    assert document_iri(Article("wire-7", DAVIS, own_id=True)).endswith("/document/wire-7")
    assert document_iri(Article("wire-7", PETROVA, own_id=True)) == document_iri(Article("wire-7", DAVIS, own_id=True))


def test_same_article_under_two_paths_is_one_document(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / f"{folder}.txt").write_text(DAVIS, encoding="utf-8")
    result = runner.invoke(app, ["build", str(tmp_path / "a"), str(tmp_path / "b"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "Read 1 documents" in result.output and "skipped 1" in result.output
    assert "same text as" in result.output  # the CliRunner mixes stderr in
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    assert list(documents(graph).values()) == [["a.txt"]]
    (doc,) = graph.subjects(RDF.type, NKG.Document)
    assert graph.value(doc, NKG.sourcePath) == Literal(str(tmp_path / "a" / "a.txt"))


def test_different_articles_with_one_file_name_are_two_documents(tmp_path: Path) -> None:
    for folder, text in (("a", DAVIS), ("b", PETROVA)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "001.txt").write_text(text, encoding="utf-8")
    build(str(tmp_path / "a"), str(tmp_path / "b"), "--out", str(tmp_path / "out"))
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    assert sorted(documents(graph).values()) == [["001.txt"], ["001.txt"]]


def test_jsonl_id_is_the_identity_and_url_stands_in_for_a_missing_id(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "wire-1", "text": DAVIS}), json.dumps({"url": "https://news.example/p", "text": PETROVA})]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    build(str(tmp_path / "feed.jsonl"), "--out", str(tmp_path / "out"))
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    found = documents(graph)
    assert found["https://newskg.org/id/document/wire-1"] == ["wire-1"]
    assert found["https://newskg.org/id/document/https%3A%2F%2Fnews.example%2Fp"] == ["https://news.example/p"]
