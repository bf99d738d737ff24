"""A build's outputs, staged and then put in place together.

Everything is first written beside its final place under a temporary name: the
Turtle file (streamed triple by triple through pyoxigraph's serializer), the page,
and a whole new store. Only when all of them are complete are they renamed into
place, the page right after the Turtle, so a failure (a full disk, a crash) leaves
the earlier outputs and store as they were, and ``graph.ttl`` and ``graph.html``
come as a pair. A store is never changed in place: a build makes a new one and swaps
it in, so a killed build never leaves a directory that is not a store.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

from rdflib import Literal, URIRef

from kg.errors import OutputError
from kg.store import PREFIXES

log = logging.getLogger(__name__)

__all__ = ["RECORDS", "Staged", "check_store", "stream_turtle", "write_staged"]

RECORDS = "newskg-records"
"""The directory inside a store that keeps the records of every article built into it."""


def _ox_term(term: URIRef | Literal):  # type: ignore[no-untyped-def]
    import pyoxigraph as ox

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    if term.datatype is not None:
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
    return ox.Literal(str(term))


def stream_turtle(triples: Iterable[tuple[URIRef, URIRef, URIRef | Literal]], path: Path) -> None:
    """Write ``triples`` as Turtle without holding them: pyoxigraph serializes as they come."""
    import pyoxigraph as ox

    converted = (ox.Triple(_ox_term(s), _ox_term(p), _ox_term(o)) for s, p, o in triples)
    with open(path, "wb") as handle:
        ox.serialize(converted, handle, ox.RdfFormat.TURTLE, prefixes=PREFIXES)
        handle.flush()
        os.fsync(handle.fileno())


def check_store(store: Path) -> tuple[list[Path], object | None]:
    """Fail early when ``store`` cannot be built into; return its record files and its lock.

    The store stays open (locked) until the caller drops the returned handle, so two
    builds into one store cannot interleave. Also finishes a swap a killed build left
    half done (old store moved aside, new one not yet in place).
    """
    aside = _aside(store)
    if not store.exists() and aside.exists():
        os.replace(aside, store)  # the swap was cut short: the old store is still whole
    elif aside.exists():
        shutil.rmtree(aside, ignore_errors=True)
    if not store.exists() or (store.is_dir() and not any(store.iterdir())):
        return [], None
    if not store.is_dir():
        raise OutputError(f"cannot use store {store}: not a directory; give the directory of an Oxigraph store")
    if not (store / "CURRENT").exists():
        raise OutputError(f"cannot use store {store}: directory exists but is not an Oxigraph store; choose a new or empty directory")
    if not (store / RECORDS).is_dir():
        raise OutputError(
            f"cannot use store {store}: it was made by an earlier newskg that kept no article records, "
            "so it cannot be merged with; build into a new --store (or remove this one and rebuild)"
        )
    return sorted((store / RECORDS).glob("*.jsonl.gz")), _lock(store)


def _lock(store: Path) -> object:
    import pyoxigraph as ox

    try:
        return ox.Store(str(store))  # holds RocksDB's lock, as a second build would
    except OSError as err:
        text = str(err)
        reason = "it is in use by another process; wait for it to finish" if "lock" in text.lower() else text
        raise OutputError(f"cannot use store {store}: {reason}") from err


def _aside(store: Path) -> Path:
    return store.with_name(f".{store.name}.kg-old")


def write_staged(path: Path, text: str) -> None:
    """Write a staged file: a fresh temporary path, so there is nothing there to protect or remember."""
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as err:
        raise OutputError(
            f"cannot write {path.name} into {path.parent.parent}: {err.strerror or err}; free some space or choose another --out"
        ) from err


class Staged:
    """Outputs written under temporary names, put in place by :meth:`commit`."""

    def __init__(self, out_dir: Path) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix=".kg-staged-", dir=out_dir))
        self._files: list[tuple[Path, Path]] = []
        self._store: tuple[Path, Path] | None = None

    def file(self, final: Path) -> Path:
        """A temporary path for ``final``, in the same file system."""
        tmp = self.dir / final.name
        self._files.append((tmp, final))
        return tmp

    def store(self, final: Path) -> Path:
        """A directory for the new store, beside ``final`` so that a rename can swap it in."""
        final.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{final.name}.kg-new-", dir=final.parent))
        self._store = (tmp, final)
        return tmp

    def commit(self) -> None:
        """Rename everything into place: files first (as a pair), then the store."""
        try:
            for tmp, final in self._files:
                os.chmod(tmp, final.stat().st_mode & 0o777 if final.exists() else 0o644)
            for tmp, final in self._files:
                os.replace(tmp, final)
        except OSError as err:
            raise OutputError(f"cannot write {final}: {err.strerror or err}; check the directory is writable") from err
        if self._store is not None:
            tmp, final = self._store
            aside = _aside(final)
            if final.exists():
                os.replace(final, aside)
            os.replace(tmp, final)
            shutil.rmtree(aside, ignore_errors=True)
            self._store = None
        self.discard()

    def discard(self) -> None:
        """Remove whatever was staged and not committed."""
        shutil.rmtree(self.dir, ignore_errors=True)
        if self._store is not None:
            shutil.rmtree(self._store[0], ignore_errors=True)


def fill_store(directory: Path, turtle: Path, records: list[Path], rewrite: dict[Path, set[str]], stamp: str) -> None:
    """Make the new store in ``directory``: the graph from ``turtle``, and the record files it was made from.

    Record files in ``rewrite`` lose the documents listed (a rebuild replaced them);
    the others are hard-linked (copied across file systems) under names that sort
    in build order.
    """
    import pyoxigraph as ox

    from kg.batches import read_lines, write_lines

    kept = directory / RECORDS
    kept.mkdir()
    for number, path in enumerate(records):
        name = path.name if path.parent.name == RECORDS else f"{stamp}-{number:06d}.jsonl.gz"
        target = kept / name
        if path in rewrite:
            header, *lines = list(read_lines(path))
            left = [line for line in lines if line["iri"] not in rewrite[path]]
            if left:
                write_lines(target, {**header, "iris": [line["iri"] for line in left]}, left)
            continue
        try:
            os.link(path, target)
        except OSError:
            shutil.copy2(path, target)
    try:
        store = ox.Store(str(directory))
        store.bulk_load(path=str(turtle), format=ox.RdfFormat.TURTLE)
        store.flush()
        del store
    except OSError as err:
        raise OutputError(f"cannot write the store: {err}; check free space and permissions") from err
