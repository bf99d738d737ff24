"""vis-network options for the page: a still drawing, physics only on request.

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
# The page opens on positions computed in Python (kg.render.layout) inside a box the
# size of the canvas at a 1400 x 900 window, so sizes here are close to screen pixels
# at the opening "fit" (scale ~0.9).
TOP_LABELS = 20  # entities labelled on the first screen, the most connected
TOP_FONT = 18  # their label size: 12-16 px on screen as the page opens
SMALL_FONT = 9  # the others': hidden as the page opens, shown from ~1.3x zoom
LABEL_DRAW_THRESHOLD = 9  # vis-network hides a label below this on-screen size (minus 1)
EDGE_FONT = 8
NODE_MIN, NODE_MAX = 3.0, 11.0
SPRING_LENGTH = 40  # for "Re-run layout": about an edge of the Python layout
# A fixed seed: the same graph gives the same picture every time it is opened.
LAYOUT_SEED = 7


def stabilization_iterations(n_nodes: int) -> int:
    """Bound the physics run of "Re-run layout" so it ends in seconds, not minutes.

    Each Barnes-Hut iteration costs about O(n log n) and, in vis-network, tens of
    milliseconds per thousand nodes, so the budget shrinks as the graph grows.

    >>> stabilization_iterations(50), stabilization_iterations(300)
    (300, 150)
    >>> stabilization_iterations(5000)
    20
    """
    return max(20, min(300, 45_000 // max(n_nodes, 1)))


def vis_options(n_nodes: int, n_edges: int, class_names: list[str]) -> dict[str, Any]:
    """Return the options object passed to ``new vis.Network``.

    Physics is off as the page opens: the positions come laid out from Python, and a
    drawing that does not move is read faster. "Re-run layout" turns it on for a
    bounded polish (these settings) and freezes again.

    Args:
        n_nodes: Entities on the page; sizes the physics budget.
        n_edges: Relations on the page; large graphs get straight edges.
        class_names: Classes present; each becomes a vis-network group (its shape).

    Returns:
        A JSON-serialisable dict of vis-network 9 options.
    """
    from pyvis.network import Network  # heavy (imports IPython): only when rendering

    large = n_edges > LARGE_EDGE_COUNT
    net = Network(directed=True, cdn_resources="in_line")
    net.barnes_hut(
        gravity=-1500, central_gravity=0.3, spring_length=SPRING_LENGTH,
        spring_strength=0.04, damping=0.35, overlap=0.1,
    )
    net.set_edge_smooth("continuous")
    net.options.edges.smooth.enabled = not large
    net.toggle_hide_edges_on_drag(large)
    net.inherit_edge_colors(False)
    net.toggle_stabilization(True)
    options: dict[str, Any] = json.loads(net.options.to_json())

    options["physics"]["enabled"] = False
    options["physics"]["stabilization"].update(
        iterations=stabilization_iterations(n_nodes), updateInterval=10, fit=False  # the page fits
    )
    options["physics"]["adaptiveTimestep"] = False
    options["physics"]["minVelocity"] = 1.0
    options["layout"] = {"randomSeed": LAYOUT_SEED, "improvedLayout": False}
    options["interaction"].update(hover=True, navigationButtons=False, keyboard=False)
    options["nodes"] = {
        "shape": "dot",
        "borderWidth": 1,
        "scaling": {"label": {"enabled": False, "drawThreshold": LABEL_DRAW_THRESHOLD}},
        "font": {"size": SMALL_FONT, "color": "#1f2328", "strokeWidth": 3, "strokeColor": "#ffffff"},
    }
    options["edges"].update(
        arrows={"to": {"enabled": True, "scaleFactor": 0.4}},
        width=0.8,
        selectionWidth=1.5,
        color={"color": "#8c959f", "highlight": "#1f2328", "hover": "#57606a", "inherit": False},
        font={"size": EDGE_FONT, "color": "#57606a", "strokeWidth": 2, "strokeColor": "#ffffff",
              "align": "middle"},
        scaling={"label": {"enabled": False, "drawThreshold": LABEL_DRAW_THRESHOLD}},
    )
    options["groups"] = vis_groups(class_names)
    options.pop("configure", None)  # pyvis's option editor needs its template
    return options
