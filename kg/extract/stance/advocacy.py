"""Stances taken by telling others what to do: "X should scrap the tax, Y said", "Y urged X to back the bill".

``stance.advocated`` reads two shapes of advocacy:

* a quoted or reported recommendation: "the government should introduce a cap on
  donations, the watchdog said" -> the speaker proposes the cap, whoever is told to act;
* a that-clause of what should be done (``stance.urged_that``): "Y urged that the men
  should receive medical help" -> Y proposes the help;
* a request: "Y urged ministers to back the bill", "Y called on X to scrap the levy"
  -> Y supports the bill, opposes the levy; "Y urged MPs to keep the base" -> Y supports it.

What the one told to act would do is only wished for (``stance.verb`` keeps it
hypothetical); what the speaker does by saying it is on the record. A recommendation
not to act ("should not back it", "urged them not to back it") is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.extract.common.actions import action_node, easing_verbs
from kg.extract.common.modality import has_conditional_clause, in_conditional, negated, polarity_and_modality
from kg.extract.common.registry import relation_rule
from kg.extract.stance.base import is_question, stance_fact, stance_objects, stance_vocabulary
from kg.extract.stance.holders import HOLDERS, stance_holders
from kg.extract.stance.plan_phrases import phrase_plan
from kg.extract.stance.vocabulary import stance_verbs
from kg.syntax import tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.common.context import ExtractionContext
    from kg.types import Fact, Mention

RULE = "stance.advocated/1"
# Modals of obligation: what someone "should" do is what the speaker recommends.
DEONTIC = frozenset({"should", "must", "ought"})


@relation_rule("stance.advocated", version=1, emits=("opposes", "supports", "proposes"))
def stance_advocated(ctx: ExtractionContext) -> Iterator[Fact]:
    """'X should scrap the tax, Y said' and 'Y urged X to scrap the tax' -> Y opposes the tax."""
    for verb in tokens(ctx.doc):
        if verb.pos_ != "VERB" or negated(verb) or is_question(verb) or _conditional(verb):
            continue
        entries = stance_verbs().get(verb.lemma_.lower(), ())
        if not entries and verb.lemma_.lower() in stance_vocabulary()["keeping"] and _requesters(ctx, verb):
            entries = (("supports", ()),)  # "urged the House to keep the missile": asking to keep it is backing it
        if not entries:
            continue
        advocates = _requesters(ctx, verb)
        if advocates:
            polarity, modality = polarity_and_modality(verb.head)
        else:
            advocates = _recommending_speaker(ctx, verb)
            polarity, modality = "positive", "asserted"
        if polarity != "positive":
            continue
        for stance, path in entries:
            for head in stance_objects(verb, stance, path):
                for advocate in advocates:
                    yield from stance_fact(ctx, advocate, stance, head, verb, RULE, 0.65, polarity, modality)


def _requesters(ctx: ExtractionContext, verb: Token) -> list[Mention]:
    """Who asks someone else to do what ``verb`` says: 'urged ministers [to back]', 'called on X [to scrap]'."""
    request = verb.head
    if verb.dep_ != "xcomp" or request.lemma_.lower() not in stance_vocabulary()["requesting"]:
        return []
    asked = any(c.dep_ == "dobj" and c.i < verb.i for c in request.children) or any(
        c.dep_ == "prep" and c.lower_ == "on" and c.i < verb.i for c in request.children
    )
    return stance_holders(ctx, request) if asked else []


def _recommending_speaker(ctx: ExtractionContext, verb: Token) -> list[Mention]:
    """The speaker of a quoted or reported 'X should V', when the speaker is not X."""
    if not any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in verb.children):
        return []
    quotation = ctx.quotation_at(verb)
    speaker = quotation.speaker if quotation is not None else None
    if speaker is None or speaker.entity.cls not in HOLDERS:
        return []
    own = {h.entity.key for h in stance_holders(ctx, verb)}
    return [] if speaker.entity.key in own else [speaker]


def _conditional(token: Token) -> bool:
    """Inside an if/unless/whether clause, or the consequent of one: a recommendation only for a case."""
    return has_conditional_clause(token) or in_conditional(token)


THAT_RULE = "stance.urged_that/1"
# Modals of a recommendation in a that-clause: "urged that the men should receive counselling".
_THAT_MODALS = frozenset({"should", "must"})
# Verbs of asking or recommending that take a that-clause of what should be done.
_URGING = frozenset({"urge", "demand", "insist", "ask", "recommend", "propose", "suggest", "request"})


@relation_rule("stance.urged_that", version=1, emits=("proposes",))
def stance_urged_that(ctx: ExtractionContext) -> Iterator[Fact]:
    """'X urged that the detainees should get legal advice' -> X proposes the advice.

    The that-clause says what should be done: an act of policy ("should cut taxes"), or
    what is to be brought about or received ("should receive medical help"). Removing
    something is opposition, read by the removal rules; a negated clause proposes nothing.
    """
    vocabulary = stance_vocabulary()
    bringing = frozenset(vocabulary["bringing_about"]) | frozenset(vocabulary["giving"]) | {"receive", "get"}
    removing = easing_verbs() | frozenset(vocabulary["removal"])
    for verb in tokens(ctx.doc):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _URGING or negated(verb) or is_question(verb):
            continue
        polarity, modality = polarity_and_modality(verb)
        if polarity != "positive" or modality == "hypothetical":
            continue
        for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "VERB"):
            if not any(c.dep_ == "aux" and c.lower_ in _THAT_MODALS for c in clause.children):
                continue
            if negated(clause) or clause.lemma_.lower() in removing or in_conditional(clause):
                continue
            if clause.lemma_.lower() in bringing:
                objects = [o for c in clause.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
                plans = [phrase_plan(ctx, o) for o in objects]
            else:
                plans = [action_node(ctx, clause)]
            for holder in stance_holders(ctx, verb):
                for plan in (p for p in plans if p is not None):
                    yield ctx.fact(holder, "proposes", plan, verb, THAT_RULE, 0.65, polarity=polarity, modality=modality)
