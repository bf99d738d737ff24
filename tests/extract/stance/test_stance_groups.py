"""Group subjects stand for their body (kg.resolve.groups): 'ministers' -> the government's country,
'Tory MPs' -> the party, 'the committee' -> the committee named before; 'campaigners' -> nobody.

Invented sentences. The UK is the home country only because the text names British parties.
"""

from __future__ import annotations

import pytest

from stance_facts import A, P, facts, rows

UK, LAB, CON = "United Kingdom", "Labour Party", "Conservative Party"
# A sentence naming British parties, so that "the government" is the UK's by the home-country heuristic.
PARTIES = " Labour and the Conservatives disagree."

CASES = [
    ("The government rejected the hunting bill." + PARTIES, {(UK, "opposes", "hunting bill", P, A)}),
    ("Ministers have rejected the hunting bill." + PARTIES, {(UK, "opposes", "hunting bill", P, A)}),
    ("Downing Street backed the hunting bill." + PARTIES, {(UK, "supports", "hunting bill", P, A)}),
    ("The French government rejected the hunting bill." + PARTIES, {("France", "opposes", "hunting bill", P, A)}),
    ("French diplomats rejected the hunting bill.", {("France", "opposes", "hunting bill", P, A)}),
    ("Labour backbenchers opposed the hunting bill.", {(LAB, "opposes", "hunting bill", P, A)}),
    ("Tory MPs backed the hunting bill.", {(CON, "supports", "hunting bill", P, A)}),
    ("A spokesman for the Conservatives rejected the hunting bill.", {(CON, "opposes", "hunting bill", P, A)}),
    ("The Public Accounts Committee met on Monday. The committee rejected the hunting bill.",
     {("Public Accounts Committee", "opposes", "hunting bill", P, A)}),
    # Groups that name no body, and parts of a body, give nothing.
    ("Campaigners rejected the hunting bill." + PARTIES, set()),
    ("Critics attacked the hunting bill." + PARTIES, set()),
    ("Several Labour MPs opposed the hunting bill.", set()),
    ("The committee rejected the hunting bill.", set()),  # no committee named before
    # Without a country named for it or parties placing the article, "the government" is nobody's.
    ("The government rejected the hunting bill.", set()),
    ("A previous government rejected the hunting bill." + PARTIES, set()),
    # A group's view of a person is not its body's stance.
    ("Labour backbenchers backed the minister, Jack Straw.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_group_subjects(text: str, expected: set[tuple[str, str, str, str, str]]) -> None:
    found = {r for r in rows(text) if r[0] not in {LAB, CON} or r[0] in {e[0] for e in expected}}
    assert found == expected


def test_a_group_holder_is_recorded_as_such() -> None:
    """The fact keeps the group's words as its subject mention and a lower confidence than a name's."""
    by_group = next(f for f in facts("Ministers rejected the hunting bill." + PARTIES) if f.predicate == "opposes")
    by_name = next(f for f in facts("Britain rejected the hunting bill." + PARTIES) if f.predicate == "opposes")
    assert by_group.subject.text == "Ministers" and by_group.subject.entity.label == UK
    assert by_group.confidence < by_name.confidence


def test_the_government_of_the_home_country() -> None:
    """The home country comes from the parties named: the US for Republicans and Democrats."""
    text = "The administration rejected the climate bill. The Republican Party and the GOP agree."
    assert ("United States", "opposes", "climate bill", P, A) in rows(text)


def test_the_government_of_the_one_country_an_article_names() -> None:
    """No party and no 'X government' named: the government is the country the article keeps naming."""
    text = "Ukraine revisits state sell-offs. Ukraine is reviewing old deals. The government plans to renationalise 3,000 firms."
    assert ("Ukraine", "proposes", "renationalising 3,000 firms", P, A) in rows(text)
    text = "Ukraine and Russia met in Kiev. The government plans to renationalise 3,000 firms."
    assert not any(r[0] in {"Ukraine", "Russia"} for r in rows(text))  # two countries: no telling whose


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # "they" restating two sides that said it together: both hold the stance, on the record
        (
            "Both Labour and the Conservatives have said they plan to raise the state pension.",
            {(LAB, "proposes", "raising the state pension", P, A), (CON, "proposes", "raising the state pension", P, A)},
        ),
        (  # a person coordinated with a side is no side that "they" restates
            "Labour and Jane Hale said they would raise the state pension.",
            {(LAB, "proposes", "raising the state pension", P, A)},
        ),
    ],
)
def test_they_restates_every_side_that_said_it(text: str, expected: set[tuple[str, str, str, str, str]]) -> None:
    assert {r for r in rows(text) if r[2] == "raising the state pension"} == expected


def test_people_of_a_country_hold_no_stance_of_its_own() -> None:
    """'Many Americans defy the ban': people of a country, not the country; 'the Americans' is its side."""
    assert not any(r[0] == "United States" for r in rows("Many Americans continue to defy the travel ban on Cuba."))
    assert ("United States", "opposes", "fuel tax", P, A) in rows("The Americans opposed the fuel tax.")
