"""Opposing and supporting said by tries, causes, refusals, named members of a group and calls.

Invented sentences in the style of parliamentary reporting. Each shape has cases that must
be asserted, and twins that must not be: negated, asked, guessed at ("may", "might") or
claimed by an unnamed group ("critics say").
"""

from __future__ import annotations

import pytest

from stance_facts import A, H, N, P, rows

ACT = "Hunting Act"


def asserted(text: str) -> set[tuple[str, str, str]]:
    return {(s, p, o) for s, p, o, polarity, modality in rows(text) if polarity == P and modality == A}


STATED = [
    # A try states what its owner is after, whether or not it succeeds.
    ("The Countryside Alliance launched a legal bid to block the Hunting Act.", ("Countryside Alliance", "opposes", ACT)),
    ("The Countryside Alliance had its second court bid to block the Hunting Act thwarted on Monday.",
     ("Countryside Alliance", "opposes", ACT)),
    ("The Countryside Alliance failed in a fresh attempt to overturn the Hunting Act.", ("Countryside Alliance", "opposes", ACT)),
    ("The government saw off an attempt by the Countryside Alliance to block the Hunting Act.",
     ("Countryside Alliance", "opposes", ACT)),
    # Acting in a stance's cause.
    ("Ian MacDonald resigned in protest at the Hunting Act.", ("Ian MacDonald", "opposes", ACT)),
    ("The League Against Cruel Sports marched in support of the Hunting Act.", ("League Against Cruel Sports", "supports", ACT)),
    # The named members of a group that criticised something.
    ("The Tory plans have been attacked by cycling groups, including the Labour MP Jane Orme.",
     ("Jane Orme", "opposes", "Tory plans")),
    ("Cycling groups, including Jane Orme and the RAC, criticised the Tory plans.", ("RAC", "opposes", "Tory plans")),
    # A side taken on a call is taken on the call, a plan named also by what it calls for.
    ("Tony Blair rejected the Tories' call for a cap on skilled migrants.",
     ("Tony Blair", "opposes", "call for cap on skilled migrants")),
    # Agreeing with a plan backs it.
    ("The Association of School Governors said it agreed in principle with the council's plans for a "
     "national pay scale.", ("Association of School Governors", "supports", "national pay scale")),
    # A past tense cannot share "would": it joins the reporting verb.
    ("Tony Blair said Labour would publish a costed manifesto and attacked the Tory plans.", ("Tony Blair", "opposes", "Tory plans")),
    # Refusing to give in to a demand opposes it; seeing off an attempt opposes the attempt.
    ("Serbia insisted it would not bow to fresh demands to recognise Kosovo.", ("Serbia", "opposes", "fresh demands to recognise Kosovo")),
    ("The UK government has a majority. On Monday, the government saw off a rebel attempt to amend the "
     "bill by 310 votes to 190.", ("United Kingdom", "opposes", "rebel attempt to amend the bill")),
    # A people's name says which policy an advocate backs.
    ("Mr Blair has been a tireless advocate of Turkish membership.", ("Blair", "supports", "Turkish membership")),
]


@pytest.mark.parametrize(("text", "expected"), STATED)
def test_stance_is_asserted(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in asserted(text)


NOT_ASSERTED = [
    # Negated, asked, guessed at.
    ("The Countryside Alliance did not launch a bid to block the Hunting Act.", ("Countryside Alliance", "opposes", ACT, N, A)),
    ("Did the Countryside Alliance launch a bid to block the Hunting Act?", ("Countryside Alliance", "opposes", ACT, P, H)),
    ("The Countryside Alliance may launch a bid to block the Hunting Act.", ("Countryside Alliance", "opposes", ACT, P, H)),
    ("Ian MacDonald might resign in protest over the Hunting Act.", ("Ian MacDonald", "opposes", ACT, P, H)),
    ("Ian MacDonald did not resign in protest at the Hunting Act.", ("Ian MacDonald", "opposes", ACT, N, A)),
    ("Tony Blair did not reject the Tories' call for a cap on skilled migrants.",
     ("Tony Blair", "opposes", "call for cap on skilled migrants", N, A)),
    # An unnamed group's claim about someone's stance is theirs, not a fact on the record.
    ("Critics say the RAC opposes the Tory plans.", ("RAC", "opposes", "Tory plans", P, "reported")),
    ("Some argue that Labour backs the Tory plans.", ("Labour Party", "supports", "Tory plans", P, "reported")),
]


@pytest.mark.parametrize(("text", "expected"), NOT_ASSERTED)
def test_stance_is_kept_but_not_asserted(text: str, expected: tuple[str, str, str, str, str]) -> None:
    found = rows(text)
    assert expected in found
    assert (expected[0], expected[1], expected[2], P, A) not in found


NOTHING = [
    "Serbia bowed to demands to recognise Kosovo.",  # giving in is no refusal
    "Not every Conservative agrees with Theresa May.",  # agreeing with a person is no stance on a plan
    "The Countryside Alliance launched a bid to win more members.",  # a try with no stance in it
    "Ian MacDonald was not involved in the protest over the Hunting Act.",  # a protest he took no part in
]


@pytest.mark.parametrize("text", NOTHING)
def test_no_stance_is_asserted(text: str) -> None:
    assert not {f for f in asserted(text) if f[1] in {"opposes", "supports"}}


def test_a_bid_to_block_is_no_proposal() -> None:
    found = asserted("The Countryside Alliance launched a legal bid to block the Hunting Act.")
    assert not {f for f in found if f[1] == "proposes"}


def test_a_call_on_an_actor_is_no_stance_on_the_actor() -> None:
    found = asserted("Tony Blair rejected the Tories' call for Turkey to recognise Cyprus.")
    assert ("Tony Blair", "opposes", "Turkey") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Labour welcomed news of the freeze on fuel duty.", ("Labour Party", "supports", "freeze on fuel duty")),
        ("Labour welcomed talk of a freeze on fuel duty.", ("Labour Party", "supports", "freeze on fuel duty")),
    ],
)
def test_talk_of_a_plan_is_seen_through(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in asserted(text)


def test_a_call_for_what_is_no_plan_stays_a_stance_on_the_call() -> None:
    found = asserted("Tony Blair has again rejected calls for the publication of the legal memo on the treaty.")
    assert {o for s, p, o in found if (s, p) == ("Tony Blair", "opposes")} == {"calls for publication"}


BILL = "ID cards bill"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Liberal Democrats poured scorn on the ID cards bill.", "opposes"),
        ("The Liberal Democrats took aim at the ID cards bill.", "opposes"),
        ("The Liberal Democrats lashed out at the ID cards bill.", "opposes"),
        ("The Liberal Democrats vowed to fight the ID cards bill.", "opposes"),
        ("The Liberal Democrats voted down the ID cards bill.", "opposes"),
        ("The Liberal Democrats remain opposed to the ID cards bill.", "opposes"),
        ("The Liberal Democrats are unhappy with the ID cards bill.", "opposes"),
        ("The Tories are happy with the ID cards bill.", "supports"),
        ("The Tories signed up to the ID cards bill.", "supports"),
        ("The Tories stood firmly behind the ID cards bill.", "supports"),
        ("The Tories gave a warm welcome to the ID cards bill.", "supports"),
        ("The Tories spoke in favour of the ID cards bill.", "supports"),
    ],
)
def test_stance_idioms(text: str, expected: str) -> None:
    assert {p for _, p, o in asserted(text) if o.endswith("cards bill")} == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Labour fought the Tories in every seat.",  # fighting an actor is no stance on a plan
        "The court found in favour of the Conservatives.",  # a ruling on a party
        "The Tories might sign up to the ID cards bill.",
        "Would the Tories stand behind the ID cards bill?",
        "The Liberal Democrats did not pour scorn on the ID cards bill.",
    ],
)
def test_stance_idioms_not_asserted(text: str) -> None:
    assert not {f for f in asserted(text) if f[1] in {"opposes", "supports"}}


def test_a_named_spokesperson_states_the_side_they_speak_for() -> None:
    from stance_facts import rows

    found = rows("Lib Dem spokesman Mark Oakley criticised the identity cards bill.")
    assert ("Liberal Democrats", "opposes", "identity cards bill", "positive", "asserted") in found
    leader = rows("Tory leader Michael Hadley attacked the identity cards bill.")
    assert not any(r[0] == "Conservative Party" for r in leader)  # a leader's own stance is his
