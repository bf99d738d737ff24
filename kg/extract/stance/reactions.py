"""A stance told by how someone reacted: "Labour reacted angrily to the fuel tax" -> Labour opposes it.

``stance.reaction`` reads "react" or "respond" with "to" a plan and a manner adverb that says
which way (``reacting_against`` and ``reacting_for`` in ``kg/data/stance_verbs.json``): "angrily", "furiously" oppose,
"warmly", "favourably" support. A reaction with no manner ("responded to the plan") says nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.extract.common.registry import relation_rule
from kg.extract.stance.base import is_question, stance_fact, stance_polarity_and_modality, stance_vocabulary
from kg.extract.stance.holders import stance_holders
from kg.syntax import tokens

if TYPE_CHECKING:
    from kg.extract.common.context import ExtractionContext
    from kg.types import Fact

RULE = "stance.reaction/1"
_REACTING = frozenset({"react", "respond"})


@relation_rule("stance.reaction", version=1, emits=("opposes", "supports"))
def stance_reaction(ctx: ExtractionContext) -> Iterator[Fact]:
    """'Labour reacted angrily to the fuel tax' -> opposes; 'responded warmly to it' -> supports."""
    vocabulary = stance_vocabulary()
    manners = {**dict.fromkeys(vocabulary["reacting_against"], "opposes"), **dict.fromkeys(vocabulary["reacting_for"], "supports")}
    for verb in tokens(ctx.doc):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _REACTING or is_question(verb):
            continue
        stances = {manners[c.lower_] for c in verb.children if c.dep_ == "advmod" and c.lower_ in manners}
        objects = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
        if len(stances) != 1 or not objects:
            continue
        stance = stances.pop()
        polarity, modality = stance_polarity_and_modality(verb)
        for holder in stance_holders(ctx, verb):
            for obj in objects:
                for fact in stance_fact(ctx, holder, stance, obj, verb, RULE, 0.65, polarity, modality):
                    if fact.object.entity.cls in {"Plan", "System"}:
                        yield fact
