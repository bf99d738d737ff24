"""RDF graph -> networkx MultiDiGraph of entities and the relations between them.

The page draws only what a reader means by "the graph": entities and the plain
triples between them. Reified ``nkg:Fact`` nodes, Documents and Statements are not
drawn; they are folded into node and edge attributes so the side panel can say, for
every relation, which sentence of which document it was read from and how sure the
rule was (``docs/data-model.md``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rdflib import RDFS, SKOS, URIRef

from kg.counts import GraphCounts, entity_classes, graph_counts
from kg.render.provenance import (
    FactRecord,
    UnassertedRecord,
    fact_records,
    local_name,
    statement_records,
)
from kg.vocab import NKG

if TYPE_CHECKING:
    import networkx as nx
    from rdflib import Graph
    from rdflib.term import Node

__all__ = ["entity_classes", "local_name", "to_network"]


def _best_confidence(records: list[FactRecord]) -> float | None:
    values = [r["confidence"] for r in records if r["confidence"] is not None]
    return max(values) if values else None


def to_network(graph: Graph, counts: GraphCounts | None = None) -> nx.MultiDiGraph:
    """Build the entity graph the page draws.

    Nodes are entity IRIs with ``cls``, ``label``, ``alt_labels``, ``statements``,
    ``unasserted`` (facts about the entity kept only as evidence) and ``close_matches``
    (ids of entities ``skos:closeMatch`` links it to: names the build thought might be
    the same but did not merge). Edges are the plain ``nkg:`` triples between two
    entities (relations, not bookkeeping such as ``skos:closeMatch``), keyed by
    predicate local name, with ``predicate``, ``facts`` (best confidence first) and
    ``confidence`` (the best one, or None when no ``nkg:Fact`` backs the triple).
    Nodes also carry ``relations`` and ``mentions`` from :func:`kg.counts.graph_counts`
    (pass ``counts`` when the caller has them already), the page's ranking.
    """
    import networkx as nx  # imported here so `import kg.render` stays cheap

    classes = entity_classes(graph)
    counts = counts if counts is not None else graph_counts(graph)
    facts = fact_records(graph)
    statements = statement_records(graph)
    net = nx.MultiDiGraph()
    for node in sorted(classes):
        labels = sorted({str(v) for v in graph.objects(node, RDFS.label)})
        label = labels[0] if labels else local_name(node)
        alt = {str(v) for v in graph.objects(node, SKOS.altLabel)} | set(labels[1:])
        counted = counts.per_entity.get(str(node))
        net.add_node(
            str(node),
            cls=classes[node],
            label=label,
            alt_labels=sorted(alt - {label}),
            statements=statements.get(node, []),
            unasserted=[],
            close_matches=[],
            relations=counted.relations if counted else 0,
            mentions=counted.mentions if counted else 0,
        )
    nkg = str(NKG)
    for subj in sorted(classes):
        for pred, obj in sorted(graph.predicate_objects(subj)):
            if obj not in classes or not isinstance(obj, URIRef):
                continue
            if pred == SKOS.closeMatch:
                for a, b in ((subj, obj), (obj, subj)):
                    if str(b) not in net.nodes[str(a)]["close_matches"]:
                        net.nodes[str(a)]["close_matches"].append(str(b))
                continue
            if not str(pred).startswith(nkg):
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
