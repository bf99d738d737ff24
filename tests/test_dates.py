"""Stated dates resolve to ISO forms only when the text and the document's date allow it."""

from __future__ import annotations

from datetime import date

import pytest
from rdflib import XSD

from kg.dates import resolve_date
from kg.mapping import date_literal

REF = date(2011, 10, 18)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("2011-10-18", None, "2011-10-18"),
        ("October 18, 2011", None, "2011-10-18"),
        ("18 October 2011", None, "2011-10-18"),
        ("October 18", REF, "2011-10-18"),
        ("October 18", None, None),
        ("by 2015", None, "2015"),
        ("2015", None, "2015"),
        ("yesterday", REF, "2011-10-17"),
        ("on Monday", REF, "2011-10-17"),
        ("Tuesday", REF, "2011-10-11"),
        ("last week", REF, None),
        ("February 30, 2011", None, None),
    ],
)
def test_resolve_date(text: str, reference: date | None, expected: str | None) -> None:
    assert resolve_date(text, reference) == expected


def test_literals_carry_the_right_datatype() -> None:
    assert date_literal("2011-10-18").datatype == XSD.date
    assert date_literal("2015").datatype == XSD.gYear
    assert date_literal("2015-03").datatype == XSD.gYearMonth
    assert date_literal("last week").datatype is None
