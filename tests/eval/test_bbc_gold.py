"""The real-news gold (benchmarks/gold/bbc) and the script that scores it."""

from __future__ import annotations

import re
from pathlib import Path
from types import ModuleType

import pytest
from benchmark_script import load

from kg.eval.gold import load_gold

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "benchmarks" / "gold" / "bbc"
CORPUS = REPO.parent / "shared" / "corpora" / "bbc_all" / "politics"


def bbc_gold_script() -> ModuleType:
    return load("bbc_gold")


GOLD_FILES = sorted(GOLD.rglob("*.json"))


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.relative_to(GOLD).as_posix())
def test_gold_file_names_its_one_article(path: Path) -> None:
    gold = load_gold(path)
    # "238.json" names politics/238.txt; "business-065.json" names business/065.txt (with --corpus .../bbc_all)
    assert gold.documents == (f"{path.stem.replace('-', '/')}.txt",)
    assert re.fullmatch(r"([a-z]+-)?\d{3}", path.stem)
    # names and relations only: no wording long enough to be a copied sentence
    assert all(len(name.split()) <= 20 for e in gold.entities.values() for name in e.names)


def test_missing_corpus_fails_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = bbc_gold_script().main([str(GOLD / "dev"), "--corpus", str(tmp_path / "nowhere")])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and "nowhere" in err and "--corpus" in err


def test_article_missing_from_corpus_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = bbc_gold_script().main([str(GOLD / "dev"), "--corpus", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 1
    assert "101.txt" in err and err.count("\n") == 1


def test_articles_of_a_section_folder_are_linked_under_it(tmp_path: Path) -> None:
    corpus = tmp_path / "bbc_all"
    (corpus / "business").mkdir(parents=True)
    (corpus / "business" / "065.txt").write_text("Ministers backed the plan.\n", encoding="utf-8")
    bbc_gold_script().link_articles(("business/065.txt",), corpus, tmp_path / "articles")
    assert (tmp_path / "articles" / "business" / "065.txt").read_text(encoding="utf-8") == "Ministers backed the plan.\n"


@pytest.mark.shared
def test_scores_one_real_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Builds one short article (a Labour MP's story) and finds his post (about 10 s)."""
    if not CORPUS.is_dir():
        pytest.skip(f"SKIPPED LOUDLY: {CORPUS} not found; the BBC gold needs ../shared beside the repo")
    code = bbc_gold_script().main([str(GOLD / "dev" / "113.json"), "--out", str(tmp_path / "out")])
    out = capsys.readouterr().out
    assert code == 0
    assert (tmp_path / "out" / "articles" / "113.txt").is_symlink()
    summary = out.strip().splitlines()[-1]
    assert summary.startswith("summary: 1 articles; core ") and "holdsRole R=1.00 (tp=1 fn=0)" in summary
