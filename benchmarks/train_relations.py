"""Train the learned relation family on CoNLL04 train, tune it on dev, and ship its weights.

Usage (from the repository root)::

    uv run python benchmarks/train_relations.py [--data DIR] [--out kg/data/relation_model.npz]

Run it after ``benchmarks/train_entities.py``: each CoNLL04 sentence goes through the
real pipeline with the fine-tuned entity recogniser (parse, ``resolve_document``), so
the classifier sees our mentions exactly as it will at prediction time with
``--learned``. Every ordered pair of name mentions whose classes fit some predicate is
an example; its label is the gold relation between the gold entities the two
mentions align with (as the CoNLL04 tokens they cover, ignoring a leading
"the/a/an", and also after dropping a leading title as CoNLL04 spans have them),
else ``none``.
A gold relation our classes cannot carry (a Located_In whose subject we typed as
an Organization) is left out rather than taught as ``none``.

Dev chooses the hyperparameters, fits the calibration that puts the model's
probabilities on the rules' confidence scale, and picks the model's minimum
confidence, all to maximise the micro F1 of rules and model together with
precision at least 0.65 (precision first: lower floors buy no F1 on dev). Test is
never read here. The figures are written to the metadata JSON beside the weights,
and the final dev report comes from the real
``kg.eval.conll04.evaluate_conll04`` with the family enabled (``learned=True``).

CoNLL04 may not be redistributed: nothing from it but the weights is written.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from kg.eval.conll04 import ENTITY_TYPES, Sentence, argument_span, evaluate_conll04, load_sentences, predict
from kg.eval.scoring import Report, score_sets
from kg.extract.learned.rules import NOT_FROM_THE_MODEL
from kg.learn.features import candidates, featurise
from kg.learn.model import CLASSES, Examples, RelationModel, class_mask, load_shipped, train
from kg.lexicon import honorifics, title_words

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "benchmarks" / "conll04"
DEFAULT_OUT = REPO / "kg" / "data" / "relation_model.npz"
RELATION_PREDICATE = {
    "Work_For": "worksFor",
    "Live_In": "livesIn",
    "Located_In": "locatedIn",
    "OrgBased_In": "basedIn",
    "Kill": "killed",
}
PREDICATE_RELATION = {p: r for r, p in RELATION_PREDICATE.items()}
RELATION_TYPES = tuple(sorted(RELATION_PREDICATE))
GRID = [(w, l2, 8) for w in (0.5, 1.0) for l2 in (1e-6, 1e-5)]  # (none_weight, l2, epochs)
CALIBRATION_MIN = 30  # dev predictions a predicate needs for a calibration curve of its own
SEEDS = 5  # weights averaged over this many shuffles: single runs differ by about 0.01 F1 on dev
Span = tuple[int, int]


@dataclass
class Split:
    """One CoNLL04 split as candidate pairs: features, labels, and the item each prediction would score as."""

    examples: Examples
    items: list[dict[str, tuple[str, tuple[int, tuple[int, int, str], tuple[int, int, str]]]]]
    gold: list[tuple[str, tuple[int, tuple[int, int, str], tuple[int, int, str]]]]
    coverage: tuple[int, int]  # gold relations with both arguments among our name pairs, all gold


def _lenient(text: str, span: Span) -> Span:
    start, end = span
    words = title_words() | honorifics()
    while (found := re.match(r"(\S+)\s+", text[start:end])) and found.group(1).lower().rstrip(".") in words:
        start += found.end()
    if text[start:end].endswith(".") and end - start > 1:
        end -= 1
    return start, end


def read_split(sentences: list[Sentence], *, training: bool) -> Split:
    """Run the pipeline over a split and turn every candidate pair into a labelled example.

    In training, a pair whose gold relation our classes cannot carry is dropped; in
    scoring it stays, since the model will still be asked about it.
    """
    from kg.nlp import load_model
    from kg.resolve.document import resolve_document

    nlp = load_model(learned_entities=True)  # the model works on the learned recogniser's entities
    rows, labels, masks, items = [], [], [], []
    found_gold = 0
    for sentence, doc in zip(sentences, nlp.pipe((s.text for s in sentences), batch_size=64)):
        text = sentence.text
        gold: dict[tuple[Span, Span], str] = {}
        for relation, (_, head, tail) in sentence.gold:
            for view in (lambda s: s, lambda s: _lenient(text, s)):
                gold.setdefault((view(head[:2]), view(tail[:2])), relation)
        seen_gold = set()
        for candidate in candidates(doc, resolve_document(doc).mentions):
            s_span = argument_span(text, candidate.subject.start, candidate.subject.end)
            o_span = argument_span(text, candidate.object.start, candidate.object.end)
            found = gold.get((s_span, o_span)) or gold.get((_lenient(text, s_span), _lenient(text, o_span)))
            mask = class_mask(candidate.subject.entity.cls, candidate.object.entity.cls)
            label = 0
            if found is not None:
                seen_gold.add((s_span, o_span))
                label = CLASSES.index(RELATION_PREDICATE[found])
                if not mask[label]:
                    if training:
                            continue  # our classes cannot carry it: neither a positive nor a 'none'
                    label = 0
            s_arg = (*s_span, ENTITY_TYPES.get(candidate.subject.entity.cls, "Other"))
            o_arg = (*o_span, ENTITY_TYPES.get(candidate.object.entity.cls, "Other"))
            items.append(
                {p: (PREDICATE_RELATION[p], (sentence.index, s_arg, o_arg)) for p in CLASSES[1:] if mask[CLASSES.index(p)]}
            )
            rows.append(featurise(candidate))
            labels.append(label)
            masks.append(mask)
        found_gold += len(seen_gold)
    gold_items = [item for s in sentences for item in s.gold]
    return Split(Examples.build(rows, labels, masks), items, gold_items, (found_gold, len(gold_items)))


def raw_predictions(model: RelationModel, split: Split) -> list[tuple[str, float]]:
    """Each candidate's best predicate and its raw (uncalibrated) probability."""
    ex = split.examples
    out = []
    for n in range(len(ex)):
        probs = model.probabilities(ex.indices[ex.indptr[n] : ex.indptr[n + 1]], ex.masks[n])
        best = 1 + int(np.argmax(probs[1:]))
        out.append((CLASSES[best], float(probs[best])))
    return out


def fit_calibration(scores: np.ndarray, correct: np.ndarray) -> dict[str, list[float]]:
    """Knots mapping a raw probability p to the dev precision of all predictions scoring >= p.

    That is the rules' scale: their facts at confidence >= 0.5 are right about half the
    time. The curve is made non-decreasing (pool adjacent violators); a knot with fewer
    than 10 dev predictions above it repeats the last reliable value.
    """
    raw = [round(float(c), 2) for c in np.arange(0.0, 1.0, 0.05)]
    precision: list[float] = []
    weights: list[float] = []
    for cut in raw:
        hits = correct[scores >= cut]
        if len(hits) >= 10 or not precision:
            precision.append(float(hits.mean()) if len(hits) else 0.0)
            weights.append(float(len(hits)))
        else:
            precision.append(precision[-1])
            weights.append(weights[-1])
    blocks: list[list[float]] = []  # [value, weight, count]
    for value, weight in zip(precision, weights):
        blocks.append([value, weight, 1])
        while len(blocks) > 1 and blocks[-2][0] > blocks[-1][0]:
            v2, w2, n2 = blocks.pop()
            v1, w1, n1 = blocks.pop()
            blocks.append([(v1 * w1 + v2 * w2) / (w1 + w2), w1 + w2, n1 + n2])
    confidence = [round(v, 4) for v, _, n in blocks for _ in range(int(n))]
    return {"raw": raw + [1.0], "confidence": confidence + [confidence[-1]]}


def combined_report(rule_items: list, split: Split, predictions: list[tuple[str, float]], minimum: float) -> Report:
    """Rules' items plus the model's at calibrated confidence >= minimum, scored strictly.

    The model's predicates the pipeline never lets it state (``killed``) are left out, as
    ``kg.extract.learned`` leaves them out.
    """
    learned = [
        split.items[n][p] for n, (p, c) in enumerate(predictions) if c >= minimum and p not in NOT_FROM_THE_MODEL
    ]
    return Report("", score_sets(rule_items + learned, split.gold, RELATION_TYPES))


def choose(
    rule_items: list, split: Split, predictions: list[tuple[str, float]], min_precision: float
) -> tuple[float, Report]:
    """The model's minimum confidence (>= the build's 0.5) giving the best combined dev F1.

    Only cuts where rules and model together keep micro precision >= ``min_precision``
    qualify; if none does, the most precise cut is taken.
    """
    from kg.extract import DEFAULT_THRESHOLD

    reports = [
        (round(float(m), 3), combined_report(rule_items, split, predictions, float(m)))
        for m in np.arange(DEFAULT_THRESHOLD, 1.0, 0.01)
    ]
    qualifying = [r for r in reports if r[1].micro.precision >= min_precision]
    if qualifying:
        return max(qualifying, key=lambda r: r[1].micro.f1)
    return max(reports, key=lambda r: r[1].micro.precision)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help=f"default: {DEFAULT_DATA}")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"default: {DEFAULT_OUT}")
    parser.add_argument(
        "--min-precision", type=float, default=0.65, help="dev micro precision rules+model must keep (default 0.65)"
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    train_path, dev_path = args.data / "conll04_train.json", args.data / "conll04_dev.json"
    train_sentences, dev_sentences = load_sentences(train_path), load_sentences(dev_path)
    train_split, dev_split = read_split(train_sentences, training=True), read_split(dev_sentences, training=False)
    for name, split in (("train", train_split), ("dev", dev_split)):
        positives = int((split.examples.labels > 0).sum())
        print(
            f"{name}: {len(split.examples)} pairs, {positives} positive; gold relations with both "
            f"arguments among our name pairs: {split.coverage[0]}/{split.coverage[1]}",
            file=sys.stderr,
        )
    rule_items, _ = predict(dev_sentences, learned_entities=True)  # the hand-written rules alone
    rules_report = Report("", score_sets(rule_items, dev_split.gold, RELATION_TYPES))

    best = None
    for none_weight, l2, epochs in GRID:
        runs = [train(train_split.examples, none_weight=none_weight, l2=l2, epochs=epochs, seed=seed) for seed in range(SEEDS)]
        model = runs[0]
        model.weights = np.mean([m.weights for m in runs], axis=0)
        model.bias = np.mean([m.bias for m in runs], axis=0)
        raw = raw_predictions(model, dev_split)
        scores = np.array([c for _, c in raw])
        correct = np.array([dev_split.items[n][p] in set(dev_split.gold) for n, (p, _) in enumerate(raw)], dtype=float)
        predicates = np.array([p for p, _ in raw])
        model.metadata["calibration"] = {"*": fit_calibration(scores, correct)} | {
            p: fit_calibration(scores[predicates == p], correct[predicates == p])
            for p in CLASSES[1:]
            if (predicates == p).sum() >= CALIBRATION_MIN
        }
        calibrated = [(p, model.calibrate(c, p)) for p, c in raw]
        minimum, report = choose(rule_items, dev_split, calibrated, args.min_precision)
        micro = report.micro
        print(
            f"none_weight {none_weight} l2 {l2} epochs {epochs}: min_confidence {minimum} "
            f"dev P {micro.precision:.3f} R {micro.recall:.3f} F1 {micro.f1:.3f}",
            file=sys.stderr,
        )
        if best is None or micro.f1 > best[0]:
            best = (micro.f1, model, minimum, calibrated, (none_weight, l2, epochs))
    assert best is not None
    _, model, minimum, calibrated, (none_weight, l2, epochs) = best
    model.metadata.update(
        {
            "min_confidence": minimum,
            "hyperparameters": {"none_weight": none_weight, "l2": l2, "epochs": epochs},
            "training_data": {"file": train_path.name, "sha256": hashlib.sha256(train_path.read_bytes()).hexdigest()},
            "calibration_data": {"file": dev_path.name, "sha256": hashlib.sha256(dev_path.read_bytes()).hexdigest()},
            "reliability_dev": reliability(calibrated, dev_split),
        }
    )
    model.save(args.out)

    load_shipped.cache_clear()
    final = evaluate_conll04(args.data, "dev", learned=True)
    model.metadata["dev"] = {
        "rules_only": _scores(rules_report),
        "rules_and_learned": _scores(final),
    }
    model.save(args.out)
    print("rules only:\n" + rules_report.format(), file=sys.stderr)
    print(final.format())
    size = args.out.stat().st_size / 1e6
    print(f"wrote {args.out} ({size:.1f} MB) in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return 0


def reliability(predictions: list[tuple[str, float]], split: Split) -> dict[str, list[float]]:
    """Dev precision of the model's own predictions at confidence >= 0.5 / 0.65 / 0.8: is the scale honest?"""
    gold = set(split.gold)
    out = {}
    for predicate in ("*", *CLASSES[1:]):
        for cut in (0.5, 0.65, 0.8):
            hits = [
                split.items[n][p] in gold
                for n, (p, c) in enumerate(predictions)
                if c >= cut and predicate in ("*", p)
            ]
            out[f"{predicate} >={cut}"] = [len(hits), round(sum(hits) / len(hits), 3) if hits else 0.0]
    return out


def _scores(report: Report) -> dict[str, list[float]]:
    rows = {**report.scores, "micro": report.micro}
    return {k: [round(s.precision, 3), round(s.recall, 3), round(s.f1, 3)] for k, s in sorted(rows.items())}


if __name__ == "__main__":
    sys.exit(main())
