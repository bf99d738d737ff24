"""Measure newskg's relation rules on CoNLL04 and print the report.

Usage (from the repository root)::

    uv run python benchmarks/conll04.py --split dev [--data DIR] [--model NAME] [--limit N]

The data directory defaults to ``../shared/benchmarks/conll04`` next to the
repository. Tune on ``train`` and ``dev``; run ``test`` only to report.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from kg.errors import NewskgError
from kg.eval.conll04 import evaluate_conll04

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "benchmarks" / "conll04"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=("train", "dev", "test"))
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help=f"default: {DEFAULT_DATA}")
    parser.add_argument("--model", default=None, help="spaCy model name or path")
    parser.add_argument("--threshold", type=float, default=None, help="minimum rule confidence")
    parser.add_argument("--limit", type=int, default=None, help="only the first N sentences")
    parser.add_argument("--learned", action="store_true", help="also run the relation classifier")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        report = evaluate_conll04(
            args.data, args.split, model=args.model, threshold=args.threshold, limit=args.limit, learned=args.learned
        )
    except NewskgError as exc:
        print(f"conll04: error: {exc}", file=sys.stderr)
        return exc.exit_code
    print(report.format())
    print(f"({time.perf_counter() - started:.1f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
