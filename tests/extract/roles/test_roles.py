"""Role rules on sentences in the genre: who holds which post, for whom."""

from __future__ import annotations

import pytest

from role_facts import Row, plain_facts


FINDS: list[tuple[str, set[Row]]] = [
    (
        "Deputy Defence Minister Anatoly Antonov said the talks had stalled.",
        {("Anatoly Antonov", "holdsRole", "Deputy Defence Minister")},
    ),
    (
        "U.S. President Barack Obama arrived in Prague on Monday.",
        {("Barack Obama", "holdsRole", "President"), ("President", "roleOf", "United States")},
    ),
    (
        "Talks were led by Sergei Ryabkov, Russia's deputy foreign minister, in Geneva.",
        {("Sergei Ryabkov", "holdsRole", "deputy foreign minister"), ("deputy foreign minister", "roleOf", "Russia")},
    ),
    (
        "Labour MP Diane Okafor criticised the bill.",
        {("Diane Okafor", "holdsRole", "MP"), ("Diane Okafor", "memberOf", "Labour Party")},
    ),
    (
        "Tory leader Charles Whitfield spoke first.",
        {("Charles Whitfield", "holdsRole", "leader"), ("Charles Whitfield", "heads", "Conservative Party")},
    ),
    (
        "Nadia Shah, who heads the Campaign for Nuclear Disarmament, led the march.",
        {("Nadia Shah", "heads", "Campaign for Nuclear Disarmament")},
    ),
    (
        "Tory co-chairman Liam Fox agreed.",
        {("Liam Fox", "holdsRole", "co-chairman")},
    ),
    (
        "Yesterday I met my Polish counterpart, Deputy Foreign Minister Pavel Nowak, in Warsaw.",
        {("Pavel Nowak", "holdsRole", "Deputy Foreign Minister")},
    ),
    (  # a description right after the name refers back to the person (kg.resolve.coref_descriptions)
        "Alan Corder has defended the new law. The rural affairs minister said it was clear.",
        {("Alan Corder", "holdsRole", "rural affairs minister")},
    ),
]

SILENT: list[tuple[str, Row]] = [
    ("Former Conservative leader William Hague spoke in the debate.", ("William Hague", "holdsRole", "leader")),
    ("The then Home Secretary David Blunkett was abroad.", ("David Blunkett", "holdsRole", "Home Secretary")),
    ("Tory co-chairman Liam Fox agreed.", ("Liam Fox", "heads", "Conservative Party")),
    # the shadow chancellor is not the chancellor a later "the chancellor" names
    ("Oliver Lane spoke for the Tories. The shadow chancellor attacked red tape. Mr Lane told MPs: "
     '"Trust in the chancellor\'s sums is running out."',
     ("Oliver Lane", "holdsRole", "chancellor")),
    # a party's chairman runs its office; the party's leader heads it
    ("Liberal Democrat chairman Mark Tilson said it was absurd.", ("Mark Tilson", "heads", "Liberal Democrats")),
    ("Jane Morris is not the party's chairman.", ("Jane Morris", "holdsRole", "chairman")),
    (
        "Yesterday I met my Polish counterpart, Deputy Foreign Minister Pavel Nowak, in Warsaw.",
        ("Pavel Nowak", "holdsRole", "counterpart"),
    ),
    (  # the post beside the name is the post; "the minister" is its short form, not a second post
        "Foreign Minister Nikos Andreou spoke first. The minister said the talks were useful.",
        ("Nikos Andreou", "holdsRole", "minister"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FINDS)
def test_role_rules_find(nlp, text: str, expected: set[Row]) -> None:  # type: ignore[no-untyped-def]
    found = plain_facts(nlp, text)
    assert expected <= found, found


@pytest.mark.parametrize(("text", "absent"), SILENT)
def test_role_rules_stay_silent(nlp, text: str, absent: Row) -> None:  # type: ignore[no-untyped-def]
    found = plain_facts(nlp, text)
    assert absent not in found, found
    assert not any(p == "holdsRole" and o.lower().startswith(("former", "then")) for _, p, o in found), found


TITLE_FIRST = [
    ("The chief inspector of schools, David Bell, said exams should go.", "David Bell", "chief inspector of schools"),
    # a prospective candidate is standing now; an election supremo holds a post
    ("Kate Mills, a prospective parliamentary candidate, said the visit went well.", "Kate Mills",
     "prospective parliamentary candidate"),
    ("The staff stay, as election supremo Alan Reed declared.", "Alan Reed", "election supremo"),
    ("The director of public prosecutions, Ken Macdonald, disagreed.", "Ken Macdonald", "director of public prosecutions"),
    ("The Scottish Greens' health spokeswoman, Eleanor Scott, welcomed it.", "Eleanor Scott", "health spokeswoman"),
]


@pytest.mark.parametrize(("text", "person", "role"), TITLE_FIRST)
def test_a_title_before_a_comma_and_the_name(nlp, text: str, person: str, role: str) -> None:  # type: ignore[no-untyped-def]
    found = plain_facts(nlp, text)
    assert (person, "holdsRole", role) in found, found


@pytest.mark.parametrize(
    "text",
    ["David Miliband was a key member of the team.", "Mr Digby said Gordon Brown was a prudent chancellor."],
)
def test_a_copula_description_is_not_a_post(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(p == "holdsRole" for _, p, _ in plain_facts(nlp, text))


def test_a_title_stops_at_another_persons_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The service was led by Cardinal Cormac Murphy-O'Connor and Archbishop of Canterbury Dr Rowan Williams."
    roles = {o for s, p, o in plain_facts(nlp, text) if s == "Rowan Williams" and p == "holdsRole"}
    assert roles == {"Archbishop of Canterbury"}, roles


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        # the committee is an organisation (kg.resolve.untagged): the post is its chairman's
        ("Edward Leigh, who is chairman of the Commons transport committee, wrote to the minister.", "Edward Leigh", "chairman"),
        ("The report was drafted with help from Margaret Moran MP and two researchers.", "Margaret Moran", "MP"),
        ("They asked Trevor Beattie, TBWA's boss, to issue a statement.", "Trevor Beattie", "boss"),
    ],
)
def test_more_ways_news_gives_a_post(nlp, text: str, person: str, role: str) -> None:  # type: ignore[no-untyped-def]
    found = plain_facts(nlp, text)
    assert (person, "holdsRole", role) in found, found
