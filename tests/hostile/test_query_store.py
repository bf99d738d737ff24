"""`kg query` on a damaged store: one line naming the store and what to do, exit code 6."""

from __future__ import annotations

from pathlib import Path

import pytest



@pytest.fixture
def store(tmp_path: Path) -> Path:
    import pyoxigraph as ox

    path = tmp_path / "store"
    writer = ox.Store(str(path))
    writer.extend(
        ox.Quad(ox.NamedNode(f"https://newskg.org/id/person/p{i}"), ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
                ox.Literal(f"Person number {i}"))
        for i in range(5000)
    )
    writer.flush()
    writer.optimize()  # writes the quads out as .sst files
    del writer
    return path


def test_a_healthy_store_answers(kg, store: Path) -> None:
    run = kg("query", str(store), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "csv")
    assert run.code == 0, run.stderr
    assert run.stdout.split() == ["n", "5000"]


def test_a_truncated_sst_file(kg, store: Path) -> None:
    tables = sorted(store.glob("*.sst"))
    assert tables, "the store should have written .sst files"
    for table in tables:
        with table.open("r+b") as handle:
            handle.truncate(max(1, table.stat().st_size // 2))
    run = kg("query", str(store), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    line = run.one_error_line()
    assert run.code == 6
    assert f"cannot read store {store}: the store is damaged" in line and "rebuild it" in line


def test_a_store_missing_its_marker(kg, store: Path) -> None:
    (store / "CURRENT").unlink()
    run = kg("query", str(store), "ASK {}")
    assert run.code == 6 and "not an Oxigraph store" in run.one_error_line()


def test_a_directory_that_is_no_store(kg, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    run = kg("query", str(tmp_path), "ASK {}")
    assert run.code == 6 and "not an Oxigraph store" in run.one_error_line()
