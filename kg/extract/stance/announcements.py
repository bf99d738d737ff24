"""Proposals announced: "the government said it would introduce a points system", "he highlighted
plans for debt relief, a minimum wage for 16-year-olds and flexible maternity leave".

``stance.announced_intent`` reads a speaker stating what they (or their side) will do: a
verb of saying, announcing or pledging whose reported clause has the speaker's own
subject ("it", "they", "he", "we") or their side ("Tory spokesman X said the Tories
would ..."), a "will"/"would" and a verb that brings something about ("introduce", "set
up", "publish", "start") or an act of policy ("cut taxes"). What others will do ("Labour
said the Tories would introduce X") is no proposal of the speaker's, and "could", "might"
or a negation states no plan.

``stance.listed_plans`` reads plans presented with what they are for: "unveiled plans
for X, Y and Z" puts forward X, Y and Z, each named as the list words it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.extract.common.actions import action_node, easing_verbs
from kg.extract.common.nodes import node_for
from kg.extract.common.modality import negated, polarity_and_modality
from kg.extract.common.registry import relation_rule
from kg.extract.stance.base import is_question
from kg.extract.stance.holders import stance_holders
from kg.extract.stance.replacement import replaced, replacement_stances
from kg.extract.stance.plan_phrases import described_plan, list_item_plan, listed_items, phrase_plan
from kg.extract.stance.targets import stance_target
from kg.extract.stance.vocabulary import stance_verbs
from kg.lexicon import speech_verbs, stance_vocabulary
from kg.syntax import tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.common.context import ExtractionContext
    from kg.types import Fact, Mention

INTENT_RULE = "stance.announced_intent/1"
LIST_RULE = "stance.listed_plans/1"
# Modals of a stated intention; "could", "might", "may" only guess.
_WILL = frozenset({"will", "would", "'ll", "'d", "shall", "wo"})


@relation_rule("stance.announced_intent", version=1, emits=("proposes",))
def stance_announced_intent(ctx: ExtractionContext) -> Iterator[Fact]:
    """'The EU announced that it will start accession talks with Croatia' -> the EU proposes the talks."""
    vocabulary = stance_vocabulary()
    saying = speech_verbs() | frozenset(vocabulary["announcing"])
    bringing = frozenset(vocabulary["bringing_about"])
    removing = easing_verbs() | frozenset(vocabulary["removal"])
    for verb in tokens(ctx.doc):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in saying or is_question(verb) or _unsaid(verb):
            continue
        polarity, modality = polarity_and_modality(verb)
        if polarity != "positive" or modality == "hypothetical":
            continue
        speakers = {m.entity.key: m for m in stance_holders(ctx, verb)}
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            given = _given(ctx, clause, speakers)
            if given:
                yield from given
                continue
            if clause.pos_ != "VERB":
                continue
            acts = [a for a in (clause, *joined_pledges(clause)) if a.lemma_.lower() not in removing]
            if not stated_will(clause) or not acts or _asked(clause):
                continue  # removing is read by stance.verb: "would scrap X [and recruit Y]" keeps Y
            subjects = stance_holders(ctx, clause)
            own = [h for h in subjects if h.entity.key in speakers] or _restated(clause, speakers) or _own_side(ctx, subjects, speakers)
            if not own:
                continue  # "Labour said the Tories would introduce X": someone else's plan
            for act in acts:  # "they would raise X and pay Y"
                if (pair := replaced(act)) is not None:  # "would replace X with Y": against X, for Y
                    for holder in own:
                        yield from replacement_stances(ctx, holder, pair, clause, INTENT_RULE, 0.65)
                    continue
                for plan in intended_plans(ctx, act, bringing):
                    for holder in own:
                        if plan.entity.key != holder.entity.key:
                            yield ctx.fact(holder, "proposes", plan, clause, INTENT_RULE, 0.65)


def joined_pledges(clause: Token) -> list[Token]:
    """'would raise maternity pay [and pay] the tax credit in cash': conjoined acts under the same modal."""
    return [c for c in clause.conjuncts if c.i > clause.i and c.pos_ == "VERB" and not negated(c)
            and not any(g.dep_ in {"nsubj", "nsubjpass", "aux"} for g in c.children)]  # fmt: skip


def _own_side(ctx: ExtractionContext, subjects: list[Mention], speakers: dict[str, Mention]) -> list[Mention]:
    """'Tory spokesman David Davis said the Tories would X': the speaker's own side, and the speaker for it."""
    sides = {side.entity.key: speaker for speaker in speakers.values() if (side := ctx.sides.get(speaker.entity.key)) is not None}
    named = [h for h in subjects if h.entity.key in sides]
    return [*named, *(sides[h.entity.key] for h in named)]


def _restated(clause: Token, speakers: dict[str, Mention]) -> list[Mention]:
    """'The government said it would ...': a pronoun subject restating the one speaker ('it' a side, 'he' a person)."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or len(speakers) != 1:
        return []
    speaker = next(iter(speakers.values()))
    side = speaker.entity.cls in {"Country", "Organization"}
    fits = subject.lower_ in {"it", "they"} if side else subject.lower_ in {"he", "she"}
    return [speaker] if fits else []


def _given(ctx: ExtractionContext, clause: Token, speakers: dict[str, Mention]) -> list[Fact]:
    """'Carers are to be guaranteed a minimum allowance, the government announced': what the speaker
    says is to be given (or will be) is their proposal.

    Only a passive verb of giving ('give', 'guarantee', 'offer') in "is to be" or "will be", with no
    giver named in a "by" phrase; what is given is its object ("are to be guaranteed [a minimum
    allowance]") or else its subject ("[more money] is to be given to councils").
    """
    giving = frozenset(stance_vocabulary()["giving"])
    passive = next((c for c in clause.children if c.dep_ == "xcomp" and _to_be(c)), None) if clause.lemma_ == "be" else None
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None) if passive is not None else None
    if passive is None and any(c.dep_ == "auxpass" for c in clause.children) and stated_will(clause):
        passive, subject = clause, next((c for c in clause.children if c.dep_ == "nsubjpass"), None)
    if passive is None or passive.lemma_.lower() not in giving or negated(passive) or negated(clause):
        return []
    if any(c.dep_ == "agent" for c in passive.children):
        return []  # "the code would be given legal force by the laws of many countries": others give it
    theme = next((c for c in passive.children if c.dep_ == "dobj"), None) or subject
    plan = phrase_plan(ctx, theme) if theme is not None else None
    if plan is None:
        return []
    return [ctx.fact(h, "proposes", plan, passive, INTENT_RULE, 0.65) for h in speakers.values()]


def _to_be(verb: Token) -> bool:
    """'to be given': a passive infinitive."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and any(c.dep_ == "auxpass" for c in verb.children)


def _unsaid(verb: Token) -> bool:
    """'needed to explain how they would pay': a saying asked for or expected, not done."""
    return verb.tag_ == "VB" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _asked(clause: Token) -> bool:
    """'said how / whether they would pay for it': an open question, not a stated intention."""
    return any(t.tag_ in {"WRB", "WP"} or (t.dep_ == "mark" and t.lower_ in {"whether", "if"}) for t in clause.children)


def stated_will(clause: Token) -> bool:
    """'it will start', 'he would produce': a stated intention, neither negated nor guessed."""
    modals = {c.lower_ for c in clause.children if c.dep_ == "aux" and c.tag_ == "MD"}
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in clause.children)  # "would have provided": no plan now
    return bool(modals) and modals <= _WILL and not negated(clause) and not perfect


def intended_plans(ctx: ExtractionContext, clause: Token, bringing: frozenset[str]) -> list[Mention]:
    """What the stated act brings about ('introduce [a points system]') or the act itself ('cut taxes')."""
    if clause.lemma_.lower() in bringing:
        found = []
        for obj in (c for c in clause.children if c.dep_ == "dobj"):
            for head in (obj, *obj.conjuncts):
                if _quoted_phrase(head):
                    continue  # 'will offer them an "honest choice"': a slogan, no plan
                target, _ = stance_target(ctx, "proposes", head, clause)
                target = target or described_plan(ctx, head) or _what_is_given(ctx, clause, head)
                if target is not None and target.entity.cls in {"Plan", "System"}:
                    found.append(target)
        return found
    plan = action_node(ctx, clause)
    return [plan] if plan is not None else []


def _what_is_given(ctx: ExtractionContext, verb: Token, head: Token) -> Mention | None:
    """'would give pensioners [a £200 council tax refund]': what is given is named as written, as when it is to be given."""
    giving = verb.lemma_.lower() in stance_vocabulary()["giving"] and any(c.dep_ == "dative" for c in verb.children)
    return phrase_plan(ctx, head) if giving else None


@relation_rule("stance.listed_plans", version=1, emits=("proposes",))
def stance_listed_plans(ctx: ExtractionContext) -> Iterator[Fact]:
    """'He highlighted plans for debt relief, a minimum wage for 16-year-olds and children's centres'."""
    vocabulary = stance_vocabulary()
    proposing = {lemma for lemma, entries in stance_verbs().items() if any(s == "proposes" and not p for s, p in entries)}
    presenting = frozenset(vocabulary["announcing"]) | proposing
    plan_words = frozenset(vocabulary["proposal_nouns"]) | {"measure"}
    for verb in tokens(ctx.doc):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in presenting or negated(verb) or is_question(verb):
            continue
        polarity, modality = polarity_and_modality(verb)
        if polarity != "positive" or modality == "hypothetical":
            continue
        for plans in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in plan_words):
            if _owned_by_another(ctx, plans):
                continue  # "highlighted Tory plans for X": another side's plans
            items = [list_item_plan(ctx, item) for item in listed_items(plans)]
            if verb.lemma_.lower() in proposing and node_for(ctx, plans) is not None:
                items = items[1:]  # "unveiled plans for X": stance.verb names X as the plans' topic
            holders = stance_holders(ctx, verb)
            for plan in (p for p in items if p is not None):
                for holder in holders:
                    yield ctx.fact(holder, "proposes", plan, verb, LIST_RULE, 0.65, polarity=polarity, modality=modality)


def _owned_by_another(ctx: ExtractionContext, plans: Token) -> bool:
    """Whether the plans are named as someone's ('Tory plans', "Labour's plans", 'government plans')."""
    for child in plans.lefts:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return True
        if child.dep_ in {"compound", "amod", "nmod"} and (ctx.mention(child) is not None or child.pos_ == "PROPN"):
            return True
        if child.dep_ == "compound" and child.lemma_.lower() == "government":
            return True
    return False


def _quoted_phrase(head: Token) -> bool:
    """Whether the phrase opens with a quotation mark after its determiner: 'an ["]honest choice"'."""
    words = [t for t in head.doc[head.left_edge.i : head.i + 1] if t.dep_ != "det"]
    return bool(words) and words[0].is_quote
