"""Time `kg build` over a corpus against a bare spaCy `nlp.pipe` pass over the same texts.

Both run in fresh processes in the same invocation, so the ratio compares like with like
(interpreter start, model load, parsing; the build also resolves, extracts, maps to RDF and
writes graph.ttl and graph.html). Peak memory is the child's maximum resident set size.

    uv run python benchmarks/throughput.py [--corpus ../shared/corpora/bbc_politics] [--jobs 1]
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bytecode import BYTECODE_ENV  # benchmarks/bytecode.py

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "bbc_politics"

BARE_SPACY = """
import sys
import spacy
from kg.nlp import DEFAULT_MODELS
from kg.sources import read_articles
texts = [a.text for a in read_articles([sys.argv[1]])]  # the same articles kg build reads
for name in DEFAULT_MODELS:  # the model kg build loads, as spaCy ships it (without newskg's additions)
    try:
        nlp = spacy.load(name)
        break
    except OSError:
        continue
for _ in nlp.pipe(texts, batch_size=16):
    pass
"""



def timed(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MB) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=BYTECODE_ENV)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(peak, before) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=1, help="runs of each; the fastest counts")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"throughput: corpus {args.corpus} not found; pass --corpus DIR")
    from kg.sources import read_articles

    count = sum(1 for _ in read_articles([str(args.corpus)]))
    bare_runs, build_runs = [], []
    with tempfile.TemporaryDirectory() as out:
        bare_command = [sys.executable, "-c", BARE_SPACY, str(args.corpus)]
        build_command = [sys.executable, "-m", "kg", "build", str(args.corpus), "--out", out, "--jobs", str(args.jobs)]
        warm = Path(out) / "warm"
        warm.mkdir()
        (warm / "a.txt").write_text("Ministers said the plan would go ahead.\n", encoding="utf-8")
        for command in ([*bare_command[:-1], str(warm)], [*build_command[:4], str(warm), "--out", str(Path(out) / "w")]):
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=BYTECODE_ENV)
        for _ in range(args.repeat):
            bare_runs.append(timed(bare_command))
            build_runs.append(timed(build_command))
    bare = min(s for s, _ in bare_runs)
    build = min(s for s, _ in build_runs)
    peak = max(m for _, m in build_runs)
    print(f"corpus: {args.corpus} ({count} articles), jobs={args.jobs}")
    print(f"bare spaCy nlp.pipe: {bare:.1f} s")
    print(f"kg build:            {build:.1f} s  (peak memory {peak:.0f} MB)")
    print(f"ratio build / bare:  {build / bare:.2f}  (target <= 1.5)")


if __name__ == "__main__":
    main()
