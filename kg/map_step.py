"""The map step of a build: batches of articles -> batches of records, here or on a cluster.

Each article is analysed on its own (spaCy, entity resolution, relation rules), so
batches can run anywhere; what comes back is plain JSON-ready records
(:mod:`kg.records`), never spaCy objects. An article that cannot be analysed (longer
than the model accepts, or one that breaks a rule) is left out of its batch and
reported as a failure, and the others still go in.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from kg.iri import document_iri
from kg.records import to_json
from kg.types import Article

log = logging.getLogger(__name__)

__all__ = ["Batch", "BatchOptions", "DoneBatch", "analyse_batch", "map_local"]

Failure = tuple[str, str]


@dataclass(frozen=True)
class BatchOptions:
    """What every worker needs to analyse articles the same way."""

    model: str | None = None
    learned: bool = False
    threshold: float | None = None


@dataclass
class Batch:
    """Articles numbered by their place in the input, so a batch is the same on every run."""

    index: int
    articles: list[Article]


@dataclass
class DoneBatch:
    index: int
    records: list[dict[str, Any]] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)


def _where(article: Article) -> str:
    return article.path or article.id


def _too_long(articles: Iterable[Article], limit: int, failures: list[Failure]) -> list[Article]:
    """Articles spaCy accepts; the others are failures (spaCy's E088, found before parsing)."""
    kept = []
    for article in articles:
        if len(article.text) > limit:
            failures.append((_where(article), (
                f"too long to analyse ({len(article.text):,} characters; the model takes at most "
                f"{limit:,}); split the article into parts"
            )))
        else:
            kept.append(article)
    return kept


def _record(result: Any) -> dict[str, Any]:
    return to_json(result, str(document_iri(result.article)))


def analyse_batch(batch: Batch, options: BatchOptions) -> DoneBatch:
    """Analyse one batch in this process (the model is loaded once per process)."""
    from kg.analyse import analyse
    from kg.extract import DEFAULT_THRESHOLD, families
    from kg.nlp import load_model

    nlp = load_model(options.model, learned_entities=options.learned)
    threshold = options.threshold if options.threshold is not None else DEFAULT_THRESHOLD
    done = DoneBatch(batch.index)
    articles = _too_long(batch.articles, nlp.max_length, done.failures)
    try:
        done.records = [_record(r) for r in analyse(articles, nlp, threshold=threshold, use=families(options.learned))]
    except Exception:  # one article broke the batch: find it, keep the others
        done.records = []
        for article in articles:
            try:
                done.records.extend(_record(r) for r in analyse([article], nlp, threshold=threshold, use=families(options.learned)))
            except Exception as err:  # noqa: BLE001 - any failure of one article is reported, not fatal
                log.debug("analysis failed for %s", _where(article), exc_info=True)
                done.failures.append((_where(article), f"analysis failed ({type(err).__name__}: {err}); the article was left out"))
    return done


def map_local(batches: Iterable[Batch], options: BatchOptions, jobs: int = 1) -> Iterator[DoneBatch]:
    """Analyse batches in this process, or with spaCy's ``n_process`` workers for ``jobs`` > 1.

    With several jobs one ``nlp.pipe`` runs over all batches (starting workers once),
    and its results are cut back into the batches they came from.
    """
    if jobs <= 1:
        for batch in batches:
            yield analyse_batch(batch, options)
        return
    from kg.analyse import analyse
    from kg.extract import DEFAULT_THRESHOLD, families
    from kg.nlp import load_model

    nlp = load_model(options.model, learned_entities=options.learned)
    threshold = options.threshold if options.threshold is not None else DEFAULT_THRESHOLD
    pending: deque[tuple[DoneBatch, int]] = deque()

    def feed() -> Iterator[Article]:
        for batch in batches:
            done = DoneBatch(batch.index)
            articles = _too_long(batch.articles, nlp.max_length, done.failures)
            pending.append((done, len(articles)))
            yield from articles

    def finished() -> Iterator[DoneBatch]:
        while pending and len(pending[0][0].records) == pending[0][1]:
            yield pending.popleft()[0]

    for result in analyse(feed(), nlp, n_process=jobs, threshold=threshold, use=families(options.learned)):
        yield from finished()  # batches whose articles all failed
        pending[0][0].records.append(_record(result))
        yield from finished()
    yield from finished()
