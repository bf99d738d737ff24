"""JSON-LD compacted with a ``@context`` for our ontology, so keys read as words, not IRIs."""

from __future__ import annotations

from typing import Any

from rdflib import Graph

from kg.vocab import NKG

CONTEXT: dict[str, Any] = {
    "nkg": str(NKG._NS),
    "id": "https://newskg.org/id/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "owl": "http://www.w3.org/2002/07/owl#",
    "schema": "https://schema.org/",
    "label": "rdfs:label",
    "altLabel": "skos:altLabel",
}


def jsonld_bytes(graph: Graph) -> bytes:
    """rdflib's JSON-LD serializer, compacted against :data:`CONTEXT`."""
    text = graph.serialize(format="json-ld", context=CONTEXT, auto_compact=True, indent=1)
    return text.encode("utf-8")
