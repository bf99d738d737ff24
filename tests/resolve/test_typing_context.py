"""Types the phrase around a name gives away (kg.resolve.typing_context), on sentences written for this test."""

from __future__ import annotations

import pytest

from kg.resolve.mentions import find_mentions
from kg.resolve.typing_context import is_designation

# (sentence, name, expected class or None when no mention may carry that name)
ROWS = [
    # A weapon's designation is a system, whatever the model tags it.
    ("Senators said the missile, known as GLCM-X, would be too costly.", "GLCM-X", "System"),
    ("Moscow said it would answer the deployment of the SM-6 with new weapons.", "SM-6", "System"),
    # A name in apposition right after a ship noun is the ship.
    ("Britain sent the destroyer Hugh Dawson to the Gulf.", "Hugh Dawson", "System"),
    ("Ankara kept the drilling ship Yavuz off the coast for weeks.", "Yavuz", "System"),
    ("The ship's captain, Hugh Dawson, spoke to reporters.", "Hugh Dawson", "Person"),
    ("The navy fitted the W88-1 warheads to its missiles.", "W88", None),
    # The first words of a system's own name are no organisation or person.
    ("Poland bought the Wisla IV radar from the United States.", "Wisla", None),
    ("Germany sent the Patriot missile system to Poland.", "Patriot", None),
    # An apposition or "the town of" says a name is a place, and every use of it in the article follows.
    ("Troops arrived at Skrunda, a small town near the coast. Later the mayor of Skrunda met them.", "Skrunda", "Place"),
    ("Jane Hill, the Labour MP for Ashby Moor, said the plan was wrong.", "Ashby Moor", "Place"),
    ("The ship sailed to the waters south of Kalymnos on Monday.", "Kalymnos", "Place"),
    ("The missiles are at Kremnica, a former air base in the south.", "Kremnica", "Place"),
    # A capital the model takes for a person acts for its country.
    ("The foreign minister said Ankara had rejected a request to share data.", "Turkey", "Country"),
    # A one-word name the article uses as a place is a place wherever the model took it for a person...
    ("Labour chooses Manchester. The conference will be in Manchester, the party said.", "Manchester", "Place"),
    # ...unless a person named here bears it.
    ("John Bolton visited Bolton. Bolton said the town was fine.", "Bolton", "Person"),
    # A UK nation or US state alone is a place, whatever the tag.
    ("Wales said no.", "Wales", "Place"),
    ("Ken doesn't think so, he said.", "Ken", "Person"),  # not the abbreviation of a state
    # An office held in it says a name is an organisation; a later untagged use follows.
    ("Johnson met the chair of Ofcom, Lord Grade, on Friday. Ofcom declined to comment.", "Ofcom", "Organization"),
    # A sector noun before a UK nation names an industry body, not the country.
    ("Water UK, which represents the suppliers, said bills would rise.", "Water UK", "Organization"),
    ("Water UK, which represents the suppliers, said bills would rise.", "United Kingdom", None),
    # What must not change.
    ("The report was written for the Foreign Policy Centre think tank.", "Foreign Policy Centre", "Organization"),
    ("The G-20 summit opened in London.", "G-20", None),
    ("NATO said its missile shield threatened nobody.", "NATO", "Organization"),
]


@pytest.mark.parametrize(("text", "name", "cls"), ROWS)
def test_mention_class(nlp, text: str, name: str, cls: str | None) -> None:  # type: ignore[no-untyped-def]
    found = [(m.name, m.cls) for m in find_mentions(nlp(text))]
    if cls is None:
        assert name not in {n for n, _ in found}, found
    else:
        assert (name, cls) in found and all(c == cls for n, c in found if n == name), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [("F-35", True), ("S-400", True), ("W88-1", True), ("Su-57", True), ("SLCM-N", True), ("MQ-9", True),
     ("G-20", False), ("Covid-19", False), ("AFL-CIO", False), ("M25", False), ("EU-27", False), ("NATO", False)],
)  # fmt: skip
def test_designation_shape(text: str, expected: bool) -> None:
    assert is_designation(text) is expected
