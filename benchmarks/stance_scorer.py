"""Would a learned scorer of (holder, plan) pairs find the stances the rules miss? Measured by cross-validation.

Usage (from the repository root)::

    uv run python benchmarks/stance_scorer.py [GOLD ...] [--corpus DIR] [--precision 0.8] [--open-plans] [--show FOLDER] [--out FILE.npz]

GOLD folders default to the development and the two earlier blind sets of
``benchmarks/gold/bbc`` (82 articles); any later blind set must stay out of training.
Each article goes through the real pipeline (parse, ``extraction_context``) and every
candidate of ``stance_scorer_data.stance_candidates`` is an example. Its
label is the gold stance between the gold entities its holder and its plan align with
(a node aligns with a gold entity of a fitting class when one of the node's names is one
of the entity's, as ``kg eval gold`` matches them), else ``none``; a pair the gold marks
optional is left out.

The minimum confidence is chosen by cross-validation over the gold folders (train on
the others, predict the held-out one): the lowest threshold whose held-out precision of
the model's own new stance triples (those the rules did not already find) is at least
``--precision``. The figures of every fold are printed and written to the metadata.
With ``--open-plans`` every noun phrase naming no actor is a plan candidate too, so the scorer
and not the plan vocabulary decides what a stance is about (``benchmarks/results/stance-scorer-open-cv.txt``:
every gold folder, ``--corpus ../shared/corpora/bbc_all``). A gold document named ``NNN.txt`` is read
from the corpus folder's ``politics/`` when the corpus is the whole BBC set.
BBC text is never written: only weights and figures.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from kg.analyse import extraction_context, with_dateline
from kg.eval.gold_format import Gold, load_gold, normalise_name
from kg.extract import FAMILIES, run_rules
from kg.learn.model import Examples, RelationModel, train
from kg.nlp import load_model
from kg.types import Article, Entity
from stance_scorer_data import FEATURE_VERSION, HOLDER_CLASSES, PLAN_CLASSES, featurise, joining_token, stance_candidates

REPO = Path(__file__).resolve().parent.parent
GOLD_ROOT = REPO / "benchmarks" / "gold" / "bbc"
DEFAULT_GOLD = [GOLD_ROOT / "dev", GOLD_ROOT / "blind", GOLD_ROOT / "blind2"]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "bbc_all" / "politics"
STANCE_CLASSES = ("none", "opposes", "supports", "proposes")
STANCES = STANCE_CLASSES[1:]
Triple = tuple[str, str, str]


@dataclass(frozen=True)
class CandidateSpans:
    """Character offsets, relative to the candidate's sentence, of its holder, plan and joining word, and their names."""

    sentence: int  # the sentence's start in the document
    holder: tuple[int, int]
    plan: tuple[int, int]
    cue: tuple[int, int]
    how: str
    holder_name: str
    plan_name: str


@dataclass
class ArticleExamples:
    """One article's candidates (hashed features, label, the gold triple they would state) and gold."""

    folder: str
    rows: list[np.ndarray] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)
    pairs: list[tuple[str | None, str | None]] = field(default_factory=list)  # (gold holder, gold plan) ids
    keys: list[tuple[str, str]] = field(default_factory=list)  # (holder, plan) node keys
    shown: list[str] = field(default_factory=list)  # holder, plan and sentence, for --show
    spans: list[CandidateSpans] = field(default_factory=list)  # where holder, plan and cue are, for the encoder
    texts: dict[int, str] = field(default_factory=dict)  # sentence start -> sentence text (kept in memory only)
    gold: set[Triple] = field(default_factory=set)
    optional: set[Triple] = field(default_factory=set)
    rules: set[Triple] = field(default_factory=set)  # gold-aligned stance triples the rules state
    rule_wrong: int = 0  # stance facts of the rules that align with no gold triple


def aligned(entity: Entity, gold: Gold, classes: frozenset[str]) -> str | None:
    """The gold id of a node, by any shared name, among gold entities of ``classes``."""
    names = {normalise_name(n) for n in (entity.label, *entity.aliases)}
    for gid, g in gold.entities.items():
        if g.cls in classes and names & {normalise_name(n) for n in g.names}:
            return gid
    return None


def read_article(folder: Path, path: Path, corpus: Path, nlp, open_plans: bool = False) -> ArticleExamples:  # type: ignore[no-untyped-def]
    gold = load_gold(path)
    doc_id = gold.documents[0]
    source = corpus / doc_id if (corpus / doc_id).is_file() else corpus / "politics" / doc_id  # --corpus .../bbc_all
    text = source.read_text(encoding="utf-8", errors="replace")
    article = with_dateline(Article(id=doc_id, text=text))
    ctx = extraction_context(article, nlp(text))
    found = ArticleExamples(folder.name)
    found.gold = {t for t in gold.triples if t[1] in STANCES}
    optional = found.optional = {t for t in gold.optional if t[1] in STANCES}
    for candidate in stance_candidates(ctx, open_plans=open_plans):
        holder = aligned(candidate.holder.entity, gold, HOLDER_CLASSES)
        plan = aligned(candidate.target.entity, gold, PLAN_CLASSES)
        label = next((s for s in STANCES if (holder, s, plan) in found.gold), "none")
        if label == "none" and any((holder, s, plan) in optional for s in STANCES):
            continue
        found.rows.append(featurise(candidate))
        found.labels.append(STANCE_CLASSES.index(label))
        found.pairs.append((holder, plan))
        found.keys.append((candidate.holder.entity.key, candidate.target.entity.key))
        sentence = candidate.plan_token.sent
        found.texts[sentence.start_char] = sentence.text
        found.spans.append(_spans(candidate, sentence))
        found.shown.append(f"{candidate.holder.entity.label} [{candidate.how}] | {candidate.target.entity.label} | "
                           f"{candidate.plan_token.sent.text.strip()[:150]}")  # fmt: skip
    for fact in run_rules(ctx, use=FAMILIES):
        if fact.predicate not in STANCES or fact.polarity != "positive" or fact.modality not in {"asserted"}:
            continue
        holder = aligned(fact.subject.entity, gold, HOLDER_CLASSES)
        plan = aligned(fact.object.entity, gold, PLAN_CLASSES | HOLDER_CLASSES)
        triple = (holder or "?", fact.predicate, plan or "?")
        if triple in found.gold:
            found.rules.add(triple)
        elif triple not in optional:
            found.rule_wrong += 1
    return found


def _spans(candidate, sentence) -> CandidateSpans:  # type: ignore[no-untyped-def]
    """Offsets in the sentence; a mention named elsewhere (an antecedent) is marked at the token that refers to it."""
    start, end = sentence.start_char, sentence.end_char

    def within(mention, token) -> tuple[int, int]:  # type: ignore[no-untyped-def]
        if start <= mention.start and mention.end <= end:
            return mention.start - start, mention.end - start
        return token.idx - start, token.idx + len(token) - start

    cue = joining_token(candidate)
    holder = within(candidate.holder, candidate.holder_token) if candidate.how == "named" else (0, 0)
    plan = within(candidate.target, candidate.plan_token)
    cue_span = (cue.idx - start, cue.idx + len(cue) - start)
    return CandidateSpans(start, holder, plan, cue_span, candidate.how, candidate.holder.entity.label, candidate.target.entity.label)


def stance_prediction(model: RelationModel, indices: np.ndarray) -> tuple[str, float]:
    """The most probable stance (never ``none``) and its probability."""
    probs = model.probabilities(indices, np.ones(len(STANCE_CLASSES), dtype=bool))
    best = 1 + int(np.argmax(probs[1:]))
    return STANCE_CLASSES[best], float(probs[best])


def fit(articles: Iterable[ArticleExamples], none_weight: float, l2: float, epochs: int):  # type: ignore[no-untyped-def]
    rows, labels = [], []
    for a in articles:
        rows += a.rows
        labels += a.labels
    examples = Examples.build(rows, labels, [np.ones(len(STANCE_CLASSES), dtype=bool)] * len(rows))
    return train(examples, epochs=epochs, l2=l2, none_weight=none_weight, classes=STANCE_CLASSES)


def scored(model, articles: list[ArticleExamples], threshold: float) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Held-out figures: the rules alone, and rules plus the model's triples at ``threshold``."""
    tp_rules = fp_rules = tp_new = fp_new = gold = 0
    for a in articles:
        gold += len(a.gold)
        tp_rules += len(a.rules)
        fp_rules += a.rule_wrong
        predicted: set[Triple] = set()
        wrong: set[tuple[str, str, str]] = set()
        for row, (holder, plan), key in zip(a.rows, a.pairs, a.keys):
            stance, p = stance_prediction(model, row)
            if p < threshold:
                continue
            triple = (holder or "?", stance, plan or "?")
            if triple in a.gold:
                predicted.add(triple)
            elif triple not in a.optional:
                wrong.add((key[0], stance, key[1]))  # one wrong fact per pair of nodes
        new = predicted - a.rules
        tp_new += len(new)
        fp_new += len(wrong)
    both_tp, both_fp = tp_rules + tp_new, fp_rules + fp_new
    return {
        "rules_P": tp_rules / max(1, tp_rules + fp_rules), "rules_R": tp_rules / max(1, gold),
        "new_tp": tp_new, "new_fp": fp_new, "new_P": tp_new / max(1, tp_new + fp_new),
        "both_P": both_tp / max(1, both_tp + both_fp), "both_R": both_tp / max(1, gold),
    }  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, nargs="*", default=DEFAULT_GOLD)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=None, help="also write the weights trained on all GOLD here (.npz)")
    parser.add_argument("--precision", type=float, default=0.8, help="held-out precision the threshold must reach")
    parser.add_argument("--open-plans", action="store_true", help="any noun phrase naming no actor is a plan candidate")
    parser.add_argument("--show", default=None, help="print a held-out folder's predictions (a development aid)")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"train_stance: error: corpus {args.corpus} not found; put ../shared beside the repository", file=sys.stderr)
        return 2
    nlp = load_model()
    data: dict[str, list[ArticleExamples]] = {}
    for folder in args.gold:
        data[folder.name] = [read_article(folder, p, args.corpus, nlp, args.open_plans) for p in sorted(folder.glob("*.json"))]
        n = sum(len(a.labels) for a in data[folder.name])
        pos = sum(1 for a in data[folder.name] for label in a.labels if label)
        gold = sum(len(a.gold) for a in data[folder.name])
        reachable = sum(len({(h, p) for h, p in a.pairs} & {(h, p) for h, _, p in a.gold}) for a in data[folder.name])
        rules = sum(len(a.rules) for a in data[folder.name])
        print(f"{folder.name}: {len(data[folder.name])} articles, {n} candidates, {pos} stance candidates; "
              f"{gold} gold stance triples, {reachable} with a candidate pair, {rules} found by the rules")
    settings = {"none_weight": 1.0, "l2": 1e-5, "epochs": 10}
    thresholds = [round(t, 2) for t in np.arange(0.3, 0.96, 0.05)]
    folds: dict[str, dict[float, dict[str, float]]] = {}
    for held in data:
        model = fit((a for k, v in data.items() if k != held for a in v), **settings)
        folds[held] = {t: scored(model, data[held], t) for t in thresholds}
    if args.show:
        model = fit((a for k, v in data.items() if k != args.show for a in v), **settings)
        for a in data[args.show]:
            for row, pair, shown in zip(a.rows, a.pairs, a.shown):
                stance, p = stance_prediction(model, row)
                if p >= 0.6:
                    right = (pair[0] or "?", stance, pair[1] or "?") in a.gold
                    print(f"{'RIGHT' if right else 'wrong'} {p:.2f} {stance}: {shown}")
    pooled = {t: _pool([folds[h][t] for h in folds]) for t in thresholds}
    for t in thresholds:
        print(f"threshold {t:.2f}: " + "  ".join(f"{h}: new {f['new_tp']:.0f}/{f['new_tp'] + f['new_fp']:.0f} both P {f['both_P']:.2f} R {f['both_R']:.2f}" for h, f in ((h, folds[h][t]) for h in folds)) + f"  | pooled new P {pooled[t]:.2f}")
    chosen = next((t for t in thresholds if pooled[t] >= args.precision), thresholds[-1])
    print(f"chosen minimum confidence {chosen} (pooled held-out precision of new triples {pooled[chosen]:.2f})")
    if args.out is None:
        return 0
    model = fit((a for v in data.values() for a in v), **settings)
    model.metadata.update({
        "feature_version": FEATURE_VERSION, "classes": list(STANCE_CLASSES), "min_confidence": chosen,
        "trained_on": sorted(data), "settings": settings,
        "cross_validation": {h: folds[h][chosen] for h in folds},
    })  # fmt: skip
    model.save(args.out)
    print(f"wrote {args.out}")
    return 0


def _pool(figures: list[dict[str, float]]) -> float:
    tp = sum(f["new_tp"] for f in figures)
    fp = sum(f["new_fp"] for f in figures)
    return tp / max(1, tp + fp)


if __name__ == "__main__":
    sys.exit(main())
