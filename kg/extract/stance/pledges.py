"""Pledges stated as fact: "The Tories would also cut income tax", "The Lib Dems are to scrap the fees".

``stance.stated_pledge`` reads a main clause outside quotation marks whose subject is a party,
country, body or person and whose verb says what it will do: "will"/"would", or "is to" (a
plan announced). Each act of policy it names is a proposal (:func:`kg.extract.common.actions.action_node`),
each of two conjoined acts too; replacing X with Y opposes X and proposes Y
(:mod:`kg.extract.stance.replacement`); the items of a cut ("cut spending, including X and Y")
are opposed. An "if" clause leaves a pledge a guess, unless it is the pledge's own condition
of winning office ("if it won the election"), which the fact keeps. Removing a plan ("would
scrap the levy") is read by ``stance.verb``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.extract.common.actions import easing_verbs
from kg.extract.common.modality import has_conditional_clause, in_conditional, negated
from kg.extract.common.registry import relation_rule
from kg.extract.stance.announcements import intended_plans, joined_pledges, stated_will
from kg.extract.stance.base import is_question, stance_fact, stated_condition
from kg.extract.stance.holders import HOLDERS, stance_holders
from kg.extract.stance.replacement import replaced, replacement_stances
from kg.lexicon import stance_vocabulary
from kg.syntax import tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.common.context import ExtractionContext
    from kg.types import Fact

RULE = "stance.stated_pledge/1"
# Verbs of cutting spending: the items a cut lists ("including X") are what the cutter is against.
_CUTTING = frozenset({"cut", "reduce", "axe", "slash", "trim"})


@relation_rule("stance.stated_pledge", version=1, emits=("opposes", "proposes"))
def stance_stated_pledge(ctx: ExtractionContext) -> Iterator[Fact]:
    """'The Tories would also cut income tax', 'Britain is to introduce X': the subject proposes the act."""
    bringing = frozenset(stance_vocabulary()["bringing_about"])
    removing = easing_verbs() | frozenset(stance_vocabulary()["removal"])
    for clause in tokens(ctx.doc):
        acts = _pledged_acts(clause)
        if not acts or is_question(clause) or ctx.quotation_at(clause) is not None or in_conditional(clause):
            continue
        condition = stated_condition(clause)
        if condition is None and has_conditional_clause(clause):
            continue
        holders = [h for h in stance_holders(ctx, clause) if h.entity.cls in HOLDERS]
        for act in acts:
            if (pair := replaced(act)) is not None:
                for holder in holders:
                    yield from replacement_stances(ctx, holder, pair, act, RULE, 0.6, condition)
                continue
            if act.lemma_.lower() in removing:
                continue
            for plan in intended_plans(ctx, act, bringing):
                for holder in holders:
                    yield ctx.fact(holder, "proposes", plan, act, RULE, 0.6, condition=condition)
            for item in _cut_items(act):  # "would cut spending, including X and Y": against X and Y
                for holder in holders:
                    yield from stance_fact(ctx, holder, "opposes", item, act, RULE, 0.6, "positive", "asserted")


def _pledged_acts(clause: Token) -> list[Token]:
    """The acts a main clause pledges: 'would [cut] X and [raise] Y', 'are to [scrap] X ... and [replace] Y'.

    A passive ("the coaching would be funded by the Lottery") pledges nothing: its agent pays, it does not promise.
    """
    if clause.dep_ != "ROOT":
        return []
    if clause.pos_ == "VERB" and stated_will(clause) and not any(c.dep_ == "auxpass" for c in clause.children):
        return [clause, *joined_pledges(clause)]
    if clause.lemma_ != "be" or negated(clause):
        return []
    planned = next((c for c in clause.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and _to(c) and not negated(c)), None)
    if planned is None:
        return []
    # the parse may hang later acts of the list on "are" itself: "are to scrap X, ... and replace Y"
    return [planned, *joined_pledges(planned), *(c for c in joined_pledges(clause) if c.tag_ == "VB")]


def _to(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _cut_items(act: Token) -> list[Token]:
    """'cut "low priority" spending, [including the ID cards scheme and the Child Trust Fund]'."""
    if act.lemma_.lower() not in _CUTTING:
        return []
    objects = [c for c in act.children if c.dep_ == "dobj"]
    listed = [p for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "including"]
    listed += [p for p in act.children if p.dep_ == "prep" and p.lower_ == "including"]  # the list hung on the verb
    return [i for p in listed for o in p.children if o.dep_ == "pobj" for i in (o, *o.conjuncts)]
