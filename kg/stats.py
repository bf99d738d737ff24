"""What a built graph holds, at a glance: the first thing an analyst asks of it.

Counts come straight from the RDF; "most connected" and "connected components" come
from networkx over the entity network (entities as nodes, the plain relation triples
as edges). Reified ``nkg:Fact`` nodes are provenance, not relations, so they are
counted but kept out of the network.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import networkx as nx
from rdflib import Graph
from rdflib.namespace import RDF, RDFS
from rdflib.term import Literal, URIRef

from kg.vocab import ENTITY_CLASSES, NKG, RELATIONS

__all__ = ["GraphStats", "RankedEntity", "format_stats", "graph_stats", "relation_network"]

TOP_ENTITIES = 10
_NKG = str(NKG._NS)


@dataclass(frozen=True)
class RankedEntity:
    """One of the most connected entities."""

    iri: str
    label: str
    cls: str
    degree: int  # distinct neighbours, whatever the direction or relation
    centrality: float  # networkx degree centrality: degree / (nodes - 1)


@dataclass(frozen=True)
class GraphStats:
    """Summary numbers of one graph; :func:`format_stats` shows them.

    Class and relation counts are sorted most frequent first.
    """

    triples: int
    classes: dict[str, int]
    relations: dict[str, int]
    facts_asserted: int
    facts_not_asserted: int
    top_entities: list[RankedEntity]
    nodes: int
    components: int
    largest_component: int


def relation_network(graph: Graph) -> nx.MultiDiGraph:
    """Entities and statements as nodes, one edge per plain relation triple.

    Every node has ``label`` (its ``rdfs:label``, else the IRI) and ``type`` (its nkg
    class, or ``""``); every edge has ``predicate`` (the IRI) and ``label`` (the
    relation's local name). Entities with no relations are kept as isolated nodes so
    they show up in exports and component counts. Used for the GraphML export too.
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
    """Count classes, relations and facts, and rank entities by degree centrality."""
    classes = Counter(
        str(cls)[len(_NKG) :]
        for cls in graph.objects(None, RDF.type)
        if isinstance(cls, URIRef) and str(cls).startswith(_NKG)
    )
    relations = Counter(
        {
            name: count
            for name in RELATIONS
            if (count := sum(1 for _ in graph.triples((None, _nkg(name), None))))
        }
    )
    asserted = Counter(
        bool(flag.toPython()) for flag in graph.objects(None, NKG.asserted) if isinstance(flag, Literal)
    )
    network = nx.Graph(relation_network(graph))  # undirected, simple: neighbours count once
    centrality = nx.degree_centrality(network) if len(network) > 1 else {}
    ranked = sorted(
        network.nodes, key=lambda n: (-centrality.get(n, 0.0), network.nodes[n]["label"].casefold())
    )
    top_entities = [
        RankedEntity(
            iri=node,
            label=network.nodes[node]["label"],
            cls=network.nodes[node]["type"],
            degree=network.degree(node),
            centrality=round(centrality.get(node, 0.0), 4),
        )
        for node in ranked[:top]
        if network.degree(node) > 0
    ]
    components = [len(c) for c in nx.connected_components(network)]
    return GraphStats(
        triples=len(graph),
        classes=dict(classes.most_common()),
        relations=dict(relations.most_common()),
        facts_asserted=asserted[True],
        facts_not_asserted=asserted[False],
        top_entities=top_entities,
        nodes=network.number_of_nodes(),
        components=len(components),
        largest_component=max(components, default=0),
    )


def format_stats(stats: GraphStats) -> str:
    """A plain-text summary: size, what is in it, how it hangs together."""
    lines = [f"Triples: {stats.triples:,}"]
    docs, facts = stats.classes.get("Document", 0), stats.classes.get("Fact", 0)
    lines.append(
        f"Documents: {docs:,}   Facts: {facts:,} ({stats.facts_asserted:,} asserted, "
        f"{stats.facts_not_asserted:,} negated, reported or hypothetical)   "
        f"Statements: {stats.classes.get('Statement', 0):,}"
    )
    entities = {name: n for name, n in stats.classes.items() if name in ENTITY_CLASSES}
    lines += _section("Entities by class", entities)
    lines += _section("Relations (plain triples)", stats.relations)
    lines.append("")
    if stats.top_entities:
        lines.append(f"Most connected entities (of {stats.nodes:,} nodes):")
        labels = [_clip(e.label) for e in stats.top_entities]
        width = max(len(label) for label in labels)
        for rank, (entity, label) in enumerate(zip(stats.top_entities, labels, strict=True), start=1):
            lines.append(
                f"  {rank:>2}. {label.ljust(width)}  {entity.cls or '-':<12}  "
                f"degree {entity.degree:>3}  centrality {entity.centrality:.3f}"
            )
    else:
        lines.append("Most connected entities: none (no relations between entities yet)")
    lines.append("")
    lines.append(
        f"Connectivity: {stats.components:,} connected component"
        f"{'' if stats.components == 1 else 's'}; the largest has "
        f"{stats.largest_component:,} of {stats.nodes:,} nodes"
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
