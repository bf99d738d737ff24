"""Where an RDF parser says a file is wrong: the line and the reason, for one-line error messages.

rdflib's parsers raise many unrelated exception types, each carrying the line (or not) in
its own way; :func:`kg.store.load_graph` names the file, this line and this reason.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path


def error_line(err: Exception, source: Path, fmt: str) -> int | None:
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


def first_line(err: Exception) -> str:
    """Parser messages can span lines (and quote the input); keep the first one."""
    for attribute in ("_why", "msg"):  # BadSyntax, JSONDecodeError: the bare reason
        if isinstance(getattr(err, attribute, None), str):
            return str(getattr(err, attribute))
    text = str(err).strip()
    return text.splitlines()[0] if text else type(err).__name__
