"""SPARQL over newskg graphs: run a query safely, and print its results for people or tools.

No query reaches the network unless asked: ``SERVICE`` (and ``FROM``/``FROM NAMED``, which
rdflib fetches over HTTP) are refused without ``allow_network``, and ``LOAD`` and every other
update are always refused, since querying must never change the graph. The check reads the
parsed algebra, so the same words inside comments or string literals do not trigger it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rdflib import Graph
from rdflib import Literal as RDFLiteral
from rdflib.query import Result
from rdflib.term import BNode, Identifier, Node, URIRef, Variable

from kg.errors import OutputError, QueryError

if TYPE_CHECKING:
    from rdflib.plugins.sparql.sparql import Query

__all__ = ["RESULT_FORMATS", "QueryResult", "format_query_result", "format_results", "run_query"]

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