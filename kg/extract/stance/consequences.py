"""A speaker's verdict on a plan told by what it would bring: "Blair said Tory policies would cause economic failure".

``stance.consequence`` reads a plan as the subject of a verb of bringing about ("cause", "mean",
"bring", "create", "lead to", "result in") whose object the stance vocabulary or the valence
lexicon judges: a failure, chaos or job losses brought about is opposition, benefits or savings
support. It is read as :mod:`kg.extract.stance.evaluation` reads a verdict: only the speaker's
own, stated words count.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.extract.common.registry import relation_rule
from kg.extract.stance.evaluation import complement_verdict, evaluated_by_speaker
from kg.syntax import tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.common.context import ExtractionContext
    from kg.types import Fact

RULE = "stance.consequence/1"
# Verbs of bringing about, and the preposition their result follows when it is not their object.
_BRINGING = {"cause": None, "mean": None, "bring": None, "create": None, "lead": "to", "result": "in"}


@relation_rule("stance.consequence", version=1, emits=("opposes", "supports"))
def stance_consequence(ctx: ExtractionContext) -> Iterator[Fact]:
    """'X said the tax would cause economic failure' -> X opposes the tax; '... would bring savings' -> supports it."""
    for verb in tokens(ctx.doc):
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in _BRINGING:
            continue
        verdicts = {verdict for result in _results(verb, _BRINGING[lemma]) if (verdict := complement_verdict(result)) is not None}
        if len(verdicts) == 1:
            yield from evaluated_by_speaker(ctx, verb, verdicts.pop(), RULE)


def _results(verb: Token, preposition: str | None) -> list[Token]:
    """What the verb says is brought about: its object, or the object of its preposition ('lead [to] chaos')."""
    if preposition is None:
        return [c for c in verb.children if c.dep_ == "dobj"]
    return [o for p in verb.children if p.dep_ == "prep" and p.lower_ == preposition for o in p.children if o.dep_ == "pobj"]
