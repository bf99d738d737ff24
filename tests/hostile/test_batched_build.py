"""Hostile-input behaviour on the batched build: read limits in --resume, one label per IRI across store builds."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph

from kg.build import build
from kg.input_files import Selection
from kg.vocab import NKG

ARTICLES = {
    "davis.txt": "Shadow Home Secretary David Davis criticised the identity card bill on Tuesday. Mr Davis said it would cost billions.\n",
    "petrova.txt": "Deputy Foreign Minister Anna Petrova met Foreign Secretary Jack Straw in London. Ms Petrova said the talks went well.\n",
    "blair.txt": "Prime Minister Tony Blair met Jack Straw in Downing Street. Mr Blair said he backed the identity card bill.\n",
}


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_resume_with_other_globs_starts_over(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """--include/--exclude change which article is in which batch, so old batches must not be reused."""
    seen: list[int] = []

    def interrupt(n: int) -> None:
        seen.append(n)
        if len(seen) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build([str(corpus)], tmp_path / "out", batch_size=1, progress=interrupt)
    import kg.map_step

    analysed: list[int] = []
    original = kg.map_step.analyse_batch

    def counting(batch, options):  # type: ignore[no-untyped-def]
        analysed.append(batch.index)
        return original(batch, options)

    monkeypatch.setattr(kg.map_step, "analyse_batch", counting)
    options = {"selection": Selection(exclude=("blair.txt",))}
    summary = build([str(corpus)], tmp_path / "out", batch_size=1, resume=True, read_options=options)
    assert analysed == [0, 1]  # both batches analysed again: batch 0 was blair.txt before
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    assert summary.documents == 2 == len(set(graph.subjects(RDF.type, NKG.Document)))


def test_names_minting_one_iri_in_two_store_builds_keep_one_label(tmp_path: Path) -> None:
    """The reduce groups entities by IRI over the old records and the new ones alike."""
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("José Barroso met Tony Blair in London. Mr Barroso said the talks went well.\n", encoding="utf-8")
    second.write_text("Jose Barroso met Jack Straw in Brussels. Mr Straw said the talks went badly.\n", encoding="utf-8")
    store = tmp_path / "store"
    build([str(first)], tmp_path / "out", store=store)
    build([str(second)], tmp_path / "out", store=store)
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    labels = Counter(s for s, _ in graph.subject_objects(RDFS.label))
    assert [s for s, n in labels.items() if n > 1] == []
    counts = Counter(s for s, _ in graph.subject_objects(NKG.mentionCount))
    assert [s for s, n in counts.items() if n > 1] == []
    barroso = [s for s in labels if str(s).endswith("/jose-barroso")]
    assert len(barroso) == 1
