"""Stances said in a plan's name: '"... move on from this disastrous law," said X' -> X opposes the law.

``stance.epithet``: a speaker who, in their own quoted words, names a plan named before with a
judging adjective ("this disastrous law", "the unworkable scheme", "this excellent measure")
takes that side on it, whatever the clause around it says ("the government wants to move on
from this disastrous law" is still the speaker's word for the law). Only a definite or
demonstrative plan word that refers back to a plan (:mod:`kg.extract.common.antecedents`), or
a named plan, is read; an indefinite one ("a disastrous policy") names no plan. Questions
and the journalist's own words give nothing. The adjectives are the stance vocabulary's
(:mod:`kg.extract.common.epithets`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.extract.common.antecedents import antecedent_node
from kg.extract.common.epithets import epithet_stance, epithets
from kg.extract.common.registry import relation_rule
from kg.extract.stance.base import is_question
from kg.extract.stance.holders import HOLDERS
from kg.syntax import tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.common.context import ExtractionContext
    from kg.types import Fact, Mention

EPITHET_RULE = "stance.epithet/1"
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


@relation_rule("stance.epithet", version=1, emits=("opposes", "supports"))
def stance_epithet(ctx: ExtractionContext) -> Iterator[Fact]:
    """'"We must be rid of this disastrous law," said X' -> X opposes the law named before."""
    for adjective in tokens(ctx.doc):
        if adjective.dep_ != "amod" or adjective.head.pos_ not in {"NOUN", "PROPN"}:
            continue
        stance = epithet_stance(adjective)
        quotation = ctx.quotation_at(adjective) if stance is not None else None
        if stance is None or quotation is None or not quotation.direct or quotation.speaker is None:
            continue
        if quotation.speaker.entity.cls not in HOLDERS or is_question(adjective) or _negated(adjective):
            continue
        target = _plan_named(ctx, adjective.head)
        if target is None or target.entity.key == quotation.speaker.entity.key:
            continue
        yield ctx.fact(quotation.speaker, stance, target, adjective, EPITHET_RULE, 0.6)


def _plan_named(ctx: ExtractionContext, head: Token) -> Mention | None:
    """The plan a definite judged plan word refers back to, or the named plan it is part of."""
    mention = ctx.mention(head)
    if mention is not None:
        return mention if mention.entity.cls in {"Plan", "System"} else None
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in head.children):
        return None  # "a disastrous policy": no plan named
    judged = epithets(head)
    if any(c.dep_ != "det" and c not in judged and not c.is_punct for c in head.children):
        return None  # "the current 'unfair' system": not simply the plan just named
    target = antecedent_node(ctx, head)
    return target if target is not None and target.entity.cls in {"Plan", "System"} else None


def _negated(adjective: Token) -> bool:
    """'this not unreasonable law', 'no bad law': the judgement is denied."""
    return any(c.dep_ == "neg" for c in adjective.children) or any(
        c.lower_ in {"no", "not"} for c in adjective.head.children if c.i < adjective.i
    )
