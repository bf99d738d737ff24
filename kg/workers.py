"""Worker processes (``--jobs N``) that end with the command, whatever signal ends it.

spaCy's ``nlp.pipe(n_process=N)`` forks workers that inherit Python's default signal
handling: Ctrl-C to the process group prints a traceback from every worker, SIGINT to
the parent alone can leave it waiting on workers that are waiting on it, and SIGTERM
kills the parent but leaves the workers blocked on their queues forever. While workers
run, :func:`signals_end_workers` installs one handler for SIGINT and SIGTERM: in a
worker (which inherits it through ``fork``) it exits quietly, since the parent reports;
in the parent it kills the workers and raises, so the CLI prints one line and exits.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from kg.errors import NewskgError

__all__ = ["Terminated", "kill_workers", "sigterm_raises", "signals_end_workers", "workers_started"]

_started = False


class Terminated(NewskgError):
    """The command received SIGTERM."""

    exit_code = 128 + signal.SIGTERM


def workers_started() -> bool:
    """True once this process has run worker processes (its exit must not wait on their queues)."""
    return _started


def kill_workers() -> None:
    """Kill every worker process still alive and reap it: they hold nothing worth saving."""
    children = multiprocessing.active_children()
    for child in children:
        child.kill()
    for child in children:
        child.join(timeout=5)
    # spaCy warns that "not all workers completed successfully": true, and on purpose.
    warnings.filterwarnings("ignore", message=r".*\[W127\]")


@contextmanager
def signals_end_workers() -> Iterator[None]:
    """Within this block, SIGINT and SIGTERM end the workers with the command (see module doc)."""
    global _started
    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers can only be set from the main thread
        return
    parent = os.getpid()

    def handler(signum: int, frame: FrameType | None) -> None:
        if os.getpid() != parent:
            os._exit(128 + signum)  # a worker: quietly, the parent says what happened
        kill_workers()
        if signum == signal.SIGINT:
            raise KeyboardInterrupt
        raise Terminated("terminated (SIGTERM); stopped the worker processes; nothing more was written")

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    _started = True
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


@contextmanager
def sigterm_raises() -> Iterator[None]:
    """Within this block SIGTERM raises :class:`Terminated`, as SIGINT raises ``KeyboardInterrupt``.

    For a Dask cluster started by the build: the exception unwinds through the ``with``
    that owns the cluster, which shuts its workers down instead of leaving them running.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: FrameType | None) -> None:
        raise Terminated("terminated (SIGTERM); stopped the Dask cluster; nothing more was written")

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
