"""Entity graph -> one self-contained HTML page (string).

The page must open from disk on a machine with no network, so everything is inlined:
vis-network's JS and CSS (vendored in pyvis's package directory), our own small
template, CSS and JS (``assets/``), and the data as JSON. pyvis's own template is not
used because it loads bootstrap and tom-select from CDNs even in ``in_line`` mode.

Article text is untrusted: a name or sentence may contain markup. The data travels as
JSON inside ``<script type="application/json">`` with ``<``, ``>`` and ``&`` escaped,
the JS builds the DOM with ``textContent`` only, and a Content-Security-Policy lets
only our own scripts (by hash) run and forbids every network request.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
from importlib import resources
from typing import TYPE_CHECKING, Any

from kg.errors import OutputError
from kg.render.layout import page_positions
from kg.render.options import LAYOUT_SEED, NODE_MAX, NODE_MIN, SMALL_FONT, TOP_FONT, TOP_LABELS, vis_options
from kg.render.roles import owned_role_label
from kg.render.select import importance
from kg.render.style import class_style, community_color, relation_color, relation_label
from kg.vocab import ENTITY_CLASSES

if TYPE_CHECKING:
    import networkx as nx

    from kg.counts import GraphCounts
    from kg.render.select import Selection

VIS_VERSION = "vis-9.1.2"  # the newest vis-network pyvis 0.3.2 ships
_MARKER = re.compile(r"\{\{(\w+)\}\}")
_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")  # what the date filter compares
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                 "\u2028": "\\u2028", "\u2029": "\\u2029"}


def script_safe_json(value: object) -> str:
    """Serialise ``value`` so no string in it can end or escape a ``<script>`` element.

    >>> script_safe_json({"a": "</script><b>&"})
    '{"a":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group()], text)


def inline_js(code: str) -> str:
    # `</script` would end the element early and `<!--` changes how HTML parsers scan
    # script text; `<\/` and `<\!` mean the same thing inside JS strings.
    return re.sub(r"</(script)", r"<\\/\1", code, flags=re.I).replace("<!--", "<\\!--")


def csp_hash(code: str) -> str:
    digest = hashlib.sha256(code.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def vis_asset(name: str) -> str:
    path = resources.files("pyvis") / "templates" / "lib" / VIS_VERSION / name
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise OutputError(
            f"cannot read vis-network from the pyvis package ({exc}). The graph page "
            "inlines pyvis's bundled copy; reinstall it with `uv sync` (pyvis>=0.3.2)."
        ) from exc


def _own_asset(name: str) -> str:
    return (resources.files("kg.render") / "assets" / name).read_text(encoding="utf-8")


def _edge_records(selection: Selection) -> list[dict[str, Any]]:
    """Flatten edges; parallel edges between one pair get increasing curvature."""
    seen_pairs: dict[frozenset[str], int] = {}
    records = []
    edges = sorted(selection.graph.edges(keys=True, data=True), key=lambda e: e[:3])
    for i, (src, dst, key, data) in enumerate(edges):
        pair = frozenset((src, dst))
        nth = seen_pairs[pair] = seen_pairs.get(pair, -1) + 1
        records.append({
            "id": f"e{i}", "from": src, "to": dst, "rel": key, "label": relation_label(key),
            "confidence": data["confidence"], "facts": data["facts"],
            "curve": round(0.25 * nth, 2) if nth else None,
        })
    return records


def _notices(selection: Selection) -> list[str]:
    """Say in words what the reader is not seeing, and how to see it."""
    shown = selection.graph.number_of_nodes()
    notices = []
    if selection.focus:
        hops = f"{selection.hops} hop" + ("" if selection.hops == 1 else "s")
        notices.append(
            f"Neighbourhood of {', '.join(selection.focus)} within {hops}: "
            f"{shown:,} of {selection.total_nodes:,} entities."
        )
    if selection.cut_nodes:
        notices.append(
            f"Showing the {shown:,} most connected entities: {selection.cut_nodes:,} entities "
            f"and {selection.cut_edges:,} relations were left out (raise --max-nodes to see more)."
        )
    if selection.unrelated:
        notices.append(
            f"{selection.unrelated:,} entities with no relation on this page are not drawn "
            "(kg render --isolated draws them)."
        )
    if selection.folded_roles:
        notices.append(
            f"{selection.folded_roles:,} generic titles held by several people with no owner "
            "(such as “MP”) are written under their holders' names, not drawn as shared nodes."
        )
    return notices


def _top_labelled(graph: nx.MultiDiGraph) -> list[str]:
    """The entities labelled on the first screen: the most important ones (all, on a small page)."""
    ranked = sorted(graph, key=lambda n: importance(graph, n))
    return ranked if len(ranked) <= 2 * TOP_LABELS else ranked[:TOP_LABELS]


def _communities(graph: nx.MultiDiGraph) -> list[list[str]]:
    """Louvain communities (seeded), biggest first, each listed most important first."""
    import networkx as nx

    if graph.number_of_nodes() == 0:
        return []
    simple = nx.Graph(graph.to_undirected(as_view=True))
    found = nx.community.louvain_communities(simple, seed=LAYOUT_SEED)
    groups = [sorted(c, key=lambda n: importance(graph, n)) for c in found]
    return sorted(groups, key=lambda g: (-len(g), importance(graph, g[0])))


def _caption(graph: nx.MultiDiGraph, node: str) -> str:
    """The canvas label: the name, a role's owner, and folded titles on a second line."""
    label = owned_role_label(graph, node)
    titles = [t["label"] for t in graph.nodes[node].get("titles", [])]
    return label + ("\n" + ", ".join(titles) if titles else "")


def _node_size(relations: int, most: int) -> float:
    return round(NODE_MIN + (NODE_MAX - NODE_MIN) * math.sqrt(relations / max(most, 1)), 1)


def page_data(selection: Selection, title: str, counts: GraphCounts | None = None) -> dict[str, Any]:
    """Build the JSON the page script reads: nodes, edges, legend, filters, notices."""
    graph = selection.graph
    top = _top_labelled(graph)
    fonts = {n: float(TOP_FONT) for n in top}
    captions = {n: _caption(graph, n) for n in graph}
    most = max((int(d.get("relations", 0)) for _, d in graph.nodes(data=True)), default=1)
    sizes = {n: _node_size(int(d.get("relations", graph.degree(n))), most) for n, d in graph.nodes(data=True)}
    positions = page_positions(graph, fonts, captions, sizes, seed=LAYOUT_SEED)
    communities = _communities(graph)
    community_of = {n: i for i, group in enumerate(communities) for n in group}
    nodes = sorted(
        ({"id": node, "label": d["label"], "caption": captions[node], "cls": d["cls"],
          "alt": d["alt_labels"], "degree": graph.degree(node),
          "relations": int(d.get("relations", graph.degree(node))),
          "mentions": int(d.get("mentions", 0)), "titles": d.get("titles", []),
          "statements": d["statements"], "unasserted": d["unasserted"],
          "community": community_of[node], "font": fonts.get(node, SMALL_FONT),
          "size": sizes[node],
          "x": positions[node][0], "y": positions[node][1],
          # Only entities on this page: the panel links to them.
          "close": sorted(c for c in d.get("close_matches", []) if c in graph)}
         for node, d in graph.nodes(data=True)),
        key=lambda n: importance(graph, n["id"]),  # search prefers hubs
    )
    edges = _edge_records(selection)
    class_counts: dict[str, int] = {}
    for node in nodes:
        class_counts[node["cls"]] = class_counts.get(node["cls"], 0) + 1
    order = {name: i for i, name in enumerate(ENTITY_CLASSES)}
    class_names = sorted(class_counts, key=lambda c: (order.get(c, len(order)), c))
    rel_counts: dict[str, int] = {}
    for edge in edges:
        rel_counts[edge["rel"]] = rel_counts.get(edge["rel"], 0) + 1
    dates = sorted({f["date"] for e in edges for f in e["facts"] if _ISO_DATE.fullmatch(f.get("date") or "")})
    return {
        "title": title,
        "nodes": nodes,
        "edges": edges,
        "classes": [{"name": c, "color": class_style(c).color, "shape": class_style(c).shape,
                     "count": class_counts[c]} for c in class_names],
        "communities": [{"id": i, "color": community_color(i), "count": len(group),
                         "label": ", ".join(graph.nodes[n]["label"] for n in group[:3])}
                        for i, group in enumerate(communities)],
        "relations": [{"name": r, "label": relation_label(r), "count": n,
                       "color": relation_color(r)}
                      for r, n in sorted(rel_counts.items(), key=lambda kv: (-kv[1], kv[0]))],
        "dates": [dates[0], dates[-1]] if dates else None,
        "totals": _totals(counts),
        "omitted": {"nodes": selection.cut_nodes, "edges": selection.cut_edges,
                    "unrelated": selection.unrelated},
        "notices": _notices(selection),
        "options": vis_options(len(nodes), len(edges), class_names),
    }


def _totals(counts: GraphCounts | None) -> str | None:
    """The whole graph's counts, in :mod:`kg.counts` units, for the page header."""
    if counts is None:
        return None
    return (f"Whole graph: {counts.entities:,} entities ({counts.related_entities:,} with a relation), "
            f"{counts.relations:,} distinct relations, {counts.mentions:,} mentions.")


def render_page(
    selection: Selection, *, title: str = "newskg", counts: GraphCounts | None = None
) -> str:
    """Return the complete, self-contained HTML page for ``selection``.

    Raises:
        OutputError: pyvis's bundled vis-network cannot be read.
    """
    scripts = {
        "vis_js": inline_js(vis_asset("vis-network.min.js")),
        "panel_js": inline_js(_own_asset("panel.js")),
        "explorer_js": inline_js(_own_asset("explorer.js")),
    }
    csp = "; ".join([
        "default-src 'none'",
        "script-src " + " ".join(csp_hash(code) for code in scripts.values()),
        "style-src 'unsafe-inline'",  # vis-network sets inline styles on its elements
        "img-src data:",  # vis-network's CSS embeds its icons as data: URIs
    ])
    parts = {
        **scripts,
        "csp": html.escape(csp),
        "title": html.escape(title),
        "vis_css": re.sub(r"</(style)", r"<\\/\1", vis_asset("vis-network.css"), flags=re.I),
        "page_css": _own_asset("page.css"),
        "data": script_safe_json(page_data(selection, title, counts)),
    }
    # One pass, so text inserted for one marker is never scanned for another.
    return _MARKER.sub(lambda m: parts[m.group(1)], _own_asset("page.html"))
