"""Seeded starting positions for large pages (pivot MDS per component, packed)."""

from __future__ import annotations

import math

import networkx as nx

from kg.render.layout import initial_positions
from kg.render.network import to_network
from kg.render.page import page_data
from kg.render.select import select


def as_entity_graph(graph: nx.Graph) -> nx.MultiDiGraph:
    return nx.MultiDiGraph(nx.relabel_nodes(graph, {n: f"n{n}" for n in graph}))


def test_every_node_gets_a_finite_reproducible_position():
    graph = as_entity_graph(nx.barabasi_albert_graph(400, 2, seed=1))
    first, second = initial_positions(graph), initial_positions(graph)
    assert first == second
    assert set(first) == set(graph)
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in first.values())


def test_neighbours_start_closer_than_strangers():
    graph = as_entity_graph(nx.path_graph(200))
    pos = initial_positions(graph, unit=100)
    steps = [math.dist(pos[f"n{i}"], pos[f"n{i + 1}"]) for i in range(199)]
    assert max(steps) < math.dist(pos["n0"], pos["n199"]) / 10


def test_components_do_not_overlap():
    graph = as_entity_graph(nx.disjoint_union_all(
        [nx.complete_graph(30), nx.cycle_graph(40), nx.path_graph(2), nx.empty_graph(5)]))
    pos = initial_positions(graph)
    boxes = []
    for component in nx.connected_components(graph.to_undirected()):
        xs = [pos[n][0] for n in component]
        ys = [pos[n][1] for n in component]
        boxes.append((min(xs), min(ys), max(xs), max(ys)))
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1], (a, b)


def test_only_large_pages_are_seeded(fixture_graph):
    small = page_data(select(to_network(fixture_graph.graph)), "t")
    assert "x" not in small["nodes"][0]
    assert small["options"]["layout"]["improvedLayout"] is True
    graph = nx.MultiDiGraph()
    for u, v in nx.barabasi_albert_graph(200, 1, seed=2).edges():
        graph.add_edge(f"n{u}", f"n{v}", key="meetsWith", predicate="meetsWith", facts=[],
                       confidence=None)
    for node in graph:
        graph.nodes[node].update(cls="Person", label=node, alt_labels=[], statements=[],
                                 unasserted=[])
    large = page_data(select(graph), "t")
    assert all("x" in n and "y" in n for n in large["nodes"])
    assert large["options"]["layout"]["improvedLayout"] is False
    assert large["options"]["physics"]["adaptiveTimestep"] is False
