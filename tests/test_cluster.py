"""The map step on a Dask cluster gives the graph a single process gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.build import build
from kg.errors import InputError

ARTICLES = (
    "Shadow Home Secretary David Davis criticised the identity card bill. Mr Davis said it would cost billions.\n",
    "Deputy Foreign Minister Anna Petrova met Foreign Secretary Jack Straw in London.\n",
    "Prime Minister Tony Blair met Jack Straw in Downing Street. Mr Blair backed the bill.\n",
    "Chancellor Gordon Brown said Mr Blair would lead Labour into the election.\n",
)


def test_a_local_cluster_of_two_workers_builds_the_same_graph(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    folder = tmp_path / "in"
    folder.mkdir()
    for n, text in enumerate(ARTICLES):
        (folder / f"{n}.txt").write_text(text, encoding="utf-8")
    build([str(folder)], tmp_path / "one", batch_size=1)
    summary = build([str(folder)], tmp_path / "dask", batch_size=1, cluster="local:2")
    assert summary.documents == len(ARTICLES)
    assert isomorphic(Graph().parse(tmp_path / "one" / "graph.ttl"), Graph().parse(tmp_path / "dask" / "graph.ttl"))


def test_a_cluster_is_named_local_n(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    (tmp_path / "a.txt").write_text(ARTICLES[0], encoding="utf-8")
    with pytest.raises(InputError, match="local:N"):
        build([str(tmp_path / "a.txt")], tmp_path / "out", cluster="two")


def test_spacy_workers_keep_each_result_in_its_batch() -> None:
    """--jobs 2 runs one nlp.pipe over all batches; its results are cut back into the batches they
    came from, also around a batch whose only article is too long to analyse."""
    from kg.map_step import Batch, BatchOptions, map_local
    from kg.types import Article

    texts = [ARTICLES[0], "word " * 250_000, ARTICLES[1], ARTICLES[2], ARTICLES[3]]
    articles = [Article(f"a{n}", text) for n, text in enumerate(texts)]
    batches = [Batch(0, articles[:1]), Batch(1, articles[1:2]), Batch(2, articles[2:5])]
    done = list(map_local(iter(batches), BatchOptions(), jobs=2))
    assert [d.index for d in done] == [0, 1, 2]
    assert [[r["article"]["id"] for r in d.records] for d in done] == [["a0"], [], ["a2", "a3", "a4"]]
    assert [len(d.failures) for d in done] == [0, 1, 0] and "too long" in done[1].failures[0][1]
