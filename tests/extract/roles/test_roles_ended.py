"""A post ended by an act told as done ('the army ousted long-serving leader X') is no post held now; 'peer' in
'peer to peer' is no title."""

from __future__ import annotations

import pytest

from role_facts import plain_facts


@pytest.mark.parametrize(
    "text",
    [
        "Last year the army ousted long-serving leader Ivan Petrenko in a coup.",
        "Voters in Moldavia ousted their long-serving leader Ivan Petrenko last year.",
        "Long-serving leader Ivan Petrenko was ousted in March.",
        "The board sacked chief executive Ivan Petrenko after the losses.",
    ],
)
def test_a_post_ended_by_an_act_is_not_held(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(s == "Ivan Petrenko" and p == "holdsRole" for s, p, _ in plain_facts(nlp, text))


def test_a_post_an_act_will_end_is_held_until_then(nlp) -> None:  # type: ignore[no-untyped-def]
    assert ("Ivan Petrenko", "holdsRole", "leader") in plain_facts(nlp, "The party will oust leader Ivan Petrenko next week.")


@pytest.mark.parametrize(
    "text",
    [
        "Tom Reyes, chief executive of Zapdisk - a peer to peer network that sells songs - says the ads should stop.",
        "Tom Reyes, founder of Zapdisk, a paid peer-to-peer music site, thinks the ads should stop.",
    ],
)
def test_peer_to_peer_is_no_title(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(o == "peer" for _, p, o in plain_facts(nlp, text) if p == "holdsRole")


def test_a_peer_is_still_a_title(nlp) -> None:  # type: ignore[no-untyped-def]
    facts = plain_facts(nlp, "Lord Hart, a Labour peer, said the bill was flawed.")
    assert any(s == "Lord Hart" and p == "holdsRole" and o.endswith("peer") for s, p, o in facts)
