"""The learned relation family: stable features, weights that round-trip, and sane predictions.

The sentences are written for this test; CoNLL04's may not be redistributed.
"""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
import pytest

from kg.analyse import analyse_doc
from kg.extract import FAMILIES, families
from kg.extract.learned import rules as learned_family
from kg.extract.common.registry import RULES
from kg.learn.features import DIMENSION, candidates, featurise
from kg.learn.model import CLASSES, Examples, RelationModel, class_mask, load_shipped, shipped_path, train
from kg.resolve.document import resolve_document
from kg.types import Article, Fact

RULE_ID = "learned.relations/1"
RULES_EMITS = ("worksFor", "livesIn", "locatedIn", "basedIn")
FOUND = [
    ("John Smith, a lawyer who lives in Boston, spoke to reporters on Monday.", "John Smith", "livesIn", "Boston"),
    ("Acme Corp., based in Denver, hired 200 workers last year.", "Acme Corp.", "basedIn", "Denver"),
    ("Jane Doe, who works for Acme Corp., declined to comment.", "Jane Doe", "worksFor", "Acme Corp."),
]


def _learned_facts(nlp, text: str) -> list[Fact]:  # type: ignore[no-untyped-def]
    return [f for f in analyse_doc(Article("t", text), nlp(text), use=families(learned=True)).facts if f.rule == RULE_ID]


@pytest.fixture()
def shipped() -> RelationModel:
    found = load_shipped(shipped_path())
    if found is None:
        pytest.fail(f"no usable relation model at {shipped_path()}; run benchmarks/train_relations.py")
    return found


def test_features_are_deterministic(nlp) -> None:  # type: ignore[no-untyped-def]
    text = FOUND[0][0]
    runs = []
    for _ in range(2):
        doc = nlp(text)
        runs.append([featurise(c).tolist() for c in candidates(doc, resolve_document(doc).mentions)])
    assert runs[0] and runs[0] == runs[1]
    assert all(0 <= i < DIMENSION for row in runs[0] for i in row)


def test_model_round_trips_through_save_and_load(tmp_path: Path) -> None:
    rng = np.random.default_rng(1)
    rows = [np.sort(rng.choice(DIMENSION, 12, replace=False)).astype(np.int32) for _ in range(40)]
    masks = [class_mask("Person", "Place") for _ in rows]
    labels = [CLASSES.index("livesIn") if n % 2 else 0 for n in range(len(rows))]
    trained = train(Examples.build(rows, labels, masks), epochs=3)
    trained.metadata["min_confidence"] = 0.6
    trained.save(tmp_path / "m.npz")
    loaded = RelationModel.load(tmp_path / "m.npz")
    assert loaded.metadata == trained.metadata
    for row, mask in zip(rows, masks):
        assert loaded.predict(row, mask)[0] == trained.predict(row, mask)[0]
        assert np.allclose(loaded.probabilities(row, mask), trained.probabilities(row, mask), atol=1e-2)


def test_shipped_weights_are_small(shipped: RelationModel) -> None:
    assert shipped_path().stat().st_size <= 25_000_000
    assert shipped.weights.shape == (DIMENSION, len(CLASSES))


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), FOUND)
def test_shipped_model_reads_the_obvious_relation(nlp, shipped, text: str, subject: str, predicate: str, obj: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    scored = {
        (c.subject.text, c.object.text): shipped.predict(featurise(c), class_mask(c.subject.entity.cls, c.object.entity.cls))
        for c in candidates(doc, resolve_document(doc).mentions)
    }
    assert (subject, obj) in scored, f"no candidate pair {subject} -> {obj} in {list(scored)}"
    assert scored[(subject, obj)][0] == predicate
    assert all(0.0 <= confidence <= 1.0 for _, confidence in scored.values())


def test_emitted_facts_carry_confidence_on_the_unit_scale(nlp) -> None:  # type: ignore[no-untyped-def]
    facts = [f for text, *_ in FOUND for f in _learned_facts(nlp, text)]
    assert facts
    assert all(0.0 <= f.confidence <= 1.0 and f.rule == RULE_ID for f in facts)


def test_pairs_get_only_predicates_their_classes_fit() -> None:
    assert not class_mask("Organization", "Person")[1:].any()
    assert [c for c, ok in zip(CLASSES, class_mask("Person", "Person")) if ok] == ["none", "killed"]


def test_family_is_silent_without_weights(nlp, monkeypatch, tmp_path: Path, caplog) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(learned_family, "shipped_path", lambda: tmp_path / "absent.npz")
    text = FOUND[0][0]
    from kg.extract.common.context import ExtractionContext

    doc = nlp(text)
    ctx = ExtractionContext("t", doc, resolve_document(doc))
    with caplog.at_level(logging.WARNING, logger="kg.learn.model"):
        assert list(RULES["learned.relations"].func(ctx)) == []
        assert list(RULES["learned.relations"].func(ctx)) == []
    assert sum("no relation model" in r.message for r in caplog.records) == 1


def test_the_model_never_states_a_killing() -> None:
    """Only rules state 'killed': a model guess between two people in a sentence about a death is too costly."""
    assert "killed" not in RULES[learned_family.RULE].emits
    assert "killed" in learned_family.NOT_FROM_THE_MODEL


def test_the_learned_family_runs_only_when_asked_for(nlp) -> None:  # type: ignore[no-untyped-def]
    text = FOUND[0][0]
    assert "learned" not in FAMILIES
    default = analyse_doc(Article("t", text), nlp(text)).facts
    assert not any(f.rule == RULE_ID for f in default)
