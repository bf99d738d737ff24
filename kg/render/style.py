"""How each entity class and relation looks on the page.

Kept apart from the page builder so the legend, the vis-network ``groups`` option and
the tests all read one table: a class's colour and shape are a presentation choice made
once, not repeated in Python, CSS and JavaScript.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class ClassStyle:
    """The colour and vis-network shape of one entity class."""

    color: str
    shape: str


# Shapes with the label *under* the node, so long names never stretch the shape;
# Tableau-10 colours, distinguishable for the common forms of colour blindness.
CLASS_STYLES: dict[str, ClassStyle] = {
    "Person": ClassStyle("#4e79a7", "dot"),
    "Country": ClassStyle("#e15759", "diamond"),
    "Organization": ClassStyle("#f28e2b", "square"),
    "Role": ClassStyle("#76b7b2", "triangle"),
    "System": ClassStyle("#59a14f", "hexagon"),
    "Plan": ClassStyle("#edc948", "star"),
    "Place": ClassStyle("#b07aa1", "triangleDown"),
    "Entity": ClassStyle("#9d9d9d", "dot"),
}

# Classes the ontology may add later still get told apart from each other.
_EXTRA_COLORS = ("#ff9da7", "#9c755f", "#bab0ac", "#86bcb6", "#d4a6c8", "#8cd17d")

_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def class_style(name: str) -> ClassStyle:
    """Return the style of an entity class, inventing a stable one for unknown classes.

    Args:
        name: The class local name, e.g. ``"Person"``.

    Returns:
        The class's colour and shape; unknown classes get a colour chosen from their
        name so the same class looks the same on every page.

    >>> class_style("Person").shape
    'dot'
    """
    known = CLASS_STYLES.get(name)
    if known is not None:
        return known
    index = sum(name.encode("utf-8")) % len(_EXTRA_COLORS)
    return ClassStyle(_EXTRA_COLORS[index], "dot")


def relation_label(local_name: str) -> str:
    """Turn a property local name into the words drawn on an edge.

    The local names are a contract (``docs/data-model.md``); readers should not have to
    decode camelCase on a chart.

    >>> relation_label("holdsRole")
    'holds role'
    >>> relation_label("meetsWith")
    'meets with'
    """
    return _CAMEL_BOUNDARY.sub(" ", local_name).lower()


def vis_groups(class_names: list[str]) -> dict[str, dict[str, object]]:
    """Build the vis-network ``groups`` option: one group per class present.

    Nodes carry ``group = class`` so vis-network colours and shapes them; the
    legend uses the same :func:`class_style` values.
    """
    groups: dict[str, dict[str, object]] = {}
    for name in class_names:
        style = class_style(name)
        groups[name] = {
            "shape": style.shape,
            "color": {
                "background": style.color,
                "border": style.color,
                "highlight": {"background": style.color, "border": "#1f2328"},
                "hover": {"background": style.color, "border": "#1f2328"},
            },
        }
    return groups


# Communities (Louvain) colour the nodes; the biggest get Tableau-10's colours in order,
# the long tail of small groups a neutral grey so colour still means "a big group".
_COMMUNITY_COLORS = ("#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#edc948",
                     "#9c755f", "#ff9da7", "#86bcb6", "#d4a6c8")
SMALL_COMMUNITY_COLOR = "#a5acb4"

# Stance is what an analyst looks for first ("who stands against whom"): those edges
# get strong, distinct colours; every other relation stays a quiet grey.
RELATION_COLORS = {"opposes": "#d62728", "supports": "#2ca02c", "meetsWith": "#1f77b4",
                   "negotiatesWith": "#1f77b4", "agreementWith": "#2ca02c", "killed": "#8c1b1b"}
EDGE_COLOR = "#8c959f"


def community_color(index: int) -> str:
    """Colour of the ``index``-th biggest community.

    >>> community_color(0), community_color(99)
    ('#4e79a7', '#a5acb4')
    """
    return _COMMUNITY_COLORS[index] if index < len(_COMMUNITY_COLORS) else SMALL_COMMUNITY_COLOR


def relation_color(local_name: str) -> str:
    """Edge colour of a relation: stance and contact relations stand out, the rest are grey.

    >>> relation_color("opposes"), relation_color("holdsRole")
    ('#d62728', '#8c959f')
    """
    return RELATION_COLORS.get(local_name, EDGE_COLOR)
