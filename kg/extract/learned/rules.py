"""Relations a trained classifier reads: worksFor, livesIn, locatedIn, basedIn, killed.

Hand-written rules catch the patterns someone thought of; this family scores
every pair of names in a sentence with the softmax regression in
:mod:`kg.learn.model` (trained on CoNLL04 train by ``benchmarks/train_relations.py``)
and states the relation it finds, with the model's calibrated probability as the
confidence, on the same scale as the rules'. ``run_rules`` keeps the more
confident of a rule's and the model's copy of the same fact.

A pair only gets a predicate its classes fit (worksFor: Person -> Organization,
and so on), polarity and modality are read at the verb joining the pair, and
facts below the model's own ``min_confidence`` (chosen on CoNLL04 dev and stored
with the weights) are not emitted. Without the weights file the family yields
nothing and says so once in the log.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.extract.common.modality import polarity_and_modality
from kg.extract.common.registry import relation_rule
from kg.learn.features import PREDICATES, candidates, featurise
from kg.learn.features import anchor as pair_anchor
from kg.learn.model import NONE, class_mask, load_shipped, shipped_path

if TYPE_CHECKING:
    from kg.extract.common.context import ExtractionContext
    from kg.types import Fact

RULE = "learned.relations"
VERSION = 1

# The model predicts "killed" between any two people in a sentence about a death
# (CoNLL04 is full of assassinations); in political news that invents killings.
# A false "killed" costs far more than a missed one, so only the rules state it.
NOT_FROM_THE_MODEL = frozenset({"killed"})


@relation_rule(RULE, version=VERSION, emits=tuple(p for p in PREDICATES if p not in NOT_FROM_THE_MODEL))
def learned_relations(ctx: ExtractionContext) -> Iterator[Fact]:
    """Each name pair the model relates with at least its minimum confidence."""
    model = load_shipped(shipped_path())
    if model is None:
        return
    minimum = float(model.metadata.get("min_confidence", 0.0))
    for candidate in candidates(ctx.doc, ctx.entities.mentions):
        predicate, confidence = model.predict(
            featurise(candidate), class_mask(candidate.subject.entity.cls, candidate.object.entity.cls)
        )
        if predicate == NONE or predicate in NOT_FROM_THE_MODEL or confidence < minimum:
            continue
        at = pair_anchor(candidate)
        polarity, modality = polarity_and_modality(at)
        yield ctx.fact(
            candidate.subject,
            predicate,
            candidate.object,
            at,
            f"{RULE}/{VERSION}",
            round(confidence, 3),
            polarity=polarity,
            modality=modality,
        )
