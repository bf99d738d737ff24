"""What someone says should happen to a plan, read as their stance; sentences written for this test."""

from __future__ import annotations

import pytest
from stance_facts import A, P, rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A cap on party donations should not be introduced yet, the Electoral Commission has said.",
            ("Electoral Commission", "opposes", "cap on party donations", P, A),
        ),
        ("\"The road levy must be scrapped,\" said Mr Hale.", ("Hale", "opposes", "road levy", P, A)),
        ("Mr Hale said the road levy should not be scrapped.", ("Hale", "supports", "road levy", P, A)),
        (
            "The Electoral Commission suggests there should be tax relief for small gifts.",
            ("Electoral Commission", "proposes", "tax relief for small gifts", P, A),
        ),
        (
            "There must be a public inquiry into the deaths, Mr Hale said.",
            ("Hale", "proposes", "public inquiry into the deaths", P, A),
        ),
        (  # what a party's plan puts forward is the party's proposal
            "Michael Howard attacked Labour's plans to introduce identity cards.",
            ("Labour Party", "proposes", "identity cards", P, A),
        ),
    ],
)
def test_prescriptions_are_stances(text: str, expected: tuple[str, str, str, str, str]) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mr Hale said the road levy could be scrapped.",  # a guess
        "Should the road levy be scrapped, asked Mr Hale.",  # a question
        "Mr Hale said that if costs rose the road levy should be scrapped.",  # a condition
        "Critics say the road levy should be scrapped.",  # no named speaker
        "\"There must have been twenty cases like this,\" Mr Hale said.",  # a guess about the past
        "Mr Hale says the road levy should be put on hold.",  # put on hold is no proposal
        "Labour's plan to oppose the road levy surprised Mr Hale.",  # a plan to oppose proposes nothing
    ],
)
def test_no_stated_prescription(text: str) -> None:
    found = {r for r in rows(text) if r[3:] == (P, A) and r[1] in {"proposes", "supports"}}
    found |= {r for r in rows(text) if r[3:] == (P, A) and r[0] == "Hale" and r[1] == "opposes"}
    assert not found
