"""Relation extraction: one sub-package per relation family, each a set of registered rules.

The families are ``roles/``, ``deployment/``, ``stance/``, ``interaction/``, ``location/``
and the optional ``learned/``; what they all read (the context, clauses, modality, nodes,
labels, antecedents and the rule registry) is in ``common/``, and quotations with their
speakers in ``speech/``. Imports point one way: families -> common -> speech.

Rules are pure functions over an :class:`ExtractionContext`; they never touch
rdflib. :func:`run_rules` runs every registered rule and keeps each distinct
fact once, at its highest confidence.
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING

from kg.extract.common.registry import RULES, Rule

if TYPE_CHECKING:
    from kg.extract.common.context import ExtractionContext
    from kg.types import Fact

log = logging.getLogger(__name__)

FAMILIES = ("roles", "deployment", "stance", "interaction", "location")
# The classifier trained on CoNLL04 (kg.extract.learned) lifts recall on CoNLL04-style
# sentences but, read on our own articles, its worksFor/livesIn guesses are right well under
# half the time; precision comes first, so it runs only when asked for (``--learned``).
OPTIONAL_FAMILIES = ("learned",)
DEFAULT_THRESHOLD = 0.5


def load_rules() -> dict[str, Rule]:
    """Import every relation family so its rules register themselves."""
    for family in FAMILIES + OPTIONAL_FAMILIES:
        try:
            importlib.import_module(f"kg.extract.{family}")
        except ModuleNotFoundError as exc:
            if exc.name != f"kg.extract.{family}":
                raise
    return RULES


def families(learned: bool = False) -> tuple[str, ...]:
    """The rule families a run uses."""
    return FAMILIES + OPTIONAL_FAMILIES if learned else FAMILIES


def run_rules(
    ctx: ExtractionContext, threshold: float = DEFAULT_THRESHOLD, use: tuple[str, ...] = FAMILIES
) -> list[Fact]:
    """Every fact the rules of the families in ``use`` find in one article, deduplicated."""
    best: dict[tuple[object, ...], Fact] = {}
    for rule in load_rules().values():
        if rule.name.split(".")[0] not in use:
            continue
        for fact in rule.func(ctx):
            if fact.confidence < threshold or fact.subject.entity.key == fact.object.entity.key:
                continue
            key = (
                fact.subject.entity.key,
                fact.predicate,
                fact.object.entity.key,
                fact.sentence.start,
                fact.polarity,
                fact.modality,
            )
            if key not in best or best[key].confidence < fact.confidence:
                best[key] = fact
    return sorted(best.values(), key=lambda f: (f.sentence.start, f.subject.start, f.predicate))
