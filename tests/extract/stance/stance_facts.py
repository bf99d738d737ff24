"""What the stance rules read from a text, for the stance tests (not a test module itself)."""

from __future__ import annotations

from kg.extract.common.registry import RULES

P, N, A, H = "positive", "negative", "asserted", "hypothetical"
Row = tuple[str, str, str, str, str]


def facts(text: str):  # type: ignore[no-untyped-def]
    """Every fact the registered stance rules read from ``text``, through the real pipeline."""
    from kg.analyse import extraction_context
    from kg.nlp import load_model
    from kg.types import Article

    import kg.extract.stance  # noqa: F401  (registers the stance rules)

    ctx = extraction_context(Article("t", text), load_model()(text))
    return [fact for name in list(RULES) if name.startswith("stance.") for fact in RULES[name].func(ctx)]


def rows(text: str) -> set[Row]:
    """(subject label, predicate, object label, polarity, modality) of each stance fact."""
    return {(f.subject.entity.label, f.predicate, f.object.entity.label, f.polarity, f.modality) for f in facts(text)}
