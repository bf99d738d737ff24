"""Starting positions for large pages, so the browser's physics only has to polish.

vis-network starts every node at a random spot and needs hundreds of physics
iterations to untangle them; on thousands of nodes each iteration costs tens to
hundreds of milliseconds, so a bounded run leaves a hairball. Pivot MDS (Brandes &
Pich, 2006) gives a good global shape in O(pivots * (nodes + edges)): hop distances
from a few well-spread pivot nodes (networkx BFS), then the two main axes of that
distance table (numpy SVD). networkx's own spring/spectral layouts need scipy above
500 nodes, and its ForceAtlas2 keeps an n x n array, hence this small module.
"""

from __future__ import annotations

import math
import random
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import networkx as nx

Position = tuple[float, float]


def _pivot_mds(component: nx.Graph, pivots: int, rng: random.Random) -> dict[str, Position]:
    """Lay out one connected component in hop units."""
    import networkx as nx
    import numpy as np

    nodes = list(component)
    if len(nodes) <= 2:
        return {node: (float(i), 0.0) for i, node in enumerate(nodes)}
    index = {node: i for i, node in enumerate(nodes)}
    # Max-min pivots: start at the hub, then repeatedly take the node farthest from
    # every pivot so far, so the pivots span the whole component.
    current = max(nodes, key=lambda n: (component.degree(n), n))
    nearest = np.full(len(nodes), np.inf)
    columns = []
    for _ in range(min(pivots, len(nodes))):
        hops = nx.single_source_shortest_path_length(component, current)
        column = np.array([hops[n] for n in nodes], dtype=float)
        columns.append(column)
        nearest = np.minimum(nearest, column)
        current = nodes[int(np.argmax(nearest))]
    squared = np.column_stack(columns) ** 2
    centred = squared - squared.mean(axis=0) - squared.mean(axis=1, keepdims=True) + squared.mean()
    u, s, _ = np.linalg.svd(-0.5 * centred, full_matrices=False)
    coords = u[:, :2] * s[:2]  # at least 3 pivots, so at least 2 axes
    # Leaves of one hub share every distance; jitter keeps them from sitting on each other.
    coords += np.array([[rng.uniform(-0.3, 0.3), rng.uniform(-0.3, 0.3)] for _ in nodes])
    return {node: (float(coords[index[node], 0]), float(coords[index[node], 1])) for node in nodes}


def _pack(layouts: list[dict[str, Position]], unit: float) -> dict[str, Position]:
    """Place component layouts side by side in rows, biggest first, centred on 0."""
    placed: dict[str, Position] = {}
    boxes = []
    for layout in layouts:
        xs = [p[0] for p in layout.values()]
        ys = [p[1] for p in layout.values()]
        boxes.append((layout, min(xs), min(ys), max(xs) - min(xs) + 2, max(ys) - min(ys) + 2))
    row_width = math.sqrt(sum(w * h for _, _, _, w, h in boxes)) * 1.3
    x = y = row_height = 0.0
    for layout, x0, y0, w, h in boxes:
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in layout.items():
            placed[node] = ((px - x0 + x + 1) * unit, (py - y0 + y + 1) * unit)
        x += w
        row_height = max(row_height, h)
    if placed:
        cx = sum(p[0] for p in placed.values()) / len(placed)
        cy = sum(p[1] for p in placed.values()) / len(placed)
        placed = {n: (round(px - cx, 1), round(py - cy, 1)) for n, (px, py) in placed.items()}
    return placed


def initial_positions(
    graph: nx.MultiDiGraph, *, unit: float = 100.0, pivots: int = 30, seed: int = 7
) -> dict[str, Position]:
    """Return a starting (x, y) in pixels for every node: pivot MDS per component, packed.

    Args:
        graph: The entity graph to draw (edge direction is ignored).
        unit: Pixels per hop; close to the physics spring length so the polish is short.
        pivots: Pivot nodes per component; 30 is plenty for a 2-D picture.
        seed: Makes the jitter, hence the page, reproducible.
    """
    import networkx as nx

    rng = random.Random(seed)
    simple = nx.Graph(graph.to_undirected(as_view=True))
    components = sorted(nx.connected_components(simple), key=lambda c: (-len(c), min(c)))
    # .copy(): BFS over a subgraph *view* filters every adjacency lookup, ~3x slower.
    layouts = [_pivot_mds(simple.subgraph(c).copy(), pivots, rng) for c in components]
    return _pack(layouts, unit)
