"""What an activity named as a noun is done with, or where: part of the name of a plan about it.

"a ban on hunting [with dogs]" and "a ban on smoking [in pubs]" are different bans, so the
words after the activity go into the plan's label; a date ("on Wednesday") or an amount
never does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["activity_complement", "dated"]

# What an activity is done with or by: "hunting [with dogs]".
_MANNER_PREPS = frozenset({"with", "by", "without"})
_AMOUNT_ENTITIES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
_MAX_PLACE_WORDS = 6  # "smoking [in enclosed public places]"; longer is a clause, not a name


def activity_complement(noun: Token) -> list[Token]:
    """The words after an activity that say which one it is: its manner first, else where it is done."""
    manner = _gerund_complement(noun)
    if manner or not _verbal_noun(noun):
        return manner
    where = [t for c in noun.rights if c.dep_ == "prep" and not dated(c) for t in c.subtree if not t.is_punct]
    return where if len(where) <= _MAX_PLACE_WORDS else []


def dated(prep: Token) -> bool:
    """'on Wednesday', 'in 2004': a preposition whose object is a date or time."""
    return prep.dep_ == "prep" and any(c.dep_ == "pobj" and c.ent_type_ in {"DATE", "TIME"} for c in prep.children)


def _gerund_complement(noun: Token) -> list[Token]:
    """'a ban on hunting [with dogs]': what an activity named by a gerund is done with."""
    if not noun.lower_.endswith("ing") or noun.pos_ not in {"NOUN", "VERB"}:
        return []
    preps = [c for c in noun.rights if c.dep_ == "prep" and c.lower_ in _MANNER_PREPS
             and not any(p.ent_type_ in _AMOUNT_ENTITIES for p in c.children)]  # fmt: skip
    return [t for p in preps[:1] for t in p.subtree if not t.is_punct]


def _verbal_noun(token: Token) -> bool:
    """'hunting', 'smoking': an act named as a noun."""
    return token.tag_ == "NN" and token.lower_.endswith("ing") and len(token.text) > 5
