"""Pronouns join people of their gender: honorifics, first names, and earlier pronouns say which."""

from __future__ import annotations

import pytest

from kg.resolve.document import resolve_document
from kg.resolve.gender import first_name_gender, honorific_gender

CASES = [
    # (text, pronoun, the person it must join)
    ("Ellen Tauscher met Sergei Ryabkov in Moscow. She said the talks went well.", "She", "Ellen Tauscher"),
    ("Ellen Tauscher met Sergei Ryabkov in Moscow. He said the talks went well.", "He", "Sergei Ryabkov"),
    ("Ms Clarke spoke after Mr Howard. She said the charity needed money.", "She", "Clarke"),
    ("Patricia Hewitt praised a charity which Michael Howard opposed. She said it did good work.", "She", "Patricia Hewitt"),
]


@pytest.mark.parametrize(("text", "pronoun", "person"), CASES)
def test_pronouns_agree_in_gender(nlp, text: str, pronoun: str, person: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    entities = resolve_document(doc)
    token = next(t for t in doc if t.text == pronoun)
    mention = entities.at(token)
    assert mention is not None and mention.entity.label == person, mention


def test_evidence_words() -> None:
    assert honorific_gender("Mr") == "m" and honorific_gender("Ms.") == "f" and honorific_gender("Dr") is None
    assert first_name_gender("Ellen Tauscher") == "f" and first_name_gender("Anatoly Antonov") == "m"
    assert first_name_gender("Tauscher") is None


def test_mrs_howard_is_not_michael_howard(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Michael Howard spoke in Bournemouth. Mrs Howard used her speech to praise a drugs charity."
    entities = resolve_document(nlp(text))
    people = {e.label for e in entities.entities.values() if e.cls == "Person"}
    assert {"Michael Howard", "Mrs Howard"} <= people, people


def test_mr_blair_is_tony_blair(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Tony Blair spoke in Sedgefield. Mr Blair said the economy was strong."
    entities = resolve_document(nlp(text))
    people = {e.label for e in entities.entities.values() if e.cls == "Person"}
    assert people == {"Tony Blair"}, people
