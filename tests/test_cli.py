"""The ``kg`` command line on real text: each command, and each kind of bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph
from typer.testing import CliRunner

from kg.cli import app

runner = CliRunner()

ARTICLE = (
    "LONDON, May 4 (Newswire) -- Shadow Home Secretary David Davis criticised the identity card bill on Tuesday.\n\n"
    "Mr Davis said the plan would cost billions. Deputy Foreign Minister Anna Petrova met him in London.\n"
)


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("articles")
    (root / "davis.txt").write_text(ARTICLE, encoding="utf-8")
    sub = root / "more"
    sub.mkdir()
    (sub / "two.jsonl").write_text(
        json.dumps({"id": "j1", "text": "U.S. President Barack Obama met Russian Deputy Foreign Minister Sergei Ryabkov."}) + "\n",
        encoding="utf-8",
    )
    return root


@pytest.fixture(scope="module")
def built(articles: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out")
    result = runner.invoke(app, ["build", str(articles), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "Read 2 documents" in result.output
    return out


def test_build_writes_turtle_and_page(built: Path) -> None:
    graph = Graph().parse(built / "graph.ttl")
    labels = {str(o) for o in graph.objects(None, None) if str(o) in {"David Davis", "Barack Obama"}}
    assert labels == {"David Davis", "Barack Obama"}
    html = (built / "graph.html").read_text(encoding="utf-8")
    assert "David Davis" in html and "https://cdn" not in html


def test_build_is_idempotent_in_a_store(articles: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    first = runner.invoke(app, ["build", str(articles), "--out", str(tmp_path / "a"), "--store", str(store)])
    assert first.exit_code == 0, first.output
    size = len(Graph().parse(tmp_path / "a" / "graph.ttl"))
    again = runner.invoke(app, ["build", str(articles), "--out", str(tmp_path / "b"), "--store", str(store)])
    assert again.exit_code == 0, again.output
    assert len(Graph().parse(tmp_path / "b" / "graph.ttl")) == size


def test_extract_jsonl_contract(articles: Path) -> None:
    result = runner.invoke(app, ["extract", str(articles / "more" / "two.jsonl"), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert rows, result.output
    text = "U.S. President Barack Obama met Russian Deputy Foreign Minister Sergei Ryabkov."
    for row in rows:
        assert set(row) == {"doc", "subject", "predicate", "object", "sentence", "confidence"}
        assert row["doc"] == "j1"
        for side in ("subject", "object"):
            mention = row[side]
            assert set(mention) == {"text", "start", "end", "type", "iri"}
            assert text[mention["start"] : mention["end"]] == mention["text"]
    assert any(r["predicate"] == "holdsRole" and r["subject"]["text"] == "Barack Obama" for r in rows)


def test_extract_tsv(articles: Path) -> None:
    result = runner.invoke(app, ["extract", str(articles / "davis.txt"), "--format", "tsv"])
    assert result.exit_code == 0
    assert any(line.split("\t")[1:3] == ["David Davis", "holdsRole"] for line in result.output.splitlines())


def test_query_table_csv_json(built: Path) -> None:
    sparql = "PREFIX nkg: <https://newskg.org/ontology#> SELECT ?p ?r WHERE { ?p nkg:holdsRole ?r }"
    table = runner.invoke(app, ["query", str(built / "graph.ttl"), sparql])
    assert table.exit_code == 0 and "david-davis" in table.output
    as_csv = runner.invoke(app, ["query", str(built / "graph.ttl"), sparql, "--format", "csv"])
    assert as_csv.output.splitlines()[0].strip() == "p,r"
    as_json = runner.invoke(app, ["query", str(built / "graph.ttl"), sparql, "--format", "json"])
    assert json.loads(as_json.output)["head"]["vars"] == ["p", "r"]


def test_query_from_file_and_syntax_error(built: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?x WHERE {\n  ?x ?y \n", encoding="utf-8")
    result = runner.invoke(app, ["query", str(built / "graph.ttl"), "--file", str(bad)])
    assert result.exit_code != 0
    assert "syntax" in result.output.lower() and "Traceback" not in result.output


def test_query_refuses_service_without_permission(built: Path) -> None:
    sparql = "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"
    result = runner.invoke(app, ["query", str(built / "graph.ttl"), sparql])
    assert result.exit_code != 0 and "--allow-network" in result.output


@pytest.mark.parametrize("fmt", ["turtle", "nt", "nquads", "trig", "jsonld", "graphml", "csv"])
def test_export_formats(built: Path, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"graph.{fmt}"
    result = runner.invoke(app, ["export", str(built / "graph.ttl"), "--format", fmt, "--output", str(target)])
    assert result.exit_code == 0, result.output
    assert (target / "relations.csv" if fmt == "csv" else target).stat().st_size > 0


def test_render_and_stats(built: Path, tmp_path: Path) -> None:
    page = tmp_path / "focus.html"
    result = runner.invoke(app, ["render", str(built / "graph.ttl"), "--out", str(page), "--focus", "Davis"])
    assert result.exit_code == 0, result.output
    assert "David Davis" in page.read_text(encoding="utf-8")
    stats = runner.invoke(app, ["stats", str(built / "graph.ttl")])
    assert stats.exit_code == 0 and "Person" in stats.output


def run_kg(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real entry point in a fresh process, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "kg", *args], input=stdin, capture_output=True, text=True, timeout=300
    )


def one_clear_line(proc: subprocess.CompletedProcess[str]) -> str:
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.startswith("kg: error:")]
    assert len(errors) == 1, proc.stderr
    return errors[0]


def test_missing_path(tmp_path: Path) -> None:
    line = one_clear_line(run_kg("build", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "out")))
    assert "nope.txt" in line


def test_empty_and_binary_files_are_skipped_and_counted(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "in" / "blob.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "in" / "good.txt").write_text(ARTICLE, encoding="utf-8")
    proc = run_kg("build", str(tmp_path / "in"), "--out", str(tmp_path / "out"))
    assert proc.returncode == 0, proc.stderr
    assert "empty.txt" in proc.stderr and "blob.txt" in proc.stderr
    assert "skipped 2" in proc.stdout
    strict = run_kg("build", str(tmp_path / "in"), "--out", str(tmp_path / "out2"), "--strict")
    assert "blob.txt" in one_clear_line(strict) or "empty.txt" in one_clear_line(strict)


def test_nothing_readable_fails(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    line = one_clear_line(run_kg("build", str(tmp_path / "empty.txt"), "--out", str(tmp_path / "out")))
    assert "nothing was written" in line
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_non_utf8_is_decoded_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "latin.txt").write_bytes("Deputy Defense Minister Anatoly Antonov said the caf\xe9 was shut.".encode("latin-1"))
    proc = run_kg("build", str(tmp_path / "latin.txt"), "--out", str(tmp_path / "out"))
    assert proc.returncode == 0, proc.stderr
    assert "latin.txt" in proc.stderr and "UTF-8" in proc.stderr


def test_malformed_jsonl_line_names_file_and_line(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "a", "text": ARTICLE}), "{not json", json.dumps({"id": "b", "text": ARTICLE})]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = run_kg("build", str(tmp_path / "feed.jsonl"), "--out", str(tmp_path / "out"))
    assert proc.returncode == 0, proc.stderr
    assert "feed.jsonl:2" in proc.stderr and "Read 2 documents" in proc.stdout
    strict = run_kg("build", str(tmp_path / "feed.jsonl"), "--out", str(tmp_path / "out2"), "--strict")
    assert "feed.jsonl:2" in one_clear_line(strict)


def test_stdin_input(tmp_path: Path) -> None:
    proc = run_kg("extract", "-", "--format", "tsv", stdin=ARTICLE)
    assert proc.returncode == 0, proc.stderr
    assert "David Davis\tholdsRole" in proc.stdout


def test_unwritable_out(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    line = one_clear_line(run_kg("build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "afile" / "out")))
    assert "--out" in line


def test_unknown_model_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    line = one_clear_line(run_kg("build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "o"), "--model", "no_such_model"))
    assert "no_such_model" in line


def test_help_has_examples() -> None:
    for command in ["build", "extract", "query", "serve", "export", "render", "stats"]:
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0 and "Example" in result.output, command


def test_a_store_merges_a_surname_into_the_full_name_seen_later(tmp_path: Path) -> None:
    """'Tauscher' in one build and 'Ellen Tauscher' in the next become one node when their
    articles share a neighbour, as they would in one build: the order of builds does not matter."""
    from rdflib import RDF, RDFS
    from rdflib.compare import isomorphic

    from kg.vocab import NKG

    (tmp_path / "first.txt").write_text("Ms Tauscher said the talks with Sergei Ryabkov in Moscow went well.\n", encoding="utf-8")
    (tmp_path / "second.txt").write_text(
        "U.S. Under Secretary for Arms Control Ellen Tauscher met Deputy Foreign Minister Sergei Ryabkov.\n",
        encoding="utf-8",
    )
    graphs = []
    for order in (("first.txt", "second.txt"), ("second.txt", "first.txt")):
        store = tmp_path / f"store-{order[0]}"
        for name in order:
            out = tmp_path / f"{order[0]}-{name}"
            result = runner.invoke(app, ["build", str(tmp_path / name), "--out", str(out), "--store", str(store)])
            assert result.exit_code == 0, result.output
        graphs.append(Graph().parse(out / "graph.ttl"))
    graph = graphs[0]
    people = {str(graph.value(p, RDFS.label)) for p in graph.subjects(RDF.type, NKG.Person)}
    assert "Tauscher" not in people and "Ellen Tauscher" in people, people
    tauscher = next(p for p in graph.subjects(RDF.type, NKG.Person) if str(graph.value(p, RDFS.label)) == "Ellen Tauscher")
    assert list(graph.objects(tauscher, NKG.said)), "her statement from the first article is on the merged node"
    assert isomorphic(graphs[0], graphs[1])


def test_tsv_keeps_one_fact_per_line(tmp_path: Path) -> None:
    """A headline running into its dateline puts a line break inside a mention; TSV must not break."""
    (tmp_path / "a.txt").write_text(
        "Romania rejects Russian demand to close missile site\n\nBUCHAREST, May 7 -- Romania rejected it.\n", encoding="utf-8"
    )
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "--format", "tsv"])
    assert result.exit_code == 0
    assert all(len(line.split("\t")) == 5 for line in result.output.splitlines()), result.output
