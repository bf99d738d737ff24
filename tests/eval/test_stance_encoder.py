"""The stance-encoder experiment's own arithmetic: how a candidate is marked for the encoder, how
held-out triples are counted, and the numpy encoder's activation. The encoder itself needs weights
newskg does not ship, so it is measured by the benchmark, not here."""

from __future__ import annotations

import math

import numpy as np
from benchmark_script import load

encoder = load("stance_encoder")
minilm = load("minilm_numpy")


def candidate(label: int = 0, pair=("g-h", "g-p"), how: str = "named") -> dict:
    text = "Unions oppose the pension plan."
    return {"text": text, "holder": [0, 6], "plan": [18, 30], "cue": [7, 13], "how": how,
            "holder_name": "Unions", "plan_name": "pension plan", "label": label,
            "pair": list(pair), "key": ["n-h", "n-p"]}  # fmt: skip


def test_marked_wraps_holder_and_plan() -> None:
    names, text = encoder.marked(candidate())
    assert names == "named Unions | pension plan"
    assert " @ Unions @ " in text and " # pension plan # " in text


def test_marked_leaves_a_quoted_speaker_unmarked() -> None:
    _, text = encoder.marked(candidate(how="speaker"))
    assert "@" not in text and " # pension plan # " in text


def test_report_counts_new_triples_once_and_skips_the_rules() -> None:
    article = {"gold": [["g-h", "opposes", "g-p"]], "optional": [], "rules": [], "rule_wrong": 1,
               "candidates": [candidate(1), candidate(1), candidate(0, pair=(None, None))]}  # fmt: skip
    confident = [0.02, 0.95, 0.02, 0.01]  # opposes
    text = encoder.report([article], [[confident, confident, [0.1, 0.1, 0.05, 0.75]]])
    line = next(x for x in text.splitlines() if x.startswith("min confidence 0.70"))
    assert "1 new right, 1 new wrong" in line  # the two right candidates are one triple
    article["rules"] = [["g-h", "opposes", "g-p"]]
    line = next(x for x in encoder.report([article], [[confident, confident, [0.1, 0.1, 0.05, 0.75]]]).splitlines() if x.startswith("min confidence 0.70"))
    assert "0 new right, 1 new wrong" in line


def test_gelu_is_berts_exact_one() -> None:
    x = np.linspace(-4, 4, 33)
    exact = np.array([0.5 * v * (1 + math.erf(v / math.sqrt(2))) for v in x])
    assert np.max(np.abs(minilm._gelu(x) - exact)) < 1e-6


def test_pooled_averages_the_pieces_inside_a_span() -> None:
    vectors = np.arange(8, dtype=np.float32).reshape(4, 2)
    offsets = [(0, 0), (0, 3), (4, 9), (0, 0)]  # [CLS], two words, [SEP]
    assert minilm.pooled(vectors, offsets, (0, 9)).tolist() == [3.0, 4.0]
    assert minilm.pooled(vectors, offsets, (0, 0)).tolist() == [0.0, 0.0]
