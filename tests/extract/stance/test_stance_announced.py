"""Proposals announced, listed, asked for and unveiled in part; sentences written for this test."""

from __future__ import annotations

import pytest

from stance_facts import A, P, facts, rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a side stating what it will bring about
            "The European Union announced that it will start accession talks with Serbia in May.",
            ("European Union", "proposes", "accession talks", P, A),
        ),
        (  # a person stating what he will produce
            "Mr Jenkins says he will produce a Charter for Renters before the summer.",
            ("Jenkins", "proposes", "Charter for Renters", P, A),
        ),
        (  # an act of policy stated as the speaker's own
            "The Green Party said it would raise the minimum wage.",
            ("Green Party", "proposes", "raising the minimum wage", P, A),
        ),
        (  # a group subject restated as "it" stands for its country
            "France's government has confirmed it is considering raising fuel prices.",
            ("France", "proposes", "raising fuel prices", P, A),
        ),
        (  # what a side is to do, and what its policy is to do
            "Gordon Hale is to raise fuel duty.", ("Gordon Hale", "proposes", "raising fuel duty", P, A),
        ),
        (
            "Mr Hale said that Labour policy is to cut taxes each year.", ("Labour Party", "proposes", "cutting taxes", P, A),
        ),
        (
            "France announced it is to spend £200m on drugs to treat bird flu.",
            ("France", "proposes", "spending £200m on drugs", P, A),
        ),
        (  # an offer to act proposes the act
            "The Tories offered to extend the existing powers temporarily.",
            ("Conservative Party", "proposes", "extending the existing powers", P, A),
        ),
        (  # each plan in a list of plans put forward
            "Chancellor Alan Price spoke in Leeds. He highlighted plans for free school meals for all pupils, "
            "a national minimum wage for apprentices and the creation of a network of training centres.",
            ("Alan Price", "proposes", "national minimum wage for apprentices", P, A),
        ),
        (
            "Chancellor Alan Price spoke in Leeds. He highlighted plans for free school meals for all pupils, "
            "a national minimum wage for apprentices and the creation of a network of training centres.",
            ("Alan Price", "proposes", "creation of a network of training centres", P, A),
        ),
        (  # a part of a plan stands for the plan
            "Jane Marsh unveiled the first part of the Green election manifesto on Monday.",
            ("Jane Marsh", "proposes", "Green election manifesto", P, A),
        ),
        (  # ending a state that is no plan is a plan
            "Jane Marsh promised to end child poverty within ten years.",
            ("Jane Marsh", "proposes", "ending child poverty", P, A),
        ),
        (  # what an act allows others to do is part of the act
            "Jane Marsh urged the council to allow local people to choose their own school.",
            ("Jane Marsh", "proposes", "allowing local people to choose their own school", P, A),
        ),
        (  # what the speaker says is to be given
            "Pensioners are to be guaranteed a winter heating allowance, the Green Party has announced.",
            ("Green Party", "proposes", "winter heating allowance", P, A),
        ),
        (
            "More money will be given to rural bus routes, the Green Party said.",
            ("Green Party", "proposes", "More money", P, A),
        ),
        (  # a speech's call is its speaker's
            "Mr Hale's speech called for a review of the agency.",
            ("Hale", "proposes", "review of agency", P, A),
        ),
        (  # a new proposal named as written, figures and all
            "The Sentencing Council caused a row by suggesting a one third discount off sentences.",
            ("Sentencing Council", "proposes", "one third discount", P, A),
        ),
        (  # when it was proposed is no part of the proposal's name
            "Norway proposed a moratorium on whaling last week.",
            ("Norway", "proposes", "moratorium on whaling", P, A),
        ),
        (  # a that-clause of what should be done
            "The Green Party urged that the government should cut fuel taxes.",
            ("Green Party", "proposes", "cutting fuel taxes", P, A),
        ),
        (
            "The Green Party urged that refugees should receive free legal advice.",
            ("Green Party", "proposes", "free legal advice", P, A),
        ),
        (  # a side's pledge stated as fact, each of two conjoined acts
            "The Green Party would also cut fuel taxes and raise the state pension.",
            ("Green Party", "proposes", "raising the state pension", P, A),
        ),
        (
            "The Green Party said it would increase maternity pay and pay the child benefit in cash to parents.",
            ("Green Party", "proposes", "paying the child benefit in cash to parents", P, A),
        ),
        (  # a headline's pledge, its label without the line breaks after it
            "Greens 'would cut number of MPs'\n\nThe Green Party met in Leeds.",
            ("Green Party", "proposes", "cutting number of MPs", P, A),
        ),
        (  # a spokesperson stating what their side will do: the side's proposal and theirs
            "Tory spokesman David Hale said the Tories would match Labour spending on health.",
            ("Conservative Party", "proposes", "matching Labour spending on health", P, A),
        ),
        (
            "Tory spokesman David Hale said the Tories would match Labour spending on health.",
            ("David Hale", "proposes", "matching Labour spending on health", P, A),
        ),
        (  # resolved to act, with the act's -ing form read by the parse as an adjective
            "The Green Party is committed to increasing taxes for the well off.",
            ("Green Party", "proposes", "increasing taxes for the well off", P, A),
        ),
        (  # a wish that something be done to a plan: the act with what it is done to, its figure whole
            "Denmark and Finland want the farm budget to be capped at 2% of spending.",
            ("Denmark", "proposes", "capping the farm budget at 2%", P, A),
        ),
        (  # resolve to act, with a list whose later items the parse hangs on the clause
            "The Green Party is committed to giving parents more say; allowing schools to set their hours; "
            "opening 50 new colleges and creating 1,000 more nursery places.",
            ("Green Party", "proposes", "opening 50 new colleges", P, A),
        ),
        (  # a pledge on winning office keeps its condition and is asserted
            "If it wins the election, the Green Party is committed to cutting fuel duty.",
            ("Green Party", "proposes", "cutting fuel duty", P, A),
        ),
        (  # encouraging something brings it about
            "The Green Party would also encourage the conversion of empty offices.",
            ("Green Party", "proposes", "conversion of empty offices", P, A),
        ),
        (  # a plan announced with "is to"
            "Britain is to cut income tax.",
            ("United Kingdom", "proposes", "cutting income tax", P, A),
        ),
        (  # replacing one plan with another: against the one, for the other
            "The Green Party would replace council tax with a local income tax.",
            ("Green Party", "opposes", "council tax", P, A),
        ),
        (
            "The Green Party would replace council tax with a local income tax.",
            ("Green Party", "proposes", "local income tax", P, A),
        ),
        (
            "The Green Party wants to replace council tax with a local sales tax.",
            ("Green Party", "proposes", "local sales tax", P, A),
        ),
        (
            "Jane Marsh said councils should replace council tax with a local income tax.",
            ("Jane Marsh", "opposes", "council tax", P, A),
        ),
        (  # the items of a cut are what the cutter is against
            'The Green Party would cut "wasteful" spending, including the identity cards scheme.',
            ("Green Party", "opposes", "identity cards scheme", P, A),
        ),
        (  # a quoted word inside the act: 'appoint "roving" safety reps'
            'The Green Party called on ministers to appoint "roving" safety inspectors.',
            ("Green Party", "proposes", "appointing roving safety inspectors", P, A),
        ),
    ],
)
def test_proposal_is_read(text: str, expected: tuple[str, str, str, str, str]) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    "text",
    [
        # another side's intention, reported by its opponent
        "The Green Party said the Conservatives would introduce a points system for migrants.",
        # a guess, not a stated intention
        "The Green Party said it could introduce a points system for migrants.",
        # a negation
        "The Green Party said it would not introduce a points system for migrants.",
        "Gordon Hale is not to raise fuel duty.",
        "Is Gordon Hale to raise fuel duty?",
        "Labour is to be investigated by the watchdog.",
        # a question
        "Did the Green Party say it would introduce a points system for migrants?",
        # another side's plans, highlighted by a critic
        "Jane Marsh highlighted Tory plans for a points system for migrants and a cap on asylum claims.",
        # plans not presented
        "Jane Marsh did not unveil plans for a points system for migrants.",
        # a that-clause negated, and an urging denied
        "The Green Party urged that the government should not introduce a points system for migrants.",
        "The Green Party did not urge that the government should introduce a points system for migrants.",
        # nothing is to be given
        "A points system for migrants will not be given to councils, the Green Party said.",
        # a saying asked for, and an open question: no intention stated
        "Labour said the Greens needed to explain how they would introduce a points system for migrants.",
        # a pledge's funder is no pledger; resolve on a condition that is no winning of office is a guess
        "The points system for migrants would be funded by the Green Party.",
        "If the economy grows, the Green Party is committed to introducing a points system for migrants.",
        # a state of things, no act of policy
        "The Green Party is committed to rising numbers of migrants under a points system.",
        # a pledge on a condition that is no winning of office is a guess; a past counterfactual is no plan
        "The Green Party would introduce a points system for migrants if the economy grew.",
        "The Green Party would have introduced a points system for migrants.",
        # replacing a person names no policy; a replacement not wanted is no proposal
        "The Green Party would replace the minister for migrants with a new points system.",
        "The Green Party does not want to replace the council tax with a new points system for migrants.",
        # another side's spokesman says what the Greens would do: not the Greens' proposal
        "Labour spokesman David Hale said the Greens would introduce a points system for migrants.",
        # an account asked for is no act of policy
        "Jane Marsh said: \"The Greens must give a clearer reason for their points system for migrants.\"",
        # another side's pledge in an opponent's words is hers to report, not the journalist's statement
        "\"The Greens would introduce a points system for migrants,\" said Labour spokeswoman Jane Marsh.",
    ],
)
def test_no_proposal(text: str) -> None:
    assert not {r for r in rows(text) if r[1] == "proposes" and "points system" in r[2] and r[3] == P and r[4] == A}



def test_what_others_will_give_is_no_proposal_of_the_speaker() -> None:
    text = "Jane Marsh said the code would be given legal force by the laws of member states."
    assert not {r for r in rows(text) if r[1] == "proposes"}
    own = "Pensioners are to be guaranteed a winter heating allowance, the Green Party has announced."
    assert {r for r in rows(own) if r[1] == "proposes"}  # no giver named: the speaker's own proposal


def test_a_slogan_offered_is_no_plan() -> None:
    assert not {r for r in rows('Jane Marsh told voters the Greens will offer them an "honest choice" at the election.')
                if r[1] == "proposes"}  # fmt: skip


def test_a_wished_passive_act_is_quoted_whole_with_what_it_is_done_to() -> None:
    # The provenance a reader sees must be the words of the wish, the undergoer first.
    found = facts("Denmark and Finland want the farm budget to be capped at 2% of spending.")
    quoted = {f.object.text for f in found if f.object.entity.label == "capping the farm budget at 2%"}
    assert quoted == {"the farm budget to be capped at 2%"}
