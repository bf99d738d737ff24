"""Where the missed stances of a gold set are: the plan's node, the article's wording, the sentence.

For every gold stance triple (opposes, supports, proposes) of the gold folders given, it builds their
articles (as ``benchmarks/bbc_gold.py`` does) and says:

- whether the graph has a node matched to the gold holder and one matched to the gold plan, and how
  many of the stances between two such nodes it found;
- for each missed stance, whether any of the annotators' names for the plan appears word for word in
  the article at all, and if so whether holder and plan are named in one sentence or only apart.

A diagnostic for where rules can help, not an accuracy figure: the text checks are plain string
matches (a person's surname counts as their name; "government" and "ministers" as a country's).

    uv run python benchmarks/stance_misses.py benchmarks/gold/bbc/dev benchmarks/gold/bbc/blind5
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bbc_gold import DEFAULT_CORPUS, run_with_graph  # noqa: E402

from kg.eval.gold import matched_gold_ids  # noqa: E402
from kg.eval.gold_format import Gold, load_gold, normalise_name  # noqa: E402

STANCES = ("opposes", "supports", "proposes")
_SENTENCE_END = re.compile(r'(?<=[.!?"])\s+(?=[A-Z"])|\n+')


def named_in(names: list[str], text: str) -> bool:
    lowered = text.lower()
    return any(n and re.search(r"(?<!\w)" + re.escape(n.lower()) + r"(?!\w)", lowered) for n in names)


def holder_names(gold: Gold, entity_id: str) -> list[str]:
    entity = gold.entities[entity_id]
    names = list(entity.names)
    if entity.cls == "Person":
        names += [n.split()[-1] for n in entity.names]
    if entity.cls == "Country":
        names += ["government", "ministers"]
    return names


def where_missed(gold: Gold, holder: str, plan: str, text: str) -> str:
    plan_names, names = list(gold.entities[plan].names), holder_names(gold, holder)
    if not named_in(plan_names, text):
        return "plan never named as the annotators name it"
    sentences = _SENTENCE_END.split(text)
    if any(named_in(plan_names, s) and named_in(names, s) for s in sentences):
        return "holder and plan named in one sentence"
    return "holder and plan named only in different sentences"


def triple_articles(folder: Path, gold: Gold) -> dict[tuple[str, str, str], str]:
    """The article each gold triple is annotated on, by the merged ids of ``gold``.

    The gold of a folder is one entity per class and first name across its files ("Tony Blair"
    in three articles is one id, named after the first file), so the id says nothing of the article.
    """
    merged = {(e.cls, normalise_name(e.names[0]), e.of): e.id for e in gold.entities.values()}
    found: dict[tuple[str, str, str], str] = {}
    for path in sorted(folder.glob("*.json")):
        one = load_gold(path)
        ids: dict[str, str | None] = {}
        for entity in sorted(one.entities.values(), key=lambda e: e.of is not None):  # owners first
            owner = ids.get(entity.of) if entity.of else None
            ids[entity.id] = merged.get((entity.cls, normalise_name(entity.names[0]), owner))
        for subject, rel, obj in one.triples:
            if ids.get(subject) and ids.get(obj):
                found.setdefault((ids[subject], rel, ids[obj]), one.documents[0])  # type: ignore[arg-type]
    return found


def report(folder: Path, corpus: Path) -> list[str]:
    gold = load_gold(folder)
    with tempfile.TemporaryDirectory(prefix="stance-misses-") as tmp:
        found, graph = run_with_graph(folder, corpus, Path(tmp), errors=True, model=None, threshold=None)
    matched = matched_gold_ids(gold, graph)
    articles = triple_articles(folder, gold)
    missed = {tuple(line.split()[1:4]) for line in found.notes if line.startswith("missed:")}
    nodes: Counter[str] = Counter()
    places: Counter[str] = Counter()
    both = found_both = 0
    for holder, rel, plan in sorted(gold.triples):
        if rel not in STANCES:
            continue
        has = (holder in matched, plan in matched)
        nodes[f"holder node {'yes' if has[0] else 'no'}, plan node {'yes' if has[1] else 'no'}"] += 1
        hit = (holder, rel, plan) not in missed
        both += all(has)
        found_both += all(has) and hit
        if not hit:
            document = articles.get((holder, rel, plan), gold.documents[0])
            text = (corpus / document).read_text(encoding="utf-8", errors="replace")
            places[where_missed(gold, holder, plan, text)] += 1
    total, lost = sum(nodes.values()), sum(places.values())
    lines = [f"{folder}: {total} gold stance triples, {lost} missed"]
    lines += [f"  {k}: {v} ({v / total:.0%})" for k, v in sorted(nodes.items())]
    lines.append(f"  found where both nodes exist: {found_both} of {both}")
    lines += [f"  missed, {k}: {v} ({v / lost:.0%})" for k, v in places.most_common()]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, nargs="+", help="gold folders (benchmarks/gold/bbc/...)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the BBC articles the gold names")
    args = parser.parse_args(argv)
    for folder in args.gold:
        print("\n".join(report(folder, args.corpus)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
