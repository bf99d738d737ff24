"""SPARQL over newskg graphs, on pyoxigraph's engine: run a query safely, show its results.

``open_dataset`` opens a store read-only or loads a file into memory, ``execute`` runs
one read-only query within an optional time limit, ``format_query_result`` prints it.
What a query may do (no ``SERVICE``/``FROM`` without ``allow_network``, never an
update) is in :mod:`kg.query.policy`.
"""

from __future__ import annotations

from kg.query.dataset import QueryDataset, open_dataset
from kg.query.engine import execute, execute_csv, run_query
from kg.query.output import RESULT_FORMATS, check_format, format_query_result, format_results
from kg.query.result import QueryResult

__all__ = [
    "RESULT_FORMATS",
    "QueryDataset",
    "QueryResult",
    "check_format",
    "execute",
    "execute_csv",
    "format_query_result",
    "format_results",
    "open_dataset",
    "run_query",
]
