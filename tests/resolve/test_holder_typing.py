"""Names of stance holders typed and labelled as a reader takes them (kg.resolve), on sentences written for this test.

An acronym is an organisation, a hyphenated surname after 'Mr' a person, an occupation
before a name no part of it, a lower-case parliamentary committee an organisation, and
'MPs' no name at all.
"""

from __future__ import annotations

import pytest

from kg.resolve.document import resolve_document

ROWS = [
    # (text, mention text, expected class and label, or None when no entity may be read there)
    ("Association of Chief Police Officers president Jo Hale spoke. Acpo made its call for new powers.",
     "Acpo", ("Organization", "Association of Chief Police Officers")),
    ("The Association of Directors of Social Services (ADSS) met. Jo Hale said: \"But ADSS fully backs the plan.\"",
     "ADSS", ("Organization", "Association of Directors of Social Services")),
    ("Robert Kilroy-Silk left the party. Mr Kilroy-Silk promised a new policy on immigration.",
     "Kilroy-Silk", ("Person", "Robert Kilroy-Silk")),
    ("Farmer Geoff Brooks, a member of the hunt, said the ban was wrong.", "Geoff Brooks", ("Person", "Geoff Brooks")),
    ("A report by the Commons work and pensions committee urged reform.",
     "Commons work and pensions committee", ("Organization", "Commons work and pensions committee")),
    ("Murder sentences should not be cut, says a new MPs' report.", "MPs", None),
    # A title before an all-capitals word leaves it a person's name.
    ("Mr ABBOTT said the plan was wrong.", "ABBOTT", ("Person", "ABBOTT")),
]


@pytest.mark.parametrize(("text", "word", "expected"), ROWS)
def test_holder_names_are_typed(nlp, text: str, word: str, expected: tuple[str, str] | None) -> None:  # type: ignore[no-untyped-def]
    entities = resolve_document(nlp(text))
    found = {(m.entity.cls, m.entity.label) for m in entities.mentions if m.text == word}
    if expected is None:
        assert not found, found
    else:
        assert expected in found, [(m.text, m.entity.cls, m.entity.label) for m in entities.mentions]
