"""Rows for ``kg extract``: the JSONL contract external evaluation tools read.

``{"doc", "subject": {"text", "start", "end", "type", "iri"}, "predicate",
"object": {...}, "sentence": {"start", "end"}, "confidence"}`` with character
offsets into the document text (end exclusive). Only asserted facts are rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from kg.errors import InputError
from kg.mapping import entity_node
from kg.resolve.corpus import CorpusEntities, merge_entities
from kg.types import Mention


def extracted_rows(
    inputs: Sequence[str],
    *,
    model: str | None = None,
    strict: bool = False,
    threshold: float | None = None,
    learned: bool = False,
    on_problem: Callable[[InputError], None] | None = None,
    read_options: dict[str, Any] | None = None,
) -> Iterator[dict[str, Any]]:
    """Analyse each article and yield its asserted facts as contract rows, article by article."""
    from kg.analyse import analyse
    from kg.extract import DEFAULT_THRESHOLD, families
    from kg.nlp import load_model
    from kg.sources import read_articles

    articles = read_articles(inputs, strict=strict, on_problem=on_problem, **(read_options or {}))
    for result in analyse(articles, load_model(model, learned_entities=learned), threshold=threshold if threshold is not None else DEFAULT_THRESHOLD, use=families(learned)):
        corpus = merge_entities(
            [e for e in result.entities] + [m.entity for f in result.facts for m in (f.subject, f.object)]
        )
        for fact in result.facts:
            if not fact.asserted:
                continue
            yield {
                "doc": result.article.id,
                "subject": _mention(fact.subject, corpus),
                "predicate": fact.predicate,
                "object": _mention(fact.object, corpus),
                "sentence": {"start": fact.sentence.start, "end": fact.sentence.end},
                "confidence": round(fact.confidence, 3),
            }


def _mention(mention: Mention, corpus: CorpusEntities) -> dict[str, Any]:
    entity = corpus.resolve(mention.entity)
    return {
        "text": mention.text,
        "start": mention.start,
        "end": mention.end,
        "type": entity.cls,
        "iri": str(entity_node(entity, corpus)),
    }
