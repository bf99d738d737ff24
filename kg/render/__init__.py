"""The graph page: RDF graph -> entity network -> one self-contained HTML file.

``network`` turns the RDF into a networkx graph of entities with their provenance,
``select`` cuts it to what a browser and a reader can handle, ``page`` writes the HTML.
This module is the only entry point the CLI needs. Submodules are imported inside the
functions so ``import kg.render`` (and ``kg --help``) stays instant.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING


if TYPE_CHECKING:
    import rdflib

__all__ = ["render_html", "write_html"]

logger = logging.getLogger(__name__)


def render_html(
    graph: rdflib.Graph,
    *,
    title: str = "newskg",
    max_nodes: int | None = None,
    focus: str | None = None,
    hops: int = 1,
    totals: tuple[int, int] | None = None,
) -> str:
    """Render ``graph`` as an offline, interactive HTML page.

    Args:
        graph: A newskg graph (``docs/data-model.md``): entities, plain triples and
            their ``nkg:Fact`` provenance.
        title: Shown in the page header and the browser tab.
        max_nodes: Keep only this many entities, the most connected first; the page
            says how many entities and relations were left out.
        focus: Show only the neighbourhood of the entity with this name (label or
            alternative name, any case).
        hops: How many relations away from ``focus`` to reach.
        totals: Entities and relations in the whole graph, when ``graph`` is only the
            part of it the page draws (a build of a large corpus loads no more).

    Returns:
        The complete HTML document; it makes no network request when opened.

    Raises:
        InputError: ``focus`` names no entity, or ``max_nodes``/``hops`` is out of range.
        OutputError: pyvis's bundled vis-network cannot be read.
    """
    from kg.render.network import to_network
    from kg.render.page import render_page
    from kg.render.select import select

    network = to_network(graph)
    selection = select(network, max_nodes=max_nodes, focus=focus, hops=hops)
    if totals is not None:
        from dataclasses import replace

        shown = selection.graph
        selection = replace(
            selection, total_nodes=totals[0], total_edges=totals[1],
            cut_nodes=max(0, totals[0] - shown.number_of_nodes()), cut_edges=max(0, totals[1] - shown.number_of_edges()),
        )
    logger.info(
        "graph page: %d of %d entities, %d of %d relations",
        selection.graph.number_of_nodes(), selection.total_nodes,
        selection.graph.number_of_edges(), selection.total_edges,
    )
    return render_page(selection, title=title)


def write_html(
    graph: rdflib.Graph,
    path: Path,
    *,
    title: str = "newskg",
    max_nodes: int | None = None,
    focus: str | None = None,
    hops: int = 1,
    totals: tuple[int, int] | None = None,
) -> None:
    """Render the page and write it to ``path`` atomically.

    The page is written to a temporary file in the same directory and moved into
    place with ``os.replace``, so a browser tab reloading the page (or a crash half
    way) never sees a truncated file.

    Raises:
        OutputError: ``path`` cannot be written (missing directory, permissions).
        InputError: See :func:`render_html`.
    """
    html = render_html(graph, title=title, max_nodes=max_nodes, focus=focus, hops=hops, totals=totals)
    from kg.output_files import write_output

    write_output(path, html.encode("utf-8"), what="graph page")
