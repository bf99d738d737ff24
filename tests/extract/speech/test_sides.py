"""A speaker's side, as their post names it, stands behind 'we' in their words and 'his party' in reports."""

from __future__ import annotations

import pytest

from kg.analyse import analyse_doc
from kg.types import Article

Row = tuple[str, str, str]


def stances(nlp, text: str) -> set[Row]:  # type: ignore[no-untyped-def]
    result = analyse_doc(Article("t", text), nlp(text))
    return {
        (f.subject.entity.label, f.predicate, f.object.entity.label)
        for f in result.facts
        if f.asserted and f.predicate in {"opposes", "supports", "proposes"}
    }


FINDS: list[tuple[str, set[Row]]] = [
    (
        '"We will vote against the Road Safety Bill," said Tory spokesman Peter Hale.',
        {("Peter Hale", "opposes", "Road Safety Bill"), ("Conservative Party", "opposes", "Road Safety Bill")},
    ),
    (  # the side a description names: "The Tory leader" is the person just named, a Tory
        'Michael Grant spoke on Monday. The Tory leader said: "We will vote against the Identity Cards Bill."',
        {("Michael Grant", "opposes", "Identity Cards Bill"), ("Conservative Party", "opposes", "Identity Cards Bill")},
    ),
    (
        "Lib Dem president Simon Hughes said his party supported the Road Safety Bill but opposed the Identity Cards Bill.",
        {("Liberal Democrats", "supports", "Road Safety Bill"), ("Liberal Democrats", "opposes", "Identity Cards Bill")},
    ),
]

SILENT: list[tuple[str, Row]] = [
    (  # a party other than the one the post names
        "Former Tory MP Peter Hale said his new party opposed the Identity Cards Bill.",
        ("Conservative Party", "opposes", "Identity Cards Bill"),
    ),
    (  # 'we' of someone whose side nothing names is nobody's
        'Peter Hale spoke in London. "We will vote against the Identity Cards Bill," he said.',
        ("Conservative Party", "opposes", "Identity Cards Bill"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FINDS)
def test_the_speakers_side_takes_the_stance(nlp, text: str, expected: set[Row]) -> None:  # type: ignore[no-untyped-def]
    found = stances(nlp, text)
    assert expected <= found, found


@pytest.mark.parametrize(("text", "absent"), SILENT)
def test_no_side_where_none_is_named(nlp, text: str, absent: Row) -> None:  # type: ignore[no-untyped-def]
    assert absent not in stances(nlp, text)


def test_a_quote_after_a_colon_is_the_words_of_the_verb_before_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        'Tory spokesman Peter Hale said: "We will vote against the Identity Cards Bill.\n\n'
        '"A Conservative government will scrap it." Lib Dem spokesman Ed Dale meanwhile said instead of the "bonfire" there had been an "explosion".'
    )
    found = stances(nlp, text)
    assert ("Conservative Party", "opposes", "Identity Cards Bill") in found, found
    assert ("Liberal Democrats", "opposes", "Identity Cards Bill") not in found, found


def test_we_for_everyone_is_no_side(nlp) -> None:  # type: ignore[no-untyped-def]
    from kg.analyse import extraction_context

    text = 'Tory spokesman Peter Hale said: "We all know the bill is flawed, and all of us must act. We will oppose it."'
    doc = nlp(text)
    ctx = extraction_context(Article("t", text), doc)
    read = [(t.text, m.entity.label if (m := ctx.entities.at(t)) else None) for t in doc if t.lower_ in {"we", "us"}]
    assert read == [("We", None), ("us", None), ("We", "Conservative Party")]


WE_READ: list[tuple[str, list[tuple[str, str | None]]]] = [
    (  # positions, intentions and the side's own things: the side
        'Tory spokesman Peter Hale said: "We believe the bill is flawed. We will vote against it. Our policy is clear."',
        [("We", "Conservative Party"), ("We", "Conservative Party"), ("Our", "Conservative Party")],
    ),
    (  # the public, the country, everyone: nobody's side
        'Tory spokesman Peter Hale said: "As we get close to the election, we are not seeing that from Labour. '
        'If we don\'t work together, our democracy suffers."',
        [("we", None), ("we", None), ("we", None), ("our", None)],
    ),
    (  # a post after the name, whose body word is the body named before
        'The National Farmers Union met on Monday. "We want a national minimum rate," said Jo Hale, president of the union.',
        [("We", "National Farmers Union")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), WE_READ)
def test_we_is_the_side_only_where_it_states_a_position(nlp, text: str, expected: list[tuple[str, str | None]]) -> None:  # type: ignore[no-untyped-def]
    from kg.analyse import extraction_context

    doc = nlp(text)
    ctx = extraction_context(Article("t", text), doc)
    read = [(t.text, m.entity.label if (m := ctx.entities.at(t)) else None) for t in doc if t.lower_ in {"we", "our"}]
    assert read == expected
