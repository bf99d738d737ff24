"""What a query runs on: a pyoxigraph store, opened read-only or loaded from a file.

A store directory is opened with ``Store.read_only``, which takes no lock, so a query
does not stop a build (or ``kg serve``) from opening the same store, and a running
build does not stop the query. An RDF file is parsed once into an in-memory store:
with pyoxigraph's own parser where it knows the format (Turtle, N-Triples, N-Quads,
TriG, RDF/XML, N3, JSON-LD), else with rdflib. As ``kg.store.load_graph`` does, named
graphs are merged into the default graph: newskg writes only the default graph.
"""

from __future__ import annotations

import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import GraphReadError
from kg.query.prefixes import QUERY_PREFIXES, merge_prefixes

if TYPE_CHECKING:
    import pyoxigraph as ox
    import rdflib

__all__ = ["QueryDataset", "dataset_from_graph", "open_dataset"]

_STORE_MARKER = "CURRENT"  # every RocksDB directory has one
_QUAD_FORMATS = {"N-Quads", "TriG"}


@dataclass(frozen=True)
class QueryDataset:
    """A pyoxigraph store plus what queries over it need.

    Attributes:
        store: The store; read-only on disk, or in memory.
        prefixes: ``(prefix, namespace)`` pairs a query may use undeclared, and that
            tables use to shorten IRIs.
        default_graph: Graphs merged into the query's default graph, or None for the
            store's default graph alone.
        source: The path, for messages.
    """

    store: ox.Store
    prefixes: tuple[tuple[str, str], ...] = QUERY_PREFIXES
    default_graph: list[Any] | None = None
    source: str = "graph"


def open_dataset(source: Path) -> QueryDataset:
    """Open a store directory read-only, or load an RDF file into memory.

    Raises:
        GraphReadError: The path is missing, not a regular file or store, or unreadable,
            naming the file (and line, for a syntax error) and what to do.
    """
    if not source.exists():
        raise GraphReadError(f"cannot read {source}: no such file or directory; check the path")
    if source.is_dir():
        return _open_store(source)
    if not stat.S_ISREG(source.stat().st_mode):
        raise GraphReadError(
            f"cannot read {source}: not a regular file (a pipe or device); save the graph to a file first"
        )
    return _load_file(source)


def dataset_from_graph(graph: rdflib.Graph) -> QueryDataset:
    """An in-memory dataset holding an rdflib graph's triples and prefixes."""
    import pyoxigraph as ox

    store = ox.Store()
    store.load(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    declared = [(prefix, str(namespace)) for prefix, namespace in graph.namespaces()]
    return QueryDataset(store, merge_prefixes(declared), source="graph")


def _open_store(directory: Path) -> QueryDataset:
    import pyoxigraph as ox

    if not (directory / _STORE_MARKER).exists():
        raise GraphReadError(
            f"cannot read {directory}: not an Oxigraph store (no {_STORE_MARKER} file); "
            "give a store built by `kg build --store`"
        )
    try:
        store = ox.Store.read_only(str(directory))
        named = list(store.named_graphs())
    except (OSError, RuntimeError) as err:  # RocksDB reports corruption as RuntimeError
        raise GraphReadError(f"cannot read store {directory}: {store_reason(err)}") from err
    default = [ox.DefaultGraph(), *named] if named else None
    return QueryDataset(store, QUERY_PREFIXES, default, str(directory))


def store_reason(err: Exception) -> str:
    """RocksDB's message, first line, with what to do about it."""
    text = (str(err).strip().splitlines() or [type(err).__name__])[0]
    if "lock" in text.lower():
        return "the store is in use by another process; wait for it to finish or close it"
    if "corrupt" in text.lower() or "truncated" in text.lower() or "checksum" in text.lower():
        return f"the store is damaged ({text}); rebuild it with `kg build --store`"
    return f"{text}; check the directory and its permissions"


def _load_file(source: Path) -> QueryDataset:
    import pyoxigraph as ox

    fmt = ox.RdfFormat.from_extension(source.suffix.lstrip(".").lower()) if source.suffix else None
    if fmt is None:
        return _load_with_rdflib(source)
    store = ox.Store()
    try:
        parser = ox.parse(path=str(source), format=fmt)
        store.extend(_into_default_graph(parser) if fmt.name in _QUAD_FORMATS else parser)
    except SyntaxError as err:
        where = f"{source}:{err.lineno}" if err.lineno else str(source)
        reason = (err.msg or str(err)).strip().splitlines()[0]
        raise GraphReadError(
            f"cannot read {where}: not valid {fmt.name} ({reason}); fix the file or "
            "check that its extension matches its format"
        ) from err
    except (OSError, ValueError) as err:
        raise GraphReadError(f"cannot read {source}: {err}; check the file") from err
    return QueryDataset(store, merge_prefixes(parser.prefixes.items()), source=str(source))


def _into_default_graph(quads: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
    import pyoxigraph as ox

    for quad in quads:
        yield ox.Quad(quad.subject, quad.predicate, quad.object)


def _load_with_rdflib(source: Path) -> QueryDataset:
    """Formats only rdflib reads (TriX, HexTuples, RDFa ...): parse there, hand over."""
    from kg.store import load_graph

    return dataset_from_graph(load_graph(source))
