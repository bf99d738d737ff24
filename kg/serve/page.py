"""The explorer page ``kg serve`` answers at ``/``: one HTML string, every script inline.

Unlike the static page of ``kg render``, it carries no graph: its script asks the
endpoint (same origin) for what it draws, so a graph of any size can be explored one
neighbourhood at a time. vis-network is inlined from pyvis's package, as ``kg render``
does, and entity classes keep the colours and shapes of the static page
(:func:`kg.render.style.class_style`). The Content-Security-Policy lets only our own
scripts (by hash) run and lets the page talk to its own server only.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from importlib import resources

from kg.errors import OutputError

__all__ = ["explorer_page"]

VIS_VERSION = "vis-9.1.2"  # the newest vis-network pyvis 0.3.2 ships
CLASSES = ("Person", "Country", "Organization", "Role", "System", "Plan", "Place")
_MARKER = re.compile(r"\{\{(\w+)\}\}")


def explorer_page(title: str) -> str:
    """The complete page, for the endpoint at ``/sparql`` on the same origin.

    Raises:
        OutputError: pyvis's bundled vis-network cannot be read.
    """
    from kg.render.style import class_style

    styles = {name: {"color": class_style(name).color, "shape": class_style(name).shape} for name in CLASSES}
    config = json.dumps({"title": title, "endpoint": "sparql", "classes": styles}, separators=(",", ":"))
    config = re.sub("[<>&]", lambda m: f"\\u{ord(m.group()):04x}", config)
    scripts = {"vis_js": _inline(_vis("vis-network.min.js")), "explorer_js": _inline(_own("explorer.js"))}
    csp = "; ".join([
        "default-src 'none'",
        "script-src " + " ".join(_hash(code) for code in scripts.values()),
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
        "vis_css": re.sub(r"</(style)", r"<\\/\1", _vis("vis-network.css"), flags=re.I),
        "page_css": _own("explorer.css"),
    }
    return _MARKER.sub(lambda m: parts[m.group(1)], _own("explorer.html"))


def _inline(code: str) -> str:
    return re.sub(r"</(script)", r"<\\/\1", code, flags=re.I).replace("<!--", "<\\!--")


def _hash(code: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode("ascii") + "'"


def _vis(name: str) -> str:
    path = resources.files("pyvis") / "templates" / "lib" / VIS_VERSION / name
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise OutputError(
            f"cannot read vis-network from the pyvis package ({exc}); reinstall it with `uv sync` (pyvis>=0.3.2)"
        ) from exc


def _own(name: str) -> str:
    return (resources.files("kg.serve") / "assets" / name).read_text(encoding="utf-8")
