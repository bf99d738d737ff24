"""Acts of policy named as readers name them, plans referred back to in the plural, and headlines.

Invented sentences in the style of business and political reporting: freezing a tax is an act
of its own (not opposition to the tax), "proposed to X" puts X forward as "proposed X-ing" does,
lifting a ban opposes it, "the measures" may be any plans just named, a headline drops its
articles, and an act with a long trailing phrase is still named. Each shape has a twin that
must not be read.
"""

from __future__ import annotations

from stance_facts import A, H, P, rows


def pairs(text: str) -> set[tuple[str, str, str]]:
    return {(s, p, o) for s, p, o, _, _ in rows(text)}


def test_freezing_a_duty_is_an_act_put_forward() -> None:
    found = pairs("Finance Minister Karl Ostrander is to freeze fuel duty.")
    assert ("Karl Ostrander", "proposes", "freezing fuel duty") in found
    assert not any(p == "opposes" for _, p, _ in found)  # freezing the duty is no stand against it


def test_proposing_to_act_names_the_act() -> None:
    assert ("Germany", "proposes", "freezing the foreign debts of the poorest nations") in pairs(
        "Germany proposed to freeze the foreign debts of the poorest nations."
    )
    assert ("Germany", "proposes", "raising the retirement age") in pairs("Germany proposed raising the retirement age.")
    assert pairs("Germany proposed to meet again in March.") == set()  # meeting is no act of policy


def test_lifting_a_plan_opposes_it_but_lifting_a_thing_does_not() -> None:
    assert rows("Thailand lifted the limit on foreign banks.") == {("Thailand", "opposes", "limit on foreign banks", P, A)}
    assert ("EU", "opposes", "arms embargo on Burma", P, H) in rows("The EU may lift its arms embargo on Burma.")
    assert rows("Rescuers lifted the van off the road.") == set()


PLANS = "The Home Office unveiled plans to deport failed asylum seekers. "


def test_the_measures_in_the_plural_refer_back_to_the_plans_just_named() -> None:
    assert ("Liberal Democrats", "opposes", "plans to deport failed asylum seekers") in pairs(
        PLANS + "But the Liberal Democrats condemned the measures."
    )


def test_the_measure_in_the_singular_is_still_a_bill() -> None:
    text = PLANS + "The Greens backed the Rivers Bill. But the Tories condemned the measure."
    found = pairs(text)
    assert ("Conservative Party", "opposes", "Rivers Bill") in found
    assert ("Conservative Party", "opposes", "plans to deport failed asylum seekers") not in found


BODY = "\n\nThe minister spoke to reporters in Glasgow on Monday."


def test_a_headline_drops_its_article() -> None:
    assert ("Ostrander", "proposes", "Aids fund") in pairs("Ostrander calls for new Aids fund" + BODY)


def test_a_bare_noun_in_the_body_is_still_too_vague() -> None:
    assert pairs("Karl Ostrander called for new Aids fund reform talks. He spoke.") == set()
    assert pairs("Ostrander calls for new Aids fund." + BODY) == set()  # a full stop: a sentence, not a headline


def test_a_long_act_loses_its_trailing_circumstance() -> None:
    text = "Pakistan is to boost spending on primary schools in a budget billed by its authors as a boost for ordinary families."
    assert ("Pakistan", "proposes", "boosting spending on primary schools") in pairs(text)


def test_suspending_a_plan_opposes_it_but_suspending_a_person_does_not() -> None:
    found = pairs("China suspended 30 coal power projects on environmental grounds.")
    assert any(s == "China" and p == "opposes" and "coal power projects" in o for s, p, o in found)
    assert rows("The party suspended its candidate in Slough.") == set()


def test_a_relief_is_a_plan_and_relief_felt_is_not() -> None:
    assert ("Gordon Brown", "opposes", "stamp duty relief for small firms") in pairs(
        "Chancellor Gordon Brown scrapped stamp duty relief for small firms."
    )
    assert rows("The minister expressed relief at the verdict.") == set()


def test_praising_what_others_did_backs_it_and_praising_what_should_be_done_calls_for_it() -> None:
    assert pairs("Mr Brown said it was a breakthrough for the banks to offer debt relief.") == {("Brown", "supports", "debt relief")}
    assert pairs("It would be right for ministers to propose a new tax, Mr Brown said.") == {("Brown", "proposes", "new tax")}


def test_a_reported_pledge_that_opens_by_removing_keeps_its_other_acts() -> None:
    found = pairs("Mr Davis said the Tories would scrap regional assemblies and recruit 5,000 more police officers.")
    assert ("Conservative Party", "proposes", "recruiting 5,000 more police officers") in found
    assert not any(p == "proposes" and "assemblies" in o for _, p, o in found)


def test_a_comparative_makes_a_bare_noun_a_change_asked_for() -> None:
    found = pairs("Michael Howard pledged cleaner hospitals and better school discipline.")
    assert ("Michael Howard", "proposes", "better school discipline") in found
    assert pairs("Michael Howard wanted better weather.") == set()


def test_challenging_others_to_act_asks_for_the_act() -> None:
    assert pairs("Labour challenged the Tories to publish the full report.") == {("Labour Party", "proposes", "publishing the full report")}
    assert pairs("Charles Kennedy challenged the ruling in court.") == set()


def test_a_plan_that_faces_opposition_from_someone_is_opposed_by_them() -> None:
    text = "The Home Office unveiled a bill to deport failed asylum seekers. The bill has faced stiff opposition from Friends of the Earth."
    assert ("Friends of the Earth", "opposes", "bill to deport failed asylum seekers") in pairs(text)
    assert pairs("The government is facing opposition from the Conservatives over the identity cards bill.") == {
        ("Conservative Party", "opposes", "identity cards bill")
    }
    assert pairs("Tony Blair faced criticism from the Conservatives.") == set()  # a stance on a person


def test_a_report_speaks_for_whoever_published_it() -> None:
    text = "The Electoral Commission published a report on Monday. The report recommended a cap on donations to parties."
    assert ("Electoral Commission", "proposes", "cap on donations") in pairs(text)
    text = "The Electoral Commission read a report on Monday. The report recommended a cap on donations to parties."
    assert not any(s == "Electoral Commission" for s, _, _ in pairs(text))  # reading it is no authorship


def test_a_described_item_of_a_list_of_plans_is_a_plan_too() -> None:
    assert pairs("The TUC called for child care provision and decent wages.") == {
        ("TUC", "proposes", "child care provision"),
        ("TUC", "proposes", "decent wages"),
    }
    assert pairs("The TUC called for provision.") == set()  # a bare word names nothing
