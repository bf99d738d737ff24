"""Batches on a Dask cluster: the map step spread over machines.

Per-article analysis needs nothing from other articles, so each batch is one Dask
task (:func:`kg.map_step.analyse_batch`); the merge of entities, the reduce, stays in
the process that runs ``kg build``. Workers load the spaCy model once per process
(``kg.nlp.load_model`` is cached), on their first batch. Only a bounded number of
batches are in flight, so the client never holds the corpus either.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import ExitStack

from kg.errors import InputError, OutputError
from kg.map_step import Batch, BatchOptions, DoneBatch, analyse_batch
from kg.workers import sigterm_raises

log = logging.getLogger(__name__)

__all__ = ["map_on_dask"]

_LOCAL = re.compile(r"local:(\d+)")


def map_on_dask(
    batches: Iterator[Batch], options: BatchOptions, *, scheduler: str | None = None, cluster: str | None = None
) -> Iterator[DoneBatch]:
    """Analyse batches on the Dask cluster at ``scheduler``, or on a new ``local:N`` one.

    Finished batches come back as they finish, not in order (each says its number).

    Raises:
        InputError: ``cluster`` is not ``local:N``.
        OutputError: Dask is not installed, or the scheduler cannot be reached.
    """
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError as err:
        raise OutputError("--scheduler and --cluster need Dask: install newskg with dask[distributed] (`uv sync`)") from err
    with ExitStack() as stack:
        stack.enter_context(sigterm_raises())  # entered first, so it is left last: after the cluster is closed
        if cluster is not None:
            match = _LOCAL.fullmatch(cluster)
            if match is None or int(match.group(1)) < 1:
                raise InputError(f"--cluster {cluster!r}: give local:N with N worker processes, e.g. local:2")
            local = stack.enter_context(
                LocalCluster(n_workers=int(match.group(1)), threads_per_worker=1, processes=True, dashboard_address=None)
            )
            client = stack.enter_context(Client(local))
        else:
            try:
                client = stack.enter_context(Client(scheduler, timeout="30s"))
            except (OSError, TimeoutError) as err:
                raise OutputError(f"cannot reach the Dask scheduler at {scheduler}: {err}; check the address and that it runs") from err
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        in_flight = 2 * workers
        pending = as_completed()
        for batch in batches:
            pending.add(client.submit(analyse_batch, batch, options, pure=False))
            while pending.count() >= in_flight:
                yield _result(next(pending))
        for future in pending:
            yield _result(future)


def _result(future) -> DoneBatch:  # type: ignore[no-untyped-def]
    done: DoneBatch = future.result()
    future.release()
    return done
