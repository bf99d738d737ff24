"""Ending a plan oneself, the direction idiom, stances of those a list names, acts carried by "make",
a planned act that "the plans" refers back to, plural taxes, court rulings, plans said to break
the law, "the announcement" as the plan just announced, and acts called for ("called for the
advice to be published", "a call by X to publish Y"), going ahead with a plan, and a plan's topic the
parse hangs on the verb, acts named without a dashed aside or bracket, and a body named after a noun
for one ("environmental group Transport 2000"), and verdicts denied.

Invented sentences in the style of wire and council reporting. Each shape has a case that
must be read and a twin that must not be (or not as a plain fact).
"""

from __future__ import annotations

import pytest

from stance_facts import A, H, P, facts, rows

LEVY = "The Water Board unveiled a hosepipe levy in March. "
TOLL = "Hillford Council unveiled plans for a harbour toll. "

CASES = [
    # Dropping, shelving, abandoning or cancelling a plan oneself is a stance against it.
    (LEVY + "Last week the minister, Carol Penning, dropped the levy.",
     {("Water Board", "proposes", "hosepipe levy", P, A), ("Carol Penning", "opposes", "hosepipe levy", P, A)}),
    (LEVY + "Carol Penning has shelved the levy.",
     {("Water Board", "proposes", "hosepipe levy", P, A), ("Carol Penning", "opposes", "hosepipe levy", P, A)}),
    ("Carol Penning dropped the charges against the two men.", set()),
    # Removing what is no plan is an act of policy; removing a plan is never a proposal.
    ("The Green Party urged the council to remove obstacles to new housing.",
     {("Green Party", "proposes", "removing obstacles to new housing", P, A)}),
    ("Hillford Council unveiled a levy on flights. The Green Party promised to remove the levy.",
     {("Hillford Council", "proposes", "levy on flights", P, A)}),
    # Ending a plan is removing it: wanting it ended opposes it, opposing its end backs it.
    (LEVY + "Carol Penning vowed to end the levy.",
     {("Water Board", "proposes", "hosepipe levy", P, A), ("Carol Penning", "opposes", "hosepipe levy", P, A)}),
    (LEVY + "Carol Penning wants the levy to come to an end.",
     {("Water Board", "proposes", "hosepipe levy", P, A), ("Carol Penning", "opposes", "hosepipe levy", P, A)}),
    (LEVY + "Carol Penning is opposed to ending the levy.",
     {("Water Board", "proposes", "hosepipe levy", P, A), ("Carol Penning", "supports", "hosepipe levy", P, A)}),
    (LEVY + "Carol Penning does not want the levy to come to an end.",
     {("Water Board", "proposes", "hosepipe levy", P, A), ("Carol Penning", "opposes", "hosepipe levy", "negative", A)}),
    ("Carol Penning dropped Mark Orrin from the cabinet.", set()),
    # A step in the wrong (right) direction judges the plan.
    (LEVY + "Mark Orrin said the levy was a step in the wrong direction.",
     {("Water Board", "proposes", "hosepipe levy", P, A), ("Mark Orrin", "opposes", "hosepipe levy", P, A)}),
    (LEVY + "Mark Orrin said the levy was a step in the right direction.",
     {("Water Board", "proposes", "hosepipe levy", P, A), ("Mark Orrin", "supports", "hosepipe levy", P, A)}),
    (LEVY + "Mark Orrin said the levy was a backward step.",
     {("Water Board", "proposes", "hosepipe levy", P, A), ("Mark Orrin", "opposes", "hosepipe levy", P, A)}),
    (LEVY + "Mark Orrin said the levy was the first step.", {("Water Board", "proposes", "hosepipe levy", P, A)}),
    (LEVY + "Was the levy a step in the right direction?", {("Water Board", "proposes", "hosepipe levy", P, A)}),
    # Those a list names after "include" take the stance of the group's participle.
    (TOLL + "Groups challenging the plans include the Harbour Users Association and the Green Party.",
     {("Hillford Council", "proposes", "harbour toll", P, A), ("Harbour Users Association", "opposes", "harbour toll", P, A),
      ("Green Party", "opposes", "harbour toll", P, A)}),
    (TOLL + "Groups challenging the plans do not include the Green Party.", {("Hillford Council", "proposes", "harbour toll", P, A)}),
    (TOLL + "Groups challenging the plans include two charities.", {("Hillford Council", "proposes", "harbour toll", P, A)}),
    # A name with a verb in it the parse splits, and no place a modifier names ("the London borough of Brent").
    (TOLL + "Bodies fighting the plans include Stop Hillford Tolls and the London borough of Brent.",
     {("Hillford Council", "proposes", "harbour toll", P, A), ("Stop Hillford Tolls", "opposes", "harbour toll", P, A)}),
    # "make" carries an act of policy only with a noun of one, said of something.
    ("Nick Sallow plans to make changes to the pension scheme.",
     {("Nick Sallow", "proposes", "making changes to the pension scheme", P, A)}),
    ("Nick Sallow wants to make a statement to the House.", set()),
    ("Nick Sallow said his party would make cuts, such as shutting regional offices.", set()),
    # Plural taxes are plans (the small model's lemmatiser reads "taxes" as "taxis").
    ("Vince Cable criticised the new stealth taxes.", {("Vince Cable", "opposes", "stealth taxes", P, A)}),
    ("Vince Cable said taxis were too expensive.", set()),
    # A plural plan noun the small model tags as a verb, in a noun's place, is still a plan.
    ("FirstGroup has reiterated its support for the government's rail expansion plans to stations across the region.",
     {("FirstGroup", "supports", "rail expansion plans", P, A)}),
    # A court's ruling is a plan others judge.
    ("Sir Andrew Green said the Law Lords ruling was a mistake.", {("Andrew Green", "opposes", "Law Lords ruling", P, A)}),
    # A plan said to break the law, or to treat people unequally, is opposed; denied, it is not.
    ("Hillford Council introduced new parking rules in 2004. Jane Smith said the rules breach the Human Rights Act.",
     {("Hillford Council", "proposes", "parking rules", P, A), ("Jane Smith", "opposes", "parking rules", P, A)}),
    ("Hillford Council introduced new parking rules in 2004. Jane Smith said the rules discriminate against disabled drivers.",
     {("Hillford Council", "proposes", "parking rules", P, A), ("Jane Smith", "opposes", "parking rules", P, A)}),
    ("Hillford Council introduced new parking rules in 2004. Jane Smith said the rules did not breach the Human Rights Act.",
     {("Hillford Council", "proposes", "parking rules", P, A)}),
    # "The announcement" is the one plan just announced.
    (LEVY + "Dai Lloyd welcomed the announcement.",
     {("Water Board", "proposes", "hosepipe levy", P, A), ("Dai Lloyd", "supports", "hosepipe levy", P, A)}),
    ("Dai Lloyd welcomed the announcement.", set()),
    # An act called for, by a verb or a noun of calling, is proposed; a call for no act of policy is not.
    ("Vince Cable called for the legal advice to be published.", {("Vince Cable", "proposes", "publishing the legal advice", P, A)}),
    ("Vince Cable did not call for the legal advice to be published.", set()),
    ("Lord Mackay's call to publish the advice was rejected.", {("Lord Mackay", "proposes", "publishing the advice", P, A)}),
    ("The government rejected a call by Lord Mackay to publish the advice.",
     {("Lord Mackay", "proposes", "publishing the advice", P, A)}),
    ("Lord Mackay's call to resign was rejected.", set()),
    # Going ahead with a plan backs it; "would go ahead with" is a pledge, "could" is not.
    (LEVY + "Tessa Jowell pressed ahead with the levy.",
     {("Water Board", "proposes", "hosepipe levy", P, A), ("Tessa Jowell", "supports", "hosepipe levy", P, A)}),
    (LEVY + "Labour would go ahead with the levy, Tessa Jowell said.",
     {("Water Board", "proposes", "hosepipe levy", P, A), ("Labour Party", "supports", "hosepipe levy", P, A)}),
    (LEVY + "Labour could go ahead with the levy, Tessa Jowell said.",
     {("Water Board", "proposes", "hosepipe levy", P, A), ("Labour Party", "supports", "hosepipe levy", P, H)}),
    ("Tessa Jowell went ahead with the meeting.", set()),
    # "the levy on flights" whose "on flights" the parse hangs on the verb is still the levy on flights;
    # "on principle" says why, not what.
    ("John Smith wants to abolish the levy on flights.", {("John Smith", "opposes", "levy on flights", P, A)}),
    ("John Smith opposed the bill on principle.", set()),
    ("John Smith opposed the bill on Tuesday.", set()),
    # A verdict the speaker denies giving is none.
    ("Labour passed the new marriage law. Mark Rimmer said he did not believe the new law to be an infringement of rights.",
     set()),
    ("Labour passed the new marriage law. Mark Rimmer did not say the law was a disaster.", set()),
    # "replace X for Y" says whom X is for; only "with" or "by" brings in what replaces it. Replacing X opposes it.
    ("Ann Rolt wants to replace indefinite detention for terror suspects.",
     {("Ann Rolt", "opposes", "indefinite detention for terror suspects", P, A)}),
    ("Ann Rolt wants to replace the chairman.", set()),
    # A text of law holds no stance.
    ("The Coastal Defence Bill proposes sea walls, which could stop floods.", set()),
    # Opposition "despite" which someone backs a plan is opposition to the plan, not to them.
    ("Maria Lind has defended plans to lift the trade embargo on Burma, despite opposition from France and Spain.",
     {("Maria Lind", "supports", "plans to lift the trade embargo on Burma", P, A),
      ("Maria Lind", "opposes", "trade embargo on Burma", P, A),
      ("France", "supports", "trade embargo on Burma", P, A), ("Spain", "supports", "trade embargo on Burma", P, A),
      ("France", "opposes", "plans to lift the trade embargo on Burma", P, A),
      ("Spain", "opposes", "plans to lift the trade embargo on Burma", P, A)}),
    # "the plans for pensioners" is not the plans for a memorial named before.
    ("Ann Rolt unveiled plans for a statue of the late king. Dan Keyes attacked the plans for pensioners.",
     {("Ann Rolt", "proposes", "plans for statue", P, A), ("Dan Keyes", "opposes", "plans for pensioners", P, A)}),
    # Coming up with a plan is putting it forward.
    ("Paul Dorn has come up with a new scheme to cut crime.", {("Paul Dorn", "proposes", "scheme to cut crime", P, A)}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_stance_shape(text: str, expected: set[tuple[str, str, str, str, str]]) -> None:
    assert rows(text) == expected


def test_the_plans_refer_back_to_an_act_someone_plans() -> None:
    text = (
        "Ann Rolt now plans to make cuts of £40m by closing two depots. "
        "Union leader Dan Keyes criticised the plans."
    )
    act = "making cuts of £40m by closing two depots"
    assert ("Dan Keyes", "opposes", act, P, A) in rows(text)


def test_a_denied_plan_introduces_nothing_to_refer_back_to() -> None:
    text = "Ann Rolt does not plan to make cuts of £40m by closing two depots. Union leader Dan Keyes criticised the plans."
    assert not {r for r in rows(text) if r[0] == "Dan Keyes"}


def test_an_amount_at_the_end_of_a_sentence_keeps_no_full_stop() -> None:
    assert ("Ann Rolt", "proposes", "cutting spending by £100m", P, A) in rows("Ann Rolt plans to cut spending by £100m.")


def test_an_act_is_named_without_the_aside_after_a_dash() -> None:
    text = 'Ann Rolt unveiled plans to merge 12 boards into four - called by one union "a cull".'
    labels = {plan for holder, stance, plan, *_ in rows(text) if holder == "Ann Rolt" and stance == "proposes"}
    assert labels and all(label.startswith("plans to merge 12 boards") and "called" not in label for label in labels)


def test_an_act_is_named_without_its_bracketed_aside() -> None:
    text = "Ann Rolt urged wealthy states to fund a £2bn ($3.7bn) plan to fight malaria."
    assert ("Ann Rolt", "proposes", "funding a £2bn plan to fight malaria", P, A) in rows(text)


def test_a_name_after_a_noun_for_a_body_is_that_body() -> None:
    text = "Environmental group Roads 2010 said the freeze on fuel duty sends the wrong message to drivers."
    found = [f for f in facts(text) if f.predicate == "opposes"]
    assert [(f.subject.entity.label, f.subject.entity.cls, f.object.entity.label) for f in found] == [
        ("Roads 2010", "Organization", "freeze on fuel duty")
    ]


def test_an_opening_participle_is_no_part_of_a_name() -> None:
    text = 'Thanking Hearts and Hibs for their work, Moira Dale said: "I back the plan for a summit."'
    assert not [f for f in facts(text) if "Thanking" in f.object.entity.label or "Thanking" in f.subject.entity.label]



def test_a_participle_the_parse_reads_into_a_name_stays_in_it() -> None:
    from kg.analyse import analyse_doc
    from kg.nlp import load_model
    from kg.types import Article

    text = "Fostering Trust chief executive Alan Pryce criticised the plan for a levy on carers."
    found = analyse_doc(Article("t", text), load_model()(text)).facts
    assert ("Alan Pryce", "worksFor", "Fostering Trust") in {(f.subject.entity.label, f.predicate, f.object.entity.label) for f in found}
