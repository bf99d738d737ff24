"""The count of missed stances under a known stance verb, on an article and gold written for this test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from benchmark_script import load


def test_it_counts_a_missed_plan_under_a_stance_verb(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    script = load("stance_verb_objects")
    corpus, gold = tmp_path / "corpus", tmp_path / "gold"
    corpus.mkdir()
    gold.mkdir()
    (corpus / "001.txt").write_text("Harbour talks\n\nFinance Minister Karl Ostrander backed the krone on Monday.\n")
    entities = [
        {"id": "ostrander", "class": "Person", "names": ["Karl Ostrander", "Ostrander"]},
        {"id": "krone", "class": "Plan", "names": ["strong krone", "krone"]},
    ]
    (gold / "001.json").write_text(json.dumps({"documents": ["001.txt"], "entities": entities,
                                               "triples": [["ostrander", "supports", "krone"]], "optional": []}))  # fmt: skip
    assert script.main([str(gold), "--corpus", str(corpus)]) == 0
    out = capsys.readouterr().out
    assert "1 missed stances named with their holder in one sentence; in 1 the plan's words sit under a known stance verb" in out
