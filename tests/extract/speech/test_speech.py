"""Quotations and their speakers, on sentences written in the genre of political news."""

from __future__ import annotations

import pytest

from kg.quote_marks import quote_regions


def speakers(text: str) -> list[tuple[str, str | None]]:
    """(first words of each direct quotation, its speaker's label) in text order."""
    from kg.analyse import extraction_context
    from kg.nlp import load_model
    from kg.types import Article

    ctx = extraction_context(Article("t", text), load_model()(text))
    return [
        (" ".join(q.span.text.split()[:3]), q.speaker.entity.label if q.speaker else None)
        for q in ctx.quotations
        if q.direct
    ]


def reported(text: str) -> list[tuple[str, str | None]]:
    from kg.analyse import extraction_context
    from kg.nlp import load_model
    from kg.types import Article

    ctx = extraction_context(Article("t", text), load_model()(text))
    return [(q.span.text, q.speaker.entity.label if q.speaker else None) for q in ctx.quotations if not q.direct]


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ('He said "no" twice.', ["no"]),
        ('She said: "We will win. "Nobody doubts it."', ['We will win. "Nobody doubts it.']),
        ('"We will win," he said. "Nobody doubts it."', ["We will win,", "Nobody doubts it."]),
        ('The "e-mail regime" could "support the regime".', ["e-mail regime", "support the regime"]),
        ('He is 6\'2" tall and said "yes".', ["yes"]),
        ("\u201cWe will win,\u201d he said.", ["We will win,"]),
        ('He said: "We will win.\n\n"Nobody doubts it."', ['We will win.\n\n"Nobody doubts it.']),
    ],
)
def test_quote_regions_read_the_direction_of_straight_quotes(text: str, inside: list[str]) -> None:
    assert [text[a:b] for a, b in quote_regions(text)] == inside


CASES = [
    # colon-introduced, the name in apposition to a post
    (
        'The shadow transport secretary, Helen Marsh, said: "The rail plan is a shambles."',
        [("The rail plan", "Helen Marsh")],
    ),
    # a quote run into the same line as the one before it (paragraphs run together)
    (
        'Tom Beale said: "The levy is unfair. "It hits the smallest firms hardest."',
        [("The levy is", "Tom Beale")],
    ),
    # a quote that stands alone right after the speaker's reported words
    (
        'Gareth Pryce said the levy was unfair. "It hits the smallest firms hardest."',
        [("It hits the", "Gareth Pryce")],
    ),
    # inverted: said X, who ...
    (
        '"The bill is dead," said Sarah Finch, who chairs the committee.',
        [("The bill is", "Sarah Finch")],
    ),
    # X told BBC News:
    (
        'Nadia Kerr told BBC News: "We will vote against the bill."',
        [("We will vote", "Nadia Kerr")],
    ),
    # a spokesman speaks for whom he speaks for
    (
        'A spokesman for the Home Office said: "The scheme will go ahead."',
        [("The scheme will", "Home Office")],
    ),
    # a participle shares the subject of the verb before it
    (
        'Peter Lomax praised the plan, saying: "It is a fine piece of work."',
        [("It is a", "Peter Lomax")],
    ),
    # a question asked
    (
        'Peter Lomax spoke next. "Why does the minister refuse to answer?" Mr Lomax asked.',
        [("Why does the", "Peter Lomax")],
    ),
    # a pronoun the resolver links to a person
    (
        'Anne Corbett opened the debate. "We need more nurses," she said.',
        [("We need more", "Anne Corbett")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_speakers_of_direct_quotes(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers(text) == expected


NOBODY = [
    # a scare quote in narration
    'The plan has been called a "stealth tax" for months.',
    # a subject that names nobody in particular
    '"The scheme is flawed," critics said.',
    # the verb after the quote introduces words of its own
    'Helen Marsh spoke first. "The plan is a shambles." The minister told MPs that it would stay.',
    # a stand-alone quote after narration, not after anyone's words
    'The vote was held on Tuesday. "It was a long night."',
    # a stand-alone quote after a sentence break that is not the speaker's
    'Helen Marsh said the plan was late. Ministers met on Friday. "It will be ready soon."',
]


@pytest.mark.parametrize("text", NOBODY)
def test_no_speaker_when_unclear(text: str) -> None:
    assert all(speaker is None for _, speaker in speakers(text))


def test_a_colon_quote_in_a_sentence_of_its_own_keeps_its_speaker() -> None:
    text = 'Labour leader David Orme said:\n"We will fight this bill."'
    assert speakers(text) == [("We will fight", "David Orme")]


def test_the_one_told_is_not_the_speaker() -> None:
    found = reported("Mr Parker said he had been told by officials that the plan was dead.")
    assert all(speaker in {None, "Parker"} for text, speaker in found if text.startswith("the plan"))


def test_according_to() -> None:
    found = reported("The plan will cost 3bn pounds, according to Jane Hollis.")
    assert found == [("The plan will cost 3bn pounds", "Jane Hollis")]


def test_according_to_figures_names_nobody() -> None:
    assert reported("The plan will cost 3bn pounds, according to official figures.") == []


def test_according_to_first() -> None:
    found = reported("According to Jane Hollis, the plan will cost 3bn pounds.")
    assert found == [("the plan will cost 3bn pounds", "Jane Hollis")]
