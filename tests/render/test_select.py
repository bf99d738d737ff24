"""What the page shows: focus + hops neighbourhoods and the max_nodes cut."""

from __future__ import annotations

import networkx as nx
import pytest

from kg.errors import InputError
from kg.render.network import to_network
from kg.render.select import find_entities, most_connected, select


@pytest.fixture
def net(fixture_graph):
    return to_network(fixture_graph.graph)


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Antonov", "antonov"), ("ANATOLY ANTONOV", "antonov"), ("  u.s. ", "us"),
     ("russian federation", "russia")],
)
def test_find_entities_matches_label_or_alt_label_any_case(net, fixture_graph, name, expected):
    assert find_entities(net, name) == [fixture_graph.ids[expected]]


def names(selection, fixture_graph):
    by_iri = {iri: name for name, iri in fixture_graph.ids.items()}
    return {by_iri[n] for n in selection.graph}


@pytest.mark.parametrize(
    ("hops", "expected"),
    [
        (0, {"antonov"}),
        # meetsWith points *at* Antonov: the neighbourhood ignores direction.
        (1, {"antonov", "role_ddm", "plans", "tauscher"}),
        (2, {"antonov", "role_ddm", "plans", "tauscher", "russia", "role_us"}),
    ],
)
def test_focus_keeps_undirected_neighbourhood(net, fixture_graph, hops, expected):
    selection = select(net, focus="antonov", hops=hops)
    assert names(selection, fixture_graph) == expected
    assert selection.focus == ("Anatoly Antonov",)
    assert (selection.total_nodes, selection.total_edges) == (11, 10)
    assert selection.cut_nodes == 0


def test_focus_on_unknown_name_suggests_close_names(net):
    with pytest.raises(InputError, match="Did you mean: Antonov"):
        select(net, focus="Antonow")


def test_max_nodes_keeps_most_connected_and_counts_what_was_cut(net, fixture_graph):
    selection = select(net, max_nodes=3)
    # Antonov has degree 3; the rest of the top are degree-2 nodes, ties broken by label.
    assert names(selection, fixture_graph) == {"antonov", "role_ddm", "role_dfm"}
    assert (selection.cut_nodes, selection.cut_edges) == (8, 9)
    assert selection.graph.number_of_edges() == 1


def test_max_nodes_not_reached_cuts_nothing(net):
    selection = select(net, max_nodes=11)
    assert selection.graph.number_of_nodes() == 11
    assert (selection.cut_nodes, selection.cut_edges) == (0, 0)


def test_focused_entity_survives_max_nodes_even_with_low_degree(net, fixture_graph):
    selection = select(net, focus="missile defense system", hops=2, max_nodes=2)
    assert names(selection, fixture_graph) == {"system", "us"}
    assert selection.cut_nodes == 1  # role_us: within 2 hops but cut


def test_most_connected_never_keeps_a_lower_degree_node_over_a_higher_one():
    graph = nx.MultiDiGraph(nx.barabasi_albert_graph(200, 2, seed=3))
    nx.set_node_attributes(graph, {n: f"n{n}" for n in graph}, "label")
    kept = most_connected(graph, 40)
    dropped = set(graph) - set(kept)
    assert len(kept) == 40
    assert min(graph.degree(n) for n in kept) >= max(graph.degree(n) for n in dropped)


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"max_nodes": 0}, "--max-nodes must be at least 1"),
    ({"hops": -1}, "--hops must be 0 or more"),
])
def test_out_of_range_arguments_are_input_errors(net, kwargs, message):
    with pytest.raises(InputError, match=message):
        select(net, **kwargs)
