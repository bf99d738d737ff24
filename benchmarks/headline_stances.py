"""Every stance the headline rule reads over a corpus, one line each, to be read by hand.

``stance.headline`` reads headline grammar by word order (``kg/extract/stance/headlines.py``), which a
parse does not check; this lists what it makes of every headline of a corpus, with the section, so
that its precision can be judged outside the gold sets. A listing, not a score.

    uv run python benchmarks/headline_stances.py [--corpus ../shared/corpora/bbc_all]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from kg.analyse import analyse_doc
from kg.nlp import load_model
from kg.sources import read_articles

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "bbc_all"
RULE = "stance.headline/1"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="a folder of articles (default: BBC, all sections)")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        parser.error(f"corpus {args.corpus} not found; put ../shared beside the repository or pass --corpus DIR")
    nlp = load_model()
    sections: Counter[str] = Counter()
    for article in read_articles([args.corpus]):
        result = analyse_doc(article, nlp(article.text))
        for fact in (f for f in result.facts if f.rule == RULE):
            section = Path(article.id).parent.name
            sections[section] += 1
            headline = article.text.split("\n", 1)[0]
            print(f"{article.id} | {headline} => {fact.subject.entity.label} {fact.predicate} {fact.object.entity.label}")
    print(f"{sum(sections.values())} headline stances: " + ", ".join(f"{s} {n}" for s, n in sorted(sections.items())), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
