"""Fine-tune the spaCy model's entity recogniser on CoNLL04 train and ship its weights.

Usage (from the repository root)::

    uv run python benchmarks/train_entities.py [--data DIR] [--epochs 30] [--out kg/data/conll04_ner]

Why: newskg's CoNLL04 score is capped by entity finding. With ``en_core_web_sm``
only about half of the dev relations have both arguments among our mentions with
CoNLL04's span and type: the small model misses names, splits or mistypes them,
and CoNLL04 spans follow conventions of their own ("President Kennedy" is one
person span). Fine-tuning the same NER component on CoNLL04 train teaches it
those names and conventions; ``kg ... --learned`` then swaps it in.

The gold CoNLL04 entities become the model's own labels (Peop -> PERSON, Org -> ORG,
Loc -> GPE, or LOC where the original model says LOC or FAC). Everything CoNLL04
does not annotate as Peop/Org/Loc keeps the original model's other labels (DATE,
NORP, CARDINAL...) so fine-tuning does not make it forget them; an ``Other`` span
the original model does not tag the same way is left unannotated (no loss either
way). Dev picks the epoch (best Peop/Org/Loc span F1); test is never read.

CoNLL04 may not be redistributed: nothing from it but the trained weights is written.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example, offsets_to_biluo_tags
from spacy.util import minibatch

from kg.learn.entities import CONLL_LABELS, ENTITIES_NAME, conll_entity_type
from kg.nlp import DEFAULT_MODELS

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "benchmarks" / "conll04"
DEFAULT_OUT = REPO / "kg" / "data" / ENTITIES_NAME
GOLD_LABEL = {"Peop": "PERSON", "Org": "ORG", "Loc": "GPE"}
PLACE_LABELS = {"LOC", "FAC"}
CORE = set(CONLL_LABELS) | PLACE_LABELS  # labels CoNLL04 annotates completely (as Peop/Org/Loc)


def sentences(path: Path) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """Each sentence as (text joined with single spaces, gold entities as character spans)."""
    records = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for record in records:
        tokens = record["tokens"]
        starts, pos = [], 0
        for token in tokens:
            starts.append(pos)
            pos += len(token) + 1
        spans = [
            (starts[e["start"]], starts[e["end"] - 1] + len(tokens[e["end"] - 1]), e["type"]) for e in record["entities"]
        ]
        out.append((" ".join(tokens), spans))
    return out


def example(nlp: Language, original: Doc, gold: list[tuple[int, int, str]]) -> Example:
    """A training example: gold Peop/Org/Loc, the original model's other labels, ``Other`` left open."""
    predicted = {(e.start_char, e.end_char): e.label_ for e in original.ents}
    entities, missing = [], []
    for start, end, kind in gold:
        if kind in GOLD_LABEL:
            label = "LOC" if kind == "Loc" and predicted.get((start, end)) in PLACE_LABELS else GOLD_LABEL[kind]
            entities.append((start, end, label))
        elif (label := predicted.get((start, end))) and label not in CORE:
            entities.append((start, end, label))
        else:
            missing.append((start, end))
    taken = [(s, e) for s, e, _ in entities] + missing
    for (start, end), label in predicted.items():
        if label not in CORE and not any(start < e and s < end for s, e in taken):
            entities.append((start, end, label))
    doc = nlp.make_doc(original.text)
    tags = offsets_to_biluo_tags(doc, entities)
    for start, end in missing:
        span = doc.char_span(start, end, alignment_mode="expand")
        for token in span or ():
            tags[token.i] = "-"
    return Example.from_dict(doc, {"entities": tags})


def span_f1(nlp: Language, data: list[tuple[str, list[tuple[int, int, str]]]]) -> tuple[float, float, float]:
    """Exact-span precision, recall and F1 of Peop/Org/Loc, as CoNLL04 types."""
    gold = {(i, s, e, k) for i, (_, spans) in enumerate(data) for s, e, k in spans if k in GOLD_LABEL}
    found = set()
    for i, doc in enumerate(nlp.pipe(text for text, _ in data)):
        for ent in doc.ents:
            kind = conll_entity_type(ent.label_)
            if kind:
                found.add((i, ent.start_char, ent.end_char, kind))
    tp = len(gold & found)
    p, r = tp / max(len(found), 1), tp / max(len(gold), 1)
    return p, r, 2 * p * r / max(p + r, 1e-9)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--dropout", type=float, default=0.2)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)

    random.seed(args.seed)
    spacy.util.fix_random_seed(args.seed)
    name = next(m for m in DEFAULT_MODELS if spacy.util.is_package(m))
    nlp = spacy.load(name, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer"])
    train = sentences(args.data / "conll04_train.json")
    dev = sentences(args.data / "conll04_dev.json")
    base = span_f1(nlp, dev)
    print(f"{name} NER on dev: P {base[0]:.3f} R {base[1]:.3f} F1 {base[2]:.3f}", flush=True)

    originals = list(nlp.pipe(text for text, _ in train))
    examples = [example(nlp, doc, spans) for doc, (_, spans) in zip(originals, train)]
    optimizer = nlp.resume_training()
    best, best_bytes, best_epoch = base[2], None, 0
    started = time.perf_counter()
    with nlp.select_pipes(enable=["ner"]):
        for epoch in range(1, args.epochs + 1):
            random.shuffle(examples)
            losses: dict[str, float] = {}
            for batch in minibatch(examples, size=16):
                nlp.update(batch, sgd=optimizer, drop=args.dropout, losses=losses)
            with nlp.get_pipe("ner").model.use_params(optimizer.averages):
                score = span_f1(nlp, dev)
                if score[2] > best:
                    best, best_bytes, best_epoch = score[2], nlp.get_pipe("ner").to_bytes(), epoch
            print(
                f"epoch {epoch:2d} loss {losses['ner']:8.1f} dev P {score[0]:.3f} R {score[1]:.3f} F1 {score[2]:.3f}"
                f"  ({time.perf_counter() - started:.0f} s)",
                flush=True,
            )
    if best_bytes is None:
        print("fine-tuning never beat the original model on dev; nothing written", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "model.bin").write_bytes(best_bytes)
    meta = {
        "base_model": f"{name} {nlp.meta.get('version')}",
        "trained_on": "CoNLL04 train",
        "chosen_on": "CoNLL04 dev (Peop/Org/Loc exact-span F1)",
        "epoch": best_epoch,
        "dev_span_f1": round(best, 4),
        "dev_span_f1_before": round(base[2], 4),
        "dropout": args.dropout,
        "seed": args.seed,
    }
    (args.out / "meta.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out} (epoch {best_epoch}, dev span F1 {best:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
