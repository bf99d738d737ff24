"""Find the entity mentions in a parsed article and type them by our ontology classes.

spaCy's labels are a start, not the answer: the small model tags people as
organisations ("expert Alexei Arbatov"), capitals as countries, and runs titles
into names. This module corrects those from context before anything is linked.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.lexicon import honorifics, office_words, speech_verbs
from kg.resolve.countries import country_named, country_of_capital, country_of_demonym
from kg.syntax import POSSESSIVE, is_title_word, split_office_and_name, title_before

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_AGENT_DEPS = {"nsubj", "nsubjpass", "dobj", "iobj", "poss", "agent", "appos", "conj", "compound"}
_PLACE_PREPS = {"in", "at", "from", "near", "to", "into", "across", "outside", "inside", "around", "on", "across"}


@dataclass
class RawMention:
    """A typed span before linking: token range, class, and the name it gives."""

    start: int
    end: int
    cls: str
    name: str
    country: str | None = None  # canonical country name, for Country mentions


def find_mentions(doc: Doc) -> list[RawMention]:
    """Typed mentions of people, countries, organisations and places, in text order."""
    found: list[RawMention] = []
    for ent in doc.ents:
        mention = _typed(ent)
        if mention is not None:
            found.append(mention)
    return found


def _trim(span: Span) -> Span | None:
    """Drop a leading 'the', a trailing possessive and anything after an inner possessive."""
    start, end = span.start, span.end
    doc = span.doc
    for i in range(start, end):
        if doc[i].text in POSSESSIVE or doc[i].tag_ == "POS":
            end = i
            break
    while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in {"of", "and", "for"}):
        end -= 1
    if start >= end:
        return None
    return doc[start:end]


def _typed(ent: Span) -> RawMention | None:
    span = _trim(ent)
    if span is None:
        return None
    label = ent.label_
    text = span.text
    if label == "ORG" and "-" in text and all(country_named(p) for p in text.split("-")):
        return None  # "U.S.-Russia" names a relationship, not an organisation
    if label == "ORG" and _part_of_title(span):
        return None  # "Defence" in "Defence Secretary Jane Smith" is part of the title
    if label in {"GPE", "LOC", "NORP", "ORG", "PERSON", "FAC"}:
        country = country_named(text)
        if country and label != "PERSON":
            return RawMention(span.start, span.end, "Country", country, country)
    if label == "NORP":
        return _demonym(span)
    if label == "GPE":
        capital_of = country_of_capital(text)
        if capital_of and _acts_as_agent(span):
            return RawMention(span.start, span.end, "Country", capital_of, capital_of)
        return RawMention(span.start, span.end, "Place", text)
    if label in {"LOC", "FAC"}:
        return RawMention(span.start, span.end, "Place", text)
    if label == "ORG":
        return _organisation_or_person(span)
    if label == "PERSON":
        return _person(span)
    return None


def _part_of_title(span: Span) -> bool:
    doc = span.doc
    follows = doc[span.end] if span.end < len(doc) else None
    return (
        follows is not None
        and is_title_word(follows)
        and all(t.lower_ in office_words() or is_title_word(t) for t in span)
    )


def _demonym(span: Span) -> RawMention | None:
    """'Russians' acting as a group is the country; 'Russian' as an adjective is not a mention."""
    country = country_of_demonym(span.text)
    root = span.root
    if country and root.tag_ in {"NNPS", "NNS"} and root.dep_ in _AGENT_DEPS | {"pobj"}:
        return RawMention(span.start, span.end, "Country", country, country)
    return None


def _acts_as_agent(span: Span) -> bool:
    """'Moscow did not accept' acts; 'talks in Moscow' is a place."""
    root = span.root
    if root.dep_ == "pobj":
        return root.head.lower_ not in _PLACE_PREPS
    return root.dep_ in _AGENT_DEPS


def _organisation_or_person(span: Span) -> RawMention | None:
    doc = span.doc
    name_range = split_office_and_name(span)
    if name_range is not None:
        start, end = name_range
        return RawMention(start, end, "Person", _clean_name(doc[start:end]))
    if _looks_like_person(span):
        return RawMention(span.start, span.end, "Person", _clean_name(span))
    capital_of = country_of_capital(span.text)
    if capital_of:
        if _acts_as_agent(span):
            return RawMention(span.start, span.end, "Country", capital_of, capital_of)
        return RawMention(span.start, span.end, "Place", span.text)
    return RawMention(span.start, span.end, "Organization", span.text)


def _looks_like_person(span: Span) -> bool:
    """A name after a title, or the subject of 'said', is a person whatever the tag."""
    doc = span.doc
    if any(not t.is_alpha and t.text not in {".", "-"} for t in span) or len(span) > 4:
        return False
    if any(t.lower_ in {"party", "ministry", "council", "union", "bank", "group"} for t in span):
        return False
    if title_before(doc, span.start) is not None:
        return True
    root = span.root
    if root.dep_ == "nsubj" and root.head.lemma_ in speech_verbs():
        return True
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.lemma_ in speech_verbs() and nxt.pos_ == "VERB":
        return True
    prev = doc[span.start - 1] if span.start > 0 else None
    return bool(prev is not None and prev.lemma_ in speech_verbs() and prev.pos_ == "VERB" and root.dep_ in {"nsubj", "npadvmod"})


def _person(span: Span) -> RawMention | None:
    if len(span) == 1 and is_title_word(span[0]):
        return None
    return RawMention(span.start, span.end, "Person", _clean_name(span))


def _clean_name(span: Span) -> str:
    """The name without honorifics: 'Mr Blair' -> 'Blair'."""
    words = [t.text for t in span]
    while len(words) > 1 and words[0].lower().rstrip(".") in honorifics():
        words = words[1:]
    return " ".join(words)


def is_honorific(token: Token) -> bool:
    return token.lower_.rstrip(".") in honorifics()
