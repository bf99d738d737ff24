"""Stances on a plan judged where it is referred to, not named: 'the move', 'it', 'the plans'.

Invented sentences in the style of political news. A plan named with what it does
("plans to cut tuition fees") is one plan, not also the thing it acts on; a speaker named
between the plan and 'it' is not what 'it' is; a speaker the parse hangs on an opening
participle's object still holds its stance; an adjective judges its noun ("a wasted
opportunity"); ruling out an act opposes it.
"""

from __future__ import annotations

import pytest

from stance_facts import A, P, rows

FEES = "Labour and the Tories disagree on fees. Ministers announced plans to cut tuition fees on Monday. "
BILL = "The Tories unveiled the Road Safety Bill on Monday. "

CASES = [
    (FEES + "Mr Hart said the move was a mistake.", ("Hart", "opposes", "plans to cut tuition fees", P, A)),
    (FEES + "Mr Hart said the policy would help students.", ("Hart", "supports", "plans to cut tuition fees", P, A)),
    (FEES + "The National Union of Students said it was a fair deal for students.",
     ("National Union of Students", "supports", "plans to cut tuition fees", P, A)),
    ("Welcoming the Road Safety Bill, Jane Hart, chief executive of the Cyclists Council, said it was overdue.",
     ("Jane Hart", "supports", "Road Safety Bill", P, A)),
    ("The Greens said the Road Safety Bill was a wasted opportunity.", ("Green Party", "opposes", "Road Safety Bill", P, A)),
    ("The Greens said the Road Safety Bill was a missed opportunity.", ("Green Party", "opposes", "Road Safety Bill", P, A)),
    ("The Greens said the Road Safety Bill was a great opportunity.", ("Green Party", "supports", "Road Safety Bill", P, A)),
    ("Tony Hart ruled out raising income tax.", ("Tony Hart", "opposes", "raising income tax", P, A)),
    # "an example of X" is judged as X is
    (BILL + "Mr Hart said the Road Safety Bill was a further example of the Tories' authoritarian instincts.",
     ("Hart", "opposes", "Road Safety Bill", P, A)),
    # "the plans" after "X plans to ..." are what X plans, though the article said "the plans" of another plan before
    ("Ministers held talks over the plans on Monday. Mr Hart now plans to make cuts of £90m to harbour budgets. "
     "He said the cuts were modest. But Ann Lee criticised the plans.",
     ("Ann Lee", "opposes", "making cuts of £90m", P, A)),
]  # fmt: skip

UNREAD = [
    # "the move" is something done, not a law named in passing just before it
    ("Ms Reyes said the code would be backed by the laws of several states. Mr Hart said the move would be wrong.",
     ("Hart", "opposes", "laws of several states")),
    # an example of something not judged judges nothing
    (BILL + "Mr Hart said the Road Safety Bill was an example of a private member's bill.", ("Hart", "opposes", "Road Safety Bill")),
    # 'the policy' is the plan to cut the fees, never the fees themselves
    (FEES + "Mr Hart said the policy would help students.", ("Hart", "supports", "tuition fees")),
    # a country named after the plan, as an object, may still be what 'it' is
    (BILL + "The Lib Dems attacked Germany. Labour condemned it.", ("Labour Party", "opposes", "Road Safety Bill")),
]


@pytest.mark.parametrize(("text", "row"), CASES)
def test_a_judged_reference_is_read(text: str, row: tuple[str, str, str, str, str]) -> None:
    assert row in rows(text)


@pytest.mark.parametrize(("text", "triple"), UNREAD)
def test_no_stance_on_what_the_reference_is_not(text: str, triple: tuple[str, str, str]) -> None:
    assert not any(r[:3] == triple for r in rows(text))
