"""Rule table for kg.extract.interaction.rules on sentences written for this test (never CoNLL04's)."""

from __future__ import annotations

import pytest

from kg.analyse import analyse_doc
from kg.types import Article

# (sentence, subject, predicate, object, polarity, modality)
ROWS = [
    ("Police said Victor Kane killed Samuel Ortiz in March.", "Victor Kane", "killed", "Samuel Ortiz", "positive", "asserted"),
    ("Samuel Ortiz was murdered by Victor Kane outside a bar.", "Victor Kane", "killed", "Samuel Ortiz", "positive", "asserted"),
    ("Victor Kane, who shot Samuel Ortiz, was arrested.", "Victor Kane", "killed", "Samuel Ortiz", "positive", "asserted"),
    ("Victor Kane was convicted of killing Samuel Ortiz.", "Victor Kane", "killed", "Samuel Ortiz", "positive", "asserted"),
    ("Samuel Ortiz's assassin, Victor Kane, was executed.", "Victor Kane", "killed", "Samuel Ortiz", "positive", "asserted"),
    ("The assassination of Samuel Ortiz by Victor Kane shocked the town.", "Victor Kane", "killed", "Samuel Ortiz", "positive", "asserted"),
    ("Victor Kane did not kill Samuel Ortiz.", "Victor Kane", "killed", "Samuel Ortiz", "negative", "asserted"),
    ("Victor Kane tried to kill Samuel Ortiz.", "Victor Kane", "killed", "Samuel Ortiz", "positive", "hypothetical"),
    ("Police say Victor Kane could have killed Samuel Ortiz.", "Victor Kane", "killed", "Samuel Ortiz", "positive", "hypothetical"),
    ("Angela Merkel met with Emmanuel Macron in Berlin on Tuesday.", "Angela Merkel", "meetsWith", "Emmanuel Macron", "positive", "asserted"),
    ("Japan held talks with South Korea on trade.", "Japan", "negotiatesWith", "South Korea", "positive", "asserted"),
    ("Kenya and Uganda held talks in Nairobi.", "Kenya", "negotiatesWith", "Uganda", "positive", "asserted"),
    ("Kenya negotiated with Uganda for months.", "Kenya", "negotiatesWith", "Uganda", "positive", "asserted"),
    ("Norway signed a treaty with Sweden in 1905.", "Norway", "agreementWith", "Sweden", "positive", "asserted"),
    ("Kenya did not sign the deal with Uganda.", "Kenya", "agreementWith", "Uganda", "negative", "asserted"),
    ("Foreign Minister Nikos Alexiou hosted his Turkish counterpart, Selin Aydemir, in Athens.", "Nikos Alexiou", "meetsWith", "Selin Aydemir", "positive", "asserted"),
    ("Athens summoned the Turkish ambassador, Murat Kaya, on Friday.", "Athens", "meetsWith", "Murat Kaya", "positive", "asserted"),
    ("Talks between Kenya and Uganda resumed in Nairobi.", "Kenya", "negotiatesWith", "Uganda", "positive", "asserted"),
    ("Germany did not host Foreign Minister Sergei Lavrov.", "Germany", "meetsWith", "Sergei Lavrov", "negative", "asserted"),
]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj", "polarity", "modality"), ROWS)
def test_interaction_rule(nlp, text: str, subject: str, predicate: str, obj: str, polarity: str, modality: str) -> None:  # type: ignore[no-untyped-def]
    facts = analyse_doc(Article("t", text), nlp(text)).facts
    found = [f for f in facts if (f.subject.text, f.predicate, f.object.text) == (subject, predicate, obj)]
    assert found, f"no {subject} {predicate} {obj} in {[(f.subject.text, f.predicate, f.object.text) for f in facts]}"
    assert (found[0].polarity, found[0].modality) == (polarity, modality)


def test_symmetric_relations_are_emitted_once(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Angela Merkel met with Emmanuel Macron in Berlin on Tuesday."
    facts = [f for f in analyse_doc(Article("t", text), nlp(text)).facts if f.predicate == "meetsWith"]
    assert len(facts) == 1


def test_no_killing_without_a_killing_word(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Victor Kane visited Samuel Ortiz in hospital."
    assert [f for f in analyse_doc(Article("t", text), nlp(text)).facts if f.predicate == "killed"] == []


@pytest.mark.parametrize(
    "text",
    ["Mr Kennedy visits Manchester and Leicester this week.", "She received a letter from Mr Blair.", "Kenya hosted the summit in Nairobi."],
)
def test_visits_and_receipts_that_are_no_meeting(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = analyse_doc(Article("t", text), nlp(text)).facts
    assert not [f for f in facts if f.predicate == "meetsWith"]
