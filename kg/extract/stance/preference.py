"""A plan preferred to another: "He rejected across-the-board tax cuts in favour of targeted help".

``stance.preferred`` reads "in favour of" hung on a verb of choosing against something
("reject", "drop", "scrap", ...: the ``opposes`` and ``removal`` verbs): whoever rejects or drops
one plan in favour of another is for the other. The first plan is the stance verb's own
(:mod:`~kg.extract.stance.verbs`). Only a plan or system is preferred: "ruled in favour of
the firm" takes no side on a policy.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.extract.common.registry import relation_rule
from kg.extract.stance.base import is_question, stance_fact, stance_polarity_and_modality, stance_vocabulary
from kg.extract.stance.holders import stance_holders
from kg.extract.stance.plan_phrases import phrase_plan
from kg.syntax import tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.common.context import ExtractionContext
    from kg.types import Fact

RULE = "stance.preferred/1"


@relation_rule("stance.preferred", version=1, emits=("supports",))
def stance_preferred(ctx: ExtractionContext) -> Iterator[Fact]:
    """'X rejected A in favour of B', 'scrapped A in favour of B' -> X supports B."""
    vocabulary = stance_vocabulary()
    choosing_against = {entry.split()[0] for kind in ("opposes", "removal") for entry in vocabulary[kind]}
    for verb in tokens(ctx.doc):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in choosing_against or is_question(verb):
            continue
        preferred = _preferred(verb)
        if not preferred:
            continue
        polarity, modality = stance_polarity_and_modality(verb)
        for holder in stance_holders(ctx, verb):
            for head in preferred:
                found = [f for f in stance_fact(ctx, holder, "supports", head, verb, RULE, 0.65, polarity, modality)
                         if f.object.entity.cls in {"Plan", "System"}]  # fmt: skip
                if not found and head.pos_ == "NOUN" and head.lemma_.lower() not in vocabulary["not_policies"]:
                    plan = phrase_plan(ctx, head)  # "targeted help for families": the thing as written
                    if plan is not None:
                        found = [ctx.fact(holder, "supports", plan, verb, RULE, 0.65, polarity=polarity, modality=modality)]
                yield from found


def _preferred(verb: Token) -> list[Token]:
    """The objects of '[in] favour of' hung on ``verb`` or on its object."""
    places = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    favours = [f for p in places for c in p.children if c.dep_ == "prep" and c.lower_ == "in"
               for f in c.children if f.dep_ == "pobj" and f.lower_ in {"favour", "favor"}]  # fmt: skip
    heads = [o for f in favours for p in f.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ in {"pobj", "pcomp"}]
    return [h for head in heads for h in (head, *head.conjuncts)]
