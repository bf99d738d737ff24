"""Stances said with nouns rather than stance verbs.

* ``stance.light_noun``: a verb that carries a stance noun gives its subject the noun's
  stance: "Howard launched an attack on X", "Labour voiced concern over X", "the Tories
  threw their weight behind X", "gave its backing to X", "made the argument for retaining X";
* ``stance.noun_from``: a stance noun whose holder follows "from": "support for X from
  Labour", "the bill passed in the face of resistance from A and B" (a stance on what the
  clause is about);
* ``stance.unyielding``: refusing to give in to pressure to do something is a stance against
  doing it: "the Tories would not give in to pressure to scrap X" supports X, "Labour
  resisted calls to back X" opposes X (the words are ``yielding`` and ``pressure_nouns``);
* ``stance.agent``: a noun for someone who takes a stance, said of a holder: "Blair has
  been a leading advocate of X", "Oaten is among the fiercest critics of X", "Hain, a
  long-time champion of X, ...".

A possessive holder ("Labour's opposition to X") is read by ``stance.noun``
(:mod:`kg.extract.stance.phrases`). The nouns, the verbs that carry them and the agent
nouns are in ``kg/data/stance_verbs.json`` (``<stance>_nouns``, ``stance_noun_verbs``,
``<stance>_agents``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.extract.common.modality import has_conditional_clause, in_conditional, negated, polarity_and_modality
from kg.extract.common.registry import relation_rule
from kg.extract.stance.base import (
    is_question,
    stance_fact,
    stance_objects,
    stance_polarity_and_modality,
    stance_vocabulary,
)
from kg.extract.stance.evaluative import INTENT_AUX, act_objects
from kg.extract.stance.holders import HOLDERS, stance_holders
from kg.extract.stance.objects import noun_objects
from kg.extract.stance.vocabulary import STANCES, reversed_stance, stance_agents, stance_nouns
from kg.syntax import tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.common.context import ExtractionContext
    from kg.types import Fact, Mention

LIGHT_RULE = "stance.light_noun/1"
FROM_RULE = "stance.noun_from/1"
AGENT_RULE = "stance.agent/1"
UNYIELDING_RULE = "stance.unyielding/1"
_COPULAS = frozenset({"be", "become", "remain"})
# Prepositions that set a clause against a stance: "passed [despite] opposition from X", "[in] the face of".
_AGAINST_CLAUSE = frozenset({"despite", "amid"})
# Proposals are of plans and systems only, never of actors ("a call for Blair" is no proposal).
_PROPOSABLE = frozenset({"Plan", "System"})


@relation_rule("stance.light_noun", version=1, emits=STANCES)
def stance_light_noun(ctx: ExtractionContext) -> Iterator[Fact]:
    """'X launched an attack on Y', 'X voiced concern over Y', 'X gave its backing to Y'."""
    carriers = frozenset(stance_vocabulary()["stance_noun_verbs"])
    table = stance_nouns()
    for noun in tokens(ctx.doc):
        entries = table.get(noun.lemma_.lower(), ()) if noun.pos_ == "NOUN" else ()
        verb = noun.head
        if not entries or noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in carriers:
            continue
        objects = noun_objects(noun, entries, carrier=verb)
        holders = stance_holders(ctx, verb) if objects else []
        if not holders:
            continue
        polarity, modality = stance_polarity_and_modality(verb)
        # The noun is the anchor: "launched an attack on the base" is no stance on a system, "made a call
        # for a review of X" is a call for whatever new thing it describes (kg.extract.stance.targets).
        for holder in holders:
            for stance, head in objects:
                yield from _proper(stance_fact(ctx, holder, stance, head, noun, LIGHT_RULE, 0.7, polarity, modality))


@relation_rule("stance.noun_from", version=1, emits=STANCES)
def stance_noun_from(ctx: ExtractionContext) -> Iterator[Fact]:
    """'support for X from Labour', 'X passed in the face of resistance from A and B'."""
    table = stance_nouns()
    for noun in tokens(ctx.doc):
        entries = table.get(noun.lemma_.lower(), ()) if noun.pos_ == "NOUN" else ()
        holders = _from_holders(ctx, noun) if entries else []
        if not holders:
            continue
        objects = noun_objects(noun, entries)
        if not objects:
            subject = _clause_subject_against(noun)
            objects = [(s, subject) for s, _ in entries if s != "proposes"] if subject is not None else []
        polarity, modality = polarity_and_modality(noun)
        if is_question(noun):
            modality = "hypothetical"
        for holder in holders:
            for stance, head in objects:
                yield from _proper(stance_fact(ctx, holder, stance, head, noun, FROM_RULE, 0.65, polarity, modality))


@relation_rule("stance.agent", version=1, emits=STANCES)
def stance_agent(ctx: ExtractionContext) -> Iterator[Fact]:
    """'X is a leading advocate of Y', 'X is among the fiercest critics of Y', 'X, a champion of Y, ...'."""
    table = stance_agents()
    for noun in tokens(ctx.doc):
        entries = table.get(noun.lemma_.lower(), ()) if noun.pos_ == "NOUN" else ()
        objects = noun_objects(noun, entries) if entries else []
        if not objects:
            continue
        copula = _copula_of(noun)
        if copula is not None:
            holders = stance_holders(ctx, copula, stative=True)
            polarity, modality = stance_polarity_and_modality(copula)
        else:
            holders = _apposed_holders(ctx, _one_of(noun))  # "IDS, one of the chief critics of X"
            polarity, modality = polarity_and_modality(noun)
        if is_question(noun):
            modality = "hypothetical"
        for holder in holders:
            for stance, head in objects:
                yield from _proper(stance_fact(ctx, holder, stance, head, noun, AGENT_RULE, 0.7, polarity, modality))


@relation_rule("stance.unyielding", version=1, emits=STANCES)
def stance_unyielding(ctx: ExtractionContext) -> Iterator[Fact]:
    """'X would not bow to demands to back Y' -> X opposes Y; 'X resisted calls to scrap Y' -> X supports Y."""
    vocabulary = stance_vocabulary()
    pressure = frozenset(vocabulary["pressure_nouns"])
    yielding: dict[str, list[tuple[str, ...]]] = {}
    for entry in vocabulary["yielding"]:
        lemma, *words = entry.split()
        yielding.setdefault(lemma, []).append(tuple(words))
    for verb in tokens(ctx.doc):
        paths = yielding.get(verb.lemma_.lower(), []) if verb.pos_ == "VERB" else []
        for path in paths:
            giving_in = bool(path)  # "give in to", "bow to": only a refusal to give in is a stance
            if giving_in != negated(verb) or is_question(verb):
                continue
            demands = [n for n in stance_objects(verb, "opposes", path) if n.lemma_.lower() in pressure]
            pairs = [(a, n) for n in demands if (a := _act_demanded(n)) is not None]
            _, modality = polarity_and_modality(verb)
            stated = any(c.dep_ == "aux" and c.lower_ in INTENT_AUX for c in verb.children)
            if giving_in and stated and not has_conditional_clause(verb) and not in_conditional(verb):
                modality = "asserted"  # "would not bow to demands": a refusal stated now
            for holder in stance_holders(ctx, verb) if pairs else []:
                for act, demand in pairs:
                    # "would not bow to demands to recognise Cyprus": no stance in the act, so the demand is refused
                    aims = act_objects(act) or [("supports", demand)]
                    for stance, head in aims:
                        refused = reversed_stance(stance)
                        yield from stance_fact(ctx, holder, refused, head, verb, UNYIELDING_RULE, 0.65, "positive", modality)


def _act_demanded(demand: Token) -> Token | None:
    """What a demand asks to be done: 'demands [to recognise] Cyprus'."""
    return next((c for c in demand.children if c.dep_ in {"acl", "relcl", "xcomp"} and c.pos_ == "VERB"
                 and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)), None)  # fmt: skip


def _proper(facts: Iterator[Fact]) -> Iterator[Fact]:
    """Facts whose object fits the stance: proposals only of plans and systems."""
    return (f for f in facts if f.predicate != "proposes" or f.object.entity.cls in _PROPOSABLE)


def _from_holders(ctx: ExtractionContext, noun: Token) -> list[Mention]:
    """The holders a stance noun names after 'from' or 'by': 'resistance from [A] and [B]', 'a call by [A] to X'."""
    found: list[Mention] = []
    for marker in (c for c in noun.children if c.dep_ in {"prep", "agent"} and c.lower_ in {"from", "by"}):
        for pobj in (c for c in marker.children if c.dep_ == "pobj"):
            for head in (pobj, *pobj.conjuncts):
                mention = ctx.mention(head)
                if mention is not None and mention.entity.cls in HOLDERS:
                    found.append(mention)
    return found


# Verbs by which a plan meets a stance: "the plans faced opposition from X", "the bill won support from Y".
_MET_WITH = frozenset({"face", "meet", "encounter", "attract", "draw", "receive", "win", "gain", "provoke", "spark"})
_BODIES = frozenset({"government", "minister", "party", "executive", "administration", "cabinet", "council", "leader"})


def _clause_subject_against(noun: Token) -> Token | None:
    """The subject of the clause a stance is set against: '[the bill] passed despite / in the face of opposition',
    '[the plans] have faced opposition from X'; for an actor that faces it, what it is over ('over [the bill]')."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _MET_WITH:
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and (subject.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or subject.pos_ == "PRON"
                                    or subject.lemma_.lower() in _BODIES):
            over = [o for p in (*noun.children, *noun.head.children) if p.dep_ == "prep" and p.lower_ in {"over", "to"}
                    for o in p.children if o.dep_ == "pobj"]  # fmt: skip
            return over[0] if over else None
        return subject
    if noun.dep_ != "pobj":
        return None
    marker = noun.head
    if marker.lower_ == "of" and marker.head.lower_ == "face" and marker.head.dep_ == "pobj":
        marker = marker.head.head  # "in the face of"
    elif marker.lower_ not in _AGAINST_CLAUSE:
        return None
    clause = marker.head
    if clause.pos_ not in {"VERB", "AUX"}:
        return None
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and subject.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:
        # "X defended plans to end the embargo, despite opposition from the US": against the plans, not X
        return next((c for c in clause.children if c.dep_ == "dobj"), None)
    return subject


def _copula_of(noun: Token) -> Token | None:
    """The copula that says an agent noun of its subject: 'is [a critic]', 'is among [the critics]', 'is one of them'."""
    node = noun
    if node.dep_ == "pobj" and node.head.lower_ in {"among", "of"}:
        node = node.head.head
        if node.lower_ == "one" and node.dep_ in {"attr", "nsubj"}:
            node = node.head if node.dep_ == "attr" else node
    elif node.dep_ == "attr":
        node = node.head
    elif node.dep_ == "conj" and node.head.dep_ == "attr":
        node = node.head.head
    else:
        return None
    return node if node.lemma_.lower() in _COPULAS else None


def _one_of(noun: Token) -> Token:
    """'one of the critics' and 'among the critics' stand in apposition by their 'one'; else the noun itself."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
        return noun.head.head
    return noun


def _apposed_holders(ctx: ExtractionContext, noun: Token) -> list[Mention]:
    """'Hain, a long-time champion of X' and 'a champion of X, Peter Hain': the holder an agent noun is set beside."""
    candidates = [noun.head] if noun.dep_ == "appos" else []
    candidates += [c for c in noun.children if c.dep_ == "appos"]
    found = [m for c in candidates if (m := ctx.mention(c)) is not None and m.entity.cls in HOLDERS]
    return found[:1]
