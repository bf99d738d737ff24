"""What the whole pipeline asserts about a text, for the role tests (not a test module itself)."""

from __future__ import annotations

from kg.analyse import analyse_doc
from kg.types import Article

Row = tuple[str, str, str]


def plain_facts(nlp, text: str) -> set[Row]:  # type: ignore[no-untyped-def]
    """(subject label, predicate, object label) of every asserted fact read from ``text``."""
    result = analyse_doc(Article("t", text), nlp(text))
    return {(f.subject.entity.label, f.predicate, f.object.entity.label) for f in result.facts if f.asserted}
