"""opposes, supports and proposes: stance verbs, condemning labels, verdicts and proposal lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import stance  # noqa: F401  (registers the stance rules)
from kg.extract.stance.vocabulary import stance_verbs
from kg.lexicon import stance_vocabulary
from kg.extract.common.registry import RULES

SEED = Path(__file__).resolve().parents[3] / ".." / "shared" / "seed" / "missile-defense-tauscher.txt"
RULE_NAMES = tuple(name for name in RULES if name.startswith("stance."))
P, A, H = "positive", "asserted", "hypothetical"


def context_for(text: str):  # type: ignore[no-untyped-def]
    """What the pipeline hands the rules for ``text``."""
    from kg.analyse import extraction_context
    from kg.nlp import load_model
    from kg.types import Article

    return extraction_context(Article("t", text), load_model()(text))


def facts(text: str):  # type: ignore[no-untyped-def]
    ctx = context_for(text)
    return [fact for name in RULE_NAMES for fact in RULES[name].func(ctx)]


def labelled(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.entity.label, f.predicate, f.object.entity.label) for f in facts(text)}


def rows(text: str) -> set[tuple[str, str, str, str, str]]:
    return {(f.subject.entity.label, f.predicate, f.object.entity.label, f.polarity, f.modality) for f in facts(text)}


CASES = [
    ("Michael Howard rejected the pension plan.", {("Michael Howard", "opposes", "pension plan", P, A)}),
    ("The Conservative Party dismissed the maternity pay plan as desperate.",
     {("Conservative Party", "opposes", "maternity pay plan", P, A)}),
    ("The pension reform was backed by the Green Party.", {("Green Party", "supports", "pension reform", P, A)}),
    ("The identity card bill, which Labour rejected, was passed.",
     {("Labour Party", "opposes", "identity card bill", P, A)}),
    ("Labour voted against the smoking ban.", {("Labour Party", "opposes", "smoking ban", P, A)}),
    ("Gordon Brown unveiled a new tax credit scheme on Wednesday.",
     {("Gordon Brown", "proposes", "tax credit scheme", P, A)}),
    ("Labour unveiled a new tax on flights.", {("Labour Party", "proposes", "tax on flights", P, A)}),
    ("Charles Kennedy called for a local income tax.", {("Charles Kennedy", "proposes", "local income tax", P, A)}),
    # Refusing or failing to support is opposing; other negations are kept as negative facts.
    ("Labour refused to back the identity card bill.", {("Labour Party", "opposes", "identity card bill", P, A)}),
    ("Labour did not support the council tax reform.", {("Labour Party", "opposes", "council tax reform", P, A)}),
    ("Labour did not oppose the council tax reform.", {("Labour Party", "opposes", "council tax reform", "negative", A)}),
    ("Russia would welcome the missile shield plan if Washington dropped the radar.",
     {("Russia", "supports", "missile shield plan", P, H)}),
    # Labels and verdicts.
    ("Michael Howard called the asylum policy a shambles.", {("Michael Howard", "opposes", "asylum policy", P, A)}),
    ("\u201cThe identity card scheme is a mistake,\u201d said David Davis.",
     {("David Davis", "opposes", "identity card scheme", P, A)}),
    # "the offer" is the plan named before it in the sentence; wanting it posted is proposing it.
    ("Washington would like to post a joint memorandum but Moscow did not accept the offer.",
     {("Russia", "opposes", "joint memorandum", P, A), ("United States", "proposes", "joint memorandum", P, A)}),
    ("Russia keeps explaining its proposals, including the sectorial defense, to its partners.",
     {("Russia", "proposes", "sectorial defense", P, A)}),
    # Nothing specific, nobody taking the stance, or not a stance at all: no fact.
    ("The plan, which Labour rejected, was dropped.", set()),
    ("Moscow did not accept the offer.", set()),
    ("Iran launched a ballistic missile.", set()),
    ("Amnesty International urged Britain not to back the anti-terror bill.", set()),
    ("Mr Kennedy, whose party opposes the pension plan, spoke in Brighton.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_stance_rules(sentence: str, expected: set[tuple[str, str, str, str, str]]) -> None:
    assert rows(sentence) == expected


def test_vocabulary_has_every_stance() -> None:
    vocabulary = stance_vocabulary()
    assert {"opposes", "supports", "proposes"} <= vocabulary.keys()
    assert ("opposes", ("against",)) in stance_verbs()["vote"]
    assert ("opposes", ("out", "against")) in stance_verbs()["speak"]


@pytest.mark.skipif(not SEED.exists(), reason=f"SKIPPED LOUDLY: seed article not found at {SEED}; this test needs ../shared beside the repo")
def test_seed_article_stances() -> None:
    got = rows(SEED.read_text(encoding="utf-8"))
    assert ("Alexei Arbatov", "opposes", "missile defense system", P, A) in got
    assert ("Russia", "opposes", "joint memorandum", P, A) in got
    # Antonov speaks for Russia: Russia's own proposal, stated by its official, is on the record.
    assert ("Russia", "proposes", "sectorial defense", P, A) in got


PLAN_REFERENCE_CASES = [
    (
        "Home Secretary Robert Ashworth unveiled the Communications Data Bill on Monday. "
        "Tory MP Gareth Lowe backed the bill on Tuesday.",
        ("Gareth Lowe", "supports", "Communications Data Bill"),
    ),
    (
        "Immigration Minister Priya Lal unveiled a plan to cut overseas student visas. "
        "The Universities Council condemned the proposals.",
        ("Universities Council", "opposes", "plan to cut overseas student visas"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLAN_REFERENCE_CASES)
def test_a_bare_plan_noun_refers_to_the_plan_named_before(text: str, expected: tuple[str, str, str]) -> None:
    found = labelled(text)
    assert expected in found, found


def test_a_plan_described_inside_a_quote_is_not_an_antecedent() -> None:
    text = (
        '"This is a plan to shrink British universities," Vivienne Clarke said. '
        "Shadow Immigration Minister Daniel Frost welcomed the plan."
    )
    found = labelled(text)
    assert not any(o == "plan to shrink British universities" for _, _, o in found), found


# Political-news shapes: parties as holders, owned plans, intents and particle verbs.
# Invented sentences in the style of UK political reporting.
POLITICS_CASES = [
    ("Shadow chancellor Oliver Letwin hit out at Labour's plans to raise council tax.",
     {("Oliver Letwin", "opposes", "plans to raise council tax", P, A),
      ("Labour Party", "proposes", "plans to raise council tax", P, A)}),
    # A bare plan noun with a named owner is a node, labelled as the text names it;
    # it says nothing about what Labour proposes, so no proposes fact.
    ("The Tories attacked Labour's plans.", {("Conservative Party", "opposes", "Labour's plans", P, A)}),
    # The small model reads "Tory plans" as "Tory" + verb; it is still the party's plans, not the party.
    ("Michael Howard attacked Tory plans to process asylum claims abroad.",
     {("Michael Howard", "opposes", "plans to process asylum claims abroad", P, A)}),
    ("The Liberal Democrats have pledged to scrap the council tax.",
     {("Liberal Democrats", "opposes", "council tax", P, A)}),
    ("The Lib Dems want to abolish the council tax.", {("Liberal Democrats", "opposes", "council tax", P, A)}),
    ("Labour has pledged not to back the tuition fees bill.", {("Labour Party", "opposes", "tuition fees bill", P, A)}),
    ("The Liberal Democrats have called for a cap on party donations.",
     {("Liberal Democrats", "proposes", "cap on party donations", P, A)}),
    ("The Conservatives plan to cut council tax.", {("Conservative Party", "proposes", "cutting council tax", P, A)}),
    # Naming a plan as someone's is presupposed, whatever the speaker predicts about it.
    ("Michael Howard said Labour's plans for a smoking ban would fail.",
     {("Labour Party", "proposes", "smoking ban", P, A)}),
    # Not asserted: modals, questions, conditionals, "whether".
    ("The Tories would oppose the pension plan.", {("Conservative Party", "opposes", "pension plan", P, H)}),
    ("Did the Tories back the pension plan?", {("Conservative Party", "supports", "pension plan", P, H)}),
    # "it" is the party whose words are reported; "whether" keeps the stance open.
    ("The Green Party did not say whether it backed the pension plan.",
     {("Green Party", "supports", "pension plan", P, H)}),
    # Only under a condition: kept, but never as a plain fact.
    ("If Labour's plan to scrap the tax goes ahead, the Tories will oppose it.",
     {("Conservative Party", "opposes", "plan to scrap the tax", P, H)}),
    # Nothing specific: a plan "on the issue", a bill that is some bill.
    ("Ruth Kelly's plans on the issue were praised.", set()),
    ("The Lib Dems plan to oppose the Bill.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), POLITICS_CASES)
def test_political_news_stances(sentence: str, expected: set[tuple[str, str, str, str, str]]) -> None:
    assert rows(sentence) == expected


def test_a_specific_bare_noun_does_not_refer_to_another_kind_of_plan() -> None:
    text = (
        "The Conservatives tabled sunset clause proposals on Monday. "
        "The Liberal Democrats will vote against the Bill in the Lords."
    )
    found = labelled(text)
    assert not any(o == "sunset clause proposals" and p == "opposes" for _, p, o in found), found
    assert not any(o == "Bill" for _, _, o in found), found  # "the Bill" is no person called Bill


def test_the_bill_refers_to_the_bill_named_before() -> None:
    text = (
        "The Home Secretary unveiled the Terrorism Bill on Monday. "
        "The Liberal Democrats voted against the Bill on Tuesday."
    )
    found = labelled(text)
    assert ("Liberal Democrats", "opposes", "Terrorism Bill") in found, found


def test_a_bare_system_noun_refers_to_the_system_named_before() -> None:
    text = "Germany will station a combat brigade in Lithuania by 2027. Russia condemned the brigade on Friday."
    found = labelled(text)
    assert ("Russia", "opposes", "combat brigade") in found, found


def test_a_side_whose_concerns_a_plan_causes_opposes_it() -> None:
    text = (
        '"We say why the implementation of the American plans causes our concerns," '
        "Russian Deputy Defence Minister Anatoly Antonov said on Monday."
    )
    found = {(f.subject.entity.label, f.predicate, f.object.entity.label, f.modality) for f in facts(text)}
    assert ("Russia", "opposes", "American plans", "asserted") in found, found


def test_welcoming_the_deployment_supports_what_was_deployed() -> None:
    text = (
        "Germany will station a combat brigade in Lithuania by 2027. "
        "Lithuanian Defence Minister Rasa Vaitkute welcomed the deployment on Friday."
    )
    found = labelled(text)
    assert ("Rasa Vaitkute", "supports", "combat brigade") in found, found


def test_the_measure_refers_back_to_the_bill() -> None:
    text = (
        "Home Secretary Robert Ashworth unveiled the Communications Data Bill on Monday. "
        "The Liberal Democrats opposed the measure outright."
    )
    found = labelled(text)
    assert ("Liberal Democrats", "opposes", "Communications Data Bill") in found, found


def test_a_plan_keeps_the_demonym_that_says_whose_it_is() -> None:
    found = {(f.subject.entity.label, f.predicate, f.object.entity.label) for f in facts("Romania rejected a Russian demand to close the missile site.")}
    assert ("Romania", "opposes", "Russian demand to close the missile site") in found, found


def test_it_refers_to_the_plan_just_named() -> None:
    text = (
        "Immigration Minister Priya Lal unveiled a plan to cut overseas student visas. "
        "Tory MP Julian Barker criticised it on Tuesday."
    )
    found = labelled(text)
    assert ("Julian Barker", "opposes", "plan to cut overseas student visas") in found, found


def test_it_with_no_plan_nearby_is_left_alone() -> None:
    text = "Tory MP Julian Barker spoke in the debate on Monday. The minister criticised it."
    assert not any(f.predicate == "opposes" for f in facts(text))


def test_a_quotation_whose_speaker_is_unknown_is_still_reported() -> None:
    """Words in quote marks are someone's: with no speaker found they are not the narrator's facts."""
    quoted = 'The debate went on late. "The Liberal Democrats oppose the new identity card scheme," one delegate added.'
    plain = "The debate went on late. The Liberal Democrats oppose the new identity card scheme."
    for text, expected in ((quoted, "reported"), (plain, "asserted")):
        found = {(f.subject.entity.label, f.predicate, f.modality) for f in facts(text) if f.predicate == "opposes"}
        assert found == {("Liberal Democrats", "opposes", expected)}, (text, found)
