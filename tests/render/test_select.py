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
    # Antonov has 3 relations and comes with his most important neighbour (2 relations;
    # equal mentions, so the IRI orders them); the Deputy Defense Minister role is next
    # in rank and related to Antonov. Russia, as important, has no neighbour in the cut.
    assert names(selection, fixture_graph) == {"antonov", "tauscher", "role_ddm"}
    assert (selection.cut_nodes, selection.cut_edges) == (8, 8)
    assert selection.graph.number_of_edges() == 2


def ranked_graph() -> nx.MultiDiGraph:
    """a-b, c-d, e-f: every node has one relation; mentions decide, never the name."""
    graph = nx.MultiDiGraph()
    for u, v in [("a", "b"), ("c", "d"), ("e", "f")]:
        graph.add_edge(u, v, key="meetsWith")
    mentions = {"a": 1, "b": 1, "c": 2, "d": 9, "e": 5, "f": 5}
    for node in graph:
        graph.nodes[node].update(label=node, relations=1, mentions=mentions[node])
    return graph


def test_ties_in_relations_are_broken_by_mentions_not_by_name():
    kept = most_connected(ranked_graph(), 4, related=True)
    assert set(kept) == {"c", "d", "e", "f"}


def test_entities_with_no_relation_are_not_drawn_unless_asked(fixture_graph):
    from kg.render.network import to_network as network_of

    graph = fixture_graph.graph
    lonely = fixture_graph.entity("lonely", "Place", "deveselu", "Deveselu")
    selection = select(network_of(graph))
    assert str(lonely) not in selection.graph and selection.unrelated == 1
    assert str(lonely) in select(network_of(graph), isolated=True).graph


def test_a_cut_never_leaves_an_entity_without_its_relations():
    kept = most_connected(ranked_graph(), 3, related=True)
    sub = kept.to_undirected()
    assert all(sub.degree(n) > 0 for n in sub)


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
