"""Stores across builds: idempotent, order-independent, always valid, and never half-written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import RDF, Graph
from rdflib.compare import isomorphic

from kg.build import build
from kg.errors import InputError, OutputError
from kg.store import load_graph
from kg.vocab import NKG

REPO = Path(__file__).resolve().parents[1]

ARTICLES = {
    "davis.txt": "Shadow Home Secretary David Davis criticised the identity card bill on Tuesday. Mr Davis said it would cost billions.\n",
    "petrova.txt": "Deputy Foreign Minister Anna Petrova met Foreign Secretary Jack Straw in London. Ms Petrova said the talks went well.\n",
    "blair.txt": "Prime Minister Tony Blair met Jack Straw in Downing Street. Mr Blair said he backed the identity card bill.\n",
}


def valid(graph: Graph) -> bool:
    from pyshacl import validate

    conforms, _, text = validate(graph, shacl_graph=str(REPO / "ontology" / "shapes.ttl"), inference="none", advanced=True)
    assert conforms, text
    return True


def documents(graph: Graph) -> int:
    return len(set(graph.subjects(RDF.type, NKG.Document)))


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_any_sequence_of_builds_keeps_the_store_valid(corpus: Path, tmp_path: Path) -> None:
    store, out = tmp_path / "store", tmp_path / "out"
    build([str(corpus / "davis.txt")], out, store=store)
    first = load_graph(store)
    assert valid(first) and documents(first) == 1
    build([str(corpus)], out, store=store, batch_size=2)  # the same article again, through its folder
    whole = load_graph(store)
    assert valid(whole) and documents(whole) == 3
    build([str(corpus / "davis.txt")], out, store=store)  # and once more by its file
    assert isomorphic(load_graph(store), whole)
    changed = tmp_path / "changed"
    changed.mkdir()
    (changed / "davis.txt").write_text(ARTICLES["davis.txt"].replace("billions", "millions"), encoding="utf-8")
    build([str(changed)], out, store=store)  # a changed copy is another document
    graph = load_graph(store)
    assert valid(graph) and documents(graph) == 4
    other = tmp_path / "other"
    other.mkdir()
    (other / "blair.txt").write_text("Chancellor Gordon Brown met Tony Blair in Downing Street.\n", encoding="utf-8")
    build([str(other)], out, store=store)  # another article under a name the store has seen
    graph = load_graph(store)
    assert valid(graph) and documents(graph) == 5
    assert isomorphic(Graph().parse(out / "graph.ttl"), graph)


def test_a_b_a_adds_nothing_and_order_does_not_matter(corpus: Path, tmp_path: Path) -> None:
    a, b = [str(corpus / "davis.txt"), str(corpus / "blair.txt")], [str(corpus / "petrova.txt")]
    one, two = tmp_path / "one", tmp_path / "two"
    for inputs in (a, b):
        build(inputs, tmp_path / "o1", store=one)
    size = len(load_graph(one))
    build(a, tmp_path / "o1", store=one)
    assert len(load_graph(one)) == size
    for inputs in (b, a):
        build(inputs, tmp_path / "o2", store=two)
    assert isomorphic(load_graph(one), load_graph(two))
    build([str(corpus)], tmp_path / "o3")  # all at once, no store
    assert isomorphic(Graph().parse(tmp_path / "o3" / "graph.ttl"), load_graph(one))


def test_unwritable_out_fails_before_the_store_is_touched(corpus: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    build([str(corpus / "davis.txt")], tmp_path / "out", store=store)
    before = sorted((p.name, p.stat().st_mtime_ns) for p in store.rglob("*"))
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    with pytest.raises(OutputError, match="--out"):
        build([str(corpus)], tmp_path / "afile" / "out", store=store)
    assert sorted((p.name, p.stat().st_mtime_ns) for p in store.rglob("*")) == before
    assert not (tmp_path / "new-store").exists()


def test_a_store_from_an_earlier_newskg_is_refused_in_one_line(corpus: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    build([str(corpus / "davis.txt")], tmp_path / "out", store=store)
    shutil.rmtree(store / "newskg-records")
    with pytest.raises(OutputError, match="earlier newskg"):
        build([str(corpus)], tmp_path / "out", store=store)


def test_an_interrupted_build_resumes_to_the_same_graph(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build([str(corpus)], tmp_path / "whole", batch_size=1)
    seen = []

    def interrupt(n: int) -> None:
        seen.append(n)
        if len(seen) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build([str(corpus)], tmp_path / "out", batch_size=1, progress=interrupt)
    work = tmp_path / "out" / ".kg-work"
    assert len(list(work.glob("batch-*.jsonl.gz"))) == 2 and not (tmp_path / "out" / "graph.ttl").exists()
    import kg.map_step

    analysed: list[int] = []
    original = kg.map_step.analyse_batch

    def counting(batch, options):  # type: ignore[no-untyped-def]
        analysed.append(batch.index)
        return original(batch, options)

    monkeypatch.setattr(kg.map_step, "analyse_batch", counting)
    build([str(corpus)], tmp_path / "out", batch_size=1, resume=True)
    assert analysed == [2]  # only the batch the interrupted build had not finished
    assert isomorphic(Graph().parse(tmp_path / "out" / "graph.ttl"), Graph().parse(tmp_path / "whole" / "graph.ttl"))
    assert not work.exists()


def test_an_article_too_long_for_spacy_is_skipped_and_named(corpus: Path, tmp_path: Path) -> None:
    (corpus / "huge.txt").write_text("word " * 250_000, encoding="utf-8")
    problems: list[InputError] = []
    summary = build([str(corpus)], tmp_path / "out", on_problem=problems.append)
    assert summary.documents == 3 and summary.skipped == 1
    assert len(problems) == 1 and "huge.txt" in str(problems[0]) and "too long" in str(problems[0])
    with pytest.raises(InputError, match="huge.txt"):
        build([str(corpus)], tmp_path / "strict", strict=True)


def test_a_page_over_a_cap_reports_the_whole_graphs_size(corpus: Path, tmp_path: Path) -> None:
    """The page is drawn from what it shows, not the whole graph, yet counts what it leaves out."""
    from kg.counts import graph_counts

    build([str(corpus)], tmp_path / "out", page_options={"max_nodes": 2})
    related = graph_counts(Graph().parse(tmp_path / "out" / "graph.ttl")).related_entities
    html = (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")
    assert related > 2
    assert f"Showing the 2 most connected entities: {related - 2:,} entities" in html


def test_a_build_that_fails_while_writing_the_store_leaves_none(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.outputs

    def full_disk(*args: object, **kwargs: object) -> None:
        raise OutputError("cannot write the store: No space left on device")

    monkeypatch.setattr(kg.outputs, "fill_store", full_disk)
    with pytest.raises(OutputError, match="No space"):
        build([str(corpus / "davis.txt")], tmp_path / "out", store=tmp_path / "store")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out"]  # no store, no half-made directory
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [".kg-work"]  # kept for --resume; no graph


def test_a_swap_cut_short_is_finished_by_the_next_build(corpus: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    build([str(corpus / "davis.txt")], tmp_path / "out", store=store)
    store.rename(tmp_path / ".store.kg-old")  # killed between moving the old store aside and the new one in
    build([str(corpus / "petrova.txt")], tmp_path / "out", store=store)
    assert documents(load_graph(store)) == 2 and not (tmp_path / ".store.kg-old").exists()


def test_a_store_in_use_is_refused_before_any_work(corpus: Path, tmp_path: Path) -> None:
    import pyoxigraph as ox

    store = tmp_path / "store"
    build([str(corpus / "davis.txt")], tmp_path / "out", store=store)
    holder = ox.Store(str(store))
    try:
        with pytest.raises(OutputError, match="in use"):
            build([str(corpus)], tmp_path / "out", store=store)
    finally:
        del holder
    assert not (tmp_path / "out" / ".kg-work").exists() or not list((tmp_path / "out" / ".kg-work").glob("batch-*"))
