"""Stances taken on what someone is attacked or praised for: "attacked the Lib Dems for wanting to X".

``stance.blamed_for`` reads a stance verb whose object is a person, party, country or body and
whose "for" or "over" phrase is an act (an -ing form): the holder takes the stance on that act
too. An act wanted, planned or proposed ("for wanting to abolish faith schools and introduce X")
is each act wanted; an act of policy is a plan named as :func:`kg.extract.common.actions.action_node`
names it ("introducing compulsory sex education"); ending or keeping a plan is a stance on the
plan itself, as the polarity policy has it ("attacked them for scrapping the levy" supports the
levy, ``docs/data-model.md``). Negated, questioned or guessed stances are left alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.extract.common.actions import action_node
from kg.extract.common.modality import negated, polarity_and_modality
from kg.extract.common.registry import relation_rule
from kg.extract.stance.base import is_question, stance_fact, stance_vocabulary
from kg.extract.stance.holders import HOLDERS, stance_holders
from kg.extract.stance.vocabulary import act_stance, stance_verbs
from kg.syntax import tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.common.context import ExtractionContext
    from kg.types import Fact, Mention

RULE = "stance.blamed_for/1"


@relation_rule("stance.blamed_for", version=1, emits=("opposes", "supports"))
def stance_blamed_for(ctx: ExtractionContext) -> Iterator[Fact]:
    """'Howard attacked the Lib Dems for wanting to abolish faith schools' -> Howard is against the act."""
    wanting = frozenset(stance_vocabulary()["wishing"]) | frozenset(stance_vocabulary()["intent"])
    for verb in tokens(ctx.doc):
        stances = {s for s, path in stance_verbs().get(verb.lemma_.lower(), ()) if not path and s != "proposes"}
        if len(stances) != 1 or verb.pos_ != "VERB" or negated(verb) or is_question(verb) or not _blames_an_actor(ctx, verb):
            continue
        polarity, modality = polarity_and_modality(verb)
        if polarity != "positive" or modality != "asserted":
            continue
        stance = next(iter(stances))
        for act in _acts_blamed(verb, wanting):
            for holder in stance_holders(ctx, verb):
                yield from _stance_on_act(ctx, holder, stance, act, verb)


def _blames_an_actor(ctx: ExtractionContext, verb: Token) -> bool:
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    mention = ctx.mention(obj) if obj is not None else None
    return mention is not None and mention.entity.cls in HOLDERS


def _acts_blamed(verb: Token, wanting: frozenset[str]) -> list[Token]:
    """The acts of 'for [wanting to abolish X and introduce Y]', 'over [scrapping] the levy'."""
    gerunds = [c for p in verb.children if p.dep_ == "prep" and p.lower_ in {"for", "over"}
               for c in p.children if c.dep_ == "pcomp" and c.tag_ == "VBG" and not negated(c)]  # fmt: skip
    acts: list[Token] = []
    for gerund in gerunds:
        wanted = [c for c in gerund.children if c.dep_ == "xcomp" and c.pos_ == "VERB"] if gerund.lemma_.lower() in wanting else [gerund]
        acts += [a for w in wanted for a in (w, *w.conjuncts) if a.pos_ == "VERB" and not negated(a)]
    return acts


def _stance_on_act(ctx: ExtractionContext, holder: Mention, stance: str, act: Token, anchor: Token) -> Iterator[Fact]:
    turned = act_stance(stance, act.lemma_.lower())
    if turned is not None:  # "attacked them for scrapping the levy": for the levy
        for obj in (c for c in act.children if c.dep_ == "dobj"):
            yield from stance_fact(ctx, holder, turned, obj, anchor, RULE, 0.6, "positive", "asserted")
        return
    plan = action_node(ctx, act)
    if plan is not None:
        yield ctx.fact(holder, stance, plan, anchor, RULE, 0.6)
