"""Property test: generated hostile articles and JSONL records through ``kg build``.

Whatever the text holds (accents, zero-width and control characters, quotes, brackets,
lone surrogate escapes, line separators), the build raises nothing, every good record
is in the graph, the Turtle re-parses and the graph passes ``ontology/shapes.ttl``.
The model is loaded once (``load_model`` is cached) and the build runs in-process.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import RDF, Graph

from kg.build import build
from kg.validate import violations
from kg.vocab import NKG

FRAGMENTS = [
    "Tony Blair", "José Manuel Barroso", "Jose\u200bBarroso", "Zoë O'Neill", "Ellen Tauscher", "Mr Brown",
    "\u201cWe agree,\u201d", '"', "'", "\u2018", "\u2019", "(", ")", "[", "]", "{", "}", "<b>", "&amp;",
    "\x07", "\x1b[31m", "\u2028", "\u0085", "\ufeff", "\u200d", "\u202e", "e\u0301", "\U0001f600",
    "\ud800", "\udfff", "said", "told reporters", "the Labour Party", "NATO", "2024-13", "!!!", "...", "\t", "\r",
]
BASE = "Prime Minister Tony Blair said the plan would help, Labour leader Gordon Brown told reporters in London."

fragment = st.sampled_from(FRAGMENTS) | st.text(st.characters(blacklist_categories=("Cc",)), max_size=8)
article_text = st.lists(fragment, min_size=1, max_size=25).map(lambda parts: " ".join(parts) + " " + BASE)
record = st.fixed_dictionaries(
    {"text": article_text},
    optional={"title": st.sampled_from(FRAGMENTS), "date": st.sampled_from(["2024-13", "2024-02", "0000", "last week", "\ud800"])},
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(
    records=st.lists(record, min_size=1, max_size=3),
    bad_lines=st.lists(st.sampled_from(["{", "[]", '{"id": ""}', '{"id": "x", "text": 3}', "\x00", "[" * 5000]), max_size=2),
    text=article_text,
)
def test_generated_articles_build_into_a_valid_graph(records: list[dict[str, str]], bad_lines: list[str], text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        lines = [json.dumps({"id": f"r{i}", **r}) for i, r in enumerate(records)] + bad_lines
        (root / "in").mkdir()
        (root / "in" / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (root / "in" / "article.txt").write_text(text.encode("utf-8", "replace").decode("utf-8"), encoding="utf-8")
        problems: list[object] = []
        build([str(root / "in")], root / "out", on_problem=problems.append)
        graph = Graph().parse(root / "out" / "graph.ttl", format="turtle")
        ids = {str(graph.value(d, NKG.documentId)) for d in graph.subjects(RDF.type, NKG.Document)}
        assert ids == {f"r{i}" for i in range(len(records))} | {"article.txt"}
        assert len(problems) == len([b for b in bad_lines if b.strip()])
        assert violations(graph) == []
