"""Who says what: quotations, reported speech and their speakers.

A quotation is a token range with its speaker. Direct quotes are found by
their quote marks (news style continues a quote across paragraphs by opening
each new paragraph with a quote mark and closing only the last); reported
speech is the clausal complement of a reporting verb ("Antonov said [S]").
Inside a quotation, "we", "our" and "us" stand for the speaker's side.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.lexicon import speech_verbs
from kg.syntax import title_before, tokens
from kg.types import Mention, Statement, TextSpan

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kg.extract.context import ExtractionContext
    from kg.resolve.document import DocEntities

RULE = "speech.quotation/1"
_OPEN = {"\u201c": "\u201d", "\u00ab": "\u00bb", '"': '"'}
_WE = {"we", "our", "us", "ours", "ourselves"}


@dataclass(frozen=True)
class Quotation:
    """Words attributed to a speaker: token range [start, end) and character span."""

    start: int
    end: int
    span: TextSpan
    speaker: Mention | None
    direct: bool


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quote marks, continuing across paragraphs that reopen them."""
    regions: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in _OPEN:
            close = _OPEN[ch]
            j = i + 1
            while j < n and text[j] != close:
                if text[j] == "\n":
                    k = j
                    while k < n and text[k].isspace():
                        k += 1
                    if k < n and text[k] == ch:
                        j = k + 1  # the quote continues in the next paragraph
                        continue
                    break
                j += 1
            if j - i > 1:
                regions.append((i + 1, j))
            i = j + 1
        else:
            i += 1
    return regions


def find_quotations(doc: Doc, entities: DocEntities) -> list[Quotation]:
    """Direct quotations and reported clauses, each with its speaker when one is found."""
    quotations: list[Quotation] = []
    covered: set[int] = set()
    for start_char, end_char in quote_regions(doc.text):
        span = doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is None or len(span) < 2:
            continue
        verb = _reporting_verb_near(doc, span.start, span.end)
        speaker = _speaker_of(verb, entities) if verb is not None else None
        quotations.append(Quotation(span.start, span.end, TextSpan(span.start_char, span.end_char, span.text), speaker, True))
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
        span = doc[left:right]
        quotations.append(
            Quotation(left, right, TextSpan(span.start_char, span.end_char, span.text), _speaker_of(verb, entities), False)
        )
    quotations.sort(key=lambda q: q.start)
    return quotations


def _reporting_verb_near(doc: Doc, start: int, end: int) -> Token | None:
    """The reporting verb of a quote: right after it, else in the sentence that opens it."""
    after = doc[end : min(len(doc), end + 8)]
    for tok in after:
        if tok.lemma_ in speech_verbs() and tok.pos_ in {"VERB", "AUX"}:
            return tok
        if tok.text == "\u201c" or (tok.text == '"' and tok.i > end + 1):
            break
    before = doc[doc[start].sent.start : start]
    for tok in reversed(list(before)):
        if tok.lemma_ in speech_verbs() and tok.pos_ == "VERB":
            return tok
    return None


def _speaker_of(verb: Token, entities: DocEntities) -> Mention | None:
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            mention = entities.at(child)
            if mention is None:
                continue
            return mention
    return None


def speaker_sides(doc: Doc, entities: DocEntities, quotations: list[Quotation]) -> dict[str, Mention]:
    """Each speaker's country or organisation: the one most named in the sentences they speak in."""
    counts: dict[str, Counter[str]] = {}
    mention_of: dict[str, Mention] = {}
    sides: dict[str, Mention] = {}
    for mention in entities.mentions:
        if mention.entity.cls == "Person" and mention.entity.key not in sides:
            country = _title_country(doc, entities, mention)
            if country is not None:
                sides[mention.entity.key] = country
    for quotation in quotations:
        if quotation.speaker is None or quotation.speaker.entity.key in sides:
            continue
        sent = doc[quotation.start].sent
        counter = counts.setdefault(quotation.speaker.entity.key, Counter())
        for mention in entities.in_range(sent.start, sent.end):
            if mention.entity.cls in {"Country", "Organization"} and mention.text[:1].isupper():
                counter[mention.entity.key] += 1
                mention_of[mention.entity.key] = mention
    for speaker, counter in counts.items():
        if counter:
            sides[speaker] = mention_of[counter.most_common(1)[0][0]]
    return sides


def _title_country(doc: Doc, entities: DocEntities, mention: Mention) -> Mention | None:
    """The country a person's title names: 'U.S. Under Secretary', 'Russian ... expert'."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return None
    found = title_before(doc, span.start)
    if found is None:
        return None
    for i in range(*found):
        named = entities.at(doc[i])
        if named is not None and named.entity.cls == "Country":
            return named
        country = entities.demonym_country(doc[i])
        if country is not None:
            return country
    return None


def resolve_first_person(doc: Doc, entities: DocEntities, quotations: list[Quotation], sides: dict[str, Mention]) -> None:
    """Inside a quotation, 'we'/'our'/'us' refer to the speaker's side; 'I'/'my' to the speaker."""
    for quotation in quotations:
        if quotation.speaker is None or not quotation.direct:
            continue
        side = sides.get(quotation.speaker.entity.key)
        for tok in doc[quotation.start : quotation.end]:
            if tok.i in entities.by_token:
                continue
            lower = tok.lower_
            if lower in _WE and side is not None:
                entities.by_token[tok.i] = Mention(tok.text, tok.idx, tok.idx + len(tok.text), side.entity)
            elif lower in {"i", "me", "my"}:
                entities.by_token[tok.i] = Mention(tok.text, tok.idx, tok.idx + len(tok.text), quotation.speaker.entity)


def statements(ctx: ExtractionContext) -> list[Statement]:
    """One Statement per quotation with a known speaker."""
    found = []
    for quotation in ctx.quotations:
        if quotation.speaker is None:
            continue
        sentence = ctx.doc[quotation.start].sent
        found.append(
            Statement(
                doc_id=ctx.doc_id,
                speaker=quotation.speaker,
                quote=quotation.span,
                sentence=TextSpan(sentence.start_char, sentence.end_char, sentence.text),
                rule=RULE,
                date=ctx.date,
            )
        )
    return found
