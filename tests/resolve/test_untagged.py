"""Full names the small model leaves untagged become people, and look-alikes do not."""

from __future__ import annotations

import pytest

from kg.resolve.untagged import untagged_full_names


def untagged(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return [doc[s:e].text for s, e in untagged_full_names(doc)]


def test_an_untagged_name_at_the_start_of_a_sentence_is_found(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Theresa May, the shadow home secretary, criticised the bill."
    assert [e.text for e in nlp(text).ents] == [], "the model now tags this name: pick another sentence"
    assert untagged(nlp, text) == ["Theresa May"]


def test_the_person_reaches_the_graph_with_her_post(nlp) -> None:  # type: ignore[no-untyped-def]
    from kg.analyse import analyse_doc
    from kg.types import Article

    text = "Theresa May, the shadow home secretary, criticised the bill."
    facts = analyse_doc(Article("t", text), nlp(text)).facts
    assert ("Theresa May", "holdsRole", "shadow home secretary") in {
        (f.subject.entity.label, f.predicate, f.object.entity.label) for f in facts
    }


@pytest.mark.parametrize(
    "text",
    [
        "He arrived at Victoria Station on Monday.",  # a place named after a person
        "The charity Hope Not Hate said the figures were wrong.",  # a first name that is a common word
        "Prince Charles visited the hospital.",  # a title, read by the title rules
    ],
)
def test_look_alikes_are_not_untagged_people(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert untagged(nlp, text) == []
