"""The 100-article BBC politics page, opened at 1400 x 900: legible as it opens, not just drawn.

Built once per session by the real pipeline (``kg.build.build`` with ``kg build``'s
500-entity page cap) and measured in headless Chromium with
:func:`kg.render.legibility.measure`, the same measures ``benchmarks/page.py`` reports:
the drawn entities fill the canvas, nearly all have a relation, the 20 top entities'
labels are readable and apart, and the page is ready in time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph

from kg.render.legibility import measure

pytestmark = [pytest.mark.browser, pytest.mark.shared]

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
BBC_POLITICS = SHARED / "corpora" / "bbc_politics"
READY_MS = 2000


@pytest.fixture(scope="session")
def bbc_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One build of the 100 BBC politics articles for the session (about a minute)."""
    if not BBC_POLITICS.is_dir():
        pytest.skip(f"SKIPPED LOUDLY: {BBC_POLITICS} not found; these tests need ../shared beside the repo")
    from kg.build import build

    out = tmp_path_factory.mktemp("bbc-politics")
    build([str(BBC_POLITICS)], out, page_options={"max_nodes": 500})
    return out


@pytest.fixture
def bbc_page(open_page: Any, bbc_out: Path) -> Any:
    opened = open_page(bbc_out / "graph.html")
    yield opened
    assert opened.blocked == [] and opened.errors == []


def test_drawn_entities_fill_the_canvas(bbc_page):
    seen = measure(bbc_page.page)
    assert seen.span_x >= 0.5 and seen.span_y >= 0.5, seen.lines()
    assert seen.inside == seen.drawn


def test_nearly_every_drawn_entity_has_a_relation(bbc_page):
    seen = measure(bbc_page.page)
    assert seen.drawn > 100
    assert seen.related_share >= 0.95, seen.lines()


def test_top_twenty_labels_are_readable_and_apart(bbc_page):
    seen = measure(bbc_page.page)
    assert seen.labelled == 20
    assert seen.min_label_px >= 10, seen.lines()
    assert seen.overlaps == (), seen.overlaps


def test_ready_within_two_seconds(open_page, bbc_out, bbc_page):
    # The better of two opens: CI shares its two cores, and a first open pays cold caches.
    second = open_page(bbc_out / "graph.html")
    best = min(measure(bbc_page.page).ready_ms, measure(second.page).ready_ms)
    assert best <= READY_MS


def test_first_screen_names_the_main_actors(bbc_page):
    top = bbc_page.js("newskg.data.nodes.slice(0, 20).map(n => n.label)")
    assert {"Conservative Party", "Labour Party", "Liberal Democrats", "Tony Blair"} <= set(top)


def test_stance_edges_are_drawn_and_stand_out(bbc_page):
    edges = bbc_page.js("""newskg.edges.get().map(e => ({rel: newskg.data.edges.find(d => d.id === e.id).rel,
                                                         color: e.color.color, hidden: !!e.hidden, width: e.width}))""")
    stance = [e for e in edges if e["rel"] in ("opposes", "supports")]
    plain = {e["color"] for e in edges if e["rel"] == "holdsRole"}
    assert stance and not any(e["hidden"] for e in stance)
    assert {e["color"] for e in stance}.isdisjoint(plain)
    assert all(e["width"] > 1 for e in stance)


def test_generic_titles_are_labels_and_stay_in_the_rdf(bbc_page, bbc_out):
    graph = Graph().parse(bbc_out / "graph.ttl")
    holders = graph.query("""
        PREFIX nkg: <https://newskg.org/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?role (COUNT(DISTINCT ?p) AS ?n) WHERE {
          ?p nkg:holdsRole ?role . ?role rdfs:label "MP" .
          FILTER NOT EXISTS { ?role nkg:roleOf ?owner }
        } GROUP BY ?role""")
    rows = list(holders)
    assert rows and int(rows[0][1]) >= 2  # type: ignore[index]  # SPARQL on roles still works
    drawn_roles = bbc_page.js("newskg.data.nodes.filter(n => n.cls === 'Role').map(n => n.id)")
    assert str(rows[0][0]) not in drawn_roles  # type: ignore[index]
    titled = bbc_page.js("newskg.data.nodes.filter(n => n.titles.some(t => t.label === 'MP')).length")
    assert titled >= 2


def test_page_counts_are_the_graph_counts(bbc_page, bbc_out):
    from kg.counts import graph_counts

    counts = graph_counts(Graph().parse(bbc_out / "graph.ttl"))
    totals = bbc_page.page.locator("#totals").text_content()
    assert f"{counts.entities:,} entities" in totals and f"{counts.relations:,} distinct relations" in totals
    assert f"{counts.mentions:,} mentions" in totals
