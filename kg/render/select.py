"""Choose which part of the entity graph the page shows.

A browser lays out a few hundred nodes in a second and a few thousand in many, and a
reader cannot use a hairball anyway. Two ways to cut: ``focus`` + ``hops`` (the
neighbourhood of a named entity) and ``max_nodes`` (the most connected entities).
Entities with no relation on the page are not drawn unless asked (``isolated``): in
news most names are mentioned once and related to nothing, and drawn they only push
the entities that matter off the screen. Generic titles become labels on their
holders (:mod:`kg.render.roles`). The :class:`Selection` remembers what was left out
so the page can say so instead of silently showing less.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.counts import rank_key
from kg.errors import InputError
from kg.render.roles import fold_generic_roles

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
        unrelated: Entities left out because no drawn relation reaches them.
        folded_roles: Generic titles drawn as labels on their holders, not as nodes.
    """

    graph: nx.MultiDiGraph
    total_nodes: int
    total_edges: int
    focus: tuple[str, ...] = ()
    hops: int = 0
    cut_nodes: int = 0
    cut_edges: int = 0
    unrelated: int = 0
    folded_roles: int = 0


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


def importance(graph: nx.MultiDiGraph, node: str) -> tuple[int, int, str]:
    """Sort key of an entity, most important first (:func:`kg.counts.rank_key`).

    Distinct relations in the whole graph (``relations``, from :mod:`kg.counts`; the
    degree here when absent), then mentions: never the name.
    """
    data = graph.nodes[node]
    return rank_key(int(data.get("relations", graph.degree(node))), int(data.get("mentions", 0)), node)


def most_connected(
    graph: nx.MultiDiGraph, max_nodes: int, keep_first: tuple[str, ...] = (), *, related: bool = False
) -> nx.MultiDiGraph:
    """Keep the ``max_nodes`` most important entities (:func:`importance`).

    Hubs (parties, countries, the people most related) survive and the long tail of
    once-mentioned names goes first. ``keep_first`` (the focused entities) always
    survive. With ``related``, every kept entity keeps a relation: one whose
    neighbours are all out comes in with its most important neighbour, or not at all.
    """
    first = set(keep_first)
    ranked = sorted(graph, key=lambda n: (n not in first, importance(graph, n)))
    if not related:
        return graph.subgraph(ranked[:max_nodes]).copy()
    kept: set[str] = set()
    for node in ranked:
        if len(kept) >= max_nodes:
            break
        if node in kept:
            continue
        near = (set(graph.predecessors(node)) | set(graph.successors(node))) - {node}
        if node in first or near & kept:
            kept.add(node)
        elif near and len(kept) + 2 <= max_nodes:  # it comes with its best neighbour
            kept.update((node, min(near, key=lambda n: importance(graph, n))))
    return graph.subgraph(kept).copy()


def without_unrelated(graph: nx.MultiDiGraph, keep: tuple[str, ...] = ()) -> nx.MultiDiGraph:
    """Drop the entities with no relation in ``graph`` (``keep`` stays)."""
    return graph.subgraph(n for n in graph if graph.degree(n) > 0 or n in keep).copy()


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
    isolated: bool = False,
) -> Selection:
    """Apply the focus cut, fold generic titles, drop unrelated entities (unless
    ``isolated``), then the size cut, and record what each left out.

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
    keep = tuple(centres)
    shown, folded = fold_generic_roles(shown, keep=keep)
    unrelated = 0
    if not isolated:
        related = without_unrelated(shown, keep)
        unrelated = shown.number_of_nodes() - related.number_of_nodes()
        shown = related
    cut_nodes = cut_edges = 0
    if max_nodes is not None and shown.number_of_nodes() > max_nodes:
        kept = most_connected(shown, max_nodes, keep, related=not isolated)
        if not isolated:  # the cut can leave an entity with none of its relations
            kept = without_unrelated(kept, keep)
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
        unrelated=unrelated,
        folded_roles=folded,
    )
