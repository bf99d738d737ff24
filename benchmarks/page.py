"""How usable the graph page is as it opens: time to ready, and how legible it is.

Renders a page from an RDF file or from a synthetic graph, opens it in headless
Debian Chromium at 1400 x 900 with every non-file request blocked, and reports the
time from navigation start until ``window.newskg.ready`` (the page records
``performance.now()`` once its laid-out picture is fitted and drawn), and the
legibility measures of :mod:`kg.render.legibility` on the first run: the drawn
entities' bounding box as a share of the canvas, the share of drawn entities with a
relation, the on-screen size of the top 20 entities' labels and their overlaps.

    uv run python benchmarks/page.py --synthetic 5000
    uv run python benchmarks/page.py --synthetic 5000 --max-nodes 300
    uv run python benchmarks/page.py out/graph.ttl --runs 5
    uv run python benchmarks/page.py --corpus ../shared/corpora/bbc_politics --target-ms 2000
    uv run python benchmarks/page.py OUT/graph.ttl --max-nodes 500 --target-ms 5000
    uv run python benchmarks/page.py --corpus ../shared/seed --screenshot docs/screenshot.png \
        --select "Ellen Tauscher" --runs 1

``--corpus DIR`` runs the real pipeline (``kg build DIR --out TMP``, in a subprocess,
so the build's own time is reported apart) and times the ``graph.html`` it wrote.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib import namespace as ns
from rdflib.util import guess_format

from kg.render import render_html
from kg.render.legibility import Legibility, measure
from kg.vocab import NKG
from kg.vocab import RELATIONS as VOCAB_RELATIONS

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
ID = Namespace("https://newskg.org/id/")
CLASSES = ["Person", "Person", "Person", "Organization", "Country", "Role", "Role",
           "System", "Plan", "Place"]
RELATIONS = [r for r in VOCAB_RELATIONS if r != "said"]  # said points at Statements


def synthetic_graph(n_nodes: int, seed: int = 1) -> Graph:
    """A newskg-shaped graph with a news-like degree spread (a few hubs, a long tail).

    Preferential attachment (networkx's Barabasi-Albert, m=2) gives ~2 relations per
    entity, each backed by one ``nkg:Fact`` with a sentence and a confidence.
    """
    rng = random.Random(seed)
    shape = nx.barabasi_albert_graph(n_nodes, 2, seed=seed)
    graph = Graph()
    doc = ID["document/synthetic.txt"]
    graph.add((doc, ns.RDF.type, NKG.Document))
    graph.add((doc, NKG.documentId, Literal("synthetic.txt")))
    iris: dict[int, URIRef] = {}
    for node in shape:
        cls = CLASSES[node % len(CLASSES)]
        iris[node] = ID[f"{cls.lower()}/entity-{node}"]
        graph.add((iris[node], ns.RDF.type, NKG[cls]))
        graph.add((iris[node], ns.RDFS.label, Literal(f"{cls} number {node}")))
        graph.add((iris[node], ns.SKOS.altLabel, Literal(f"{cls[0]}{node}")))
    for i, (a, b) in enumerate(shape.edges()):
        s, p, o = iris[a], NKG[rng.choice(RELATIONS)], iris[b]
        fact = ID[f"fact/{i}"]
        graph.add((s, p, o))
        for prop, value in [
            (ns.RDF.type, NKG.Fact), (ns.RDF.subject, s), (ns.RDF.predicate, p),
            (ns.RDF.object, o), (ns.PROV.wasDerivedFrom, doc),
            (NKG.sentenceText, Literal(f"Synthetic sentence {i} relating entity {a} to {b}.")),
            (NKG.confidence, Literal(round(rng.uniform(0.3, 1.0), 2))),
            (NKG.rule, Literal("synthetic/1")), (NKG.asserted, Literal(True)),
        ]:
            graph.add((fact, prop, value))
    return graph


def screenshot(page, path: Path, select: str | None) -> None:  # type: ignore[no-untyped-def]
    """Click the entity labelled ``select`` on the canvas (as a reader would), then
    save the viewport as PNG."""
    if select:
        node = page.evaluate("l => (newskg.data.nodes.find(n => n.label === l) || {}).id", select)
        if node is None:
            sys.exit(f"no entity is labelled {select!r} on the page")
        point = page.evaluate(
            "id => { const n = newskg.network; return n.canvasToDOM(n.getPositions([id])[id]); }", node)
        box = page.locator("#network").bounding_box()
        page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
        page.mouse.move(1, box["y"] + box["height"] - 1)  # no hover highlight
        page.wait_for_timeout(300)
    page.screenshot(path=str(path))
    print(f"wrote {path}")


def time_to_ready(
    html_path: Path, runs: int, timeout_s: float,
    shot: Path | None = None, select: str | None = None,
) -> tuple[list[float], list[dict[str, float]], Legibility]:
    """Open the page ``runs`` times in fresh contexts.

    Returns:
        Per run, ms from navigation start to ``newskg.ready``, and the page's own
        milestones (data parsed, network built), also in ms; the legibility of the
        first run, measured as the page opened (before any click).
    """
    from playwright.sync_api import sync_playwright

    results: list[float] = []
    timings: list[dict[str, float]] = []
    legible: Legibility | None = None
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for _ in range(runs):
            context = browser.new_context(viewport={"width": 1400, "height": 900})
            blocked: list[str] = []

            def route(r, blocked=blocked):  # type: ignore[no-untyped-def]
                if r.request.url.startswith("file://"):
                    r.continue_()
                else:
                    blocked.append(r.request.url)
                    r.abort()

            context.route("**/*", route)
            page = context.new_page()
            page.goto(html_path.as_uri())
            page.wait_for_function("() => window.newskg && window.newskg.ready === true",
                                   timeout=timeout_s * 1000, polling=50)
            results.append(page.evaluate("newskg.readyAt"))
            timings.append(page.evaluate("newskg.timings"))
            if blocked:
                sys.exit(f"the page tried to reach the network: {blocked}")
            if legible is None:
                legible = measure(page)
            if shot is not None and len(results) == 1:
                screenshot(page, shot, select)
            context.close()
        browser.close()
    assert legible is not None  # runs >= 1
    return results, timings, legible


def build_corpus(corpus: Path, out: Path, max_nodes: int | None) -> tuple[str, float]:
    """Run ``kg build CORPUS --out OUT`` and return its graph.html and wall time (s)."""
    if not corpus.is_dir():
        sys.exit(f"{corpus} is not a directory of articles")
    command = [sys.executable, "-m", "kg", "build", str(corpus), "--out", str(out)]
    if max_nodes is not None:
        command += ["--max-nodes", str(max_nodes)]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"`{' '.join(command)}` failed ({done.returncode}):\n{done.stderr}")
    print(done.stdout.strip() if done.stdout.strip() else done.stderr.strip()[-400:])
    return (out / "graph.html").read_text(encoding="utf-8"), seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("rdf", nargs="?", type=Path, help="an RDF file (format from its suffix)")
    source.add_argument("--synthetic", type=int, metavar="N", help="generate N entities instead")
    source.add_argument("--corpus", type=Path, metavar="DIR",
                        help="build DIR's articles with `kg build` and time its graph.html")
    parser.add_argument("--out", type=Path, default=None,
                        help="with --corpus: build into this directory and keep it")
    parser.add_argument("--screenshot", type=Path, default=None, metavar="PNG",
                        help="after the first run, save a 1400x900 screenshot here")
    parser.add_argument("--select", default=None, metavar="LABEL",
                        help="with --screenshot: click this entity first")
    parser.add_argument("--target-ms", type=float, default=None,
                        help="exit with status 1 when the median is above this")
    parser.add_argument("--max-nodes", type=int, default=None)
    parser.add_argument("--title", default=None, help="page title (default: names the input)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=600, help="seconds per run")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        if args.corpus:
            out = args.out or Path(tmp) / "build"
            html, render_s = build_corpus(args.corpus, out, args.max_nodes)
            name, path = f"kg build {args.corpus}", out / "graph.html"
        else:
            if args.synthetic:
                graph, name = synthetic_graph(args.synthetic), f"synthetic {args.synthetic}"
            else:
                graph = Graph().parse(args.rdf, format=guess_format(str(args.rdf)) or "turtle")
                name = str(args.rdf)
            started = time.perf_counter()
            html = render_html(graph, title=args.title or f"benchmark: {name}", max_nodes=args.max_nodes)
            render_s = time.perf_counter() - started
            path = Path(tmp) / "page.html"
            path.write_text(html, encoding="utf-8")
        times, timings, legible = time_to_ready(path, args.runs, args.timeout, args.screenshot,
                                                args.select)
    block = re.search(r'id="newskg-data">(.*?)</script>', html, re.S)
    if block is None:
        sys.exit("the rendered page has no data block")
    data = json.loads(block.group(1))
    cap = args.max_nodes or ("kg build's default" if args.corpus else None)
    print(f"graph: {name}; max_nodes={cap}")
    made = "built (whole `kg build`)" if args.corpus else "rendered by Python"
    print(f"page: {len(data['nodes'])} entities, {len(data['edges'])} relations, "
          f"{len(html) / 1e6:.1f} MB, {made} in {render_s:.2f} s, "
          f"laid out in Python (physics off until 'Re-run layout')")
    print(f"navigation -> ready: median {statistics.median(times):.0f} ms "
          f"(runs: {', '.join(f'{t:.0f}' for t in times)})")
    first = timings[0]
    print(f"first run milestones (ms): data parsed {first['parsed']:.0f}, network built "
          f"{first['network']:.0f}, drawn and fitted {times[0]:.0f}")
    print("legibility as the page opens (first run, 1400 x 900):")
    for line in legible.lines():
        print(f"  {line}")
    verdicts = {
        "box >= 50% of canvas width and height": min(legible.span_x, legible.span_y) >= 0.5,
        ">= 95% of drawn entities have a relation": legible.related_share >= 0.95,
        "top 20 labels >= 10 px": legible.min_label_px >= 10,
        "top 20 labels do not overlap": not legible.overlaps,
    }
    for name, ok in verdicts.items():
        print(f"  {'ok  ' if ok else 'FAIL'} {name}")
    if args.target_ms is not None:
        median = statistics.median(times)
        verdict = "within" if median <= args.target_ms else "OVER"
        print(f"target {args.target_ms:.0f} ms: {verdict} (median {median:.0f} ms)")
        if median > args.target_ms:
            sys.exit(1)


if __name__ == "__main__":
    main()
