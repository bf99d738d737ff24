"""Stances said by what someone tries to do, or in whose cause they act.

* ``stance.attempt``: a try whose infinitive takes a stance states its owner's stance:
  "the Alliance launched a legal bid to block the Hunting Act" and "Labour failed in its
  attempt to scrap X" oppose the act and X, "a campaign by Y to save the hospital" supports
  the hospital. A try is a position whether or not it succeeds; "may launch a bid to block X"
  only might be one. Whose try it is: the "by" phrase, a named possessive, or else the
  subject of the verb the try is the object of ("launched", "lost", "failed in"), unless
  that verb is itself a stance on the try ("saw off an attempt to X" opposes the attempt).
* ``stance.in_cause``: a stance noun after "in" says in whose cause the clause's subject
  acts: "resigned in protest over the anti-terror laws", "marched in support of the ban",
  "spoke in favour of the bill"; only on plans and systems ("the court found in favour of X"
  is a ruling on a party, no stance).

The nouns are ``attempt_nouns`` and the ``<stance>_nouns`` of ``kg/data/stance_verbs.json``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.extract.common.modality import negated, polarity_and_modality
from kg.extract.common.registry import relation_rule
from kg.extract.stance.base import is_question, stance_fact, stance_vocabulary
from kg.extract.stance.evaluative import act_objects
from kg.extract.stance.holders import HOLDERS, stance_holders
from kg.extract.stance.objects import noun_objects
from kg.extract.stance.vocabulary import STANCES, stance_nouns, stance_verbs
from kg.syntax import tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.common.context import ExtractionContext
    from kg.types import Fact, Mention

ATTEMPT_RULE = "stance.attempt/1"
IN_CAUSE_RULE = "stance.in_cause/1"
# Prepositions a try hangs on under the verb that carries it: "failed [in] its attempt", "lost [with] its bid".
_CARRYING_PREPS = frozenset({"in", "with"})


@relation_rule("stance.attempt", version=1, emits=("opposes", "supports"))
def stance_attempt(ctx: ExtractionContext) -> Iterator[Fact]:
    """'X launched a bid to block Y' -> X opposes Y; 'X's campaign to save Y' -> X supports Y."""
    for noun in tokens(ctx.doc):
        if noun.pos_ != "NOUN":
            continue
        aims = attempt_aims(noun)
        if not aims:
            continue
        carrier = _carrier(noun)
        holders, anchor = _owners(ctx, noun, carrier)
        if not holders:
            continue
        polarity, modality = polarity_and_modality(anchor)
        if is_question(anchor):
            modality = "hypothetical"
        for holder in holders:
            for stance, head in aims:
                yield from stance_fact(ctx, holder, stance, head, noun, ATTEMPT_RULE, 0.7, polarity, modality)


@relation_rule("stance.in_cause", version=1, emits=STANCES)
def stance_in_cause(ctx: ExtractionContext) -> Iterator[Fact]:
    """'X resigned in protest over Y' -> X opposes Y; 'X marched in support of Y' -> X supports Y."""
    table = stance_nouns()
    for noun in tokens(ctx.doc):
        entries = table.get(noun.lemma_.lower(), ()) if noun.pos_ == "NOUN" else ()
        marker = noun.head
        if not entries or noun.dep_ != "pobj" or marker.lower_ != "in" or marker.dep_ != "prep":
            continue
        verb = marker.head
        if verb.pos_ != "VERB" or any(c.dep_ in {"det", "poss"} for c in noun.children):
            continue  # "in his support for X", "in the campaign against X": a setting, not a cause
        objects = [(s, h) for s, h in noun_objects(noun, entries, carrier=verb) if s != "proposes"]
        holders = stance_holders(ctx, verb) if objects else []
        polarity, modality = polarity_and_modality(verb)
        if is_question(verb):
            modality = "hypothetical"
        for holder in holders:
            for stance, head in objects:
                for fact in stance_fact(ctx, holder, stance, head, noun, IN_CAUSE_RULE, 0.7, polarity, modality):
                    if fact.object.entity.cls in {"Plan", "System"}:  # "found in favour of X" rules on a party
                        yield fact


def attempt_aims(noun: Token) -> list[tuple[str, Token]]:
    """(stance, head) a try is after, when ``noun`` is a try with a stance in its infinitive: 'a bid to [block X]'."""
    if noun.lemma_.lower() not in stance_vocabulary()["attempt_nouns"]:
        return []
    act = _infinitive(noun)
    if act is None or negated(act):
        return []
    return [(s, h) for s, h in act_objects(act) if s != "proposes"]


def _infinitive(noun: Token) -> Token | None:
    """The to-infinitive a try is for: 'a bid [to block] X'."""
    return next(
        (c for c in noun.children
         if c.dep_ in {"acl", "relcl", "xcomp"} and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)),
        None,
    )  # fmt: skip


def _carrier(noun: Token) -> Token | None:
    """The verb whose object the try is: 'launched [a bid]', 'failed in [its attempt]'."""
    if noun.dep_ == "dobj":
        return noun.head if noun.head.pos_ == "VERB" else None
    if noun.dep_ == "pobj" and noun.head.lower_ in _CARRYING_PREPS and noun.head.head.pos_ == "VERB":
        return noun.head.head
    return None


def _owners(ctx: ExtractionContext, noun: Token, carrier: Token | None) -> tuple[list[Mention], Token]:
    """Whose try it is, and the token whose clause says whether it was made.

    A "by" phrase or a named possessive names the owner; a pronoun possessive ("its bid")
    or none leaves it to the carrying verb's subject. A carrier that is itself a stance
    verb ("saw off an attempt", "backed the campaign") takes a stance on another's try.
    """
    named = [m for c in noun.children if c.dep_ == "poss" and c.tag_ != "PRP$" and (m := ctx.mention(c)) is not None]
    named += [m for p in noun.children if p.dep_ == "prep" and p.lower_ == "by"
              for c in p.children if c.dep_ == "pobj" and (m := ctx.mention(c)) is not None]  # fmt: skip
    anchor = carrier if carrier is not None else noun
    if named:
        return [m for m in named[:1] if m.entity.cls in HOLDERS], anchor
    if any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in noun.children):
        return [], anchor  # "the government's attempt": an owner the text names but we cannot tell
    if carrier is None or any(stance != "proposes" for stance, _ in stance_verbs().get(carrier.lemma_.lower(), ())):
        return [], anchor  # "launched a bid" is the owner's; "saw off an attempt", "backed a bid" another's
    return stance_holders(ctx, carrier), anchor
