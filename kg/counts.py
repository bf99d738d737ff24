"""One set of counts for a built graph, used by the build summary, ``kg stats`` and the page.

Three words are easy to mix up, so each count here says what it counts:

- an **entity** is an IRI typed with an entity class (a subclass of ``nkg:Entity``);
  Statements (quotations), Facts and Documents are not entities;
- a **relation** is one distinct plain ``nkg:`` triple between two entities; a
  relation read in three sentences is one relation backed by three facts, and
  ``nkg:said`` (a speaker -> a quotation) is not a relation between entities;
- a **mention** is one time the text named an entity (``nkg:mentionCount``).

Entities are ranked by their distinct relations, ties broken by mentions (never by
name, so a corpus's first names in the alphabet do not win).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from rdflib import RDF, RDFS, Graph, Literal, URIRef

from kg.vocab import ENTITY_CLASSES, NKG

__all__ = ["EntityCount", "GraphCounts", "entity_classes", "format_counts", "graph_counts", "rank_key"]

_NKG = str(NKG._NS)


def local_name(iri: object) -> str:
    """The part of an IRI after the last ``#`` or ``/``."""
    text = str(iri)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1] or text


def entity_classes(graph: Graph) -> dict[URIRef, str]:
    """Map every entity to the local name of its most specific entity class.

    Subclasses of ``nkg:Entity`` declared in the graph (when the ontology is loaded
    alongside the data) count too, so a class added to the ontology counts without a
    code change.
    """
    rank = {NKG._NS[name]: i for i, name in enumerate(ENTITY_CLASSES)}
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


@dataclass(frozen=True)
class EntityCount:
    """One entity's share of the counts."""

    iri: str
    label: str
    cls: str
    relations: int  # distinct relations it takes part in, either end
    mentions: int  # times the text named it


def rank_key(relations: int, mentions: int, iri: str) -> tuple[int, int, str]:
    """Sort key, most important first: distinct relations, then mentions.

    The IRI only makes the order total (two entities alike in both counts); it is
    never what puts one entity above a more connected or more mentioned one.
    """
    return (-relations, -mentions, iri)


@dataclass(frozen=True)
class GraphCounts:
    """What a graph holds, in the units defined in this module's docstring."""

    documents: int = 0
    entities: int = 0
    related_entities: int = 0
    relations: int = 0
    mentions: int = 0
    facts_asserted: int = 0
    facts_not_asserted: int = 0
    statements: int = 0
    by_relation: dict[str, int] = field(default_factory=dict)
    by_class: dict[str, int] = field(default_factory=dict)
    per_entity: dict[str, EntityCount] = field(default_factory=dict)
    pairs: frozenset[tuple[str, str]] = frozenset()  # entity pairs joined by a relation

    def ranked(self) -> list[EntityCount]:
        """Entities with at least one relation, most relations first (ties: mentions)."""
        related = [e for e in self.per_entity.values() if e.relations]
        return sorted(related, key=lambda e: rank_key(e.relations, e.mentions, e.iri))


def graph_counts(graph: Graph) -> GraphCounts:
    """Count documents, entities, relations, mentions, facts and statements of ``graph``."""
    classes = entity_classes(graph)
    relations: set[tuple[URIRef, URIRef, URIRef]] = set()
    for subj in classes:
        for pred, obj in graph.predicate_objects(subj):
            if (isinstance(obj, URIRef) and obj in classes and str(pred).startswith(_NKG)
                    and pred != NKG.said):
                relations.add((subj, pred, obj))  # type: ignore[arg-type]
    per_relation: Counter[URIRef] = Counter()
    for subj, _, obj in relations:
        per_relation[subj] += 1
        if obj != subj:
            per_relation[obj] += 1
    per_entity: dict[str, EntityCount] = {}
    for node, cls in classes.items():
        label = min((str(v) for v in graph.objects(node, RDFS.label)), default=local_name(node))
        mentions = sum(_int(v) for v in graph.objects(node, NKG.mentionCount))
        per_entity[str(node)] = EntityCount(str(node), label, cls, per_relation[node], mentions)
    asserted = Counter(
        bool(flag.toPython()) for flag in graph.objects(None, NKG.asserted) if isinstance(flag, Literal)
    )
    by_relation = Counter(local_name(p) for _, p, _ in relations)
    by_class = Counter(classes.values())
    return GraphCounts(
        documents=len(set(graph.subjects(RDF.type, NKG.Document))),
        entities=len(classes),
        related_entities=sum(1 for e in per_entity.values() if e.relations),
        relations=len(relations),
        mentions=sum(e.mentions for e in per_entity.values()),
        facts_asserted=asserted[True],
        facts_not_asserted=asserted[False],
        statements=len(set(graph.subjects(RDF.type, NKG.Statement))),
        by_relation=dict(sorted(by_relation.items(), key=lambda kv: (-kv[1], kv[0]))),
        by_class=dict(sorted(by_class.items(), key=lambda kv: (-kv[1], kv[0]))),
        per_entity=per_entity,
        pairs=frozenset((str(s), str(o)) for s, _, o in relations),
    )


def _int(value: object) -> int:
    try:
        return int(value.toPython()) if isinstance(value, Literal) else 0  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0


def format_counts(counts: GraphCounts) -> str:
    """The counts, one line each, every number saying what it counts."""
    relations = ", ".join(f"{name} {n:,}" for name, n in counts.by_relation.items()) or "none"
    return "\n".join([
        f"Entities: {counts.entities:,} ({counts.related_entities:,} with a relation; "
        "quotations, facts and documents are not entities)",
        f"Mentions: {counts.mentions:,} (times the text named an entity)",
        f"Relations: {counts.relations:,} distinct relations between entities ({relations})",
        f"Facts: {counts.facts_asserted:,} asserted (one per sentence a relation was read in), "
        f"{counts.facts_not_asserted:,} negated, hedged or reported (kept out of the relations)",
        f"Quotations: {counts.statements:,} (who said what; not relations)",
    ])
