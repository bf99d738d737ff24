"""deploys and locatedIn from deployment verbs, their nominalisations and 'X-based' compounds."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.deployment import rules as deployment
from kg.extract.common.registry import RULES

SEED = Path(__file__).resolve().parents[3] / ".." / "shared" / "seed" / "missile-defense-tauscher.txt"
RULE_NAMES = ("deployment.verb", "deployment.nominal", "deployment.based")
P, A = "positive", "asserted"


def context_for(text: str):  # type: ignore[no-untyped-def]
    """What the pipeline hands the rules for ``text``."""
    from kg.analyse import extraction_context
    from kg.nlp import load_model
    from kg.types import Article

    return extraction_context(Article("t", text), load_model()(text))


def facts(text: str):  # type: ignore[no-untyped-def]
    ctx = context_for(text)
    return [fact for name in RULE_NAMES for fact in RULES[name].func(ctx)]


def rows(text: str) -> set[tuple[str, str, str, str, str]]:
    return {(f.subject.entity.label, f.predicate, f.object.entity.label, f.polarity, f.modality) for f in facts(text)}


CASES = [
    ("The Pentagon has deployed a new missile defence radar in the Czech Republic.",
     {("Pentagon", "deploys", "missile defence radar", P, A),
      ("missile defence radar", "locatedIn", "Czech Republic", P, A)}),
    # Denied: kept as a negative fact, never a plain one.
    ("The missile defence system will not be deployed in Poland.",
     {("missile defence system", "locatedIn", "Poland", "negative", A)}),
    ("If Washington deploys a missile shield in Europe, Russia will respond.",
     {("United States", "deploys", "missile shield", P, "hypothetical"),
      ("missile shield", "locatedIn", "Europe", P, "hypothetical")}),
    ("The deployment of the U.S. missile defense system in Europe angered Moscow.",
     {("United States", "deploys", "missile defense system", P, A),
      ("missile defense system", "locatedIn", "Europe", P, A)}),
    ("Russia's deployment of short-range missiles in Kaliningrad alarmed Poland.",
     {("Russia", "deploys", "short-range missiles", P, A),
      ("short-range missiles", "locatedIn", "Kaliningrad", P, A)}),
    # A plan to deploy is not a deployment.
    ("The U.S. plan for the deployment of interceptor missiles in Poland was shelved.",
     {("United States", "deploys", "interceptor missiles", P, "hypothetical"),
      ("interceptor missiles", "locatedIn", "Poland", P, "hypothetical")}),
    ("The early warning radar, which was installed in Turkey last year, tracks launches.",
     {("early warning radar", "locatedIn", "Turkey", P, A)}),
    ("Romania-based U.S. interceptors will protect southern Europe.",
     {("interceptors", "locatedIn", "Romania", P, A)}),
    # No system, or nothing specific enough to be a node: no fact.
    ("NATO will establish a political framework in Europe.", set()),
    ("The minister built his career in Poland.", set()),
    ("The system will be deployed in Poland.", set()),
    # Verbs of keeping and moving deploy when they say where.
    ("The United States keeps an armoured brigade in Lithuania on rotation.",
     {("United States", "deploys", "armoured brigade", P, A),
      ("armoured brigade", "locatedIn", "Lithuania", P, A)}),
    ("Moscow moved Iskander missiles to Kaliningrad in the spring.",
     {("Russia", "deploys", "Iskander missiles", P, A),
      ("Iskander missiles", "locatedIn", "Kaliningrad", P, A)}),
    ("The navy keeps its cruise missiles ready.", set()),
    # "the city of Y" and a "where" clause name the place.
    ("Spain has stationed a Patriot missile battery in the southern city of Adana since 2015.",
     {("Spain", "deploys", "Patriot missile battery", P, A),
      ("Patriot missile battery", "locatedIn", "Adana", P, A)}),
    ("Officials toured Poznan, the city where Germany keeps its Leopard tanks.",
     {("Germany", "deploys", "Leopard tanks", P, A), ("Leopard tanks", "locatedIn", "Poznan", P, A)}),
    ("The United States operates an Aegis Ashore interceptor system.", set()),
    ("Russia has kept two Iskander missile brigades in the region since 2018.",
     {("Russia", "deploys", "Iskander missile brigades", P, A)}),
    # Carrying out a deployment is deploying.
    ("Britain will complete the deployment of a Patriot missile battery in Estonia by 2026.",
     {("United Kingdom", "deploys", "Patriot missile battery", P, A),
      ("Patriot missile battery", "locatedIn", "Estonia", P, A)}),
    # A hyphenated modifier stays in the label: "early-warning radars".
    ("NATO has stationed early-warning radars in Turkey.",
     {("NATO", "deploys", "early-warning radars", P, A),
      ("early-warning radars", "locatedIn", "Turkey", P, A)}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_deployment_rules(sentence: str, expected: set[tuple[str, str, str, str, str]]) -> None:
    assert rows(sentence) == expected


def test_date_phrase_dates_the_fact() -> None:
    found = facts("The Pentagon will deploy an interceptor missile base in Romania by 2015.")
    assert {f.date for f in found} == {"2015"}


def test_rules_are_registered_with_their_properties() -> None:
    assert deployment.VERB_RULE == RULES["deployment.verb"].id
    assert set(RULES["deployment.nominal"].emits) == {"deploys", "locatedIn"}


@pytest.mark.skipif(not SEED.exists(), reason=f"SKIPPED LOUDLY: seed article not found at {SEED}; this test needs ../shared beside the repo")
def test_seed_article_deployments() -> None:
    found = facts(SEED.read_text(encoding="utf-8"))
    got = {(f.subject.entity.label, f.predicate, f.object.entity.label, f.polarity, f.modality) for f in found}
    assert {
        ("United States", "deploys", "interceptor missile base", P, A),
        ("interceptor missile base", "locatedIn", "Romania", P, A),
        ("United States", "deploys", "missile warning radar station", P, A),
        ("missile warning radar station", "locatedIn", "Turkey", P, A),
        ("United States", "deploys", "missile defense system", P, A),
        ("missile defense system", "locatedIn", "Europe", P, A),
    } <= got
    base = next(f for f in found if f.predicate == "deploys" and f.object.entity.label == "interceptor missile base")
    assert base.date == "2015"
    # "U.S. missiles based in Romania will never be able to intercept ...": the basing is not denied.
    based = next(f for f in found if f.predicate == "locatedIn" and f.object.entity.label == "Romania"
                 and f.subject.entity.label == "missiles")  # fmt: skip
    assert (based.polarity, based.modality) == (P, "reported")
    assert not any(f.predicate == "deploys" and f.subject.entity.cls == "Person" for f in found)


def test_a_sides_own_official_announcing_its_deployment_is_on_the_record() -> None:
    """'Germany will station ..., German Defence Minister Klaus Brenner said': Germany's act, asserted."""
    text = "Germany will station a combat brigade in Lithuania by 2027, German Defence Minister Klaus Brenner said on Friday."
    ctx = context_for(text)
    found = {
        (f.subject.entity.label, f.predicate, f.object.entity.label, f.modality)
        for rule in RULES.values()
        if rule.name.startswith("deployment.")
        for f in rule.func(ctx)
    }
    assert ("Germany", "deploys", "combat brigade", "asserted") in found, found
    assert ("combat brigade", "locatedIn", "Lithuania", "asserted") in found, found  # where it goes, on the record too


def test_another_sides_deployment_stays_reported() -> None:
    text = "Russia will station Iskander missiles in Kaliningrad, Lithuanian Defence Minister Rasa Vaitkute said on Friday."
    ctx = context_for(text)
    found = {
        (f.subject.entity.label, f.predicate, f.modality)
        for rule in RULES.values()
        if rule.name.startswith("deployment.")
        for f in rule.func(ctx)
    }
    assert ("Russia", "deploys", "asserted") not in found, found
    assert not any(f[1] == "locatedIn" and f[2] == "asserted" for f in found), found


def test_the_host_countrys_official_confirming_a_deployment_is_on_the_record() -> None:
    """'NATO will station radars in Turkey, the Turkish foreign minister said': the host knows first hand."""
    host = "NATO will station early-warning radars in Turkey, Turkish Foreign Minister Selim Aydin said on Thursday."
    other = "NATO will station early-warning radars in Turkey, Iranian Foreign Minister Hamid Rezaei said on Thursday."
    for text, modality in ((host, "asserted"), (other, "reported")):
        found = {(f.subject.entity.label, f.predicate, f.modality) for f in facts(text) if f.predicate == "deploys"}
        assert found == {("NATO", "deploys", modality)}, (text, found)
