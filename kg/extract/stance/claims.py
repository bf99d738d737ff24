"""Whose word a stance is on: "critics say Labour backs the plan" is the critics' claim, not a fact.

A stance the journalist reports from an unnamed group of partisans ("critics say",
"opponents claim", "supporters argue": the ``<stance>_agents`` nouns) or from "some" or
"others" is that group's reading of the holder, often a hostile one; newskg keeps it as
``reported``, never asserted. Informants ("sources told the BBC X backs Y") are left alone. A named speaker is handled by
:meth:`kg.extract.common.context.ExtractionContext.fact`; a pronoun speaker ("he said")
may be resolved elsewhere and is left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.stance.vocabulary import stance_agents
from kg.resolve.groups import group_holder

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.common.context import ExtractionContext


# Indefinite speakers: "some say", "others argue", "many believe".
_INDEFINITE = frozenset({"some", "others", "many"})


def claimed_by_unnamed(ctx: ExtractionContext, anchor: Token) -> bool:
    """Whether ``anchor`` sits in a clause reported from an unnamed group: 'Critics say [X opposes Y]'."""
    quotation = ctx.quotation_at(anchor)
    if quotation is None or quotation.direct or quotation.speaker is not None:
        return False
    clause = anchor
    while clause.head.i != clause.i and quotation.start <= clause.head.i < quotation.end:
        clause = clause.head
    speech = clause.head
    if speech.i == clause.i:
        return False
    subject = next((c for c in speech.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or not (subject.lemma_.lower() in stance_agents() or subject.lower_ in _INDEFINITE):
        return False  # "he said", "the chancellor said", "sources told the BBC": no side's reading
    return ctx.mention(subject) is None and group_holder(ctx.entities, subject) is None
