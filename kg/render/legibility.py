"""How legible an opened graph page is, measured in the browser as a reader sees it.

Shared by the browser tests and ``benchmarks/page.py`` so both hold the page to the
same numbers. The script runs in the page (Playwright's ``page.evaluate``) after
``newskg.ready`` and reads vis-network's own state: where each node is drawn, and the
box each label was drawn in, converted to screen pixels.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

TOP = 20

# Drawn = not hidden. Top = the first TOP entities of the page data, which come sorted
# most important first (kg.render.select.importance). Label boxes are vis-network's own
# (labelModule.size, canvas units), so what is measured is what was drawn.
MEASURE_JS = """(top) => {
  const net = newskg.network, canvas = document.getElementById('network').getBoundingClientRect();
  const drawn = newskg.nodes.get({filter: n => !n.hidden}).map(n => n.id);
  const edges = newskg.edges.get({filter: e => !e.hidden});
  const related = new Set();
  edges.forEach(e => { related.add(e.from); related.add(e.to); });
  const pos = net.getPositions(drawn);
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity, inside = 0;
  drawn.forEach(id => {
    const p = net.canvasToDOM(pos[id]);
    x0 = Math.min(x0, p.x); y0 = Math.min(y0, p.y); x1 = Math.max(x1, p.x); y1 = Math.max(y1, p.y);
    if (p.x >= 0 && p.y >= 0 && p.x <= canvas.width && p.y <= canvas.height) inside++;
  });
  const scale = net.getScale();
  const boxes = newskg.data.nodes.slice(0, top).filter(n => drawn.includes(n.id)).map(n => {
    const s = net.body.nodes[n.id].labelModule.size;
    const a = net.canvasToDOM({x: s.left, y: s.top});
    const b = net.canvasToDOM({x: s.left + s.width, y: s.top + s.height});
    const font = net.body.nodes[n.id].labelModule.fontOptions.size * scale;
    return {label: n.label, font: font, left: a.x, top: a.y, right: b.x, bottom: b.y};
  });
  const overlaps = [];
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach(b => {
    if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
      overlaps.push([a.label, b.label]);
  }));
  return {
    canvas: [canvas.width, canvas.height],
    drawn: drawn.length,
    related: drawn.filter(id => related.has(id)).length,
    inside: inside,
    spanX: drawn.length ? (x1 - x0) / canvas.width : 0,
    spanY: drawn.length ? (y1 - y0) / canvas.height : 0,
    minLabelPx: boxes.length ? Math.min(...boxes.map(b => b.font)) : 0,
    labelled: boxes.length,
    overlaps: overlaps,
    readyMs: newskg.readyAt,
  };
}"""


@dataclass(frozen=True)
class Legibility:
    """What a reader gets on the first screen of a page, in the units the targets use."""

    canvas: tuple[float, float]  # the drawing area, px
    drawn: int  # entities drawn
    related: int  # of which with at least one drawn relation
    inside: int  # of which inside the canvas
    span_x: float  # the drawn entities' bounding box, share of the canvas width
    span_y: float  # ... and of its height
    min_label_px: float  # smallest on-screen font of the top entities' labels
    labelled: int  # top entities measured (at most TOP)
    overlaps: tuple[tuple[str, str], ...]  # pairs of top labels that overlap
    ready_ms: float  # navigation start -> layout drawn and fitted

    @property
    def related_share(self) -> float:
        return self.related / self.drawn if self.drawn else 1.0

    def lines(self) -> list[str]:
        return [
            f"drawn entities' box: {self.span_x:.0%} of canvas width, {self.span_y:.0%} of height "
            f"(canvas {self.canvas[0]:.0f} x {self.canvas[1]:.0f} px); "
            f"{self.inside} of {self.drawn} entities inside it",
            f"entities with a relation: {self.related} of {self.drawn} ({self.related_share:.0%})",
            f"top {self.labelled} labels: smallest {self.min_label_px:.1f} px on screen, "
            f"{len(self.overlaps)} overlapping pairs",
            f"ready: {self.ready_ms:.0f} ms after navigation",
        ]


def measure(page: Any, top: int = TOP) -> Legibility:
    """Measure an opened, ready page (a Playwright ``Page``)."""
    raw = page.evaluate(MEASURE_JS, top)
    return Legibility(
        canvas=(raw["canvas"][0], raw["canvas"][1]),
        drawn=raw["drawn"],
        related=raw["related"],
        inside=raw["inside"],
        span_x=raw["spanX"],
        span_y=raw["spanY"],
        min_label_px=raw["minLabelPx"],
        labelled=raw["labelled"],
        overlaps=tuple(tuple(pair) for pair in raw["overlaps"]),
        ready_ms=raw["readyMs"],
    )
