"""Occupations, groups of holders, seats, royal styles and posts given by a description of the speaker."""

from __future__ import annotations

import pytest

from kg.analyse import analyse_doc
from kg.types import Article

Row = tuple[str, str, str]


def analysed(nlp, text: str):  # type: ignore[no-untyped-def]
    return analyse_doc(Article("t", text), nlp(text))


def plain_facts(nlp, text: str) -> set[Row]:  # type: ignore[no-untyped-def]
    result = analysed(nlp, text)
    return {(f.subject.entity.label, f.predicate, f.object.entity.label) for f in result.facts if f.asserted}


def held(nlp, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(s, o) for s, p, o in plain_facts(nlp, text) if p == "holdsRole"}


FINDS: list[tuple[str, tuple[str, str]]] = [
    ("Labour backbencher Moira Dale said the plan went too far.", ("Moira Dale", "backbencher")),
    ("Priya Nair, the lawyer representing the two men, said they were tired.", ("Priya Nair", "lawyer")),
    ("Owen Hale, lawyer for Mr Grant, said he was appalled.", ("Owen Hale", "lawyer")),
    ("The inquiry heard from reporter Tessa Lang on Monday.", ("Tessa Lang", "reporter")),
    ("The show's host, Marcus Reid, asked the first question.", ("Marcus Reid", "host")),
    ("Glasgow architect, Duncan Frew, won the prize.", ("Duncan Frew", "architect")),
    ("Police asked witnesses to contact Sergeant Alan Mowbray.", ("Alan Mowbray", "Sergeant")),
    ("Ruth Adler, a Labour peer and a human rights lawyer, agreed.", ("Ruth Adler", "peer")),
    ("Ruth Adler, a Labour peer and a human rights lawyer, agreed.", ("Ruth Adler", "human rights lawyer")),
    ("After the vote WLGA housing spokesman Emlyn Parry said rents must fall.", ("Emlyn Parry", "housing spokesman")),
    ("The outgoing head of the troubled Rail Safety Agency Colin Dent was thanked.", ("Colin Dent", "head of the Rail Safety Agency")),
    # Jobs news names people by, with the place they work in left out of the post.
    ("On housing, Leeds teacher Mary Quill said rents were too high.", ("Mary Quill", "teacher")),
    ("Writer Ian Fell, from Kent, asked the first question.", ("Ian Fell", "Writer")),
    ("Omar Latif, a 31-year-old doctor from Wigan, asked about waiting lists.", ("Omar Latif", "doctor")),
]


@pytest.mark.parametrize(("text", "expected"), FINDS)
def test_occupations_and_posts_are_read(nlp, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in held(nlp, text)


def test_each_of_a_list_holds_the_plural_post(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The letter was signed by four other barristers - Alice Brook QC, Simon Tate QC, Rick Dolan and Tom Vance."
    found = held(nlp, text)
    assert {(p, "barrister") for p in ("Rick Dolan", "Tom Vance")} <= found, found


def test_a_seat_before_mp_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Mr Ford and Ms Kelly, a Treasury minister and Bolton West MP, visited the hospital."
    found = held(nlp, text)
    assert ("Kelly", "MP") in found and not any(s == "Bolton West" for s, _ in found), found


def test_a_member_after_a_name_in_apposition_to_a_title(nlp) -> None:  # type: ignore[no-untyped-def]
    found = held(nlp, "Scottish Finance Minister, Tom McCabe MSP, said the money was there.")
    assert ("Tom McCabe", "MSP") in found, found


def test_a_title_mp_before_a_name_is_not_held_by_the_word_before(nlp) -> None:  # type: ignore[no-untyped-def]
    found = held(nlp, "Euro MP Robert Kilroy-Silk has had a bucket of paint thrown at him.")
    assert found == {("Robert Kilroy-Silk", "Euro MP")}, found


def test_the_wording_with_its_owner_is_another_name_of_the_post(nlp) -> None:  # type: ignore[no-untyped-def]
    result = analysed(nlp, "After the vote WLGA housing spokesman Emlyn Parry said rents must fall.")
    role = next(f.object.entity for f in result.facts if f.predicate == "holdsRole")
    assert role.label == "housing spokesman" and "WLGA housing spokesman" in role.aliases


SILENT: list[tuple[str, tuple[str, str]]] = [
    ("Prince Charles and his bride hosted a dinner at Windsor Castle.", ("Charles", "Prince")),
    ("Prince Charles and his bride hosted a dinner at Windsor Castle.", ("Prince Charles", "Prince")),
    ("Former Labour backbencher Moira Dale said the plan went too far.", ("Moira Dale", "backbencher")),
    ("The would-be lawyer Priya Nair said so.", ("Priya Nair", "lawyer")),
    # A plural post before one name names a firm.
    ("The contract was drawn up by lawyers Ferris Kane Lowe.", ("Ferris Kane Lowe", "lawyer")),
]


@pytest.mark.parametrize(("text", "absent"), SILENT)
def test_styles_and_past_or_future_posts_are_not_held(nlp, text: str, absent: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert absent not in held(nlp, text)


def test_glasgow_architect_is_no_post_of_glasgow(nlp) -> None:  # type: ignore[no-untyped-def]
    found = plain_facts(nlp, "Glasgow architect, Duncan Frew, won the prize.")
    assert not any(p in {"roleOf", "worksFor"} for _, p, _ in found), found


DESCRIBED: list[tuple[str, tuple[str, str]]] = [
    (
        "Headline\n\nSchools must publish their results, a Home Office minister has said.\n\n"
        "Jane Corrie said parents had a right to know.",
        ("Jane Corrie", "Home Office minister"),
    ),
    (
        "Headline\n\nThe ban is working, Owen Pryce has said. The fisheries minister said boats had complied.",
        ("Owen Pryce", "fisheries minister"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIBED)
def test_a_description_of_the_speaker_gives_the_named_persons_post(nlp, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in held(nlp, text)


DESCRIBED_SILENT: list[tuple[str, str]] = [
    # an anonymous voice is someone the text does not name
    ("Headline\n\nThe plan is dead, a government spokesman said. Owen Pryce said he disagreed.", "Owen Pryce"),
    # the post is held by someone else the text names
    (
        "Headline\n\nPrime Minister Tony Blair spoke first. Michael Howard said he disagreed. "
        "The prime minister said the plan would stand.",
        "Michael Howard",
    ),
    # two people named before: the description could be either
    ("Headline\n\nOwen Pryce met Ann Cole on Monday. The fisheries minister said boats had complied.", "Owen Pryce"),
    # someone named without a post before the description may be whom it means
    ("Headline\n\nOwen Pryce said it was over. The fisheries minister said boats had complied. Ann Cole said so.", "Ann Cole"),
]


@pytest.mark.parametrize(("text", "person"), DESCRIBED_SILENT)
def test_a_description_is_not_read_when_the_person_is_unclear(nlp, text: str, person: str) -> None:  # type: ignore[no-untyped-def]
    # the speaker rule's own reading (coreference of descriptions may still link one, by its own evidence)
    facts = analysed(nlp, text).facts
    found = {f.subject.entity.label for f in facts if f.rule.startswith("roles.described_speaker") and f.predicate == "holdsRole"}
    assert person not in found, found


def test_someone_named_in_passing_is_not_whom_a_description_means(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Headline\n\nMary Stone has backed the plan. The issue was raised in the US election, where Tom Bell opposed it. "
        "But the Tory leader said there was a strong moral case."
    )
    assert not any(s == "Tom Bell" for s, _ in held(nlp, text))


def test_a_plural_style_is_no_post(nlp) -> None:  # type: ignore[no-untyped-def]
    found = held(nlp, "Luke Tomlinson is a close friend of princes William and Harry.")
    assert not any(o.lower().startswith("prince") for _, o in found), found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("They will meet Mr Finnie, delegates of the Royal Society and the Fish Authority.", "Finnie"),
        ("Apart from Nye Bevan himself, (architect of the NHS), nobody has held the post as long.", "Nye Bevan"),
    ],
)
def test_a_plural_beside_one_name_or_a_figure_of_speech_is_no_post(nlp, text: str, person: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(s.endswith(person) for s, _ in held(nlp, text))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # the client the text is about is not the lawyer
        ("Headline\n\nThe death of Ali Hamid was not investigated. The family's lawyer argued that this broke the law.", "Ali Hamid"),
        # two people named just before: either may be the prime minister
        (
            "Headline\n\nMr Dunn was joined by Tony Hale at the school. Mr Dunn said he wanted change. "
            "The prime minister said the plan was sound.",
            "Dunn",
        ),
    ],
)
def test_a_description_read_back_needs_one_person_in_view(nlp, text: str, person: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(s.endswith(person) for s, _ in held(nlp, text))
