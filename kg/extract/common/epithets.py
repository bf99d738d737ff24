"""Words of judgement on a plan's name: 'this disastrous law', 'the excellent scheme'.

A speaker who names a plan with a condemning or praising adjective takes a side on it, and
the adjective says nothing about which plan it is: "this disastrous law" refers back to the
law named before as "the law" does. The words are the stance vocabulary's
``condemning_adjectives`` and ``praising_adjectives`` (``kg/data/stance_verbs.json``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import stance_vocabulary

if TYPE_CHECKING:
    from spacy.tokens import Token

# Praising words too weak or too factual to take a side when they only name a plan ("the necessary law").
_NOT_EPITHETS = frozenset({"necessary", "important", "urgent", "right", "positive", "effective", "better"})


def epithets(head: Token) -> list[Token]:
    """The adjectives on ``head`` that judge it: 'this [disastrous] law', 'the [unworkable and unfair] scheme'."""
    found = []
    for child in head.lefts:
        if child.dep_ == "amod" and epithet_stance(child) is not None:
            found += [child, *(c for c in child.children if c.dep_ in {"advmod", "cc"}), *child.conjuncts]
    return sorted(set(found), key=lambda t: t.i)


def epithet_stance(word: Token) -> str | None:
    """'opposes' for a condemning adjective, 'supports' for a praising one, None otherwise."""
    if word.pos_ != "ADJ":
        return None
    vocabulary = stance_vocabulary()
    forms = {word.lower_, word.lemma_.lower()}
    if forms & set(vocabulary["condemning_adjectives"]):
        return "opposes"
    if forms & set(vocabulary["praising_adjectives"]) and not forms & _NOT_EPITHETS:
        return "supports"
    return None
