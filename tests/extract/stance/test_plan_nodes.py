"""Plan nodes named by what they do and the other names a reader gives them (kg.extract.common.actions,
kg.extract.common.variants); sentences written for this test."""

from __future__ import annotations

import pytest

from kg.extract.common.variants import gerund


@pytest.mark.parametrize(
    ("verb", "form"),
    [("cap", "capping"), ("cut", "cutting"), ("scrap", "scrapping"), ("raise", "raising"), ("quit", "quitting"),
     ("process", "processing"), ("limit", "limiting"), ("free", "freeing"), ("tie", "tying"), ("honour", "honouring")],
)  # fmt: skip
def test_gerund(verb: str, form: str) -> None:
    assert gerund(verb) == form


def plan_names(text: str) -> set[tuple[str, frozenset[str]]]:
    """(label, altLabels) of the Plan node of every stance fact read from ``text``."""
    from stance_facts import facts

    return {(f.object.entity.label, f.object.entity.aliases) for f in facts(text) if f.object.entity.cls == "Plan"}


CASES = [
    # A wrapper ("proposals to", "a call for", "the idea of") gives the plan's own names as altLabels.
    ("Tory proposals to cap the number of asylum claims were condemned by Mr Blair.",
     ("proposals to cap the number of asylum claims",
      {"cap the number of asylum claims", "capping the number of asylum claims"})),
    ("Mr Blair rejected the Tories' call for a cap on skilled migrants.",
     ("call for cap on skilled migrants", {"cap on skilled migrants"})),
    ("Labour rejected the Tories' idea of quotas on asylum.", ("idea of quotas on asylum", {"quotas on asylum"})),
    # An act wished for is a plan labelled in its -ing form, the plain form kept as another name.
    ("Labour promised to cut taxes.", ("cutting taxes", {"cut taxes", "tax cuts"})),
    ("Labour pledged to raise fuel duty.", ("raising fuel duty", {"raise fuel duty", "fuel duty rises"})),
    ("Howard vowed to cut the number of asylum seekers by 2008.",
     ("cutting the number of asylum seekers", {"cut the number of asylum seekers"})),
    # A lone policy noun a stance verb governs; a new thing wanted.
    ("Germany endorses enlargement.", ("enlargement", set())),
    ("Unison wants independent scrutiny of the contracts.", ("independent scrutiny of the contracts", set())),
    ("A UKIP spokesman called on Mr Hockney to quit the Welsh Assembly.",
     ("quitting the Welsh Assembly", {"quit the Welsh Assembly"})),
    ("Vilkas has called for NATO to hold a summit in Vilnius next year.",
     ("holding a summit in Vilnius", {"hold a summit in Vilnius", "summit in Vilnius"})),
    # A bare head named by its clause or agent; a described head keeps its short label, the clause an altLabel.
    ("Spain rejected an accord giving the islands more autonomy.", ("accord giving the islands more autonomy", set())),
    ("The Tories attacked the measures unveiled by the chancellor.", ("measures unveiled by the chancellor", set())),
    ("Barber called for a legal system that shields safety whistleblowers.",
     ("legal system", {"legal system that shields safety whistleblowers"})),
    # A policy noun that a stance word governs, with its clause.
    ("Downing Street defended the decision to honour both women. Labour agreed.",
     ("decision to honour both women", {"honour both women", "honouring both women"})),
    # An act done by a means is also named without it; money spent and taxes levied are named as themselves.
    ("The Tories promised to boost pensions by restoring the link with earnings.",
     ("boosting pensions by restoring the link with earnings", {"boosting pensions", "boost pensions"})),
    ("Mr Kane promised to cap spending on transport, education and health so as to trim the deficit.",
     ("capping spending on transport, education and health", {"cap spending on transport, education and health"})),
    ("Labour promised to fund free personal care by a windfall tax on oil companies.",
     ("funding free personal care by a windfall tax", {"funding free personal care", "free personal care"})),
    ("Labour promised to fund free personal care by a windfall tax on oil companies.", ("windfall tax on oil companies", set())),
    # a change asked for in something named; "less" and "more" say which way
    ("Labour called for more investment in schools.", ("more investment in schools", set())),
    ("Labour called for less red tape for business.", ("less red tape for business", set())),
    # a facility that lends money is a plan, no site
    ("Gordon Brown backed a new credit facility for poor countries.", ("credit facility for poor countries", set())),
    ("Labour promised to give councils more powers.", ("giving councils more powers", {"more powers"})),
    ("Labour promised to cut taxes by £4bn.", ("cutting taxes by £4bn", {"cutting taxes", "tax cuts"})),
    ("Mr Kane promised to spend an extra £500m a year to help refugees abroad.",
     ("spending an extra £500m a year", {"extra £500m a year"})),
    ("France and Spain put forward a plan to levy taxes on jet fuel.",
     ("plan to levy taxes on jet fuel", {"levying taxes on jet fuel", "taxes on jet fuel"})),
    # an act is also named as written, with the time its label leaves out
    ("The Police Federation opposes giving officers the power to detain suspects for up to 30 minutes.",
     ("giving officers the power to detain suspects", {"giving officers the power to detain suspects for up to 30 minutes"})),
    # a comparative that alone says which plan stays; before a complement or after an article it judges
    ("The TUC called for better pensions, child care provision and decent wages.", ("better pensions", set())),
    ("The TUC called for a better deal for farmers.", ("deal for farmers", set())),
    # a described plan is also named by its compound alone
    ("Gordon Brown backed up to 100% multilateral debt relief.", ("up to 100% multilateral debt relief", {"debt relief"})),
    # the act without the means it is to be done by
    ("The Treasury announced plans to reduce the number of public sector workers on sick leave with a new system of checks.",
     ("plans to reduce the number of public sector workers on sick leave with a new system",
      {"plans to reduce the number of public sector workers on sick leave"})),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_plan_labels_and_variants(text: str, expected: tuple[str, set[str]]) -> None:
    """The label, and among the altLabels these names (the phrase's own wordings come too)."""
    label, variants = expected
    assert any(found == label and variants <= aliases for found, aliases in plan_names(text)), plan_names(text)


@pytest.mark.parametrize(
    "text",
    ["Mr Brown threatened to raise fuel taxes.", "Labour hoped to win the election.", "Labour promised not to raise taxes.",
     "The House rejected a Democratic bid to cut it.", "Mr Hale announced his decision to leave UKIP.",
     "The Tories attacked the plan drawn up with the Home Secretary.",  # a plan named before, referred to
     "The Tories attacked the bill, unveiled by the Home Secretary.",
     "Labour wants more money.", "Labour demanded an apology.", "Labour opposed the privatisation.",
     "Greece wanted \"calm waters, not headlines\".", "Congress will spend several months debating the budget.",
     "The chancellor outlined the broader economic predictions."],
)  # fmt: skip
def test_no_plan_from_threats_hopes_negations_or_pronouns(text: str) -> None:
    assert plan_names(text) == set()


def test_a_generic_head_is_never_a_variant() -> None:
    names = {v for _, variants in plan_names("Labour attacked the Tories' call for quotas.") for v in variants}
    assert not names & {"quotas", "quota", "plan", "plans", "call"}


def test_a_system_that_is_a_scheme_is_a_plan() -> None:
    from stance_facts import facts

    classes = {f.object.entity.label: f.object.entity.cls for f in facts(
        "Clarke wants to bring in a points system for skilled migrants. Russia opposed the computer system.")}
    assert classes.get("points system for skilled migrants") == "Plan"
    assert classes.get("computer system") == "System"


@pytest.mark.parametrize(
    ("text", "label"),
    [("Mr Kilroy-Silk pledged a firm but fair policy on asylum.", "firm but fair policy on asylum"),
     ("Russia opposes the deployment of nuclear and chemical weapons.", "nuclear and chemical weapons")],
)  # fmt: skip
def test_adjectives_joined_by_a_conjunction_keep_it(text: str, label: str) -> None:
    from stance_facts import facts

    assert label in {f.object.entity.label for f in facts(text)}  # not "firm fair policy"


@pytest.mark.parametrize(
    ("text", "label"),
    [("Labour backed a lower drink-drive limit.", "lower drink-drive limit"),  # a comparative says which plan
     ("Labour backed a better deal for pensioners.", "deal for pensioners")],  # a judging one does not
)  # fmt: skip
def test_a_comparative_names_the_plan_unless_it_judges(text: str, label: str) -> None:
    from stance_facts import facts

    assert label in {f.object.entity.label for f in facts(text)}


def test_a_rebate_is_a_plan() -> None:
    from stance_facts import facts

    found = {(f.subject.entity.label, f.predicate, f.object.entity.label) for f in facts(
        'Jacques Marin has called the British rebate "unjustified".')}  # fmt: skip
    assert ("Jacques Marin", "opposes", "British rebate") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Mr Hale backed the Succession to the Crown Bill.", ("Hale", "supports", "Succession to the Crown Bill")),
     ("Labour peer Lord Hale's Succession to the Crown Bill would end male primogeniture.",
      ("Lord Hale", "proposes", "Succession to the Crown Bill")),
     ("Labour attacked the Anti-Terrorism, Crime and Security Act.", ("Labour", "opposes", "Anti-Terrorism, Crime and Security Act"))],
)  # fmt: skip
def test_a_law_is_named_in_full(text: str, expected: tuple[str, str, str]) -> None:
    """A law's name with "of", "to the" or a comma inside is one plan, however the parse splits it."""
    from stance_facts import facts

    found = {(f.subject.text, f.predicate, f.object.entity.label) for f in facts(text)}
    assert expected in found, found
