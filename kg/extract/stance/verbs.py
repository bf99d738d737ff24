"""Who is for, against or behind what: opposes, supports, proposes.

Stance is read from these shapes, each a rule with its own confidence:

* ``stance.verb``: a stance verb, with its particles and prepositions, with a person,
  country or organisation as subject and a specific node as object ("Labour rejected
  the ID cards bill", "the plan was backed by Russia", "Italy and Germany favour ...",
  "the Lib Dems are opposed to ...", "voted in favour of ...", "Moscow did not accept
  the offer");
* ``stance.labelled``: naming something with a condemning label ("Arbatov has
  called 'a political mistake' the deployment of ...", "described X as unworkable",
  "regards X as a threat");
* ``stance.including``: the items of one's own proposals ("Russia keeps
  explaining its proposals, including the sectorial defense");
* ``stance.owned``: a plan the text calls someone's ("Labour's plan to scrap
  tuition fees");
* ``stance.concern``: what causes someone's concerns;
* stance nouns, wishes for removal and proposals made (:mod:`kg.extract.stance.phrases`),
  advocacy (:mod:`kg.extract.stance.advocacy`), wishes to bring something about
  (:mod:`kg.extract.stance.wishes`), stance nouns and agent nouns (:mod:`kg.extract.stance.nominal`)
  and verdicts (:mod:`kg.extract.stance.evaluative`).

Who holds a stance is read by :mod:`kg.extract.stance.holders`, what it is about by
:mod:`kg.extract.stance.targets`; the vocabulary is in ``kg/data/stance_verbs.json``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.extract.common.actions import action_node
from kg.extract.common.clauses import agent_of
from kg.extract.common.modality import CONDITIONAL_MARKS, negated, polarity_and_modality
from kg.extract.common.nodes import described_node, node_class, node_for
from kg.extract.common.owners import plan_owner, possessive_pronoun
from kg.extract.common.registry import relation_rule
from kg.extract.stance.base import (
    condemning,
    is_question,
    praising,
    stance_fact,
    stance_objects,
    stance_polarity_and_modality,
    stance_vocabulary,
    stated_condition,
)
from kg.extract.stance.holders import HOLDERS, stance_holders
from kg.extract.stance.attempts import attempt_aims
from kg.extract.stance.evaluative import stated_refusal
from kg.extract.stance.frames import coordinated_above
from kg.extract.stance.objects import acted_on
from kg.extract.stance.plan_phrases import phrase_plan
from kg.extract.stance.targets import stance_target
from kg.extract.stance.vocabulary import STANCES, misparsed_participle, misparsed_stance, stance_verbs
from kg.syntax import tokens
from kg.types import Fact, Mention

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.common.context import ExtractionContext

VERB_RULE = "stance.verb/2"
LABELLED_RULE = "stance.labelled/2"
INCLUDING_RULE = "stance.including/1"
OWNED_RULE = "stance.owned/1"
# Nouns for one's own proposals, whose "including" items are proposals too.
PROPOSAL_NOUNS = frozenset({"proposal", "plan", "initiative", "idea", "offer", "demand"})


@relation_rule("stance.verb", version=2, emits=STANCES)
def stance_verb(ctx: ExtractionContext) -> Iterator[Fact]:
    """'X rejects/backs/proposes Y', 'X and Y are opposed to Z', with negated support read as opposition."""
    refusal = frozenset(stance_vocabulary()["refusal"])
    keeping = frozenset(stance_vocabulary()["keeping"])
    intent = frozenset(stance_vocabulary()["intent"]) | frozenset(stance_vocabulary()["wishing"])
    for verb in tokens(ctx.doc):
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        if verb.tag_ == "VBG" and verb.dep_ in {"xcomp", "acl", "dobj"} and verb.head.lemma_.lower() in stance_verbs():
            continue  # "opposed scrapping X": the act is the object of the stance (stance.ending), not one taken
        for stance, path in stance_verbs().get(verb.lemma_.lower(), ()):
            if verb.pos_ == "AUX" and not path:
                continue  # "be" is a stance only with its words: "is against", "is in favour of"
            if verb.lemma_.lower() == "plan" and not any(c.dep_ == "agent" for c in verb.children):
                continue  # "the quota planned by the Tories" is theirs; "planned the party's strategy" organised it
            if verb.lemma_.lower() in keeping and not (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in intent):
                continue  # "wants to keep the tax" backs it; "the navy kept the missile in service" operates it
            objects = stance_objects(verb, stance, path)
            if not objects:
                continue
            clause = coordinated_above(verb) or verb  # "X said Y would A and [attacked] Z": X attacked Z
            holders = stance_holders(ctx, clause, stative=bool(path) and path[0] not in {"out", "forward"})
            if not holders:
                continue
            polarity, modality = stance_polarity_and_modality(clause)
            if modality == "hypothetical" and stance in {"opposes", "proposes"} and _pledged(verb):
                modality = "asserted"
            confidence = 0.8 if stance != "proposes" else 0.75
            if stance == "supports" and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in refusal:
                # "refused to back X" is an act of opposing X, not a missing support.
                if negated(verb.head):
                    continue
                stance, confidence = "opposes", 0.75
            elif stance == "supports" and polarity == "negative" and negated(verb):
                # In news, "did not accept the offer" / "does not support the bill" reports a
                # rejection: the holder took a position against it. Read as opposition, positive.
                # A negation above the verb ("had not decided whether to endorse") is no rejection.
                stance, polarity, confidence = "opposes", "positive", 0.7
                if stated_refusal(ctx, verb):  # '"We could never vote for it," said X': a refusal stated now
                    modality = "asserted"
            for holder in holders:
                for on, obj in acted_on(stance, objects):  # "pushed for scrapping X": opposes X
                    if on == "proposes" and attempt_aims(obj):
                        continue  # "launched a bid to block X" opposes X (stance.attempt), it proposes no plan
                    # "supported X but opposed Y", misparsed as two objects of "supported": Y's own stance.
                    own = misparsed_stance(obj)
                    if own is not None and obj.left_edge.i < misparsed_participle(obj).i:  # type: ignore[union-attr]
                        continue  # "backed the freeze and opposed cuts" as one phrase: neither can be told apart
                    if own is not None and own != on:
                        yield from stance_fact(ctx, holder, own, obj, verb, VERB_RULE, 0.7, "positive", modality)
                    elif own is None or polarity == "positive":
                        yield from stance_fact(ctx, holder, on, obj, verb, VERB_RULE, confidence, polarity, modality)


def _pledged(verb: Token) -> bool:
    """'The Lib Dems say they would scrap the tax [and introduce X]': a party's pledge is its stance now.

    Only "would" (what a party would do in office), not "could" or "might", and only for
    verbs of removing or putting forward, the "would" also read off the first of two
    conjoined verbs; "would back the bill" still waits on its condition.
    """
    words = {*stance_vocabulary()["removal"], *(v.split()[0] for v in stance_vocabulary()["proposes"])}
    modal_on = verb.head if verb.dep_ == "conj" and verb.head.pos_ == "VERB" else verb
    would = any(c.dep_ == "aux" and c.lower_ in {"would", "'d"} for c in (*verb.children, *modal_on.children))
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)  # "would have scrapped it": no pledge
    if not would or perfect or verb.lemma_.lower() not in words or is_question(verb):
        return False
    conditions = (c for c in modal_on.children if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children))
    return next(conditions, None) is None or stated_condition(verb) is not None  # "if it won": a pledge; "if X grew": a guess


@relation_rule("stance.labelled", version=2, emits=("opposes",))
def stance_labelled(ctx: ExtractionContext) -> Iterator[Fact]:
    """'X called Y a (political) mistake', 'X described Y as unworkable'."""
    vocabulary = stance_vocabulary()
    labelling = frozenset(vocabulary["labelling"])
    for verb in tokens(ctx.doc):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in labelling:
            continue
        complements = [c for c in verb.children if c.dep_ in {"dobj", "oprd", "attr", "acomp"}]
        complements += [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "as"
                        for p in prep.children if p.dep_ in {"pobj", "amod", "acomp"}]  # fmt: skip
        # 'called the scheme "draconian, unjust and unworkable"': epithets the parse hangs after the object.
        epithets = [a for c in complements if c.dep_ == "dobj" for a in c.rights if a.dep_ == "amod" and condemning(a)]
        # 'called the plan "an obscene waste of money"': a quoted label the parse hangs on the object as apposition.
        epithets += [a for c in complements if c.dep_ == "dobj" for a in c.rights
                     if a.dep_ == "appos" and _quoted_label(a) and condemning(a)]  # fmt: skip
        labels = [c for c in complements if condemning(c)] + epithets
        targets = [c for c in complements if not condemning(c)]
        if len(labels) != 1 or len(targets) != 1:
            continue
        polarity, modality = polarity_and_modality(verb)
        for holder in stance_holders(ctx, verb):
            yield from stance_fact(ctx, holder, "opposes", targets[0], verb, LABELLED_RULE, 0.7, polarity, modality)


def _proposing(verb: Token) -> bool:
    return any(stance == "proposes" and not path for stance, path in stance_verbs().get(verb.lemma_.lower(), ()))


def _quoted_label(label: Token) -> bool:
    """Whether a phrase opens with a quotation mark: 'the plan ["]an obscene waste of money"'."""
    start = label.left_edge.i
    return start > 0 and label.doc[start - 1].is_quote


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


@relation_rule("stance.owned", version=1, emits=("proposes",))
def stance_owned(ctx: ExtractionContext) -> Iterator[Fact]:
    """'Labour's plan to scrap tuition fees', 'the Tories plan to cut taxes' -> the owner proposes it.

    A plan the text calls someone's is their proposal, and so is what someone "plans
    to" do. Only plans described by more than their owner count ("Labour's plans"
    alone says nothing about what is proposed), and only the proposal nouns of
    ``kg/data/stance_verbs.json`` ("Britain's budget" is not a proposal). Naming a
    plan as someone's is presupposed, so it holds inside a quotation too.
    """
    proposal_nouns = frozenset(stance_vocabulary()["proposal_nouns"])
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
            continue  # "plan to oppose the bill" is a stance on the bill, read by stance.verb
        if word.pos_ == "VERB":  # "the Tories plan to cut taxes", with its own subject
            if word.lemma_.lower() != "plan" or intended is None or not any(c.dep_ == "nsubj" for c in word.children):
                continue
            if action_node(ctx, intended) is not None:
                continue  # "plan to cut council tax": the act is the plan, read by stance.action
            holder = agent_of(ctx, word, HOLDERS)
            if holder is not None:
                polarity, modality = polarity_and_modality(word)
                yield ctx.fact(holder, "proposes", plan, word, OWNED_RULE, 0.6, polarity=polarity, modality=modality)
            continue
        owner = plan_owner(ctx, word)
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


CONCERN_NOUNS = frozenset({"concern", "concerns", "alarm", "anger", "fears", "objections", "opposition"})
CAUSING_VERBS = frozenset({"cause", "raise", "provoke", "spark", "arouse", "prompt"})


@relation_rule("stance.concern", version=2, emits=("opposes",))
def stance_concern(ctx: ExtractionContext) -> Iterator[Fact]:
    """'X causes our concerns', 'X has raised Moscow's objections': the concerned side opposes X."""
    for verb in tokens(ctx.doc):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in CAUSING_VERBS:
            continue
        concern = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in CONCERN_NOUNS), None)
        cause = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        owner = next((c for c in concern.children if c.dep_ == "poss"), None) if concern is not None else None
        if cause is None or owner is None:
            continue
        holder = ctx.mention(owner)
        if holder is None or holder.entity.cls not in HOLDERS:
            continue
        polarity, modality = stance_polarity_and_modality(verb)
        yield from stance_fact(ctx, holder, "opposes", cause, verb, "stance.concern/2", 0.7, polarity, modality)
