"""A plan's names as the text words them: the whole phrase, cut after its first complement, and its core.

Gold annotators, and users querying the graph, name a plan by any of these; each is
text of the phrase itself, so giving them as alternative names adds no guess.
"""

from __future__ import annotations

import pytest

from kg.extract.common.variants import phrase_names


def head_of(nlp, text: str, word: str):  # type: ignore[no-untyped-def]
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        (
            "The board announced a new duty on councils to publish their road repair budgets.",
            "duty",
            {"new duty", "new duty on councils", "new duty on councils to publish their road repair budgets"},
        ),
        (  # an act: the gerund with what it acts on, without its subject
            "Ministers favour charging drivers for entering city centres.",
            "charging",
            {"charging drivers for entering city centres"},
        ),
        (
            "The farmers' union began a legal challenge to the new levy on farm diesel.",
            "challenge",
            {"legal challenge", "legal challenge to the new levy", "legal challenge to the new levy on farm diesel"},
        ),
    ],
)
def test_names_are_the_phrase_whole_and_shortened(nlp, text: str, word: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert expected <= phrase_names(head_of(nlp, text, word))


def test_no_name_is_a_lone_word_or_keeps_the_owner(nlp) -> None:  # type: ignore[no-untyped-def]
    names = phrase_names(head_of(nlp, "Labour's plans were criticised.", "plans"))
    assert "plans" not in names and not any("Labour" in n for n in names)


def test_a_conjoined_phrase_is_not_part_of_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    names = phrase_names(head_of(nlp, "They backed the school meals scheme and the bus pass.", "scheme"))
    assert "school meals scheme" in names
    assert not any("bus pass" in n for n in names)
