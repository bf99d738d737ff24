"""What someone's plan contains is their proposal: "Labour's plans include X", "X will be part of Tory plans".

A plan named as someone's (a possessive or a party, country or government before it:
``kg.extract.common.owners.plan_owner``) that "includes", "contains" or "features" things,
or that things are "part of", puts each of them forward as its owner's proposal. Only the
proposal nouns of ``kg/data/stance_verbs.json`` (plan, proposal, manifesto, package, ...)
count as the container; a negated or questioned sentence, or one inside a condition, says
nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.extract.common.modality import has_conditional_clause, in_conditional, negated
from kg.extract.common.nodes import node_for
from kg.extract.common.owners import plan_owner
from kg.extract.common.registry import relation_rule
from kg.extract.stance.base import is_question
from kg.extract.stance.plan_phrases import phrase_plan
from kg.lexicon import plan_nouns, stance_vocabulary
from kg.syntax import tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.common.context import ExtractionContext
    from kg.types import Fact, Mention

RULE = "stance.contents/1"
_CONTAINING = frozenset({"include", "contain", "feature"})


@relation_rule("stance.contents", version=1, emits=("proposes",))
def stance_contents(ctx: ExtractionContext) -> Iterator[Fact]:
    """'Labour's plans include X and Y', 'X will be part of government plans' -> the owner proposes X and Y."""
    for verb in tokens(ctx.doc):
        found = _contained(verb)
        if found is None or negated(verb) or is_question(verb) or has_conditional_clause(verb) or in_conditional(verb):
            continue
        container, items = found
        owner = plan_owner(ctx, container) if _container(container) else None
        if owner is None:
            continue
        for item in items:
            plan = _plan(ctx, item)
            if plan is not None and plan.entity.key != owner.mention.entity.key:
                yield ctx.fact(owner.mention, "proposes", plan, verb, RULE, 0.65, presupposed=True)


def _contained(verb: Token) -> tuple[Token, list[Token]] | None:
    """The container and its items: 'plans [include] X, Y' or 'X, Y [are] part of plans'."""
    if verb.lemma_.lower() in _CONTAINING and verb.pos_ == "VERB":
        container = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        items = [c for c in verb.children if c.dep_ == "dobj" or c.dep_ == "xcomp" and c.tag_ == "VBG"]  # "include [building] X"
    elif verb.lemma_ == "be":
        part = next((c for c in verb.children if c.dep_ == "attr" and c.lower_ == "part"), None)
        of = next((p for p in part.children if p.dep_ == "prep" and p.lower_ == "of"), None) if part is not None else None
        container = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        items = [c for c in verb.children if c.dep_ == "nsubj"]
    else:
        return None
    if container is None or not items:
        return None
    return container, [i for item in items for i in (item, *item.conjuncts)]


def _container(head: Token) -> bool:
    words = {head.lemma_.lower(), head.lower_}
    return bool(words & (frozenset(stance_vocabulary()["proposal_nouns"]) | {"manifesto", "package", "programme", "budget"}))


def _plan(ctx: ExtractionContext, item: Token) -> Mention | None:
    node = node_for(ctx, item)
    if node is not None:
        return node if node.entity.cls in {"Plan", "System"} else None
    if item.pos_ != "NOUN" or item.lemma_.lower() in stance_vocabulary()["not_policies"]:
        return None
    described = [c for c in item.lefts if c.dep_ in {"amod", "compound"}] or [c for c in item.rights if c.dep_ == "prep"]
    return phrase_plan(ctx, item) if described or item.lemma_.lower() in plan_nouns() else None
