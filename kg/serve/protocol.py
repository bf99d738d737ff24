"""The SPARQL 1.1 Protocol's rules that need no HTTP framework: result formats by Accept.

Kept apart from the endpoint so the content negotiation is a table and a pure function.
"""

from __future__ import annotations

__all__ = ["GRAPH_FORMATS", "SOLUTION_FORMATS", "NotAcceptable", "choose"]

SOLUTION_FORMATS: dict[str, str] = {  # media type -> pyoxigraph QueryResultsFormat name
    "application/sparql-results+json": "JSON",
    "application/sparql-results+xml": "XML",
    "text/csv": "CSV",
    "text/tab-separated-values": "TSV",
    "application/json": "JSON",
    "application/xml": "XML",
}
"""For SELECT and ASK; the first is the default."""

GRAPH_FORMATS: dict[str, str] = {  # media type -> pyoxigraph RdfFormat name
    "text/turtle": "TURTLE",
    "application/n-triples": "N_TRIPLES",
    "application/rdf+xml": "RDF_XML",
    "text/plain": "N_TRIPLES",
}
"""For CONSTRUCT and DESCRIBE; the first is the default."""


class NotAcceptable(Exception):
    """No format the client accepts fits this kind of result (HTTP 406)."""


def choose(accept: str | None, offered: dict[str, str]) -> str:
    """The media type to answer with: the client's most preferred that we offer.

    Args:
        accept: The ``Accept`` header (None or empty: anything).
        offered: :data:`SOLUTION_FORMATS` or :data:`GRAPH_FORMATS`, default first.

    Raises:
        NotAcceptable: Nothing offered matches.
    """
    default = next(iter(offered))
    if not accept or not accept.strip():
        return default
    ranges: list[tuple[float, int, str]] = []
    for order, item in enumerate(accept.split(",")):
        media, *params = (part.strip() for part in item.split(";"))
        quality = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if media and quality > 0:
            ranges.append((-quality, order, media.lower()))
    for _, _, media in sorted(ranges):
        if media in offered:
            return media
        if media in ("*/*", "*"):
            return default
        if media.endswith("/*"):
            family = media[:-1]
            match = next((m for m in offered if m.startswith(family)), None)
            if match:
                return match
    raise NotAcceptable(f"none of the accepted formats ({accept}) fits; offered: {', '.join(offered)}")
