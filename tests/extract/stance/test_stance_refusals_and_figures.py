"""Refusals, figures in a plan's name, and a few more ways news states a stance.

Invented sentences in the style of political news. Refusing an act opposes it, but
refusing to end a plan keeps it (backing) and refusing to criticise it says nothing; a
plan's figure is part of its name ("a 50% tax rate" is not "a 40% tax rate"); standing
against a war opposes it; providing opposition to a plan opposes it; a government's own
legislation is its proposal.
"""

from __future__ import annotations

import pytest

from stance_facts import A, P, rows

PARTIES = "Labour and the Tories clashed on Monday. "

CASES = [
    ("Lord Hale refused to hold an early election.", ("Lord Hale", "opposes", "holding an early election", P, A)),
    ("Ms Hale refused to cut income tax.", ("Hale", "opposes", "cutting income tax", P, A)),
    ("Lord Hale refused to scrap the poll tax.", ("Lord Hale", "supports", "poll tax", P, A)),
    ("Lord Hale refused to back the poll tax.", ("Lord Hale", "opposes", "poll tax", P, A)),
    ("Mr Okafor voted for a 22-week limit.", ("Okafor", "supports", "22-week limit", P, A)),
    ("Mr Okafor backed a 50% income tax rate.", ("Okafor", "supports", "50% income tax rate", P, A)),
    ("The Greens attacked the £35bn cuts.", ("Green Party", "opposes", "£35bn cuts", P, A)),
    # a plan set against another plan is two plans, not one long one
    ("He would contrast Labour's plan to invest £60bn in services with a Tory plan to cut spending by £35bn.",
     ("Labour Party", "proposes", "plan to invest £60bn in services", P, A)),
    # a preposition of several words keeps what follows it: "in line with earnings"
    ("The Tories pledged to increase the basic state pension in line with earnings.",
     ("Conservative Party", "proposes", "increasing the basic state pension in line with earnings", P, A)),
    ("Only the Liberal Democrats stood against the Iraq war, he said.", ("Liberal Democrats", "opposes", "Iraq war", P, A)),
    (PARTIES + "The Lib Dems provided strong opposition to the government's plans on ID cards.",
     ("Liberal Democrats", "opposes", "plans on ID cards", P, A)),
    (PARTIES + "The Greens criticised the government's anti-terrorism legislation.",
     ("United Kingdom", "proposes", "anti-terrorism legislation", P, A)),
]  # fmt: skip

UNREAD = [
    # declining to criticise a plan is no stance on it
    ("Lord Hale refused to condemn the poll tax.", "Lord Hale"),
    # a refusal denied is no refusal
    ("Ms Hale did not refuse to cut income tax.", "Hale"),
    # standing against a person in an election is no stance on a plan
    ("Mr Okafor stood against Mr Hale in Folkestone.", "Okafor"),
]


@pytest.mark.parametrize(("text", "row"), CASES)
def test_the_stance_is_read(text: str, row: tuple[str, str, str, str, str]) -> None:
    assert row in rows(text)


@pytest.mark.parametrize(("text", "holder"), UNREAD)
def test_no_stance_is_read(text: str, holder: str) -> None:
    assert not any(r[0] == holder for r in rows(text))
