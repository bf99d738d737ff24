"""Positions for every drawn entity, computed in Python so the page opens laid out.

Measured on the BBC pages (``benchmarks/layouts.py``; docs/page.md has the table):
python-igraph's Fruchterman-Reingold gives the most legible first screen of the
candidates (networkx ForceAtlas2 and spring, igraph DrL, our former pivot MDS) in
about a second: the drawing fills the canvas, hubs sit apart, few dots pile up. The
page then draws these positions as they are, with no physics at start.

Two steps make the first screen readable: the layout is scaled to a box of the
canvas's shape (so "fit" shows it whole at a known scale, and label sizes in canvas
units are known on screen), and the labelled hubs are pushed apart, each with the
leaves that hang only from it, until their labels no longer overlap.
"""

from __future__ import annotations

import math
import random
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import networkx as nx

Position = tuple[float, float]

# The canvas at a 1400 x 900 window (the page's three columns), in canvas units.
BOX = (810.0, 855.0)
CHAR_WIDTH = 0.62  # mean glyph width of the page's sans-serif, in font sizes (generous)
LINE_HEIGHT = 1.25
LABEL_CHARS = 28  # the page shortens longer labels


def iterations(n_nodes: int) -> int:
    """FR iterations: igraph's 500 up to 1,000 nodes, then fewer, so 5,000 take seconds.

    >>> iterations(300), iterations(5000)
    (500, 100)
    """
    return 500 if n_nodes <= 1000 else max(100, 500_000 // n_nodes)


def force_layout(graph: nx.MultiDiGraph, *, seed: int = 7) -> dict[str, Position]:
    """igraph Fruchterman-Reingold over the undirected simple graph, reproducible."""
    import igraph as ig

    nodes = sorted(graph)
    if len(nodes) <= 1:
        return {n: (0.0, 0.0) for n in nodes}
    index = {n: i for i, n in enumerate(nodes)}
    edges = {tuple(sorted((index[a], index[b]))) for a, b in graph.edges() if a != b}
    g = ig.Graph(n=len(nodes), edges=sorted(edges))
    rng = random.Random(seed)
    # Start spread over a square of side ~sqrt(n), as igraph's own random start does:
    # crammed into a unit square, FR's grid needs 20x longer (measured, 2,000 nodes).
    half = math.sqrt(len(nodes))
    start = [[rng.uniform(-half, half), rng.uniform(-half, half)] for _ in nodes]
    # igraph draws from Python's global `random` by default: give it its own, then
    # hand the global one back, so the page is reproducible and nobody else's state moves.
    ig.set_random_number_generator(rng)
    try:
        layout = g.layout_fruchterman_reingold(seed=start, niter=iterations(len(nodes)))
    finally:
        ig.set_random_number_generator(random)
    return {n: (float(layout[index[n]][0]), float(layout[index[n]][1])) for n in nodes}


def fit_to_box(positions: dict[str, Position], box: tuple[float, float] = BOX) -> dict[str, Position]:
    """Scale (keeping the aspect) and centre on 0 so the drawing just fits ``box``."""
    if not positions:
        return {}
    xs = [p[0] for p in positions.values()]
    ys = [p[1] for p in positions.values()]
    span_x, span_y = max(xs) - min(xs), max(ys) - min(ys)
    scale = min(box[0] / span_x if span_x else 1.0, box[1] / span_y if span_y else 1.0)
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {n: ((x - cx) * scale, (y - cy) * scale) for n, (x, y) in positions.items()}


def label_box(label: str, font: float) -> tuple[float, float]:
    """Width and height of a (possibly multi-line) label drawn at ``font`` canvas units."""
    lines = label.split("\n")
    widest = max(min(len(line), LABEL_CHARS) for line in lines)
    return CHAR_WIDTH * font * widest, LINE_HEIGHT * font * len(lines)


def spread_labels(
    graph: nx.MultiDiGraph,
    positions: dict[str, Position],
    fonts: dict[str, float],
    captions: dict[str, str],
    sizes: dict[str, float] | None = None,
    *,
    rounds: int = 200,
    pad: float = 4.0,
) -> dict[str, Position]:
    """Push the labelled entities (``fonts``) apart until their labels do not overlap.

    A label hangs under its node (vis-network draws it ``size`` below the centre), so
    its box is offset by the node's size. Each move takes along the entity's leaves
    (neighbours with no other neighbour), so a hub and its spokes move as one. Overlap
    is resolved along the axis that needs the shorter move, half by each side.
    """
    pos = {n: [x, y] for n, (x, y) in positions.items()}
    simple = graph.to_undirected(as_view=True)
    leaves = {
        n: [m for m in simple.neighbors(n) if m not in fonts and set(simple.neighbors(m)) <= {n, m}]
        for n in fonts
    }
    labels = {n: label_box(captions.get(n, n), f) for n, f in fonts.items()}
    drop = {n: (sizes or {}).get(n, 0.0) + labels[n][1] / 2 for n in fonts}  # box centre below node
    order = sorted(fonts)

    def move(node: str, dx: float, dy: float) -> None:
        for m in [node, *leaves[node]]:
            pos[m][0] += dx
            pos[m][1] += dy

    for _ in range(rounds):
        moved = False
        for i, a in enumerate(order):
            for b in order[i + 1:]:
                dx = pos[b][0] - pos[a][0]
                dy = pos[b][1] + drop[b] - pos[a][1] - drop[a]
                ox = (labels[a][0] + labels[b][0]) / 2 + pad - abs(dx)
                oy = (labels[a][1] + labels[b][1]) / 2 + pad - abs(dy)
                if ox <= 0 or oy <= 0:
                    continue
                moved = True
                if ox < oy:
                    step = (ox / 2) * (1 if dx >= 0 else -1)
                    move(a, -step, 0.0)
                    move(b, step, 0.0)
                else:
                    step = (oy / 2) * (1 if dy >= 0 else -1)
                    move(a, 0.0, -step)
                    move(b, 0.0, step)
        if not moved:
            break
    return {n: (p[0], p[1]) for n, p in pos.items()}


def page_positions(
    graph: nx.MultiDiGraph,
    fonts: dict[str, float],
    captions: dict[str, str],
    sizes: dict[str, float] | None = None,
    *,
    seed: int = 7,
) -> dict[str, Position]:
    """Positions in canvas units: force layout, fitted to :data:`BOX`, hub labels apart.

    Args:
        graph: The entities and relations the page draws.
        fonts: Label size (canvas units) of the entities labelled on the first screen.
        captions: Their labels as drawn (lines separated by ``\\n``).
        sizes: Their node sizes (canvas units), which push their labels down.
        seed: Makes the page the same every time it is built.
    """
    positions = fit_to_box(force_layout(graph, seed=seed))
    for _ in range(3):  # spreading grows the drawing: refit, and spread again what refitting undid
        positions = spread_labels(graph, fit_to_box(positions), fonts, captions, sizes)
    return {n: (round(x, 1), round(y, 1)) for n, (x, y) in positions.items()}
