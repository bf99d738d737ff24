"""Stance nouns with light verbs, agent nouns, judged acts and stated refusals; sentences written for this test."""

from __future__ import annotations

import pytest
from stance_facts import A, H, P, Row, rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A verb that carries a stance noun gives its subject the noun's stance.
        ("Mr Okafor launched an attack on the Road Safety Bill.", {("Okafor", "opposes", "Road Safety Bill", P, A)}),
        ("The Labour Party voiced concern over the Road Safety Bill.",
         {("Labour Party", "opposes", "Road Safety Bill", P, A)}),
        ("The Liberal Democrats threw their weight behind the Road Safety Bill.",
         {("Liberal Democrats", "supports", "Road Safety Bill", P, A)}),
        ("The Conservatives gave their backing to the Road Safety Bill.",
         {("Conservative Party", "supports", "Road Safety Bill", P, A)}),
        ("The Conservatives expressed reservations about the Road Safety Bill.",
         {("Conservative Party", "opposes", "Road Safety Bill", P, A)}),
        # An act of removing or keeping: the stance is on what is removed or kept.
        ("Mr Okafor made the argument for retaining the Road Safety Bill.",
         {("Okafor", "supports", "Road Safety Bill", P, A)}),
        ("The Labour Party promised to push for scrapping the Child Support Agency.",
         {("Labour Party", "opposes", "Child Support Agency", P, A)}),
        ("The Labour Party opposed scrapping the Child Support Agency.",
         {("Labour Party", "supports", "Child Support Agency", P, A)}),
        # The holder after "from", and a clause set against a stance.
        ("There was support for the Road Safety Bill from the Labour Party.",
         {("Labour Party", "supports", "Road Safety Bill", P, A)}),
        ("The Road Safety Bill passed in the face of resistance from the Labour Party.",
         {("Labour Party", "opposes", "Road Safety Bill", P, A)}),
        # A call for someone to act is not a call for them.
        ("The Labour Party's call for Mr Okafor to resign was ignored.", set()),
        # A verb that does not carry the noun: the subject receives the stance, it does not take it.
        ("Mr Okafor faced criticism of the Road Safety Bill.", set()),
        ("Did Mr Okafor launch an attack on the Road Safety Bill?", {("Okafor", "opposes", "Road Safety Bill", P, H)}),
    ],
)
def test_stance_nouns(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr Okafor has been a leading advocate of the Road Safety Bill.",
         {("Okafor", "supports", "Road Safety Bill", P, A)}),
        ("Ms Lind is among the fiercest critics of the Road Safety Bill.",
         {("Lind", "opposes", "Road Safety Bill", P, A)}),
        ("Mr Okafor, a long-time champion of the Road Safety Bill, spoke on Monday.",
         {("Okafor", "supports", "Road Safety Bill", P, A)}),
        ("Mr Okafor is not a critic of the Road Safety Bill.", {("Okafor", "opposes", "Road Safety Bill", "negative", A)}),
        # Critics of a person: no plan.
        ("Ms Lind is a fierce critic of Mr Okafor.", {("Lind", "opposes", "Okafor", P, A)}),
    ],
)
def test_agent_nouns(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ms Lind said the Labour Party was right to reject the Road Safety Bill.",
         {("Lind", "opposes", "Road Safety Bill", P, A), ("Labour Party", "opposes", "Road Safety Bill", P, A)}),
        ('"It was a mistake to back the Road Safety Bill," said Ms Lind.', {("Lind", "opposes", "Road Safety Bill", P, A)}),
        ("Ms Lind said scrapping the Road Safety Bill would be reckless.",
         {("Lind", "supports", "Road Safety Bill", P, A)}),
        ('"It would be much wiser to scrap the Road Safety Bill," said Ms Lind.',
         {("Lind", "opposes", "Road Safety Bill", P, A)}),
        # A plan said not to work, or to backfire.
        ("The Road Safety Bill would not work, argued Mr Okafor.", {("Okafor", "opposes", "Road Safety Bill", P, A)}),
        ("Ms Lind warned that the Road Safety Bill would backfire.", {("Lind", "opposes", "Road Safety Bill", P, A)}),
        # Nobody's verdict, a question, a verdict on not acting, a verdict for a case: no stance.
        ("Analysts said the Road Safety Bill would not work.", set()),
        ("Was it a mistake to back the Road Safety Bill?", set()),
        ("Ms Lind said it would be wrong not to back the Road Safety Bill.", set()),
        ("The Road Safety Bill works well, said Ms Lind.", set()),
        # A worry that a plan may fail is no verdict against it.
        ("Ms Lind warned that the Road Safety Bill could fail.", set()),
    ],
)
def test_judged_acts(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A refusal stated by a speaker is a stance now; another's speculation or a condition is not.
        ("Ms Lind said the Liberal Democrats would not support the Road Safety Bill.",
         {("Liberal Democrats", "opposes", "Road Safety Bill", P, A)}),
        ("If the Road Safety Bill is changed, the Liberal Democrats would not support it, Ms Lind said.",
         {("Liberal Democrats", "opposes", "Road Safety Bill", P, H)}),
        ("The Liberal Democrats might not support the Road Safety Bill.",
         {("Liberal Democrats", "opposes", "Road Safety Bill", P, H)}),
    ],
)
def test_stated_refusals(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # CAMEO verbs widen the lexicon: criticise (111), praise (051), reject (12x).
        ("The Labour Party castigated the Road Safety Bill.", {("Labour Party", "opposes", "Road Safety Bill", P, A)}),
        ("Ms Lind lauded the Road Safety Bill.", {("Lind", "supports", "Road Safety Bill", P, A)}),
        # ... but CAMEO codes acts between actors: a rebuff of a country is no position on a plan.
        ("Norway rebuffs Moscow over the Arctic radar.", set()),
        # The hand list wins where they differ: offering a plan puts it forward (CAMEO: supports).
        ("The Labour Party offered a review of the Road Safety Bill.",
         {("Labour Party", "proposes", "review of Road Safety Bill", P, A)}),
        # Left out as misfiring on news: hosting a programme is not putting a plan forward.
        ("Ms Lind presented the Road Safety Bill programme.", set()),
    ],
)
def test_cameo_verbs(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_the_hand_list_wins_and_left_out_cameo_verbs_stay_out() -> None:
    from kg.extract.stance.vocabulary import cameo_only_verbs, stance_verbs
    from kg.lexicon import cameo_stance_verbs, stance_vocabulary

    assert cameo_stance_verbs().verbs["offer"] == "supports" or "offer" in cameo_stance_verbs().conflicts
    assert stance_verbs()["offer"] == (("proposes", ()),)
    assert {"present", "contest"}.isdisjoint(stance_verbs())
    assert ("proposes", ("for",)) in stance_verbs()["push"]  # the hand list's "push for", not CAMEO's bare "push"
    assert all(path for _, path in stance_verbs()["push"])
    assert "castigate" in cameo_only_verbs() and "back" not in cameo_only_verbs()
    assert set(stance_vocabulary()["cameo_left_out"]) <= set(cameo_stance_verbs().verbs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A verdict on "it": the plan just named, when there is one.
        ("The Labour Party unveiled the Road Safety Bill on Monday. Mr Okafor said it was misguided.",
         {("Labour Party", "proposes", "Road Safety Bill", P, A), ("Okafor", "opposes", "Road Safety Bill", P, A)}),
        ('The Labour Party unveiled the Road Safety Bill on Monday. "It is a relic of a bygone era," said Mr Okafor.',
         {("Labour Party", "proposes", "Road Safety Bill", P, A), ("Okafor", "opposes", "Road Safety Bill", P, A)}),
        ("The weather was poor on Monday. Mr Okafor said it was misguided.", set()),
        # Others' verdict, named to answer it, is not the speaker's.
        ('Addressing claims that the Road Safety Bill was unenforceable, Mr Okafor said: "It is clear."', set()),
        ("The Tories say the Road Safety Bill has failed.", {("Conservative Party", "opposes", "Road Safety Bill", P, A)}),
        ("Mr Okafor said the Road Safety Bill had failed to cut deaths.", set()),
        ("Former Tory leader Iain Duncan Smith, one of the main critics of the Mental Capacity Bill, spoke at the rally.",
         {("Iain Duncan Smith", "opposes", "Mental Capacity Bill", P, A)}),
        ("It is clear that the Road Safety Bill will pass, said Mr Okafor.", set()),
        # Refusing to give in to pressure to do something is a stance against doing it.
        ("The Conservatives would not give in to pressure to scrap the Road Safety Bill.",
         {("Conservative Party", "supports", "Road Safety Bill", P, A)}),
        ("Turkey has said it would not bow to demands to back the Road Safety Bill.",
         {("Turkey", "opposes", "Road Safety Bill", P, A)}),
        ("The Labour Party resisted calls to scrap the Road Safety Bill.",
         {("Labour Party", "supports", "Road Safety Bill", P, A)}),
        ("The Conservatives might not give in to pressure to scrap the Road Safety Bill.",
         {("Conservative Party", "supports", "Road Safety Bill", P, H)}),
        ("The Conservatives gave in to pressure to scrap the Road Safety Bill.", set()),
    ],
)
def test_verdicts_on_it_and_refusals_to_yield(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
