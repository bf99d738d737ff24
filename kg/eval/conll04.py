"""Score newskg's relation rules on CoNLL04 (Roth & Yih 2004, SpERT JSON split).

Each CoNLL04 sentence is detokenised (tokens joined with single spaces), run
through the real pipeline (``analyse_doc``) as its own article, and the
asserted facts are mapped to CoNLL04 relation types:

=============  ==========================================================
CoNLL04 type   newskg predicates
=============  ==========================================================
Work_For       worksFor, heads, memberOf
Live_In        livesIn
OrgBased_In    basedIn; locatedIn whose subject is an Organization
Located_In     locatedIn whose subject is a Place or Country
Kill           killed
=============  ==========================================================

``locatedIn`` is split by *our* subject class, not by the gold entity type, so
a mistyped subject costs the point as it would in any strict scorer.

Scoring is SpERT-strict: a predicted relation is correct when its type, both
argument spans (as the CoNLL04 tokens they cover, so "Ethiopia" read from the
dataset's token "Ethiopia." is that token; a leading "the/a/an" ignored on either side)
and both argument entity types (Person→Peop, Organization→Org, Place and
Country→Loc) match a gold relation. Only asserted facts count. A pronoun or
description argument is replaced by the nearest name mention of the same
entity in the sentence; without one the fact stays a prediction that cannot
match.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import InputError
from kg.eval.scoring import Report, score_sets
from kg.types import Article

if TYPE_CHECKING:
    from kg.types import DocumentResult, Fact, Mention

log = logging.getLogger(__name__)

RELATION_TYPES = ("Kill", "Live_In", "Located_In", "OrgBased_In", "Work_For")
ENTITY_TYPES = {"Person": "Peop", "Organization": "Org", "Place": "Loc", "Country": "Loc"}
PREDICATE_TYPES = {
    "worksFor": "Work_For",
    "heads": "Work_For",
    "memberOf": "Work_For",
    "livesIn": "Live_In",
    "basedIn": "OrgBased_In",
    "killed": "Kill",
}
PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself", "it", "its", "they", "them", "their", "we", "us", "our", "i", "me", "my"}
_DETERMINER = re.compile(r"(?i)(the|a|an)\s+")

Arg = tuple[int, int, str]  # character start, end, CoNLL entity type
Item = tuple[int, Arg, Arg]  # sentence index, head, tail


@dataclass(frozen=True)
class Sentence:
    """One CoNLL04 sentence as text, with its gold relations as scorable items."""

    index: int
    text: str
    gold: tuple[tuple[str, Item], ...]


def load_sentences(path: Path) -> list[Sentence]:
    """Read a SpERT-format CoNLL04 file into detokenised sentences with gold items."""
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read CoNLL04 data ({exc})", path=str(path)) from exc
    sentences = []
    for index, record in enumerate(records):
        tokens: list[str] = record["tokens"]
        starts, pos = [], 0
        for token in tokens:
            starts.append(pos)
            pos += len(token) + 1
        text = " ".join(tokens)

        def arg(entity: dict[str, object]) -> Arg:
            start, end = int(entity["start"]), int(entity["end"])  # type: ignore[call-overload]
            first, last = starts[start], starts[end - 1] + len(tokens[end - 1])
            return (*_strip_determiner(text, first, last), str(entity["type"]))

        entities = record["entities"]
        gold = tuple(
            (r["type"], (index, arg(entities[r["head"]]), arg(entities[r["tail"]]))) for r in record["relations"]
        )
        sentences.append(Sentence(index, text, gold))
    return sentences


def evaluate_conll04(
    data_dir: Path,
    split: str = "dev",
    *,
    model: str | None = None,
    threshold: float | None = None,
    limit: int | None = None,
    learned: bool = False,
) -> Report:
    """Run the pipeline on one CoNLL04 split and score it per relation type and micro-averaged.

    Args:
        data_dir: the directory holding ``conll04_{split}.json``.
        split: ``train``, ``dev`` or ``test`` (tune on train/dev only).
        model: spaCy model name or path; ``None`` uses newskg's default.
        threshold: minimum rule confidence; ``None`` uses the build default.
        limit: score only the first ``limit`` sentences (for quick checks).
    """
    from kg.extract import DEFAULT_THRESHOLD

    path = Path(data_dir) / f"conll04_{split}.json"
    if not path.is_file():
        raise InputError(
            f"no CoNLL04 {split} split here; pass the directory holding conll04_{split}.json "
            "(the team copy is ../shared/benchmarks/conll04)",
            path=str(path),
        )
    sentences = load_sentences(path)[:limit]
    predicted, unasserted = predict(sentences, model=model, threshold=threshold, learned=learned)
    gold = [item for s in sentences for item in s.gold]
    report = Report(
        f"CoNLL04 {split}: {len(sentences)} sentences, model {model or 'default'}, "
        f"threshold {threshold if threshold is not None else DEFAULT_THRESHOLD}, "
        f"{'rules + learned entities and classifier' if learned else 'rules'}",
        score_sets(predicted, gold, RELATION_TYPES),
    )
    missed = set(gold) - set(predicted)
    report.notes.append(
        "strict: relation type, both argument spans (leading the/a/an ignored) and entity types must match"
    )
    report.notes.append(
        f"{len(missed & unasserted)} gold relations were found only as reported/negated/hypothetical facts (not counted)"
    )
    texts = {s.index: s.text for s in sentences}
    lenient = Report("", score_sets(_lenient(predicted, texts), _lenient(gold, texts), RELATION_TYPES)).micro
    report.notes.append(
        f"if leading titles were ignored too (CoNLL04 spans often say 'President Kennedy', newskg's "
        f"'Kennedy'): micro P {lenient.precision:.3f} R {lenient.recall:.3f} F1 {lenient.f1:.3f}"
    )
    return report


def predict(
    sentences: list[Sentence],
    *,
    model: str | None = None,
    threshold: float | None = None,
    learned: bool = False,
    learned_entities: bool | None = None,
) -> tuple[list[tuple[str, Item]], set[tuple[str, Item]]]:
    """Asserted predictions as scorable items, and the items only non-asserted facts gave.

    ``learned`` turns on both learned parts (entity recogniser and relation classifier);
    ``learned_entities`` overrides the first, to score the rules on the learned entities.
    """
    from kg.analyse import analyse_doc
    from kg.extract import DEFAULT_THRESHOLD, families
    from kg.nlp import load_model

    nlp = load_model(model, learned_entities=learned if learned_entities is None else learned_entities)
    articles = [Article(f"conll04-{s.index}", s.text) for s in sentences]
    asserted: list[tuple[str, Item]] = []
    other: set[tuple[str, Item]] = set()
    docs = nlp.pipe((a.text for a in articles), batch_size=64)
    for sentence, article, doc in zip(sentences, articles, docs):
        result = analyse_doc(article, doc, DEFAULT_THRESHOLD if threshold is None else threshold, families(learned))
        for fact in result.facts:
            item = fact_item(fact, result, sentence.index)
            if item is not None:
                (asserted.append(item) if fact.asserted else other.add(item))
    return asserted, other


def fact_item(fact: Fact, result: DocumentResult, index: int) -> tuple[str, Item] | None:
    """The CoNLL04 item a fact predicts, or ``None`` when its predicate has no CoNLL04 type."""
    relation = conll_type(fact)
    if relation is None:
        return None
    text = result.article.text
    head, tail = _named(fact.subject, result), _named(fact.object, result)
    return relation, (index, _arg(head, text), _arg(tail, text))


def conll_type(fact: Fact) -> str | None:
    """The CoNLL04 relation type of a fact; ``locatedIn`` splits by the subject's class."""
    if fact.predicate == "locatedIn":
        cls = fact.subject.entity.cls
        return "OrgBased_In" if cls == "Organization" else "Located_In" if cls in {"Place", "Country"} else None
    return PREDICATE_TYPES.get(fact.predicate)


def _named(mention: Mention, result: DocumentResult) -> Mention:
    """The mention itself if it is a name, else the nearest name of the same entity."""
    if _is_name(mention):
        return mention
    names = [m for m in result.mentions if m.entity.key == mention.entity.key and _is_name(m)]
    return min(names, key=lambda m: abs(m.start - mention.start), default=mention)


def _is_name(mention: Mention) -> bool:
    return mention.text[:1].isupper() and mention.text.lower() not in PRONOUNS


def _arg(mention: Mention, text: str) -> Arg:
    return (*argument_span(text, mention.start, mention.end), ENTITY_TYPES.get(mention.entity.cls, "Other"))


def argument_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span a character span scores as: widened to CoNLL04 tokens, a leading "the/a/an" dropped."""
    return _strip_determiner(text, *_token_bounds(text, start, end))


def _token_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a character span to the CoNLL04 tokens it touches, as token-level scorers compare.

    The sentence text is CoNLL04's tokens joined by single spaces, so token edges are
    the spaces: "Ethiopia" inside the dataset token "Ethiopia." is that token.
    """
    start = text.rfind(" ", 0, start) + 1
    found = text.find(" ", end)
    return start, len(text) if found < 0 else found


def _lenient(items: list[tuple[str, Item]], texts: dict[int, str]) -> list[tuple[str, Item]]:
    """Items with leading title words and a trailing '.' dropped from every argument span."""
    from kg.lexicon import honorifics, title_words

    words = title_words() | honorifics()

    def trim(arg: Arg, text: str) -> Arg:
        start, end, kind = arg
        while (found := re.match(r"(\S+)\s+", text[start:end])) and found.group(1).lower().rstrip(".") in words:
            start += found.end()
        if text[start:end].endswith(".") and end - start > 1:
            end -= 1
        return start, end, kind

    return [(r, (i, trim(h, texts[i]), trim(t, texts[i]))) for r, (i, h, t) in items]


def _strip_determiner(text: str, start: int, end: int) -> tuple[int, int]:
    found = _DETERMINER.match(text, start, end)
    return (found.end(), end) if found and found.end() < end else (start, end)
