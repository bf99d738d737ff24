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

    from kg.counts import GraphCounts

__all__ = ["render_html", "write_html"]

logger = logging.getLogger(__name__)


def render_html(
    graph: rdflib.Graph,
    *,
    title: str = "newskg",
    max_nodes: int | None = None,
    focus: str | None = None,
    hops: int = 1,
    isolated: bool = False,
    counts: GraphCounts | None = None,
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
        isolated: Also draw entities with no relation on the page (by default they
            are counted in a notice, not drawn).
        counts: The whole graph's counts, when ``graph`` is only the part of it the
            page draws (a build of a large corpus loads no more); they rank the
            entities and fill the page's totals.

    Returns:
        The complete HTML document; it makes no network request when opened.

    Raises:
        InputError: ``focus`` names no entity, or ``max_nodes``/``hops`` is out of range.
        OutputError: pyvis's bundled vis-network cannot be read.
    """
    from kg.counts import graph_counts
    from kg.render.network import to_network
    from kg.render.page import render_page
    from kg.render.select import select

    whole = counts if counts is not None else graph_counts(graph)
    network = to_network(graph, whole)
    selection = select(network, max_nodes=max_nodes, focus=focus, hops=hops, isolated=isolated)
    if counts is not None:
        from dataclasses import replace

        shown = selection.graph
        total_nodes = counts.entities
        selection = replace(
            selection, total_nodes=total_nodes, total_edges=counts.relations,
            cut_nodes=max(0, counts.related_entities - shown.number_of_nodes()),
            cut_edges=max(0, counts.relations - shown.number_of_edges()),
        )
    logger.info(
        "graph page: %d of %d entities, %d of %d relations",
        selection.graph.number_of_nodes(), selection.total_nodes,
        selection.graph.number_of_edges(), selection.total_edges,
    )
    return render_page(selection, title=title, counts=whole)


def write_html(
    graph: rdflib.Graph,
    path: Path,
    *,
    title: str = "newskg",
    max_nodes: int | None = None,
    focus: str | None = None,
    hops: int = 1,
    isolated: bool = False,
    counts: GraphCounts | None = None,
) -> None:
    """Render the page and write it to ``path`` atomically.

    The page is written to a temporary file in the same directory and moved into
    place with ``os.replace``, so a browser tab reloading the page (or a crash half
    way) never sees a truncated file.

    Raises:
        OutputError: ``path`` cannot be written (missing directory, permissions).
        InputError: See :func:`render_html`.
    """
    html = render_html(
        graph, title=title, max_nodes=max_nodes, focus=focus, hops=hops, isolated=isolated, counts=counts
    )
    from kg.output_files import write_output

    write_output(path, html.encode("utf-8"), what="graph page")
