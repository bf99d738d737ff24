"""Posts whose owner the text names by reference, second posts, party members, seats and counterparts.

Each case is a sentence in the genre: what must be read and what must never be.
"""

from __future__ import annotations

import pytest

from role_facts import Row, plain_facts


# (text, facts that must be read, facts that must never be)
CASES: list[tuple[str, set[Row], set[Row]]] = [
    (
        "The Green Party opposes the new runway. Its transport spokeswoman, Megan Hollis, called it reckless.",
        {("Megan Hollis", "holdsRole", "transport spokeswoman"), ("transport spokeswoman", "roleOf", "Green Party")},
        set(),
    ),
    (
        "The Liberal Democrats voted against the treaty. Their foreign affairs spokesman, Colin Reade, called it rushed.",
        {("foreign affairs spokesman", "roleOf", "Liberal Democrats"), ("Colin Reade", "memberOf", "Liberal Democrats")},
        {("Colin Reade", "worksFor", "Liberal Democrats")},
    ),
    (
        "The Federation of American Scientists criticised the plan. Its president, Paul Morrow, said it was costly.",
        {("president", "roleOf", "Federation of American Scientists")},
        set(),
    ),
    (
        "Denmark will buy the frigates, the country's defence minister, Lars Holm, said on Friday.",
        {("Lars Holm", "holdsRole", "defence minister"), ("defence minister", "roleOf", "Denmark")},
        set(),
    ),
    (
        "NATO backed the plan. Marta Ruiz, the alliance's assistant secretary general, said talks would go on.",
        {("assistant secretary general", "roleOf", "NATO")},
        set(),
    ),
    (
        "The Senate Foreign Relations Committee met on Monday. The committee's Democratic chairman, Paul Hart, opened the hearing.",
        {
            ("Paul Hart", "holdsRole", "chairman"),
            ("chairman", "roleOf", "Senate Foreign Relations Committee"),
            ("Paul Hart", "memberOf", "Democratic Party"),
        },
        {("Paul Hart", "worksFor", "Senate Foreign Relations Committee")},
    ),
    (
        "Ann Kerr, the shadow defence secretary and Labour MP for Hexley, attacked the cuts.",
        {
            ("Ann Kerr", "holdsRole", "shadow defence secretary"),
            ("Ann Kerr", "holdsRole", "MP"),
            ("Ann Kerr", "memberOf", "Labour Party"),
        },
        set(),
    ),
    (
        "The bill was tabled by Senator Mark Dunn, an Ohio Republican who sits on the Senate Armed Services Committee.",
        {("Mark Dunn", "memberOf", "Republican Party"), ("Mark Dunn", "memberOf", "Senate Armed Services Committee")},
        set(),
    ),
    (
        "Peter Cole, a Tory MP who chairs the Defence Select Committee, backed the review.",
        {("Peter Cole", "heads", "Defence Select Committee")},
        set(),
    ),
    (
        "Joan Akers, a former minister who now heads the Campaign for Nuclear Disarmament, spoke first.",
        {("Joan Akers", "heads", "Campaign for Nuclear Disarmament")},
        {("Joan Akers", "holdsRole", "minister")},
    ),
    (
        "Mary Boyd, a former ambassador who is now a senior fellow at the Brookings Institution, backed the treaty.",
        {("Mary Boyd", "holdsRole", "senior fellow"), ("Mary Boyd", "worksFor", "Brookings Institution")},
        {("Mary Boyd", "holdsRole", "ambassador")},
    ),
    (
        "German Defence Minister Klaus Becker met his Polish counterpart, Anna Nowicka, in Berlin.",
        {("Anna Nowicka", "holdsRole", "Defence Minister"), ("Defence Minister", "roleOf", "Poland")},
        {("Anna Nowicka", "holdsRole", "counterpart")},
    ),
    (
        # an industry body named with "UK" is an organisation, not the country
        "Water UK said it backed the bill. Its chief executive, Martin Wren, warned of costs.",
        {("chief executive", "roleOf", "Water UK")},
        {("chief executive", "roleOf", "United Kingdom")},
    ),
]


@pytest.mark.parametrize(("text", "expected", "never"), CASES)
def test_roles_read_by_reference(nlp, text: str, expected: set[Row], never: set[Row]) -> None:  # type: ignore[no-untyped-def]
    found = plain_facts(nlp, text)
    assert expected <= found, found
    assert not found & never, found


@pytest.mark.parametrize(
    "text",
    [
        # the subject before 'Its' is a person: whose chief executive it is stays unread
        "Mr Hale criticised the scheme. Its chief executive, Rob Dane, defended it.",
        # two countries close by: 'the country's' could be either
        "France and Germany signed the deal, the country's foreign minister, Jean Roux, said.",
    ],
)
def test_an_owner_the_text_leaves_open_is_not_read(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = plain_facts(nlp, text)
    assert not any(p == "roleOf" for _, p, _ in found), found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Mr Lyle met his Russian counterpart, Ivan Petrov, in Vienna.", "Ivan Petrov"),
        ("German Defence Minister Klaus Becker met his former Polish counterpart, Anna Nowicka, in Berlin.", "Anna Nowicka"),
    ],
)
def test_a_counterpart_needs_a_post_held_now(nlp, text: str, person: str) -> None:  # type: ignore[no-untyped-def]
    found = plain_facts(nlp, text)
    assert not any(s == person and p == "holdsRole" for s, p, _ in found), found


def test_a_former_post_is_not_asserted_beside_the_current_chair(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ruth Lane, a former defence minister who now chairs the Home Affairs Committee, called for an audit."
    found = plain_facts(nlp, text)
    assert ("Ruth Lane", "heads", "Home Affairs Committee") in found, found
    assert not any(s == "Ruth Lane" and p == "holdsRole" for s, p, _ in found), found
