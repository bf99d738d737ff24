"""`kg build` at corpus scale: time against bare spaCy, peak memory at 100 and 2,225 articles, Dask.

Every figure comes from fresh processes in this one run, so the ratios compare like with like.
The processes run side by side unless `--one-at-a-time`: on a machine shared with other work,
CPU seconds (user + system, the whole process tree) are the fair measure of cost, and the
script prints them beside wall-clock seconds.

- bare spaCy: one `nlp.pipe` pass over the same texts with the same model (as spaCy ships
  it), against `kg build --jobs 1` over the whole corpus;
- peak memory (the largest total resident memory of the build and all its child processes,
  sampled every 0.2 s) of `kg build` on 100 articles (20 from each section) and on all;
- `kg build --cluster local:2` against `--jobs 1` on the first `--cluster-articles` articles.

    uv run python benchmarks/scale.py [--corpus ../shared/corpora/bbc_all] [--articles 2225] [--cluster-articles 2225]

The corpus is the five section folders of BBC full text (2,225 articles; `sport/199.txt` is
Latin-1 and is read with a warning, U+FFFD for the bad byte, as the README says).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from bytecode import BYTECODE_ENV  # benchmarks/bytecode.py

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


@dataclass
class Run:
    """One measured process: wall and CPU seconds (its whole process tree), peak memory."""

    wall: float
    cpu: float
    peak_mb: float


def run(command: list[str]) -> Run:
    """Run ``command``; CPU time from ``wait4`` covers the children it reaped, peak memory
    is the largest sum of resident memory over the process and its children, sampled."""
    import psutil

    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=BYTECODE_ENV)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        root = psutil.Process(proc.pid)
        while not done.is_set():
            total = 0
            try:
                for p in [root, *root.children(recursive=True)]:
                    try:
                        total += p.memory_info().rss
                    except psutil.Error:
                        pass
            except psutil.Error:
                pass
            peak = max(peak, total)
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    done.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"scale: {' '.join(command)} failed with exit code {proc.returncode}")
    return Run(wall, usage.ru_utime + usage.ru_stime, peak / 2**20)


def warm_up(articles: list[Path], where: Path) -> None:
    """One small build and one bare pass before any measurement, so the bytecode of
    everything both import is cached and no measured process compiles it."""
    folder = str(linked(articles, where / "warm"))
    for command in ([sys.executable, "-c", BARE_SPACY, folder], build([folder], where / "owarm")):
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=BYTECODE_ENV)


def files(corpus: Path) -> list[Path]:
    return [f for section in SECTIONS for f in sorted((corpus / section).glob("*.txt"))]


def linked(paths: list[Path], where: Path) -> Path:
    """A folder of links to ``paths`` (the corpus stays in ../shared)."""
    where.mkdir()
    for path in paths:
        (where / f"{path.parent.name}-{path.name}").symlink_to(path)
    return where


def build(inputs: list[str], out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "kg", "build", *inputs, "--out", str(out), *extra]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=int, default=2225, help="articles for the whole-corpus runs (an equal share per section)")
    parser.add_argument("--cluster-articles", type=int, default=2225, help="articles for the Dask comparison (100: the sample)")
    parser.add_argument("--one-at-a-time", action="store_true", help="run the measurements one after another")
    args = parser.parse_args()
    if not all((args.corpus / s).is_dir() for s in SECTIONS):
        sys.exit(f"scale: {args.corpus} lacks the section folders {', '.join(SECTIONS)}; pass --corpus DIR")
    everything = files(args.corpus)
    whole = [str(args.corpus / s) for s in SECTIONS]
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        if args.articles < len(everything):
            share = args.articles // len(SECTIONS)
            everything = [f for s in SECTIONS for f in sorted((args.corpus / s).glob("*.txt"))[:share]]
            whole = [str(linked(everything, tmp / "whole"))]
        n = min(args.cluster_articles, len(everything))
        sample = linked([f for s in SECTIONS for f in sorted((args.corpus / s).glob("*.txt"))[:20]], tmp / "sample")
        if n == 100:
            subset = [str(sample)]
        else:
            subset = whole if n == len(everything) else [str(linked(everything[:n], tmp / "subset"))]
        commands = {
            "bare": [sys.executable, "-c", BARE_SPACY, *whole],
            "100": build([str(sample)], tmp / "o100"),
            "all": build(whole, tmp / "oall"),
            "dask": build(subset, tmp / "odask", "--cluster", "local:2"),
        }
        if n not in (100, len(everything)):
            commands["subset"] = build(subset, tmp / "osub")
        warm_up(everything[:3], tmp)
        results: dict[str, Run] = {}

        def measure(name: str) -> None:
            results[name] = result = run(commands[name])
            print(f"{name}: wall {result.wall:.1f} s, cpu {result.cpu:.1f} s, peak {result.peak_mb:.0f} MB", flush=True)

        threads = [threading.Thread(target=measure, args=(name,)) for name in commands]
        for thread in threads:
            thread.start()
            if args.one_at_a_time:
                thread.join()
        for thread in threads:
            thread.join()
    one = results.get("subset", results["100"] if n == 100 else results["all"])
    bare, full, small, dask = results["bare"], results["all"], results["100"], results["dask"]
    print()
    print(f"articles: {len(everything)} (bare spaCy and kg build --jobs 1), 100 (sample), {n} (Dask comparison)")
    print(f"time, build / bare spaCy:            cpu {full.cpu / bare.cpu:.2f}, wall {full.wall / bare.wall:.2f}  (target <= 1.5)")
    print(f"peak memory, {len(everything)} / 100 articles:  {full.peak_mb:.0f} / {small.peak_mb:.0f} MB = {full.peak_mb / small.peak_mb:.2f}  (target <= 1.3)")
    print(f"--cluster local:2 / --jobs 1:        wall {dask.wall / one.wall:.2f}, cpu {dask.cpu / one.cpu:.2f}")


if __name__ == "__main__":
    main()
