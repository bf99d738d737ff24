"""GraphML for Gephi, igraph, Cytoscape and yEd, written by networkx."""

from __future__ import annotations

import io

from rdflib import Graph

from kg.export.rows import entity_rows, relation_rows
from kg.vocab import NKG


def graphml_bytes(graph: Graph) -> bytes:
    """Nodes with label, type (the class) and mentions; edges with relation and provenance.

    Missing values are written as empty strings (or -1 for confidence), because GraphML
    keys carry one type and networkx cannot write ``None``.
    """
    import networkx as nx

    network = nx.MultiDiGraph()
    for entity in entity_rows(graph):
        network.add_node(
            entity.id, label=entity.label, type=entity.cls, mentions=entity.mentions, altLabels=entity.alt_labels
        )
    for row in relation_rows(graph):
        for end in (row.source, row.target):
            if end not in network:
                network.add_node(end, label=end, type="", mentions=0, altLabels="")
        network.add_edge(
            row.source,
            row.target,
            key=row.relation,
            label=row.relation,
            predicate=str(NKG[row.relation]),
            confidence=row.confidence if row.confidence is not None else -1.0,
            sentence=row.sentence,
            document=row.document,
            date=row.date,
            rule=row.rule,
            facts=row.facts,
        )
    buffer = io.BytesIO()
    nx.write_graphml(network, buffer)
    return buffer.getvalue()
