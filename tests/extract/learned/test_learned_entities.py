"""The entity recogniser fine-tuned on CoNLL04: it loads into the pipeline, reads names the
small model misses, and says clearly when its weights are absent or do not fit.

The sentences are written for this test; CoNLL04's may not be redistributed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import ModelError
from kg.learn.entities import conll_entity_type, shipped_entities_path, use_learned_entities
from kg.nlp import load_model

SENTENCES = [
    "Gov. Mario Cuomo of New York met with aides in Albany on Tuesday .",
    "The Red Cross , based in Geneva , sent doctors to the border .",
    "Robert Kennedy was shot by Sirhan Sirhan in Los Angeles in 1968 .",
]


@pytest.fixture(scope="module")
def learned():  # type: ignore[no-untyped-def]
    return load_model(learned_entities=True)


def test_shipped_weights_exist_and_are_small() -> None:
    path = shipped_entities_path()
    assert path.is_file(), "run benchmarks/train_entities.py"
    assert path.stat().st_size <= 25_000_000


def test_the_learned_pipeline_is_a_separate_model(nlp, learned) -> None:  # type: ignore[no-untyped-def]
    assert learned is not nlp
    assert learned.pipe_names == nlp.pipe_names
    differing = [s for s in SENTENCES if [(e.text, e.label_) for e in nlp(s).ents] != [(e.text, e.label_) for e in learned(s).ents]]
    assert differing, "the fine-tuned weights changed no entity on these sentences: were they loaded?"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (SENTENCES[0], "Mario Cuomo", "Peop"),
        (SENTENCES[0], "Albany", "Loc"),
        (SENTENCES[1], "Red Cross", "Org"),
        (SENTENCES[1], "Geneva", "Loc"),
        (SENTENCES[2], "Sirhan Sirhan", "Peop"),
        (SENTENCES[2], "Los Angeles", "Loc"),
    ],
)
def test_reads_news_names_with_their_types(learned, text: str, name: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    found = {(e.text.removeprefix("Gov. "), conll_entity_type(e.label_)) for e in learned(text).ents}
    assert (name, kind) in found, found


def test_missing_weights_say_what_to_run(tmp_path: Path) -> None:
    import spacy

    with pytest.raises(ModelError, match="train_entities.py"):
        use_learned_entities(spacy.blank("en"), tmp_path / "absent.bin")


def test_weights_that_do_not_fit_the_model_are_refused(tmp_path: Path) -> None:
    import spacy

    blank = spacy.blank("en")
    blank.add_pipe("ner")
    junk = tmp_path / "model.bin"
    junk.write_bytes(b"not a spaCy component")
    with pytest.raises(ModelError, match="does not fit"):
        use_learned_entities(blank, junk)
