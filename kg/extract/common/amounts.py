"""Figures that say which plan is meant: "a 50% tax rate", "£35bn cuts", "a 22-week limit".

A plan's name keeps its figure (a 40% rate is another plan than a 50% one), though other
numbers before a noun ("two missiles", "five barristers") say how many, not which.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_DURATION = re.compile(r"^\d+(\.\d+)?[- ]?(hour|day|week|month|year)s?$")


def is_amount(tok: Token) -> bool:
    """Part of a percentage, a sum of money or a length of time ('a 22-week limit', 'the 15 year embargo')."""
    if tok.ent_type_ in {"PERCENT", "MONEY"} or tok.tag_ == "$" and tok.i + 1 < len(tok.doc) and tok.nbor().ent_type_ == "MONEY":
        return True  # "£" before the figure the model tagged alone
    if tok.ent_type_ != "DATE" or tok.dep_ == "det":
        return False
    entity = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    words = [t.text for t in entity if t.dep_ != "det"] if entity is not None else []
    return bool(_DURATION.match(" ".join(words).replace(" - ", "-")))
