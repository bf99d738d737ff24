"""What a personal name looks like, so that mis-tagged spans can be retyped safely.

"Labour said" and "the Home Office said" are organisations speaking; "Vince Cable
said" is a person. The difference is the shape of the name: one to three
capitalised words, none of them office, party or title vocabulary, no acronym,
no plural, no country.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.lexicon import honorifics, name_prefixes, office_words, title_words
from kg.resolve.countries import country_named, country_of_capital, country_of_demonym
from kg.resolve.raw import RawMention

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_WORD = re.compile(r"^[A-Z][A-Za-z]*(?:['\u2019-][A-Za-z]+)*$")
_INITIAL = re.compile(r"^[A-Z]\.?$")


def is_honorific(token: Token) -> bool:
    """'Mr', 'Ms.', 'Lord', 'Dr' (capitalised, so 'lord' the noun is not one)."""
    return token.text[:1].isupper() and token.lower_.rstrip(".") in honorifics()


def _name_word(token: Token) -> bool:
    text = token.text
    if _INITIAL.match(text):
        return True
    if not _WORD.match(text) or (text.isupper() and len(text) > 1):
        return False  # "QCA", "TUC", "ROYAL": acronyms and all-caps headings
    lower = token.lower_
    if lower in office_words() or lower in title_words() or lower in name_prefixes() or token.is_stop:
        return False
    if token.tag_ in {"NNS", "NNPS"} or (lower.endswith("s") and lower[:-1] in title_words()):
        return False  # "Tories", "Gibraltarians", "Motors", "MPs"
    if token.pos_ == "ADJ" and token.dep_ == "amod":
        return False  # "Welsh quangos"
    return not (country_named(text) or country_of_demonym(text) or country_of_capital(text))


def has_name_shape(tokens: Sequence[Token] | Span, max_words: int = 3) -> bool:
    """One to ``max_words`` words that could each be part of a personal name.

    A hyphen written between two words without spaces joins them into one ("Kilroy-Silk").
    """
    words = [t for t in tokens if not _joining_hyphen(t)]
    if not 1 <= len(words) <= max_words:
        return False
    if all(_INITIAL.match(t.text) for t in words):
        return False
    return all(_name_word(t) for t in words)


def _joining_hyphen(token: Token) -> bool:
    doc = token.doc
    return (
        token.text == "-"
        and not token.whitespace_
        and 0 < token.i < len(doc) - 1
        and not doc[token.i - 1].whitespace_
        and doc[token.i - 1].is_alpha
        and doc[token.i + 1].is_alpha
    )


def strip_name_prefix(span: Span) -> int:
    """Index of the first name token after party, status and title words ('Tory Lord' -> end)."""
    i = span.start
    doc = span.doc
    while i < span.end:
        tok = doc[i]
        lower = tok.lower_.rstrip(".")
        if lower in name_prefixes() or lower in title_words() or lower in honorifics() or tok.text == "-":
            i += 1
        elif country_of_demonym(tok.text) or lower in {"the", "a", "an"}:
            i += 1
        else:
            break
    return i


# Letters after a name that say who a person is: "Guy Marsh QC" is a barrister, whatever the tagger says.
POST_NOMINALS = frozenset({"QC", "KC"})


def honoured_name(span: Span) -> RawMention | None:
    """'Mr Balls', 'Lord Butler' (honorific inside or right before the span), 'Guy Marsh QC' name a person."""
    doc = span.doc
    if is_honorific(span[0]) and len(span) > 1 and has_name_shape(span[1:]):
        return RawMention(span.start, span.end, "Person", clean_name(span))
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and is_honorific(before) and has_name_shape(span):
        return RawMention(span.start, span.end, "Person", clean_name(span))
    if len(span) > 2 and span[-1].text in POST_NOMINALS and has_name_shape(span[:-1]):
        return RawMention(span.start, span.end, "Person", clean_name(span))
    return None


def clean_name(span: Span) -> str:
    """The name without honorifics, spelled as written: 'Mr Blair' -> 'Blair', 'Anna Lloyd-Webber'."""
    start = span.start
    while span.end - start > 1 and span.doc[start].lower_.rstrip(".") in honorifics():
        start += 1
    return " ".join(span.doc[start : span.end].text.split())
