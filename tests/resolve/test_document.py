"""Within one article: name variants, acronyms, countries and pronouns join their entity."""

from __future__ import annotations

import pytest

from kg.resolve.document import resolve_document

# (text, mention text, label of the entity it must resolve to)
ROWS = [
    ("Tony Blair spoke on Monday. Mr Blair said the plan was sound.", "Blair", "Tony Blair"),
    ("Patricia Hewitt opened the debate. Ms Hewitt said the bill was fair.", "Ms Hewitt", "Patricia Hewitt"),
    ("The North Atlantic Treaty Organization met in May. NATO said it would act.", "NATO", "North Atlantic Treaty Organization"),
    ("The United States sent troops. U.S. officials said America would stay.", "America", "United States"),
    ("The United States sent troops. U.S. officials said America would stay.", "U.S.", "United States"),
    ("Ellen Tauscher arrived in Bonn on Monday. She said the talks went well.", "She", "Ellen Tauscher"),
    ("Robert Kennedy was leaving the hotel when Sirhan Sirhan shot him.", "him", "Robert Kennedy"),
    ("Deputy Defence Minister Anatoly Antonov spoke. Later the deputy minister said no.", "minister", "Anatoly Antonov"),
]


@pytest.mark.parametrize(("text", "mention", "label"), ROWS)
def test_mention_joins_entity(nlp, text: str, mention: str, label: str) -> None:  # type: ignore[no-untyped-def]
    entities = resolve_document(nlp(text))
    at = text.rindex(mention)
    found = {m.start: m.entity.label for m in entities.mentions}
    assert found.get(at) == label, [(m.text, m.entity.label) for m in entities.mentions]


def test_two_people_sharing_a_surname_stay_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Tony Blair and Cherie Blair arrived together."
    labels = {e.label for e in resolve_document(nlp(text)).entities.values() if e.cls == "Person"}
    assert {"Tony Blair", "Cherie Blair"} <= labels
