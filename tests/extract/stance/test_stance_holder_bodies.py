"""Who holds a stance when the text names a body by a group, a document, a chamber or an acronym.

Invented sentences: 'the MPs' and 'MPs on the X committee' stand for the committee the text
names, 'a report by X' for X, 'peers' for the House of Lords, 'the charity' for the charity
named just before; bare 'MPs' and a body word with nothing named before stand for nobody.
"""

from __future__ import annotations

import pytest

from stance_facts import A, P, rows

HAC = "Commons home affairs committee"
WPC = "Commons work and pensions committee"

CASES = [
    (f"The influential {HAC} met on Monday. The MPs also rejected the Road Safety Bill.",
     {(HAC, "opposes", "Road Safety Bill", P, A)}),
    (f"MPs on the {WPC} rejected the Road Safety Bill.", {(WPC, "opposes", "Road Safety Bill", P, A)}),
    (f"A report by the {WPC} rejected the Road Safety Bill.", {(WPC, "opposes", "Road Safety Bill", P, A)}),
    (f"The {WPC} met. The committee rejected the Road Safety Bill.", {(WPC, "opposes", "Road Safety Bill", P, A)}),
    ("Peers rejected the Identity Cards Bill.", {("House of Lords", "opposes", "Identity Cards Bill", P, A)}),
    ("Labour peers rejected the Identity Cards Bill.", {("Labour Party", "opposes", "Identity Cards Bill", P, A)}),
    # 'it'/'they' after a sentence whose subject is a body: that body, when it speaks or takes a position
    ("The plans lack thought, the Environmental Audit Committee said. It called for a review of stamp duty.",
     {("Environmental Audit Committee", "proposes", "review of stamp duty", P, A)}),
    ("The Tories met on Monday. They rejected the Road Safety Bill.",
     {("Conservative Party", "opposes", "Road Safety Bill", P, A)}),
    ("The Tories met on Monday. It is wrong to reject the Road Safety Bill.", set()),  # 'it' of a copula
    # ... or when it plans or pledges an act
    ("The Tories met on Monday. They are to scrap the Road Safety Bill.",
     {("Conservative Party", "opposes", "Road Safety Bill", P, A)}),
    ("The Tories met on Monday. They would cut fuel duty.", {("Conservative Party", "proposes", "cutting fuel duty", P, A)}),
    ("The Tories met on Monday. They are to blame for the Road Safety Bill.", set()),  # an idiom, no plan
    ("Peter Hale met the Tories on Monday. It rejected the Road Safety Bill.", set()),  # a person before
    # Groups that name no body give nothing.
    ("MPs rejected the Road Safety Bill.", set()),
    ("The MPs rejected the Road Safety Bill.", set()),  # no committee named
    ("A report rejected the Road Safety Bill.", set()),
    ("The charity rejected the Road Safety Bill.", set()),
    # 'the charity' is no committee named before it.
    (f"The {WPC} met. The charity rejected the Road Safety Bill.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_bodies_behind_group_subjects(text: str, expected: set[tuple[str, str, str, str, str]]) -> None:
    assert rows(text) == expected


def test_an_unnamed_head_of_a_body_speaks_for_it() -> None:
    found = rows("The chairman of the Commission for Racial Equality called for ethnic minority shortlists.")
    assert ("Commission for Racial Equality", "proposes", "ethnic minority shortlists", "positive", "asserted") in found


def test_a_named_head_is_not_replaced_by_the_body() -> None:
    found = rows("The chairman of the Commission for Racial Equality, Trevor Philby, called for ethnic minority shortlists.")
    assert not any(r[0] == "Commission for Racial Equality" for r in found)


def test_suspicion_of_a_plan_is_opposition() -> None:
    found = rows("The Tories are suspicious of the plan to revalue homes.")
    assert ("Conservative Party", "opposes", "plan to revalue homes", "positive", "asserted") in found
    negated = rows("The Tories are not suspicious of the plan to revalue homes.")
    assert not any(r[3:] == ("positive", "asserted") for r in negated)


def test_the_bill_is_no_man_called_bill() -> None:
    """The model tags "Bill" as a person; after "the", it is a text of law and takes no stance."""
    assert not {r for r in rows('The Bill proposes "control orders", which could impose curfews.') if r[0] == "Bill"}
