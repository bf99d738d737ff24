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
        (  # what there needs to be, named by its apposition, hyphen and all
            "Peter Reed said: \"There does need to be a second inquiry, a judge-led inquiry.\"",
            ("Peter Reed", "proposes", "judge-led inquiry", P, A),
        ),
        ("Peter Reed said there has to be a public inquiry into the deaths.",
         ("Peter Reed", "proposes", "public inquiry into the deaths", P, A)),
        (  # an act recommended in the active: the speaker proposes the act, whoever is to do it
            "Vince Cable argued that the Competition Commission should investigate the mortgage market.",
            ("Vince Cable", "proposes", "investigating the mortgage market", P, A),
        ),
        (
            "\"Ministers should publish the legal advice,\" said Peter Reed.",
            ("Peter Reed", "proposes", "publishing the legal advice", P, A),
        ),
        ("Peter Reed said the pair should give up their seats.", ("Peter Reed", "proposes", "giving up their seats", P, A)),
        # what is said to be needed is wanted, as "there should be X"
        ("Fiscal tightening is needed, the Hale Institute said.", ("Hale Institute", "proposes", "Fiscal tightening", P, A)),
        ("Peter Reed said a tax rise was needed.", ("Peter Reed", "proposes", "tax rise", P, A)),
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
        "Mr Hale said there does not need to be a public inquiry into the road levy.",  # denied
        "Mr Hale asked whether there needs to be a public inquiry into the road levy.",  # a question
        "Mr Hale said the tax system must provide the right incentives to savers.",  # a thing, no one told to act
        "Mr Hale said: \"We should cut the number or increase it.\"",  # either way is no proposal
        "Mr Hale said ministers should not publish the legal advice.",  # told not to act
        "Mr Hale asked whether ministers should publish the legal advice.",  # a question
        "Mr Hale said the council should be starting 2006 with an apology.",  # no act of policy
        "Mr Hale said a public inquiry into the road levy may be needed.",  # a guess
        "Mr Hale said no public inquiry into the road levy was needed.",  # denied
        "Mr Hale said a public inquiry was needed to clear his name.",  # what for, not a call for it
    ],
)
def test_no_stated_prescription(text: str) -> None:
    found = {r for r in rows(text) if r[3:] == (P, A) and r[1] in {"proposes", "supports"}}
    found |= {r for r in rows(text) if r[3:] == (P, A) and r[0] == "Hale" and r[1] == "opposes"}
    assert not found
