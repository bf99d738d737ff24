"""What ``kg serve`` answers from: a file loaded into memory, or a snapshot of a store.

A store is not served in place. RocksDB lets one process write a store, and Oxigraph
calls reading a store another process is writing "undefined behaviour". So the server
opens the store read-only (no lock, so a running build is not disturbed) just long
enough to take a RocksDB checkpoint (``Store.backup``: hard links to the immutable
.sst files, so it takes milliseconds and little space) in a directory beside it, and
answers from that. Builds into the store go on while it serves; the server shows the
store as it was when it started, and a restart shows what was built since.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kg.errors import GraphReadError
from kg.query.dataset import QueryDataset, open_dataset, store_reason

__all__ = ["served_dataset"]

logger = logging.getLogger(__name__)


@contextmanager
def served_dataset(source: Path) -> Iterator[QueryDataset]:
    """The dataset to serve for ``source``; a store's snapshot is removed afterwards.

    Raises:
        GraphReadError: The file or store cannot be read, or no snapshot can be taken.
    """
    if not source.is_dir():
        yield open_dataset(source)
        return
    opened = open_dataset(source)  # read-only: checks it is a store and takes no lock
    holder = _snapshot_parent(source)
    target = holder / "store"
    try:
        try:
            opened.store.backup(str(target))
        except (OSError, RuntimeError) as err:
            raise GraphReadError(f"cannot snapshot store {source} to serve it: {store_reason(err)}") from err
        del opened
        logger.info("serving a snapshot of %s taken now, in %s", source, target)
        snapshot = open_dataset(target)
        yield QueryDataset(snapshot.store, snapshot.prefixes, snapshot.default_graph, str(source))
    finally:
        shutil.rmtree(holder, ignore_errors=True)


def _snapshot_parent(source: Path) -> Path:
    """A fresh directory on the store's file system (so the checkpoint can hard-link)."""
    try:
        return Path(tempfile.mkdtemp(prefix=f".{source.name}.kg-serve-", dir=source.resolve().parent))
    except OSError:
        return Path(tempfile.mkdtemp(prefix=f"{source.name}.kg-serve-"))
