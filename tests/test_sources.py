"""read_articles: every input kind, every problem, and that files are read lazily."""

from __future__ import annotations

import io
import json
import logging
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.sources import read_articles
from kg.types import Article


def collect(inputs: list[str], **kwargs: object) -> tuple[list[Article], list[InputError]]:
    problems: list[InputError] = []
    articles = list(read_articles(inputs, on_problem=problems.append, **kwargs))  # type: ignore[arg-type]
    return articles, problems


def write_jsonl(path: Path, *lines: object) -> Path:
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n")
    return path


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_text_file_id_is_path_relative_to_cwd(in_tmp: Path) -> None:
    (in_tmp / "news").mkdir()
    (in_tmp / "news" / "tauscher.txt").write_text("WASHINGTON, Oct 18\nEllen Tauscher said.\n")
    articles, problems = collect(["news/tauscher.txt"])
    assert problems == []
    assert articles == [Article(id="news/tauscher.txt", text="WASHINGTON, Oct 18\nEllen Tauscher said.\n")]


def test_absolute_path_under_cwd_gets_relative_id(in_tmp: Path) -> None:
    (in_tmp / "a.md").write_text("# Heading\nBody")
    articles, _ = collect([str(in_tmp / "a.md")])
    assert [a.id for a in articles] == ["a.md"]
    assert articles[0].title is None  # the first line is text, not a title


def test_file_outside_cwd_gets_its_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "story.txt").write_text("Text.")
    cwd = tmp_path / "elsewhere"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    articles, _ = collect([str(outside / "story.txt")])
    assert [a.id for a in articles] == ["story.txt"]


def test_directory_is_searched_recursively_sorted_with_relative_ids(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "sub" / "deeper").mkdir(parents=True)
    (corpus / ".hidden").mkdir()
    (corpus / "b.txt").write_text("B")
    (corpus / "a.md").write_text("A")
    (corpus / "sub" / "c.txt").write_text("C")
    (corpus / "sub" / "deeper" / "d.TXT").write_text("D")
    (corpus / "notes.csv").write_text("x,y")
    (corpus / "image.png").write_bytes(b"\x89PNG\x00\x00")
    (corpus / ".hidden" / "e.txt").write_text("E")
    write_jsonl(corpus / "sub" / "more.jsonl", {"id": "j1", "text": "J"})
    articles, problems = collect([str(corpus)])
    assert problems == []
    assert [(a.id, a.text) for a in articles] == [
        ("a.md", "A"),
        ("b.txt", "B"),
        ("sub/c.txt", "C"),
        ("sub/deeper/d.TXT", "D"),
        ("j1", "J"),
    ]


def test_jsonl_ids_and_metadata(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "batch.jsonl",
        {
            "id": "itar-tass-1",
            "text": "One.",
            "title": "T",
            "date": "2011-10-18",
            "url": "https://x",
            "source": "Itar-Tass",
        },
        "",
        {"id": 42, "text": "Two.", "date": 2011, "extra": "ignored"},
    )
    articles, problems = collect([str(path)])
    assert problems == []
    assert articles == [
        Article("itar-tass-1", "One.", title="T", date="2011-10-18", url="https://x", source="Itar-Tass", own_id=True),
        Article("42", "Two.", date="2011", own_id=True),
    ]


def test_missing_path_fails_at_call_time_before_reading_anything(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("fine")
    with pytest.raises(InputError, match="no such file or directory; check the path") as info:
        read_articles([str(tmp_path / "ok.txt"), str(tmp_path / "typo.txt")])
    assert info.value.path == str(tmp_path / "typo.txt")


@pytest.mark.parametrize(
    ("content", "expected"),
    [(b"", "empty"), (b"  \n\t\n", "empty"), (b"PK\x03\x04\x00\x00binary", "binary")],
    ids=["empty", "whitespace", "binary"],
)
def test_unusable_file_is_a_problem_and_others_still_come(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    (tmp_path / "bad.txt").write_bytes(content)
    (tmp_path / "good.txt").write_text("Good.")
    articles, problems = collect([str(tmp_path / "bad.txt"), str(tmp_path / "good.txt")])
    assert [a.text for a in articles] == ["Good."]
    assert len(problems) == 1
    assert problems[0].path == str(tmp_path / "bad.txt")
    assert expected in str(problems[0])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('{"id": "x", "text": ', "not valid JSON"),
        ('["id", "text"]', "expected a JSON object"),
        ('{"text": "no id"}', 'missing or empty "id"'),
        ('{"id": "  ", "text": "blank id"}', 'missing or empty "id"'),
        ('{"id": "x"}', '"text" is missing'),
        ('{"id": "x", "text": 7}', '"text" must be a string, not int'),
        ('{"id": "x", "text": "   "}', '"text" is empty'),
        ('{"id": "x", "text": "t", "title": ["a"]}', '"title" must be a string'),
    ],
)
def test_malformed_jsonl_line_names_file_and_line(tmp_path: Path, line: str, expected: str) -> None:
    path = write_jsonl(
        tmp_path / "in.jsonl", {"id": "first", "text": "1"}, line, {"id": "third", "text": "3"}
    )
    articles, problems = collect([str(path)])
    assert [a.id for a in articles] == ["first", "third"]
    assert len(problems) == 1
    assert (problems[0].path, problems[0].line) == (str(path), 2)
    assert expected in str(problems[0])
    assert str(problems[0]).startswith(f"{path}:2: ")


def test_strict_raises_the_first_problem(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", {"id": "a", "text": "1"}, "not json", {"id": "b", "text": "2"})
    seen = []
    with pytest.raises(InputError, match="not valid JSON"):
        for article in read_articles([str(path)], strict=True):
            seen.append(article.id)
    assert seen == ["a"]


def test_problems_are_logged_when_nobody_listens(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "empty.txt").write_text("")
    with caplog.at_level(logging.WARNING, logger="kg.sources"):
        assert list(read_articles([str(tmp_path / "empty.txt")])) == []
    assert "empty.txt" in caplog.text and "empty" in caplog.text


def test_non_utf8_is_replaced_with_a_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Caf\u00e9 au lait".encode("latin-1"))
    warnings: list[str] = []
    with caplog.at_level(logging.WARNING, logger="kg.sources"):
        articles, problems = collect([str(path)], on_warning=warnings.append)
    assert problems == []
    assert articles[0].text == "Caf\ufffd au lait"
    assert str(path) in caplog.text and "UTF-8" in caplog.text
    assert len(warnings) == 1 and str(path) in warnings[0]


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes("\ufeffText".encode())
    articles, _ = collect([str(tmp_path / "bom.txt")])
    assert articles[0].text == "Text"


def test_duplicate_id_keeps_the_first(tmp_path: Path) -> None:
    first = write_jsonl(tmp_path / "one.jsonl", {"id": "same", "text": "first"})
    second = write_jsonl(
        tmp_path / "two.jsonl", {"id": "other", "text": "x"}, {"id": "same", "text": "second"}
    )
    articles, problems = collect([str(first), str(second)])
    assert [(a.id, a.text) for a in articles] == [("same", "first"), ("other", "x")]
    assert len(problems) == 1
    assert (problems[0].path, problems[0].line) == (str(second), 2)
    assert "already read" in str(problems[0])


def test_same_file_twice_is_a_duplicate(in_tmp: Path) -> None:
    (in_tmp / "a.txt").write_text("A")
    articles, problems = collect(["a.txt", "./a.txt"])
    assert [a.id for a in articles] == ["a.txt"]
    assert len(problems) == 1


def test_directory_without_articles_is_a_problem(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    articles, problems = collect([str(tmp_path / "empty")])
    assert articles == [] and "no .txt, .md or .jsonl" in str(problems[0])


def test_stdin_is_one_article() -> None:
    articles, _ = collect(["-"], stdin=io.StringIO("{not json} first line\nsecond line\n"))
    assert articles == [Article(id="stdin", text="{not json} first line\nsecond line\n")]


def test_stdin_that_looks_like_jsonl_is_jsonl() -> None:
    stream = io.StringIO('{"id": "a", "text": "A"}\n\n{"id": "b", "text": "B"}\n{"id": "c"}\n')
    articles, problems = collect(["-"], stdin=stream)
    assert [a.id for a in articles] == ["a", "b"]
    assert (problems[0].path, problems[0].line) == ("<stdin>", 4)


def test_empty_stdin_is_a_problem() -> None:
    articles, problems = collect(["-"], stdin=io.StringIO("\n"))
    assert articles == [] and "empty" in str(problems[0])


def test_files_are_read_one_at_a_time(tmp_path: Path) -> None:
    (tmp_path / "1.txt").write_text("first")
    (tmp_path / "2.txt").write_text("original")
    articles = read_articles([str(tmp_path / "1.txt"), str(tmp_path / "2.txt")])
    assert next(articles).text == "first"
    (tmp_path / "2.txt").write_text("changed after the first article was read")
    assert next(articles).text == "changed after the first article was read"
