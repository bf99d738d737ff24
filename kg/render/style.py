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
