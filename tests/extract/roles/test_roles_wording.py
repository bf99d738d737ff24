"""Role wording on sentences in the genre: where a post's words start and stop, and whether it is held now.

Each case says what must be read and, where it is a fix, what must never be: a date
run into the title, a glued label, a post read off the person it serves, a post held
once or not yet.
"""

from __future__ import annotations

import pytest

from role_facts import plain_facts


def roles_of(nlp, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(s, o) for s, p, o in plain_facts(nlp, text) if p == "holdsRole"}


# (sentence, a holdsRole the text states, holdsRole pairs it must not give)
WORDING: list[tuple[str, tuple[str, str] | None, set[tuple[str, str]]]] = [
    (  # two posts joined by "and" are two posts; "Trade and Industry" is one post's words
        "In a new book, Philip Sandys, a QC and international law professor, argues the war was illegal.",
        ("Philip Sandys", "international law professor"),
        {("Philip Sandys", "QC and international law professor")},
    ),
    (  # "a QC" is a post, not a place
        "In a new book, Philip Sandys, a QC and international law professor, argues the war was illegal.",
        ("Philip Sandys", "QC"),
        set(),
    ),
    (
        "Trade and Industry Secretary Anna Hewson wants longer maternity leave.",
        ("Anna Hewson", "Trade and Industry Secretary"),
        {("Anna Hewson", "Industry Secretary")},
    ),
    (
        "On Tuesday Green Party transport spokesman Owen Tarrant criticised the rail fares rise.",
        ("Owen Tarrant", "transport spokesman"),
        {("Owen Tarrant", "On Tuesday Green Party transport spokesman")},
    ),
    (
        "Yesterday arms control envoy Helen Marsh flew to Vienna.",
        ("Helen Marsh", "arms control envoy"),
        {("Helen Marsh", "Yesterday arms control envoy")},
    ),
    (
        "Parents were told by Children's Minister Rosa Klein that there was no time.",
        ("Rosa Klein", "Children's Minister"),
        {("Rosa Klein", "ChildrenMinister")},
    ),
    (
        "A spokesman for Mr Whitlock said the minister would not resign.",
        None,
        {("Whitlock", "spokesman for"), ("Whitlock", "spokesman")},
    ),
    (
        "Guests gathered at the defence secretary's official Surrey residence for the summit.",
        None,
        {("Surrey", "official"), ("Surrey", "defence secretaryofficial")},
    ),
    (
        "Speaking after the vote, shadow foreign secretary Rhys Bevan said the treaty was flawed.",
        ("Rhys Bevan", "shadow foreign secretary"),
        {("Rhys Bevan", "foreign secretary")},
    ),
    (
        "Both the Bishop and Archbishop of York Dr Martin Ellery called for restraint.",
        ("Martin Ellery", "Archbishop of York"),
        {("Martin Ellery", "Bishop and Archbishop of York")},
    ),
    (
        "Deputy Chief Constable Peter Annesley said the protest had passed off peacefully.",
        ("Peter Annesley", "Deputy Chief Constable"),
        {("Constable Peter Annesley", "Deputy Chief")},
    ),
    (
        "Kate Renshaw, director general of the Federation of Small Businesses, warned of job losses.",
        ("Kate Renshaw", "director general"),
        {("Kate Renshaw", "director")},
    ),
    (
        "Gareth Hume, Labour co-chairman, denied the claim.",
        ("Gareth Hume", "co-chairman"),
        {("Gareth Hume", "chairman")},
    ),
    (
        "Margaret Okonjo, founder of peace campaign group the Nuclear Freeze Network, spoke at the rally.",
        ("Margaret Okonjo", "founder"),
        {("Margaret Okonjo", "founder of peace campaign group")},
    ),
    (
        "But Fair Votes Abroad director Simon Clegg said the export licences were unlawful.",
        ("Simon Clegg", "director"),
        {("Simon Clegg", "Abroad director")},
    ),
    (
        "The treaty was signed at a cost of £20m. Chief executive Laura Finch defended the deal.",
        ("Laura Finch", "Chief executive"),
        {("Laura Finch", "m. Chief executive")},
    ),
    (
        "Auditor General Sir Hugh Penrose said the missile programme was over budget.",
        ("Hugh Penrose", "Auditor General"),
        set(),
    ),
    (
        "Liberal Democrat spokeswoman for defence Amy Cartwright said the review was overdue.",
        ("Amy Cartwright", "spokeswoman for defence"),
        set(),
    ),
    (
        "But the Labour MP for Northfield, Graham Rudd, voted against the treaty.",
        ("Graham Rudd", "MP"),
        {("Graham Rudd", "MP for Northfield"), ("Northfield", "MP for")},
    ),
    (
        "Shadow leader of the Commons Peter Vaughan said the timetable was a disgrace.",
        ("Peter Vaughan", "Shadow leader of the Commons"),
        set(),
    ),
    (
        "The campaign's spokesman Dr Imran Qadir said the vote was not about one party.",
        ("Imran Qadir", "spokesman"),
        {("Imran Qadir", "campaign's spokesman"), ("Imran Qadir", "campaignspokesman")},
    ),
    (
        "Sir Roger Mayne, chairman of the organisation, argued that the figures were sound.",
        ("Roger Mayne", "chairman"),
        {("Roger Mayne", "chairman of the organisation")},
    ),
    (
        "A spokesman for Prime Minister Edward Tarn said the summit would go ahead.",
        ("Edward Tarn", "Prime Minister"),
        {("Edward Tarn", "spokesman for Prime Minister")},
    ),
    (
        "Ruth Dale, the Mayor of London, criticised the rail cuts.",
        ("Ruth Dale", "Mayor of London"),
        set(),
    ),
    (
        "Owen Pryce, who is both Leader of the Commons and Welsh Secretary, opened the debate.",
        ("Owen Pryce", "Leader of the Commons"),
        {("Owen Pryce", "Leader of the Commons and Welsh Secretary")},
    ),
    (
        "Jane Cole, Secretary of State for Trade and Industry, defended the export licences.",
        ("Jane Cole", "Secretary of State for Trade and Industry"),
        set(),
    ),
    (
        "The Tory treasury spokesman Oliver Marsh, a former banker, attacked the Budget.",
        ("Oliver Marsh", "treasury spokesman"),
        {("Oliver Marsh", "Tory treasury spokesman")},
    ),
    (
        "Lord Hartley, Labour leader in the Lords, said peers would back the treaty.",
        ("Lord Hartley", "leader in the Lords"),
        {("Lord Hartley", "leader")},
    ),
    (  # an adjective said of the subject is no part of the title after it
        "Ms Greer said she was certain shadow transport secretary Mr Pollard would answer the critics.",
        ("Pollard", "shadow transport secretary"),
        {("Pollard", "certain shadow transport secretary")},
    ),
    (  # a person named with an honorific before "and" is no part of the next title
        "On Friday Mrs Lowther and First Minister Alan Drummond visited the flooded towns.",
        ("Alan Drummond", "First Minister"),
        {("Alan Drummond", "Mrs Lowther and First Minister")},
    ),
    (  # a plural common noun before a capitalised title ends another phrase
        "The chancellor will consult his cabinet colleagues Home Secretary Ruth Amberley and others.",
        ("Ruth Amberley", "Home Secretary"),
        {("Ruth Amberley", "cabinet colleagues Home Secretary")},
    ),
    (  # "to the Treasury" completes the post as "of" and "for" do
        "Chief Secretary to the Treasury Owen Pryce defended the spending limits.",
        ("Owen Pryce", "Chief Secretary to the Treasury"),
        {("Owen Pryce", "Treasury Owen Pryce")},
    ),
    (  # a title the parse made a second subject of the verb, before the name and a comma
        "The chairman of the Bar Council, Guy Hartfield QC warned there was a risk to legal aid.",
        ("Guy Hartfield QC", "chairman"),
        set(),
    ),
    (  # a portfolio of two lower-case nouns joined by "and"
        "Tory work and pensions spokesman David Wilmott said the agency had failed.",
        ("David Wilmott", "work and pensions spokesman"),
        {("David Wilmott", "pensions spokesman")},
    ),
    (  # an ordinal ranks the person in a series; it names no post
        "Robert Jenson, the third Conservative MP to cross the floor this year, joined Labour.",
        None,
        {("Robert Jenson", "third Conservative MP")},
    ),
    (  # of two titles before a name, the one next to it, with its party as owner
        "Committee chairman Labour MP Joan Carstairs said the deaths were a scandal.",
        ("Joan Carstairs", "MP"),
        {("Joan Carstairs", "Labour MP")},
    ),
    (  # the name hung on the owner after "of": the post is the title word before it
        "The chairman of the Law Society, Guy Manners, warned of the risk to legal aid.",
        ("Guy Manners", "chairman"),
        set(),
    ),
    (
        "Conservative policy co-ordinator Daniel Carver said the plan was absurd.",
        ("Daniel Carver", "policy co-ordinator"),
        set(),
    ),
    (
        "Tory frontbencher John Redfern said Britain needed lower taxes.",
        ("John Redfern", "frontbencher"),
        set(),
    ),
    (  # a noun the model tags as a verb inside the title ("accounts")
        "Public accounts committee chairman Martin Sheldon questioned the delays.",
        ("Martin Sheldon", "Public accounts committee chairman"),
        {("Martin Sheldon", "committee chairman")},
    ),
    (  # a portfolio of two lower-case nouns, its first capitalised only for opening the sentence
        "Work and pensions minister Alan Jessop said it was wrong.",
        ("Alan Jessop", "Work and pensions minister"),
        {("Alan Jessop", "pensions minister")},
    ),
    (  # a post held "previously" is held no more
        "Tom Bray takes over from the previous High Commissioner, Ann Greaves, in May.",
        None,
        {("Ann Greaves", "previous High Commissioner"), ("Ann Greaves", "High Commissioner")},
    ),
    (  # "present" and "newly elected" say when, not which post; a spokesman's subject is part of the post
        "The motion was drafted by Labour's present spokesman on rural affairs, Michael Arden.",
        ("Michael Arden", "spokesman on rural affairs"),
        {("Michael Arden", "present spokesman")},
    ),
    (
        "Sir Ian Hale, the newly-appointed Northshire Police commissioner, opened the station.",
        ("Ian Hale", "Northshire Police commissioner"),
        {("Ian Hale", "appointed Northshire Police commissioner"), ("Ian Hale", "- appointed Northshire Police commissioner")},
    ),
    (
        "A letter was signed by the newly elected MP for Hexley, Tom Bray.",
        ("Tom Bray", "MP"),
        {("Tom Bray", "newly elected MP")},
    ),
    (  # "O'Hara" is a word of the name, though not all letters
        "His words came as Cardinal Brendan Murphy O'Hara, the Archbishop of Leeds, backed the plan.",
        ("Brendan Murphy O'Hara", "Archbishop of Leeds"),
        {("Brendan Murphy", "Cardinal")},
    ),
    (  # the Leader of the Commons leads no organisation called "Commons"
        "MPs in the Commons voted on Monday. Mr Hale, Leader of the Commons, told the BBC's Today programme it was wrong.",
        ("Hale", "Leader of the Commons"),
        {("Hale", "Leader")},
    ),
    (  # a paragraph never opens with a one-word sentence: "Science" stays with its post
        "Hartley's election gift\n\nScience Minister Lord Hartley has given £1m to the Labour Party.",
        ("Lord Hartley", "Science Minister"),
        {("Lord Hartley", "Minister")},
    ),
    (  # a hyphen inside a title word keeps the word whole, not only its last part
        "Treasury Under-Secretary Lena Moss said the fund could not be backed.",
        ("Lena Moss", "Under-Secretary"),
        {("Lena Moss", "Secretary")},
    ),
    (  # a portfolio the model tags as an organisation is the post's word, not its owner
        "The freeze is no longer needed, Economics Minister Budi Hartono said.",
        ("Budi Hartono", "Economics Minister"),
        {("Budi Hartono", "Minister")},
    ),
    (  # a hyphenated portfolio stays whole
        "The scheme was first put forward by Alan Rudd, professor of e-government at Kessock University.",
        ("Alan Rudd", "professor of e-government"),
        {("Alan Rudd", "professor of e")},
    ),
    (  # the firm a portfolio is held in owns the post; its name is no part of the post
        "Tom Ainslie, head of bond trading for Harcourt Asset Management, said the bid was too low.",
        ("Tom Ainslie", "head of bond trading"),
        {("Tom Ainslie", "head of bond trading for Harcourt Asset Management")},
    ),
    (  # a post set off by commas that the parse took for a second subject
        "Rajiv Mehra, Commerce and Industry Minister, announced the decision on Thursday.",
        ("Rajiv Mehra", "Commerce and Industry Minister"),
        set(),
    ),
    (  # a post before a name set off by commas, where the parse hung the name inside the post's phrase
        "The director of the Victims of Fraud Trust, Norman Breck, accused the judge of contempt.",
        ("Norman Breck", "director"),
        set(),
    ),
    (  # a noun describing the person before a capitalised post is no part of it; a rank is
        "Observers called it a snub to political rival Chancellor Oliver Lane.",
        ("Oliver Lane", "Chancellor"),
        {("Oliver Lane", "political rival Chancellor")},
    ),
    (
        "Israel's deputy Prime Minister Avi Doron spoke on Monday.",
        ("Avi Doron", "deputy Prime Minister"),
        set(),
    ),
    (  # a name after "group" names the group, which holds no post
        "Sara Quinn, director of civil rights group Liberty, called on the government to free the men.",
        ("Sara Quinn", "director"),
        {("Liberty", "director of civil rights group")},
    ),
    (  # callings of the arts are posts a reader annotates
        "Pale Lanterns frontman Rory Keane has called for more help for young bands.",
        ("Rory Keane", "Pale Lanterns frontman"),
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected", "never"), WORDING)
def test_role_wording(nlp, text: str, expected: tuple[str, str] | None, never: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    found = roles_of(nlp, text)
    if expected is not None:
        assert expected in found, found
    assert not found & never, found


NOT_HELD_NOW = [
    "But Mr Okoye, a prospective Labour MP, said the party would hold the seat.",
    "The would-be Tory MP Dan Pollard lost the selection race.",
    "Ex-No 10 policy chief Robert Lyle is advising the campaign.",
    "UKIP founding chairman Martin Crewe has left the party.",
    "The row led to the resignation of defence minister Joan Ferris last year.",
    "The review was praised by her predecessor as Chief Whip, Lord Denholm.",
    "Amy Rourke, the youngest MP to be elected, told reporters she was proud.",
    "Tom Birch tried to scrap the scheme when he was Home Secretary.",
    "Sarah Quinn was a junior minister. She then became secretary of the Fabian Society.",
]


@pytest.mark.parametrize("text", NOT_HELD_NOW)
def test_a_post_not_held_now_is_not_stated(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not roles_of(nlp, text)


def test_a_part_of_a_party_is_not_the_party(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Green Party's Holyrood leader Morag Ince attacked the budget."
    found = plain_facts(nlp, text)
    assert ("Morag Ince", "holdsRole", "Holyrood leader") in found, found
    assert not any(p == "heads" for _, p, _ in found), found


def test_a_life_story_does_not_say_who_heads_now(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Peter Vane is a veteran campaigner. He chaired the Campaign for Nuclear Disarmament in the 1980s."
    assert not any(p == "heads" for _, p, _ in plain_facts(nlp, text))


def test_a_city_post_is_not_the_countrys(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "London mayor Mr Okafor says the tram scheme will go ahead."
    found = plain_facts(nlp, text)
    assert ("mayor", "roleOf", "United Kingdom") not in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Charles Wynn is the new defence secretary after the reshuffle.", ("Charles Wynn", "defence secretary")),
        ("Hilary Stone has become international development secretary.", ("Hilary Stone", "international development secretary")),
    ],
)
def test_a_copula_names_a_post_by_its_portfolio(nlp, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in roles_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    ["Mr Digby said Tom Hale is a prudent chancellor.", "Jo Swan is the youngest health minister in Europe."],
)
def test_a_copula_describing_a_person_names_no_post(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not roles_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "person", "organisation", "heads"),
    [
        ("Kate Renshaw, director general of the Federation of Small Businesses, warned of job losses.", "Kate Renshaw", "Federation of Small Businesses", True),
        ("Amnesty International UK director Rita Moss said the detentions were unlawful.", "Rita Moss", "Amnesty International", False),
    ],
)
def test_who_heads_the_whole_organisation(nlp, text: str, person: str, organisation: str, heads: bool) -> None:  # type: ignore[no-untyped-def]
    assert ((person, "heads", organisation) in plain_facts(nlp, text)) is heads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Among those with doubts were senior shadow cabinet members Ann Davey, Oliver Lett and Tim Yeovil.",
            {("Ann Davey", "senior shadow cabinet member"), ("Oliver Lett", "senior shadow cabinet member"),
             ("Tim Yeovil", "senior shadow cabinet member")},
        ),
        ("Labour MPs Ann Lee and Tom Hart voted against.", {("Ann Lee", "MP"), ("Tom Hart", "MP")}),
    ],
)
def test_a_plural_post_before_a_list_of_names(nlp, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert expected <= roles_of(nlp, text)


def test_a_former_plural_post_is_not_held(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not roles_of(nlp, "Former ministers Ann Lee and Tom Hart spoke.")
