"""The SPARQL 1.1 Protocol endpoint and the explorer page, as a Starlette application.

``GET /sparql?query=...``, ``POST /sparql`` with a form field ``query`` or an
``application/sparql-query`` body. Results are written by pyoxigraph's own serializers
(SPARQL JSON, XML, CSV, TSV; Turtle, N-Triples, RDF/XML for graphs), chosen by
``Accept``. The endpoint only reads: updates get 403, and the query policy of
``kg query`` applies (no ``SERVICE``/``FROM`` without ``allow_network``).

Each query runs in a thread with a deadline (:func:`kg.query.engine.run_within`); a
query past it gets 503. pyoxigraph cannot cancel a query, so an abandoned one keeps its
slot until it ends, and when every slot is busy new queries get 503 at once: runaway
queries make the server say "busy", they never pile up without bound.
"""

from __future__ import annotations

import threading
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route

from kg.errors import GraphReadError, NewskgError, QueryError, QueryRefusedError, QueryTimeoutError
from kg.query.dataset import QueryDataset
from kg.query.engine import UnparsedQuery, evaluation_errors, raw_answer, run_within
from kg.query.policy import check_network, syntax_error
from kg.query.prefixes import TURTLE_PREFIXES
from kg.serve.protocol import GRAPH_FORMATS, SOLUTION_FORMATS, NotAcceptable, choose

__all__ = ["create_app"]

_FORM = "application/x-www-form-urlencoded"
_QUERY_BODY = "application/sparql-query"
_MAX_QUERY_BYTES = 1024 * 1024


class _Refusal(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def create_app(
    dataset: QueryDataset, *, page: str, allow_network: bool = False, timeout: float = 30.0, slots: int = 4
) -> Starlette:
    """The application serving ``dataset`` at ``/sparql`` and ``page`` at ``/``.

    Args:
        dataset: What queries run on (see :mod:`kg.serve.snapshot`).
        page: The explorer page's HTML.
        allow_network: Let ``SERVICE``/``FROM`` through, as ``kg query --allow-network``.
        timeout: Seconds a query may run before the client gets 503.
        slots: Queries that may run at once (abandoned ones included).
    """
    free = threading.BoundedSemaphore(slots)

    async def sparql(request: Request) -> Response:
        try:
            query = await _read_query(request)
            body, media = await run_in_threadpool(
                _answer, dataset, query, request.headers.get("accept"), allow_network, timeout, free
            )
        except _Refusal as refusal:
            return PlainTextResponse(str(refusal) + "\n", status_code=refusal.status)
        return Response(body, media_type=media, headers={"Cache-Control": "no-store"})

    async def explorer(request: Request) -> Response:
        return HTMLResponse(page, headers={"Cache-Control": "no-store"})

    routes = [Route("/", explorer, methods=["GET"]), Route("/sparql", sparql, methods=["GET", "POST"])]
    return Starlette(routes=routes)


async def _read_query(request: Request) -> str:
    """The query text from the request, as the Protocol places it."""
    if "update" in request.query_params:
        raise _Refusal(403, "this endpoint is read-only: SPARQL updates are refused")
    if {"default-graph-uri", "named-graph-uri"} & set(request.query_params):
        raise _Refusal(400, "default-graph-uri and named-graph-uri are not supported: the endpoint serves one graph")
    if request.method == "GET":
        return _one(request.query_params.getlist("query"))
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media == "application/sparql-update":
        raise _Refusal(403, "this endpoint is read-only: SPARQL updates are refused")
    body = await request.body()
    if len(body) > _MAX_QUERY_BYTES:
        raise _Refusal(413, f"the query is over {_MAX_QUERY_BYTES:,} bytes")
    if media == _QUERY_BODY:
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError as err:
            raise _Refusal(400, "the query is not UTF-8 text") from err
    if media == _FORM:
        from urllib.parse import parse_qs

        fields = parse_qs(body.decode("utf-8", errors="replace"), keep_blank_values=True)
        if "update" in fields:
            raise _Refusal(403, "this endpoint is read-only: SPARQL updates are refused")
        return _one(fields.get("query", []))
    raise _Refusal(415, f"POST the query as {_QUERY_BODY} or {_FORM}, not {media or 'no content type'}")


def _one(values: list[str]) -> str:
    if len(values) != 1:
        raise _Refusal(400, "give exactly one query parameter")
    return values[0]


def _answer(
    dataset: QueryDataset, query: str, accept: str | None, allow_network: bool, timeout: float,
    free: threading.BoundedSemaphore,
) -> tuple[bytes, str]:
    """Run and serialise one query (in a worker thread); errors become refusals."""
    try:
        check_network(query, dataset.prefixes, allow_network=allow_network)
        if not free.acquire(blocking=False):
            raise _Refusal(503, "the server is busy with other queries; try again shortly")
        result: tuple[bytes, str] = run_within(timeout, lambda: _serialised(dataset, query, accept, free))
        return result
    except UnparsedQuery as unparsed:
        explained = syntax_error(query, dataset.prefixes, unparsed.cause)
        status = 403 if isinstance(explained, QueryRefusedError) else 400
        raise _Refusal(status, str(explained)) from unparsed
    except QueryTimeoutError as err:
        raise _Refusal(503, str(err).replace("--timeout", "kg serve --timeout")) from err
    except QueryRefusedError as err:
        raise _Refusal(403, str(err)) from err
    except QueryError as err:
        raise _Refusal(400, str(err)) from err
    except GraphReadError as err:
        raise _Refusal(500, str(err)) from err
    except NewskgError as err:
        raise _Refusal(500, str(err)) from err


def _serialised(dataset: QueryDataset, query: str, accept: str | None, free: threading.BoundedSemaphore) -> tuple[bytes, str]:
    import pyoxigraph as ox

    try:
        with evaluation_errors(dataset, query):
            answer: Any = raw_answer(dataset, query)
            graph = isinstance(answer, ox.QueryTriples)
            try:
                media = choose(accept, GRAPH_FORMATS if graph else SOLUTION_FORMATS)
            except NotAcceptable as err:
                raise _Refusal(406, str(err)) from err
            if graph:
                fmt = getattr(ox.RdfFormat, GRAPH_FORMATS[media])
                prefixes = {p: ns for p, ns in dataset.prefixes if p in TURTLE_PREFIXES} if fmt == ox.RdfFormat.TURTLE else None
                data = ox.serialize(answer, format=fmt, prefixes=prefixes) if prefixes else answer.serialize(format=fmt)
            else:
                data = answer.serialize(format=getattr(ox.QueryResultsFormat, SOLUTION_FORMATS[media]))
            charset = "; charset=utf-8" if media.startswith("text/") or media.endswith("json") else ""
            return bytes(data or b""), media + charset
    finally:
        free.release()
