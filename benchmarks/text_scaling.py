"""How the cost of one article grows with its length, on pathological text.

For each kind of hostile text, an article is generated at several lengths and timed in
two parts: spaCy's parse (``nlp(text)``) and everything newskg does after it
(``analyse_doc``: resolution, quotations, rules) and the mapping to RDF. The growth
exponent between the two largest sizes is printed: about 1 is linear, 2 quadratic.

    uv run python benchmarks/text_scaling.py [--sizes 25000,50000,100000,200000] [--profile KIND]
"""

from __future__ import annotations

import argparse
import cProfile
import math
import pstats
import random
import time
from collections.abc import Callable

from kg.analyse import analyse_doc
from kg.build import corpus_triples
from kg.nlp import load_model
from kg.types import Article

SENTENCE = "The minister said the plan would be ready by March, officials in London confirmed on Tuesday. "
FIRST = ["Anna", "Boris", "Chen", "Dmitri", "Elena", "Farid", "Greta", "Hamid", "Ines", "Jonas", "Kofi", "Lena"]
LAST = ["Novak", "Okafor", "Petrov", "Quinn", "Rossi", "Sato", "Torres", "Ueda", "Varga", "Weber", "Xu", "Young"]


def _repeat(unit: Callable[[int], str], size: int) -> str:
    parts: list[str] = []
    total = 0
    i = 0
    while total < size:
        piece = unit(i)
        parts.append(piece)
        total += len(piece)
        i += 1
    return "".join(parts)[:size]


KINDS: dict[str, Callable[[int], str]] = {
    "one long line": lambda n: _repeat(lambda i: SENTENCE, n),
    "many short lines": lambda n: _repeat(lambda i: f"Line {i} said nothing.\n", n),
    "thousands of quote marks": lambda n: _repeat(lambda i: f'"Yes," said {FIRST[i % 12]} {LAST[i % 12]}. "No', n),
    "unbalanced quotes": lambda n: _repeat(lambda i: '" \u201c word \u2019 ', n),
    "runs of capitals": lambda n: _repeat(lambda i: "NATO UN EU USA UK OSCE ", n),
    "runs of punctuation": lambda n: _repeat(lambda i: "!!! ??? ... ,,, ;;; --- ", n),
    "many distinct names": lambda n: _repeat(
        lambda i: f"{FIRST[i % 12]} {LAST[(i // 12) % 12]}{'' if i < 144 else i // 144} met {FIRST[(i + 5) % 12]} {LAST[i % 12]} in Paris. ", n),
    "a sentence without end": lambda n: _repeat(lambda i: f"and {FIRST[i % 12]} ", n),
}


def timed(nlp, kind: str, size: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    text = KINDS[kind](size)
    nlp.max_length = max(nlp.max_length, len(text) + 1)
    started = time.perf_counter()
    doc = nlp(text)
    parsed = time.perf_counter()
    result = analyse_doc(Article(id="x", text=text), doc)
    corpus_triples([result])
    return parsed - started, time.perf_counter() - parsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="25000,50000,100000,200000")
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--profile", help="profile the largest size of this kind instead")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    nlp = load_model()
    random.seed(0)
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        timed(nlp, args.profile, sizes[-1])
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
        return
    print("| text | " + " | ".join(f"{s // 1000} KB parse / newskg (s)" for s in sizes) + " | growth exponent, newskg part |")
    print("|---|" + "---|" * (len(sizes) + 1))
    for kind in args.kinds.split(","):
        cells = [timed(nlp, kind, size) for size in sizes]
        a, b = cells[-2][1], cells[-1][1]
        exponent = math.log(b / a, sizes[-1] / sizes[-2]) if a > 0.01 and b > 0 else float("nan")
        row = " | ".join(f"{p:.2f} / {r:.2f}" for p, r in cells)
        print(f"| {kind} | {row} | {exponent:.2f} |", flush=True)


if __name__ == "__main__":
    main()
