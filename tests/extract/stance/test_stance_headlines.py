"""Stances stated in headline grammar: "Ostrander backs debt relief plan", "Ostrander to unveil budget".

Invented headlines over a body that names the holder in full, as news articles do. The headline
rule reads the words in order because the small model parses headlines poorly; where the parse
is good, the plain stance rules read the same fact, so every stance read from the headline counts.
"""

from __future__ import annotations

from kg.analyse import analyse_doc
from kg.nlp import load_model
from kg.types import Article


def headline_stances(headline: str, body: str) -> set[tuple[str, str, str]]:
    text = f"{headline}\n\n{body}"
    result = analyse_doc(Article("t", text), load_model()(text))
    stances = {"opposes", "supports", "proposes"}
    return {(f.subject.entity.label, f.predicate, f.object.entity.label) for f in result.facts
            if f.predicate in stances and f.sentence.start == 0}  # fmt: skip


BODY = "Finance Minister Karl Ostrander spoke to reporters in Oslo on Monday about the Norwegian economy."


def test_a_present_tense_headline_states_a_stance() -> None:
    assert headline_stances("Ostrander backs debt relief plan", BODY) == {("Karl Ostrander", "supports", "debt relief plan")}
    assert ("Karl Ostrander", "opposes", "all-party pension deal") in headline_stances("Ostrander rejects all-party pension deal", BODY)


def test_to_and_a_verb_is_a_stance_announced() -> None:
    assert headline_stances("Ostrander to unveil fuel tax cuts", BODY) == {("Karl Ostrander", "proposes", "fuel tax cuts")}


def test_a_circumstance_after_the_plan_is_no_part_of_it() -> None:
    assert headline_stances("Ostrander calls for oil fund review after price slump", BODY) == {
        ("Karl Ostrander", "proposes", "oil fund review")
    }


def test_a_stance_on_an_actor_a_passive_or_a_question_is_none() -> None:
    body = BODY + " Prime Minister Ingrid Solberg defended him."
    assert headline_stances("Ostrander rebuffs Solberg over oil fund", body) == set()
    assert headline_stances("Ostrander attacked over oil fund", BODY) == set()
    assert headline_stances("Will Ostrander back oil fund review?", BODY) == set()
    assert headline_stances("Ostrander hits back at 'mongrel' jibe", BODY) == set()


def test_a_first_paragraph_is_no_headline() -> None:
    text = f"Ostrander backs debt relief plan.\n\n{BODY}"  # a sentence: its bare noun is too vague to name a plan
    result = analyse_doc(Article("t", text), load_model()(text))
    assert not [f for f in result.facts if f.rule == "stance.headline/1"]


def test_a_hyphened_plural_object_the_model_reads_as_a_verb() -> None:
    assert ("Karl Ostrander", "opposes", "all-black MP lists") in headline_stances("Ostrander rejects all-black MP lists", BODY)


def test_a_call_named_in_a_headline_puts_its_plan_forward() -> None:
    assert headline_stances("Ostrander plea for oil fund reform", BODY) == {("Karl Ostrander", "proposes", "oil fund reform")}
    assert headline_stances("Ostrander's oil fund reform call", BODY) == {("Karl Ostrander", "proposes", "oil fund reform")}
    assert headline_stances("Ostrander in appeal for oil fund reform", BODY) == {("Karl Ostrander", "proposes", "oil fund reform")}


def test_headlines_that_name_no_plan_give_no_headline_stance() -> None:
    body = "Finance Minister Karl Ostrander and the Oslo club Valerenga spoke to reporters on Monday."
    for headline in (
        "Ostrander retains chart crown",  # "retain" needs a plan word
        "Ostrander hails Valerenga's resolve",  # someone's quality
        "Ostrander hits out at Wimbledon",  # a name that is no plan
        "Ostrander promise raises hopes",  # "promise" a noun, "raises" no object
    ):
        text = f"{headline}\n\n{body}"
        result = analyse_doc(Article("t", text), load_model()(text))
        assert not [f for f in result.facts if f.rule == "stance.headline/1"], headline


def test_a_title_or_a_work_of_art_is_no_policy() -> None:
    body = "The Oslo film festival opened on Monday with a gala for the Norwegian film industry."
    assert headline_stances("Oslo applauds Silent Mountains", body) == set()  # a film's title
    assert headline_stances("Oslo hails European cinema", body) == set()
    assert headline_stances("Ostrander backs debt relief plan", BODY) == {("Karl Ostrander", "supports", "debt relief plan")}
