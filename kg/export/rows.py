"""The graph as two tables: entities and relations, each relation with its provenance.

GraphML and the CSV/parquet tables are both written from these rows, so the two carry the
same columns. A relation is one plain (asserted) triple; its provenance comes from the
``nkg:Fact`` nodes that state it, the most confident one first.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from rdflib import Graph, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from kg.vocab import ENTITY_CLASSES, NKG, RELATIONS

_NKG = str(NKG._NS)
STATEMENT_LABEL_CHARS = 80


@dataclass(frozen=True)
class EntityRow:
    """One node: an entity, or a Statement labelled by its speaker and words."""

    id: str
    label: str
    cls: str
    mentions: int
    alt_labels: str


@dataclass(frozen=True)
class RelationRow:
    """One asserted relation and where the most confident fact behind it was read."""

    source: str
    target: str
    relation: str
    confidence: float | None
    sentence: str
    document: str
    date: str
    rule: str
    facts: int


def entity_rows(graph: Graph) -> Iterator[EntityRow]:
    """Every entity and Statement node, sorted by IRI so exports are stable."""
    nodes: dict[URIRef, str] = {}
    for cls in (*ENTITY_CLASSES, "Statement"):
        for node in graph.subjects(RDF.type, NKG[cls]):
            if isinstance(node, URIRef):
                nodes.setdefault(node, cls)
    for node in sorted(nodes):
        cls = nodes[node]
        alts = sorted(str(alt) for alt in graph.objects(node, SKOS.altLabel))
        count = graph.value(node, NKG.mentionCount)
        yield EntityRow(
            id=str(node),
            label=_label(graph, node, cls),
            cls=cls,
            mentions=int(str(count)) if count is not None else 0,
            alt_labels="|".join(alts),
        )


def relation_rows(graph: Graph) -> Iterator[RelationRow]:
    """Every plain relation triple, with the provenance of its facts."""
    facts = _facts_by_triple(graph)
    for relation in RELATIONS:
        for subject, obj in sorted(graph.subject_objects(NKG[relation])):
            if not (isinstance(subject, URIRef) and isinstance(obj, URIRef)):
                continue
            stated = facts.get((subject, NKG[relation], obj), [])
            if relation == "said":
                yield _said_row(graph, subject, obj)
                continue
            best = max(stated, key=lambda fact: _confidence(graph, fact) or 0.0) if stated else None
            yield RelationRow(
                source=str(subject),
                target=str(obj),
                relation=relation,
                confidence=_confidence(graph, best) if best is not None else None,
                sentence=_text(graph, best, NKG.sentenceText),
                document=_document(graph, best),
                date=_text(graph, best, NKG.factDate),
                rule=_text(graph, best, NKG.rule),
                facts=len(stated),
            )


def _said_row(graph: Graph, speaker: URIRef, statement: URIRef) -> RelationRow:
    """A 'said' link is not reified: the Statement itself carries its words, document and rule."""
    return RelationRow(
        source=str(speaker),
        target=str(statement),
        relation="said",
        confidence=None,
        sentence=_text(graph, statement, NKG.text),
        document=_document(graph, statement),
        date=_text(graph, statement, NKG.statementDate),
        rule=_text(graph, statement, NKG.rule),
        facts=1,
    )


def _facts_by_triple(graph: Graph) -> dict[tuple[URIRef, URIRef, URIRef], list[URIRef]]:
    facts: dict[tuple[URIRef, URIRef, URIRef], list[URIRef]] = {}
    for fact in graph.subjects(RDF.type, NKG.Fact):
        triple = (graph.value(fact, RDF.subject), graph.value(fact, RDF.predicate), graph.value(fact, RDF.object))
        if isinstance(fact, URIRef) and all(isinstance(term, URIRef) for term in triple):
            facts.setdefault(triple, []).append(fact)  # type: ignore[arg-type]
    for stated in facts.values():
        stated.sort()
    return facts


def _label(graph: Graph, node: URIRef, cls: str) -> str:
    if cls == "Statement":
        speaker = graph.value(node, NKG.speaker)
        who = graph.value(speaker, RDFS.label) if speaker is not None else None
        words = str(graph.value(node, NKG.text) or "")
        if len(words) > STATEMENT_LABEL_CHARS:
            words = words[: STATEMENT_LABEL_CHARS - 1].rstrip() + "…"
        return f"{who}: “{words}”" if who is not None else f"“{words}”"
    label = graph.value(node, RDFS.label)
    return str(label) if label is not None else str(node)


def _confidence(graph: Graph, fact: URIRef | None) -> float | None:
    value = graph.value(fact, NKG.confidence) if fact is not None else None
    return float(str(value)) if value is not None else None


def _text(graph: Graph, fact: URIRef | None, predicate: URIRef) -> str:
    value = graph.value(fact, predicate) if fact is not None else None
    return str(value) if value is not None else ""


def _document(graph: Graph, node: URIRef | None) -> str:
    """The document as a reader names it: its source path or title, else its IRI."""
    document = graph.value(node, PROV.wasDerivedFrom) if node is not None else None
    if document is None:
        return ""
    for predicate in (NKG_SOURCE_PATH, RDFS.label):
        name = graph.value(document, predicate)
        if name is not None:
            return str(name)
    return str(document)


NKG_SOURCE_PATH = URIRef(_NKG + "sourcePath")
