"""Precision, recall and F1 per relation and micro-averaged: one scorer for every benchmark."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Score:
    """Counts for one relation type, and the measures derived from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    """Scores per relation type plus the micro average, with a title saying what was measured."""

    title: str
    scores: dict[str, Score] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def micro(self) -> Score:
        return Score(
            sum(s.tp for s in self.scores.values()),
            sum(s.fp for s in self.scores.values()),
            sum(s.fn for s in self.scores.values()),
        )

    def format(self) -> str:
        """A plain-text table, the same in the terminal and in QUALITY.md."""
        lines = [self.title, f"{'relation':<16}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
        for name, s in sorted(self.scores.items()) + [("micro", self.micro)]:
            lines.append(f"{name:<16}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.tp:>6}{s.fp:>6}{s.fn:>6}")
        lines.extend(self.notes)
        return "\n".join(lines)


def score_sets(
    predicted: Iterable[tuple[str, Hashable]],
    gold: Iterable[tuple[str, Hashable]],
    relation_types: Iterable[str] = (),
) -> dict[str, Score]:
    """Score (relation type, item) pairs: an item counts once however often it is predicted."""
    pred_set, gold_set = set(predicted), set(gold)
    tp = Counter(r for r, _ in pred_set & gold_set)
    fp = Counter(r for r, _ in pred_set - gold_set)
    fn = Counter(r for r, _ in gold_set - pred_set)
    types = set(relation_types) | set(tp) | set(fp) | set(fn)
    return {t: Score(tp[t], fp[t], fn[t]) for t in types}
