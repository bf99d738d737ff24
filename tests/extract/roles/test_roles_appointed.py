"""Posts given and posts named by the work: 'appointed X as his campaign director', 'senior research fellow'."""

from __future__ import annotations

import pytest

from role_facts import Row, plain_facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr Carter appointed Mr Doyle as his campaign director last month.", ("Doyle", "holdsRole", "campaign director")),
        ("Anna Price was named chief executive of the trust in May.", ("Anna Price", "holdsRole", "chief executive of the trust")),
        ("Labour elected Tom Hart as its general secretary.", ("Tom Hart", "holdsRole", "general secretary")),
        ("Mark Hollis, senior research fellow at the Demos think tank, told reporters the scheme was flawed.",
         ("Mark Hollis", "holdsRole", "senior research fellow")),
        ("Anna Reed, assistant clerk of the records office, says the index will help historians.",
         ("Anna Reed", "holdsRole", "assistant clerk of the records office")),
        ("Helen Ward, agent for the Bath Liberal Democrats, said the candidate had withdrawn.", ("Helen Ward", "holdsRole", "agent")),
    ],
)  # fmt: skip
def test_a_post_given_or_named_by_its_work(nlp, text: str, expected: Row) -> None:  # type: ignore[no-untyped-def]
    assert expected in plain_facts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The board is expected to appoint John Reid as chairman.",
        "The party did not appoint Sarah Lee as treasurer.",
        "The club will appoint Ian Gray as manager next week.",
        "Did the council appoint Rosa Diaz as clerk?",
    ],
)
def test_a_post_not_yet_or_not_given_is_no_fact(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(p == "holdsRole" for _, p, _ in plain_facts(nlp, text))


def test_a_persons_description_parsed_apart_is_no_plan(nlp) -> None:  # type: ignore[no-untyped-def]
    facts = plain_facts(nlp, "Lord Allen - a senior law lord - said the rules were unlawful.")
    assert not any(p in {"opposes", "supports", "proposes"} and o == "senior law" for _, p, o in facts)
