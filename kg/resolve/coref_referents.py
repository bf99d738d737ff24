"""What a pronoun could point back to: the people an article has mentioned so far, and the
people it has mentioned without our knowing who they are.

A pronoun resolver that only knows the named people it was given links "he" to the wrong
man whenever the article's latest man is one it did not recognise ("Mr Balls said ..." with
"Balls" untagged, "the Tory leader argued ..."). So besides named people, the referents here
include *unknowns*: a person-shaped mention with no entity (an honorific and a name, an
untagged proper-noun subject, an unresolved "the minister", an unresolved "he"). An unknown
that could be the pronoun's referent makes the resolver leave the pronoun unresolved.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from kg.lexicon import title_words
from kg.quote_marks import quote_regions
from kg.resolve.gender import Gender, honorific_gender

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Role = Literal["root_subject", "subject", "other"]

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# Entity types that are never a person, so an untagged proper-noun subject of these is no one.
_NOT_PERSON_TYPES = {"ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"}
_GENDERED_NOUNS: dict[str, Gender] = {
    "man": "m", "spokesman": "m", "chairman": "m", "congressman": "m", "king": "m", "prince": "m",
    "woman": "f", "spokeswoman": "f", "chairwoman": "f", "congresswoman": "f", "queen": "f", "princess": "f",
}  # fmt: skip


@dataclass(frozen=True)
class Referent:
    """One mention of a person, in text order: ``key`` None for a person we cannot name."""

    sent: int
    i: int
    key: str | None
    gender: Gender | None
    role: Role


def quoted_tokens(doc: Doc) -> set[int]:
    """Indexes of the tokens inside quote marks (a speaker's own words)."""
    inside: set[int] = set()
    for start, end in quote_regions(doc.text):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            inside.update(range(span.start, span.end))
    return inside


def name_head(tok: Token) -> Token:
    """The head word of the name a token belongs to ('Ellen' -> 'Tauscher')."""
    head = tok
    while head.dep_ in {"compound", "flat"} and head.head.i != head.i:
        head = head.head
    return head


def role_of(tok: Token) -> Role:
    """Whether a mention is the subject of its clause, and of the sentence's main clause.

    A name in apposition to a subject counts as that subject ("Director, David Caldwell, said").
    """
    head = name_head(tok)
    if head.dep_ == "appos" and head.head.dep_ in SUBJECT_DEPS:
        head = head.head
    if head.dep_ not in SUBJECT_DEPS:
        return "other"
    verb = head.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return "root_subject" if verb.dep_ == "ROOT" else "subject"


# Determiners that make a post or a person-noun no one in particular ("every teacher", "any minister").
_ANY_ONE = frozenset({"every", "each", "any", "no", "all"})


def unknown_person(tok: Token, person_at: dict[int, str]) -> Gender | Literal["?"] | None:
    """If ``tok`` heads a mention of a person we have no entity for, that person's gender ('?' if unknown).

    "Mr Balls" with 'Balls' untagged; "Theresa May told ..." with 'May' read as a month; "the
    Tory leader argued" or "a spokeswoman said" with no named person behind them.
    """
    if tok.i in person_at or tok.dep_ in {"compound", "flat"}:
        return None  # named, or part of a name
    honorific = next((c for c in tok.lefts if c.dep_ in {"compound", "flat"} and honorific_gender(c.text)), None)
    if honorific is not None and tok.pos_ == "PROPN" and honorific.i not in person_at:
        return honorific_gender(honorific.text)  # "Mr Kilroy-Silk" read as an organisation is still a man
    if tok.ent_type_ in _NOT_PERSON_TYPES:
        return None  # "the Scottish Executive"
    if tok.dep_ == "attr":
        return None  # "he remains a member of the party": said of the subject, no one new
    if tok.dep_ == "appos" and name_head(tok.head).i in person_at:
        return None  # "Michael Howard, the Tory leader": Howard himself
    if any(c.dep_ == "appos" and c.i in person_at for c in tok.children):
        return None  # "the director, David Caldwell"
    if tok.pos_ == "PROPN" and tok.lower_ not in title_words():
        before = tok.doc[tok.i - 1] if tok.i > 0 else None
        if before is not None and (said := honorific_gender(before.text)) is not None and before.i not in person_at:
            return said
        first_names = [c for c in tok.children if c.dep_ in {"compound", "flat"} and c.i < tok.i and c.pos_ == "PROPN"]
        if (tok.dep_ in SUBJECT_DEPS and tok.ent_type_ not in {"DATE", "TIME"}) or (tok.ent_type_ == "PERSON" and first_names):
            return _first_name_gender(tok) or "?"  # "Theresa May told ...", "a book by Robert Preston"
        return None
    if tok.pos_ in {"NOUN", "PROPN"} and (tok.lower_ in title_words() or tok.lower_ in _GENDERED_NOUNS):
        if any(c.dep_ in {"det", "poss"} and c.lower_ not in _ANY_ONE for c in tok.children):
            return _GENDERED_NOUNS.get(tok.lower_, "?")  # not "every teacher": no one in particular
    return None


def _first_name_gender(tok: Token) -> Gender | None:
    from kg.resolve.gender import first_name_gender

    words = [c.text for c in tok.children if c.dep_ in {"compound", "flat"} and c.i < tok.i]
    return first_name_gender(" ".join([*words, tok.text])) if words else None
