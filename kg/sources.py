"""Where articles come from: text files, directories, JSONL and standard input.

One bad input should not sink a run over a thousand articles, so every problem with
one item (an empty file, a binary file, a malformed JSONL line, a repeated id) becomes
an :class:`~kg.errors.InputError` handed to ``on_problem`` and that item is skipped.
A path that does not exist is different: it is almost always a typo, so it fails the
run before any work is done. Files are read one at a time as the iterator advances, so
a large corpus never sits in memory at once.
"""

from __future__ import annotations

import io
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO, NamedTuple, TextIO

from kg.errors import InputError
from kg.iri import document_iri
from kg.input_files import (
    DEFAULT_MAX_BYTES,
    Chain,
    LineSource,
    Selection,
    capped_lines,
    clean_id,
    has_surrogate,
    open_regular,
    read_capped,
    walk,
    without_surrogates,
)
from kg.language import not_english
from kg.jsonl_records import jsonl_article
from kg.types import Article

__all__ = ["DEFAULT_MAX_BYTES", "JSONL_SUFFIXES", "TEXT_SUFFIXES", "Selection", "read_articles"]

logger = logging.getLogger(__name__)

TEXT_SUFFIXES = frozenset({".txt", ".md"})
JSONL_SUFFIXES = frozenset({".jsonl"})
STDIN = "-"
STDIN_ID = "stdin"
_BINARY_PROBE = 8192  # bytes looked at for NUL, as git and grep do

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
    on_note: WarningHandler | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    selection: Selection = Selection(),
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
            that is not valid UTF-8, lone surrogates, an article not in English),
            besides the log record.
        on_note: Called with each file a directory walk passes over on purpose (a
            README, a link to a directory); logged as a warning without it.
        max_bytes: Largest article read (a text file, a JSONL line, standard input);
            a larger one is skipped as a problem, so no input can exhaust memory.
        selection: ``--include``/``--exclude`` globs applied inside directories.

    Returns:
        An iterator of articles with unique ids.

    Raises:
        InputError: At call time if an input path does not exist; while iterating,
            the first problem when ``strict`` is true.
    """
    for item in inputs:
        if item != STDIN and not os.path.lexists(item):
            raise InputError("no such file or directory; check the path", path=item)
    reader = _Reader(stdin, on_warning, on_note or _log_note, max_bytes, selection)
    return _iter_articles(inputs, strict, reader, on_problem)


def _log_note(message: str) -> None:
    logger.warning(message)


def _iter_articles(
    inputs: Sequence[str], strict: bool, reader: _Reader, on_problem: ProblemHandler | None
) -> Iterator[Article]:
    """Turn items into articles, routing each problem to ``strict``/``on_problem``."""
    seen: dict[str, str] = {}  # document IRI -> where it was first read
    for item in reader.items(inputs):
        identity = str(document_iri(item.article)) if isinstance(item, _Read) else ""
        if isinstance(item, _Read) and identity not in seen:
            seen[identity] = item.where if item.line is None else f"{item.where}:{item.line}"
            reader.check_language(item)
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


class _Reader:
    """Reads each input kind with the run's limits, warning through one handler."""

    def __init__(
        self, stdin: TextIO | None, on_warning: WarningHandler | None, on_note: WarningHandler,
        max_bytes: int, selection: Selection,
    ) -> None:
        self.stdin = stdin
        self.on_warning = on_warning
        self.on_note = on_note
        self.max_bytes = max_bytes
        self.selection = selection

    def warn(self, message: str) -> None:
        logger.warning(message)
        if self.on_warning is not None:
            self.on_warning(message)

    def check_language(self, read: _Read) -> None:
        verdict = not_english(read.article.text)
        if verdict:
            where = read.where if read.line is None else f"{read.where}:{read.line}"
            self.warn(f"{where}: {verdict}; newskg reads English news, so expect few or no facts from it")

    def items(self, inputs: Sequence[str]) -> Iterator[_Read | InputError]:
        """Yield an article or a problem for every file reachable from ``inputs``."""
        for item in inputs:
            if item == STDIN:
                yield from self.read_stdin(self.stdin if self.stdin is not None else sys.stdin)
                continue
            path = Path(item)
            if path.is_dir():
                yield from self.read_directory(path, item)
            else:
                yield from self.read_file(path, _direct_id(item))

    def read_directory(self, path: Path, item: str) -> Iterator[_Read | InputError]:
        found = False
        for entry in walk(path, self.selection):
            if entry.note is not None:
                self.on_note(f"{entry.path}: {entry.note}")
            elif entry.problem is not None:
                yield entry.problem
            else:
                found = True
                yield from self.read_file(entry.path, entry.rel)
        if not found:
            yield InputError("directory has no .txt, .md or .jsonl articles; point at the articles", path=item)

    def read_file(self, path: Path, doc_id: str) -> Iterator[_Read | InputError]:
        """Read one regular file: a JSONL file yields many articles, any other file one."""
        where = str(path)
        try:
            stream = open_regular(path)
        except InputError as err:
            yield err
            return
        with stream:
            if path.suffix.lower() in JSONL_SUFFIXES:
                yield from self.parse_jsonl(stream, where)
                return
            try:
                data = read_capped(stream, self.max_bytes)
            except OSError as err:
                yield InputError(f"cannot read file ({err.strerror}); check its permissions", path=where)
                return
        if data is None:
            yield self.too_big(where, None)
        elif b"\x00" in data[:_BINARY_PROBE]:
            yield InputError("looks like a binary file (NUL bytes); give plain UTF-8 text, .md or .jsonl", path=where)
        else:
            yield _text_article(self.decode(data, where), clean_id(doc_id), where, clean_id(where))

    def too_big(self, where: str, line: int | None) -> InputError:
        what = "line" if line is not None else "input"
        return InputError(
            f"{what} is over --max-bytes ({self.max_bytes:,} bytes); skipped; raise --max-bytes if it is "
            "really one article", path=where, line=line,
        )

    def read_stdin(self, stream: TextIO | None) -> Iterator[_Read | InputError]:
        """Standard input is one article with id ``stdin``, or JSONL if every line is an object."""
        where = "<stdin>"
        if stream is None or getattr(stream, "closed", False):
            yield InputError("standard input is closed; pipe articles in, or name files instead of -", path=where)
            return
        buffer = getattr(stream, "buffer", None)
        try:
            head = buffer.read(self.max_bytes + 1) if buffer is not None else stream.read(self.max_bytes + 1).encode("utf-8", "surrogatepass")
        except (OSError, ValueError) as err:
            yield InputError(f"cannot read standard input ({err}); pipe articles in, or name files", path=where)
            return
        if b"\x00" in head[:_BINARY_PROBE]:
            yield InputError("looks like binary data (NUL bytes); pipe in plain UTF-8 text", path=where)
            return
        if len(head) > self.max_bytes:
            if not head.lstrip().startswith(b"{"):
                yield self.too_big(where, None)
                return
            rest = buffer if buffer is not None else io.BytesIO(stream.read().encode("utf-8", "surrogatepass"))
            yield from self.parse_jsonl(Chain(head, rest), where)
            return
        text = self.decode(head, where)
        lines = [line for line in text.split("\n") if line.strip()]
        if lines and all(line.lstrip().startswith("{") for line in lines):
            yield from self.parse_jsonl(io.BytesIO(head), where)
        else:
            yield _text_article(text, STDIN_ID, where, None)

    def decode(self, data: bytes, where: str, line: int | None = None) -> str:
        """Decode UTF-8 (dropping a BOM); invalid bytes and lone surrogates become U+FFFD with a warning."""
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            place = where if line is None else f"{where}:{line}"
            self.warn(
                f"{place}: not valid UTF-8 (first bad byte at offset {err.start}); "
                "undecodable bytes were replaced with U+FFFD; re-save the file as UTF-8"
            )
            text = data.decode("utf-8-sig", errors="replace")
        return text

    def parse_jsonl(self, stream: LineSource, where: str) -> Iterator[_Read | InputError]:
        """One article per non-blank line (split on ``\\n`` only); each bad line is its own problem."""
        any_line = False
        try:
            for number, raw in enumerate(capped_lines(stream, self.max_bytes), start=1):
                if raw is None:
                    any_line = True
                    yield self.too_big(where, number)
                    continue
                if number == 1 and b"\x00" in raw[:_BINARY_PROBE]:
                    yield InputError("looks like a binary file (NUL bytes); give one JSON object per line", path=where)
                    return
                line = self.decode(raw, where, number)
                if line.strip():
                    any_line = True
                    yield self.jsonl_article(line, where, number)
        except OSError as err:
            yield InputError(f"cannot read ({err.strerror}); check the file", path=where)
        if not any_line:
            yield InputError("file is empty; add one JSON object per line or remove the file", path=where)

    def jsonl_article(self, line: str, where: str, number: int) -> _Read | InputError:
        record = jsonl_article(line, where, number)
        if isinstance(record, InputError):
            return record
        read = _Read(record, where, number)
        if has_surrogate(read.article):
            self.warn(f"{where}:{number}: lone UTF-16 surrogate escapes (\\ud800-\\udfff) replaced with U+FFFD; fix the escapes")
            read = read._replace(article=without_surrogates(read.article))
        return read


def _direct_id(item: str) -> str:
    """Document id of a file named on the command line: relative to the cwd, else its name."""
    absolute = Path(os.path.abspath(item))
    try:
        return absolute.relative_to(os.getcwd()).as_posix()
    except ValueError:
        return absolute.name


def _text_article(text: str, doc_id: str, where: str, path: str | None) -> _Read | InputError:
    """A whole text is one article; the first line is just text, not a title."""
    if not text.strip():
        return InputError("file is empty; add the article text or remove the file", path=where)
    return _Read(Article(id=doc_id, text=text, path=path), where)
