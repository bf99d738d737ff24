"""Finding and opening input files safely: regular files only, bounded, links checked.

A careless or hostile input tree holds FIFOs (reading one blocks forever), devices
(``/dev/zero`` never ends), symbolic link loops, dangling links, and files that are not
articles at all (``README.md``, ``LICENSE``). Each is named and skipped here, before any
byte is parsed, so :mod:`kg.sources` only ever sees the bytes of one regular file of
bounded size.
"""

from __future__ import annotations

import errno
import fnmatch
import io
import os
import re
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO, Protocol

from kg.errors import InputError
from kg.types import Article

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Chain",
    "Found",
    "LineSource",
    "Selection",
    "capped_lines",
    "clean_id",
    "has_surrogate",
    "open_regular",
    "read_capped",
    "walk",
    "without_surrogates",
]

DEFAULT_MAX_BYTES = 5_000_000
"""Largest article read by default: fifty times a long news feature, far below memory limits."""

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".jsonl"})
# Files that sit beside articles in downloaded corpora but are not news: matched on the
# upper-cased name without its suffix.
_NOT_ARTICLES = ("README*", "*_README", "*-README", "LICEN[CS]E*", "COPYING*", "NOTICE*",
                 "CHANGELOG*", "CHANGES", "AUTHORS*", "CONTRIBUTING*", "CITATION*")


@dataclass(frozen=True)
class Selection:
    """Which files a directory walk reads (``--include``/``--exclude`` globs)."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    def wants(self, rel: str) -> bool:
        """True if ``rel`` (a POSIX path relative to the walked directory) is selected."""
        name = PurePosixPath(rel).name

        def hit(patterns: Sequence[str]) -> bool:
            return any(fnmatch.fnmatchcase(rel, p) or fnmatch.fnmatchcase(name, p) for p in patterns)

        return (not self.include or hit(self.include)) and not hit(self.exclude)


@dataclass(frozen=True)
class Found:
    """One thing a walk met: a file to read, a problem to count, or a note to show."""

    path: Path
    rel: str
    problem: InputError | None = None
    note: str | None = None


def is_not_article(name: str) -> bool:
    """README, LICENSE, SOURCE_README.TXT and the like: corpus paperwork, not news."""
    stem = PurePosixPath(name).stem.upper() if "." in name[1:] else name.upper()
    return any(fnmatch.fnmatchcase(stem, p) for p in _NOT_ARTICLES)


def walk(directory: Path, selection: Selection = Selection()) -> Iterator[Found]:
    """Article files under ``directory``, sorted by relative path, with what was passed over.

    Hidden files and directories are skipped silently (``.git``, editor backups);
    README/LICENSE-style files and symbolic links to directories get a note; dangling
    links, link loops and non-regular files (FIFOs, devices, sockets) are problems.
    """
    found: list[Found] = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        base = Path(root)
        for name in [d for d in dirs if (base / d).is_symlink()]:
            dirs.remove(name)  # never followed: no loops, no reading outside the tree
            found.append(Found(base / name, _rel(base / name, directory), note="is a symbolic link to a directory; not followed (name the target to read it)"))
        for name in files:
            if name.startswith("."):
                continue
            path = base / name
            rel = _rel(path, directory)
            item = _classify(path, rel, selection)
            if item is not None:
                found.append(item)
    yield from sorted(found, key=lambda f: f.rel)


def _rel(path: Path, directory: Path) -> str:
    return path.relative_to(directory).as_posix()


def _classify(path: Path, rel: str, selection: Selection) -> Found | None:
    """What to do with one directory entry; None for files that are simply not wanted."""
    try:
        info = path.stat()
    except OSError as err:
        if not path.is_symlink():
            return Found(path, rel, InputError(f"cannot read file ({err.strerror}); check its permissions", path=str(path)))
        if err.errno == errno.ELOOP:
            return Found(path, rel, InputError("symbolic link loop; fix or remove the link", path=str(path)))
        target = os.readlink(path)
        return Found(path, rel, InputError(f"dangling symbolic link (to {target!r}); fix or remove the link", path=str(path)))
    if path.suffix.lower() not in ARTICLE_SUFFIXES or not selection.wants(rel):
        return None
    if not stat.S_ISREG(info.st_mode):
        return Found(path, rel, not_regular(path, info.st_mode))
    if is_not_article(path.name) and not selection.include:
        return Found(path, rel, note="looks like a README or licence, not an article; not read (name the file, or use --include, to read it)")
    return Found(path, rel)


def not_regular(path: Path | str, mode: int) -> InputError:
    kind = "a FIFO" if stat.S_ISFIFO(mode) else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "a socket" if stat.S_ISSOCK(mode) else "not a regular file"
    return InputError(f"{kind}, not a regular file; only article files are read (save the stream to a file, or pipe it to -)", path=str(path))


class LineSource(Protocol):
    """What :func:`capped_lines` reads from: a file, a pipe, or a :class:`Chain`."""

    def readline(self, size: int = -1, /) -> bytes: ...


def open_regular(path: Path) -> BinaryIO:
    """Open ``path`` for reading only if it is a regular file, without ever blocking.

    ``O_NONBLOCK`` makes opening a FIFO return at once; the type is checked on the open
    descriptor, so a file swapped for a FIFO after a ``stat`` is still caught.

    Raises:
        InputError: Not a regular file, a link loop, or unreadable.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise InputError("symbolic link loop; fix or remove the link", path=str(path)) from err
        raise InputError(f"cannot read file ({err.strerror}); check its permissions", path=str(path)) from err
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise not_regular(path, mode)
    os.set_blocking(fd, True)
    return os.fdopen(fd, "rb")


def read_capped(stream: BinaryIO, limit: int) -> bytes | None:
    """Up to ``limit`` bytes of ``stream``, or None if it holds more."""
    data = stream.read(limit + 1)
    return None if len(data) > limit else data


def capped_lines(stream: LineSource, limit: int) -> Iterator[bytes | None]:
    """Lines split on ``\\n`` only (JSON strings may hold U+2028 or U+0085); None for an over-long line.

    Memory stays bounded by ``limit``: the rest of an over-long line is read and dropped.
    """
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = stream.readline(1 << 16)
            yield None
            continue
        yield line


class Chain(io.RawIOBase):
    """Bytes already read, then the rest of the stream: lets stdin be peeked without loss."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self.head = io.BytesIO(head)
        self.rest = rest

    def readable(self) -> bool:
        return True

    def readline(self, size: int | None = -1, /) -> bytes:
        line = self.head.readline(size if size is not None else -1)
        if line.endswith(b"\n") or (size is not None and 0 <= size <= len(line)):
            return line
        more = self.rest.readline(-1 if size is None or size < 0 else size - len(line))
        return line + more


_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_id(doc_id: str) -> str:
    """A file name that is not UTF-8 arrives with surrogate escapes; they cannot be written out."""
    return _SURROGATE.sub("\ufffd", doc_id)


def has_surrogate(article: Article) -> bool:
    return any(isinstance(v, str) and _SURROGATE.search(v) for v in vars(article).values())


def without_surrogates(article: Article) -> Article:
    fields: dict[str, Any] = {k: _SURROGATE.sub("\ufffd", v) if isinstance(v, str) else v for k, v in vars(article).items()}
    return Article(**fields)
