"""Fixtures for the graph page tests: a hand-built graph and a headless Chromium.

The graph follows docs/data-model.md with a Tauscher / Antonov / Ryabkov / Russia /
United States flavour, plus one entity and one sentence made of markup, to prove that
article text never runs as script on the page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib import namespace as ns

from kg.vocab import NKG

ID = Namespace("https://newskg.org/id/")
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
SCRIPT_PAYLOAD = "<script>alert(1)</script>"
IMG_PAYLOAD = "<img src=x onerror=alert(1)>"


@dataclass
class FixtureGraph:
    """The RDF graph plus the IRIs (as str) and sentences tests refer to by name."""

    graph: Graph = field(default_factory=Graph)
    script_payload: str = SCRIPT_PAYLOAD
    img_payload: str = IMG_PAYLOAD
    ids: dict[str, str] = field(default_factory=dict)
    sentences: dict[str, str] = field(default_factory=dict)

    def entity(self, name: str, cls: str, slug: str, label: str, *alts: str) -> URIRef:
        iri = ID[f"{cls.lower()}/{slug}"]
        self.graph.add((iri, ns.RDF.type, NKG[cls]))
        self.graph.add((iri, ns.RDFS.label, Literal(label)))
        for alt in alts:
            self.graph.add((iri, ns.SKOS.altLabel, Literal(alt)))
        self.ids[name] = str(iri)
        return iri

    def fact(self, s: URIRef, p: str, o: URIRef, sentence: str, confidence: float, *,
             asserted: bool = True, polarity: str = "positive") -> URIRef:
        node = ID[f"fact/{len(list(self.graph.subjects(ns.RDF.type, NKG.Fact))) + 1}"]
        if asserted:
            self.graph.add((s, NKG[p], o))
        for prop, value in [
            (ns.RDF.type, NKG.Fact), (ns.RDF.subject, s), (ns.RDF.predicate, NKG[p]),
            (ns.RDF.object, o),
            (ns.PROV.wasDerivedFrom, DOC), (NKG.sentenceText, Literal(sentence)),
            (NKG.rule, Literal(f"test.{p}/1")),
            (NKG.confidence, Literal(confidence, datatype=ns.XSD.double)),
            (NKG.polarity, Literal(polarity)), (NKG.modality, Literal("asserted")),
            (NKG.asserted, Literal(asserted)),
        ]:
            self.graph.add((node, prop, value))
        return node


DOC = ID["document/missile-defense-tauscher.txt"]


def build_fixture_graph() -> FixtureGraph:
    """11 entities, 10 plain triples (one with two facts), one denied fact, one statement."""
    f = FixtureGraph()
    g = f.graph
    g.add((DOC, ns.RDF.type, NKG.Document))
    g.add((DOC, NKG.documentId, Literal("missile-defense-tauscher.txt")))
    tauscher = f.entity("tauscher", "Person", "ellen-tauscher", "Ellen Tauscher", "Tauscher")
    antonov = f.entity("antonov", "Person", "anatoly-antonov", "Anatoly Antonov", "Antonov")
    ryabkov = f.entity("ryabkov", "Person", "sergei-ryabkov", "Sergei Ryabkov", "Ryabkov")
    us = f.entity("us", "Country", "united-states", "United States", "U.S.", "US")
    russia = f.entity("russia", "Country", "russia", "Russia", "Russian Federation")
    role_us = f.entity("role_us", "Role", "under-secretary--united-states",
                       "Under Secretary for Arms Control and International Security")
    role_ddm = f.entity("role_ddm", "Role", "deputy-defense-minister--russia", "Deputy Defense Minister")
    role_dfm = f.entity("role_dfm", "Role", "deputy-foreign-minister--russia", "Deputy Foreign Minister")
    plans = f.entity("plans", "Plan", "missile-defense-plans", "missile defense plans", "U.S. plans")
    system = f.entity("system", "System", "missile-defense-system", "missile defense system")
    hostile = f.entity("hostile", "Organization", "hostile", SCRIPT_PAYLOAD, IMG_PAYLOAD)
    s = f.sentences
    s["tauscher"] = ("U.S. Under Secretary for Arms Control and International Security "
                     "Ellen Tauscher arrived in Moscow on Tuesday.")
    s["antonov"] = ("Russian Deputy Defense Minister Anatoly Antonov said there is no progress "
                    "at the Russia-U.S. missile defense negotiations.")
    s["ryabkov"] = "Deputy Foreign Minister Sergei Ryabkov said Moscow would continue the dialogue."
    s["opposes"] = "Antonov said the U.S. plans cause our concerns."
    s["opposes2"] = "Antonov repeated that Russia objects to the plans."
    s["meets"] = "Tauscher met Antonov in Moscow."
    s["deploys"] = "The United States deploys the missile defense system in Europe."
    s["denied"] = "The system is not directed against Russia, Tauscher said."
    s["hostile"] = f"Ryabkov {SCRIPT_PAYLOAD} works for {IMG_PAYLOAD} officials."
    f.fact(tauscher, "holdsRole", role_us, s["tauscher"], 0.9)
    f.fact(role_us, "roleOf", us, s["tauscher"], 0.85)
    f.fact(antonov, "holdsRole", role_ddm, s["antonov"], 0.9)
    f.fact(role_ddm, "roleOf", russia, s["antonov"], 0.85)
    f.fact(ryabkov, "holdsRole", role_dfm, s["ryabkov"], 0.9)
    f.fact(role_dfm, "roleOf", russia, s["ryabkov"], 0.85)
    f.fact(antonov, "opposes", plans, s["opposes"], 0.7)
    f.fact(antonov, "opposes", plans, s["opposes2"], 0.55)
    f.fact(tauscher, "meetsWith", antonov, s["meets"], 0.6)
    f.fact(us, "deploys", system, s["deploys"], 0.5)
    f.fact(system, "opposes", russia, s["denied"], 0.8, asserted=False, polarity="negative")
    f.fact(ryabkov, "worksFor", hostile, s["hostile"], 0.4)
    statement = ID["statement/1"]
    s["statement"] = "There is no progress at the Russia-U.S. missile defense negotiations."
    g.add((antonov, NKG.said, statement))
    g.add((statement, ns.RDF.type, NKG.Statement))
    g.add((statement, NKG.speaker, antonov))
    g.add((statement, NKG.text, Literal(s["statement"])))
    g.add((statement, ns.PROV.wasDerivedFrom, DOC))
    return f


@pytest.fixture
def fixture_graph() -> FixtureGraph:
    return build_fixture_graph()


@pytest.fixture(scope="session")
def chromium(session_chromium: object) -> object:
    """The session's headless Chromium (tests/conftest.py)."""
    return session_chromium


# Runs before any page script: an injected alert would flip the flag.
ALERT_TRAP = "window.__alerted = false; window.alert = () => { window.__alerted = true; };"


@dataclass
class OpenedPage:
    """A loaded graph page plus everything it tried that it should not have."""

    page: Any
    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def js(self, expression: str, arg: object = None) -> Any:
        return self.page.evaluate(expression, arg)


@pytest.fixture
def open_page(chromium: Any) -> Iterator[Callable[[Path], OpenedPage]]:
    """Open a page file in a fresh 1400x900 context and wait until its layout froze.

    Every request is routed: file:// is served, anything else is aborted and recorded
    in ``blocked``; console errors and uncaught exceptions go to ``errors``;
    ``window.alert`` is trapped (``window.__alerted``). Contexts close at teardown.
    """
    contexts: list[Any] = []

    def opener(path: Path) -> OpenedPage:
        context = chromium.new_context(viewport={"width": 1400, "height": 900})
        contexts.append(context)
        page = context.new_page()
        opened = OpenedPage(page)

        def route(route: Any) -> None:
            url = route.request.url
            if url.startswith("file://"):
                route.continue_()
            else:
                opened.blocked.append(url)
                route.abort()

        context.route("**/*", route)
        page.add_init_script(ALERT_TRAP)
        def console(message: Any) -> None:
            if message.type == "error":
                opened.errors.append(message.text)

        page.on("console", console)
        page.on("pageerror", lambda e: opened.errors.append(str(e)))
        page.goto(path.as_uri())
        page.wait_for_function("() => window.newskg && window.newskg.ready === true",
                               timeout=60_000)
        return opened

    yield opener
    for context in contexts:
        context.close()
