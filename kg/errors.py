"""Errors newskg raises, each saying what went wrong, where, and what to do.

Imports nothing from ``kg`` so every module can raise these. The CLI turns any
:class:`NewskgError` into one line on stderr and a non-zero exit code.
"""

from __future__ import annotations


class NewskgError(Exception):
    """Base class: the message is complete and meant for the user."""

    exit_code = 1


class InputError(NewskgError):
    """An input path or record cannot be read."""

    exit_code = 2

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        where = path if line is None else f"{path}:{line}"
        super().__init__(f"{where}: {message}" if where else message)
        self.path = path
        self.line = line


class ModelError(NewskgError):
    """The spaCy model cannot be loaded."""

    exit_code = 3


class OutputError(NewskgError):
    """An output file or store cannot be written."""

    exit_code = 4


class QueryError(NewskgError):
    """A SPARQL query is malformed or not allowed."""

    exit_code = 5


class GraphReadError(NewskgError):
    """An existing RDF graph file or store cannot be read."""

    exit_code = 6


class QueryTimeoutError(QueryError):
    """A SPARQL query ran longer than the time it was given (``--timeout``)."""

    exit_code = 7


class QueryRefusedError(QueryError):
    """A well-formed request that querying never does (an update) or needs allowing (network)."""


class ValidationError(NewskgError):
    """A graph does not pass newskg's SHACL shapes (7 is a query's timeout)."""

    exit_code = 8
