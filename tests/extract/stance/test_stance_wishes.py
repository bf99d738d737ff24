"""stance.wish: wanting something brought about is proposing it; sentences written for this test."""

from __future__ import annotations

import pytest

from kg.extract import stance  # noqa: F401  (registers the stance rules)
from kg.extract.common.registry import RULES

Row = tuple[str, str, str, str, str]


def wish_rows(text: str) -> set[Row]:
    from kg.analyse import extraction_context
    from kg.nlp import load_model
    from kg.types import Article

    ctx = extraction_context(Article("t", text), load_model()(text))
    return {
        (f.subject.entity.label, f.predicate, f.object.entity.label, f.polarity, f.modality)
        for f in RULES["stance.wish"].func(ctx)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Warsaw would like to sign a joint memorandum on air defence.",
            {("Poland", "proposes", "joint memorandum on air defence", "positive", "asserted")},
        ),
        (
            "Warsaw would like a joint memorandum on air defence.",
            {("Poland", "proposes", "joint memorandum on air defence", "positive", "asserted")},
        ),
        (
            "The Home Secretary Charles Clarke is seeking a new extradition treaty with Jordan.",
            {("Charles Clarke", "proposes", "extradition treaty", "positive", "asserted")},
        ),
        (
            "Ankara hopes to conclude a missile defence agreement with NATO this year.",
            {("Turkey", "proposes", "missile defence agreement", "positive", "asserted")},
        ),
        # A wish under a condition is hypothetical; a denied wish is negative, never a plain proposal.
        (
            "Warsaw would like a joint memorandum on air defence if Berlin agreed.",
            {("Poland", "proposes", "joint memorandum on air defence", "positive", "hypothetical")},
        ),
        (
            "Warsaw does not want to sign a joint memorandum on air defence.",
            {("Poland", "proposes", "joint memorandum on air defence", "negative", "asserted")},
        ),
        # "like" is a wish only after "would"; wishing nothing specific names no node.
        ("Warsaw likes the joint memorandum on air defence.", set()),
        ("Warsaw would like to sign something soon.", set()),
    ],
)
def test_wishes_to_bring_about(text: str, expected: set[Row]) -> None:
    assert wish_rows(text) == expected
