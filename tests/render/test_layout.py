"""Positions computed in Python: force layout, fitted to the canvas box, hub labels apart."""

from __future__ import annotations

import math

import networkx as nx

from kg.render.layout import BOX, fit_to_box, force_layout, label_box, page_positions, spread_labels
from kg.render.network import to_network
from kg.render.page import page_data
from kg.render.select import select


def as_entity_graph(graph: nx.Graph) -> nx.MultiDiGraph:
    out = nx.MultiDiGraph(nx.relabel_nodes(graph, {n: f"n{n}" for n in graph}))
    for node in out:
        out.nodes[node]["label"] = node
    return out


def test_every_node_gets_a_finite_reproducible_position():
    graph = as_entity_graph(nx.barabasi_albert_graph(400, 2, seed=1))
    first, second = page_positions(graph, {}, {}), page_positions(graph, {}, {})
    assert first == second
    assert set(first) == set(graph)
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in first.values())


def test_the_drawing_fills_the_canvas_box():
    graph = as_entity_graph(nx.barabasi_albert_graph(300, 1, seed=4))
    pos = page_positions(graph, {}, {})
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    width, height = max(xs) - min(xs), max(ys) - min(ys)
    assert max(width / BOX[0], height / BOX[1]) > 0.99  # one side touches the box ...
    assert min(width / BOX[0], height / BOX[1]) > 0.6  # ... and it is no thin line


def test_neighbours_end_closer_than_strangers():
    graph = as_entity_graph(nx.path_graph(100))
    pos = force_layout(graph)
    steps = [math.dist(pos[f"n{i}"], pos[f"n{i + 1}"]) for i in range(99)]
    assert max(steps) < math.dist(pos["n0"], pos["n99"]) / 3


def test_fit_to_box_keeps_the_aspect_and_centres():
    fitted = fit_to_box({"a": (0.0, 0.0), "b": (10.0, 5.0)}, box=(100.0, 100.0))
    assert fitted == {"a": (-50.0, -25.0), "b": (50.0, 25.0)}


def test_labelled_hubs_are_pushed_apart_with_their_leaves():
    graph = as_entity_graph(nx.Graph([(0, 1), (0, 2), (3, 4)]))
    start = {"n0": (0.0, 0.0), "n1": (5.0, 5.0), "n2": (-5.0, 5.0), "n3": (1.0, 0.0), "n4": (9.0, 0.0)}
    fonts = {"n0": 14.0, "n3": 14.0}
    captions = {"n0": "Liberal Democrats", "n3": "Conservative Party"}
    pos = spread_labels(graph, start, fonts, captions)
    (wa, ha), (wb, hb) = label_box(captions["n0"], 14.0), label_box(captions["n3"], 14.0)
    dx, dy = abs(pos["n0"][0] - pos["n3"][0]), abs(pos["n0"][1] - pos["n3"][1])
    assert dx >= (wa + wb) / 2 or dy >= (ha + hb) / 2
    # n1, n2 are leaves of n0: they moved with it.
    for leaf in ("n1", "n2"):
        assert math.isclose(pos[leaf][0] - pos["n0"][0], start[leaf][0] - start["n0"][0])


def test_two_line_captions_are_taller():
    assert label_box("Barry Sheerman\nCommittee chairman", 10)[1] == 2 * label_box("Barry Sheerman", 10)[1]


def test_pages_open_laid_out_with_physics_off(fixture_graph):
    data = page_data(select(to_network(fixture_graph.graph)), "t")
    assert all("x" in n and "y" in n for n in data["nodes"])
    assert data["options"]["physics"]["enabled"] is False
    assert data["options"]["layout"]["improvedLayout"] is False
