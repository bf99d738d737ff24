"""``kg validate``: does a graph or store pass newskg's own SHACL shapes?

pySHACL does the checking; this module only turns its results graph into one sorted
line per violation, which a person can read and ``grep``/``diff`` can compare. With
``rdfs``, the ontology is given to pySHACL as the ontology graph and RDFS inference
runs first, so the check also catches data that the ontology's domains and ranges
would re-type into something the shapes forbid.
"""

from __future__ import annotations

from rdflib import Graph
from rdflib.namespace import SH
from rdflib.term import Node

from kg.errors import NewskgError

__all__ = ["violations"]


def violations(graph: Graph, *, rdfs: bool = False) -> list[str]:
    """One line per shape violation in ``graph``, sorted; empty when it conforms.

    Raises:
        NewskgError: pySHACL is not installed (it is a runtime dependency of newskg).
    """
    try:
        import pyshacl
    except ImportError as err:  # a broken install: say how to mend it
        raise NewskgError("kg validate needs pySHACL; install it with `uv sync` or `pip install pyshacl`") from err
    from kg.ontology import ontology_path, shapes_path

    shapes = Graph().parse(shapes_path(), format="turtle")
    ontology = Graph().parse(ontology_path(), format="turtle") if rdfs else None
    _, results, _ = pyshacl.validate(
        graph, shacl_graph=shapes, ont_graph=ontology, inference="rdfs" if rdfs else "none", allow_warnings=True
    )
    lines = [_line(results, result, graph) for result in results.subjects(SH.resultSeverity, SH.Violation)]
    return sorted(lines)


def _line(results: Graph, result: Node, data: Graph) -> str:
    """``<focus> path: message (value)``, with prefixed names where the data binds them."""

    def short(node: Node | None) -> str:
        if node is None:
            return "-"
        try:
            return data.namespace_manager.normalizeUri(node) if not hasattr(node, "language") else node.n3()  # type: ignore[arg-type]
        except Exception:  # blank nodes and odd IRIs: their N-Triples form
            return node.n3()

    focus = results.value(result, SH.focusNode)
    path = results.value(result, SH.resultPath)
    message = results.value(result, SH.resultMessage)
    value = results.value(result, SH.value)
    text = " ".join(str(message).split()) if message is not None else "violates " + short(results.value(result, SH.sourceShape))
    where = f"{short(focus)} {short(path)}" if path is not None else short(focus)
    return f"{where}: {text}" + (f" (value {short(value)})" if value is not None and value != focus else "")
