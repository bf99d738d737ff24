"""Plans referred back to and judged: 'the law', 'this disastrous law', 'the freeze sends the wrong message'.

Invented sentences in the style of political news. A definite plan word refers back to the
plan named before ("the law" to the Hunting Act, "the ban" to a named act when no ban was
named); a speaker's judging adjective on it ("this disastrous law"), a judged message it sends,
or a verdict that it was badly done, is the speaker's stance. The journalist's own words,
questions, negations and guesses give none.
"""

from __future__ import annotations

import pytest

from stance_facts import A, P, rows

ACT = "The Hunting Act came into force on Friday. "
FREEZE = "Gordon Brown announced a freeze on fuel duty. "

CASES = [
    (ACT + "Tory MP Peter Luff said the law was unworkable.", ("Peter Luff", "opposes", "Hunting Act", P, A)),
    (ACT + '"It is time to be rid of this disastrous law," said Tory MP Peter Luff.',
     ("Peter Luff", "opposes", "Hunting Act", P, A)),
    (ACT + "Hunt supporters held rallies in London. Peter Luff said the ban was badly thought out.",
     ("Peter Luff", "opposes", "Hunting Act", P, A)),
    (ACT + 'Peter Luff said the legislation was "so poorly drafted nobody can define the offence".',
     ("Peter Luff", "opposes", "Hunting Act", P, A)),
    (FREEZE + "The RAC said the freeze sent the right signal to motorists.", ("RAC", "supports", "freeze on fuel duty", P, A)),
    (FREEZE + "The RAC said the freeze sent the wrong message to motorists.", ("RAC", "opposes", "freeze on fuel duty", P, A)),
]  # fmt: skip

UNREAD = [
    # the journalist's own adjective is no one's stance
    (ACT + "Peter Luff spoke about this disastrous law for an hour.", "Peter Luff"),
    # a question, and a judged message that is denied or only guessed
    (ACT + 'Peter Luff asked: "Is this disastrous law here to stay?"', "Peter Luff"),
    (FREEZE + "The RAC said the freeze did not send the wrong message.", "RAC"),
    (FREEZE + "The RAC said the freeze might send the wrong message.", "RAC"),
    # "the current system" is not simply the system just named
    ("The Tories want an Australian-style points system. Mr Howard said few asylum seekers had their claims accepted"
     ' under the current "unfair and inhumane" system.', "Michael Howard"),
    # an indefinite judged plan word names no plan
    (ACT + '"We have seen a disastrous law before," said Peter Luff.', "Peter Luff"),
]


@pytest.mark.parametrize(("text", "row"), CASES)
def test_a_judged_plan_referred_back_to(text: str, row: tuple[str, str, str, str, str]) -> None:
    assert row in rows(text)


@pytest.mark.parametrize(("text", "holder"), UNREAD)
def test_no_stance_from_unstated_judgements(text: str, holder: str) -> None:
    assert not any(r[0] == holder and r[3] == P and r[4] == A for r in rows(text))


def plan_names(text: str) -> set[tuple[str, frozenset[str]]]:
    """(label, altLabels) of the Plan node of every stance fact read from ``text``."""
    from stance_facts import facts

    return {(f.object.entity.label, f.object.entity.aliases) for f in facts(text) if f.object.entity.cls == "Plan"}


LABELS = [
    # a purpose the plan is part of, or a bid it is made in, is no part of its name
    ("The Tories set out plans to cut 80,000 civil servants as part of a push to save money.",
     "plans to cut 80,000 civil servants"),
    ("Labour announced a plan to make schools safer in a bid to win back parents.", "plan to make schools safer"),
    # a statement inside the complement ends the name
    ("Labour published proposals to reflect the public's wish that fraud should be treated as a grave offence.",
     "proposals to reflect the public's wish"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label"), LABELS)
def test_a_plan_label_ends_where_the_plan_ends(text: str, label: str) -> None:
    assert label in {name for name, _ in plan_names(text)}


def test_a_long_label_has_a_short_name_and_one_without_its_place() -> None:
    names = plan_names("The Tories unveiled plans to cut 100,000 civil servants in Whitehall and the regions by 2008.")
    assert any("plans to cut civil servants" in aliases for _, aliases in names)
    names = plan_names("Labour MPs backed a new law banning hunting with hounds in England and Wales.")
    assert any(label.endswith("in England and Wales") and "law banning hunting with hounds" in aliases for label, aliases in names)


def test_a_bare_participle_is_no_part_of_a_plan_name() -> None:
    text = ("The ban on hunting with dogs comes into force on Friday. The Countryside Alliance saw its bid to stop the "
            'ban thwarted on Monday. Peter Luff said: "This ridiculous ban will not work."')  # fmt: skip
    labels = {name for name, _ in plan_names(text)}
    assert "ban on hunting with dogs" in labels
    assert not any(label.endswith("thwarted") for label in labels)


def test_a_plan_said_not_to_meet_its_aim_is_opposed() -> None:
    text = "Lord Woolf proposed draft guidelines to cut sentences. Mr Denham said the plans had not reflected public disquiet."
    assert ("John Denham", "opposes", "draft guidelines to cut sentences", P, A) in rows(text.replace("Mr Denham", "John Denham"))


PLANS = "The Tories unveiled plans to cap immigration on Monday. "


def test_they_for_plans_just_named() -> None:
    text = PLANS + '"They would hit the poorest families," said Hannah Ward.'
    assert ("Hannah Ward", "opposes", "plans to cap immigration", P, A) in rows(text)


def test_they_is_no_plan_when_an_actor_came_between_or_the_plan_is_one() -> None:
    text = PLANS + 'Labour attacked the Tories. "They would hit the poorest families," said Hannah Ward.'
    assert not any(r[0] == "Hannah Ward" for r in rows(text))
    text = "The Tories unveiled a plan to cap immigration. " + '"They would hit the poorest families," said Hannah Ward.'
    assert not any(r[0] == "Hannah Ward" for r in rows(text))
