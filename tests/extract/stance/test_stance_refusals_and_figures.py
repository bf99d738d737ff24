"""Refusals, figures in a plan's name, and a few more ways news states a stance.

Invented sentences in the style of political news. Refusing an act opposes it, but
refusing to end a plan keeps it (backing) and refusing to criticise it says nothing; a
plan's figure is part of its name ("a 50% tax rate" is not "a 40% tax rate"); standing
against a war opposes it; providing opposition to a plan opposes it; a government's own
legislation is its proposal.
"""

from __future__ import annotations

import pytest

from stance_facts import A, N, P, rows

PARTIES = "Labour and the Tories clashed on Monday. "

CASES = [
    ("Lord Hale refused to hold a snap referendum.", ("Lord Hale", "opposes", "holding a snap referendum", P, A)),
    ("Ms Hale refused to cut income tax.", ("Hale", "opposes", "cutting income tax", P, A)),
    ("Lord Hale refused to scrap the poll tax.", ("Lord Hale", "supports", "poll tax", P, A)),
    ("Lord Hale refused to back the poll tax.", ("Lord Hale", "opposes", "poll tax", P, A)),
    ("Mr Okafor voted for a 16-week limit on appeals.", ("Okafor", "supports", "16-week limit on appeals", P, A)),
    ("Mr Okafor backed a 50% income tax rate.", ("Okafor", "supports", "50% income tax rate", P, A)),
    # a length of time in words is part of the name too: a five-year plan is not a ten-year one
    ("Mr Okafor backed a five-year plan for the railways.", ("Okafor", "supports", "five-year plan for railways", P, A)),
    ("The Greens attacked the £35bn cuts.", ("Green Party", "opposes", "£35bn cuts", P, A)),
    ("Ms Reyes pledged an extra £40m for rural buses.", ("Reyes", "proposes", "extra £40m", P, A)),
    # the act something is to be done by is put forward too
    ("Mr Hart wants to cut crime by hiring more police.", ("Hart", "proposes", "hiring more police", P, A)),
    # making sure a law is repealed opposes it
    ("The Greens will ensure the Road Safety Bill is scrapped.", ("Green Party", "opposes", "Road Safety Bill", P, A)),
    ("Norway condemned the 12 year moratorium.", ("Norway", "opposes", "12 year moratorium", P, A)),
    # a plan set against another plan is two plans, not one long one
    ("She set Labour's plan to spend £9bn on rail against a Tory plan to sell the railways.",
     ("Labour Party", "proposes", "plan to spend £9bn on rail", P, A)),
    # a preposition of several words keeps what follows it: "in line with earnings"
    ("The Tories vowed to raise student grants in line with prices.",
     ("Conservative Party", "proposes", "raising student grants in line with prices", P, A)),
    ("The Greens alone stood against the Iraq war in 2003, Ms Okafor said.", ("Green Party", "opposes", "Iraq war", P, A)),
    (PARTIES + "The Lib Dems provided fierce opposition to the government's plans on road pricing.",
     ("Liberal Democrats", "opposes", "plans on road pricing", P, A)),
    (PARTIES + "The Greens criticised the government's anti-terrorism legislation.",
     ("United Kingdom", "proposes", "anti-terrorism legislation", P, A)),
    # signing or ratifying a treaty or deal backs it; refusing to sign it opposes it
    ("Mr Okafor signed the Ostrava treaty on Friday.", ("Okafor", "supports", "Ostrava treaty", P, A)),
    ("Peter Hale refused to sign the Ostrava treaty.", ("Peter Hale", "opposes", "Ostrava treaty", P, A)),
    ("Mr Okafor has not yet signed the Ostrava treaty.", ("Okafor", "supports", "Ostrava treaty", N, A)),
    # welcoming a described policy backs it, plan noun or not
    ("Ms Reyes welcomed free bus travel for pensioners.", ("Reyes", "supports", "free bus travel for pensioners", P, A)),
]  # fmt: skip

UNREAD = [
    # declining to criticise a plan is no stance on it
    ("Lord Hale refused to condemn the poll tax.", "Lord Hale"),
    # a refusal denied is no refusal
    ("Ms Hale did not refuse to cut income tax.", "Hale"),
    # making sure a law is debated is no stance on it
    ("Mrs Okafor made sure the Road Safety Bill was debated.", "Okafor"),
    # standing against a person in an election is no stance on a plan
    ("Mr Okafor stood against Mr Hale in Folkestone.", "Okafor"),
    # welcoming people, news or a report is no stance on a policy
    ("Ms Reyes welcomed the visiting teachers from Leeds.", "Reyes"),
    ("Ms Reyes welcomed the news from the council.", "Reyes"),
]


@pytest.mark.parametrize(("text", "row"), CASES)
def test_the_stance_is_read(text: str, row: tuple[str, str, str, str, str]) -> None:
    assert row in rows(text)


@pytest.mark.parametrize(("text", "holder"), UNREAD)
def test_no_stance_is_read(text: str, holder: str) -> None:
    assert not any(r[0] == holder for r in rows(text))
