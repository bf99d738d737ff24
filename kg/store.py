"""Graph lifecycle and I/O: Oxigraph stores, RDF files and exports (SPARQL is in kg.query).

Graphs stay plain ``rdflib.Graph`` objects; stores are picked by rdflib plugin name
(``Graph(store="Oxigraph")``), so everything rdflib documents works on what we return.

What we found about transactions (oxrdflib 0.5.0, pyoxigraph 0.5): ``OxigraphStore``
declares ``transaction_aware = False`` and its ``commit``/``rollback`` are empty stubs,
so rdflib-level transactions do nothing. But its ``addN`` hands the whole batch to
``pyoxigraph.Store.extend``, which RocksDB applies as one transaction: all quads are
written or none are. :func:`add_triples` therefore adds a finished build in a single
``graph.addN`` call; a build that fails before that call leaves the store untouched,
and one ``graph.add`` per triple would not (each is its own commit).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path
from rdflib import Dataset, Graph
from rdflib import Literal as RDFLiteral
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD
from rdflib.term import Node

from kg.errors import GraphReadError, OutputError
from kg.iri import BASE
from kg.parse_errors import error_line, first_line
from kg.vocab import NKG

__all__ = [
    "EXPORT_FORMATS",
    "PREFIXES",
    "add_triples",
    "bind_prefixes",
    "load_graph",
    "open_store",
    "write_graph",
]

logger = logging.getLogger(__name__)

PREFIXES: dict[str, str] = {
    "nkg": str(NKG._NS),
    "id": BASE,
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "owl": str(OWL),
    "skos": str(SKOS),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "schema": str(SDO),
}
"""Prefixes bound on every graph we open: Oxigraph does not persist them on disk."""

_RDFLIB_FORMATS = {"turtle": "turtle", "nt": "nt", "nquads": "nquads", "trig": "trig", "jsonld": "json-ld"}
EXPORT_FORMATS: tuple[str, ...] = (*_RDFLIB_FORMATS, "graphml", "csv")
_QUAD_FORMATS = {"nquads", "trig"}
_STORE_MARKER = "CURRENT"  # every RocksDB directory has one


def bind_prefixes(graph: Graph) -> Graph:
    """Bind :data:`PREFIXES` so output and query tables use short names."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    return graph


def open_store(path: Path, *, create: bool) -> Graph:
    """Open the Oxigraph store at ``path`` as an rdflib graph over its default graph.

    The default graph (not rdflib's random blank-node graph name) is used so that a
    second build into the same store adds to the same graph, and deterministic IRIs
    make it a no-op. Close the graph (``graph.close()``) to release the store's lock.

    Args:
        path: Store directory.
        create: Create the store if it does not exist yet; an existing store is reused
            either way, so building twice into one store is idempotent.

    Raises:
        OutputError: ``create`` is true and the store cannot be created or opened.
        GraphReadError: ``create`` is false and there is no store at ``path``.
    """
    problem = _store_problem(path, must_exist=not create)
    if problem:
        error = OutputError if create else GraphReadError
        raise error(f"cannot open store {path}: {problem}")
    graph = Graph(store="Oxigraph", identifier=DATASET_DEFAULT_GRAPH_ID)
    try:
        graph.open(str(path), create=create and not path.exists())
    except (OSError, ValueError) as err:
        error = OutputError if create else GraphReadError
        raise error(f"cannot open store {path}: {_store_reason(err)}") from err
    return bind_prefixes(graph)


def add_triples(graph: Graph, triples: Iterable[tuple[Node, Node, Node]]) -> None:
    """Add a finished build's triples in one batch (one Oxigraph transaction).

    Compute everything first and call this once: see the module docstring for why a
    failed build then leaves an existing store as it was.
    """
    batch = [(s, p, o, graph) for s, p, o in triples]
    graph.addN(batch)
    logger.debug("added %d triples in one batch", len(batch))


def load_graph(source: Path) -> Graph:
    """Read an RDF file (format from its extension) or an Oxigraph store into memory.

    Named graphs in N-Quads, TriG or a store are merged into one graph: newskg writes
    only the default graph, and one graph keeps queries and stats simple.

    Raises:
        GraphReadError: Naming the file, the line when the parser reports one, and
            what to do.
    """
    if not source.exists():
        raise GraphReadError(f"cannot read {source}: no such file or directory; check the path")
    if source.is_dir():
        return _load_store(source)
    from rdflib.util import guess_format

    fmt = guess_format(str(source))
    if fmt is None:
        raise GraphReadError(
            f"cannot read {source}: unknown RDF format {source.suffix!r}; use .ttl, .nt, .nq, "
            ".trig, .jsonld, .rdf/.xml or .n3, or give an Oxigraph store directory"
        )
    target = Dataset() if fmt in _QUAD_FORMATS else Graph()
    try:
        target.parse(source, format=fmt)
    except Exception as err:  # rdflib parsers raise many unrelated types
        line = error_line(err, source, fmt)
        where = f"{source}:{line}" if line else str(source)
        raise GraphReadError(
            f"cannot read {where}: not valid {fmt} ({first_line(err)}); fix the file or "
            "check that its extension matches its format"
        ) from err
    return bind_prefixes(_flatten(target) if isinstance(target, Dataset) else target)


def write_graph(graph: Graph, path: Path, fmt: str) -> None:
    """Write ``graph`` to ``path`` atomically: readers see the old file or the new one.

    Args:
        graph: The graph; a ``Dataset`` keeps its named graphs in ``nquads``/``trig``,
            a plain graph is written as the default graph.
        path: Output file.
        fmt: One of :data:`EXPORT_FORMATS`. ``graphml``, ``jsonld`` and ``csv`` (a
            folder of tables) are written by :mod:`kg.export`.

    Raises:
        OutputError: Unknown format, or the file cannot be written.
    """
    if fmt not in EXPORT_FORMATS:
        raise OutputError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    if _is_oxigraph(graph):
        graph = _plain_copy(graph)
    if fmt == "csv":
        from kg.export.tables import table_files

        _write_table_files(path, table_files(graph))
        return
    if fmt == "graphml":
        from kg.export.graphml import graphml_bytes

        data = graphml_bytes(graph)
    elif fmt == "jsonld":
        from kg.export.jsonld import jsonld_bytes

        data = jsonld_bytes(graph)
    else:
        if fmt in _QUAD_FORMATS and not isinstance(graph, Dataset):
            graph = _as_dataset(graph)
        data = graph.serialize(format=_RDFLIB_FORMATS[fmt], encoding="utf-8")
    _write_atomically(path, data)


def _write_table_files(folder: Path, files: dict[str, bytes]) -> None:
    """The CSV export is a folder of tables: make it, then write each table atomically."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(
            f"cannot make the folder {folder} for the tables: {err.strerror or err}; "
            "give --output a folder path that can be created"
        ) from err
    for name, data in files.items():
        _write_atomically(folder / name, data)


def _write_atomically(path: Path, data: bytes) -> None:
    """Write to a temp file beside ``path``, then rename over it; links, FIFOs and devices are written through."""
    from kg.output_files import write_output

    write_output(path, data, what="graph")


def _store_problem(path: Path, *, must_exist: bool) -> str | None:
    """Why ``path`` cannot be used as a store, or None if it can."""
    if not path.exists():
        return "no such store; check the path or build one first" if must_exist else None
    if not path.is_dir():
        return "not a directory; give the directory of an Oxigraph store"
    if not (path / _STORE_MARKER).exists() and any(path.iterdir()):
        return "directory exists but is not an Oxigraph store; choose a new or empty directory"
    return None


def _store_reason(err: Exception) -> str:
    """Turn RocksDB's messages into advice."""
    text = str(err)
    if "lock" in text.lower():
        return "the store is in use by another process; wait for it to finish or close it"
    return f"{text}; check the directory and its permissions"


def _load_store(directory: Path) -> Graph:
    """Copy an Oxigraph store into memory (and release it at once).

    Dumping as N-Quads and parsing with rdflib turns Oxigraph's explicit
    ``^^xsd:string`` literals back into the plain literals the builder wrote.
    """
    import pyoxigraph as ox

    problem = _store_problem(directory, must_exist=True)
    if problem is None and not (directory / _STORE_MARKER).exists():
        problem = "empty directory, not an Oxigraph store; give a store built by newskg"
    if problem:
        raise GraphReadError(f"cannot read {directory}: {problem}")
    try:
        store = ox.Store(str(directory))
        dump = store.dump(format=ox.RdfFormat.N_QUADS) or b""
        del store  # drops the RocksDB lock
    except OSError as err:
        raise GraphReadError(f"cannot read store {directory}: {_store_reason(err)}") from err
    dataset = Dataset()
    dataset.parse(data=dump.decode("utf-8"), format="nquads")
    return bind_prefixes(_flatten(dataset))


def _flatten(dataset: Dataset) -> Graph:
    """Merge every graph of ``dataset`` into one plain graph, keeping its prefixes."""
    graph = Graph()
    for prefix, namespace in dataset.namespaces():
        graph.bind(prefix, namespace, override=False)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def _as_dataset(graph: Graph) -> Dataset:
    """Put a plain graph in a dataset's default graph, so quads carry no graph name."""
    dataset = Dataset()
    for prefix, namespace in graph.namespaces():
        dataset.bind(prefix, namespace, override=False)
    dataset.default_graph += graph
    return dataset


def _is_oxigraph(graph: Graph) -> bool:
    return type(graph.store).__name__ == "OxigraphStore"


def _plain_copy(graph: Graph) -> Graph:
    """In-memory copy with ``"x"^^xsd:string`` written back as the plain ``"x"``."""
    copy = Graph()
    for prefix, namespace in graph.namespaces():
        copy.bind(prefix, namespace)
    for s, p, o in graph:
        if isinstance(o, RDFLiteral) and o.datatype == XSD.string:
            o = RDFLiteral(str(o))
        copy.add((s, p, o))
    return copy
