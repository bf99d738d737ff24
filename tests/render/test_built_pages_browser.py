"""Pages built by the real pipeline (``kg.build.build``), opened in headless Chromium.

test_page_browser.py drives the page on a hand-built graph; these tests check that what
the pipeline actually writes opens offline, shows exactly the entities and relations in
its own graph.ttl, and behaves for an analyst: click, search, filter. The expected
counts are computed here, independently of kg.render, with SPARQL over graph.ttl.
Every request other than file:// is aborted and recorded (see conftest.open_page).
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph, Literal

from kg.vocab import ENTITY_CLASSES

pytestmark = pytest.mark.browser

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEED = SHARED / "seed" / "missile-defense-tauscher.txt"
ROLE = "Under Secretary for Arms Control and International Security"
SCRIPT_PAYLOAD = "<script>alert(1)</script>"
IMG_PAYLOAD = "<img src=x onerror=alert(1)>"

PREFIXES = """
PREFIX nkg: <https://newskg.org/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
# An entity: an IRI typed with a concrete entity class, nkg:Entity, or a subclass of
# nkg:Entity declared in the graph.
ENTITY_PATTERN = """
  {{ VALUES ?{v}c {{ nkg:Entity {classes} }} ?{v} a ?{v}c . }}
  UNION {{ ?{v} a ?{v}c . ?{v}c rdfs:subClassOf+ nkg:Entity . }}
  FILTER(isIRI(?{v}))
"""


def entity_pattern(var: str) -> str:
    classes = " ".join(f"nkg:{c}" for c in ENTITY_CLASSES)
    return ENTITY_PATTERN.format(v=var, classes=classes)


@dataclass
class Expected:
    """What graph.ttl says the page must show."""

    entities: set[str]
    relations: Counter[str]  # relation local name -> distinct plain triples

    @property
    def edge_count(self) -> int:
        return sum(self.relations.values())


def expected_from_turtle(path: Path) -> Expected:
    """Entities and plain relations the page draws, by SPARQL, not by kg.render.

    A plain relation is a distinct ``(s, p, o)`` triple with ``p`` in the nkg
    namespace between two entities (so not ``nkg:said`` -> Statement, not the
    reified ``nkg:Fact`` nodes, not ``skos:closeMatch``). A generic title (a role with
    no ``nkg:roleOf``, held by two or more entities) is drawn as a label on its
    holders, so neither it nor its ``holdsRole`` triples are drawn. The entities drawn
    are those with a drawn relation.
    """
    graph = Graph().parse(path)
    generic = {str(row[0]) for row in graph.query(PREFIXES + """
        SELECT ?role WHERE {
          ?role a nkg:Role . ?holder nkg:holdsRole ?role .
          FILTER NOT EXISTS { ?role nkg:roleOf ?owner }
        } GROUP BY ?role HAVING (COUNT(DISTINCT ?holder) >= 2)""")}
    rows = graph.query(PREFIXES + f"""
        SELECT DISTINCT ?s ?p ?o WHERE {{
          ?s ?p ?o .
          FILTER(STRSTARTS(STR(?p), STR(nkg:)))
          {{ SELECT DISTINCT ?s WHERE {{ {entity_pattern('s')} }} }}
          {{ SELECT DISTINCT ?o WHERE {{ {entity_pattern('o')} }} }}
        }}""")
    drawn = [(str(s), str(p), str(o)) for s, p, o in rows  # type: ignore[misc]
             if str(s) not in generic and str(o) not in generic]
    relations = Counter(p.rsplit("#", 1)[-1] for _, p, _ in drawn)
    entities = {s for s, _, _ in drawn} | {o for _, _, o in drawn}
    return Expected(entities, relations)


def assert_page_matches(opened: Any, expected: Expected) -> None:
    node_ids = opened.js("newskg.nodes.getIds()")
    assert len(node_ids) == len(expected.entities)
    assert set(node_ids) == expected.entities
    assert opened.js("newskg.edges.length") == expected.edge_count
    page_relations = opened.js("newskg.data.relations.map(r => [r.name, r.count])")
    assert dict(page_relations) == dict(expected.relations)
    counts = opened.page.locator("#counts").text_content()
    assert (f"{len(expected.entities)} of {len(expected.entities)} entities" in counts
            and f"{expected.edge_count} of {expected.edge_count} relations" in counts)


def assert_clean(opened: Any) -> None:
    assert opened.blocked == [], "the page tried to reach the network"
    assert opened.errors == [], "the page logged errors"
    assert opened.js("window.__alerted") is False


def normalise(text: str) -> str:
    return " ".join(text.split())


def node_id_by_label(opened: Any, label: str) -> str:
    ids = opened.js("l => newskg.data.nodes.filter(n => n.label === l).map(n => n.id)", label)
    assert len(ids) == 1, f"expected one entity labelled {label!r}, found {ids}"
    return ids[0]


def build_page(inputs: list[Path], out: Path) -> Path:
    from kg.build import build

    build([str(p) for p in inputs], out)
    assert (out / "graph.ttl").is_file() and (out / "graph.html").is_file()
    return out


# ---- the seed article ----------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One real build of the seed article for the whole module."""
    if not SEED.exists():
        pytest.skip(f"SKIPPED LOUDLY: {SEED} not found; these tests need ../shared beside the repo")
    return build_page([SEED], tmp_path_factory.mktemp("seed-page"))


@pytest.fixture
def seed_page(open_page, seed_out):
    opened = open_page(seed_out / "graph.html")
    yield opened
    assert_clean(opened)


def test_seed_page_shows_every_entity_and_plain_relation(seed_page, seed_out):
    expected = expected_from_turtle(seed_out / "graph.ttl")
    assert len(expected.entities) >= 20 and expected.relations["holdsRole"] >= 3  # a real build
    assert_page_matches(seed_page, expected)
    assert seed_page.js("newskg.network.physics.physicsEnabled") is False


def test_clicking_tauscher_shows_the_sentence_naming_her_role(seed_page, seed_out):
    graph = Graph().parse(seed_out / "graph.ttl")
    sentences = [str(row[0]) for row in graph.query(PREFIXES + """
        SELECT ?sentence WHERE {
          ?person rdfs:label "Ellen Tauscher" ; nkg:holdsRole ?role .
          ?role rdfs:label ?roleName .
          ?fact a nkg:Fact ; rdf:subject ?person ; rdf:predicate nkg:holdsRole ;
                rdf:object ?role ; nkg:sentenceText ?sentence .
          FILTER(STR(?roleName) = "%s")
        }""" % ROLE)]
    assert sentences and all(ROLE in s for s in sentences)

    tauscher = node_id_by_label(seed_page, "Ellen Tauscher")
    point = seed_page.js(
        "id => { const n = newskg.network; return n.canvasToDOM(n.getPositions([id])[id]); }",
        tauscher)
    box = seed_page.page.locator("#network").bounding_box()
    assert 0 < point["x"] < box["width"] and 0 < point["y"] < box["height"], "Tauscher is off screen"
    seed_page.page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])

    panel = seed_page.page.locator("#panel")
    assert panel.locator("h2").text_content() == "Ellen Tauscher"
    assert seed_page.js("newskg.network.getSelectedNodes()") == [tauscher]
    text = normalise(panel.text_content())
    assert "→ holds role" in text and ROLE in text
    assert any(normalise(s) in text for s in sentences)


def test_search_antonov_selects_anatoly_antonov(seed_page):
    antonov = node_id_by_label(seed_page, "Anatoly Antonov")
    seed_page.page.fill("#search", "Antonov")
    seed_page.page.press("#search", "Enter")
    assert seed_page.js("newskg.network.getSelectedNodes()") == [antonov]
    assert seed_page.page.locator("#panel h2").text_content() == "Anatoly Antonov"
    assert seed_page.page.locator("#search-status").text_content() == ""


def test_unticking_holds_role_hides_every_holds_role_edge(seed_page, seed_out):
    expected = expected_from_turtle(seed_out / "graph.ttl")
    hidden = "() => newskg.edges.get({filter: e => e.hidden}).map(e => e.id)"
    by_relation = "r => newskg.data.edges.filter(e => e.rel === r).map(e => e.id)"
    holds_role = seed_page.js(by_relation, "holdsRole")
    assert len(holds_role) == expected.relations["holdsRole"] > 0

    box = seed_page.page.locator('#relation-filters input[data-name="holdsRole"]')
    box.uncheck()
    assert sorted(seed_page.js(hidden)) == sorted(holds_role)
    assert seed_page.js("newskg.edges.get({filter: e => !e.hidden}).length") == (
        expected.edge_count - len(holds_role))
    box.check()
    assert seed_page.js(hidden) == []


# ---- an article made of markup -------------------------------------------------------

HOSTILE_ARTICLE = f"""Moscow talks end without agreement

MOSCOW, March 3 -- Deputy Defence Minister Anna Petrova {SCRIPT_PAYLOAD} of Russia met officials from NATO on Monday.

Foreign Minister Boris Orlov {IMG_PAYLOAD} of Ukraine criticised the {SCRIPT_PAYLOAD} plan on Tuesday.

Petrova said: "We will not accept {IMG_PAYLOAD} any missile defense system in Europe."

The {SCRIPT_PAYLOAD} Institute, led by Director Carl Weber, works for the Ministry of Defence {IMG_PAYLOAD}.
"""


def test_markup_in_a_built_article_runs_nothing(open_page, tmp_path):
    article = tmp_path / "hostile.txt"
    article.write_text(HOSTILE_ARTICLE, encoding="utf-8")
    out = build_page([article], tmp_path / "out")

    # The payloads really are in the graph, as sentence or label text ...
    graph = Graph().parse(out / "graph.ttl")
    texts = [str(o) for o in graph.objects() if isinstance(o, Literal)]
    for payload in (SCRIPT_PAYLOAD, IMG_PAYLOAD):
        assert any(payload in t for t in texts), f"{payload} did not reach the graph"

    opened = open_page(out / "graph.html")
    assert_page_matches(opened, expected_from_turtle(out / "graph.ttl"))
    # ... and in the page's data.
    data = opened.js("JSON.stringify(newskg.data)")
    assert SCRIPT_PAYLOAD in data and IMG_PAYLOAD in data

    # Show every entity and every relation in the panel: all text gets rendered.
    shown = []
    for node_id in opened.js("newskg.nodes.getIds()"):
        opened.js("id => newskg.selectNode(id, false)", node_id)
        shown.append(opened.page.locator("#panel").text_content())
    for edge_id in opened.js("newskg.edges.getIds()"):
        opened.js("id => newskg.selectEdge(id)", edge_id)
        shown.append(opened.page.locator("#panel").text_content())
    shown_text = "\n".join(shown)
    assert SCRIPT_PAYLOAD in shown_text and IMG_PAYLOAD in shown_text  # shown as text
    opened.page.fill("#search", "<script")
    opened.page.press("#search", "Enter")

    assert opened.js("window.__alerted") is False
    assert opened.js("document.querySelectorAll('script').length") == 4  # data + 3 of ours
    assert opened.js("document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert_clean(opened)


# ---- a generated corpus --------------------------------------------------------------

FIRST = ["Anna", "Boris", "Carla", "David", "Elena", "Farid", "Greta", "Hiro", "Ines",
         "Jonas", "Katya", "Luis", "Mira", "Nikolai", "Olga", "Pavel", "Rosa", "Stefan"]
LAST = ["Petrova", "Lindqvist", "Moreau", "Okafor", "Novak", "Haddad", "Tanaka", "Kowalski",
        "Jensen", "Romero", "Fischer", "Ivanova", "Costa", "Berger", "Sato", "Mendes"]
COUNTRIES = ["Russia", "France", "Germany", "Poland", "Japan", "Brazil", "Canada", "Norway",
             "Turkey", "Italy", "Spain", "Sweden"]
ROLES = ["Defence Minister", "Foreign Minister", "Deputy Foreign Minister",
         "Finance Minister", "Prime Minister"]
PLANS = ["missile defense plan", "budget plan", "reform plan", "pipeline plan"]
CITIES = ["Brussels", "Geneva", "Vienna", "Oslo", "Madrid"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def generated_article(i: int, rng: random.Random) -> str:
    def person() -> str:
        return f"{rng.choice(FIRST)} {rng.choice(LAST)}"

    a, b = person(), person()
    country, other = rng.sample(COUNTRIES, 2)
    city = rng.choice(CITIES)
    return (
        f"Talks in {city} number {i}\n\n"
        f"{city.upper()}, May {i % 28 + 1} -- {rng.choice(ROLES)} {a} of {country} criticised the "
        f"{rng.choice(PLANS)} on {rng.choice(DAYS)}.\n\n"
        f"{a} met {rng.choice(ROLES)} {b} of {other} in {city} on {rng.choice(DAYS)}.\n\n"
        f"\"We will not accept this,\" {b} said.\n"
    )


def test_generated_corpus_page_opens_with_matching_counts(open_page, tmp_path):
    rng = random.Random(2024)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(30):
        (corpus / f"generated-{i:02d}.txt").write_text(generated_article(i, rng), encoding="utf-8")
    out = build_page([corpus], tmp_path / "out")

    expected = expected_from_turtle(out / "graph.ttl")
    assert len(expected.entities) > 30 and expected.relations["meetsWith"] > 20
    opened = open_page(out / "graph.html")
    assert_page_matches(opened, expected)
    # "Foreign Minister" and the like, held by many with no owner, are titles on their
    # holders, not hubs joining strangers.
    assert opened.js("newskg.data.nodes.filter(n => n.titles.length).length") > 20
    assert opened.js("newskg.data.nodes.filter(n => n.cls === 'Role').length") == 0
    assert re.search(r"\b\d+ of \d+ entities", opened.page.locator("#counts").text_content())
    assert_clean(opened)
