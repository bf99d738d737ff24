"""One analysed article as a compact JSON record: what the map step hands the reduce step.

A build analyses articles in batches and writes each batch's records to disk
(``kg.batches``); the reduce step reads them back twice (entities, then triples), so
nothing holds the whole corpus at once. A record keeps every fact and statement with
its provenance (what ``kg extract`` prints, plus the negated, hedged and reported
facts) and the article's entities once each, referred to by index. It does not keep
the article text: only its length and the document IRI computed from it.

Stdlib only, so records can cross process and machine boundaries (Dask workers).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kg.types import Article, DocumentResult, Entity, Fact, Mention, Statement, TextSpan

__all__ = ["DocumentRecord", "from_json", "to_json"]

VERSION = 1


@dataclass
class DocumentRecord:
    """An analysed article as the reduce step needs it (no text, entities shared)."""

    iri: str
    article: Article  # with ``text`` left empty
    characters: int
    sentences: int
    date: str | None
    entities: list[Entity]  # what the article names, as resolved in it
    mention_counts: dict[str, int]  # entity key -> mentions in the text
    facts: list[Fact] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)

    def fact_entities(self) -> list[Entity]:
        """The subject and object of every fact, once per fact (they weigh names)."""
        return [m.entity for f in self.facts for m in (f.subject, f.object)]


def to_json(result: DocumentResult, iri: str) -> dict[str, Any]:
    """The record of one analysed article, as plain JSON values."""
    table: dict[Entity, int] = {}

    def index(entity: Entity) -> int:
        return table.setdefault(entity, len(table))

    def mention(m: Mention | None) -> list[Any] | None:
        return None if m is None else [m.text, m.start, m.end, index(m.entity)]

    article = result.article
    found = [index(e) for e in result.entities]
    counts: dict[str, int] = {}
    for m in result.mentions:
        counts[m.entity.key] = counts.get(m.entity.key, 0) + 1
    facts = [
        [mention(f.subject), f.predicate, mention(f.object), _span(f.sentence), f.rule, f.confidence,
         f.polarity, f.modality, mention(f.speaker), f.date]
        for f in result.facts
    ]
    statements = [
        [mention(s.speaker), _span(s.quote), _span(s.sentence), s.rule, s.date] for s in result.statements
    ]
    return {
        "v": VERSION,
        "iri": iri,
        "article": {
            "id": article.id, "title": article.title, "date": article.date, "url": article.url,
            "source": article.source, "path": article.path, "own_id": article.own_id,
        },
        "characters": len(article.text),
        "sentences": result.sentences,
        "date": result.date,
        "table": [[e.key, e.cls, e.label, sorted(e.aliases), e.of] for e in table],
        "entities": found,
        "mentions": counts,
        "facts": facts,
        "statements": statements,
    }


def from_json(data: dict[str, Any]) -> DocumentRecord:
    """Read back a record written by :func:`to_json`."""
    table = [Entity(key, cls, label, frozenset(aliases), of) for key, cls, label, aliases, of in data["table"]]
    doc_id = data["article"]["id"]

    def mention(value: list[Any] | None) -> Mention | None:
        return None if value is None else Mention(value[0], value[1], value[2], table[value[3]])

    facts = [
        Fact(doc_id, mention(s), p, mention(o), TextSpan(*sent), rule, conf, pol, mod, mention(spk), date)  # type: ignore[arg-type]
        for s, p, o, sent, rule, conf, pol, mod, spk, date in data["facts"]
    ]
    statements = [
        Statement(doc_id, mention(spk), TextSpan(*quote), TextSpan(*sent), rule, date)  # type: ignore[arg-type]
        for spk, quote, sent, rule, date in data["statements"]
    ]
    return DocumentRecord(
        iri=data["iri"],
        article=Article(text="", **data["article"]),
        characters=data["characters"],
        sentences=data["sentences"],
        date=data["date"],
        entities=[table[i] for i in data["entities"]],
        mention_counts=data["mentions"],
        facts=facts,
        statements=statements,
    )


def _span(span: TextSpan) -> list[Any]:
    return [span.start, span.end, span.text]
