"""Proposals read from wishes: "Washington would like to post a joint memorandum",
"Russia wants to sign a new treaty", "Moscow would like a written guarantee".

Wanting something brought about is putting it forward: the holder proposes the plan
or system their wish names. ``stance.verb`` already reads "X wants Y"; this rule adds
"would like Y" and a wish to bring something about ("wants to sign Y"), where Y is
the object of a verb of making, agreeing or adopting. "Would like" is a present wish,
not a hypothetical: only an "if" or "unless" clause makes it one.

``stance.wish_state`` reads a call for something to be brought into a state a plan
names ("called for the water companies to be brought back into public ownership"):
the caller proposes that plan.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.extract.common.labels import node_class
from kg.extract.common.modality import has_conditional_clause, negated, polarity_and_modality
from kg.extract.common.registry import relation_rule
from kg.extract.stance.base import stance_fact, stance_vocabulary
from kg.extract.stance.holders import stance_holders
from kg.syntax import tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.common.context import ExtractionContext
    from kg.types import Fact

RULE = "stance.wish/1"
STATE_RULE = "stance.wish_state/1"
# Verbs that put something into a state: "brought into public ownership", "placed under special measures".
PUTTING_INTO = frozenset({"bring", "take", "return", "put", "place"})
# "like" wishes only after "would"; "want" with a direct object is stance.verb's.
WISH_VERBS = frozenset({"want", "like", "wish", "seek", "hope", "aim", "plan", "intend"})
# Verbs whose object the wisher wants to exist or to hold: "to sign a treaty", "to set up a centre".
BRINGING_ABOUT = frozenset(
    {"sign", "conclude", "post", "adopt", "establish", "create", "set", "introduce", "hold", "reach",
     "negotiate", "draft", "secure", "see", "agree", "build", "launch", "conduct", "undertake", "carry"}
)  # fmt: skip


@relation_rule("stance.wish", version=1, emits=("proposes",))
def stance_wish(ctx: ExtractionContext) -> Iterator[Fact]:
    """'X would like (to sign) Y', 'X wants/seeks/hopes to conclude Y'."""
    for verb in tokens(ctx.doc):
        lemma = verb.lemma_.lower()  # "hoped" is "hope" (kg.nlp fixes the small model's "hop")
        if verb.pos_ != "VERB" or lemma not in WISH_VERBS:
            continue
        would = any(c.dep_ == "aux" and c.lower_ in {"would", "'d"} for c in verb.children)
        if lemma == "like" and not would:
            continue
        objects = wished_objects(verb, direct=lemma in {"like", "wish", "seek"})
        if not objects:
            continue
        polarity, modality = polarity_and_modality(verb)
        if would and modality == "hypothetical" and not has_conditional_clause(verb):
            modality = "asserted"  # "would like" states a wish now
        for holder in stance_holders(ctx, verb):
            for obj in objects:
                yield from stance_fact(ctx, holder, "proposes", obj, verb, RULE, 0.7, polarity, modality)


@relation_rule("stance.wish_state", version=1, emits=("proposes",))
def stance_wish_state(ctx: ExtractionContext) -> Iterator[Fact]:
    """'X called for the railways to be taken into public ownership': X proposes public ownership.

    Only a wishing verb ("call", "urge", "want" ...) whose infinitive is a passive verb of
    putting something into (or under) a state the text names as a plan; wishing oneself
    to do it ("wants to bring the railways into public ownership") is read the same way.
    """
    wishing = frozenset(stance_vocabulary()["wishing"])
    for verb in tokens(ctx.doc):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in wishing:
            continue
        for clause in (c for c in verb.children if c.dep_ in {"advcl", "xcomp", "ccomp"}):
            if clause.lemma_.lower() not in PUTTING_INTO or not any(c.lower_ == "to" for c in clause.children):
                continue
            if negated(clause):
                continue  # "called for the railways not to be taken into public ownership"
            states = [p for prep in clause.children if prep.dep_ == "prep" and prep.lower_ in {"into", "under"}
                      for p in prep.children if p.dep_ == "pobj" and node_class(p) == "Plan"]  # fmt: skip
            polarity, modality = polarity_and_modality(verb)
            for holder in stance_holders(ctx, verb):
                for state in states:
                    yield from stance_fact(ctx, holder, "proposes", state, verb, STATE_RULE, 0.65, polarity, modality)


def wished_objects(verb: Token, *, direct: bool) -> list[Token]:
    """What the wish is for: a direct object (``direct``) or the object of a bringing-about infinitive."""
    found = [c for c in verb.children if c.dep_ == "dobj"] if direct else []
    for clause in verb.children:
        if clause.dep_ != "xcomp" or clause.lemma_.lower() not in BRINGING_ABOUT:
            continue
        found += [c for c in clause.children if c.dep_ == "dobj"]
        found += [p for prep in clause.children if prep.dep_ == "prep" and prep.lower_ in {"on", "to"}
                  and clause.lemma_.lower() == "agree" for p in prep.children if p.dep_ == "pobj"]  # fmt: skip
    return [o for head in found for o in (head, *head.conjuncts)]



