"""The spaCy pipeline newskg loads: sentence breaks at line ends, datelines apart, parties and honoured names, lemmas fixed."""

from __future__ import annotations


def test_a_headline_does_not_run_into_the_dateline(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Romania rejects Russian demand\n\nBUCHAREST, May 7 (Newswire) -- Romania rejected the demand. It was clear.")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences[0] == "Romania rejects Russian demand"
    assert sentences[1] == "BUCHAREST, May 7 (Newswire) --"
    assert sentences[2] == "Romania rejected the demand."


def test_the_dateline_city_is_not_the_first_sentences_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("LONDON, November 9 (Newswire) -- Shadow Home Secretary Margaret Hollis attacked the bill.")
    london = doc[0]
    assert london.sent.start != next(t for t in doc if t.text == "Hollis").sent.start


def test_parties_carry_their_canonical_names(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Tory leader Michael Howard and the Lib Dems attacked the plan.")
    assert {(e.text, e.ent_id_) for e in doc.ents if e.ent_id_} == {
        ("Tory", "Conservative Party"),
        ("Lib Dems", "Liberal Democrats"),
    }


def test_a_name_with_an_honorific_is_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    """The model misses "Mr Wood" in this sentence; the honorific names him."""
    doc = nlp("Mr Wood and Ms Park criticised the plan to close the library.")
    assert ("Mr Wood", "PERSON") in {(e.text, e.label_) for e in doc.ents}


def test_a_title_after_an_honorific_is_no_name(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Mr Speaker ruled the motion out of order, and the Lord Chancellor agreed.")
    assert not [e for e in doc.ents if e.label_ == "PERSON"]


def test_words_the_rules_look_up_by_lemma_get_the_right_lemma(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The council axed the new taxes and hoped to close two bases.")
    lemmas = {t.lower_: t.lemma_ for t in doc}
    assert (lemmas["axed"], lemmas["taxes"], lemmas["hoped"], lemmas["bases"]) == ("axe", "tax", "hope", "base")


def test_taxes_axed_are_opposed(nlp) -> None:  # type: ignore[no-untyped-def]
    from kg.analyse import analyse_doc
    from kg.types import Article

    text = "Labour announced new green taxes in May. In June the Hillford Council axed the taxes."
    facts = analyse_doc(Article("t", text), nlp(text)).facts
    assert ("Hillford Council", "opposes", "green taxes") in {(f.subject.entity.label, f.predicate, f.object.entity.label) for f in facts}
