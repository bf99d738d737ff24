"""Places the small model tags as organisations: datelines and "town, state" pairs.

"ROYAL OAK, Mich." and "Hauppauge, N.Y." open wire stories; "Mineral Wells, Texas"
and "Stockton-on-Tees, England" name towns by their state or country. A span right
before a comma and a US state (pycountry's subdivisions, plus news abbreviations
from ``kg/data/resolve_us_states.txt``) or a country is a place, whatever the tag.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.lexicon import us_state_abbreviations
from kg.resolve.countries import country_named

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_UK_NATIONS = {"england", "scotland", "wales", "northern ireland"}


@lru_cache(maxsize=None)
def _us_states() -> frozenset[str]:
    import pycountry

    names: set[str] = set(us_state_abbreviations())
    for sub in pycountry.subdivisions.get(country_code="US") or []:
        names.add(sub.name.lower())
        names.add(sub.code.split("-")[1].lower())
    return frozenset(names)


@lru_cache(maxsize=None)
def _us_state_names() -> frozenset[str]:
    import pycountry

    return frozenset(sub.name.lower() for sub in pycountry.subdivisions.get(country_code="US") or [])


def is_region_name(text: str) -> bool:
    """'Texas', 'Wales': a US state or UK nation written out in full (no abbreviation such as 'Ken')."""
    return text.lower() in _us_state_names() or text.lower() in _UK_NATIONS


def is_us_state(text: str) -> bool:
    """'Mich', 'N.Y.', 'Texas', 'TX' name a US state."""
    return text.lower().replace(".", "").replace(" ", "") in _us_states() or text.lower() in _us_states()


def region_at(doc: Doc, i: int) -> int | None:
    """End token index of a state, UK nation or country name starting at token ``i``, if any."""
    for length in (3, 2, 1):
        if i + length > len(doc):
            continue
        span = doc[i : i + length]
        if any(not t.text[:1].isupper() and t.text != "." for t in span):
            continue
        text = span.text
        if is_us_state(text) or text.lower() in _UK_NATIONS or country_named(text):
            return i + length
    return None


def is_town_of_region(span: Span) -> bool:
    """'ROYAL OAK , Mich' / 'Mineral Wells, Texas': the span names a town in a state or country."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    end = region_at(doc, span.end + 1)
    if end is None:
        return False
    # "Smith, Texas Governor ..." goes on into a title and "Ryabkov, Russia's deputy foreign
    # minister" into an apposition; a town's region ends the phrase.
    if end < len(doc) and (doc[end].tag_ == "POS" or doc[end].text in {"'s", "\u2019s", "'", "\u2019"}):
        return False
    return end >= len(doc) or not (doc[end].pos_ in {"NOUN", "PROPN"} and doc[end].text[:1].isupper())


def is_region_after_town(span: Span) -> bool:
    """'Mich' in 'ROYAL OAK , Mich': a state right after a capitalised name and a comma."""
    doc = span.doc
    return (
        span.start >= 2
        and doc[span.start - 1].text == ","
        and doc[span.start - 2].text[:1].isupper()
        and is_us_state(span.text)
    )


_ACRONYM = re.compile(r"[A-Z]{1,4}[0-9]{0,2}")
_PLACE_ACRONYMS = frozenset({"LA", "NYC", "DC", "HK", "SF"})  # cities news names by their letters


def is_acronym_body(span: Span) -> bool:
    """'G7', 'G20', 'BT': an acronym the model took for a place names a group or a firm, unless a US state's or a city's."""
    text = span.text
    return len(span) == 1 and _ACRONYM.fullmatch(text) is not None and text.lower() not in us_state_abbreviations() \
        and text not in _PLACE_ACRONYMS
