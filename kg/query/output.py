"""Query results for people (an aligned table) and for tools (CSV, SPARQL 1.1 JSON).

The output is the same, byte for byte, as when ``kg query`` ran on rdflib: the JSON
follows rdflib's serializer (key order, no datatype on plain strings), CSV is Python's
``csv`` dialect, and tables shorten IRIs with the graph's prefixes.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any

from kg.errors import OutputError
from kg.query.result import QueryResult, term_parts

__all__ = ["RESULT_FORMATS", "format_query_result", "format_results"]

RESULT_FORMATS: tuple[str, ...] = ("table", "csv", "json")
_MAX_CELL = 60  # characters shown per table cell before "…"


def check_format(fmt: str) -> None:
    """Raise :class:`OutputError` for a result format we do not write (before running)."""
    if fmt not in RESULT_FORMATS:
        raise OutputError(f"unknown result format {fmt!r}; use one of {', '.join(RESULT_FORMATS)}")


def format_results(
    variables: Sequence[str],
    rows: Sequence[Sequence[Any]],
    fmt: str,
    *,
    prefixes: Iterable[tuple[str, str]] = (),
) -> str:
    """Show SELECT results as an aligned ``table``, ``csv`` or SPARQL 1.1 ``json``.

    Args:
        variables: Column names.
        rows: Solutions: pyoxigraph or rdflib terms, None where unbound; plain strings
            are taken as literals.
        fmt: One of :data:`RESULT_FORMATS`.
        prefixes: ``(prefix, namespace)`` pairs used to shorten IRIs in tables only;
            csv and json carry full IRIs for the programs that read them.

    Raises:
        OutputError: For an unknown ``fmt``.
    """
    check_format(fmt)
    if fmt == "table":
        return _table(variables, rows, list(prefixes))
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(variables)
        writer.writerows([_csv_cell(value) for value in row] for row in rows)
        return out.getvalue()
    bindings = [
        {name: _json_term(value) for name, value in zip(variables, row, strict=False) if value is not None}
        for row in rows
    ]
    return _json({"results": {"bindings": bindings}, "head": {"vars": list(variables)}})


def format_query_result(result: QueryResult, fmt: str) -> str:
    """Show any kind of query result in one of :data:`RESULT_FORMATS`.

    SELECT rows go through :func:`format_results`; an ASK answer is ``true``/``false``
    (SPARQL JSON with ``json``); a CONSTRUCT/DESCRIBE graph is Turtle (JSON-LD with
    ``json``), since a graph has no rows to tabulate.

    Raises:
        OutputError: For an unknown ``fmt``.
    """
    check_format(fmt)
    if result.kind == "ASK":
        if fmt == "json":
            return _json({"head": {}, "boolean": bool(result.answer)})
        return ("true" if result.answer else "false") + "\n"
    if result.graph is not None:
        return result.graph.serialize(format="json-ld" if fmt == "json" else "turtle")
    return format_results(result.variables, result.rows, fmt, prefixes=result.prefixes)


def _json(data: object) -> str:
    return json.dumps(data, allow_nan=False, ensure_ascii=False) + "\n"


def _json_term(value: Any) -> dict[str, str]:
    parts = term_parts(value)
    term = {"type": parts.kind, "value": parts.value}
    if parts.datatype is not None:
        term["datatype"] = parts.datatype
    if parts.language is not None:
        term["xml:lang"] = parts.language
    return term


def _table(variables: Sequence[str], rows: Sequence[Sequence[Any]], prefixes: list[tuple[str, str]]) -> str:
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


def _table_cell(value: Any, namespaces: list[tuple[str, str]]) -> str:
    if value is None:
        return ""
    kind, text, _, _ = term_parts(value)
    if kind == "uri":
        for namespace, prefix in namespaces:
            if text.startswith(namespace) and len(text) > len(namespace):
                text = f"{prefix}:{text[len(namespace) :]}"
                break
    elif kind == "bnode":
        text = f"_:{text}"
    else:
        text = " ".join(text.split())  # one line per row, whatever the literal holds
    return text if len(text) <= _MAX_CELL else text[: _MAX_CELL - 1] + "…"


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    kind, text, _, _ = term_parts(value)
    return f"_:{text}" if kind == "bnode" else text
