"""What a built graph holds, at a glance: the first thing an analyst asks of it.

The numbers are :func:`kg.counts.graph_counts`'s, the same the build summary and the
page show, each saying what it counts: entities (not quotations, facts or documents),
distinct relations between entities (not ``nkg:said`` links to quotations), mentions.
"Most connected" ranks entities by distinct relations, ties by mentions; "connected
components" come from networkx over the entities and their relations.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import networkx as nx
from rdflib import Graph
from rdflib.namespace import RDF, RDFS
from rdflib.term import URIRef

from kg.counts import EntityCount, GraphCounts, format_counts, graph_counts
from kg.vocab import ENTITY_CLASSES, NKG, RELATIONS

__all__ = ["GraphStats", "RankedEntity", "format_stats", "graph_stats", "relation_network"]

TOP_ENTITIES = 10
_NKG = str(NKG._NS)


RankedEntity = EntityCount
"""One of the most connected entities: its share of the graph's counts (kg.counts)."""


@dataclass(frozen=True)
class GraphStats:
    """Summary numbers of one graph; :func:`format_stats` shows them."""

    triples: int
    classes: dict[str, int]  # every nkg class, Facts and Statements included
    counts: GraphCounts
    top_entities: list[RankedEntity]
    components: int  # among entities with a relation
    largest_component: int

    @property
    def relations(self) -> dict[str, int]:
        """Distinct relations between entities, by property, most frequent first."""
        return self.counts.by_relation

    @property
    def nodes(self) -> int:
        """Entities (Statements, Facts and Documents are not)."""
        return self.counts.entities


def relation_network(graph: Graph) -> nx.MultiDiGraph:
    """Entities and statements as nodes, one edge per plain relation triple.

    Every node has ``label`` (its ``rdfs:label``, else the IRI) and ``type`` (its nkg
    class, or ``""``); every edge has ``predicate`` (the IRI) and ``label`` (the
    relation's local name). Entities with no relations are kept as isolated nodes so
    they show up in exports. Used for the GraphML export.
    """
    network = nx.MultiDiGraph()
    for cls in ENTITY_CLASSES:
        for node in graph.subjects(RDF.type, _nkg(cls)):
            if isinstance(node, URIRef):
                network.add_node(str(node))
    for relation in RELATIONS:
        predicate = _nkg(relation)
        for subject, obj in graph.subject_objects(predicate):
            if isinstance(subject, URIRef) and isinstance(obj, URIRef):
                network.add_edge(str(subject), str(obj), predicate=str(predicate), label=relation)
    for node, data in network.nodes(data=True):
        iri = URIRef(node)
        label = graph.value(iri, RDFS.label)
        data["label"] = str(label) if label is not None else node
        data["type"] = _nkg_class(graph, iri)
    return network


def graph_stats(graph: Graph, *, top: int = TOP_ENTITIES) -> GraphStats:
    """Count with :func:`kg.counts.graph_counts`; rank entities; find components."""
    counts = graph_counts(graph)
    classes = Counter(
        str(cls)[len(_NKG) :]
        for cls in graph.objects(None, RDF.type)
        if isinstance(cls, URIRef) and str(cls).startswith(_NKG)
    )
    top_entities = counts.ranked()[:top]
    network = nx.Graph(list(counts.pairs))
    components = [len(c) for c in nx.connected_components(network)]
    return GraphStats(
        triples=len(graph),
        classes=dict(classes.most_common()),
        counts=counts,
        top_entities=top_entities,
        components=len(components),
        largest_component=max(components, default=0),
    )


def format_stats(stats: GraphStats) -> str:
    """A plain-text summary: size, what is in it, how it hangs together."""
    counts = stats.counts
    lines = [f"Triples: {stats.triples:,}   Documents: {counts.documents:,}", "", format_counts(counts)]
    lines += _section("Entities by class", counts.by_class)
    lines.append("")
    if stats.top_entities:
        lines.append(f"Most connected entities (by distinct relations, ties by mentions; "
                     f"of {counts.related_entities:,} with a relation):")
        labels = [_clip(e.label) for e in stats.top_entities]
        width = max(len(label) for label in labels)
        for rank, (entity, label) in enumerate(zip(stats.top_entities, labels, strict=True), start=1):
            lines.append(
                f"  {rank:>2}. {label.ljust(width)}  {entity.cls or '-':<12}  "
                f"relations {entity.relations:>3}  mentions {entity.mentions:>4}"
            )
    else:
        lines.append("Most connected entities: none (no relations between entities yet)")
    lines.append("")
    lines.append(
        f"Connectivity: the {counts.related_entities:,} entities with a relation form "
        f"{stats.components:,} connected component{'' if stats.components == 1 else 's'}; "
        f"the largest has {stats.largest_component:,}"
    )
    return "\n".join(lines) + "\n"


def _section(title: str, counts: dict[str, int]) -> list[str]:
    lines = ["", f"{title}:"]
    if not counts:
        return [*lines, "  (none)"]
    width = max(len(name) for name in counts)
    return [*lines, *(f"  {name.ljust(width)}  {n:>7,}" for name, n in counts.items())]


def _nkg(name: str) -> URIRef:
    """``NKG[name]`` that type checkers accept (they read ``NKG[...]`` as a generic)."""
    return NKG._NS[name]


def _clip(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _nkg_class(graph: Graph, node: URIRef) -> str:
    """Local name of the node's nkg class, preferring the concrete entity classes."""
    names = sorted(
        str(cls)[len(_NKG) :]
        for cls in graph.objects(node, RDF.type)
        if isinstance(cls, URIRef) and str(cls).startswith(_NKG)
    )
    concrete = [name for name in names if name in ENTITY_CLASSES]
    return (concrete or names or [""])[0]
