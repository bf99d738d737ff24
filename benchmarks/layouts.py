"""Which force-directed layout gives a legible first screen: time and legibility, measured.

Lays out the entity graph a page would draw (``kg.render``'s selection of a built
graph.ttl) with each candidate and measures, after fitting the drawing into the page's
canvas (810 x 855 px at a 1400 x 900 window, 10 % margin, as the page fits):

- ``fill``: the share of the canvas's width and height the drawing spans (the smaller
  of the two; 1.0 is a drawing with the canvas's own shape, near 0 a thin line);
- ``label px``: the largest on-screen font size at which the labels of the 20 most
  connected entities do not overlap one another (closed form, see ``label_room``);
- ``crowded``: the share of entities whose nearest neighbour is closer than 6 px;

(label boxes here are one line of the entity's name, the same for every candidate).
- ``s``: wall time of the layout alone.

    uv run python benchmarks/layouts.py /tmp/bbc/graph.ttl /tmp/bbc_all/graph.ttl

networkx's spring layout needs scipy above 500 entities (``uv pip install scipy``);
a candidate that cannot run is reported and skipped.
"""

from __future__ import annotations

import argparse
import math
import time
from collections.abc import Callable
from pathlib import Path

import networkx as nx
import numpy as np
from rdflib import Graph

CANVAS = (810.0, 855.0)
MARGIN = 0.9
TOP = 20
CHAR_WIDTH = 0.55  # average glyph width of the page's sans-serif, in font sizes
LINE_HEIGHT = 1.2

Positions = dict[str, tuple[float, float]]


def drawn_graph(path: Path, max_nodes: int | None) -> nx.MultiDiGraph:
    """The entities and relations the page draws for this graph (its own selection)."""
    from kg.counts import graph_counts

    from kg.render.network import to_network
    from kg.render.select import select

    rdf = Graph().parse(path)
    selection = select(to_network(rdf, graph_counts(rdf)), max_nodes=max_nodes)
    return selection.graph


def fit(pos: Positions) -> dict[str, np.ndarray]:
    """Positions in screen px after fitting the drawing's box into the canvas."""
    xy = np.array(list(pos.values()), dtype=float)
    lo, hi = xy.min(axis=0), xy.max(axis=0)
    span = np.maximum(hi - lo, 1e-9)
    scale = MARGIN * min(CANVAS[0] / span[0], CANVAS[1] / span[1])
    return {node: (np.array(p) - lo) * scale for node, p in pos.items()}


def fill(screen: dict[str, np.ndarray]) -> float:
    xy = np.array(list(screen.values()))
    span = xy.max(axis=0) - xy.min(axis=0)
    return float(min(span[0] / CANVAS[0], span[1] / CANVAS[1]))


def label_room(screen: dict[str, np.ndarray], graph: nx.MultiDiGraph) -> float:
    """Largest font (px) at which the top entities' labels, centred on their nodes, do not overlap.

    Two boxes of font size f overlap iff |dx| < f * CHAR_WIDTH * (len_a + len_b) / 2 and
    |dy| < f * LINE_HEIGHT, so the pair allows any f up to the larger of the two bounds.
    """
    from kg.render.select import importance

    top = sorted(graph, key=lambda n: importance(graph, n))[:TOP]
    best = math.inf
    for i, a in enumerate(top):
        for b in top[i + 1:]:
            dx, dy = np.abs(screen[a] - screen[b])
            chars = min(len(graph.nodes[a]["label"]), 28) + min(len(graph.nodes[b]["label"]), 28)
            best = min(best, max(dx / (CHAR_WIDTH * chars / 2), dy / LINE_HEIGHT))
    return best


def crowded(screen: dict[str, np.ndarray], limit: float = 6.0) -> float:
    xy = np.array(list(screen.values()))
    if len(xy) < 2:
        return 0.0
    close = 0
    for start in range(0, len(xy), 500):  # chunks keep the distance table small
        block = np.linalg.norm(xy[start:start + 500, None, :] - xy[None, :, :], axis=2)
        np.fill_diagonal(block[:, start:start + 500], np.inf)
        close += int(np.sum(block.min(axis=1) < limit))
    return close / len(xy)


def pivot_mds(graph: nx.MultiDiGraph) -> Positions:
    """The page's former layout (kept here, measured): pivot MDS per component, packed."""
    import random

    rng = random.Random(7)
    simple = nx.Graph(graph.to_undirected())
    components = sorted(nx.connected_components(simple), key=lambda c: (-len(c), min(c)))
    layouts = [_pivot_mds_component(simple.subgraph(c).copy(), 30, rng) for c in components]
    return _pack(layouts)


def _pivot_mds_component(component: nx.Graph, pivots: int, rng) -> Positions:  # type: ignore[no-untyped-def]
    nodes = list(component)
    if len(nodes) <= 2:
        return {node: (float(i), 0.0) for i, node in enumerate(nodes)}
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
    coords = u[:, :2] * s[:2]
    coords += np.array([[rng.uniform(-0.3, 0.3), rng.uniform(-0.3, 0.3)] for _ in nodes])
    return {node: (float(coords[i, 0]), float(coords[i, 1])) for i, node in enumerate(nodes)}


def _pack(layouts: list[Positions]) -> Positions:
    placed: Positions = {}
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
            placed[node] = (px - x0 + x + 1, py - y0 + y + 1)
        x += w
        row_height = max(row_height, h)
    return placed


def nx_forceatlas2(graph: nx.MultiDiGraph) -> Positions:
    simple = nx.Graph(graph.to_undirected())
    pos = nx.forceatlas2_layout(simple, max_iter=200, seed=7, scaling_ratio=2.0, gravity=1.0)
    return {n: (float(p[0]), float(p[1])) for n, p in pos.items()}


def nx_spring(graph: nx.MultiDiGraph) -> Positions:
    simple = nx.Graph(graph.to_undirected())
    pos = nx.spring_layout(simple, seed=7, iterations=100)
    return {n: (float(p[0]), float(p[1])) for n, p in pos.items()}


def _igraph(graph: nx.MultiDiGraph, method: str) -> Positions:
    import igraph as ig

    simple = nx.Graph(graph.to_undirected())
    nodes = list(simple)
    index = {n: i for i, n in enumerate(nodes)}
    g = ig.Graph(n=len(nodes), edges=[(index[a], index[b]) for a, b in simple.edges() if a != b])
    import random

    random.seed(7)
    layout = g.layout_fruchterman_reingold(niter=500) if method == "fr" else g.layout_drl()
    return {n: (float(layout[index[n]][0]), float(layout[index[n]][1])) for n in nodes}


def igraph_fr(graph: nx.MultiDiGraph) -> Positions:
    return _igraph(graph, "fr")


def igraph_drl(graph: nx.MultiDiGraph) -> Positions:
    return _igraph(graph, "drl")


def page_layout(graph: nx.MultiDiGraph) -> Positions:
    """What kg.render draws: igraph FR, fitted to the canvas, top labels pushed apart."""
    from kg.render.options import TOP_FONT
    from kg.render.page import _caption, _top_labelled
    from kg.render.layout import page_positions

    top = _top_labelled(graph)
    return page_positions(graph, {n: float(TOP_FONT) for n in top},
                          {n: _caption(graph, n) for n in top})


CANDIDATES: dict[str, Callable[[nx.MultiDiGraph], Positions]] = {
    "pivot MDS (packed)": pivot_mds,
    "networkx forceatlas2_layout": nx_forceatlas2,
    "networkx spring_layout": nx_spring,
    "igraph Fruchterman-Reingold": igraph_fr,
    "igraph DrL": igraph_drl,
    "kg.render (igraph FR + labels)": page_layout,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("graphs", nargs="+", type=Path, help="built graph.ttl files")
    parser.add_argument("--max-nodes", type=int, default=500, help="as kg build's page (default 500)")
    parser.add_argument("--only", action="append", default=None, help="candidate name (repeatable)")
    args = parser.parse_args()
    for path in args.graphs:
        graph = drawn_graph(path, args.max_nodes)
        print(f"\n{path}: {graph.number_of_nodes()} entities, {graph.number_of_edges()} relations drawn")
        print(f"  {'layout':<30} {'s':>6} {'fill':>6} {'label px':>9} {'crowded':>8}")
        for name, layout in CANDIDATES.items():
            if args.only and name not in args.only:
                continue
            try:
                started = time.perf_counter()
                pos = layout(graph)
                seconds = time.perf_counter() - started
            except ImportError as exc:
                print(f"  {name:<30} skipped: {exc}")
                continue
            screen = fit(pos)
            print(f"  {name:<30} {seconds:>6.2f} {fill(screen):>6.2f} "
                  f"{label_room(screen, graph):>9.1f} {crowded(screen):>8.2f}")


if __name__ == "__main__":
    main()
