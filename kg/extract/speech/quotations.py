"""Who says what: quotations, reported speech and their speakers.

A quotation is a token range with its speaker. Direct quotes are found by
their quote marks (news style continues a quote across paragraphs by opening
each new paragraph with a quote mark and closing only the last); reported
speech is the clausal complement of a reporting verb ("Antonov said [S]").
Whose side a speaker is on, and what "we" inside their words stands for, is read by
:mod:`kg.extract.speech.sides`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from kg.quote_marks import quote_regions
from kg.extract.speech.speakers import according_to, reporting_verb_near, speaker_of
from kg.lexicon import speech_verbs
from kg.syntax import tokens
from kg.types import Mention, Statement, TextSpan

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kg.resolve.document import DocEntities

RULE = "speech.quotation/1"


@dataclass(frozen=True)
class Quotation:
    """Words attributed to a speaker: token range [start, end) and character span."""

    start: int
    end: int
    span: TextSpan
    speaker: Mention | None
    direct: bool


def find_quotations(doc: Doc, entities: DocEntities) -> list[Quotation]:
    """Direct quotations and reported clauses, each with its speaker when one is found."""
    quotations: list[Quotation] = []
    covered: set[int] = set()
    unframed: set[int] = set()  # direct quotes with no reporting verb of their own
    for start_char, end_char in quote_regions(doc.text):
        span = doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is None or len(span) < 2:
            continue
        verb = reporting_verb_near(doc, span.start, span.end)
        speaker = speaker_of(verb, entities) if verb is not None else None
        if verb is None:
            unframed.add(span.start)
        quotations.append(Quotation(span.start, span.end, _text_span(doc, span.start, span.end), speaker, True))
        covered.update(range(span.start, span.end))
    for verb in tokens(doc):
        if verb.lemma_ not in speech_verbs() or verb.pos_ != "VERB" or verb.i in covered:
            continue
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if clause is None:
            continue
        left, right = clause.left_edge.i, clause.right_edge.i + 1
        if any(i in covered for i in range(left, right)):
            continue
        quotations.append(Quotation(left, right, _text_span(doc, left, right), speaker_of(verb, entities), False))
    said = covered | {i for q in quotations for i in range(q.start, q.end)}
    for left, right, source in according_to(doc, entities):
        if not any(i in said for i in range(left, right)):
            quotations.append(Quotation(left, right, _text_span(doc, left, right), source, False))
    quotations.sort(key=lambda q: q.start)
    return _continued(doc, quotations, unframed)


def _text_span(doc: Doc, start: int, end: int) -> TextSpan:
    span = doc[start:end]
    return TextSpan(span.start_char, span.end_char, span.text)


def _continued(doc: Doc, quotations: list[Quotation], unframed: set[int]) -> list[Quotation]:
    """A quote standing alone as its own sentences, right after someone's words, goes on with their words.

    'Ms Vane said the levy was unfair. "It hits the smallest firms hardest."' The quote
    must fill its sentences, and the words before must end in the sentence just before it.
    """
    result: list[Quotation] = []
    for quotation in quotations:
        previous = result[-1] if result else None
        if (
            quotation.speaker is None
            and quotation.start in unframed
            and previous is not None
            and previous.speaker is not None
            and _stands_alone(doc, quotation)
            and _ends_just_before(doc, previous, quotation)
        ):
            quotation = replace(quotation, speaker=previous.speaker)
        result.append(quotation)
    return result


def _stands_alone(doc: Doc, quotation: Quotation) -> bool:
    """The quote opens a sentence and nothing but punctuation follows it before the next one."""
    text = doc.text
    before = text[: quotation.span.start].rstrip()
    if before[-1:] in {'"', "\u201c"}:
        before = before[:-1].rstrip()
    if before and before[-1] not in '.?!"\u201d\n':
        return False
    last = doc[quotation.end - 1]
    if last.text not in {".", "?", "!"} and not quotation.span.text.rstrip().endswith((".", "?", "!")):
        return False
    after = text[quotation.span.end : quotation.span.end + 3].lstrip("\"\u201d \t")
    return after == "" or after[0] == "\n" or after[0].isupper()


def _ends_just_before(doc: Doc, previous: Quotation, quotation: Quotation) -> bool:
    """The previous words end in the sentence right before the quote opens (or in the same one)."""
    if previous.end > quotation.start:
        return False
    opening = doc[quotation.start].sent
    prior_end = doc[previous.end - 1].sent
    if prior_end.start == opening.start:
        return True
    return opening.start > 0 and doc[opening.start - 1].sent.start == prior_end.start


def statements(doc_id: str, doc: Doc, quotations: list[Quotation], date: str | None) -> list[Statement]:
    """One Statement per quotation with a known speaker."""
    found = []
    for quotation in quotations:
        if quotation.speaker is None:
            continue
        sentence = doc[quotation.start].sent
        found.append(
            Statement(
                doc_id=doc_id,
                speaker=quotation.speaker,
                quote=quotation.span,
                sentence=TextSpan(sentence.start_char, sentence.end_char, sentence.text),
                rule=RULE,
                date=date,
            )
        )
    return found
