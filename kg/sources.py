"""Where articles come from: text files, directories, JSONL and standard input.

One bad input should not sink a run over a thousand articles, so every problem with
one item (an empty file, a binary file, a malformed JSONL line, a repeated id) becomes
an :class:`~kg.errors.InputError` handed to ``on_problem`` and that item is skipped.
A path that does not exist is different: it is almost always a typo, so it fails the
run before any work is done. Files are read one at a time as the iterator advances, so
a large corpus never sits in memory at once.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import NamedTuple, TextIO

from kg.errors import InputError
from kg.iri import document_iri
from kg.types import Article

__all__ = ["JSONL_SUFFIXES", "TEXT_SUFFIXES", "read_articles"]

logger = logging.getLogger(__name__)

TEXT_SUFFIXES = frozenset({".txt", ".md"})
JSONL_SUFFIXES = frozenset({".jsonl"})
STDIN = "-"
STDIN_ID = "stdin"
_BINARY_PROBE = 8192  # bytes looked at for NUL, as git and grep do
_OPTIONAL_FIELDS = ("title", "date", "url", "source")

ProblemHandler = Callable[[InputError], None]
WarningHandler = Callable[[str], None]


class _Read(NamedTuple):
    """An article and where it was read, so a duplicate id can point at its line."""

    article: Article
    where: str
    line: int | None = None


def read_articles(
    inputs: Sequence[str],
    *,
    strict: bool = False,
    stdin: TextIO | None = None,
    on_problem: ProblemHandler | None = None,
    on_warning: WarningHandler | None = None,
) -> Iterator[Article]:
    """Read every article in ``inputs``, lazily and in order.

    Args:
        inputs: Paths of ``.txt``/``.md``/``.jsonl`` files or directories (searched
            recursively, sorted), or ``"-"`` for standard input.
        strict: Raise the first problem instead of skipping the item, for pipelines
            where a partial graph is worse than none.
        stdin: Stream read for ``"-"``; defaults to ``sys.stdin``.
        on_problem: Called with each skipped item's error. Without it problems are
            logged as warnings so they are never silent.
        on_warning: Called with each warning that does not skip the article (text
            that is not valid UTF-8), besides the log record.

    Returns:
        An iterator of articles with unique ids.

    Raises:
        InputError: At call time if an input path does not exist; while iterating,
            the first problem when ``strict`` is true.
    """
    for item in inputs:
        if item != STDIN and not os.path.lexists(item):
            raise InputError("no such file or directory; check the path", path=item)
    return _iter_articles(inputs, strict, stdin, on_problem, on_warning)


def _iter_articles(
    inputs: Sequence[str],
    strict: bool,
    stdin: TextIO | None,
    on_problem: ProblemHandler | None,
    on_warning: WarningHandler | None,
) -> Iterator[Article]:
    """Turn items into articles, routing each problem to ``strict``/``on_problem``."""
    seen: dict[str, str] = {}  # document IRI -> where it was first read
    for item in _items(inputs, stdin, on_warning):
        identity = str(document_iri(item.article)) if isinstance(item, _Read) else ""
        if isinstance(item, _Read) and identity not in seen:
            seen[identity] = item.where if item.line is None else f"{item.where}:{item.line}"
            yield item.article
            continue
        if isinstance(item, _Read) and item.article.own_id:
            problem = InputError(
                f"document id {item.article.id!r} was already read in this run; give each "
                "article a unique id (fix the JSONL 'id')",
                path=item.where,
                line=item.line,
            )
        elif isinstance(item, _Read):
            problem = InputError(
                f"same text as {seen[identity]}, already read in this run; an article is read once",
                path=item.where,
            )
        else:
            problem = item
        if strict:
            raise problem
        if on_problem is None:
            logger.warning("skipped: %s", problem)
        else:
            on_problem(problem)


def _items(
    inputs: Sequence[str], stdin: TextIO | None, on_warning: WarningHandler | None
) -> Iterator[_Read | InputError]:
    """Yield an article or a problem for every file reachable from ``inputs``."""
    for item in inputs:
        if item == STDIN:
            yield from _read_stdin(stdin if stdin is not None else sys.stdin, on_warning)
            continue
        path = Path(item)
        if path.is_dir():
            found = False
            for file, rel in _walk(path):
                found = True
                yield from _read_file(file, rel, on_warning)
            if not found:
                yield InputError(
                    "directory has no .txt, .md or .jsonl files; point at the articles", path=item
                )
        else:
            yield from _read_file(path, _direct_id(item), on_warning)


def _walk(directory: Path) -> Iterator[tuple[Path, str]]:
    """Article files under ``directory`` with their POSIX paths relative to it, sorted.

    Hidden files and directories (``.git``, editor backups) are skipped.
    """
    wanted = TEXT_SUFFIXES | JSONL_SUFFIXES
    found = []
    for file in directory.rglob("*"):
        rel = file.relative_to(directory)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if file.suffix.lower() in wanted and file.is_file():
            found.append((rel.as_posix(), file))
    for rel_id, file in sorted(found):
        yield file, rel_id


def _direct_id(item: str) -> str:
    """Document id of a file named on the command line: relative to the cwd, else its name."""
    absolute = Path(os.path.abspath(item))
    try:
        return absolute.relative_to(os.getcwd()).as_posix()
    except ValueError:
        return absolute.name


def _read_file(path: Path, doc_id: str, on_warning: WarningHandler | None) -> Iterator[_Read | InputError]:
    """Read one file: a JSONL file yields many articles, any other file one."""
    try:
        data = path.read_bytes()
    except OSError as err:
        yield InputError(f"cannot read file ({err.strerror}); check its permissions", path=str(path))
        return
    if b"\x00" in data[:_BINARY_PROBE]:
        yield InputError(
            "looks like a binary file (NUL bytes); give plain UTF-8 text, .md or .jsonl",
            path=str(path),
        )
        return
    text = _decode(data, str(path), on_warning)
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from _parse_jsonl(text, str(path))
    else:
        yield _text_article(text, doc_id, str(path), str(path))


def _read_stdin(stream: TextIO, on_warning: WarningHandler | None) -> Iterator[_Read | InputError]:
    """Standard input is one article with id ``stdin``, or JSONL if every line is an object."""
    where = "<stdin>"
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:  # a real stdin: decode ourselves so bad UTF-8 only warns
        text = _decode(buffer.read(), where, on_warning)
    else:
        text = stream.read()
    if "\x00" in text[:_BINARY_PROBE]:
        yield InputError("looks like binary data (NUL bytes); pipe in plain UTF-8 text", path=where)
        return
    lines = [line for line in text.splitlines() if line.strip()]
    if lines and all(line.lstrip().startswith("{") for line in lines):
        yield from _parse_jsonl(text, where)
    else:
        yield _text_article(text, STDIN_ID, where, None)


def _decode(data: bytes, where: str, on_warning: WarningHandler | None) -> str:
    """Decode UTF-8 (dropping a BOM); invalid bytes become U+FFFD with a warning."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        message = (
            f"{where}: not valid UTF-8 (first bad byte at offset {err.start}); "
            "undecodable bytes were replaced with U+FFFD; re-save the file as UTF-8"
        )
        logger.warning(message)
        if on_warning is not None:
            on_warning(message)
        return data.decode("utf-8-sig", errors="replace")


def _text_article(text: str, doc_id: str, where: str, path: str | None) -> _Read | InputError:
    """A whole text is one article; the first line is just text, not a title."""
    if not text.strip():
        return InputError("file is empty; add the article text or remove the file", path=where)
    return _Read(Article(id=doc_id, text=text, path=path), where)


def _parse_jsonl(text: str, where: str) -> Iterator[_Read | InputError]:
    """One article per non-blank line; each bad line is its own problem."""
    if not text.strip():
        yield InputError("file is empty; add one JSON object per line or remove the file", path=where)
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield _jsonl_article(line, where, number)


def _jsonl_article(line: str, where: str, number: int) -> _Read | InputError:
    """Validate one JSONL record: a JSON object with a non-empty id and text."""

    def problem(message: str) -> InputError:
        return InputError(message, path=where, line=number)

    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return problem(f"not valid JSON ({err.msg} at column {err.colno}); fix or remove the line")
    if not isinstance(record, dict):
        return problem('expected a JSON object like {"id": "...", "text": "..."}; fix the line')
    doc_id = _scalar(record.get("id")) or _scalar(record.get("url"))
    if not doc_id:
        return problem('missing or empty "id" (and no "url"); give every article a unique id')
    text = record.get("text")
    if not isinstance(text, str):
        what = "is missing" if text is None else f"must be a string, not {type(text).__name__}"
        return problem(f'"text" {what}; put the article text in "text" as a string')
    if not text.strip():
        return problem('"text" is empty; add the article text or remove the line')
    extras: dict[str, str | None] = {}
    for name in _OPTIONAL_FIELDS:
        value = record.get(name)
        extras[name] = _scalar(value)
        if extras[name] is None and not (value is None or isinstance(value, str)):
            return problem(f'"{name}" must be a string; fix or drop the field')
    path = None if where == "<stdin>" else where
    return _Read(Article(id=doc_id, text=text, path=path, own_id=True, **extras), where, number)


def _scalar(value: object) -> str | None:
    """A non-blank JSON string, or a number written as one (ids and years often are)."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None
