"""Run a read-only SPARQL query on pyoxigraph's engine, within a time limit.

pyoxigraph has no timeout and a query cannot be cancelled, but it releases the GIL
while it evaluates. So the query (and the reading of its results, where most of the
work of a lazy result happens) runs in a daemon thread that the caller waits for with a
deadline; past it, :class:`~kg.errors.QueryTimeoutError` is raised and the thread is
abandoned. The command line then exits, which ends the thread. A thread costs tens of
microseconds, a worker process milliseconds plus copying every result back.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from kg.errors import GraphReadError, QueryError, QueryTimeoutError
from kg.query.dataset import QueryDataset, dataset_from_graph, store_reason
from kg.query.output import format_query_result
from kg.query.policy import check_network, syntax_error
from kg.query.result import QueryResult, to_rdflib

if TYPE_CHECKING:
    import rdflib

__all__ = ["UnparsedQuery", "evaluation_errors", "execute", "execute_csv", "raw_answer", "run_query", "run_within"]


def execute(
    dataset: QueryDataset, query: str, *, allow_network: bool = False, timeout: float | None = None
) -> QueryResult:
    """Run ``query`` on ``dataset``; terms in the result are pyoxigraph's.

    Args:
        dataset: From :func:`kg.query.open_dataset`.
        query: A SPARQL 1.1 query (never an update).
        allow_network: Let ``SERVICE`` and ``FROM`` through (see :mod:`kg.query.policy`).
        timeout: Seconds before giving up, or None to wait as long as it takes.

    Raises:
        QueryError: A syntax error, an unknown prefix, an update, a refused operation,
            or a failure while evaluating.
        QueryTimeoutError: The query ran past ``timeout``.
        GraphReadError: The store could not be read while answering.
    """
    result: QueryResult = _checked_run(dataset, query, _evaluate, allow_network=allow_network, timeout=timeout)
    return result


def execute_csv(
    dataset: QueryDataset, query: str, *, allow_network: bool = False, timeout: float | None = None
) -> bytes:
    """Run ``query`` and return its answer as SPARQL CSV, the bytes ``kg query --format csv`` prints.

    SELECT solutions are written by pyoxigraph's own CSV serialiser, never read into
    Python: on a result of a million rows that is most of what ``kg query`` would add to
    the engine. The bytes are the same as :func:`format_query_result` writes (tested).

    Raises:
        QueryError, QueryTimeoutError, GraphReadError: As :func:`execute`.
    """
    answer: bytes = _checked_run(dataset, query, _evaluate_csv, allow_network=allow_network, timeout=timeout)
    return answer


def run_query(
    graph: rdflib.Graph, query: str, *, allow_network: bool = False, timeout: float | None = None
) -> QueryResult:
    """Run ``query`` on an rdflib graph (copied into pyoxigraph); terms are rdflib's.

    For library users holding a graph; ``kg query`` opens files and stores with
    :func:`kg.query.open_dataset` instead, which does not go through rdflib.

    Raises:
        QueryError: See :func:`execute`.
    """
    result = execute(dataset_from_graph(graph), query, allow_network=allow_network, timeout=timeout)
    rows = [[to_rdflib(term) for term in row] for row in result.rows]
    triples = None if result.triples is None else [tuple(map(to_rdflib, t)) for t in result.triples]
    return QueryResult(result.kind, result.variables, rows, result.answer, triples, result.prefixes)


def _checked_run(
    dataset: QueryDataset, query: str, evaluate: Any, *, allow_network: bool, timeout: float | None
) -> Any:
    """``evaluate(dataset, query)`` after the network check, within ``timeout``."""
    check_network(query, dataset.prefixes, allow_network=allow_network)
    try:
        return run_within(timeout, lambda: evaluate(dataset, query))
    except UnparsedQuery as unparsed:  # explained here, after the clock: it may import rdflib
        raise syntax_error(query, dataset.prefixes, unparsed.cause) from unparsed.cause


def run_within(timeout: float | None, work: Any) -> Any:
    """Return ``work()``, run in a daemon thread, or raise past ``timeout`` seconds."""
    outcome: dict[str, Any] = {}

    def target() -> None:
        try:
            outcome["value"] = work()
        except BaseException as err:  # handed to the waiting thread
            # pyoxigraph's result iterators must be dropped on the thread that made
            # them: cut the tracebacks that keep this thread's frames alive.
            cause: BaseException | None = err
            seen: set[int] = set()
            while cause is not None and id(cause) not in seen:
                seen.add(id(cause))
                cause.__traceback__ = None
                cause = cause.__cause__ or cause.__context__
            outcome["error"] = err

    worker = threading.Thread(target=target, name="sparql-query", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise QueryTimeoutError(
            f"the query ran longer than {timeout:g} s and was stopped; narrow it "
            "(LIMIT, more specific patterns) or give it more time with --timeout"
        )
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def _evaluate(dataset: QueryDataset, query: str) -> QueryResult:
    """Run the query and read every result, so evaluation errors surface here."""
    with evaluation_errors(dataset, query):
        return _read_answer(dataset, query, raw_answer(dataset, query))


def _evaluate_csv(dataset: QueryDataset, query: str) -> bytes:
    """Run the query and serialise every result as CSV, on this thread (see :func:`execute_csv`)."""
    import pyoxigraph as ox

    with evaluation_errors(dataset, query):
        answer = raw_answer(dataset, query)
        if isinstance(answer, ox.QuerySolutions):
            written = answer.serialize(format=ox.QueryResultsFormat.CSV)
            assert written is not None  # given no output, pyoxigraph returns the bytes
            return written
        result = _read_answer(dataset, query, answer)
    return format_query_result(result, "csv").encode("utf-8")


def _read_answer(dataset: QueryDataset, query: str, answer: Any) -> QueryResult:
    import pyoxigraph as ox

    if isinstance(answer, ox.QueryBoolean):
        return QueryResult("ASK", answer=bool(answer), prefixes=dataset.prefixes)
    if isinstance(answer, ox.QueryTriples):
        triples = [(t.subject, t.predicate, t.object) for t in answer]
        kind = "DESCRIBE" if _is_describe(query) else "CONSTRUCT"
        return QueryResult(kind, triples=triples, prefixes=dataset.prefixes)
    variables = [variable.value for variable in answer.variables]
    count = len(variables)
    rows = [[solution[i] for i in range(count)] for solution in answer]
    return QueryResult("SELECT", variables=variables, rows=rows, prefixes=dataset.prefixes)


def raw_answer(dataset: QueryDataset, query: str) -> Any:
    """pyoxigraph's lazy answer; read it inside :func:`evaluation_errors`, on this thread."""
    return dataset.store.query(query, prefixes=dict(dataset.prefixes), default_graph=dataset.default_graph)


class UnparsedQuery(QueryError):
    """pyoxigraph could not parse the query; :func:`kg.query.policy.syntax_error` explains it."""

    def __init__(self, cause: SyntaxError) -> None:
        super().__init__(f"SPARQL syntax error: {cause.msg or cause}")
        self.cause = cause


@contextmanager
def evaluation_errors(dataset: QueryDataset, query: str) -> Iterator[None]:
    """Turn pyoxigraph's errors while parsing, evaluating or reading into ours.

    A syntax error becomes :class:`UnparsedQuery`, to be explained (with rdflib's
    parser, for the messages ``kg query`` always gave) once the time limit is over.
    """
    try:
        yield
    except SyntaxError as err:
        raise UnparsedQuery(err) from err
    except (OSError, RuntimeError) as err:  # RocksDB reports corruption as RuntimeError
        if _is_storage_error(err):
            raise GraphReadError(f"cannot read store {dataset.source}: {store_reason(err)}") from err
        raise QueryError(f"the query failed while running: {_one_line(err)}; check the query") from err
    except (ValueError, TypeError) as err:
        raise QueryError(f"the query failed while running: {_one_line(err)}; check the query") from err


def _is_describe(query: str) -> bool:
    import re

    return re.search(r"\bDESCRIBE\b", query, re.IGNORECASE) is not None and not re.search(
        r"\bCONSTRUCT\b", query, re.IGNORECASE
    )


def _is_storage_error(err: Exception) -> bool:
    text = str(err).lower()
    return any(word in text for word in ("corruption", "checksum", "rocksdb", ".sst", "no such file", "io error"))


def _one_line(err: Exception) -> str:
    return " ".join(str(err).split()) or type(err).__name__
