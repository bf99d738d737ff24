"""Firms named as examples of a plural noun for firms or bodies: "firms like Yukos", "companies such as BP".

The small model often tags a one-word firm as a person or a place; the words before it say it is a firm.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

# Plural nouns for firms and bodies whose examples follow: "firms like Yukos", "companies such as BP".
_BODIES_PLURAL = frozenset({"firms", "companies", "groups", "banks", "organisations", "organizations", "charities", "carriers"})


def one_of_bodies(span: Span) -> bool:
    """'firms like Yukos', 'companies such as Yukos', 'banks including Barclays': a firm named as an example."""
    words = [t.lower_ for t in span.doc[max(0, span.start - 3) : span.start]]
    for marker in (["like"], ["such", "as"], ["including"]):
        n = len(marker)
        if len(words) > n and words[-n:] == marker and words[-n - 1] in _BODIES_PLURAL:
            return True
    return False
