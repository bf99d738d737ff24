"""The example articles built once (Turtle and a store) for the query tests."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def examples_built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``graph.ttl`` and ``store/`` from ``examples/articles``, built by the real pipeline."""
    from kg.build import build

    out = tmp_path_factory.mktemp("examples-build")
    build([str(REPO / "examples" / "articles")], out, store=out / "store")
    return out
