"""Exports for other graph tools: GraphML (Gephi, igraph, Cytoscape), compacted JSON-LD, CSV/parquet tables.

Each exporter reads one rdflib graph and carries every relation's provenance (confidence,
sentence, document, date, rule) so a fact stays traceable outside newskg too.
"""
