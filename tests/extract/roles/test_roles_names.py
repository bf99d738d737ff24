"""Who holds a post, by the name the text gives: no title words in the name, its own spelling, a peer's title kept."""

from __future__ import annotations

import pytest

from kg.analyse import analyse_doc
from kg.types import Article


def role_holders(nlp, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    result = analyse_doc(Article("t", text), nlp(text))
    return {(f.subject.entity.label, f.object.entity.label) for f in result.facts if f.asserted and f.predicate == "holdsRole"}


@pytest.mark.parametrize(
    ("text", "expected", "never"),
    [
        (
            "Home Office minister Baroness Kerrigan said the review would report in spring.",
            ("Baroness Kerrigan", "Home Office minister"),
            ("Kerrigan", "Home Office minister"),
        ),
        (
            "Tom Ashby MP, the party's Europe spokesman, defended the treaty.",
            ("Tom Ashby", "Europe spokesman"),
            ("Tom Ashby MP", "Europe spokesman"),
        ),
        (
            "The panel will be chaired by Anna Lloyd-Webber, professor of surgery at the city hospital.",
            ("Anna Lloyd-Webber", "professor of surgery"),
            ("Anna Lloyd - Webber", "professor of surgery"),
        ),
    ],
)
def test_the_holders_name(nlp, text: str, expected: tuple[str, str], never: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    found = role_holders(nlp, text)
    assert expected in found, found
    assert never not in found, found


def test_letters_after_a_name_are_a_post(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Tom Ashby MP, the party's Europe spokesman, defended the treaty."
    assert ("Tom Ashby", "MP") in role_holders(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Maria Lopez, chair of the Electoral Commission, praised the report.", ("Maria Lopez", "chair")),
        ("The Lord Chief Justice, Lord Penrose, said the sentence was too short.", ("Lord Penrose", "Lord Chief Justice")),
        ("But Lord Justice Rix and Mr Justice Forbes ruled that the detention was lawful.", ("Rix", "Lord Justice")),
        ("But Lord Justice Rix and Mr Justice Forbes ruled that the detention was lawful.", ("Forbes", "Justice")),
    ],
)
def test_judges_and_chairs_hold_posts(nlp, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    found = role_holders(nlp, text)
    assert expected in found, found
    assert not any(" and " in post or post.startswith("Mr ") for _, post in found), found  # one judge's title each


@pytest.mark.parametrize(
    "text",
    ["The Criminal Justice Bill was passed by MPs.", "She will chair the inquiry into the closures.", "He said justice had been done."],
)
def test_no_post_from_a_law_or_a_verb(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert role_holders(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "expected", "never"),
    [
        # two posts joined before one name: both are the person's, the one over is not held
        ("Veteran Labour MP and former Cabinet minister Jack Lowry said he would stand down.", ("Jack Lowry", "Labour MP"), None),
        ("Human rights QC and law professor Ann Hale said the bill was flawed.", ("Ann Hale", "QC"), None),
        ("Ex-BBC chat show host and Green MEP Tom Arden launched a party.", ("Tom Arden", "MEP"), ("Tom Arden", "host")),
        # a definite post before the "and" is someone else's
        ("Both the prime minister and Chancellor Ann Hale called for action.", ("Ann Hale", "Chancellor"), ("Ann Hale", "prime minister")),
    ],
)
def test_two_posts_before_one_name(nlp, text: str, expected: tuple[str, str], never: tuple[str, str] | None) -> None:  # type: ignore[no-untyped-def]
    found = role_holders(nlp, text)
    assert expected in found, found
    assert never not in found, found
