"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint and an explorer page over one graph.

``snapshot`` decides what is served (a file in memory, a store's snapshot), ``protocol``
picks result formats, ``endpoint`` is the Starlette application, ``page`` the explorer.
Served by uvicorn; submodules are imported in :func:`serve` so ``kg --help`` stays quick.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable
from pathlib import Path
from types import FrameType

__all__ = ["serve"]


def serve(
    source: Path,
    *,
    host: str = "127.0.0.1",
    port: int = 7878,
    allow_network: bool = False,
    timeout: float = 30.0,
    on_ready: Callable[[str], None] | None = None,
) -> None:
    """Serve ``source`` (RDF file or store) until interrupted.

    Raises:
        GraphReadError: The graph cannot be read.
        OutputError: The address cannot be listened on.
    """
    import uvicorn

    from kg.errors import OutputError
    from kg.serve.endpoint import create_app
    from kg.serve.page import explorer_page
    from kg.serve.snapshot import served_dataset

    # Syntax errors are explained with rdflib's parser: import it now, not on the first one.
    threading.Thread(target=_warm_up, name="warm-up", daemon=True).start()
    with served_dataset(source) as dataset:
        app = create_app(dataset, page=explorer_page(f"newskg · {source.name}"),
                         allow_network=allow_network, timeout=timeout)
        config = uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False, lifespan="off")
        server = uvicorn.Server(config)
        if on_ready is not None:
            on_ready(f"http://{host}:{port}/")
        # uvicorn shuts down gracefully on SIGINT/SIGTERM, then raises the signal again:
        # turn that into an exception so the snapshot is removed on the way out.
        previous = signal.signal(signal.SIGTERM, _stop)
        try:
            server.run()
        except (_Stopped, KeyboardInterrupt):
            return
        except SystemExit as exc:  # uvicorn exits when it cannot bind
            raise OutputError(f"cannot listen on {host}:{port}; is another server using the port? Try --port") from exc
        finally:
            signal.signal(signal.SIGTERM, previous)
        if not server.started:
            raise OutputError(f"cannot listen on {host}:{port}; is another server using the port? Try --port")


class _Stopped(Exception):
    """SIGTERM arrived: stop serving and clean up."""


def _stop(signum: int, frame: FrameType | None) -> None:
    raise _Stopped


def _warm_up() -> None:
    import rdflib.plugins.sparql.algebra  # noqa: F401
    import rdflib.plugins.sparql.parser  # noqa: F401
