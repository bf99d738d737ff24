"""Graph lifecycle and I/O: Oxigraph stores, RDF files, exports and SPARQL.

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

import csv
import io
import logging
import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Dataset, Graph
from rdflib import Literal as RDFLiteral
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD
from rdflib.query import Result
from rdflib.term import BNode, Identifier, Node, URIRef, Variable

from kg.errors import GraphReadError, OutputError, QueryError
from kg.iri import BASE
from kg.vocab import NKG

if TYPE_CHECKING:
    from rdflib.plugins.sparql.sparql import Query

__all__ = [
    "EXPORT_FORMATS",
    "PREFIXES",
    "RESULT_FORMATS",
    "QueryResult",
    "add_triples",
    "bind_prefixes",
    "format_query_result",
    "format_results",
    "load_graph",
    "open_store",
    "run_query",
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
EXPORT_FORMATS: tuple[str, ...] = (*_RDFLIB_FORMATS, "graphml")
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
        line = _error_line(err, source, fmt)
        where = f"{source}:{line}" if line else str(source)
        raise GraphReadError(
            f"cannot read {where}: not valid {fmt} ({_first_line(err)}); fix the file or "
            "check that its extension matches its format"
        ) from err
    return bind_prefixes(_flatten(target) if isinstance(target, Dataset) else target)


def write_graph(graph: Graph, path: Path, fmt: str) -> None:
    """Write ``graph`` to ``path`` atomically: readers see the old file or the new one.

    Args:
        graph: The graph; a ``Dataset`` keeps its named graphs in ``nquads``/``trig``,
            a plain graph is written as the default graph.
        path: Output file.
        fmt: One of :data:`EXPORT_FORMATS`. ``graphml`` holds entities (label, type)
            and relation triples (predicate) for Gephi, yEd or networkx.

    Raises:
        OutputError: Unknown format, or the file cannot be written.
    """
    if fmt not in EXPORT_FORMATS:
        raise OutputError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    if _is_oxigraph(graph):
        graph = _plain_copy(graph)
    if fmt == "graphml":
        import networkx as nx

        from kg.stats import relation_network

        buffer = io.BytesIO()
        nx.write_graphml(relation_network(graph), buffer)
        data = buffer.getvalue()
    else:
        if fmt in _QUAD_FORMATS and not isinstance(graph, Dataset):
            graph = _as_dataset(graph)
        data = graph.serialize(format=_RDFLIB_FORMATS[fmt], encoding="utf-8")
    _write_atomically(path, data)


def _write_atomically(path: Path, data: bytes) -> None:
    """Write to a temp file beside ``path``, then rename over it (atomic on POSIX)."""
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as tmp:
            tmp.write(data)
            tmp.flush()
            os.fsync(tmp.fileno())
        # mkstemp makes 0600 files; give the export the mode a plain open() would.
        os.chmod(tmp_name, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        os.replace(tmp_name, path)
    except OSError as err:
        if tmp_name and os.path.exists(tmp_name):
            os.unlink(tmp_name)
        reason = err.strerror or str(err)
        raise OutputError(
            f"cannot write {path}: {reason}; check the directory exists and is writable"
        ) from err


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


def _error_line(err: Exception, source: Path, fmt: str) -> int | None:
    """The 1-based line of a parse error, from whatever the parser reported."""
    if isinstance(getattr(err, "lines", None), int):  # notation3.BadSyntax: 0-based
        return err.lines + 1  # type: ignore[attr-defined]
    if isinstance(getattr(err, "lineno", None), int):  # json.JSONDecodeError
        return err.lineno  # type: ignore[attr-defined]
    if callable(getattr(err, "getLineNumber", None)):  # xml.sax.SAXParseException
        return int(err.getLineNumber())  # type: ignore[attr-defined]
    if fmt in ("nt", "nquads"):
        return _first_bad_line(source, fmt)
    return None


def _first_bad_line(source: Path, fmt: str) -> int | None:
    """rdflib's N-Triples/N-Quads errors quote the line but not its number.

    pyoxigraph (already here for the store) streams the file and reports the line.
    """
    import pyoxigraph as ox

    syntax = ox.RdfFormat.N_TRIPLES if fmt == "nt" else ox.RdfFormat.N_QUADS
    try:
        for _ in ox.parse(path=str(source), format=syntax):
            pass
    except SyntaxError as err:
        return err.lineno
    except (OSError, ValueError):
        return None
    return None


def _first_line(err: Exception) -> str:
    """Parser messages can span lines (and quote the input); keep the first one."""
    for attribute in ("_why", "msg"):  # BadSyntax, JSONDecodeError: the bare reason
        if isinstance(getattr(err, attribute, None), str):
            return str(getattr(err, attribute))
    text = str(err).strip()
    return text.splitlines()[0] if text else type(err).__name__


# --- SPARQL ---------------------------------------------------------------------------
# Kept here with the rest of the graph I/O; a kg/query.py of its own would be the next
# split if this module keeps growing.

RESULT_FORMATS: tuple[str, ...] = ("table", "csv", "json")
_MAX_CELL = 60  # characters shown per table cell before "…"


@dataclass(frozen=True)
class QueryResult:
    """What a query returned, in a form any of :data:`RESULT_FORMATS` can show.

    Attributes:
        kind: ``SELECT``, ``ASK``, ``CONSTRUCT`` or ``DESCRIBE``.
        variables: Column names of a SELECT, in query order.
        rows: One list per solution: rdflib terms, ``None`` where a variable is unbound.
        answer: The answer of an ASK.
        graph: The graph a CONSTRUCT or DESCRIBE built.
        prefixes: The queried graph's prefixes, to shorten IRIs in tables.
    """

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[list[Node | None]] = field(default_factory=list)
    answer: bool | None = None
    graph: Graph | None = None
    prefixes: tuple[tuple[str, str], ...] = ()

    @property
    def turtle(self) -> str | None:
        """The CONSTRUCT/DESCRIBE graph as Turtle, or None for other kinds."""
        return None if self.graph is None else self.graph.serialize(format="turtle")


def run_query(graph: Graph, query: str, *, allow_network: bool = False) -> QueryResult:
    """Run a read-only SPARQL query against ``graph``.

    The query is parsed and translated first, and the checked algebra is what runs, so
    the network checks cannot be fooled by words in comments or string literals. rdflib
    would fetch ``SERVICE`` endpoints and ``FROM``/``FROM NAMED`` IRIs over HTTP, which
    an analyst querying a local graph rarely means, so those need ``allow_network``.
    Updates (``LOAD``, ``INSERT``, ``DROP`` ...) are always refused: querying must never
    change a graph, and ``LOAD`` would also reach the network.

    Raises:
        QueryError: A syntax error (with line and column), an unknown prefix, a refused
            operation, or a failure while evaluating.
    """
    prepared = _prepare(query, graph)
    if not allow_network:
        used = _network_use(prepared.algebra)
        if used:
            raise QueryError(
                f"the query uses {used}, which fetches data over the network; "
                "remove it, or allow network access (--allow-network) if you mean it"
            )
    try:
        return _collect(graph.query(prepared), graph)
    except Exception as err:  # rdflib evaluates lazily; its errors share no base class
        raise QueryError(f"the query failed while running: {err}; check the query") from err


def _collect(result: Result, graph: Graph) -> QueryResult:
    """Materialise a lazy rdflib result, so evaluation errors surface in run_query."""
    prefixes = tuple((prefix, str(ns)) for prefix, ns in graph.namespaces())
    if result.type == "ASK":
        return QueryResult("ASK", answer=bool(result.askAnswer), prefixes=prefixes)
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        built = result.graph if result.graph is not None else Graph()
        for prefix, namespace in prefixes:
            built.bind(prefix, namespace, override=False)
        return QueryResult(result.type, graph=built, prefixes=prefixes)
    names = list(result.vars or [])
    rows: list[list[Node | None]] = [[row.get(name) for name in names] for row in result.bindings]
    variables = [str(name) for name in names]
    return QueryResult("SELECT", variables=variables, rows=rows, prefixes=prefixes)


def format_results(
    variables: Sequence[str],
    rows: Sequence[Sequence[Node | str | None]],
    fmt: str,
    *,
    prefixes: Iterable[tuple[str, str]] = (),
) -> str:
    """Show SELECT results as an aligned ``table``, ``csv`` or SPARQL 1.1 ``json``.

    Args:
        variables: Column names.
        rows: Solutions; plain strings are taken as literals.
        fmt: One of :data:`RESULT_FORMATS`.
        prefixes: ``(prefix, namespace)`` pairs used to shorten IRIs in tables only;
            csv and json carry full IRIs for the programs that read them.

    Raises:
        OutputError: For an unknown ``fmt``.
    """
    if fmt == "table":
        return _table(variables, rows, list(prefixes))
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(variables)
        writer.writerows([_csv_cell(value) for value in row] for row in rows)
        return out.getvalue()
    if fmt == "json":
        result = Result("SELECT")
        result.vars = [Variable(name) for name in variables]
        result.bindings = [
            {
                Variable(name): _term(value)
                for name, value in zip(variables, row, strict=False)
                if value is not None
            }
            for row in rows
        ]
        return _serialize_result(result)
    raise OutputError(f"unknown result format {fmt!r}; use one of {', '.join(RESULT_FORMATS)}")


def format_query_result(result: QueryResult, fmt: str) -> str:
    """Show any kind of query result in one of :data:`RESULT_FORMATS`.

    SELECT rows go through :func:`format_results`; an ASK answer is ``true``/``false``
    (SPARQL JSON with ``json``); a CONSTRUCT/DESCRIBE graph is Turtle (JSON-LD with
    ``json``), since a graph has no rows to tabulate.

    Raises:
        OutputError: For an unknown ``fmt``.
    """
    if fmt not in RESULT_FORMATS:
        raise OutputError(f"unknown result format {fmt!r}; use one of {', '.join(RESULT_FORMATS)}")
    if result.kind == "ASK":
        if fmt == "json":
            ask = Result("ASK")
            ask.askAnswer = bool(result.answer)
            return _serialize_result(ask)
        return ("true" if result.answer else "false") + "\n"
    if result.graph is not None:
        return result.graph.serialize(format="json-ld" if fmt == "json" else "turtle")
    return format_results(result.variables, result.rows, fmt, prefixes=result.prefixes)


def _prepare(query: str, graph: Graph) -> Query:
    """Parse and translate ``query``, turning rdflib's exceptions into one-line advice."""
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        parsed = parseQuery(query)
    except Exception as err:  # pyparsing.ParseException, with lineno and col
        update = _update_operations(query)
        if update:
            raise QueryError(
                f"this is a SPARQL update ({update}), not a query; queries only read the "
                "graph, so LOAD, INSERT, DELETE, CLEAR, DROP and the like are refused"
            ) from err
        reason = str(err).split("  (at char")[0]
        line, col = getattr(err, "lineno", None), getattr(err, "col", None)
        where = f" at line {line}, column {col}" if line is not None else ""
        raise QueryError(f"SPARQL syntax error{where}: {reason}") from err
    try:
        return translateQuery(parsed, initNs=dict(graph.namespaces()))
    except Exception as err:  # rdflib raises bare Exception for unknown prefixes
        text = str(err)
        if text.startswith("Unknown namespace prefix"):
            prefix = text.rsplit(":", 1)[-1].strip()
            raise QueryError(
                f"unknown prefix '{prefix}:' in the query; declare it with PREFIX {prefix}: <...>"
            ) from err
        raise QueryError(f"cannot compile the SPARQL query: {text}") from err


def _update_operations(query: str) -> str | None:
    """Names of the update operations if ``query`` parses as a SPARQL update."""
    from rdflib.plugins.sparql.algebra import translateUpdate
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        update = translateUpdate(parseUpdate(query))
    except Exception:  # not an update either: report the query error
        return None
    return ", ".join(dict.fromkeys(op.name.upper() for op in update.algebra)) or None


def _network_use(algebra: object) -> str | None:
    """The first clause in the query algebra that would make rdflib go online."""
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(algebra, CompValue):
        # dict.get: CompValue.get returns the key itself for a missing key.
        if algebra.name == "ServiceGraphPattern":
            return f"SERVICE <{dict.get(algebra, 'term')}>"
        for clause in dict.get(algebra, "datasetClause") or []:
            default = dict.get(clause, "default")
            return f"FROM <{default}>" if default is not None else f"FROM NAMED <{dict.get(clause, 'named')}>"
        children: Iterable[object] = algebra.values()
    elif isinstance(algebra, list | tuple):
        children = algebra
    else:
        return None
    for child in children:
        found = _network_use(child)
        if found:
            return found
    return None


def _table(
    variables: Sequence[str], rows: Sequence[Sequence[Node | str | None]], prefixes: list[tuple[str, str]]
) -> str:
    """Columns padded to their widest cell, IRIs shortened, long cells cut with '…'."""
    namespaces = sorted(((ns, prefix) for prefix, ns in prefixes), key=lambda pair: -len(pair[0]))
    cells = [[_table_cell(value, namespaces) for value in row] for row in rows]
    widths = [max([len(name), *(len(row[i]) for row in cells)]) for i, name in enumerate(variables)]
    lines = [
        " | ".join(name.ljust(width) for name, width in zip(variables, widths, strict=True)).rstrip(),
        "-+-".join("-" * width for width in widths),
    ]
    lines += [
        " | ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False)).rstrip()
        for row in cells
    ]
    count = len(rows)
    lines.append(f"({count} row{'' if count == 1 else 's'})")
    return "\n".join(lines) + "\n"


def _table_cell(value: Node | str | None, namespaces: list[tuple[str, str]]) -> str:
    if value is None:
        return ""
    if isinstance(value, URIRef):
        text = str(value)
        for namespace, prefix in namespaces:
            if text.startswith(namespace) and len(text) > len(namespace):
                text = f"{prefix}:{text[len(namespace) :]}"
                break
    elif isinstance(value, BNode):
        text = f"_:{value}"
    else:
        text = " ".join(str(value).split())  # one line per row, whatever the literal holds
    return text if len(text) <= _MAX_CELL else text[: _MAX_CELL - 1] + "…"


def _csv_cell(value: Node | str | None) -> str:
    if value is None:
        return ""
    return f"_:{value}" if isinstance(value, BNode) else str(value)


def _term(value: Node | str) -> Identifier:
    return value if isinstance(value, Identifier) else RDFLiteral(str(value))


def _serialize_result(result: Result) -> str:
    data = result.serialize(format="json")
    return (data.decode("utf-8") if isinstance(data, bytes) else str(data)) + "\n"
