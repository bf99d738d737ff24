"""Titles the parse set apart from the name: 'the Mayor of Dover, Tom Kerr, ...' (the name hung on
another noun), and a club's name before a title ('an offer from Celtic for Wales captain X')."""

from __future__ import annotations

import pytest

from role_facts import Row, plain_facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry route has the support of the Mayor of Dover, Tom Kerr, local hauliers and the port authority.",
         ("Tom Kerr", "holdsRole", "Mayor of Dover")),
        ("The chairman of the Bar Council, Guy Hale QC warned against the change.", ("Guy Hale QC", "holdsRole", "chairman")),
        ("Hull have turned down a second offer from Celtic for Wales captain Owen Price, the club said.",
         ("Owen Price", "holdsRole", "Wales captain")),
        ("UK Secretary of State for Wales Peter Hain spoke to reporters.", ("Peter Hain", "holdsRole", "Secretary of State for Wales")),
    ],
)  # fmt: skip
def test_a_title_set_apart_from_the_name(nlp, text: str, expected: Row) -> None:  # type: ignore[no-untyped-def]
    assert expected in plain_facts(nlp, text)


def test_a_club_named_before_a_title_is_not_part_of_it(nlp) -> None:  # type: ignore[no-untyped-def]
    facts = plain_facts(nlp, "Hull have turned down a second offer from Celtic for Wales captain Owen Price, the club said.")
    roles = {o for s, p, o in facts if p == "holdsRole" and s == "Owen Price"}
    assert roles and not any(r.lower().startswith(("for ", "celtic")) for r in roles)


def test_a_list_after_a_title_gives_its_first_name_only(nlp) -> None:  # type: ignore[no-untyped-def]
    facts = plain_facts(nlp, "The ferry route has the support of the Mayor of Dover, Tom Kerr, local hauliers and the port authority.")
    assert {s for s, p, _ in facts if p == "holdsRole"} == {"Tom Kerr"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Tom Reyes, the head of US software firm Zapsoft Inc, has backed the plan.", "Zapsoft Inc"),
        ("Tom Reyes, the boss of US retail giant Walmart, said sales rose.", "Walmart"),
    ],
)
def test_a_body_after_its_description_is_no_titled_person(nlp, text: str, body: str) -> None:  # type: ignore[no-untyped-def]
    facts = plain_facts(nlp, text)
    assert not any(s == body and p == "holdsRole" for s, p, _ in facts)
    assert any(s == "Tom Reyes" and p == "holdsRole" for s, p, _ in facts)
