"""Provenance as the page shows it: nkg:Fact, Statement and Document nodes, flattened.

The graph page never draws these nodes; it folds them into the entities and relations
they are about. This module reads them from RDF into plain JSON-ready records.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import TYPE_CHECKING, TypedDict

from rdflib import RDF, Literal
from rdflib.namespace import DCTERMS, PROV

from kg.vocab import NKG

if TYPE_CHECKING:
    from rdflib import Graph
    from rdflib.term import Node

def local_name(iri: Node) -> str:
    """Return the part of an IRI after the last ``#`` or ``/``."""
    text = str(iri)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1] or text


class FactRecord(TypedDict):
    """Where one relation was read: one ``nkg:Fact`` node, flattened for the page."""

    sentence: str | None
    document: str | None
    confidence: float | None
    rule: str | None
    asserted: bool
    polarity: str | None
    modality: str | None
    date: str | None  # the fact's own date (nkg:factDate), else its document's (dcterms:date)


class StatementRecord(TypedDict):
    """One thing a person said (``nkg:said``), shown in the speaker's side panel."""

    text: str
    document: str | None
    date: str | None


class UnassertedRecord(TypedDict):
    """A fact kept only as evidence (negated, reported, hypothetical): never an edge."""

    subject: str
    predicate: str
    object: str
    fact: FactRecord


def _properties(graph: Graph, node: Node) -> dict[Node, Node]:
    """Read all of a node's properties in one store lookup (one value per property).

    One ``predicate_objects`` call instead of a ``graph.value`` per property keeps
    large graphs (tens of thousands of facts) fast; the smallest value wins when a
    property repeats, so the page is the same on every run.
    """
    props: dict[Node, Node] = {}
    for prop, value in graph.predicate_objects(node):
        if prop not in props or _order(value) < _order(props[prop]):
            props[prop] = value
    return props


def _order(value: Node) -> tuple[str, str]:
    # Total order over mixed terms; rdflib cannot compare every pair of literals.
    return (type(value).__name__, str(value))


def _text(value: Node | None) -> str | None:
    return None if value is None else str(value)


def _number(value: Node | None) -> float | None:
    if not isinstance(value, Literal):
        return None
    try:
        number = float(value.toPython())
    except (TypeError, ValueError):  # a malformed literal should not break the page
        return None
    return number if math.isfinite(number) else None


class _DocumentNames:
    """Document IRI -> the name shown for it (documentId, else title, else IRI) and its
    publication date (``dcterms:date``), cached."""

    def __init__(self, graph: Graph) -> None:
        self._graph = graph
        self._names: dict[Node, str] = {}
        self._dates: dict[Node, str | None] = {}

    def date(self, doc: Node | None) -> str | None:
        if doc is None:
            return None
        if doc not in self._dates:
            self._dates[doc] = _text(_properties(self._graph, doc).get(DCTERMS.date))
        return self._dates[doc]

    def of(self, doc: Node | None) -> str | None:
        if doc is None:
            return None
        if doc not in self._names:
            props = _properties(self._graph, doc)
            self._names[doc] = (_text(props.get(NKG.documentId)) or _text(props.get(DCTERMS.title))
                                or local_name(doc))
        return self._names[doc]


def fact_records(graph: Graph) -> dict[tuple[Node, Node, Node], list[FactRecord]]:
    """Group the provenance of every ``nkg:Fact`` node by its (subject, predicate, object)."""
    documents = _DocumentNames(graph)
    facts: dict[tuple[Node, Node, Node], list[FactRecord]] = defaultdict(list)
    for fact in graph.subjects(RDF.type, NKG.Fact):
        props = _properties(graph, fact)
        subj, pred, obj = (props.get(RDF.subject), props.get(RDF.predicate), props.get(RDF.object))
        if subj is None or pred is None or obj is None:
            continue
        asserted = props.get(NKG.asserted)
        facts[(subj, pred, obj)].append(
            FactRecord(
                sentence=_text(props.get(NKG.sentenceText)),
                document=documents.of(props.get(PROV.wasDerivedFrom)),
                confidence=_number(props.get(NKG.confidence)),
                rule=_text(props.get(NKG.rule)),
                asserted=bool(asserted.toPython()) if isinstance(asserted, Literal) else False,
                polarity=_text(props.get(NKG.polarity)),
                modality=_text(props.get(NKG.modality)),
                date=_text(props.get(NKG.factDate)) or documents.date(props.get(PROV.wasDerivedFrom)),
            )
        )
    return facts


def statement_records(graph: Graph) -> dict[Node, list[StatementRecord]]:
    """Collect each speaker's statements, reached by ``nkg:said`` or ``nkg:speaker``."""
    documents = _DocumentNames(graph)
    pairs = set(graph.subject_objects(NKG.said))
    pairs |= {(speaker, st) for st, speaker in graph.subject_objects(NKG.speaker)}
    by_speaker: dict[Node, list[StatementRecord]] = defaultdict(list)
    for speaker, statement in sorted(pairs):
        props = _properties(graph, statement)
        by_speaker[speaker].append(
            StatementRecord(
                text=_text(props.get(NKG.text)) or "",
                document=documents.of(props.get(PROV.wasDerivedFrom)),
                date=_text(props.get(NKG.statementDate)),
            )
        )
    return by_speaker
