"""Text to records: parse articles with spaCy, resolve entities, run relation rules.

This is the spaCy half of a build; it yields plain records and never touches
rdflib, so it can run in worker processes.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.dateline import dateline
from kg.dates import resolve_date
from kg.extract import DEFAULT_THRESHOLD, FAMILIES, run_rules
from kg.extract.common.context import ExtractionContext
from kg.extract.speech.quotations import find_quotations, statements
from kg.extract.speech.sides import resolve_body_pronouns, resolve_first_person, resolve_own_party, speaker_sides
from kg.resolve.document import resolve_document
from kg.types import Article, DocumentResult
from kg.workers import signals_end_workers

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)


def with_dateline(article: Article) -> Article:
    """The article with the date and source its dateline states, where its metadata has none."""
    date_text, source = dateline(article.text)
    return replace(article, date=article.date or date_text, source=article.source or source)


def extraction_context(article: Article, doc: Doc) -> ExtractionContext:
    """Resolve entities, quotations and speakers' sides: everything relation rules read."""
    entities = resolve_document(doc)
    quotations = find_quotations(doc, entities)
    sides = speaker_sides(doc, entities, quotations)
    resolve_first_person(doc, entities, quotations, sides)
    resolve_own_party(doc, entities)
    resolve_body_pronouns(doc, entities, quotations)
    date = (resolve_date(article.date) or article.date) if article.date else None
    return ExtractionContext(article.id, doc, entities, quotations, date, sides)


def analyse_doc(
    article: Article, doc: Doc, threshold: float = DEFAULT_THRESHOLD, use: tuple[str, ...] = FAMILIES
) -> DocumentResult:
    """Everything newskg reads from one parsed article, with the rule families in ``use``."""
    article = with_dateline(article)
    ctx = extraction_context(article, doc)
    facts = run_rules(ctx, threshold, use)
    return DocumentResult(
        article=article,
        sentences=sum(1 for _ in doc.sents),
        entities=list(ctx.entities.entities.values()),
        mentions=ctx.entities.mentions,
        facts=facts,
        statements=statements(ctx.doc_id, ctx.doc, ctx.quotations, ctx.date),
        date=ctx.date,
    )


def analyse(
    articles: Iterable[Article],
    nlp: Language,
    *,
    batch_size: int = 16,
    n_process: int = 1,
    threshold: float = DEFAULT_THRESHOLD,
    use: tuple[str, ...] = FAMILIES,
) -> Iterator[DocumentResult]:
    """Parse articles in batches (``nlp.pipe``) and analyse each as it comes."""
    pairs = ((a.text, a) for a in articles)
    with signals_end_workers() if n_process > 1 else nullcontext():
        for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
            yield analyse_doc(article, doc, threshold, use)
