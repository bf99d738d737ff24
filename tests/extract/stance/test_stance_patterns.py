"""Stance shapes of political news beyond 'X verbs Y': several holders, posts, restated parties,
particles and prepositions, stance nouns, wishes for removal, proposals made, advocacy,
first-person sides and policies named without a plan noun.

Invented sentences in the style of UK political reporting. Each shape has a case that
must be read and a negated, hedged or otherwise unasserted twin that must not be
asserted.
"""

from __future__ import annotations

import pytest

from stance_facts import A, H, N, P, rows


CASES = [
    # Several holders coordinated.
    ("Plaid Cymru and the Green Party rejected the nuclear waste plan.",
     {("Plaid Cymru", "opposes", "nuclear waste plan", P, A), ("Green Party", "opposes", "nuclear waste plan", P, A)}),
    ("Plaid Cymru and the Green Party might reject the nuclear waste plan.",
     {("Plaid Cymru", "opposes", "nuclear waste plan", P, H), ("Green Party", "opposes", "nuclear waste plan", P, H)}),
    # A post named before the person it names.
    ("The party's transport spokesman, Tom Brake, criticised the congestion charge scheme.",
     {("Tom Brake", "opposes", "congestion charge scheme", P, A)}),
    ("The party's transport spokesman, Tom Brake, could criticise the congestion charge scheme.",
     {("Tom Brake", "opposes", "congestion charge scheme", P, H)}),
    # A participle after the clause: its subject is the speaker's.
    ("The battery will be complete by 2027, Daniel Whitcombe said on Tuesday, rejecting the Russian freeze plan.",
     {("Daniel Whitcombe", "opposes", "Russian freeze plan", P, A)}),
    ("The battery will be complete by 2027, Daniel Whitcombe said on Tuesday, "
     "not rejecting the Russian freeze plan outright.",
     {("Daniel Whitcombe", "opposes", "freeze plan", N, A)}),
    # A party restated as "it"/"they" in the clause it is reported saying.
    ("The Scottish National Party says it will vote against the student loans bill.",
     {("Scottish National Party", "opposes", "student loans bill", P, A)}),
    ("The Scottish National Party says it could vote against the student loans bill.",
     {("Scottish National Party", "opposes", "student loans bill", P, H)}),
    # A particle that is no preposition.
    ("The Liberal Democrats have put forward plans to scrap tuition fees.",
     {("Liberal Democrats", "proposes", "plans to scrap tuition fees", P, A)}),
    ("The Liberal Democrats might put forward plans to scrap tuition fees.",
     {("Liberal Democrats", "proposes", "plans to scrap tuition fees", P, H)}),
    # Positions held with "be": opposed to, against, in favour of.
    ("The Green Party is opposed to the airport expansion plan.",
     {("Green Party", "opposes", "airport expansion plan", P, A)}),
    ("The Green Party is not opposed to the airport expansion plan.",
     {("Green Party", "opposes", "airport expansion plan", N, A)}),
    ("The row could hurt the Green Party, which is opposed to the airport expansion plan.",
     {("Green Party", "opposes", "airport expansion plan", P, A)}),
    # An amnesty is a plan.
    ("The Green Party urged parliament to approve the tax amnesty.",
     {("Green Party", "supports", "tax amnesty", P, A)}),
    # A claim about something is no proposal of it; a proposal the holder goes on from still is.
    ("Ms Okafor went on to suggest the re-election of a Tory government with a small majority would amount to a vote of no confidence.",
     set()),
    ("The Green Party is proposing a points system similar to Canada's but would avoid a quota system.",
     {("Green Party", "proposes", "points system", P, A)}),
    ("Plaid Cymru is against the council tax revaluation.",
     {("Plaid Cymru", "opposes", "council tax revaluation", P, A)}),
    ("Plaid Cymru is not against the council tax revaluation.",
     {("Plaid Cymru", "opposes", "council tax revaluation", N, A)}),
    ("The Liberal Democrats voted in favour of the smoking ban.",
     {("Liberal Democrats", "supports", "smoking ban", P, A)}),
    ("The Liberal Democrats may vote in favour of the smoking ban.",
     {("Liberal Democrats", "supports", "smoking ban", P, H)}),
    ("The Countryside Alliance has come out against the hunting bill.",
     {("Countryside Alliance", "opposes", "hunting bill", P, A)}),
    ("The Countryside Alliance has not come out against the hunting bill.",
     {("Countryside Alliance", "opposes", "hunting bill", N, A)}),
    # Regarding something as a threat; a list of epithets as the label.
    ("Moscow regards the radar station as a threat.", {("Russia", "opposes", "radar station", P, A)}),
    ("Moscow does not regard the radar station as a threat.", {("Russia", "opposes", "radar station", N, A)}),
    ('Shami Chakrabarti called the control order scheme "draconian, unjust and unworkable".',
     {("Shami Chakrabarti", "opposes", "control order scheme", P, A)}),
    ('Shami Chakrabarti would call the control order scheme "draconian, unjust and unworkable".',
     {("Shami Chakrabarti", "opposes", "control order scheme", P, H)}),
    # Stance nouns.
    ("Labour's opposition to the foxhunting ban has hardened.", {("Labour Party", "opposes", "foxhunting ban", P, A)}),
    ("If Labour's support for the tuition fees bill holds, it will pass.",
     {("Labour Party", "supports", "tuition fees bill", P, H)}),
    # Wishing something removed, by others or by nobody named.
    ("The Green Party called for the nuclear power station to be closed.",
     {("Green Party", "opposes", "nuclear power station", P, A)}),
    ("The Green Party called for the nuclear power station not to be closed.", set()),
    ("The Green Party called for the closure of the nuclear power station.",
     {("Green Party", "opposes", "nuclear power station", P, A)}),
    ("The Green Party would call for the closure of the nuclear power station.",
     {("Green Party", "opposes", "nuclear power station", P, H)}),
    ("The Liberal Democrats want the council tax scrapped.", {("Liberal Democrats", "opposes", "council tax", P, A)}),
    # Closing one's own base is no stance on it (what is planned is a proposal, read by stance.owned).
    ("The Ministry of Defence plans to close the radar base.",
     {("Ministry of Defence", "proposes", "plans to close the radar base", P, A)}),
    # A person's plan that is no act of policy is no proposal.
    ("Jane Marsh revealed that she planned to structure her campaign around the birth of her child.", set()),
    # Making a proposal, an offer or a demand.
    ("The Conservatives made an offer to cut fuel duty.",
     {("Conservative Party", "proposes", "offer to cut fuel duty", P, A)}),
    ("The Conservatives did not make an offer to cut fuel duty.",
     {("Conservative Party", "proposes", "offer to cut fuel duty", N, A)}),
    # Advocacy: what others should do, what one urges them to do.
    ("The government should scrap the council tax, the Liberal Democrats said.",
     {("Liberal Democrats", "opposes", "council tax", P, A)}),
    ("The government should not scrap the council tax, the Liberal Democrats said.", set()),
    ("If the bill fails, ministers should introduce a new asylum bill, Michael Howard said.", set()),
    ("The Green Party urged ministers to back the carbon tax plan.",
     {("Green Party", "supports", "carbon tax plan", P, A)}),
    ("The Green Party urged ministers not to back the carbon tax plan.", set()),
    # Policies named without a plan noun, after the plain verbs of opinion.
    ("Michael Howard has backed stem cell research.", {("Michael Howard", "supports", "stem cell research", P, A)}),
    ("Michael Howard might back stem cell research.", {("Michael Howard", "supports", "stem cell research", P, H)}),
    ("Labour backs hard-working families.", set()),  # people are no policy
    ("The issue came up in the presidential election, where George Bush opposed extending it.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_stance_patterns(sentence: str, expected: set[tuple[str, str, str, str, str]]) -> None:
    assert rows(sentence) == expected


def test_a_quoted_we_gives_the_speaker_the_stance_too() -> None:
    found = rows('"We strongly oppose the family tracing scheme," said Andrew Hogg of the Medical Foundation.')
    assert ("Andrew Hogg", "opposes", "family tracing scheme", P, A) in found, found
    hedged = rows('"We might oppose the family tracing scheme," said Andrew Hogg of the Medical Foundation.')
    assert ("Andrew Hogg", "opposes", "family tracing scheme", P, A) not in hedged, hedged


def test_an_outlet_spoken_to_is_not_the_speaker_s_side() -> None:
    text = 'Minister David Lammy told BBC News that evening. "We are against the assisted dying bill," he said.'
    found = {(s, p, o) for s, p, o, _, _ in rows(text)}
    assert not any(s == "BBC News" for s, _, _ in found), found


def test_a_proposer_in_a_by_phrase_proposes_the_plan_named_before() -> None:
    text = (
        "Ministers published the Identity Cards Bill on Monday. "
        "The bill, unveiled by Home Secretary David Blunkett, would cost £3bn."
    )
    assert ("David Blunkett", "proposes", "Identity Cards Bill", P, A) in rows(text)


def test_a_bare_plan_without_a_by_phrase_is_no_proposal() -> None:
    text = "The Conservatives published a pensions bill on Monday. Labour unveiled the plan on Tuesday."
    assert not any(s == "Labour Party" and p == "proposes" for s, p, _, _, _ in rows(text))


def test_it_follows_a_bare_noun_to_the_plan_named_before() -> None:
    text = (
        "Home Secretary Charles Clarke unveiled the Licensing Bill on Monday. "
        "The Liberal Democrats opposed the measure. "
        'Their home affairs spokesman, Mark Oaten, dismissed it as "unworkable".'
    )
    assert ("Mark Oaten", "opposes", "Licensing Bill", P, A) in rows(text)


def test_it_is_no_plural_plan() -> None:
    text = (
        "Home Secretary Charles Clarke unveiled a plan to cap immigration. "
        "The Tories welcomed the plan and said they had long called for such measures. "
        "But Labour MP Diane Abbott criticised it."
    )
    assert ("Diane Abbott", "opposes", "plan to cap immigration", P, A) in rows(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a participle with its agent: the agent's stance on the noun it describes
            "Pupils will vote in a mock referendum backed by the Electoral Commission.",
            ("Electoral Commission", "supports", "mock referendum", "positive", "asserted"),
        ),
        (
            "Labour rejected the quota scheme planned by the Tories.",
            ("Conservative Party", "proposes", "quota scheme", "positive", "asserted"),
        ),
        (  # a party's "would": its pledge, read off the first of two conjoined verbs
            "The Greens say they would abolish the road levy and introduce a carbon tax.",
            ("Green Party", "proposes", "carbon tax", "positive", "asserted"),
        ),
    ],
)
def test_agents_and_pledges(expected: tuple[str, str, str, str, str], text: str) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "The chancellor planned the party's election strategy.",  # organised, not proposed
        "The Greens would back the carbon tax if it were halved.",  # conditional support stays hypothetical
        "Could the Greens introduce a carbon tax?",  # a question
    ],
)
def test_no_stated_stance_from_planning_conditions_or_questions(text: str) -> None:
    assert not {r for r in rows(text) if r[3:] == ("positive", "asserted") and r[1] in {"proposes", "supports"}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr Howard said he was determined to lower taxes.", ("Howard", "proposes", "lowering taxes", "positive", "asserted")),
        ("Mr Howard is committed to cutting taxes.", ("Howard", "proposes", "cutting taxes", "positive", "asserted")),
    ],
)
def test_resolve_to_act_is_a_proposal(expected: tuple[str, str, str, str, str], text: str) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mr Howard is not committed to cutting taxes.",
        "Is Mr Howard committed to cutting taxes?",
        # another's charge in quote marks is not the holder's pledge
        "\"The Tories are committed to cutting public spending by £35bn,\" the Labour minister Paul Baring said.",
    ],
)
def test_no_proposal_from_denied_questioned_or_charged_resolve(text: str) -> None:
    assert not {r for r in rows(text) if r[1] == "proposes" and r[3:] == ("positive", "asserted")}


def test_what_a_plan_is_defended_against_is_no_part_of_it() -> None:
    text = "The government unveiled plans to extend licensing hours. Tony Blair defended the plans against criticism from doctors."
    found = rows(text)
    assert ("Tony Blair", "supports", "plans to extend licensing hours", "positive", "asserted") in found
    assert not any("criticism" in r[2] for r in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Greens want to do away with the council tax.", ("Green Party", "opposes", "council tax", "positive", "asserted")),
        ("Labour says it wants to retain the council tax.", ("Labour Party", "supports", "council tax", "positive", "asserted")),
        (  # an act named with what it acts on is a plan even after "the"
            "The Greens want the publication of the full legal advice.",
            ("Green Party", "proposes", "publication of the full legal advice", "positive", "asserted"),
        ),
        (  # a described plural wanted is a plan
            "Trevor Philby called for ethnic minority shortlists.",
            ("Trevor Philby", "proposes", "ethnic minority shortlists", "positive", "asserted"),
        ),
    ],
)
def test_keeping_removing_and_wanted_acts(expected: tuple[str, str, str, str, str], text: str) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "The United States keeps an armoured brigade in Poland.",  # stationing, not backing
        "Labour called for calm.",  # no plan
        "The Greens want the support of voters.",  # not an act on something
    ],
)
def test_no_stance_from_stationing_or_vague_wishes(text: str) -> None:
    assert not {r for r in rows(text) if r[3:] == ("positive", "asserted")}


def test_something_new_unveiled_is_a_proposal() -> None:
    found = rows("Labour unveiled a compulsory register of lobbyists.")
    assert ("Labour Party", "proposes", "compulsory register of lobbyists", "positive", "asserted") in found
    assert not rows("Gordon Brown announced a visit to China.")  # a visit is no plan


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Unison held a strike over the new pension rules.", ("Unison", "opposes", "pension rules", "positive", "asserted")),
        ("Mr Hale said the Tory tax plans did not add up.", ("Hale", "opposes", "tax plans", "positive", "asserted")),
    ],
)
def test_strikes_and_sums_that_do_not_add_up(expected: tuple[str, str, str, str, str], text: str) -> None:
    assert expected in rows(text)


def test_a_plan_that_adds_something_is_no_verdict() -> None:
    assert not any(r[1] == "opposes" for r in rows("Mr Hale said the Tory tax plans would add £40 to bills."))
