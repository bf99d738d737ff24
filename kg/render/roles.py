"""Roles as the page draws them: titles that would join strangers become labels.

A role with an owner ("Deputy Defense Minister" of Russia, "MP" of the Labour Party)
is one seat, and people who hold it really share something. A bare title held by
several people with no owner ("MP", "chairman", "Professor") is not: drawn as one
node it becomes a hub that ties together people who have nothing to do with each
other. The page therefore folds such a title into its holders (a ``titles`` entry on
each, shown under the name and in the side panel) and draws owned roles with their
owner's name. This is a drawing decision only: the RDF keeps ``nkg:holdsRole`` to the
role node, and SPARQL over roles works as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx

HOLDS = "holdsRole"
OWNED_BY = "roleOf"


def generic_roles(graph: nx.MultiDiGraph) -> list[str]:
    """Roles with no owner held by two or more entities: the ones that join strangers."""
    found = []
    for node, data in graph.nodes(data=True):
        if data.get("cls") != "Role":
            continue
        owned = any(key == OWNED_BY for _, _, key in graph.out_edges(node, keys=True))
        holders = {u for u, _, key in graph.in_edges(node, keys=True) if key == HOLDS}
        if not owned and len(holders) >= 2:
            found.append(node)
    return sorted(found)


def fold_generic_roles(
    graph: nx.MultiDiGraph, keep: tuple[str, ...] = ()
) -> tuple[nx.MultiDiGraph, int]:
    """Return a copy with generic roles folded into their holders, and how many were folded.

    Each holder gets ``titles``: ``{"label", "facts"}`` per folded role, so the panel can
    still show the sentence that gave the title. Other relations of a folded role (rare:
    a title that "opposes" something) are dropped from the drawing with it. Roles in
    ``keep`` (the page's focus) stay nodes.
    """
    folded = [role for role in generic_roles(graph) if role not in keep]
    out = graph.copy()
    for role in folded:
        label = out.nodes[role]["label"]
        for holder, _, key, data in list(out.in_edges(role, keys=True, data=True)):
            if key != HOLDS or holder == role:
                continue
            titles: list[dict[str, Any]] = out.nodes[holder].setdefault("titles", [])
            titles.append({"label": label, "facts": data["facts"]})
        out.remove_node(role)
    for node, data in out.nodes(data=True):
        data.setdefault("titles", [])
        data["titles"].sort(key=lambda t: t["label"].casefold())
    return out, len(folded)


def owned_role_label(graph: nx.MultiDiGraph, node: str) -> str:
    """A role's label with its owner's ("MP (Labour Party)"), so two "MP" nodes differ."""
    data = graph.nodes[node]
    if data.get("cls") != "Role":
        return str(data["label"])
    owners = sorted(graph.nodes[v]["label"] for _, v, key in graph.out_edges(node, keys=True)
                    if key == OWNED_BY)
    if not owners or any(o.casefold() in data["label"].casefold() for o in owners):
        return str(data["label"])
    return f"{data['label']} ({', '.join(owners)})"
