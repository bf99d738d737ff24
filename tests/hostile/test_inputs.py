"""Hostile inputs to ``kg build``: odd files, odd JSON, odd streams. One line each, nothing lost."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDF

from kg.vocab import NKG

from .running import example, kg


def documents(out: Path) -> set[str]:
    graph = Graph().parse(out / "graph.ttl")
    return {str(graph.value(d, NKG.documentId)) for d in graph.subjects(RDF.type, NKG.Document)}


def test_a_hostile_directory_reads_the_articles_and_names_everything_else(tmp_path: Path) -> None:
    tree = tmp_path / "corpus"
    tree.mkdir()
    (tree / "good.txt").write_text(example(), encoding="utf-8")
    (tree / "README.md").write_text("# Corpus\n\nThis folder holds articles collected by Jane Smith, who said it is free.\n")
    (tree / "LICENSE").write_text("MIT License\n")
    (tree / "SOURCE_README.TXT").write_text("Source: a news site. Copyright its owners.\n")
    (tree / ".hidden.txt").write_text("Hidden text that should never be read.\n")
    os.symlink("nowhere.txt", tree / "dangling.txt")
    os.symlink("loop-b.txt", tree / "loop-a.txt")
    os.symlink("loop-a.txt", tree / "loop-b.txt")
    os.symlink(".", tree / "self")
    os.mkfifo(tree / "pipe.txt")
    (tree / "huge.txt").write_text("word " * 70_000)
    records = [
        '{"id": "surrogate", "text": "' + json.dumps(example())[1:-1] + '\\ud800"}',
        "[" * 100_000 + "]" * 100_000,
        json.dumps({"id": "separators", "text": "Line\u2028separator\u0085 inside. " + example("aid-cut-revolt.txt")}, ensure_ascii=False),
        "{not json",
    ]
    (tree / "records.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    run = kg("build", str(tree), "--out", str(tmp_path / "out"), "--max-bytes", "300000", timeout=180)
    assert run.code == 0, run.err
    err = run.err
    assert "README.md: looks like a README" in err and "SOURCE_README.TXT: looks like a README" in err
    assert "dangling.txt: dangling symbolic link (to 'nowhere.txt')" in err
    assert "loop-a.txt: symbolic link loop" in err and "loop-b.txt: symbolic link loop" in err
    assert "self: is a symbolic link to a directory; not followed" in err
    assert "pipe.txt: a FIFO, not a regular file" in err
    assert "huge.txt: input is over --max-bytes (300,000 bytes)" in err
    assert "records.jsonl:1: lone UTF-16 surrogate" in err
    assert "records.jsonl:2: JSON nested too deeply" in err
    assert "records.jsonl:4: not valid JSON" in err  # line numbers count \n only
    assert "records.jsonl:3" not in err
    assert "skipped 7" in run.out  # dangling, two loops, FIFO, huge, deep JSON, bad JSON
    assert documents(tmp_path / "out") == {"good.txt", "surrogate", "separators"}
    assert "Hidden" not in (tmp_path / "out" / "graph.ttl").read_text()


def test_include_and_exclude_pick_files_inside_directories(tmp_path: Path) -> None:
    tree = tmp_path / "corpus"
    (tree / "drafts").mkdir(parents=True)
    (tree / "a.txt").write_text(example(), encoding="utf-8")
    (tree / "drafts" / "b.txt").write_text(example("aid-cut-revolt.txt"), encoding="utf-8")
    (tree / "c.md").write_text(example("latvia-samp-t.txt"), encoding="utf-8")
    run = kg("build", str(tree), "--out", str(tmp_path / "out"), "--include", "*.txt", "--exclude", "drafts/*")
    assert run.code == 0, run.err
    assert documents(tmp_path / "out") == {"a.txt"}


@pytest.mark.parametrize("how", ["closed", "fifo", "device"])
def test_streams_that_never_end_or_never_start_give_one_line(tmp_path: Path, how: str) -> None:
    if how == "closed":
        read_fd, write_fd = os.pipe()
        os.close(write_fd)
        os.close(read_fd)  # the child inherits no fd 0: `kg build - <&-`
        run = _closed_stdin_build(tmp_path)
        assert "standard input is closed" in run.err
    elif how == "fifo":
        os.mkfifo(tmp_path / "f.txt")
        run = kg("build", str(tmp_path / "f.txt"), "--out", str(tmp_path / "out"), timeout=60)
        assert "f.txt: a FIFO, not a regular file" in run.err
    else:
        run = kg("build", "/dev/zero", "--out", str(tmp_path / "out"), timeout=60)
        assert "/dev/zero: a device, not a regular file" in run.err
    assert run.code == 2
    assert run.err.strip().splitlines()[-1].startswith("kg: error: no article could be read")
    assert not (tmp_path / "out" / "graph.ttl").exists()


def _closed_stdin_build(tmp_path: Path):  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    from .running import Run

    done = subprocess.run(
        ["/bin/sh", "-c", f'exec "{sys.executable}" -m kg build - --out "{tmp_path / "out"}" <&-'],
        capture_output=True, timeout=60, check=False,
    )
    return Run(done.returncode, done.stdout.decode(), done.stderr.decode()).no_traceback()


def test_endless_stdin_is_cut_at_max_bytes(tmp_path: Path) -> None:
    with open("/dev/urandom", "rb") as endless:  # noqa: PTH123
        run = kg("build", "-", "--out", str(tmp_path / "out"), stdin=endless.fileno(), timeout=60)
    assert run.code == 2
    assert "<stdin>" in run.err


def test_jsonl_on_stdin_with_separators_keeps_line_numbers(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "one", "text": "A\u2028B\u0085C " + example()}, ensure_ascii=False),
        "{broken",
    ]
    run = kg("build", "-", "--out", str(tmp_path / "out"), stdin=("\n".join(lines) + "\n").encode())
    assert run.code == 0, run.err
    assert "<stdin>:2: not valid JSON" in run.err
    assert documents(tmp_path / "out") == {"one"}


def test_an_article_not_in_english_is_read_warned_and_counted(tmp_path: Path) -> None:
    french = (
        "Le président de la République a annoncé mardi une série de mesures destinées à soutenir le pouvoir "
        "d'achat des ménages. Selon le ministre de l'Économie, ces mesures coûteront près de dix milliards "
        "d'euros à l'État. L'opposition a dénoncé un plan insuffisant et a réclamé une hausse des salaires. "
        "Les syndicats appellent à une nouvelle journée de mobilisation jeudi prochain dans les grandes villes."
    )
    (tmp_path / "fr.txt").write_text(french, encoding="utf-8")
    (tmp_path / "en.txt").write_text(example(), encoding="utf-8")
    run = kg("build", str(tmp_path / "fr.txt"), str(tmp_path / "en.txt"), "--out", str(tmp_path / "out"))
    assert run.code == 0, run.err
    assert "fr.txt: does not look like English" in run.err
    assert "en.txt" not in run.err
    assert "1 with warnings" in run.out
    assert Literal("fr.txt") in set(Graph().parse(tmp_path / "out" / "graph.ttl").objects(None, NKG.documentId))
