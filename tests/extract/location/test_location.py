"""Rule table for kg.extract.location.rules on sentences written for this test (never CoNLL04's).

Each row runs the real pipeline (parse, resolve, rules) and checks one fact is
found, asserted, with the expected rule; negative rows check nothing is.
"""

from __future__ import annotations

import pytest

from kg.analyse import extraction_context
from kg.extract import load_rules
from kg.extract.common.registry import RULES
from kg.types import Article, Fact

FOUND = [
    # locatedIn
    ("Traffic was heavy in Springfield, Illinois, on Friday.", "Springfield", "locatedIn", "Illinois", "location.place_comma_place/1"),
    ("Kirkuk in northern Iraq was quiet.", "Kirkuk", "locatedIn", "Iraq", "location.place_in_place/1"),
    ("Kenya's Rift Valley region is dry.", "Rift Valley", "locatedIn", "Kenya", "location.place_in_place/1"),
    # basedIn
    ("Maria Lopez joined Brightwater Analytics, a Seattle-based firm, last year.", "Brightwater Analytics", "basedIn", "Seattle", "location.org_place_modifier/1"),
    ("The strike closed the Chicago company Lanford Steel for a week.", "Lanford Steel", "basedIn", "Chicago", "location.org_place_modifier/1"),
    ("Brightwater Analytics, based in Seattle, hired 40 engineers.", "Brightwater Analytics", "basedIn", "Seattle", "location.org_in_place/1"),
    ("Brightwater Analytics is headquartered in Seattle.", "Brightwater Analytics", "basedIn", "Seattle", "location.org_in_place/1"),
    ("Shares of Kessler Foods of Omaha fell on Monday.", "Kessler Foods", "basedIn", "Omaha", "location.org_in_place/1"),
    ("Acme Corp.'s headquarters in Denver will close.", "Acme Corp.", "basedIn", "Denver", "location.org_in_place/1"),
    # livesIn
    ("Tomas Berg of Uppsala won the prize.", "Tomas Berg", "livesIn", "Uppsala", "location.person_of_place/1"),
    ("Omar Haddad, a lawyer from Cairo, spoke.", "Omar Haddad", "livesIn", "Cairo", "location.person_of_place/1"),
    ("Senator Karen Hale, a Vermont Democrat, opposed the bill.", "Karen Hale", "livesIn", "Vermont", "location.place_modifies_person/1"),
    ("Phoenix native Daniel Ruiz leads the team.", "Daniel Ruiz", "livesIn", "Phoenix", "location.place_modifies_person/1"),
    ("Dallas resident Jane Cole testified.", "Jane Cole", "livesIn", "Dallas", "location.place_modifies_person/1"),
    ("Greta Lind lives in Oslo with her family.", "Greta Lind", "livesIn", "Oslo", "location.lives_in/1"),
    ("Jane Cole, who lives in Dallas, testified.", "Jane Cole", "livesIn", "Dallas", "location.lives_in/1"),
    ("The author Paul Mercer was born in Dublin in 1950.", "Paul Mercer", "livesIn", "Dublin", "location.lives_in/1"),
]

NOT_FOUND = [
    ("Boston, Chicago and Denver bid for the games.", "locatedIn"),
    ("Floods hit villages in Bavaria, Saxony and Hesse.", "locatedIn"),
    ("Greta Lind does not live in Oslo.", "livesIn"),
]


def _facts(nlp, text: str) -> list[Fact]:  # type: ignore[no-untyped-def]
    """Facts of the location rules alone (the learned family may state the same fact more confidently)."""
    load_rules()
    ctx = extraction_context(Article("t", text), nlp(text))
    return [f for rule in RULES.values() if rule.name.startswith("location.") for f in rule.func(ctx) if f.confidence >= 0.5]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj", "rule"), FOUND)
def test_location_rule_finds(nlp, text: str, subject: str, predicate: str, obj: str, rule: str) -> None:  # type: ignore[no-untyped-def]
    facts = _facts(nlp, text)
    found = [f for f in facts if (f.subject.text, f.predicate, f.object.text) == (subject, predicate, obj)]
    assert found, f"no {subject} {predicate} {obj} in {[(f.subject.text, f.predicate, f.object.text) for f in facts]}"
    assert found[0].asserted
    assert rule in {f.rule for f in found}


@pytest.mark.parametrize(("text", "predicate"), NOT_FOUND)
def test_location_rule_stays_quiet(nlp, text: str, predicate: str) -> None:  # type: ignore[no-untyped-def]
    assert [f for f in _facts(nlp, text) if f.predicate == predicate and f.asserted] == []


def test_location_rules_are_registered_with_their_properties() -> None:
    from kg.extract import load_rules

    rules = load_rules()
    emitted = {p for name, rule in rules.items() if name.startswith("location.") for p in rule.emits}
    assert emitted == {"locatedIn", "basedIn", "livesIn"}
