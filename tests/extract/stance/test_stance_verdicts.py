"""A speaker's verdict of support, and a pledge to remove something; sentences written for this test."""

from __future__ import annotations

import pytest

from kg.extract import stance  # noqa: F401  (registers the stance rules)
from kg.extract.common.registry import RULES

Row = tuple[str, str, str, str, str]


def stance_rows(text: str) -> set[Row]:
    from kg.analyse import extraction_context
    from kg.nlp import load_model
    from kg.types import Article

    ctx = extraction_context(Article("t", text), load_model()(text))
    return {
        (f.subject.entity.label, f.predicate, f.object.entity.label, f.polarity, f.modality)
        for name, rule in RULES.items()
        if name.startswith("stance.")
        for f in rule.func(ctx)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr Okafor insisted the border levy was vital.", {("Okafor", "supports", "border levy", "positive", "asserted")}),
        ('"The new visa scheme is fair and workable," said Ms Lind.', {("Lind", "supports", "visa scheme", "positive", "asserted")}),
        ('"The new visa scheme is unworkable," said Ms Lind.', {("Lind", "opposes", "visa scheme", "positive", "asserted")}),
        # A mixed verdict says neither; a verdict with no speaker is nobody's.
        ("Mr Okafor said the border levy was necessary but flawed.", set()),
        ("The border levy is vital.", set()),
    ],
)
def test_verdicts(text: str, expected: set[Row]) -> None:
    assert stance_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The Greens say they would scrap the road levy.", "asserted"),  # a pledge: opposition now
        ("The Greens could scrap the road levy.", "hypothetical"),
        ("Would the Greens scrap the road levy?", "hypothetical"),
    ],
)
def test_a_pledge_to_remove_is_opposition(text: str, modality: str) -> None:
    assert stance_rows(text) == {("Green Party", "opposes", "road levy", "positive", modality)}


def test_a_conditional_support_stays_hypothetical() -> None:
    rows = stance_rows("The Greens would support the road levy if it were halved.")
    assert rows == {("Green Party", "supports", "road levy", "positive", "hypothetical")}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Greens backed plans for identity cards.", "identity cards"),
        ("The Greens backed government plans to introduce identity cards.", "identity cards"),
        ("The Greens backed the sunset clause proposals.", "sunset clause"),
        ("The Greens backed plans for a cap on donations.", "cap on donations"),
        # Nothing more specific than the plans themselves: their own label.
        ("The Greens backed plans for the economy.", "plans for economy"),
        ("The Greens backed the spending plans.", "spending plans"),
        ("The Greens backed anti-terror plans.", "anti-terror plans"),
    ],
)
def test_plans_are_named_by_what_they_bring_in(text: str, target: str) -> None:
    assert {row[2] for row in stance_rows(text)} == {target}


def test_an_open_decision_is_no_rejection() -> None:
    """'had not decided whether to endorse' is no opposition; 'did not accept' is."""
    undecided = stance_rows("Warsaw had not decided whether to endorse the road levy.")
    assert not any(row[1] == "opposes" for row in undecided), undecided
    assert not any(row[3:] == ("positive", "asserted") for row in undecided), undecided
    assert ("Poland", "opposes", "road levy", "positive", "asserted") in stance_rows("Warsaw did not accept the road levy.")


def test_an_offer_not_yet_accepted_is_no_rejection() -> None:
    """'has not accepted the road levy' is an answer not given yet; 'did not accept' is a rejection."""
    pending = stance_rows("Warsaw has not accepted the road levy.")
    assert not any(row[1] == "opposes" for row in pending), pending


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Labour reacted angrily to the road levy.", ("Labour Party", "opposes", "road levy", "positive", "asserted")),
     ("Labour responded warmly to the road levy.", ("Labour Party", "supports", "road levy", "positive", "asserted"))],
)  # fmt: skip
def test_a_reaction_says_which_way(text: str, expected: tuple[str, str, str, str, str]) -> None:
    assert expected in stance_rows(text)


@pytest.mark.parametrize("text", ["Labour reacted to the road levy.", "Labour reacted angrily to Mr Hale."])
def test_a_reaction_without_a_manner_or_plan_says_nothing(text: str) -> None:
    assert not any(row[1] in {"opposes", "supports"} and row[3:] == ("positive", "asserted") for row in stance_rows(text))
