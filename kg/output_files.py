"""Writing one output file without ever destroying what the path points at.

A regular file (or a path that does not exist yet) is written to a temporary file beside
it and renamed into place, so readers see the old file or the new one. Anything else is
never replaced by a regular file: a symbolic link is followed and its target written
(the link stays), a FIFO, a terminal or a device such as ``/dev/full`` or
``/proc/self/fd/1`` is written through (and its errors reported), and ``-`` is standard
output. Each path written is remembered, so an interrupted command can say what it left.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import tempfile
from pathlib import Path

from kg.errors import OutputError

__all__ = ["STDOUT", "forget_written", "write_output", "written"]

STDOUT = "-"
_written: list[str] = []


def forget_written() -> None:
    """Start a new command's record (a test or a long-lived process runs several)."""
    _written.clear()


def written() -> list[str]:
    """Paths this process has finished writing, in order (for an honest interrupt message)."""
    return list(_written)


def write_output(path: Path | str, data: bytes, *, what: str = "output") -> None:
    """Write ``data`` to ``path``: atomically for a file, through for a stream or device.

    Raises:
        OutputError: Naming the path, the reason and what to do.
    """
    name = str(path)
    try:
        if name == STDOUT:
            _write_through_fd(sys.stdout.buffer.fileno(), data, name)
        else:
            _write_path(Path(path), data, what)
    except OSError as err:
        raise OutputError(f"cannot write the {what} to {name}: {_reason(err)}") from err
    _written.append(name)


def _write_path(path: Path, data: bytes, what: str) -> None:
    try:
        info = os.stat(path)
    except FileNotFoundError:
        if path.is_symlink():
            raise OutputError(
                f"cannot write the {what} to {path}: a dangling symbolic link (to {os.readlink(path)!r}); "
                "fix the link or choose another path"
            ) from None
        _replace_atomically(path, data, None)
        return
    if stat.S_ISDIR(info.st_mode):
        raise OutputError(f"cannot write the {what} to {path}: it is a directory; give a file path")
    if stat.S_ISREG(info.st_mode):
        target = Path(os.path.realpath(path)) if path.is_symlink() else path
        if target.is_file() and not str(target).startswith("/proc/"):
            _replace_atomically(target, data, info.st_mode & 0o777)
            return
    # A FIFO, a character or block device, a socket, or a /proc link: write through it.
    flags = os.O_WRONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0)
    if stat.S_ISREG(info.st_mode):
        flags |= os.O_TRUNC
    try:
        fd = os.open(path, flags)
    except OSError as err:
        if err.errno == errno.ENXIO:
            raise OutputError(f"cannot write the {what} to {path}: a FIFO with no reader; start the reader first") from err
        raise
    try:
        os.set_blocking(fd, True)
        _write_through_fd(fd, data, str(path))
    finally:
        os.close(fd)


def _write_through_fd(fd: int, data: bytes, name: str) -> None:
    view = memoryview(data)
    while view:
        count = os.write(fd, view)
        view = view[count:]
    try:
        os.fsync(fd)
    except OSError as err:
        if err.errno not in (errno.EINVAL, errno.EROFS, errno.ENOTSUP, errno.EBADF):
            raise


def _replace_atomically(path: Path, data: bytes, mode: int | None) -> None:
    """Temp file beside ``path``, fsync, rename over it (atomic on POSIX)."""
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as tmp:
            tmp.write(data)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.chmod(tmp_name, mode if mode is not None else 0o644)  # mkstemp makes 0600 files
        os.replace(tmp_name, path)
        tmp_name = None
    finally:
        if tmp_name is not None and os.path.exists(tmp_name):
            os.unlink(tmp_name)


def _reason(err: OSError) -> str:
    advice = {
        errno.ENOSPC: "free some space or write elsewhere",
        errno.EDQUOT: "free some space or write elsewhere",
        errno.EPIPE: "the reader closed the pipe",
        errno.EACCES: "choose a writable path",
        errno.EROFS: "choose a writable path",
    }
    return f"{err.strerror or err}; {advice.get(err.errno or 0, 'check the directory exists and is writable')}"
