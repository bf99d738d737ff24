"""Rebuild a corpus into one store through other paths: the store must not grow.

A document's identity is its content (or its JSONL id), never the path it was given, so
building the same articles again through a folder of links with other names, and then
file by file, must leave the store's triple count as the first build left it.

    uv run python benchmarks/rebuild_paths.py [--corpus ../shared/corpora/bbc_all/politics]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import pyoxigraph as ox

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "bbc_all" / "politics"


def build(inputs: list[str], out: Path, store: Path) -> int:
    """Build ``inputs`` into ``store`` with the real command; the store's triple count after it."""
    subprocess.run([sys.executable, "-m", "kg", "build", *inputs, "--out", str(out), "--store", str(store)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    return len(ox.Store.read_only(str(store)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    articles = sorted(args.corpus.glob("*.txt"))
    if not articles:
        sys.exit(f"rebuild_paths: no .txt articles in {args.corpus}; pass --corpus DIR")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        store = tmp / "store"
        links = tmp / "renamed"
        links.mkdir()
        for n, article in enumerate(articles):
            (links / f"article-{n:05d}.txt").symlink_to(article.resolve())
        counts = {
            "the folder": build([str(args.corpus)], tmp / "o1", store),
            "a folder of links with other names": build([str(links)], tmp / "o2", store),
            "the files one by one": build([str(a) for a in articles], tmp / "o3", store),
        }
    print(f"{len(articles)} articles from {args.corpus}, built three times into one store:")
    for how, count in counts.items():
        print(f"  through {how}: {count:,} triples")
    same = len(set(counts.values())) == 1
    print("store unchanged by the rebuilds: " + ("yes" if same else "NO"))
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
