"""`kg build` at corpus scale: time against bare spaCy, peak memory at 100 and 2,225 articles, Dask.

Every figure comes from fresh processes in this one run, so the ratios compare like with like:

- bare spaCy: one `nlp.pipe` pass over the same texts with the same model (as spaCy ships
  it), against `kg build --jobs 1` over the whole corpus;
- peak memory (the largest total resident memory of the build and all its child processes,
  sampled every 0.2 s) of `kg build` on 100 articles (20 from each section) and on all;
- `kg build --cluster local:2` against `--jobs 1` on the first `--cluster-articles` articles.

    uv run python benchmarks/scale.py [--corpus ../shared/corpora/bbc_all] [--cluster-articles 2225]

The corpus is the five section folders of BBC full text (2,225 articles; `sport/199.txt` is
Latin-1 and is read with a warning, U+FFFD for the bad byte, as the README says).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "bbc_all"
SECTIONS = ("business", "entertainment", "politics", "sport", "tech")

BARE_SPACY = """
import sys
import spacy
from kg.nlp import DEFAULT_MODELS
from kg.sources import read_articles
texts = (a.text for a in read_articles(sys.argv[1:], on_problem=lambda p: None))  # what kg build reads
for name in DEFAULT_MODELS:  # the model kg build loads, as spaCy ships it (without newskg's additions)
    try:
        nlp = spacy.load(name)
        break
    except OSError:
        continue
for _ in nlp.pipe(texts, batch_size=32):
    pass
"""


def run(command: list[str]) -> tuple[float, float]:
    """Wall seconds, and peak resident memory (MB) of the process and all its children."""
    import psutil

    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        root = psutil.Process(proc.pid)
        while not done.is_set():
            try:
                tree = [root, *root.children(recursive=True)]
                total = 0
                for p in tree:
                    try:
                        total += p.memory_info().rss
                    except psutil.Error:
                        pass
                peak = max(peak, total)
            except psutil.Error:
                pass
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    code = proc.wait()
    done.set()
    sampler.join()
    if code != 0:
        sys.exit(f"scale: {' '.join(command)} failed with exit code {code}")
    return time.perf_counter() - started, peak / 2**20


def files(corpus: Path) -> list[Path]:
    return [f for section in SECTIONS for f in sorted((corpus / section).glob("*.txt"))]


def linked(paths: list[Path], where: Path) -> Path:
    """A folder of links to ``paths`` (the corpus stays in ../shared)."""
    where.mkdir()
    for path in paths:
        (where / f"{path.parent.name}-{path.name}").symlink_to(path)
    return where


def build(inputs: list[str], out: Path, *extra: str) -> tuple[float, float]:
    return run([sys.executable, "-m", "kg", "build", *inputs, "--out", str(out), *extra])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--cluster-articles", type=int, default=2225, help="articles for the Dask comparison")
    args = parser.parse_args()
    if not all((args.corpus / s).is_dir() for s in SECTIONS):
        sys.exit(f"scale: {args.corpus} lacks the section folders {', '.join(SECTIONS)}; pass --corpus DIR")
    everything = files(args.corpus)
    whole = [str(args.corpus / s) for s in SECTIONS]
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        sample = linked([f for s in SECTIONS for f in sorted((args.corpus / s).glob("*.txt"))[:20]], tmp / "sample")
        bare, bare_peak = run([sys.executable, "-c", BARE_SPACY, *whole])
        print(f"bare spaCy nlp.pipe, {len(everything)} articles: {bare:.1f} s (peak {bare_peak:.0f} MB)", flush=True)
        small, small_peak = build([str(sample)], tmp / "o100")
        print(f"kg build --jobs 1, 100 articles: {small:.1f} s, peak {small_peak:.0f} MB", flush=True)
        full, full_peak = build(whole, tmp / "oall")
        print(f"kg build --jobs 1, {len(everything)} articles: {full:.1f} s, peak {full_peak:.0f} MB", flush=True)
        if args.cluster_articles >= len(everything):
            subset, one = whole, full
        else:
            subset = [str(linked(everything[: args.cluster_articles], tmp / "subset"))]
            one, _ = build(subset, tmp / "osub")
            print(f"kg build --jobs 1, {args.cluster_articles} articles: {one:.1f} s", flush=True)
        dask, dask_peak = build(subset, tmp / "odask", "--cluster", "local:2")
        n = min(args.cluster_articles, len(everything))
        print(f"kg build --cluster local:2, {n} articles: {dask:.1f} s, peak {dask_peak:.0f} MB", flush=True)
    print()
    print(f"time, build / bare spaCy ({len(everything)} articles):   {full / bare:.2f}  (target <= 1.5)")
    print(f"peak memory, {len(everything)} / 100 articles:          {full_peak / small_peak:.2f}  (target <= 1.3)")
    print(f"time, --cluster local:2 / --jobs 1 ({n} articles): {dask / one:.2f}")


if __name__ == "__main__":
    main()
