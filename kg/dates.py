"""Dates as the text states them, resolved to ISO form where they can be.

"2011-10-18", "October 18, 2011" and "18 October 2011" resolve fully; "October 18"
resolves against the document's year; "2015" stays a year; "yesterday" and "on
Tuesday" resolve against the document's date. Anything vaguer ("last week") stays
as written, so no date is ever invented.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"], 1)}
_WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_MONTH_DAY = re.compile(r"^(?:on\s+)?(?P<month>[a-z]+)\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{4}))?$")
_DAY_MONTH = re.compile(r"^(?:on\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[a-z]+)\.?(?:,?\s+(?P<year>\d{4}))?$")
_YEAR = re.compile(r"^(?:by\s+|in\s+|until\s+)?(?P<year>(?:19|20)\d{2})$")


def resolve_date(text: str, reference: date | None = None) -> str | None:
    """ISO form of a stated date ('2011-10-18', '2015-03', '2015'), or None when it does not resolve."""
    cleaned = " ".join(text.strip().lower().replace(",", ", ").split()).replace(" ,", ",")
    try:
        return date.fromisoformat(cleaned[:10]).isoformat()
    except ValueError:
        pass
    if match := _YEAR.match(cleaned):
        return match.group("year")
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        if (match := pattern.match(cleaned)) and match.group("month") in _MONTHS:
            year = int(match.group("year")) if match.group("year") else (reference.year if reference else None)
            if year is None:
                return None
            try:
                return date(year, _MONTHS[match.group("month")], int(match.group("day"))).isoformat()
            except ValueError:
                return None
    if reference is None:
        return None
    if cleaned in {"today", "this morning", "tonight"}:
        return reference.isoformat()
    if cleaned in {"yesterday", "last night"}:
        return (reference - timedelta(days=1)).isoformat()
    weekday = cleaned.removeprefix("on ").removeprefix("last ")
    if weekday in _WEEKDAYS:
        back = (reference.weekday() - _WEEKDAYS[weekday]) % 7 or 7
        return (reference - timedelta(days=back)).isoformat()
    return None


def as_date(iso: str | None) -> date | None:
    """A full ISO date as a ``date``; None for years, months and words."""
    if iso is None or len(iso) != 10:
        return None
    try:
        return date.fromisoformat(iso)
    except ValueError:
        return None
