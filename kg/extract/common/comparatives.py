"""Comparatives in a plan's name: those that judge it and those that say which plan it is.

"A better deal" judges (the deal is someone's, named before); "better pensions" in a list of
demands, or "better school discipline", says what is asked for. Readers keep the comparative in
the second kind of name and drop it from the first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Comparatives that may judge rather than say which plan: "a better deal", "a fairer system".
_JUDGING = frozenset({"better", "worse", "fairer", "simpler", "clearer", "wiser", "smarter"})


def judging_comparative(word: Token) -> bool:
    """Whether ``word`` is a comparative judging its noun, not one that alone says which plan the noun is."""
    if word.lower_ not in _JUDGING:
        return False
    head = word.head
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head  # "better [school] discipline"
    deps = {c.dep_ for c in head.children}
    return bool(deps & {"det", "prep", "acl", "relcl"}) or not deps & {"compound", "conj"} and head.dep_ != "conj"
