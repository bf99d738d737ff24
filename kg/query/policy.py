"""What a query may do, and what to tell the user when it cannot be read.

No query reaches the network unless asked: ``SERVICE`` (which Oxigraph would call over
HTTP) and ``FROM``/``FROM NAMED`` (which rdflib used to fetch, and which stay refused so
a query means the same on either engine) need ``allow_network``; ``LOAD`` and every
other update are always refused, since querying must never change the graph.

The check reads rdflib's parsed algebra, so the same words inside comments or string
literals do not trigger it. That parse costs about 0.3 s of imports, so it runs only
when the text contains the word ``SERVICE`` or ``FROM`` (or a ``\\u`` escape, which
could spell one) outside whole-line comments: without them no query can use either
("# ... the document it came from" is a comment, not a FROM; lines count as comments only
when the query has no long string that could span them). Updates need no check at all:
pyoxigraph's ``Store.query`` parses queries only, and an update fails there as a syntax
error, which :func:`syntax_error` then names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.errors import QueryError, QueryRefusedError

__all__ = ["check_network", "syntax_error"]

_MAY_USE_NETWORK = re.compile(r"\b(?:service|from)\b|\\[uU]", re.IGNORECASE)
_WHOLE_LINE_COMMENT = re.compile(r"^[ \t]*#[^\n\r]*", re.MULTILINE)
_LONG_STRING = re.compile(r"\"\"\"|'''")
_IRI = re.compile(r"<[^<>\"{}|^`\\\x00-\x20]*>")
_COMMENT = re.compile(r"#[^\n\r]*")
_DECLARATIONS = re.compile(r"\s*(?:(?:PREFIX\s+[^\s:]*:\s*<>|BASE\s*<>)\s*)*", re.IGNORECASE)
_OXIGRAPH_POSITION = re.compile(r"error at (\d+):(\d+): ")


def check_network(query: str, prefixes: Iterable[tuple[str, str]], *, allow_network: bool) -> None:
    """Refuse ``SERVICE`` and ``FROM`` unless ``allow_network``.

    Raises:
        QueryError: The query uses one of them, or (only when it may) cannot be parsed.
    """
    if allow_network or not _MAY_USE_NETWORK.search(_without_comment_lines(query)):
        return
    used = _network_use(_rdflib_algebra(query, prefixes))
    if used:
        raise QueryRefusedError(
            f"the query uses {used}, which fetches data over the network; "
            "remove it, or allow network access (--allow-network) if you mean it"
        )


def _without_comment_lines(query: str) -> str:
    """The query less its whole-line comments; as it is when a long string could hide a line."""
    return query if _LONG_STRING.search(query) else _WHOLE_LINE_COMMENT.sub("", query)


def syntax_error(query: str, prefixes: Iterable[tuple[str, str]], err: SyntaxError) -> QueryError:
    """One line for a query pyoxigraph could not parse, as specific as we can make it.

    rdflib's parser names updates, unknown prefixes and positions in the words users
    already know from ``kg query``; Oxigraph's own message is the fallback.
    """
    if is_empty(query):
        return QueryError(
            "the query is empty (only whitespace, comments or PREFIX/BASE lines); "
            "write a SELECT, ASK, CONSTRUCT or DESCRIBE query"
        )
    try:
        _rdflib_algebra(query, prefixes)
    except QueryError as explained:
        return explained
    text = (err.msg or str(err)).strip()
    found = _OXIGRAPH_POSITION.match(text)
    reason = text[found.end() :] if found else text
    where = f" at line {found.group(1)}, column {found.group(2)}" if found else ""
    return QueryError(f"SPARQL syntax error{where}: {' '.join(reason.split())[:300]}")


def is_empty(query: str) -> bool:
    """True for a query with nothing to run: blank, comments, declarations only.

    Only asked after a parser refused the query, so a rough reading (IRIs first, so
    their ``#`` is not taken for a comment) can change the message, never the verdict.
    """
    text = _COMMENT.sub("", _IRI.sub("<>", query))
    return _DECLARATIONS.fullmatch(text) is not None


def _rdflib_algebra(query: str, prefixes: Iterable[tuple[str, str]]) -> object:
    """Parse and translate with rdflib, turning its exceptions into one-line advice."""
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery

    if is_empty(query):
        raise QueryError("the query is empty; write a SELECT, ASK, CONSTRUCT or DESCRIBE query")
    try:
        parsed = parseQuery(query)
    except Exception as err:  # pyparsing.ParseException, with lineno and col
        update = _update_operations(query)
        if update:
            raise QueryRefusedError(
                f"this is a SPARQL update ({update}), not a query; queries only read the "
                "graph, so LOAD, INSERT, DELETE, CLEAR, DROP and the like are refused"
            ) from err
        reason = str(err).split("  (at char")[0]
        line, col = getattr(err, "lineno", None), getattr(err, "col", None)
        where = f" at line {line}, column {col}" if line is not None else ""
        raise QueryError(f"SPARQL syntax error{where}: {' '.join(reason.split())}") from err
    try:
        return translateQuery(parsed, initNs=dict(prefixes)).algebra
    except Exception as err:  # rdflib raises bare Exception for unknown prefixes
        text = str(err)
        if text.startswith("Unknown namespace prefix"):
            prefix = text.rsplit(":", 1)[-1].strip()
            raise QueryError(
                f"unknown prefix '{prefix}:' in the query; declare it with PREFIX {prefix}: <...>"
            ) from err
        raise QueryError(f"cannot compile the SPARQL query: {' '.join(text.split())}") from err


def _update_operations(query: str) -> str | None:
    """Names of the update operations if ``query`` parses as a SPARQL update."""
    from rdflib.plugins.sparql.algebra import translateUpdate
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        operations = translateUpdate(parseUpdate(query)).algebra
        return ", ".join(dict.fromkeys(op.name.upper() for op in operations)) or None
    except Exception:  # not an update either (or an empty one): report the query error
        return None


def _network_use(algebra: object) -> str | None:
    """The first clause in the query algebra that would make a query go online."""
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
