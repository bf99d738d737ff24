"""What every relation rule sees: the parse, the resolved entities, and who is speaking where."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kg.dates import as_date, resolve_date
from kg.types import Entity, Fact, Mention, TextSpan

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from kg.extract.speech.quotations import Quotation
    from kg.resolve.document import DocEntities


@dataclass
class ExtractionContext:
    """One article, parsed and resolved, ready for relation rules."""

    doc_id: str
    doc: Doc
    entities: DocEntities
    quotations: list[Quotation] = field(default_factory=list)
    date: str | None = None
    sides: dict[str, Mention] = field(default_factory=dict)  # speaker key -> their country/organisation

    def mention(self, token: Token) -> Mention | None:
        """The resolved entity mention covering ``token`` (names, pronouns, descriptions)."""
        return self.entities.at(token)

    def quotation_at(self, token: Token) -> Quotation | None:
        """The quotation (direct or reported) that ``token`` is inside, if any."""
        for quotation in self.quotations:
            if quotation.start <= token.i < quotation.end:
                return quotation
        return None

    def new_mention(
        self, span: Span, cls: str, label: str, of: str | None = None, aliases: frozenset[str] = frozenset()
    ) -> Mention:
        """A mention of a node the text introduces itself: a role, system or plan, with other names a reader uses."""
        key = f"{cls.lower()}:{label.lower()}" + (f"|{of}" if of else "")
        entity = Entity(key, cls, label, frozenset(a for a in aliases if a.lower() != label.lower()), of)
        return Mention(span.text, span.start_char, span.end_char, entity)

    def sentence_span(self, token: Token) -> TextSpan:
        sent = token.sent
        return TextSpan(sent.start_char, sent.end_char, sent.text)

    def fact(
        self,
        subject: Mention,
        predicate: str,
        obj: Mention,
        anchor: Token,
        rule: str,
        confidence: float,
        *,
        polarity: str = "positive",
        modality: str = "asserted",
        date: str | None = None,
        presupposed: bool = False,
        first_hand: frozenset[str] = frozenset(),
        act_of: Mention | None = None,
        condition: str | None = None,
    ) -> Fact:
        """A fact read at ``anchor``, made 'reported' when it sits inside someone's words.

        ``presupposed`` facts are how the text names things ("my counterpart Deputy Foreign
        Minister Ryabkov"): they stay asserted inside a quotation, with the speaker recorded.
        Inside quote marks whose speaker is not found, any other fact is 'reported' too.
        ``first_hand`` are entity keys whose speakers know the act as their own besides its
        subject: the host country of a deployment ("NATO will station radars in Turkey,
        the Turkish foreign minister said"). ``act_of`` is whose act the fact is part of when
        that is not its subject: where a side says it puts its brigade is on the record as
        its deployment is.
        """
        speaker = None
        quotation = self.quotation_at(anchor)
        if quotation is not None and quotation.speaker is not None:
            speaker = quotation.speaker
            side = self.sides.get(speaker.entity.key)
            actor, act = (act_of, "deploys") if act_of is not None else (subject, predicate)
            own = _own_stance(act, actor, speaker, side) or _first_hand(act, first_hand, speaker, side)
            own = own or act in OWN_ACTS and actor.entity.key in self._co_speakers(speaker)
            if modality == "asserted" and not presupposed and not own:
                modality = "reported"
        elif quotation is not None and quotation.direct and modality == "asserted" and not presupposed:
            modality = "reported"  # words in quote marks are someone's, even when we cannot say whose
        if date is not None:
            date = resolve_date(date, as_date(self.date)) or date
        return Fact(
            doc_id=self.doc_id,
            subject=subject,
            predicate=predicate,
            object=obj,
            sentence=self.sentence_span(anchor),
            rule=rule,
            confidence=confidence,
            polarity=polarity,  # type: ignore[arg-type]
            modality=modality,  # type: ignore[arg-type]
            speaker=speaker,
            date=date,
            condition=condition,
        )

    def _co_speakers(self, speaker: Mention) -> set[str]:
        """'Labour and the Tories said ...': the entities speaking with the one a quotation records."""
        span = self.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        if span is None:
            return set()
        return {m.entity.key for c in span.root.conjuncts if (m := self.mention(c)) is not None}


STANCES = {"opposes", "supports", "proposes"}
# What a side's own spokesperson announces about its own acts is the side's act, on the record:
# "Germany will station a brigade in Lithuania, German Defence Minister Klaus Brenner said".
OWN_ACTS = STANCES | {"deploys"}


def _own_stance(predicate: str, subject: Mention, speaker: Mention, side: Mention | None) -> bool:
    """A speaker stating their own (or their side's) stance or act is doing it, not reporting it."""
    if predicate not in OWN_ACTS:
        return False
    own = {speaker.entity.key} | ({side.entity.key} if side is not None else set())
    return subject.entity.key in own or subject.text.lower() in {"we", "i", "us", "our"}


def _first_hand(predicate: str, keys: frozenset[str], speaker: Mention, side: Mention | None) -> bool:
    """The speaker (or their side) is among those who know the act first hand."""
    if predicate not in OWN_ACTS or not keys:
        return False
    return speaker.entity.key in keys or (side is not None and side.entity.key in keys)
