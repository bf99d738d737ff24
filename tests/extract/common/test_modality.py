"""Polarity and modality of an anchor, on real sentences: what is denied, what only imagined."""

from __future__ import annotations

import pytest

from kg.extract.common.modality import polarity_and_modality

ASSERTED = ("positive", "asserted")
NEGATED = ("negative", "asserted")
HYPOTHETICAL = ("positive", "hypothetical")

CASES = [
    # sentence, anchor word, (polarity, modality)
    ("The U.S. will deploy interceptors in Poland next year.", "deploy", ASSERTED),
    ("The system will not be deployed in Poland.", "deployed", NEGATED),
    ("Russia never deployed the radar in Armenia.", "deployed", NEGATED),
    ("The U.S. will no longer deploy interceptors in Poland.", "deploy", NEGATED),
    ("The U.S. will deploy no interceptors in Poland.", "deploy", NEGATED),
    ("Russia did not build or deploy the radar.", "deploy", NEGATED),
    ("Moscow did not reject the deal but welcomed the treaty.", "welcomed", ASSERTED),
    ("Moscow did not reject the deal but welcomed the treaty.", "reject", NEGATED),
    ("Russia would welcome the plan if Washington dropped the radar.", "welcome", HYPOTHETICAL),
    ("Russia would welcome the plan if Washington dropped the radar.", "dropped", HYPOTHETICAL),
    ("Unless Washington drops the plan, Russia will deploy missiles in Kaliningrad.", "deploy", HYPOTHETICAL),
    ("Russia could deploy missiles in Kaliningrad.", "deploy", HYPOTHETICAL),
    ("Washington would like to post a joint memorandum.", "post", HYPOTHETICAL),
    ("The Pentagon wants to station interceptors in Romania.", "station", HYPOTHETICAL),
    ("Labour did not want to scrap the tax.", "scrap", ("negative", "hypothetical")),
    # Negation of the main clause does not reach into a participle on its subject.
    ("U.S. missiles based in Romania will never be able to intercept Russian missiles.", "based", ASSERTED),
    ("U.S. missiles based in Romania will never be able to intercept Russian missiles.", "intercept",
     ("negative", "hypothetical")),
    # A noun anchor: the governing verb's negation says nothing about the deployment itself.
    ("Russia did not accept the deployment of the radar in Turkey.", "deployment", ASSERTED),
    ("There will be no deployment of missiles in Poland.", "deployment", NEGATED),
    ("The U.S. could start the deployment of missiles in Poland.", "deployment", HYPOTHETICAL),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "word", "expected"), CASES)
def test_polarity_and_modality(nlp, sentence: str, word: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(sentence)
    anchor = next(t for t in doc if t.text == word)
    assert polarity_and_modality(anchor) == expected


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Diplomats said Budapest was unlikely to veto the sanctions package.", "veto"),
        ("Analysts say Moscow is likely to reject the offer.", "reject"),
        ("The navy is due to deploy the frigates next year.", "deploy"),
    ],
)
def test_likelihood_and_schedules_are_not_events(nlp, sentence: str, word: str) -> None:  # type: ignore[no-untyped-def]
    from kg.extract.common.modality import polarity_and_modality

    token = next(t for t in nlp(sentence) if t.text == word)
    assert polarity_and_modality(token)[1] == "hypothetical"
