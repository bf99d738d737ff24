"""Figures that say which plan is meant: "a 50% tax rate", "£35bn cuts", "a 22-week limit".

A plan's name keeps its figure (a 40% rate is another plan than a 50% one), though other
numbers before a noun ("two missiles", "five barristers") say how many, not which.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_DURATION = re.compile(r"^\d+(\.\d+)?-(hour|day|week|month|year)$")


def is_amount(tok: Token) -> bool:
    """Part of a percentage, a sum of money or a length of time written as one word ('22-week')."""
    if tok.ent_type_ in {"PERCENT", "MONEY"}:
        return True
    if tok.ent_type_ != "DATE":
        return False
    words = tok.doc[max(0, tok.i - 2) : tok.i + 3].text.replace(" ", "")
    return any(_DURATION.match(w) for w in re.findall(r"\d[\w.-]*", words))
