"""Stance shapes of defence and parliamentary news beyond the plain verb: lobbying and leading a
defence, asking others to keep something, a derisive 'in search of' label, bills and systems
named again by a bare noun, split coordinations.

Invented sentences in the style of wire and parliamentary reporting. Each shape has a case
that must be read and a twin that must not be (or not asserted).
"""

from __future__ import annotations

import pytest

from stance_facts import A, H, P, rows


def pairs(text: str) -> set[tuple[str, str, str]]:
    return {(s, p, o) for s, p, o, _, _ in rows(text)}


CASES = [
    # Lobbying for or against, leading the defence of.
    ("The Defence Ministry lobbied for the Trident missile system.",
     {("Defence Ministry", "supports", "Trident missile system", P, A)}),
    ("The Green Party lobbied against the Trident missile system.",
     {("Green Party", "opposes", "Trident missile system", P, A)}),
    ("The Green Party may lobby against the Trident missile system.",
     {("Green Party", "opposes", "Trident missile system", P, H)}),
    ("Senator Dale Whitaker led the defence of the Trident missile system.",
     {("Dale Whitaker", "supports", "Trident missile system", P, A)}),
    # Asking others to keep something backs it; keeping it oneself is no stance.
    ("Carla Jennings urged the House to keep the Trident missile system.",
     {("Carla Jennings", "supports", "Trident missile system", P, A)}),
    ("Carla Jennings urged the House not to keep the Trident missile system.", set()),
    ("The Royal Navy kept the Trident missile system in service.", set()),
    # A derisive "in search of" label.
    ('Lena Marsh called the Trident missile system "a weapon in search of a mission".',
     {("Lena Marsh", "opposes", "Trident missile system", P, A)}),
    ('Lena Marsh called the Trident missile system "a weapon fit for its mission".', set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_stance_shape(text: str, expected: set[tuple[str, str, str, str, str]]) -> None:
    assert rows(text) == expected


def test_a_bill_labelled_by_it_with_a_quoted_epithet() -> None:
    text = (
        "The Conservatives opposed the Rivers Protection Bill. Hugh Bellamy, the shadow environment "
        'secretary, called it "a headline in search of a policy" and said it would fail.'
    )
    assert ("Hugh Bellamy", "opposes", "Rivers Protection Bill") in pairs(text)


def test_a_split_coordination_keeps_each_stance() -> None:
    text = (
        "The industry body Water Services Group said it supported tougher enforcement "
        "but opposed criminal penalties for executives."
    )
    found = pairs(text)
    assert ("Water Services Group", "opposes", "criminal penalties") in found
    assert not any("opposed" in o for _, _, o in found)
    assert not any(p == "supports" and "penalties" in o for _, p, o in found)


def test_a_coordination_parsed_as_one_phrase_is_left_alone() -> None:
    assert pairs("Labour backed the pay freeze and opposed cuts.") == set()


def test_the_project_is_the_system_just_named() -> None:
    text = (
        "Norway installed a powerful new radar at Vardo last year. Kari Lund supported the radar. "
        "The Socialist Left Party is against the project."
    )
    assert ("Socialist Left Party", "opposes", "powerful radar") in pairs(text)


def test_the_programme_is_no_system_named_in_passing() -> None:
    text = (
        "The battery forms part of a missile shield, which protects Europe against ballistic missiles. "
        "Germany and France have supported the programme."
    )
    assert not any(o == "ballistic missiles" for _, _, o in pairs(text))


def test_the_programme_is_a_plan_of_that_name_first() -> None:
    text = (
        "The government launched a housing programme in May. Norway installed a powerful new radar at Vardo. "
        "The Socialist Left Party is against the programme."
    )
    assert ("Socialist Left Party", "opposes", "housing programme") in pairs(text)


def test_a_singular_system_does_not_refer_back_to_a_plural_one() -> None:
    text = (
        "Russia has fielded intercontinental missiles. "
        "Raymond Kessler, a former Navy secretary, backed the missile."
    )
    assert not any(o == "intercontinental missiles" for _, _, o in pairs(text))


def test_who_introduced_the_legislation_proposes_the_bill_just_named() -> None:
    text = (
        "The government published the Rivers Protection Bill on Monday. Environment Secretary "
        "Priya Chandran, who introduced the legislation in December, told MPs it would work."
    )
    assert ("Priya Chandran", "proposes", "Rivers Protection Bill", P, A) in rows(text)


def test_a_generic_plan_word_still_names_no_proposal() -> None:
    text = "The government published the Rivers Protection Bill on Monday. Priya Chandran unveiled the plan."
    assert not any(p == "proposes" and s == "Priya Chandran" for s, p, _ in pairs(text))


def test_an_object_relative_clause_proposes_its_noun() -> None:
    text = "The missile defence plan, which Athens first proposed last autumn, will link the two staffs."
    assert ("Greece", "proposes", "missile defence plan", P, A) in rows(text)


def test_a_call_for_an_audit_proposes_it() -> None:
    text = "Kari Lund called for a public audit of the radar's running costs."
    assert any(s == "Kari Lund" and p == "proposes" and "audit" in o for s, p, o in pairs(text))


def test_he_in_a_reported_clause_is_the_speaker() -> None:
    text = "Shadow Defence Secretary Tom Gallagher has said he personally supports the Trident renewal programme."
    assert ("Tom Gallagher", "supports", "Trident renewal programme", P, A) in rows(text)


def test_a_lone_policy_word_is_the_policy_named_in_full_before() -> None:
    text = (
        "Conservative leader Charles Whitfield backed the renewal of the Trident nuclear deterrent on Monday. "
        "The Scottish National Party also opposes renewal."
    )
    assert ("Scottish National Party", "opposes", "renewal of the Trident nuclear deterrent") in pairs(text)


def test_a_lone_policy_word_named_before_only_in_a_quotation_is_not_read() -> None:
    text = (
        '"We want the renewal of the Trident nuclear deterrent," Charles Whitfield said on Monday. '
        "The Scottish National Party also opposes renewal."
    )
    assert not any(s == "Scottish National Party" for s, _, _ in pairs(text))


def test_a_quoted_label_hung_on_the_object() -> None:
    text = 'Labour MP Nadia Shah called the Trident renewal programme "an obscene waste of money".'
    assert ("Nadia Shah", "opposes", "Trident renewal programme", P, A) in rows(text)


def test_an_unquoted_apposition_is_no_label() -> None:
    text = "Labour MP Nadia Shah called the Trident renewal programme, a waste of money to some, a success."
    assert pairs(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fiona Gale has tabled an amendment that would ban bonuses at any water company.",
         {("Fiona Gale", "proposes", "amendment that would ban bonuses at any water company")}),
        ("Fiona Gale has tabled an amendment that would not ban bonuses.", set()),
        ("Fiona Gale has tabled an amendment that failed last year.", set()),
    ],
)  # fmt: skip
def test_a_plan_described_by_what_it_would_do(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert pairs(text) == expected
