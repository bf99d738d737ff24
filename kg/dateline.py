"""A document's date from its dateline: 'WASHINGTON DC, October 18 (Itar-Tass) --'."""

from __future__ import annotations

import re

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
DATELINE = re.compile(
    rf"^[ \t]*[A-Z][A-Z .'-]+,\s*(?P<date>(?:{_MONTHS})\s+\d{{1,2}}(?:,\s*\d{{4}})?)\s*(?:\((?P<source>[^)]+)\))?",
    re.MULTILINE,
)


def dateline(text: str) -> tuple[str | None, str | None]:
    """(date text, source) from the first dateline in the first part of the text."""
    match = DATELINE.search(text[:2000])
    if match is None:
        return None, None
    return match.group("date"), match.group("source")
