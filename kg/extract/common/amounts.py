"""Figures that say which plan is meant: "a 50% tax rate", "£35bn cuts", "a 22-week limit".

A plan's name keeps its figure (a 40% rate is another plan than a 50% one), though other
numbers before a noun ("two missiles", "five barristers") say how many, not which.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred"
_DURATION = re.compile(rf"^(\d+(\.\d+)?|{_NUMBER_WORDS})[- ]?(hour|day|week|month|year)s?$", re.IGNORECASE)


def is_amount(tok: Token) -> bool:
    """Part of a percentage, a sum of money or a length of time ('a 22-week limit', 'a two year deal')."""
    if tok.ent_type_ in {"PERCENT", "MONEY"} or tok.tag_ == "$" and tok.i + 1 < len(tok.doc) and tok.nbor().ent_type_ == "MONEY":
        return True  # "£" before the figure the model tagged alone
    if tok.ent_type_ != "DATE" or tok.dep_ == "det":
        return False
    words = [t.text for t in _entity_tokens(tok) if t.dep_ != "det"]
    return bool(_DURATION.match(" ".join(words).replace(" - ", "-")))


def _entity_tokens(tok: Token) -> list[Token]:
    """The tokens of the entity ``tok`` is in, read from the IOB tags (``doc.ents`` builds every span anew)."""
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return list(doc[start:end])
