"""Frozen records that flow from extraction to RDF (stdlib only).

Every fact carries its provenance: document, sentence, character offsets, the
rule that produced it and a confidence, so any triple can be traced back to
the words it was read from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Polarity = Literal["positive", "negative"]
Modality = Literal["asserted", "reported", "hypothetical"]


@dataclass(frozen=True)
class Article:
    """One input document: its text and what the source says about it."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None
    path: str | None = field(default=None, compare=False)  # where it was read: provenance, not identity
    own_id: bool = False  # ``id`` is the source's own (JSONL), not derived from a path


@dataclass(frozen=True)
class Entity:
    """A real-world thing named in the text, after resolution.

    ``key`` identifies the entity within one build (``"person:ellen tauscher"``);
    ``label`` is the fullest common name and ``aliases`` every name seen.
    """

    key: str
    cls: str
    label: str
    aliases: frozenset[str] = frozenset()
    of: str | None = None  # for roles: the key of whose role it is


@dataclass(frozen=True)
class Mention:
    """Where an entity is named: character offsets into the document text."""

    text: str
    start: int
    end: int
    entity: Entity


@dataclass(frozen=True)
class TextSpan:
    """A stretch of the document text, by character offsets (end exclusive)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Fact:
    """One relation read from one sentence, with where it came from."""

    doc_id: str
    subject: Mention
    predicate: str
    object: Mention
    sentence: TextSpan
    rule: str
    confidence: float
    polarity: Polarity = "positive"
    modality: Modality = "asserted"
    speaker: Mention | None = None
    date: str | None = None
    condition: str | None = None  # "unless ministers drop the fines": what a stated stance depends on

    @property
    def asserted(self) -> bool:
        """Whether the text states this as a plain fact (not negated, hedged or reported)."""
        return self.polarity == "positive" and self.modality == "asserted"


@dataclass(frozen=True)
class Statement:
    """Reported speech: who said what, where."""

    doc_id: str
    speaker: Mention
    quote: TextSpan
    sentence: TextSpan
    rule: str
    date: str | None = None


@dataclass
class DocumentResult:
    """Everything read from one article."""

    article: Article
    sentences: int = 0
    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    date: str | None = None  # the document's own date, from metadata or dateline
