"""RDF graph -> networkx MultiDiGraph of entities and the relations between them.

The page draws only what a reader means by "the graph": entities and the plain
triples between them. Reified ``nkg:Fact`` nodes, Documents and Statements are not
drawn; they are folded into node and edge attributes so the side panel can say, for
every relation, which sentence of which document it was read from and how sure the
rule was (``docs/data-model.md``).
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import TYPE_CHECKING, TypedDict

from rdflib import RDF, RDFS, SKOS, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV

if TYPE_CHECKING:
    import networkx as nx
    from rdflib import Graph
    from rdflib.term import Node

# TODO(vocab): switch to ``from kg.vocab import NKG`` once kg/vocab.py lands.
NKG = Namespace("https://newskg.org/ontology#")

# Most specific first: a node typed both nkg:Person and nkg:Entity is a Person.
ENTITY_CLASSES = ("Person", "Country", "Organization", "Role", "System", "Plan", "Place")


class FactRecord(TypedDict):
    """Where one relation was read: one ``nkg:Fact`` node, flattened for the page."""

    sentence: str | None
    document: str | None
    confidence: float | None
    rule: str | None
    asserted: bool
    polarity: str | None
    modality: str | None


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


def local_name(iri: Node) -> str:
    """Return the part of an IRI after the last ``#`` or ``/``."""
    text = str(iri)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1] or text


def _text(graph: Graph, node: Node, prop: URIRef) -> str | None:
    value = graph.value(node, prop)
    return None if value is None else str(value)


def _number(graph: Graph, node: Node, prop: URIRef) -> float | None:
    value = graph.value(node, prop)
    if not isinstance(value, Literal):
        return None
    try:
        number = float(value.toPython())
    except (TypeError, ValueError):  # a malformed literal should not break the page
        return None
    return number if math.isfinite(number) else None


def entity_classes(graph: Graph) -> dict[URIRef, str]:
    """Map every entity node to the local name of its most specific entity class.

    Subclasses of ``nkg:Entity`` declared in the graph (when the ontology is loaded
    alongside the data) count too, so a class added to the ontology shows up without
    a code change.
    """
    rank = {NKG[name]: i for i, name in enumerate(ENTITY_CLASSES)}
    for cls in graph.transitive_subjects(RDFS.subClassOf, NKG.Entity):
        if isinstance(cls, URIRef) and cls != NKG.Entity:
            rank.setdefault(cls, len(rank))
    rank[NKG.Entity] = len(rank)
    best: dict[URIRef, URIRef] = {}
    for cls in rank:
        for node in graph.subjects(RDF.type, cls):
            if isinstance(node, URIRef) and (node not in best or rank[cls] < rank[best[node]]):
                best[node] = cls
    return {node: local_name(cls) for node, cls in best.items()}


def _document_name(graph: Graph, node: Node) -> str | None:
    doc = graph.value(node, PROV.wasDerivedFrom)
    if doc is None:
        return None
    return _text(graph, doc, NKG.documentId) or _text(graph, doc, DCTERMS.title) or local_name(doc)


def fact_records(graph: Graph) -> dict[tuple[Node, Node, Node], list[FactRecord]]:
    """Group the provenance of every ``nkg:Fact`` node by its (subject, predicate, object)."""
    facts: dict[tuple[Node, Node, Node], list[FactRecord]] = defaultdict(list)
    for fact in graph.subjects(RDF.type, NKG.Fact):
        key = (
            graph.value(fact, RDF.subject),
            graph.value(fact, RDF.predicate),
            graph.value(fact, RDF.object),
        )
        if None in key:
            continue
        asserted = graph.value(fact, NKG.asserted)
        facts[key].append(  # type: ignore[index]
            FactRecord(
                sentence=_text(graph, fact, NKG.sentenceText),
                document=_document_name(graph, fact),
                confidence=_number(graph, fact, NKG.confidence),
                rule=_text(graph, fact, NKG.rule),
                asserted=bool(asserted.toPython()) if isinstance(asserted, Literal) else False,
                polarity=_text(graph, fact, NKG.polarity),
                modality=_text(graph, fact, NKG.modality),
            )
        )
    return facts


def statement_records(graph: Graph) -> dict[Node, list[StatementRecord]]:
    """Collect each speaker's statements, reached by ``nkg:said`` or ``nkg:speaker``."""
    pairs = set(graph.subject_objects(NKG.said))
    pairs |= {(speaker, st) for st, speaker in graph.subject_objects(NKG.speaker)}
    by_speaker: dict[Node, list[StatementRecord]] = defaultdict(list)
    for speaker, statement in sorted(pairs):
        by_speaker[speaker].append(
            StatementRecord(
                text=_text(graph, statement, NKG.text) or "",
                document=_document_name(graph, statement),
                date=_text(graph, statement, NKG.statementDate),
            )
        )
    return by_speaker


def _best_confidence(records: list[FactRecord]) -> float | None:
    values = [r["confidence"] for r in records if r["confidence"] is not None]
    return max(values) if values else None


def to_network(graph: Graph) -> nx.MultiDiGraph:
    """Build the entity graph the page draws.

    Nodes are entity IRIs with ``cls``, ``label``, ``alt_labels``, ``statements`` and
    ``unasserted`` (facts about the entity kept only as evidence). Edges are the plain
    triples between two entities, keyed by predicate local name, with ``predicate``,
    ``facts`` (best confidence first) and ``confidence`` (the best one, or None when
    no ``nkg:Fact`` backs the triple).
    """
    import networkx as nx  # imported here so `import kg.render` stays cheap

    classes = entity_classes(graph)
    facts = fact_records(graph)
    statements = statement_records(graph)
    net = nx.MultiDiGraph()
    for node in sorted(classes):
        labels = sorted({str(v) for v in graph.objects(node, RDFS.label)})
        label = labels[0] if labels else local_name(node)
        alt = {str(v) for v in graph.objects(node, SKOS.altLabel)} | set(labels[1:])
        net.add_node(
            str(node),
            cls=classes[node],
            label=label,
            alt_labels=sorted(alt - {label}),
            statements=statements.get(node, []),
            unasserted=[],
        )
    for subj in sorted(classes):
        for pred, obj in sorted(graph.predicate_objects(subj)):
            if obj not in classes or not isinstance(obj, URIRef):
                continue
            records = sorted(facts.get((subj, pred, obj), []), key=_by_confidence)
            name = local_name(pred)
            net.add_edge(
                str(subj), str(obj), key=name, predicate=name,
                facts=records, confidence=_best_confidence(records),
            )
    _attach_unasserted(graph, net, facts, classes)
    return net


def _by_confidence(record: FactRecord) -> tuple[float, str]:
    return (-(record["confidence"] or 0.0), record["sentence"] or "")


def _attach_unasserted(
    graph: Graph,
    net: nx.MultiDiGraph,
    facts: dict[tuple[Node, Node, Node], list[FactRecord]],
    classes: dict[URIRef, str],
) -> None:
    """Give each entity the facts about it that have no plain triple, so a reader can
    see what was read but deliberately not asserted (a denial, a report, a plan)."""
    for (subj, pred, obj), records in facts.items():
        if (subj, pred, obj) in graph:
            continue
        for rec in records:
            item = UnassertedRecord(
                subject=net.nodes[str(subj)]["label"] if subj in classes else local_name(subj),
                predicate=local_name(pred),
                object=net.nodes[str(obj)]["label"] if obj in classes else local_name(obj),
                fact=rec,
            )
            for end in {subj, obj}:
                if end in classes:
                    net.nodes[str(end)]["unasserted"].append(item)
