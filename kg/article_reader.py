"""Reading each kind of input (a file, a directory, JSONL, standard input) within the run's limits.

:func:`kg.sources.read_articles` drives a :class:`Reader` and decides what to do with
each article or problem it yields; this module only turns bytes into articles: regular
files only, at most ``max_bytes`` per article, JSONL split on ``\\n`` only, invalid UTF-8
and lone surrogates replaced with a warning, text that is not English warned about.
"""

from __future__ import annotations

import io
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import NamedTuple, TextIO

from kg.errors import InputError
from kg.input_files import (
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
from kg.jsonl_records import jsonl_article
from kg.language import not_english
from kg.types import Article

__all__ = ["JSONL_SUFFIXES", "STDIN", "TEXT_SUFFIXES", "Read", "Reader", "WarningHandler"]

logger = logging.getLogger("kg.sources")

TEXT_SUFFIXES = frozenset({".txt", ".md"})
JSONL_SUFFIXES = frozenset({".jsonl"})
STDIN = "-"
STDIN_ID = "stdin"
_BINARY_PROBE = 8192  # bytes looked at for NUL, as git and grep do

WarningHandler = Callable[[str], None]


class Read(NamedTuple):
    """An article and where it was read, so a duplicate id can point at its line."""

    article: Article
    where: str
    line: int | None = None


class Reader:
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

    def check_language(self, read: Read) -> None:
        verdict = not_english(read.article.text)
        if verdict:
            where = read.where if read.line is None else f"{read.where}:{read.line}"
            self.warn(f"{where}: {verdict}; newskg reads English news, so expect few or no facts from it")

    def items(self, inputs: Sequence[str]) -> Iterator[Read | InputError]:
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

    def read_directory(self, path: Path, item: str) -> Iterator[Read | InputError]:
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

    def read_file(self, path: Path, doc_id: str) -> Iterator[Read | InputError]:
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

    def read_stdin(self, stream: TextIO | None) -> Iterator[Read | InputError]:
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

    def parse_jsonl(self, stream: LineSource, where: str) -> Iterator[Read | InputError]:
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

    def jsonl_article(self, line: str, where: str, number: int) -> Read | InputError:
        record = jsonl_article(line, where, number)
        if isinstance(record, InputError):
            return record
        read = Read(record, where, number)
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


def _text_article(text: str, doc_id: str, where: str, path: str | None) -> Read | InputError:
    """A whole text is one article; the first line is just text, not a title."""
    if not text.strip():
        return InputError("file is empty; add the article text or remove the file", path=where)
    return Read(Article(id=doc_id, text=text, path=path), where)
