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
