"""The HTML string: self-contained, script-safe data, correct CSP, atomic writes."""

from __future__ import annotations

import base64
import doctest
import hashlib
import json
import re
from html.parser import HTMLParser

import pytest
from rdflib import Graph

from kg.errors import OutputError
from kg.render import render_html, write_html
from kg.render import layout as layout_module
from kg.render import options as options_module
from kg.render import page as page_module
from kg.render import style as style_module
from kg.render.network import to_network
from kg.render.page import page_data
from kg.render.select import select

DATA_BLOCK = re.compile(r'<script type="application/json" id="newskg-data">(.*?)</script>', re.S)


@pytest.fixture
def html(fixture_graph):
    return render_html(fixture_graph.graph, title="Missile <b>defense</b>")


class _Elements(HTMLParser):
    """Real elements only: HTMLParser treats script bodies as text, as browsers do."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def elements(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Elements()
    parser.feed(html)
    return parser.tags


def test_page_references_nothing_outside_itself(html):
    tags = elements(html)
    assert [t for t, a in tags if "src" in a or "href" in a] == []
    assert not {t for t, _ in tags} & {"link", "iframe", "img", "object", "embed"}


def test_data_block_has_no_raw_markup_and_round_trips(html, fixture_graph):
    script, img = fixture_graph.script_payload, fixture_graph.img_payload
    [raw] = DATA_BLOCK.findall(html)
    assert "<" not in raw and ">" not in raw and "&" not in raw
    data = json.loads(raw)
    labels = {n["label"] for n in data["nodes"]}
    assert script in labels
    assert any(img in f["sentence"] for e in data["edges"] for f in e["facts"])
    assert (len(data["nodes"]), len(data["edges"])) == (11, 10)


def test_only_our_three_scripts_and_the_data_block_exist(html, fixture_graph):
    scripts = [a.get("type") for t, a in elements(html) if t == "script"]
    assert scripts == ["application/json", None, None, None]
    assert fixture_graph.script_payload not in html
    assert fixture_graph.img_payload not in html


def test_csp_allows_exactly_the_inline_scripts_by_hash(html):
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html).group(1)
    codes = re.findall(r"<script>(.*?)</script>", html, re.S)
    hashes = {"sha256-" + base64.b64encode(hashlib.sha256(c.encode()).digest()).decode()
              for c in codes}
    assert len(codes) == 3
    assert set(re.findall(r"sha256-[A-Za-z0-9+/=]+", csp)) == hashes
    assert "default-src &#x27;none&#x27;" in csp


def test_title_is_escaped_in_head(html):
    assert "<title>Missile &lt;b&gt;defense&lt;/b&gt;</title>" in html


def test_page_data_describes_legend_filters_and_cut(fixture_graph):
    selection = select(to_network(fixture_graph.graph), max_nodes=4)
    data = page_data(selection, "t")
    assert data["omitted"] == {"nodes": 7, "edges": selection.cut_edges, "unrelated": 0}
    assert "7 entities" in data["notices"][0] and "--max-nodes" in data["notices"][0]
    assert [c["name"] for c in data["classes"]][0] == "Person"
    assert {r["label"] for r in data["relations"]} <= {"holds role", "role of", "meets with",
                                                        "opposes", "deploys", "works for"}
    assert data["options"]["physics"]["stabilization"]["iterations"] <= 300
    assert data["communities"] and all(n["community"] < len(data["communities"]) for n in data["nodes"])


def test_focus_notice_names_the_entity(fixture_graph):
    data = page_data(select(to_network(fixture_graph.graph), focus="Tauscher", hops=2), "t")
    assert data["notices"] == ["Neighbourhood of Ellen Tauscher within 2 hops: 6 of 11 entities."]


def test_parallel_edges_get_distinct_curves():
    graph = Graph().parse(format="turtle", data="""
        @prefix nkg: <https://newskg.org/ontology#> .
        <https://newskg.org/id/person/a> a nkg:Person ; nkg:worksFor <https://newskg.org/id/organization/b> ;
            nkg:heads <https://newskg.org/id/organization/b> .
        <https://newskg.org/id/organization/b> a nkg:Organization ; nkg:partOf <https://newskg.org/id/person/a> .
    """)
    edges = page_data(select(to_network(graph)), "t")["edges"]
    assert sorted(e["curve"] or 0 for e in edges) == [0, 0.25, 0.5]


def test_write_html_is_atomic_and_leaves_no_temp_file(fixture_graph, tmp_path):
    target = tmp_path / "graph.html"
    target.write_text("old page")
    write_html(fixture_graph.graph, target, title="t")
    assert target.read_text().startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir()] == ["graph.html"]


def test_write_html_into_missing_directory_is_an_output_error(fixture_graph, tmp_path):
    with pytest.raises(OutputError, match="check the directory exists"):
        write_html(fixture_graph.graph, tmp_path / "missing" / "graph.html")


def test_empty_graph_renders(tmp_path):
    assert "<!DOCTYPE html>" in render_html(Graph())


@pytest.mark.parametrize("module", [page_module, style_module, options_module, layout_module])
def test_docstring_examples(module):
    assert doctest.testmod(module).failed == 0
