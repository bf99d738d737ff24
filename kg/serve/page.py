"""The explorer page ``kg serve`` answers at ``/``: one HTML string, every script inline.

Unlike the static page of ``kg render``, it carries no graph: its script asks the
endpoint (same origin) for what it draws, so a graph of any size can be explored one
neighbourhood at a time. vis-network is inlined from pyvis's package, as ``kg render``
does, and entity classes keep the colours and shapes of the static page
(:func:`kg.render.style.class_style`). The Content-Security-Policy lets only our own
scripts (by hash) run and lets the page talk to its own server only.
"""

from __future__ import annotations

import html
import json
import re
from importlib import resources

__all__ = ["explorer_page"]

_MARKER = re.compile(r"\{\{(\w+)\}\}")


def explorer_page(title: str) -> str:
    """The complete page, for the endpoint at ``/sparql`` on the same origin.

    Raises:
        OutputError: pyvis's bundled vis-network cannot be read.
    """
    from kg.render.page import csp_hash, inline_js, vis_asset
    from kg.render.style import class_style
    from kg.vocab import ENTITY_CLASSES

    styles = {name: {"color": class_style(name).color, "shape": class_style(name).shape} for name in ENTITY_CLASSES}
    config = json.dumps({"title": title, "endpoint": "sparql", "classes": styles}, separators=(",", ":"))
    config = re.sub("[<>&]", lambda m: f"\\u{ord(m.group()):04x}", config)
    scripts = {"vis_js": inline_js(vis_asset("vis-network.min.js")), "explorer_js": inline_js(_own("explorer.js"))}
    csp = "; ".join([
        "default-src 'none'",
        "script-src " + " ".join(csp_hash(code) for code in scripts.values()),
        "style-src 'unsafe-inline'",  # vis-network sets inline styles on its elements
        "img-src data:",
        "connect-src 'self'",  # the endpoint, and nothing else
        "base-uri 'none'",
        "form-action 'none'",
    ])
    parts = {
        **scripts,
        "csp": html.escape(csp),
        "title": html.escape(title),
        "config": config,
        "vis_css": re.sub(r"</(style)", r"<\\/\1", vis_asset("vis-network.css"), flags=re.I),
        "page_css": _own("explorer.css"),
    }
    return _MARKER.sub(lambda m: parts[m.group(1)], _own("explorer.html"))


def _own(name: str) -> str:
    return (resources.files("kg.serve") / "assets" / name).read_text(encoding="utf-8")
