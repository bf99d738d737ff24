"""The text of a query from ``--file``: regular files of UTF-8 text only, of a sane size.

A FIFO or device would block or never end, and a binary file is no query: each gets
one line saying so instead of a hang or a traceback.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from kg.errors import InputError

__all__ = ["MAX_QUERY_BYTES", "read_query_file"]

MAX_QUERY_BYTES = 10 * 1024 * 1024
"""A query longer than this is almost surely the wrong file (even a big VALUES block fits)."""


def read_query_file(path: Path) -> str:
    """The text of the query file at ``path``.

    Raises:
        InputError: Missing, not a regular file, too big, binary or not UTF-8.
    """
    try:
        info = os.stat(path)
    except OSError as exc:
        raise InputError(f"cannot read the query ({exc.strerror}); check the path", path=str(path)) from exc
    if not stat.S_ISREG(info.st_mode):
        kind = "a directory" if stat.S_ISDIR(info.st_mode) else "not a regular file (a pipe or device)"
        raise InputError(f"cannot read the query: {kind}; give a .rq text file", path=str(path))
    if info.st_size > MAX_QUERY_BYTES:
        raise InputError(
            f"cannot read the query: {info.st_size:,} bytes is over the {MAX_QUERY_BYTES:,}-byte limit; "
            "is this the right file?",
            path=str(path),
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the query ({exc.strerror})", path=str(path)) from exc
    if b"\x00" in data:
        raise InputError("cannot read the query: binary file, not SPARQL text", path=str(path))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError("the query is not UTF-8 text; save it as UTF-8", path=str(path), line=line) from exc
