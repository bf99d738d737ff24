"""The one orchestrator: article files in, a graph (Turtle, page, store) out.

A build is a map and a reduce. MAP: articles are read lazily and analysed in
numbered batches (here, with spaCy's worker processes, or on a Dask cluster:
:mod:`kg.map_step`, :mod:`kg.cluster`); each finished batch's records go to
``OUT/.kg-work`` (:mod:`kg.batches`), which is what ``--resume`` starts from.
REDUCE: entities are merged over the records, and triples stream to the Turtle file
and a new store (:mod:`kg.reduce`, :mod:`kg.outputs`). Memory holds one batch and the
entity table, never the corpus.

With a store, the graph is made from the records of every article ever built into it
(kept in the store), so the store is the same whatever order its articles came in,
and building an article again replaces what it said before. Outputs are staged and
put in place together, so a failed build leaves the earlier ones as they were.
"""

from __future__ import annotations

import itertools
import logging
import os
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.counts import GraphCounts
from kg.errors import InputError, OutputError
from kg.map_step import Batch, BatchOptions, DoneBatch
from kg.records import DocumentRecord
from kg.types import Article

log = logging.getLogger(__name__)

DEFAULT_BATCH_SIZE = 32


@dataclass
class BuildSummary:
    """What a build read and wrote: the numbers the CLI prints at the end."""

    documents: int = 0
    sentences: int = 0
    skipped: int = 0
    warnings: int = 0
    seconds: float = 0.0
    outputs: list[Path] = field(default_factory=list)
    counts: GraphCounts | None = None  # what the written graph holds (kg.counts)


def build(
    inputs: Sequence[str],
    out_dir: Path,
    *,
    model: str | None = None,
    store: Path | None = None,
    strict: bool = False,
    jobs: int = 1,
    threshold: float | None = None,
    learned: bool = False,
    on_problem: Callable[[InputError], None] | None = None,
    progress: Callable[[int], None] | None = None,
    page_options: dict[str, object] | None = None,
    read_options: dict[str, Any] | None = None,
    resume: bool = False,
    batch_size: int = DEFAULT_BATCH_SIZE,
    scheduler: str | None = None,
    cluster: str | None = None,
) -> BuildSummary:
    """Read articles, extract facts, and write ``graph.ttl`` and ``graph.html`` into ``out_dir``.

    With ``store``, the articles join those already in that Oxigraph store and the
    outputs show the whole store. Problems with single articles (unreadable, too long
    to analyse) are reported through ``on_problem`` and counted; the build goes on
    without them unless ``strict``. ``progress`` is called with the number of articles
    each finished batch held. ``scheduler`` (a Dask scheduler address) or ``cluster``
    (``local:N``) analyse the batches on Dask workers instead of here. ``read_options`` go to
    :func:`kg.sources.read_articles` (``max_bytes``, ``selection``).
    """
    from kg.batches import WorkDir, read_failures, record_iris
    from kg.outputs import check_store
    from kg.sources import read_articles

    started = time.perf_counter()
    _check_writable(out_dir)
    old_records, lock = check_store(store) if store is not None else ([], None)
    held = [lock] if lock is not None else []  # the old store, open so no other build writes it meanwhile
    skipped = 0

    def count_problem(problem: InputError) -> None:
        nonlocal skipped
        skipped += 1
        if strict:
            raise problem
        if on_problem is not None:
            on_problem(problem)

    def failed(failures: Iterable[tuple[str, str]]) -> None:
        for where, why in failures:
            count_problem(InputError(why, path=where))

    options = BatchOptions(model, learned, threshold)
    manifest = {
        "inputs": [i if i == "-" else os.path.abspath(i) for i in inputs],
        "model": model, "learned": learned, "threshold": threshold, "batch_size": batch_size,
        "read": _read_manifest(read_options),  # other limits or globs number the articles differently
    }
    warnings: list[str] = []
    articles = read_articles(inputs, strict=strict, on_problem=count_problem, on_warning=warnings.append, **(read_options or {}))
    first = next(articles, None)  # no model load or cluster start (seconds) when nothing can be read
    if first is None:
        raise InputError(f"no article could be read from {', '.join(inputs)} ({skipped} skipped); nothing was written")
    articles = itertools.chain([first], articles)
    work = WorkDir(out_dir, manifest, resume=resume and "-" not in inputs)
    indices: list[int] = []

    def batches() -> Iterator[Batch]:
        for index, chunk in enumerate(_chunks(articles, batch_size)):
            indices.append(index)
            if work.finished(index):
                failed(read_failures(work.batch(index)))
                if progress is not None:
                    progress(len(chunk))
                continue
            yield Batch(index, chunk)

    for done in _map(batches(), options, jobs, scheduler, cluster):
        work.write(done.index, done.records, done.failures)
        failed(done.failures)
        if progress is not None:
            progress(len(done.records) + len(done.failures))
    del lock
    new_records = [work.batch(i) for i in indices]
    if not any(record_iris(path) for path in new_records):
        work.remove()
        raise InputError(f"no article could be read from {', '.join(inputs)} ({skipped} skipped); nothing was written")
    summary = _reduce(new_records, out_dir, store, old_records, held, page_options, skipped)
    summary.warnings = len(warnings)
    work.remove()
    summary.seconds = time.perf_counter() - started
    return summary


def _map(batches: Iterator[Batch], options: BatchOptions, jobs: int, scheduler: str | None, cluster: str | None) -> Iterator[DoneBatch]:
    if scheduler is not None or cluster is not None:
        from kg.cluster import map_on_dask

        return map_on_dask(batches, options, scheduler=scheduler, cluster=cluster)
    from kg.map_step import map_local

    return map_local(batches, options, jobs)


def _reduce(
    new_records: list[Path],
    out_dir: Path,
    store: Path | None,
    old_records: list[Path],
    held: list[object],
    page_options: dict[str, object] | None,
    skipped: int,
) -> BuildSummary:
    """Merge entities over all records, then stream the graph to the staged outputs and commit them."""
    from kg.batches import read_records, record_iris
    from kg.outputs import Staged, fill_store, stream_turtle, write_staged
    from kg.reduce import Ranking, page_graph, plain_triples, reduce_entities, triple_groups
    from kg.render import render_html
    from kg.store import bind_prefixes

    rebuilt = {iri for path in new_records for iri in record_iris(path)} if old_records else set()
    replaced = {path: found for path in old_records if (found := rebuilt.intersection(record_iris(path)))}
    files = old_records + new_records
    del rebuilt

    def records() -> Iterator[DocumentRecord]:
        return read_records(files, replaced)

    reduction = reduce_entities(records)
    page = dict(page_options or {})
    max_nodes = page.pop("max_nodes", None)
    staged = Staged(out_dir)
    try:
        turtle, html = staged.file(out_dir / "graph.ttl"), staged.file(out_dir / "graph.html")
        ranking = Ranking()
        stream_turtle(plain_triples(ranking.watch(triple_groups(records, reduction))), turtle)
        counts = ranking.counts()
        isolated = bool(page.get("isolated", False))
        shown = bind_prefixes(page_graph(triple_groups(records, reduction), ranking.top(max_nodes, isolated=isolated)))  # type: ignore[arg-type]
        title = f"newskg: {reduction.documents} article{'s' if reduction.documents != 1 else ''}"
        page_text = render_html(shown, title=title, max_nodes=max_nodes, counts=counts, **page)  # type: ignore[arg-type]
        write_staged(html, page_text)
        del page_text
        del shown
        if store is not None:
            fill_store(staged.store(store), turtle, files, replaced, stamp=f"{time.time_ns():x}")
        held.clear()  # release the old store just before it is swapped out
        staged.commit()
    finally:
        staged.discard()
    return BuildSummary(
        documents=reduction.documents, sentences=reduction.sentences,
        skipped=skipped, outputs=[out_dir / "graph.ttl", out_dir / "graph.html"],
        counts=counts,
    )


def _read_manifest(read_options: dict[str, Any] | None) -> dict[str, Any]:
    """``read_options`` as JSON values, for the manifest ``--resume`` compares."""
    found: dict[str, Any] = {}
    for name, value in sorted((read_options or {}).items()):
        found[name] = {"include": list(value.include), "exclude": list(value.exclude)} if name == "selection" else value
    return found


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for article in articles:
        chunk.append(article)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _check_writable(out_dir: Path) -> None:
    """Fail before any work (and before a store is touched) when ``--out`` cannot be written."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(
            f"{out_dir}: cannot create the output directory ({exc.strerror}); choose a writable --out"
        ) from exc
    if not out_dir.is_dir():
        raise OutputError(f"{out_dir}: not a directory; choose a directory for --out")
    try:
        with tempfile.TemporaryFile(dir=out_dir):
            pass
    except OSError as exc:
        raise OutputError(f"{out_dir}: cannot write there ({exc.strerror}); choose a writable --out") from exc
