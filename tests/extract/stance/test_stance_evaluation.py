"""A speaker's evaluation of a plan read as their stance; sentences written for this test."""

from __future__ import annotations

import pytest
from stance_facts import A, P, rows

BILL = "The Home Office introduced the Asylum Bill. "
BAN = "Ministers announced a ban on smoking in pubs. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (BILL + "Mr Okafor said the Asylum Bill was unworkable.", ("Okafor", "opposes", "Asylum Bill", P, A)),
        (BAN + "Mr Okafor said the ban would be a disaster.", ("Okafor", "opposes", "ban on smoking in pubs", P, A)),
        (
            "The Tories published plans to cap immigration. "
            "'It is an alarming example of disjointed thinking,' said Charles Kennedy.",
            ("Charles Kennedy", "opposes", "plans to cap immigration", P, A),
        ),
        (
            BILL + "John Smith warned the Asylum Bill would hit the poorest families.",
            ("John Smith", "opposes", "Asylum Bill", P, A),
        ),
        (
            BILL + "'The Asylum Bill is hugely disappointing,' said Mary Okafor.",
            ("Mary Okafor", "opposes", "Asylum Bill", P, A),
        ),
        (BILL + "Mr Okafor said the Asylum Bill was a great deal.", ("Okafor", "supports", "Asylum Bill", P, A)),
        # a plan word of its own ("pledges") refers back, and sides said together each hold the view
        (
            "Labour unveiled six election pledges. The Greens and the Liberals said the pledges were worthless.",
            ("Liberals", "opposes", "election pledges", P, A),
        ),
        (
            "Labour unveiled six election pledges. The Greens and the Liberals said the pledges were worthless.",
            ("Green Party", "opposes", "election pledges", P, A),
        ),
        (BILL + "Mr Okafor said the Asylum Bill was a barrier to growth.", ("Okafor", "opposes", "Asylum Bill", P, A)),
        # a plan judged by what it would bring about
        ("Tony Blair said the fuel tax would cause economic failure.", ("Tony Blair", "opposes", "fuel tax", P, A)),
        ("Mr Okafor said the fuel tax would lead to chaos.", ("Okafor", "opposes", "fuel tax", P, A)),
        ("Mr Okafor said the fuel tax would bring huge benefits.", ("Okafor", "supports", "fuel tax", P, A)),
        # an act judged as the subject of the verdict
        ("The Hale Institute said imposing a retirement age of 65 was a mistake.", ("Hale Institute", "opposes", "imposing a retirement age", P, A)),
    ],
)
def test_evaluation_is_a_stance(text: str, expected: tuple[str, str, str, str, str]) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    "text",
    [
        BILL + "Mr Okafor said the Asylum Bill was not a disaster.",  # negated
        BILL + "Is the Asylum Bill a disaster, asked Mr Okafor?",  # questioned
        BILL + "Mr Okafor said critics believe the Asylum Bill is a disaster.",  # someone else's view
        BILL + "Critics say the Asylum Bill is a disaster.",  # unnamed group
        BILL + "Mr Okafor said the Asylum Bill could be a disaster.",  # a guess
        BILL + "Mr Okafor said that if the Asylum Bill was a disaster, he would resign.",  # conditional
        BILL + "Mr Okafor said it was vital that the Asylum Bill passed quickly.",  # 'it' for the clause
        BILL + "Mr Okafor said the Asylum Bill would not hurt anyone.",  # negated harm
        BILL + "Mr Okafor said the Asylum Bill was free for claimants.",  # a description, not a verdict
        BILL + "Mr Okafor said the Asylum Bill would not cause chaos.",  # denied
        BILL + "Mr Okafor said the Asylum Bill could cause chaos.",  # a guess
        BILL + "Mr Okafor said the Asylum Bill would cause a stir in the Lords.",  # no verdict
    ],
)
def test_no_stance_from_evaluation(text: str) -> None:
    found = {r for r in rows(text) if r[0] == "Okafor" and r[2] == "Asylum Bill" and r[3:] == (P, A)}
    assert not found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # praise denied condemns
        (BILL + "Mr Okafor said the Asylum Bill was not fair.", ("Okafor", "opposes", "Asylum Bill", P, A)),
        (
            "Anna Price of the Howard League said the curfew scheme for teenagers was \"discriminatory\" and \"not proportionate\".",
            ("Anna Price", "opposes", "curfew scheme for teenagers", P, A),
        ),
        (BILL + "Mr Okafor said he had serious qualms about the Asylum Bill.", ("Okafor", "opposes", "Asylum Bill", P, A)),
    ],
)
def test_denied_praise_and_misgivings_oppose(text: str, expected: tuple[str, str, str, str, str]) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    "text",
    [
        BILL + "Mr Okafor said the Asylum Bill was no disaster.",  # a condemnation denied is no praise either
        BILL + "Mr Okafor said the Asylum Bill was not a mistake.",
        BILL + "Mr Okafor said the Asylum Bill was necessary but flawed.",  # no single verdict
    ],
)
def test_no_stance_from_a_denied_condemnation(text: str) -> None:
    assert not {r for r in rows(text) if r[0] == "Okafor" and r[2] == "Asylum Bill" and r[3:] == (P, A)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the mirror of harm: a plan said to do good is supported
            "Lord Mayhew said the sports policy would empower local clubs.",
            ("Lord Mayhew", "supports", "sports policy", P, A),
        ),
        ("Mr Okafor said the road levy would help poorer families.", ("Okafor", "supports", "road levy", P, A)),
    ],
)
def test_benefit_is_support(text: str, expected: tuple[str, str, str, str, str]) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mr Okafor said the road levy would not help poorer families.",
        "Mr Okafor said the road levy could help poorer families.",
        "Critics say the road levy would help poorer families.",
    ],
)
def test_no_support_from_denied_or_guessed_benefit(text: str) -> None:
    assert not {r for r in rows(text) if r[1] == "supports" and r[3:] == (P, A)}
