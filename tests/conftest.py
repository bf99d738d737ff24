"""Shared fixtures: the real spaCy pipeline and the seed article, built once per session.

Tests that need ``../shared`` (the seed article, CoNLL04, the BBC corpus) skip with a
loud reason when it is absent, as in a user's clone.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "missile-defense-tauscher.txt"
EXAMPLES = REPO / "examples" / "articles"


def shared_or_skip(path: Path) -> Path:
    """``path`` inside ../shared, or skip the test saying what is missing."""
    if not path.exists():
        pytest.skip(f"SKIPPED LOUDLY: {path} not found; this test needs ../shared beside the repo")
    return path


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from kg.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return shared_or_skip(SEED).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_result(seed_text: str, nlp):  # type: ignore[no-untyped-def]
    from kg.analyse import analyse_doc
    from kg.types import Article

    return analyse_doc(Article("missile-defense-tauscher.txt", seed_text), nlp(seed_text))


@pytest.fixture(scope="session")
def seed_graph(tmp_path_factory: pytest.TempPathFactory) -> Graph:
    from kg.build import build

    shared_or_skip(SEED)
    out = tmp_path_factory.mktemp("seed-build")
    build([str(SEED)], out)
    return Graph().parse(out / "graph.ttl")


CHROMIUM_BINARY = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--no-first-run", "--disable-sync"]


@pytest.fixture(scope="session")
def session_chromium() -> Iterator[object]:
    """One headless Debian Chromium for the whole session, driven by Playwright.

    Playwright's sync API runs one driver per thread; a second ``sync_playwright()``
    while the first is alive fails, so every browser test shares this one.
    """
    if not CHROMIUM_BINARY.exists():
        pytest.skip(f"SKIPPED LOUDLY: {CHROMIUM_BINARY} is missing: install it with `apt-get install -y chromium`")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM_BINARY), args=CHROMIUM_FLAGS)
        yield browser
        browser.close()
