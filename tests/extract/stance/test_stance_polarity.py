"""The polarity policy (docs/data-model.md, 'Stances'): wanting a plan ended, eased, delayed or cut
is opposing it, never proposing it; being against its end is backing it; an act wished for is a
plan named by what it does. Invented sentences.
"""

from __future__ import annotations

import pytest

from stance_facts import A, N, P, rows

CON, LAB, LD = "Conservative Party", "Labour Party", "Liberal Democrats"

CASES = [
    ("The Tories called for the sanctions on Iran to be eased.", {(CON, "opposes", "sanctions on Iran", P, A)}),
    ("Labour wants the council tax to go.", {(LAB, "opposes", "council tax", P, A)}),
    ("The Lib Dems vowed to scrap the council tax.", {(LD, "opposes", "council tax", P, A)}),
    ("The Tories pledged to abolish the council tax.", {(CON, "opposes", "council tax", P, A)}),
    ("The Tories urged ministers to delay the council tax.", {(CON, "opposes", "council tax", P, A)}),
    ("The Tories vowed to scrap the council tax and delay the levy.", {(CON, "opposes", "council tax", P, A)}),
    ("Labour opposed scrapping the council tax.", {(LAB, "supports", "council tax", P, A)}),
    ("The Tories backed lifting the arms embargo.", {(CON, "opposes", "arms embargo", P, A)}),
    # An act of policy on no named plan is the plan itself, named by what it does.
    ("Labour promised to cut taxes.", {(LAB, "proposes", "cutting taxes", P, A)}),
    ("Howard vowed to cut the number of asylum seekers by 2008.",
     {("Howard", "proposes", "cutting the number of asylum seekers", P, A)}),
    # Negations, questions and speculation.
    ("Labour promised not to raise taxes.", set()),
    ("Did Labour promise to cut taxes?", set()),
    ("Labour hoped to win the election.", set()),
    ("Labour did not oppose scrapping the council tax.", {(LAB, "supports", "council tax", N, A)}),
    ("Did the Tories call for the sanctions on Iran to be eased?", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_polarity_of_ending(text: str, expected: set[tuple[str, str, str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "plan"),
    [("The Tories called for the sanctions on Iran to be eased.", "sanctions on Iran"),
     ("Labour wants the council tax to go.", "council tax"),
     ("The Tories plan to delay the council tax.", "council tax"),
     ("Labour promised to postpone the council tax.", "council tax")],
)  # fmt: skip
def test_ending_a_plan_is_never_proposing_it(text: str, plan: str) -> None:
    """Proposing the act of ending ('delaying the council tax') may be read; proposing the plan itself never."""
    assert not any(p == "proposes" and o == plan for _, p, o, _, _ in rows(text))


CONDITIONS = [
    ("The Liberal Democrats will vote against the hunting bill unless ministers drop the fines.",
     ("Liberal Democrats", "opposes", "hunting bill", "asserted", "unless ministers drop the fines")),
    ("The Tories would vote against the hunting bill unless it is amended.",
     (CON, "opposes", "hunting bill", "asserted", "unless it is amended")),
    ("The Tories vowed to vote against the hunting bill unless it is amended.",
     (CON, "opposes", "hunting bill", "asserted", "unless it is amended")),
    # An election pledge's own condition: winning office.
    ("The Tories would vote against the hunting bill if they won the election.",
     (CON, "opposes", "hunting bill", "asserted", "if they won the election")),
    # Speculation and questions keep their doubt, and no condition is recorded.
    ("If the bill passes, the Tories could oppose the hunting bill.", (CON, "opposes", "hunting bill", "hypothetical", None)),
    ("The Tories would only back the hunting bill if the fines were dropped.",
     (CON, "supports", "hunting bill", "hypothetical", None)),
    ("Would the Tories vote against the hunting bill if it were amended?",
     (CON, "opposes", "hunting bill", "hypothetical", None)),
]


@pytest.mark.parametrize(("text", "expected"), CONDITIONS)
def test_a_stated_conditional_stance_is_asserted_with_its_condition(text: str, expected: tuple[str, ...]) -> None:
    from stance_facts import facts

    found = {(f.subject.entity.label, f.predicate, f.object.entity.label, f.modality, f.condition) for f in facts(text)}
    assert found == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a side taken on a decision or plan to end, keep or bring in a plan is taken on that plan
        ("Jane Marsh welcomed the plan to scrap tuition fees.", ("Jane Marsh", "opposes", "tuition fees")),
        ("Jane Marsh attacked the decision to scrap tuition fees.", ("Jane Marsh", "supports", "tuition fees")),
        ("Jane Marsh backed the decision to introduce identity cards.", ("Jane Marsh", "supports", "identity cards")),
    ],
)
def test_a_side_on_a_decision_is_a_side_on_what_it_acts_on(text: str, expected: tuple[str, str, str]) -> None:
    assert (*expected, P, A) in rows(text)


def test_a_decision_not_to_act_says_nothing_of_the_plan() -> None:
    assert not {r for r in rows("Jane Marsh attacked the decision not to scrap tuition fees.") if r[2] == "tuition fees"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a plan called someone's that removes a plan: its owner is against that plan
        ("Jane Marsh underlined Lib Dem plans to scrap university fees.",
         ("Liberal Democrats", "opposes", "university fees", P, A)),
        ("The Tories attacked Labour plans to scrap the Child Trust Fund.", ("Labour Party", "opposes", "Child Trust Fund", P, A)),
        ("Jane Marsh underlined Lib Dem plans to abolish tuition fees and reintroduce maintenance grants.",
         ("Liberal Democrats", "proposes", "reintroducing maintenance grants", P, A)),
        ("If the Lib Dem plan to scrap tuition fees failed, students would pay.",
         ("Liberal Democrats", "opposes", "tuition fees", P, "hypothetical")),
    ],
)
def test_an_owned_plan_to_end_a_plan_opposes_it(text: str, expected: tuple[str, ...]) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # what someone is attacked or praised for: the stance is on the act, or on the plan it ends
        ("Mr Hale attacked the Greens for wanting to introduce compulsory citizenship lessons.",
         ("Hale", "opposes", "introducing compulsory citizenship lessons", P, A)),
        ("Mr Hale attacked the Greens for scrapping the identity cards scheme.",
         ("Hale", "supports", "identity cards scheme", P, A)),
        ("Mr Hale praised the Greens for cutting fuel duty.", ("Hale", "supports", "cutting fuel duty", P, A)),
    ],
)
def test_a_stance_on_what_someone_is_blamed_for(text: str, expected: tuple[str, ...]) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    "text",
    ["Mr Hale did not attack the Greens for wanting to introduce compulsory citizenship lessons.",
     "Did Mr Hale attack the Greens for wanting to introduce compulsory citizenship lessons?",
     "Mr Hale might attack the Greens for wanting to introduce compulsory citizenship lessons."],
)  # fmt: skip
def test_no_stance_on_what_someone_is_not_blamed_for(text: str) -> None:
    assert not {r for r in rows(text) if "citizenship" in r[2] and r[3:] == (P, A)}
