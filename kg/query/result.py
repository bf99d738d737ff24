"""What a query returned, with its terms either pyoxigraph's (``kg query``) or rdflib's.

``kg query`` formats pyoxigraph terms directly: turning a million cells into rdflib
terms would cost more than the query. :func:`kg.query.run_query`, for callers holding
an rdflib graph, converts them so they compare equal to the graph's own terms.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from rdflib import Graph

__all__ = ["QueryResult", "TermParts", "term_parts", "to_rdflib"]

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


class TermParts(NamedTuple):
    """An RDF term as output formats need it, whichever library made it."""

    kind: str  # "uri", "bnode" or "literal"
    value: str
    language: str | None = None
    datatype: str | None = None  # None for plain and language-tagged strings


def term_parts(term: Any) -> TermParts:
    """Split a pyoxigraph or rdflib term (or a plain string, taken as a literal)."""
    name = type(term).__name__
    if name in ("NamedNode", "URIRef"):
        return TermParts("uri", str(term.value) if name == "NamedNode" else str(term))
    if name in ("BlankNode", "BNode"):
        return TermParts("bnode", str(term.value) if name == "BlankNode" else str(term))
    if name == "Literal" and hasattr(term, "value") and not hasattr(term, "toPython"):  # pyoxigraph
        datatype = term.datatype.value
        plain = datatype in (_XSD_STRING, _LANG_STRING)
        return TermParts("literal", term.value, term.language, None if plain else datatype)
    if name == "Literal":  # rdflib
        return TermParts("literal", str(term), term.language, None if term.datatype is None else str(term.datatype))
    return TermParts("literal", str(term))


def to_rdflib(term: Any) -> Any:
    """A pyoxigraph term as the rdflib term a parsed graph holds (``"x"``, not ``"x"^^xsd:string``)."""
    from rdflib import BNode, Literal, URIRef

    if term is None:
        return None
    parts = term_parts(term)
    if parts.kind == "uri":
        return URIRef(parts.value)
    if parts.kind == "bnode":
        return BNode(parts.value)
    datatype = URIRef(parts.datatype) if parts.datatype else None
    return Literal(parts.value, lang=parts.language, datatype=datatype)


@dataclass(frozen=True)
class QueryResult:
    """What a query returned, in a form any of the result formats can show.

    Attributes:
        kind: ``SELECT``, ``ASK``, ``CONSTRUCT`` or ``DESCRIBE``.
        variables: Column names of a SELECT, in query order.
        rows: One list per solution: terms, ``None`` where a variable is unbound.
        answer: The answer of an ASK.
        triples: What a CONSTRUCT or DESCRIBE built (pyoxigraph or rdflib triples).
        prefixes: ``(prefix, namespace)`` pairs, to shorten IRIs in tables.
    """

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[list[Any]] = field(default_factory=list)
    answer: bool | None = None
    triples: list[Any] | None = None
    prefixes: tuple[tuple[str, str], ...] = ()

    @cached_property
    def graph(self) -> Graph | None:
        """The CONSTRUCT/DESCRIBE result as an rdflib graph with the prefixes bound."""
        if self.triples is None:
            return None
        from rdflib import Graph

        built = Graph()
        for prefix, namespace in self.prefixes:
            built.bind(prefix, namespace, override=False)
        for triple in self.triples:
            built.add(tuple(to_rdflib(term) for term in triple))  # type: ignore[arg-type]
        return built

    @property
    def turtle(self) -> str | None:
        """The CONSTRUCT/DESCRIBE graph as Turtle, or None for other kinds."""
        return None if self.graph is None else self.graph.serialize(format="turtle")
