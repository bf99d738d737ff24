"""Score a built graph against our own hand-annotated gold (``docs/gold-format.md``).

Gold names entities by the wordings a reader would accept, not by IRIs, so the gold
survives any change to IRI minting or entity resolution: each graph entity is matched
to a gold entity through its ``rdfs:label`` and ``skos:altLabel``. Only the plain
triples count, because they are what a SPARQL user sees; a negated, hypothetical or
merely reported fact has no plain triple and so is neither rewarded nor penalised here.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from urllib.parse import unquote

from rdflib import RDF, RDFS, SKOS, Graph, URIRef
from rdflib.term import Node
from rdflib.namespace import PROV

from kg.eval.gold_format import SYMMETRIC_RELATIONS, Gold, GoldEntity, load_gold, normalise_name
from kg.eval.scoring import Report, Score, score_sets
from kg.vocab import ENTITY_CLASSES, NKG, RELATIONS

__all__ = [
    "CORE_RELATIONS",
    "GOLD_RELATIONS",
    "Gold",
    "GoldEntity",
    "STANCE_RELATIONS",
    "core_score",
    "evaluate_gold",
    "load_gold",
    "normalise_name",
    "stance_score",
]

GOLD_RELATIONS: tuple[str, ...] = (
    "holdsRole",
    "roleOf",
    "deploys",
    "locatedIn",
    "opposes",
    "supports",
    "proposes",
    "heads",
    "worksFor",
    "memberOf",
    "meetsWith",
    "negotiatesWith",
)
"""The relations the example gold is annotated for, and scored by default."""

CORE_RELATIONS: tuple[str, ...] = ("holdsRole", "deploys", "opposes", "supports", "proposes")
"""The relations an analyst asks about first; reported separately by :func:`core_score`."""

STANCE_RELATIONS: tuple[str, ...] = ("opposes", "supports", "proposes")
"""Who is for, against or behind which plan: the positions in a debate, scored by :func:`stance_score`."""

_Key = str | tuple[str, str]  # a gold entity id, or ("unmapped", IRI) for a graph node
_SPACE = re.compile(r"\s+")

def evaluate_gold(
    gold_path: Path, graph: Graph, *, relations: Sequence[str] | None = None, errors: bool = False
) -> Report:
    """Precision and recall of ``graph``'s plain triples against the gold at ``gold_path``.

    A predicted triple whose subject or object matches no gold entity is a false
    positive; gold ``optional`` triples are dropped from both sides. When the gold lists
    its documents and the graph carries ``nkg:Fact`` provenance, triples read only from
    other documents are out of scope and ignored.

    Args:
        gold_path: A gold JSON file or a directory of them (``docs/gold-format.md``).
        graph: A graph as :func:`kg.build.build` writes it.
        relations: Relation local names to score; default :data:`GOLD_RELATIONS`.
        errors: also list each missed gold triple and each wrong graph triple in the notes,
            so an annotator or rule writer sees what to look at.

    Raises:
        InputError: the gold cannot be read.
        ValueError: a relation is not a newskg relation.
    """
    wanted = tuple(relations) if relations is not None else GOLD_RELATIONS
    unknown = [r for r in wanted if r not in RELATIONS]
    if unknown:
        raise ValueError(f"unknown relation(s) {unknown}; choose from {list(RELATIONS)}")
    gold = load_gold(gold_path)
    matcher = _EntityMatcher(gold, graph)
    candidates = matcher.match_all()
    in_scope = _scope(graph, set(gold.documents))
    known = {(r, (s, o)) for s, r, o in gold.triples | gold.optional}

    predicted: set[tuple[str, tuple[_Key, _Key]]] = set()
    for rel in wanted:
        for s, o in graph.subject_objects(getattr(NKG, rel)):
            if in_scope(s, rel, o):
                predicted.add(_predicted_item(rel, candidates.get(s, []), candidates.get(o, []), s, o, known))
    optional = {(r, (s, o)) for s, r, o in gold.optional}
    expected = {(r, (s, o)) for s, r, o in gold.triples if r in wanted}
    report = Report(
        f"gold {gold_path}: {len(gold.documents)} documents, {len(expected)} gold triples",
        score_sets(predicted - optional, expected, wanted),
    )
    core = core_score(report)
    report.notes.append(
        f"core ({', '.join(CORE_RELATIONS)}): P={core.precision:.3f} R={core.recall:.3f} F1={core.f1:.3f}"
        f" (tp={core.tp} fp={core.fp} fn={core.fn})"
    )
    report.notes.append(
        f"graph entities matched to gold: {len(candidates)} of {matcher.graph_entities}; "
        f"{len(optional)} optional gold triples ignored"
    )
    report.notes.extend(matcher.problems)
    if errors:
        scored = predicted - optional
        report.notes.extend(f"missed: {_item_text(item)}" for item in sorted(expected - scored, key=str))
        report.notes.extend(f"wrong:  {_item_text(item)}" for item in sorted(scored - expected, key=str))
    return report


def matched_gold_ids(gold: Gold, graph: Graph) -> set[str]:
    """The gold entities some graph node matches, by the same names and classes :func:`evaluate_gold` scores with."""
    return {i for ids in _EntityMatcher(gold, graph).match_all().values() for i in ids}


def _item_text(item: tuple[str, tuple[_Key, _Key]]) -> str:
    """'subject relation object' with gold ids, or the graph IRI of a node no gold entity matched."""
    rel, (s, o) = item

    def name(key: _Key) -> str:
        return key[1] if isinstance(key, tuple) else str(key)

    return f"{name(s)} {rel} {name(o)}"


def core_score(report: Report) -> Score:
    """Micro-averaged score over :data:`CORE_RELATIONS` only."""
    return _micro(report, CORE_RELATIONS)


def stance_score(report: Report) -> Score:
    """Micro-averaged score over :data:`STANCE_RELATIONS` only.

    Roles dominate the core count on real news, so a stance figure of its own keeps a
    near-empty debate from hiding behind well-found roles.
    """
    return _micro(report, STANCE_RELATIONS)


def _micro(report: Report, relations: Sequence[str]) -> Score:
    scores = [report.scores[r] for r in relations if r in report.scores]
    return Score(sum(s.tp for s in scores), sum(s.fp for s in scores), sum(s.fn for s in scores))


def _predicted_item(
    rel: str,
    subjects: list[str],
    objects: list[str],
    s: object,
    o: object,
    known: set[tuple[str, tuple[str, str]]],
) -> tuple[str, tuple[_Key, _Key]]:
    """The scored item for one graph triple.

    A node that matched several gold entities equally well (one "defence minister" node
    for two countries' posts) counts as whichever of them makes the triple a gold one.
    """
    for gs in subjects:
        for go in objects:
            item = _oriented_item(gs, rel, go)
            if item in known:
                return item
    subject: _Key = subjects[0] if len(subjects) == 1 else ("unmapped", str(s))
    obj: _Key = objects[0] if len(objects) == 1 else ("unmapped", str(o))
    return _oriented_item(subject, rel, obj)


def _oriented_item(s: _Key, rel: str, o: _Key) -> tuple[str, tuple[_Key, _Key]]:
    if rel in SYMMETRIC_RELATIONS and str(o) < str(s):
        return rel, (o, s)
    return rel, (s, o)


def _scope(graph: Graph, documents: set[str]) -> Callable[[object, str, object], bool]:
    """A test: is a plain triple read from at least one gold document (or of unknown origin)?"""
    origins: dict[tuple[object, object, object], set[str]] = defaultdict(set)
    for fact in graph.subjects(RDF.type, NKG.Fact):
        triple = (graph.value(fact, RDF.subject), graph.value(fact, RDF.predicate), graph.value(fact, RDF.object))
        for doc in graph.objects(fact, PROV.wasDerivedFrom):
            doc_id = graph.value(doc, NKG.documentId)
            origins[triple].add(str(doc_id) if doc_id is not None else unquote(str(doc).rsplit("/", 1)[-1]))

    def in_scope(s: object, rel: str, o: object) -> bool:
        seen = origins.get((s, getattr(NKG, rel), o))
        return not documents or not seen or bool(seen & documents)

    return in_scope


class _EntityMatcher:
    """Finds, for each graph entity node, the gold entities its names and class fit best."""

    def __init__(self, gold: Gold, graph: Graph) -> None:
        self.gold, self.graph = gold, graph
        self.index: dict[tuple[str, str], list[GoldEntity]] = defaultdict(list)
        for entity in gold.entities.values():
            for name in dict.fromkeys(normalise_name(n) for n in entity.names):
                self.index[(entity.cls, name)].append(entity)
        self.problems: list[str] = []
        self.graph_entities = 0

    def match_all(self) -> dict[Node, list[str]]:
        """Gold ids per matched node: one when the match is clear, several when it is not."""
        found: dict[Node, list[str]] = {}
        nodes = sorted(self._entity_nodes(), key=lambda item: (item[1] == "Role", str(item[0])))
        self.graph_entities = len(nodes)
        for node, cls in nodes:  # roles last, so their owners are matched already
            ids = self._match(node, cls, found)
            if ids:
                found[node] = ids
            if len(ids) > 1:
                self.problems.append(f"ambiguous: {node} matches gold entities {ids}; resolved per triple")
        return found

    def _entity_nodes(self) -> Iterator[tuple[URIRef, str]]:
        classes = {getattr(NKG, c): c for c in ENTITY_CLASSES}
        for node, cls in self.graph.subject_objects(RDF.type):
            if cls in classes and isinstance(node, URIRef):
                yield node, classes[cls]

    def _match(self, node: URIRef, cls: str, found: dict[Node, list[str]]) -> list[str]:
        """Best matches: an rdfs:label written exactly as a gold name, then any label, then altLabels."""
        strength: dict[str, int] = {}
        for rank, prop in ((1, SKOS.altLabel), (2, RDFS.label)):
            for literal in self.graph.objects(node, prop):
                name = _SPACE.sub(" ", str(literal)).strip()
                for entity in self.index.get((cls, normalise_name(name)), []):
                    score = rank + (rank == 2 and name in entity.names)
                    strength[entity.id] = max(strength.get(entity.id, 0), score)
        if not strength:
            return []
        if cls == "Role":  # whose post it is says more than how its name is capitalised
            owners = {i for o in self.graph.objects(node, NKG.roleOf) for i in found.get(o, [])}
            strength = {i: score for i, score in strength.items() if self.gold.entities[i].of in owners} or strength
        best = max(strength.values())
        return sorted(i for i, score in strength.items() if score == best)
