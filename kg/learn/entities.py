"""The entity recogniser fine-tuned on CoNLL04, swapped into the spaCy pipeline on request.

``benchmarks/train_entities.py`` fine-tunes the model's own NER component on CoNLL04
train (same architecture, same labels), so swapping it in is loading weights into
the existing component: every later step reads PERSON/ORG/GPE entities as before.
"""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)

ENTITIES_NAME = "conll04_ner"
# spaCy labels that CoNLL04 annotates, as its entity types.
CONLL_TYPES = {"PERSON": "Peop", "ORG": "Org", "GPE": "Loc", "LOC": "Loc", "FAC": "Loc"}
CONLL_LABELS = tuple(CONLL_TYPES)


def conll_entity_type(label: str) -> str | None:
    """The CoNLL04 type of a spaCy entity label (``None``: CoNLL04 calls it Other or nothing)."""
    return CONLL_TYPES.get(label)


def shipped_entities_path() -> Path:
    """Where the fine-tuned NER weights live (``kg/data/conll04_ner/model.bin``)."""
    return Path(str(resources.files("kg.data").joinpath(ENTITIES_NAME, "model.bin")))


def use_learned_entities(nlp: Language, path: Path | None = None) -> None:
    """Load the fine-tuned weights into ``nlp``'s NER component (in place)."""
    path = path or shipped_entities_path()
    if not path.is_file():
        raise ModelError(
            f"no fine-tuned entity recogniser at {path}; run benchmarks/train_entities.py or drop --learned"
        )
    try:
        nlp.get_pipe("ner").from_bytes(path.read_bytes())  # type: ignore[attr-defined]
    except (ValueError, KeyError) as exc:
        raise ModelError(
            f"the entity recogniser at {path} does not fit the model {nlp.meta.get('name')} ({exc}); "
            "retrain it with benchmarks/train_entities.py for this model"
        ) from exc
    log.info("entity recogniser: fine-tuned on CoNLL04 (%s)", path)
