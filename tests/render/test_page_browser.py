"""The page in headless Chromium: it works offline, responds, and runs no article text.

Every request the page makes is routed: file:// is served, anything else is aborted
and recorded, and each test asserts nothing was recorded.
"""

from __future__ import annotations


import pytest

from kg.render import write_html

pytestmark = pytest.mark.browser

@pytest.fixture
def opened(open_page, fixture_graph, tmp_path):
    path = tmp_path / "graph.html"
    write_html(fixture_graph.graph, path, title="Missile defense")
    result = open_page(path)
    yield result
    assert result.blocked == [], "the page tried to reach the network"
    assert result.errors == [], "the page logged errors"


def test_counts_and_frozen_layout(opened):
    assert opened.js("[newskg.nodes.length, newskg.edges.length]") == [11, 10]
    assert opened.js("newskg.network.physics.physicsEnabled") is False
    assert opened.page.locator("#class-filters li").count() == 6
    assert opened.page.locator("#notices").is_hidden()


def test_clicking_a_node_on_the_canvas_shows_its_sentences(opened, fixture_graph):
    node_id = fixture_graph.ids["antonov"]
    point = opened.js(
        """id => { const n = newskg.network;
                   return n.canvasToDOM(n.getPositions([id])[id]); }""", node_id)
    box = opened.page.locator("#network").bounding_box()
    opened.page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    panel = opened.page.locator("#panel")
    assert panel.locator("h2").text_content() == "Anatoly Antonov"
    assert fixture_graph.sentences["antonov"] in panel.text_content()
    assert fixture_graph.sentences["statement"] in panel.text_content()
    assert "confidence 0.90" in panel.text_content()


def test_clicking_an_edge_shows_its_sentences(opened, fixture_graph):
    edge_id = opened.js(
        "ids => newskg.edges.get({filter: e => e.from === ids[0] && e.to === ids[1]})[0].id",
        [fixture_graph.ids["antonov"], fixture_graph.ids["plans"]])
    opened.js("id => newskg.onClick({nodes: [], edges: [id]})", edge_id)
    text = opened.page.locator("#panel").text_content()
    assert fixture_graph.sentences["opposes"] in text
    assert fixture_graph.sentences["opposes2"] in text


def test_search_by_alt_label_selects_the_entity(opened, fixture_graph):
    opened.page.fill("#search", "Antonov")
    opened.page.press("#search", "Enter")
    assert opened.js("newskg.network.getSelectedNodes()") == [fixture_graph.ids["antonov"]]
    assert opened.page.locator("#panel h2").text_content() == "Anatoly Antonov"
    opened.page.fill("#search", "nobody at all")
    opened.page.click("#search-form button")
    assert "No entity" in opened.page.locator("#search-status").text_content()


def hidden_edges(opened):
    return opened.js("newskg.edges.get({filter: e => e.hidden}).map(e => e.label).sort()")


def test_unticking_a_relation_hides_its_edges(opened):
    box = opened.page.locator('#relation-filters input[data-name="holdsRole"]')
    box.uncheck()
    assert hidden_edges(opened) == ["holds role"] * 3
    box.check()
    assert hidden_edges(opened) == []


def test_unticking_a_class_hides_its_nodes_and_their_edges(opened):
    opened.page.locator('#class-filters input[data-name="Role"]').uncheck()
    assert opened.js("newskg.nodes.get({filter: n => n.hidden}).length") == 3
    assert hidden_edges(opened) == ["holds role"] * 3 + ["role of"] * 3


def test_confidence_slider_hides_weaker_edges(opened):
    opened.js("""() => { const s = document.getElementById('confidence');
                         s.value = '0.6'; s.dispatchEvent(new Event('input')); }""")
    assert hidden_edges(opened) == ["deploys", "works for"]  # 0.5 and 0.4
    assert "8 of 10 relations" in opened.page.locator("#counts").text_content()


def test_neighbourhood_mode_fades_all_but_neighbours(opened, fixture_graph):
    opened.page.check("#neighbourhood")
    opened.js("id => newskg.selectNode(id)", fixture_graph.ids["russia"])
    faded = opened.js("newskg.nodes.get({filter: n => n.opacity < 1}).map(n => n.id)")
    expected = set(fixture_graph.ids.values()) - {
        fixture_graph.ids[k] for k in ("russia", "role_ddm", "role_dfm")}
    assert set(faded) == expected


def test_rerun_layout_freezes_again(opened):
    assert opened.js("newskg.layouts") == 1
    opened.page.click("#relayout")
    opened.page.wait_for_function("() => newskg.layouts === 2 && newskg.ready", timeout=30_000)
    assert opened.js("newskg.network.physics.physicsEnabled") is False


def test_markup_in_names_and_sentences_runs_nothing(opened, fixture_graph):
    hostile = fixture_graph.ids["hostile"]
    opened.js("id => newskg.selectNode(id, true)", hostile)
    panel = opened.page.locator("#panel")
    assert panel.locator("h2").text_content() == fixture_graph.script_payload
    assert fixture_graph.img_payload in panel.text_content()
    opened.js("id => newskg.selectNode(id)", fixture_graph.ids["ryabkov"])
    opened.page.fill("#search", "<img")
    opened.page.press("#search", "Enter")
    assert opened.js("newskg.network.getSelectedNodes()") == [hostile]
    assert opened.js("window.__alerted") is False
    assert opened.js("document.querySelectorAll('script').length") == 4
    assert opened.js("document.querySelectorAll('img, iframe, object').length") == 0


def test_max_nodes_cut_is_announced(open_page, fixture_graph, tmp_path):
    path = tmp_path / "cut.html"
    write_html(fixture_graph.graph, path, max_nodes=4)
    opened = open_page(path)
    assert opened.js("newskg.nodes.length") == 4
    notice = opened.page.locator("#notices")
    assert notice.is_visible()
    assert "7 entities and 7 relations were left out" in notice.text_content()
    assert (opened.blocked, opened.errors) == ([], [])


def test_date_filter_hides_relations_dated_outside_the_range(open_page, fixture_graph, tmp_path):
    """Facts' own dates (nkg:factDate) first, else their document's publication date."""
    from rdflib import Literal
    from rdflib.namespace import DCTERMS, RDF, XSD

    from kg.vocab import NKG

    graph = fixture_graph.graph
    doc = next(graph.subjects(RDF.type, NKG.Document))
    graph.add((doc, DCTERMS.date, Literal("2009-10-20", datatype=XSD.date)))
    for fact in graph.subjects(RDF.type, NKG.Fact):
        if graph.value(fact, RDF.predicate) == NKG.opposes:
            graph.add((fact, NKG.factDate, Literal("2009-11-02", datatype=XSD.date)))
    path = tmp_path / "dated.html"
    write_html(graph, path)
    opened = open_page(path)
    assert opened.js("newskg.data.dates") == ["2009-10-20", "2009-11-02"]
    assert opened.page.locator("#dates").is_visible()
    shown = "() => newskg.edges.get({filter: e => !e.hidden}).map(e => e.label).sort()"
    everything = opened.js(shown)
    opened.page.fill("#date-from", "2009-11-01")
    opened.page.dispatch_event("#date-from", "change")
    assert opened.js(shown) == ["opposes"]  # the only relation read after Nov 1st
    opened.page.fill("#date-from", "2009-10-01")
    opened.page.dispatch_event("#date-from", "change")
    assert opened.js(shown) == everything


def test_undated_graph_has_no_date_filter(opened):
    assert opened.js("newskg.data.dates") is None
    assert opened.page.locator("#dates").is_hidden()
