"""How many wrong stance facts name a gold plan in other words: a diagnostic beside the exact score.

``kg eval gold`` matches a plan node to a gold plan only when one of its names is one of the
annotators' names, as written. A stance read right on a plan the text describes by what it does
("capping spending on transport" where the gold says "cap spending on transport, education and
health") then counts twice: once wrong, once missed. This script counts such pairs so that the
exact figures can be read for what they are; it never changes them.

For each wrong stance triple (holder, stance, plan node) it looks for a missed gold triple with the
same gold holder and stance whose plan shares most of its content words with the node's label: at
least two content words in common, covering at least 60% of the shorter of the two wordings.
The pairing is greedy (each missed triple pairs once) and by words only, so read its pairs as
candidates, not as corrections.

    uv run python benchmarks/stance_wording.py benchmarks/gold/bbc/blind11 --corpus ../shared/corpora/bbc_all
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

from rdflib import RDFS, Graph, URIRef

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bbc_gold import DEFAULT_CORPUS, run_with_graph  # noqa: E402

from kg.eval.gold_format import Gold, load_gold  # noqa: E402

STANCES = ("opposes", "supports", "proposes")
# Words that carry no content of a plan's wording.
FUNCTION_WORDS = frozenset(
    {"the", "a", "an", "of", "to", "for", "in", "on", "and", "or", "by", "with", "at", "from", "its", "their", "his",
     "her", "as", "be", "plan", "plans", "proposal", "proposals"}
)  # fmt: skip
MIN_SHARED = 2
MIN_COVER = 0.6


def content_words(text: str) -> set[str]:
    """Lower-case words and figures of a wording, less function words and plan words."""
    words = re.findall(r"[a-z]+|[£$]?\d[\d.,]*\d%?|[£$]?\d%?", text.lower())  # "£5.5bn" gives "£5.5" and "bn"
    return {w for w in words if w not in FUNCTION_WORDS}


def same_plan_in_other_words(label: str, names: tuple[str, ...]) -> bool:
    """Whether a node label and one of a gold plan's names share most of their content words."""
    mine = content_words(label)
    for name in names:
        theirs = content_words(name)
        shared = mine & theirs
        if len(shared) >= MIN_SHARED and len(shared) >= MIN_COVER * min(len(mine), len(theirs)):
            return True
    return False


def pairs(gold: Gold, graph: Graph, notes: list[str]) -> list[tuple[str, str, str, str]]:
    """(holder, stance, node label, gold plan id) for each wrong stance that names a missed gold plan."""
    wrong = [line.split()[1:4] for line in notes if line.startswith("wrong:")]
    missed = [tuple(line.split()[1:4]) for line in notes if line.startswith("missed:")]
    found: list[tuple[str, str, str, str]] = []
    taken: set[tuple[str, ...]] = set()
    for holder, stance, plan in wrong:
        if stance not in STANCES or not plan.startswith("http"):
            continue
        label = str(graph.value(URIRef(plan), RDFS.label) or "")
        for triple in missed:
            if triple in taken or triple[0] != holder or triple[1] != stance:
                continue
            if same_plan_in_other_words(label, gold.entities[triple[2]].names):
                taken.add(triple)
                found.append((holder, stance, label, triple[2]))
                break
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, nargs="+", help="gold folders (benchmarks/gold/bbc/...)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the BBC articles the gold names")
    args = parser.parse_args(argv)
    for folder in args.gold:
        gold = load_gold(folder)
        with tempfile.TemporaryDirectory(prefix="stance-wording-") as tmp:
            report, graph = run_with_graph(folder, args.corpus, Path(tmp), errors=True, model=None, threshold=None)
        wrong = sum(1 for line in report.notes if line.startswith("wrong:") and line.split()[2] in STANCES)
        found = pairs(gold, graph, report.notes)
        print(f"{folder}: {wrong} wrong stance triples; {len(found)} name a missed gold plan in other words")
        for holder, stance, label, plan in found:
            print(f"  {holder} {stance} '{label}' ~ {plan} {list(gold.entities[plan].names[:2])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
