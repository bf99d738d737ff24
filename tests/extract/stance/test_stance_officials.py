"""An official's stance commits the government or the body whose post they hold.

Invented sentences: a minister named with their country's post speaks for its government, a
chairman for the firm; an opposition leader, a shadow minister or a former one, a party's MP and
a stance on a person commit nobody but the speaker.
"""

from __future__ import annotations

from stance_facts import rows


def holders(text: str, plan: str) -> set[str]:
    return {s for s, _, o, _, _ in rows(text) if o == plan}


def test_a_minister_speaks_for_the_government() -> None:
    text = "Norwegian Finance Minister Karl Ostrander attacked the restrictive trade policies of the G7."
    assert holders(text, "restrictive trade policies") == {"Karl Ostrander", "Norway"}


def test_a_chairman_speaks_for_the_firm() -> None:
    text = "Halvorsen Shipping chairman Erik Lund backed the port tax."
    assert holders(text, "port tax") == {"Erik Lund", "Halvorsen Shipping"}


def test_posts_out_of_office_commit_nobody_else() -> None:
    for post in ("opposition leader", "former Finance Minister", "shadow Finance Minister"):
        text = f"Norwegian {post} Karl Ostrander attacked the restrictive trade policies of the G7."
        assert holders(text, "restrictive trade policies") == {"Karl Ostrander"}, post


def test_a_stance_on_a_person_stays_the_speaker_s() -> None:
    text = "Norwegian Finance Minister Karl Ostrander praised Gro Hansen."
    assert not any(s == "Norway" for s, _, _, _, _ in rows(text))


def test_a_body_named_where_an_official_speaks_is_not_their_side() -> None:
    text = ("Sir Alan Reed, chairman of the organisation, criticised the amnesty plan. "
            "He said Office of National Statistics data were accurate and the Office of National Statistics was right.")
    assert "Office of National Statistics" not in holders(text, "amnesty plan")
