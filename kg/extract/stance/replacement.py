"""Replacing one plan with another: "replace council tax with a local income tax".

Whoever puts forward replacing X with Y is against X and for Y: they oppose X and propose Y
(the polarity policy of ending a plan, ``docs/data-model.md``). The rules that read an act of
policy as a proposal (a pledge, an intent, a request, a recommendation) ask here first, so
the act is never a plan of its own ("replacing council tax with a local income tax")
that no reader would name.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.extract.stance.base import stance_fact
from kg.extract.stance.plan_phrases import phrase_plan
from kg.lexicon import stance_vocabulary

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.common.context import ExtractionContext
    from kg.types import Fact, Mention

# Verbs of replacing, and the prepositions that bring in the new plan: "replace X with Y", "swap X for Y"
# ("replace indefinite jail for terror suspects" says whom X is for, not what replaces it).
_REPLACING = {"replace": frozenset({"with", "by"}), "swap": frozenset({"for", "with"})}


def replaced(act: Token) -> tuple[Token, Token | None] | None:
    """The plan ``act`` replaces and the one it brings in: 'replace [X] with [Y]', 'swap [X] for [Y]' (None when unsaid)."""
    if act.lemma_.lower() not in _REPLACING:
        return None
    old = next((c for c in act.children if c.dep_ == "dobj"), None)
    # the parse hangs "with Y" on the verb or on X
    bringing_in = _REPLACING[act.lemma_.lower()]
    marker = next((c for h in (act, old) if h is not None for c in h.children if c.dep_ == "prep" and c.lower_ in bringing_in), None)
    new = next((c for c in marker.children if c.dep_ == "pobj"), None) if marker is not None else None
    return (old, new) if old is not None else None  # "powers to replace indefinite jail": against it, whatever replaces it


def replacement_stances(
    ctx: ExtractionContext,
    holder: Mention,
    pair: tuple[Token, Token | None],
    anchor: Token,
    rule: str,
    confidence: float,
    condition: str | None = None,
) -> Iterator[Fact]:
    """``holder`` opposes what is replaced and proposes what replaces it, each named as a plan.

    Only when what is replaced names a plan or system: replacing a person names no policy.
    """
    old, new = pair
    for stance, head in (("opposes", old), *((("proposes", new),) if new is not None else ())):
        found = [f for f in stance_fact(ctx, holder, stance, head, anchor, rule, confidence, "positive", "asserted")
                 if f.object.entity.cls in {"Plan", "System"}]  # fmt: skip
        if not found and head.pos_ == "NOUN" and head.lemma_.lower() not in stance_vocabulary()["not_policies"]:
            plan = phrase_plan(ctx, head)  # "a local income tax": the thing as written
            if plan is not None and plan.entity.key != holder.entity.key:
                found = [ctx.fact(holder, stance, plan, anchor, rule, confidence, condition=condition)]
        if not found:
            return  # "replace the minister with a new face": no plan replaced, no plan brought in
        yield from found
