"""Score newskg on hand-annotated BBC politics articles (the real-news gold of benchmarks/gold/bbc).

Builds just the articles the gold files name, from the BBC corpus beside the repository
(never copied into it: BBC copyright), and prints the ``kg eval gold`` report and a
one-line summary: core and stance (opposes, supports, proposes) precision, recall and F1,
and holdsRole recall.

Usage (from the repository root)::

    uv run python benchmarks/bbc_gold.py [GOLD] [--corpus DIR] [--out DIR] [--errors]

GOLD defaults to benchmarks/gold/bbc/dev; the corpus to ../shared/corpora/bbc_all/politics.
The articles are linked into a temporary folder so that their document ids are the bare
file names (``101.txt``) the gold files list.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import NewskgError
from kg.eval.gold import core_score, evaluate_gold, load_gold, stance_score
from kg.eval.scoring import Report, Score

if TYPE_CHECKING:
    from rdflib import Graph

REPO = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = REPO / "benchmarks" / "gold" / "bbc" / "dev"
DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "bbc_all" / "politics"


def link_articles(documents: tuple[str, ...], corpus: Path, folder: Path) -> None:
    """Symlink each gold document from ``corpus`` into ``folder`` under its own name.

    Raises:
        FileNotFoundError: an article the gold names is not in the corpus.
    """
    folder.mkdir(parents=True, exist_ok=True)
    missing = [d for d in documents if not (corpus / d).is_file()]
    if missing:
        raise FileNotFoundError(
            f"{len(missing)} gold document(s) not in {corpus}: {', '.join(missing[:5])}; pass --corpus DIR"
        )
    for doc in documents:
        (folder / doc).parent.mkdir(parents=True, exist_ok=True)  # "business/065.txt" from --corpus .../bbc_all
        (folder / doc).symlink_to((corpus / doc).resolve())


def summary_line(report: Report, documents: int) -> str:
    """Core, stance and holdsRole figures on one line, for QUALITY.md and issue comments."""

    def prf(name: str, s: Score) -> str:
        return f"{name} P={s.precision:.2f} R={s.recall:.2f} F1={s.f1:.2f} (tp={s.tp} fp={s.fp} fn={s.fn})"

    roles = report.scores.get("holdsRole", Score())
    return (
        f"summary: {documents} articles; {prf('core', core_score(report))}; "
        f"{prf('stance', stance_score(report))}; holdsRole R={roles.recall:.2f} (tp={roles.tp} fn={roles.fn})"
    )


def run(gold: Path, corpus: Path, out: Path, *, errors: bool, model: str | None, threshold: float | None) -> Report:
    """Build the gold's articles into ``out`` and score the graph against the gold."""
    return run_with_graph(gold, corpus, out, errors=errors, model=model, threshold=threshold)[0]


def run_with_graph(
    gold: Path, corpus: Path, out: Path, *, errors: bool, model: str | None, threshold: float | None
) -> tuple[Report, Graph]:
    """:func:`run`, with the graph it scored, for diagnostics that read the graph too (parsed once)."""
    from rdflib import Graph

    from kg.build import build

    documents = load_gold(gold).documents
    if not documents:
        raise FileNotFoundError(f"the gold at {gold} lists no documents; each file needs \"documents\": [\"NNN.txt\"]")
    articles = out / "articles"
    link_articles(documents, corpus, articles)
    build([str(articles)], out, model=model, threshold=threshold)
    graph = Graph().parse(out / "graph.ttl", format="turtle")
    return evaluate_gold(gold, graph, errors=errors), graph


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, nargs="?", default=DEFAULT_GOLD, help=f"gold file or folder (default {DEFAULT_GOLD})")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help=f"BBC politics articles (default {DEFAULT_CORPUS})")
    parser.add_argument("--out", type=Path, default=None, help="keep the build here (default: a temporary folder)")
    parser.add_argument("--errors", action="store_true", help="list every missed and every wrong triple")
    parser.add_argument("--model", default=None, help="spaCy model name or path")
    parser.add_argument("--threshold", type=float, default=None, help="minimum fact confidence")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"bbc_gold: error: corpus {args.corpus} not found; put ../shared beside the repository or pass --corpus DIR", file=sys.stderr)
        return 2
    started = time.perf_counter()
    try:
        with tempfile.TemporaryDirectory(prefix="bbc-gold-") as tmp:
            out = args.out if args.out is not None else Path(tmp)
            if args.out is not None and (out / "articles").exists():
                print(f"bbc_gold: error: {out / 'articles'} exists; choose an empty --out DIR", file=sys.stderr)
                return 2
            report = run(args.gold, args.corpus, out, errors=args.errors, model=args.model, threshold=args.threshold)
    except (NewskgError, FileNotFoundError) as exc:
        print(f"bbc_gold: error: {exc}", file=sys.stderr)
        return 1
    print(report.format())
    print(summary_line(report, len(load_gold(args.gold).documents)))
    print(f"({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
