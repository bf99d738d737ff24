"""Rule table for typing mentions (kg.resolve.mentions) on sentences written for this test."""

from __future__ import annotations

import pytest

from kg.resolve.document import resolve_document
from kg.resolve.mentions import find_mentions

# (sentence, name, expected class or None when the words must not be an entity of that name)
ROWS = [
    ("Mr Hughes and Ms Jones said the plan was late.", "Hughes", "Person"),
    ("Lord Butler said the report was fair.", "Butler", "Person"),
    ("Labour said the plan was fair.", "Labour Party", "Organization"),
    ("The Home Office said the figures were wrong.", "Home Office", "Organization"),
    ("General Motors said profits rose.", "General Motors", "Organization"),
    ("He works at the Department of Public Utilities in Boston.", "Department of Public Utilities", "Organization"),
    ("Tony Blair visited the Jaffe Center for Strategic Studies.", "Jaffe Center for Strategic Studies", "Organization"),
    ("Halvorsen Shipping announced a deal.", "Halvorsen Shipping", "Organization"),
    ("Texas Gov. John Connally was shot.", "John Connally", "Person"),
    ("ROYAL OAK , Mich . ( AP ) A man was arrested.", "ROYAL OAK", "Place"),
    ("Jacobs , 20 , and Eddie Hatcher were charged.", "Jacobs", "Person"),
    ("Education Secretary Ruth Kelly and Work and Pensions Secretary Alan Johnson spoke.", "Education", None),
    ("Education Secretary Ruth Kelly and Work and Pensions Secretary Alan Johnson spoke.", "Ruth Kelly", "Person"),
    ("Former Tory Treasurer Lord Ashcroft gave money.", "Tory Treasurer Lord", None),
    ("Ex-Labour minister Frank Field spoke.", "Ex - Labour", None),
    ("Moscow did not accept the offer.", "Russia", "Country"),
    ("The talks were held in Moscow.", "Moscow", "Place"),
    ("Russians voted on Sunday.", "Russia", "Country"),
    ("U.S. officials met in Brussels.", "United States", "Country"),
    # a post-nominal names a person whatever the tagger says; a first name is no country code ("GUY")
    ("Guy Hartfield QC said the plan was flawed.", "Guy Hartfield QC", "Person"),
    ("Guy Hartfield QC said the plan was flawed.", "Guyana", None),
    # a firm's initials are no country code: BT is no Bhutan, nor GM the Gambia
    ("BT offered rivals equal access to its network.", "Bhutan", None),
    ("GM said it would cut 500 jobs.", "The Gambia", None),
    ("UK and US officials met in Brussels.", "United Kingdom", "Country"),
    # a name after a word for a firm or a body names the firm, whatever the tagger says
    ("Telecom analysts Ovum welcomed the move.", "Ovum", "Organization"),
    ("Using back taxes against firms like Halvorsen was a mistake, he said.", "Halvorsen", "Organization"),
]


@pytest.mark.parametrize(("text", "name", "cls"), ROWS)
def test_mention_class(nlp, text: str, name: str, cls: str | None) -> None:  # type: ignore[no-untyped-def]
    found = {m.name: m.cls for m in find_mentions(nlp(text))}
    if cls is None:
        assert name not in found, found
    else:
        assert found.get(name) == cls, found


def test_surname_of_a_person_here_is_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    """The model's own tags vary by version, so this Doc carries hand-set ones."""
    from spacy.tokens import Span

    doc = nlp("Vince Cable spoke first. Later Cable met the press.")
    doc.ents = [Span(doc, 0, 2, "PERSON"), Span(doc, 6, 7, "ORG")]
    found = [(m.name, m.cls) for m in find_mentions(doc)]
    assert found == [("Vince Cable", "Person"), ("Cable", "Person")], found


def test_a_one_word_organisation_stays_one(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Span

    doc = nlp("Vince Cable spoke first. Later Unison met the press.")
    doc.ents = [Span(doc, 0, 2, "PERSON"), Span(doc, 6, 7, "ORG")]
    assert [(m.name, m.cls) for m in find_mentions(doc)][1] == ("Unison", "Organization")


def test_a_person_before_a_possessive_country_stays_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    """'Ryabkov, Russia's deputy foreign minister' is an apposition, not 'town, country'."""
    found = {m.name: m.cls for m in find_mentions(nlp("Talks were led by Sergei Ryabkov, Russia's deputy foreign minister, in Geneva."))}
    assert found.get("Sergei Ryabkov") == "Person", found


def test_an_organisation_named_for_a_country(nlp) -> None:  # type: ignore[no-untyped-def]
    found = {m.name: m.cls for m in find_mentions(nlp("Universities UK condemned the proposals, and the UK government replied."))}
    assert found.get("Universities UK") == "Organization", found
    assert found.get("United Kingdom") == "Country", found


def test_a_body_of_a_place_is_one_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    found = [(m.name, m.cls) for m in find_mentions(nlp("Ministers will meet the Muslim Council of Britain in Leeds."))]
    assert ("Muslim Council of Britain", "Organization") in found
    assert not any(name == "Britain" for name, _ in found)


def test_a_body_named_before_its_officer_is_its_own_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    found = [(m.name, m.cls) for m in find_mentions(nlp("But general secretary of the rail union Aslef Tom Marsh criticised the plans."))]
    assert ("Aslef", "Organization") in found
    assert ("Tom Marsh", "Person") in found


def test_a_surname_stays_the_person_a_place_phrase_follows(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Lord X of Y, his first constituency": the apposition describes Y, not the man.
    text = (
        "Peter Morgan has accepted a peerage. Mr Morgan said he had doubts. The former Labour leader said "
        "he would probably take the title of Lord Morgan of Islwyn - his first constituency."
    )
    doc = nlp(text)
    mentions = resolve_document(doc)
    token = next(t for t in doc if t.text == "Morgan" and doc[t.i - 1].text == "Mr")
    found = mentions.at(token)
    assert found is not None and found.entity.cls == "Person" and found.entity.label == "Peter Morgan"


def test_an_acronym_tagged_as_a_place_names_a_group_or_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    """Hand-set GPE tags, as the model gives 'G7' and 'BT' in business news: an acronym names a body, a city's stays one."""
    from spacy.tokens import Span

    doc = nlp("G7 ministers met BT and flew to LA.")
    doc.ents = [Span(doc, 0, 1, "GPE"), Span(doc, 3, 4, "GPE"), Span(doc, 7, 8, "GPE")]
    found = {m.name: m.cls for m in find_mentions(doc)}
    assert found == {"G7": "Organization", "BT": "Organization", "LA": "Place"}, found
