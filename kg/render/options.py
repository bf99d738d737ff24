"""vis-network options for the page: physics that settles fast, then stops.

pyvis builds the options object (solver, smoothing, stabilisation), because that is
the part of pyvis that is a plain, documented mapping onto vis-network. Its node and
edge builders are not used: ``Network.add_node``/``add_edge`` scan a Python list on
every call (quadratic for thousands of nodes) and its HTML template loads bootstrap
and vis-network from CDNs, which an offline page cannot do (pyvis #228, #229).
"""

from __future__ import annotations

import json
from typing import Any

from kg.render.style import vis_groups

# Above this many edges, curved edges and edge-hiding on drag cost more than they give.
LARGE_EDGE_COUNT = 1500
# vis-network's "improved layout" clusters and runs Kamada-Kawai before physics; it is
# what makes pyvis take minutes on ~1,500 nodes (pyvis #204), so only small graphs get it.
IMPROVED_LAYOUT_MAX_NODES = 150
SPRING_LENGTH = 140
SMALL_SPRING_LENGTH = 100
# One label size for every entity: sized by degree, the leaves' names were the ones
# too small to read. drawThreshold still drops labels when zoomed far out.
LABEL_SIZE = 22
# A fixed seed: the same graph gives the same picture every time it is opened.
LAYOUT_SEED = 7


def stabilization_iterations(n_nodes: int, *, seeded: bool = False) -> int:
    """Bound the physics run so large pages become usable in seconds, not minutes.

    Each Barnes-Hut iteration costs about O(n log n) and, in vis-network, tens of
    milliseconds per thousand nodes, so the budget shrinks as the graph grows. Small
    graphs start from vis-network's own layout and get up to 1000 iterations (it stops
    earlier once stable); seeded large graphs (:mod:`kg.render.layout`) already have
    their shape and only need a short polish.

    >>> stabilization_iterations(50), stabilization_iterations(300, seeded=True)
    (1000, 150)
    >>> stabilization_iterations(5000, seeded=True)
    20
    """
    if not seeded:
        return max(100, min(1000, 200_000 // max(n_nodes, 1)))
    return max(20, min(300, 45_000 // max(n_nodes, 1)))


def vis_options(
    n_nodes: int, n_edges: int, class_names: list[str], *, seeded: bool = False
) -> dict[str, Any]:
    """Return the options object passed to ``new vis.Network``.

    Args:
        n_nodes: Entities on the page; sizes the physics budget.
        n_edges: Relations on the page; large graphs get straight edges.
        class_names: Classes present; each becomes a vis-network group.
        seeded: Nodes come with starting positions (:mod:`kg.render.layout`), so
            vis-network's own initial layout is skipped.

    Returns:
        A JSON-serialisable dict of vis-network 9 options.
    """
    from pyvis.network import Network  # heavy (imports IPython): only when rendering

    large = n_edges > LARGE_EDGE_COUNT
    net = Network(directed=True, cdn_resources="in_line")
    if seeded:
        net.barnes_hut(
            gravity=-6000, central_gravity=0.25, spring_length=SPRING_LENGTH,
            spring_strength=0.04, damping=0.35, overlap=0.1,
        )
    else:
        # Small graphs are read at "fit" zoom, where the widest extent decides the
        # scale: a tighter layout means larger, readable labels (tuned on the seed
        # article's page, docs/screenshot.png).
        net.barnes_hut(
            gravity=-4000, central_gravity=0.35, spring_length=SMALL_SPRING_LENGTH,
            spring_strength=0.04, damping=0.35, overlap=0.3,
        )
    net.set_edge_smooth("continuous")
    net.options.edges.smooth.enabled = not large
    net.toggle_hide_edges_on_drag(large)
    net.inherit_edge_colors(False)
    net.toggle_stabilization(True)
    options: dict[str, Any] = json.loads(net.options.to_json())

    options["physics"]["stabilization"].update(
        iterations=stabilization_iterations(n_nodes, seeded=seeded), updateInterval=10, fit=False  # the page fits, with margin
    )
    # The adaptive timestep saves iterations when running to convergence but triples
    # the cost of each; a seeded layout runs a fixed, short budget instead.
    options["physics"]["adaptiveTimestep"] = not seeded
    options["physics"]["minVelocity"] = 1.0
    options["layout"] = {
        "randomSeed": LAYOUT_SEED,
        "improvedLayout": not seeded and n_nodes <= IMPROVED_LAYOUT_MAX_NODES,
    }
    options["interaction"].update(hover=True, navigationButtons=False, keyboard=False)
    options["nodes"] = {
        "shape": "dot",
        "borderWidth": 1,
        "scaling": {"min": 10, "max": 36, "label": {
            "enabled": True, "min": LABEL_SIZE, "max": LABEL_SIZE, "drawThreshold": 6}},
        "font": {"size": LABEL_SIZE, "color": "#1f2328", "strokeWidth": 4, "strokeColor": "#ffffff"},
    }
    options["edges"].update(
        arrows={"to": {"enabled": True, "scaleFactor": 0.5}},
        width=1.2,
        selectionWidth=1.5,
        color={"color": "#8c959f", "highlight": "#1f2328", "hover": "#57606a", "inherit": False},
        font={"size": 12, "color": "#57606a", "strokeWidth": 3, "strokeColor": "#ffffff",
              "align": "middle"},
    )
    options["groups"] = vis_groups(class_names)
    options.pop("configure", None)  # pyvis's option editor needs its template
    return options
