"""A softmax regression over hashed pair features, in numpy, with its weights shipped in kg/data.

Why this and not a neural model: CoNLL04 train has about a thousand relations, a
linear model over lexical and dependency-path features is what that much data
supports, it trains in seconds on a CPU, and its weights compress to a few MB.

Classes are ``none`` plus the predicates in :data:`kg.learn.features.SIGNATURES`.
A predicate whose signature does not fit the pair's classes is masked out of the
softmax, in training and prediction alike, so the model never spends probability
on a relation the two mentions cannot hold.

Confidence shares the rules' scale through a monotone calibration fitted on CoNLL04
dev (``calibration`` in the metadata): facts at confidence >= c were right about c
of the time there, as the rules' facts at >= 0.5 are right about half the time.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from kg.learn.features import DIMENSION, FEATURE_VERSION, NONE, PREDICATES, fitting_predicates

log = logging.getLogger(__name__)

CLASSES = (NONE, *PREDICATES)
WEIGHTS_NAME = "relation_model.npz"
METADATA_NAME = "relation_model.json"


@dataclass
class Examples:
    """Training pairs as a sparse binary matrix (CSR index arrays) with labels and class masks."""

    indptr: np.ndarray
    indices: np.ndarray
    labels: np.ndarray  # index into CLASSES
    masks: np.ndarray  # bool (n, len(CLASSES)): which classes the pair's signature allows

    @classmethod
    def build(cls, rows: list[np.ndarray], labels: list[int], masks: list[np.ndarray]) -> Examples:
        indptr = np.zeros(len(rows) + 1, dtype=np.int64)
        indptr[1:] = np.cumsum([len(r) for r in rows])
        indices = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int32)
        return cls(indptr, indices.astype(np.int32), np.asarray(labels, dtype=np.int64), np.asarray(masks, dtype=bool))

    def __len__(self) -> int:
        return len(self.labels)


def class_mask(subject_cls: str, object_cls: str) -> np.ndarray:
    """Which of :data:`CLASSES` a pair of these classes may take (``none`` always)."""
    allowed = {NONE, *fitting_predicates(subject_cls, object_cls)}
    return np.array([c in allowed for c in CLASSES], dtype=bool)


@dataclass
class RelationModel:
    """Weights (DIMENSION x classes), bias, and the metadata that says how they were made."""

    weights: np.ndarray
    bias: np.ndarray
    metadata: dict[str, Any] = field(default_factory=dict)

    def logits(self, indices: np.ndarray, mask: np.ndarray) -> np.ndarray:
        scores = self.weights[indices].sum(axis=0, dtype=np.float32) + self.bias
        return np.where(mask, scores, -np.inf)

    def probabilities(self, indices: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Softmax over the classes the mask allows (raw, before calibration)."""
        return _softmax(self.logits(indices, mask)[None, :])[0]

    def predict(self, indices: np.ndarray, mask: np.ndarray) -> tuple[str, float]:
        """The most probable predicate (never ``none``) and its calibrated confidence in [0, 1].

        The predicate's own probability, not whether it beats ``none``, is what the
        confidence threshold then judges, so the threshold alone sets precision.
        """
        if not mask[1:].any():
            return NONE, 0.0
        probs = self.probabilities(indices, mask)
        best = 1 + int(np.argmax(probs[1:]))
        return CLASSES[best], self.calibrate(float(probs[best]), CLASSES[best])

    def calibrate(self, probability: float, predicate: str) -> float:
        """Map a raw probability onto the rules' confidence scale (identity if uncalibrated).

        The knots (fitted on CoNLL04 dev, per predicate where dev has enough of them,
        else shared under ``"*"``) send p to the precision of the dev predictions scoring
        at least p, so facts at confidence >= c are right about c of the time.
        """
        curves = self.metadata.get("calibration")
        if not curves:
            return probability
        knots = curves.get(predicate) or curves["*"]
        return float(np.interp(probability, knots["raw"], knots["confidence"]))

    def save(self, path: Path) -> None:
        """Write ``path`` (.npz, float16 weights) and the metadata beside it (.json)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(path, weights=self.weights.astype(np.float16), bias=self.bias.astype(np.float32))
        path.with_suffix(".json").write_text(json.dumps(self.metadata, indent=2, sort_keys=True) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> RelationModel:
        with np.load(path) as data:
            weights, bias = data["weights"].astype(np.float32), data["bias"].astype(np.float32)
        meta_path = path.with_suffix(".json")
        metadata = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else {}
        return cls(weights, bias, metadata)


def shipped_path() -> Path:
    """Where the shipped weights live (``kg/data/relation_model.npz``)."""
    return Path(str(resources.files("kg.data").joinpath(WEIGHTS_NAME)))


@lru_cache(maxsize=4)
def load_shipped(path: Path | None = None) -> RelationModel | None:
    """The shipped model, loaded once; ``None`` (logged once) when missing or of another feature version."""
    path = path or shipped_path()
    if not path.is_file():
        log.warning("no relation model at %s; learned relations are off (run benchmarks/train_relations.py)", path)
        return None
    model = RelationModel.load(path)
    version = model.metadata.get("feature_version")
    if version != FEATURE_VERSION or tuple(model.metadata.get("classes", CLASSES)) != CLASSES:
        log.warning(
            "relation model %s was trained with feature version %s (code has %s); learned relations are off "
            "until it is retrained with benchmarks/train_relations.py",
            path, version, FEATURE_VERSION,
        )  # fmt: skip
        return None
    return model


def _softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=1, keepdims=True)


def train(
    examples: Examples,
    *,
    epochs: int = 15,
    learning_rate: float = 0.2,
    l2: float = 1e-5,
    batch_size: int = 32,
    none_weight: float = 1.0,
    seed: int = 0,
    classes: tuple[str, ...] = CLASSES,
) -> RelationModel:
    """Fit the softmax regression by minibatch Adagrad with L2 on the rows each batch touches.

    ``none_weight`` scales the loss of ``none`` pairs; below 1 it trades precision for recall.
    ``classes`` are the labels ``examples.labels`` index (``none`` first); the stance scorer has its own.
    """
    n_classes = len(classes)
    weights = np.zeros((DIMENSION, n_classes), dtype=np.float32)
    bias = np.zeros(n_classes, dtype=np.float32)
    w_acc = np.full_like(weights, 1e-8)
    b_acc = np.full_like(bias, 1e-8)
    sample_weight = np.where(examples.labels == 0, none_weight, 1.0).astype(np.float32)
    rng = np.random.default_rng(seed)
    for _ in range(epochs):
        order = rng.permutation(len(examples))
        for start in range(0, len(order), batch_size):
            batch = order[start : start + batch_size]
            rows, lengths = _gather(examples, batch)
            segments = np.repeat(np.arange(len(batch)), lengths)
            scores = np.zeros((len(batch), n_classes), dtype=np.float32)
            np.add.at(scores, segments, weights[rows])
            scores = np.where(examples.masks[batch], scores + bias, -np.inf)
            grad = _softmax(scores)
            grad[np.arange(len(batch)), examples.labels[batch]] -= 1.0
            grad *= sample_weight[batch, None] / len(batch)
            unique, inverse = np.unique(rows, return_inverse=True)
            g_rows = np.zeros((len(unique), n_classes), dtype=np.float32)
            np.add.at(g_rows, inverse, grad[segments])
            g_rows += l2 * weights[unique]
            w_acc[unique] += g_rows**2
            weights[unique] -= learning_rate * g_rows / np.sqrt(w_acc[unique])
            g_bias = grad.sum(axis=0)
            b_acc += g_bias**2
            bias -= learning_rate * g_bias / np.sqrt(b_acc)
    return RelationModel(weights, bias, {"feature_version": FEATURE_VERSION, "classes": list(classes)})


def _gather(examples: Examples, batch: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    starts, ends = examples.indptr[batch], examples.indptr[batch + 1]
    rows = np.concatenate([examples.indices[s:e] for s, e in zip(starts, ends)])
    return rows, ends - starts
