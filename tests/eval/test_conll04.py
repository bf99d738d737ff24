"""The CoNLL04 evaluation: its mapping and matching on hand-made data, and a floor on dev.

The hand-made sentences are written for this test; CoNLL04's own sentences are never
copied into the repository (the corpus may not be redistributed).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.eval.conll04 import argument_span, conll_type, evaluate_conll04, fact_item, load_sentences
from kg.types import Article, DocumentResult, Entity, Fact, Mention, TextSpan

REPO = Path(__file__).resolve().parents[2]
CONLL04 = REPO.parent / "shared" / "benchmarks" / "conll04"
DEV_FLOOR = 0.22  # rules: measured 0.27 on the full dev split (231 sentences); see benchmarks/conll04.py
LEARNED_DEV_FLOOR = 0.50  # rules + learned entities and classifier: measured 0.55

ACME = Entity("organization:acme corp.", "Organization", "Acme Corp.")
DENVER = Entity("place:denver", "Place", "Denver")
COLORADO = Entity("place:colorado", "Place", "Colorado")
KANE = Entity("person:victor kane", "Person", "Victor Kane")
ORTIZ = Entity("person:samuel ortiz", "Person", "Samuel Ortiz")


def _fact(subject: Mention, predicate: str, obj: Mention, text: str) -> Fact:
    return Fact("t", subject, predicate, obj, TextSpan(0, len(text), text), "test/1", 0.9)


def _write(tmp_path: Path, records: list[dict[str, object]]) -> Path:
    (tmp_path / "conll04_dev.json").write_text(json.dumps(records), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("subject", "predicate", "expected"),
    [
        (ACME, "locatedIn", "OrgBased_In"),
        (DENVER, "locatedIn", "Located_In"),
        (ACME, "basedIn", "OrgBased_In"),
        (KANE, "worksFor", "Work_For"),
        (KANE, "heads", "Work_For"),
        (KANE, "livesIn", "Live_In"),
        (KANE, "killed", "Kill"),
        (KANE, "meetsWith", None),
    ],
)
def test_predicates_map_to_conll_types_by_subject_class(subject: Entity, predicate: str, expected: str | None) -> None:
    m = Mention(subject.label, 0, len(subject.label), subject)
    assert conll_type(_fact(m, predicate, m, subject.label)) == expected


def test_detokenised_offsets_and_determiners(tmp_path: Path) -> None:
    tokens = ["The", "Acme", "Corp.", "moved", "to", "Denver", "."]
    record = {
        "tokens": tokens,
        "entities": [{"type": "Org", "start": 0, "end": 3}, {"type": "Loc", "start": 5, "end": 6}],
        "relations": [{"type": "OrgBased_In", "head": 0, "tail": 1}],
        "orig_id": 1,
    }
    [sentence] = load_sentences(_write(tmp_path, [record]) / "conll04_dev.json")
    assert sentence.text == "The Acme Corp. moved to Denver ."
    [(relation, (_, head, tail))] = sentence.gold
    assert relation == "OrgBased_In"
    assert sentence.text[head[0] : head[1]] == "Acme Corp."  # the leading 'The' is ignored
    assert (sentence.text[tail[0] : tail[1]], tail[2]) == ("Denver", "Loc")


def test_a_span_inside_a_dataset_token_scores_as_that_token() -> None:
    text = "He flew to Addis Ababa , Ethiopia. on Monday ."
    start = text.index("Ethiopia")
    assert text[slice(*argument_span(text, start, start + len("Ethiopia")))] == "Ethiopia."
    start = text.index("Addis")
    assert text[slice(*argument_span(text, start, start + len("Addis Ababa")))] == "Addis Ababa"
    text = "the Acme Corp. hired him ."
    assert text[slice(*argument_span(text, 0, len("the Acme Corp.")))] == "Acme Corp."


def test_a_pronoun_argument_maps_to_its_name_in_the_sentence() -> None:
    text = "Samuel Ortiz said Victor Kane shot him ."
    ortiz = Mention("Samuel Ortiz", 0, 12, ORTIZ)
    kane = Mention("Victor Kane", 18, 29, KANE)
    him = Mention("him", 35, 38, ORTIZ)
    result = DocumentResult(Article("t", text), mentions=[ortiz, kane, him])
    relation, (_, head, tail) = fact_item(_fact(kane, "killed", him, text), result, 0)  # type: ignore[misc]
    assert relation == "Kill"
    assert (text[head[0] : head[1]], text[tail[0] : tail[1]]) == ("Victor Kane", "Samuel Ortiz")
    alone = DocumentResult(Article("t", text), mentions=[kane, him])
    _, (_, _, tail) = fact_item(_fact(kane, "killed", him, text), alone, 0)  # type: ignore[misc]
    assert text[tail[0] : tail[1]] == "him"  # no name to map to: a prediction that cannot match


def test_scores_a_hand_made_split(tmp_path: Path) -> None:
    records = [
        {
            "tokens": "Greta Lind lives in Oslo with her family .".split(),
            "entities": [{"type": "Peop", "start": 0, "end": 2}, {"type": "Loc", "start": 4, "end": 5}],
            "relations": [{"type": "Live_In", "head": 0, "tail": 1}],
            "orig_id": 1,
        },
        {
            "tokens": "Traffic was heavy in Springfield , Illinois , on Friday .".split(),
            "entities": [{"type": "Loc", "start": 4, "end": 5}, {"type": "Loc", "start": 6, "end": 7}],
            "relations": [{"type": "Located_In", "head": 0, "tail": 1}],
            "orig_id": 2,
        },
    ]
    report = evaluate_conll04(_write(tmp_path, records), "dev")
    assert report.scores["Live_In"].tp == 1
    assert report.scores["Located_In"].tp == 1
    assert report.micro.fn == 0
    assert "2 sentences" in report.title


def test_a_missing_split_says_where_to_look(tmp_path: Path) -> None:
    from kg.errors import InputError

    with pytest.raises(InputError, match="conll04_test.json"):
        evaluate_conll04(tmp_path, "test")


@pytest.mark.shared
def test_dev_split_micro_f1_floor() -> None:
    """The whole dev split (about 10-15 s with the small model)."""
    if not (CONLL04 / "conll04_dev.json").exists():
        pytest.skip(f"SKIPPED LOUDLY: ../shared/benchmarks/conll04 not found: {CONLL04} is missing, so CoNLL04 cannot be scored")
    report = evaluate_conll04(CONLL04, "dev")
    assert report.micro.f1 > DEV_FLOOR, report.format()
    assert all(report.scores[t].tp > 0 for t in ("Kill", "Live_In", "Located_In", "OrgBased_In", "Work_For")), report.format()


@pytest.mark.shared
def test_dev_split_micro_f1_floor_with_the_learned_parts() -> None:
    """The fine-tuned entity recogniser and the relation classifier together (about 10 s)."""
    if not (CONLL04 / "conll04_dev.json").exists():
        pytest.skip(f"SKIPPED LOUDLY: ../shared/benchmarks/conll04 not found: {CONLL04} is missing, so CoNLL04 cannot be scored")
    report = evaluate_conll04(CONLL04, "dev", learned=True)
    assert report.micro.f1 > LEARNED_DEV_FLOOR, report.format()
    assert report.micro.precision > 0.6, report.format()
