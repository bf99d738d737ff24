"""Across articles: one node per entity, and closeMatch where a merge would be a guess."""

from __future__ import annotations

from kg.resolve.corpus import merge_entities
from kg.types import Entity


def person(label: str) -> Entity:
    return Entity(f"person:{label.lower()}", "Person", label)


def org(label: str) -> Entity:
    return Entity(f"organization:{label.lower()}", "Organization", label)


def test_surname_joins_the_one_full_name() -> None:
    corpus = merge_entities([person("Tony Blair"), person("Blair")])
    assert corpus.resolve(person("Blair")).label == "Tony Blair"
    assert "Blair" in corpus.resolve(person("Blair")).aliases


def test_middle_initial_variant_merges() -> None:
    corpus = merge_entities([person("George Bush"), person("George W Bush")])
    assert corpus.resolve(person("George Bush")).key == "person:george w bush"


def test_different_first_names_do_not_merge() -> None:
    corpus = merge_entities([person("Tony Blair"), person("Cherie Blair")])
    assert corpus.resolve(person("Tony Blair")).key != corpus.resolve(person("Cherie Blair")).key


def test_ambiguous_surname_is_a_close_match() -> None:
    corpus = merge_entities([person("Alastair Campbell"), person("Menzies Campbell"), person("Campbell")])
    assert corpus.resolve(person("Campbell")).key == "person:campbell"
    assert ("person:campbell", "person:alastair campbell") in corpus.close_matches
    assert ("person:campbell", "person:menzies campbell") in corpus.close_matches


def test_shared_neighbours_pick_the_right_full_name() -> None:
    docs = [
        [person("Menzies Campbell"), org("Liberal Democrats")],
        [person("Alastair Campbell"), org("Downing Street")],
        [person("Campbell"), org("Liberal Democrats")],
    ]
    corpus = merge_entities([e for d in docs for e in d], documents=docs)
    assert corpus.resolve(person("Campbell")).label == "Menzies Campbell"


def test_surname_without_shared_context_is_only_a_close_match() -> None:
    docs = [
        [person("Charles Kennedy"), org("Liberal Democrats")],
        [person("Kennedy"), person("Sirhan"), org("Secret Service")],
    ]
    corpus = merge_entities([e for d in docs for e in d], documents=docs)
    assert corpus.resolve(person("Kennedy")).key == "person:kennedy"
    assert ("person:kennedy", "person:charles kennedy") in corpus.close_matches


def test_new_article_merges_with_the_store() -> None:
    corpus = merge_entities([person("Blair")], known=[Entity("person:tony blair", "Person", "Tony Blair", frozenset({"Blair"}))])
    assert corpus.resolve(person("Blair")).key == "person:tony blair"


def test_a_peers_title_is_no_given_name() -> None:
    corpus = merge_entities([person("Lord Hartley"), person("Hartley")])
    assert corpus.resolve(person("Hartley")).label == "Lord Hartley"
    corpus = merge_entities([person("Robin Hartley"), person("Lord Hartley")])
    assert corpus.resolve(person("Lord Hartley")).key == "person:robin hartley"
    corpus = merge_entities([person("Lord Hartley"), person("Lady Hartley"), person("Baroness Hartley")])
    assert corpus.resolve(person("Lord Hartley")).key == "person:lord hartley"  # not fuller than each other


def plan(label: str, *aliases: str) -> Entity:
    return Entity(f"plan:{label.lower()}", "Plan", label, frozenset(aliases))


def test_plans_to_do_something_are_that_act() -> None:
    proposed = plan("plans to cut tuition fees", "cutting tuition fees", "cut tuition fees")
    corpus = merge_entities([proposed, plan("cutting tuition fees", "cut tuition fees")])
    merged = corpus.resolve(proposed)
    assert merged.key == "plan:cutting tuition fees"
    assert "plans to cut tuition fees" in merged.aliases


def test_a_shorter_name_of_a_plan_is_not_another_plan() -> None:
    pubs = plan("ban on smoking in pubs", "ban on smoking")
    corpus = merge_entities([pubs, plan("ban on smoking")])
    assert corpus.resolve(pubs).key == "plan:ban on smoking in pubs"


def test_plans_whose_act_is_no_node_stay_themselves() -> None:
    proposed = plan("plans to cut tuition fees", "cutting tuition fees")
    assert merge_entities([proposed]).resolve(proposed).label == "plans to cut tuition fees"
