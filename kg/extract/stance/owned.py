"""One's own proposals: a plan the text calls someone's, and what it includes.

* ``stance.owned``: a plan the text calls someone's is their proposal ("Labour's plan
  to scrap tuition fees", "the Tories plan to cut taxes"); what it puts forward is theirs
  too ("Labour's plans to introduce identity cards"), and what it removes they are against
  ("Lib Dem plans to scrap university fees" opposes the fees);
* ``stance.including``: the items of one's own proposals ("Russia keeps explaining its
  proposals, including the sectorial defense").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.extract.common.actions import action_node
from kg.extract.common.clauses import agent_of
from kg.extract.common.modality import CONDITIONAL_MARKS, polarity_and_modality
from kg.extract.common.nodes import described_node, node_class, node_for
from kg.extract.common.owners import Owner, plan_owner, possessive_pronoun
from kg.extract.common.registry import relation_rule
from kg.extract.stance.base import stance_fact, stance_objects, stance_vocabulary
from kg.extract.stance.holders import HOLDERS
from kg.extract.stance.plan_phrases import phrase_plan
from kg.extract.stance.targets import stance_target
from kg.extract.stance.vocabulary import stance_verbs
from kg.syntax import tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.common.context import ExtractionContext
    from kg.types import Fact, Mention

INCLUDING_RULE = "stance.including/1"
OWNED_RULE = "stance.owned/1"
# Nouns for one's own proposals, whose "including" items are proposals too.
PROPOSAL_NOUNS = frozenset({"proposal", "plan", "initiative", "idea", "offer", "demand"})


@relation_rule("stance.including", version=1, emits=("proposes",))
def stance_including(ctx: ExtractionContext) -> Iterator[Fact]:
    """'X proposes/explains its proposals, including Y' -> X proposes Y.

    The items of a proposal list are proposals of whoever owns the list: the
    holder when the verb is a proposing verb, or when the list is the holder's
    own ("its proposals") and the verb does not reject it.
    """
    opposing = {verb for verb, entries in stance_verbs().items() if any(s == "opposes" for s, _ in entries)}
    proposing = {verb for verb, entries in stance_verbs().items() if any(s == "proposes" for s, _ in entries)}
    for including in tokens(ctx.doc):
        if including.lower_ != "including" or including.dep_ != "prep":
            continue
        plans = including.head
        verb = plans.head
        if node_class(plans) != "Plan" or plans.dep_ != "dobj" or verb.lemma_.lower() in opposing:
            continue
        holder = agent_of(ctx, verb, HOLDERS)
        if holder is None:
            continue
        lemma = verb.lemma_.lower()
        own = plans.lemma_.lower() in PROPOSAL_NOUNS and _owned_by(ctx, plans, holder)
        if lemma not in proposing and not own:
            continue
        polarity, modality = polarity_and_modality(verb)
        for pobj in (c for c in including.children if c.dep_ == "pobj"):
            for item in [pobj, *pobj.conjuncts]:
                node = described_node(ctx, item, "Plan") if ctx.mention(item) is None else None
                if node is not None:
                    yield ctx.fact(holder, "proposes", node, verb, INCLUDING_RULE, 0.6,
                                   polarity=polarity, modality=modality)  # fmt: skip


@relation_rule("stance.owned", version=1, emits=("opposes", "proposes"))
def stance_owned(ctx: ExtractionContext) -> Iterator[Fact]:
    """'Labour's plan to scrap tuition fees', 'the Tories plan to cut taxes' -> the owner proposes it.

    A plan the text calls someone's is their proposal, and so is what someone "plans
    to" do. Only plans described by more than their owner count ("Labour's plans"
    alone says nothing about what is proposed), and only the proposal nouns of
    ``kg/data/stance_verbs.json`` ("Britain's budget" is not a proposal). Naming a
    plan as someone's is presupposed, so it holds inside a quotation too.
    """
    proposal_nouns = frozenset(stance_vocabulary()["proposal_nouns"])
    removal = frozenset(stance_vocabulary()["removal"])
    for word in tokens(ctx.doc):
        named = node_for(ctx, word) if ctx.mention(word) is not None else None  # "the government's Road Safety Bill"
        if word.lemma_.lower() not in proposal_nouns or (named is not None and named.entity.cls != "Plan"):
            continue
        plan = named or described_node(ctx, word, "Plan")
        if plan is None:
            continue
        intended = next((c for c in word.children if c.dep_ in {"xcomp", "acl"}), None)
        if intended is not None and intended.lemma_.lower() in stance_verbs():
            if word.pos_ == "NOUN" and _proposing(intended) and (owner := plan_owner(ctx, word)) is not None:
                # "Labour's plans to introduce identity cards": what the plan puts forward is the owner's proposal
                modality = "hypothetical" if _conditional(word) else "asserted"
                for head in stance_objects(intended, "proposes", ()):
                    plan = stance_target(ctx, "proposes", head, intended)[0] or phrase_plan(ctx, head)
                    if plan is not None and plan.entity.cls in {"Plan", "System"}:
                        yield ctx.fact(owner.mention, "proposes", plan, word, OWNED_RULE, 0.65,
                                       modality=modality, presupposed=True)  # fmt: skip
            if _nominal(word) and intended.lemma_.lower() in removal and (owner := plan_owner(ctx, word)) is not None:
                # "Lib Dem plans to scrap university fees": the owner is against the fees
                modality = "hypothetical" if _conditional(word) else "asserted"
                for head in stance_objects(intended, "opposes", ()):
                    yield from stance_fact(ctx, owner.mention, "opposes", head, intended, OWNED_RULE, 0.65, "positive", modality)
                for joined in (c for c in intended.conjuncts if c.pos_ == "VERB" and c.i > intended.i):
                    # "... to scrap university fees [and reintroduce] maintenance grants": each act is a plan of its own
                    joined_plan = action_node(ctx, joined)
                    if joined_plan is not None:
                        yield ctx.fact(owner.mention, "proposes", joined_plan, word, OWNED_RULE, 0.6, modality=modality, presupposed=True)
            continue  # "plan to oppose the bill" is a stance on the bill, read by stance.verb
        if word.pos_ == "VERB":  # "the Tories plan to cut taxes", with its own subject
            if word.lemma_.lower() != "plan" or intended is None or not any(c.dep_ == "nsubj" for c in word.children):
                continue
            if action_node(ctx, intended) is not None:
                continue  # "plan to cut council tax": the act is the plan, read by stance.action
            holder = agent_of(ctx, word, HOLDERS)
            if holder is not None and holder.entity.cls != "Person":  # "he planned to structure his campaign around X"
                polarity, modality = polarity_and_modality(word)  # is no body's plan of policy
                yield ctx.fact(holder, "proposes", plan, word, OWNED_RULE, 0.6, polarity=polarity, modality=modality)
            continue
        owner = plan_owner(ctx, word) or (_name_owner(ctx, word, named) if named is not None else None)
        if owner is None:
            continue
        # "Labour's plan would fail" still presupposes Labour's plan; only an "if" makes it imagined.
        modality = "hypothetical" if _conditional(word) else "asserted"
        yield ctx.fact(owner.mention, "proposes", plan, word, OWNED_RULE, 0.65,
                       modality=modality, presupposed=True)  # fmt: skip
        # "Tory proposals to cap X [and process all claims abroad]": each act is a plan of its own
        further = (action_node(ctx, c) for c in (intended.conjuncts if intended is not None else ()))
        for act in (a for a in further if a is not None):
            yield ctx.fact(owner.mention, "proposes", act, word, OWNED_RULE, 0.6, modality=modality, presupposed=True)


def _name_owner(ctx: ExtractionContext, word: Token, named: Mention) -> Owner | None:
    """"Mr Clarke's Prevention of Terrorism Bill": the owner hangs on the name's first word, not on "Bill"."""
    span = word.doc.char_span(named.start, named.end, alignment_mode="expand")
    if span is None or span.start >= word.i:
        return None
    return plan_owner(ctx, span[0])


def _conditional(token: Token) -> bool:
    """Whether ``token`` sits inside an if/unless/whether clause."""
    return any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for a in token.ancestors for c in a.children)


def _owned_by(ctx: ExtractionContext, plans: Token, holder: Mention) -> bool:
    """Whether 'its/their proposals' belong to the clause's holder (an unresolved 'its' does)."""
    pronoun = possessive_pronoun(plans)
    possessors = [c for c in plans.children if c.dep_ == "poss"]
    if pronoun is not None:
        mention = ctx.mention(pronoun)
        return mention is None or mention.entity.key == holder.entity.key
    return any((m := ctx.mention(p)) is not None and m.entity.key == holder.entity.key for p in possessors)


def _proposing(verb: Token) -> bool:
    return any(stance == "proposes" and not path for stance, path in stance_verbs().get(verb.lemma_.lower(), ()))


def _nominal(word: Token) -> bool:
    """A plan noun, or one the small model tagged as a verb where a noun stands: 'underlined Lib Dem [plans]'."""
    return word.pos_ == "NOUN" or word.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass"}
