"""The served explorer page in headless Chromium: search, expand, read the sentences.

Everything on the page comes from the endpoint beside it; any request elsewhere is
aborted and recorded, and each test asserts there was none.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
ALERT_TRAP = "window.__alerted = false; window.alert = () => { window.__alerted = true; };"
IDLE = "() => window.explorer && window.explorer.ready && window.explorer.pending === 0"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"SKIPPED LOUDLY: {CHROMIUM} is missing: install it with `apt-get install -y chromium`")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any, server: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    opened = context.new_page()
    blocked: list[str] = []
    errors: list[str] = []

    def route(request_route: Any) -> None:
        if request_route.request.url.startswith(server.url):
            request_route.continue_()
        else:
            blocked.append(request_route.request.url)
            request_route.abort()

    context.route("**/*", route)
    opened.add_init_script(ALERT_TRAP)
    opened.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    opened.on("pageerror", lambda e: errors.append(str(e)))
    opened.goto(server.url)
    opened.wait_for_function(IDLE, timeout=60_000)
    yield opened
    assert blocked == [], "the page tried to reach beyond its server"
    assert errors == [], "the page logged errors"
    assert opened.evaluate("window.__alerted") is False
    context.close()


def test_search_then_expand_then_read_the_sentences(page: Any) -> None:
    page.fill("#search", "antonov")
    page.press("#search", "Enter")
    page.wait_for_selector("#results li")
    assert page.locator("#results li").first.text_content().startswith("Anatoly Antonov")
    page.locator("#results li").first.click()
    page.wait_for_function("() => window.explorer.nodes.length >= 3 && window.explorer.pending === 0", timeout=60_000)
    labels = sorted(page.evaluate("window.explorer.nodes.get().map(n => n.label)"))
    assert labels == ["<img src=x onerror=alert(1)>", "Anatoly Antonov", "Ellen Tauscher"]
    panel = page.locator("#panel")
    assert panel.locator("h2").text_content() == "Anatoly Antonov"
    assert "There is no progress at the missile defense negotiations." in panel.text_content()
    edge = page.evaluate("window.explorer.edges.get().find(e => e.label === 'opposes').id")
    assert page.evaluate("id => window.explorer.showRelation(id)", edge) == 1
    assert "Antonov said the U.S. plans cause our concerns." in panel.text_content()
    assert "confidence 0.70" in panel.text_content()
    assert page.locator("#panel img, #results img").count() == 0  # the payload stayed text


def test_clicking_a_drawn_entity_expands_its_neighbourhood(page: Any) -> None:
    page.fill("#search", "Tauscher")
    page.click("#search-form button")
    page.wait_for_selector("#results li")
    page.locator("#results li").first.click()
    page.wait_for_function("() => window.explorer.nodes.length >= 3 && window.explorer.pending === 0", timeout=60_000)
    page.evaluate("window.explorer.network.stopSimulation()")  # nodes stay where we click
    antonov = "https://newskg.org/id/person/anatoly-antonov"
    point = page.evaluate(
        "id => { const n = window.explorer.network; return n.canvasToDOM(n.getPositions([id])[id]); }", antonov)
    box = page.locator("#network").bounding_box()
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    page.wait_for_function(
        "() => window.explorer.nodes.get('https://newskg.org/id/plan/missile-defense-plans') !== null"
        " && window.explorer.pending === 0", timeout=60_000)
    assert page.locator("#panel h2").text_content() == "Anatoly Antonov"


def test_a_search_that_finds_nothing_says_so(page: Any) -> None:
    page.fill("#search", 'nobody "at" all \\')
    page.press("#search", "Enter")
    page.wait_for_function("() => document.getElementById('status').textContent.startsWith('No entity')", timeout=60_000)
    assert page.locator("#results li").count() == 0
