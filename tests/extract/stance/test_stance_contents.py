"""What someone's plan contains is their proposal; sentences written for this test."""

from __future__ import annotations

import pytest
from stance_facts import A, P, rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Labour's plans include more money for schools.", ("Labour Party", "proposes", "more money for schools", P, A)),
        ("The Tory manifesto includes a cap on immigration.", ("Conservative Party", "proposes", "cap on immigration", P, A)),
        (
            "Tighter controls on economic migrants will be part of Labour plans unveiled on Monday.",
            ("Labour Party", "proposes", "Tighter controls on economic migrants", P, A),
        ),
        (  # an act among the contents, and a party named before other modifiers of the plan noun
            "Other Tory health plans include building more prisons.",
            ("Conservative Party", "proposes", "building more prisons", P, A),
        ),
        ("Labour plans include more money for schools.", ("Labour Party", "proposes", "more money for schools", P, A)),
    ],
)
def test_contents_of_an_owned_plan_are_proposals(text: str, expected: tuple[str, str, str, str, str]) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Tory manifesto does not include a cap on immigration.",  # negated
        "Does the Tory manifesto include a cap on immigration?",  # a question
        "The report includes new figures on crime.",  # no owner, no plan
        "If Labour's plans include a new tax, the Tories will oppose them.",  # a condition
        "The Lords replacement plan includes a smaller second chamber.",  # what the plan is about, not whose
    ],
)
def test_no_proposal_from_negated_questioned_or_unowned_contents(text: str) -> None:
    assert not {r for r in rows(text) if r[1] == "proposes" and r[3:] == (P, A)}
