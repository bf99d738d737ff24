"""Stances on a plan referred back to across sentences: 'the move', 'it'.

Invented sentences in the style of political news. 'The move' and 'it' are the one plan
named in this or the sentence before; two plans there, or a country or organisation
named after the plan that 'it' may be, leave the stance unread. Negations, questions
and hypotheticals keep their polarity and modality.
"""

from __future__ import annotations

import pytest

from stance_facts import A, H, N, P, rows

BILL = "The Tories unveiled the Identity Cards Bill on Monday. "

CASES = [
    (BILL + "Labour condemned the move.", ("Labour Party", "opposes", "Identity Cards Bill", P, A)),
    (BILL + "The Lib Dems welcomed the move.", ("Liberal Democrats", "supports", "Identity Cards Bill", P, A)),
    (BILL + "Germany criticised it.", ("Germany", "opposes", "Identity Cards Bill", P, A)),
    # what was unveiled is what "the announcement" refers to, whatever its noun
    ("The Welsh Assembly Government unveiled an average funding increase of 6% for councils. "
     "Mr Lloyd called the announcement hugely disappointing.", ("Lloyd", "opposes", "average funding increase", P, A)),
    (BILL + "Labour did not condemn the move.", ("Labour Party", "opposes", "Identity Cards Bill", N, A)),
    (BILL + "Labour might condemn the move.", ("Labour Party", "opposes", "Identity Cards Bill", P, H)),
    (BILL + "Did Labour condemn the move?", ("Labour Party", "opposes", "Identity Cards Bill", P, H)),
]

UNREAD = [
    # two plans just named: which one 'the move' is, the text does not say
    ("The Tories unveiled the Identity Cards Bill and the Road Safety Bill. Labour condemned the move.", "Labour Party"),
    # a country named after the plan may be what 'it' is
    (BILL + "The Lib Dems attacked Germany. Labour condemned it.", "Labour Party"),
    # a plan too far back
    (BILL + "It rained in London. Crowds gathered in Leeds. Labour condemned the move.", "Labour Party"),
    # the same word just used for something else: "the measures" are not the bill named after them
    ("The judges ruled that the new measures broke the Identity Cards Bill. Labour defended the measures.", "Labour Party"),
    # "the move" after a plan is scrapped is the scrapping: never a stance on the bill itself
    ("Ministers may scrap the Identity Cards Bill. Labour condemned the move.", "Labour Party"),
    ("Ministers may scrap the Identity Cards Bill. Labour said the move would be profoundly wrong.", "Labour Party"),
    # "the change" is the change made, not the bill it is made to
    ("The Tories unveiled a change to the Identity Cards Bill. Labour said the change was long overdue.", "Labour Party"),
]


@pytest.mark.parametrize(("text", "row"), CASES)
def test_a_plan_referred_back_to(text: str, row: tuple[str, str, str, str, str]) -> None:
    assert row in rows(text)


@pytest.mark.parametrize(("text", "holder"), UNREAD)
def test_no_stance_when_the_reference_is_unclear(text: str, holder: str) -> None:
    assert not any(r[0] == holder and r[2] == "Identity Cards Bill" for r in rows(text))


def test_the_offer_is_the_plan_not_what_is_promised_in_return() -> None:
    text = (
        "Moscow proposed the Identity Cards Bill in exchange for a Russian pledge not to deploy missiles. "
        "Labour dismissed the offer."
    )
    assert ("Labour Party", "opposes", "Identity Cards Bill", P, A) in rows(text)


def test_the_ban_is_not_the_laws_of_many_countries() -> None:
    # "the ban" may be the law that bans, but one law, never laws in the plural named in passing
    text = (
        "Mr Hale said the code would be given legal force by the laws of many EU countries. "
        "The decision could hurt relations with the US, which is opposed to ending the ban."
    )
    assert not any(plan == "laws of many countries" for _, _, plan, _, _ in rows(text))
