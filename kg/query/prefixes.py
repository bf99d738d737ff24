"""The prefixes a query may use without declaring them, as plain strings.

They are what ``kg query`` offered when it ran on rdflib: rdflib's default bindings plus
newskg's own (:data:`kg.store.PREFIXES`). Kept here as data so the query path does not
import rdflib (0.4 s) just to know them; a test keeps the table in step with both.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["QUERY_PREFIXES", "TURTLE_PREFIXES", "merge_prefixes"]

QUERY_PREFIXES: tuple[tuple[str, str], ...] = (
    ("brick", "https://brickschema.org/schema/Brick#"),
    ("csvw", "http://www.w3.org/ns/csvw#"),
    ("dc", "http://purl.org/dc/elements/1.1/"),
    ("dcat", "http://www.w3.org/ns/dcat#"),
    ("dcmitype", "http://purl.org/dc/dcmitype/"),
    ("dcterms", "http://purl.org/dc/terms/"),
    ("dcam", "http://purl.org/dc/dcam/"),
    ("doap", "http://usefulinc.com/ns/doap#"),
    ("foaf", "http://xmlns.com/foaf/0.1/"),
    ("geo", "http://www.opengis.net/ont/geosparql#"),
    ("odrl", "http://www.w3.org/ns/odrl/2/"),
    ("org", "http://www.w3.org/ns/org#"),
    ("prof", "http://www.w3.org/ns/dx/prof/"),
    ("prov", "http://www.w3.org/ns/prov#"),
    ("qb", "http://purl.org/linked-data/cube#"),
    ("schema", "https://schema.org/"),
    ("sh", "http://www.w3.org/ns/shacl#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("sosa", "http://www.w3.org/ns/sosa/"),
    ("ssn", "http://www.w3.org/ns/ssn/"),
    ("time", "http://www.w3.org/2006/time#"),
    ("vann", "http://purl.org/vocab/vann/"),
    ("void", "http://rdfs.org/ns/void#"),
    ("wgs", "https://www.w3.org/2003/01/geo/wgs84_pos#"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("xml", "http://www.w3.org/XML/1998/namespace"),
    ("nkg", "https://newskg.org/ontology#"),
    ("id", "https://newskg.org/id/"),
)
"""rdflib's default ``Graph()`` bindings, then newskg's :data:`kg.store.PREFIXES`."""

TURTLE_PREFIXES = frozenset({"nkg", "id", "rdf", "rdfs", "xsd", "owl", "skos", "prov", "dcterms", "schema"})
"""newskg's own prefixes (:data:`kg.store.PREFIXES`): the ones served Turtle declares."""
_NEWSKG = TURTLE_PREFIXES


def merge_prefixes(declared: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """:data:`QUERY_PREFIXES` plus a file's own prefixes; newskg's names win a clash.

    One prefix per namespace, as in an rdflib graph, so IRIs shorten the same way.
    """
    by_prefix = dict(QUERY_PREFIXES)
    for prefix, namespace in declared:
        if prefix and prefix not in _NEWSKG:
            by_prefix[prefix] = namespace
    by_namespace = {namespace: prefix for prefix, namespace in by_prefix.items()}
    return tuple((prefix, namespace) for namespace, prefix in by_namespace.items())
