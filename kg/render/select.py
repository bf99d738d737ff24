"""Choose which part of the entity graph the page shows.

A browser lays out a few hundred nodes in a second and a few thousand in many, and a
reader cannot use a hairball anyway. Two ways to cut: ``focus`` + ``hops`` (the
neighbourhood of a named entity) and ``max_nodes`` (the most connected entities). The
:class:`Selection` remembers what was left out so the page can say so instead of
silently showing less.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.errors import InputError

if TYPE_CHECKING:
    import networkx as nx


@dataclass(frozen=True)
class Selection:
    """The subgraph to draw and an account of what was left out.

    Attributes:
        graph: The entity subgraph to draw.
        total_nodes: Entities in the whole graph.
        total_edges: Relations in the whole graph.
        focus: Labels of the entities the page is centred on (empty: no focus).
        hops: How far from ``focus`` the neighbourhood reaches.
        cut_nodes: Entities dropped by ``max_nodes`` (after the focus cut).
        cut_edges: Relations dropped with them.
    """

    graph: nx.MultiDiGraph
    total_nodes: int
    total_edges: int
    focus: tuple[str, ...] = ()
    hops: int = 0
    cut_nodes: int = 0
    cut_edges: int = 0


def find_entities(graph: nx.MultiDiGraph, name: str) -> list[str]:
    """Return the ids of entities called ``name`` (label or any alt label), any case.

    Several entities can share a name ("Antonov" for two people); all are returned.
    """
    wanted = name.strip().casefold()
    return [
        node
        for node, data in graph.nodes(data=True)
        if wanted in {n.casefold() for n in [data["label"], *data["alt_labels"]]}
    ]


def neighbourhood(graph: nx.MultiDiGraph, centres: list[str], hops: int) -> nx.MultiDiGraph:
    """Keep the entities within ``hops`` relations of any centre, ignoring direction.

    Direction is ignored because "who is connected to Antonov" includes both the role
    he holds and the people who meet him.
    """
    import networkx as nx

    keep: set[str] = set()
    for centre in centres:
        keep.update(nx.ego_graph(graph, centre, radius=hops, undirected=True))
    return graph.subgraph(keep).copy()


def most_connected(
    graph: nx.MultiDiGraph, max_nodes: int, keep_first: tuple[str, ...] = ()
) -> nx.MultiDiGraph:
    """Keep the ``max_nodes`` entities with the highest degree.

    Degree counts every relation in and out, so hubs (countries, the people quoted
    most) survive and the long tail of once-mentioned names goes first. Ties break by
    label so the same graph always gives the same page. ``keep_first`` (the focused
    entities) always survive.
    """
    first = set(keep_first)
    ranked = sorted(
        graph.degree(),
        key=lambda item: (item[0] not in first, -item[1], graph.nodes[item[0]]["label"], item[0]),
    )
    return graph.subgraph(node for node, _ in ranked[:max_nodes]).copy()


def _not_found(graph: nx.MultiDiGraph, name: str) -> InputError:
    names = sorted({n for _, d in graph.nodes(data=True) for n in [d["label"], *d["alt_labels"]]})
    close = difflib.get_close_matches(name, names, n=5, cutoff=0.6)
    hint = f" Did you mean: {', '.join(close)}?" if close else ""
    return InputError(
        f"no entity is named {name!r} (labels and alternative names are matched, "
        f"ignoring case).{hint} Run without --focus to see every entity."
    )


def select(
    graph: nx.MultiDiGraph,
    *,
    max_nodes: int | None = None,
    focus: str | None = None,
    hops: int = 1,
) -> Selection:
    """Apply the focus cut, then the size cut, and record what each left out.

    Raises:
        InputError: ``max_nodes`` below 1, ``hops`` below 0, or no entity named ``focus``.
    """
    if max_nodes is not None and max_nodes < 1:
        raise InputError(f"--max-nodes must be at least 1, got {max_nodes}.")
    if hops < 0:
        raise InputError(f"--hops must be 0 or more, got {hops}.")
    total_nodes, total_edges = graph.number_of_nodes(), graph.number_of_edges()
    shown, centres = graph, []
    if focus is not None:
        centres = find_entities(graph, focus)
        if not centres:
            raise _not_found(graph, focus)
        shown = neighbourhood(graph, centres, hops)
    cut_nodes = cut_edges = 0
    if max_nodes is not None and shown.number_of_nodes() > max_nodes:
        kept = most_connected(shown, max_nodes, tuple(centres))
        cut_nodes = shown.number_of_nodes() - kept.number_of_nodes()
        cut_edges = shown.number_of_edges() - kept.number_of_edges()
        shown = kept
    return Selection(
        graph=shown,
        total_nodes=total_nodes,
        total_edges=total_edges,
        focus=tuple(sorted(graph.nodes[c]["label"] for c in centres)),
        hops=hops if centres else 0,
        cut_nodes=cut_nodes,
        cut_edges=cut_edges,
    )
