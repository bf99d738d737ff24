"""Score a built graph against our own hand-annotated gold (``docs/gold-format.md``).

Gold names entities by the wordings a reader would accept, not by IRIs, so the gold
survives any change to IRI minting or entity resolution: each graph entity is matched
to a gold entity through its ``rdfs:label`` and ``skos:altLabel``. Only the plain
triples count, because they are what a SPARQL user sees; a negated, hypothetical or
merely reported fact has no plain triple and so is neither rewarded nor penalised here.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from rdflib import RDF, RDFS, SKOS, Graph, URIRef
from rdflib.term import Node
from rdflib.namespace import PROV

from kg.errors import InputError
from kg.eval.scoring import Report, Score, score_sets
from kg.vocab import ENTITY_CLASSES, NKG, RELATIONS

__all__ = [
    "CORE_RELATIONS",
    "GOLD_RELATIONS",
    "Gold",
    "GoldEntity",
    "core_score",
    "evaluate_gold",
    "load_gold",
    "normalise_name",
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

SYMMETRIC_RELATIONS = frozenset({"meetsWith", "negotiatesWith", "agreementWith"})

_ENTITY_KEYS = frozenset({"id", "class", "names", "of", "note"})
_TOP_KEYS = frozenset({"documents", "entities", "triples", "optional", "note"})
_SPACE = re.compile(r"\s+")

GoldTriple = tuple[str, str, str]
_Key = str | tuple[str, str]  # a gold entity id, or ("unmapped", IRI) for a graph node


@dataclass(frozen=True)
class GoldEntity:
    """One thing the annotator saw, with every wording that may name it."""

    id: str
    cls: str
    names: tuple[str, ...]
    of: str | None = None  # for roles: the gold id of whose role it is


@dataclass(frozen=True)
class Gold:
    """A whole gold set: one file, or the files of a directory merged."""

    documents: tuple[str, ...]
    entities: dict[str, GoldEntity]
    triples: frozenset[GoldTriple]
    optional: frozenset[GoldTriple]


def normalise_name(name: str) -> str:
    """Compare names case-insensitively, with runs of spaces collapsed and no leading 'the', 'a' or 'an'."""
    text = _SPACE.sub(" ", name).strip().casefold()
    for article in ("the ", "an ", "a "):
        if text.startswith(article) and len(text) > len(article):
            return text[len(article) :]
    return text


def load_gold(path: Path | str) -> Gold:
    """Read a gold file, or every ``*.json`` file under a directory, merged into one gold set.

    Entities of different files with the same class and the same first name (and, for
    roles, the same owner) are the same entity, so a corpus graph that merged them is
    scored correctly.

    Raises:
        InputError: the path is missing, a file is not valid JSON, or it breaks the format.
    """
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*.json") if not any(part.startswith(".") for part in p.relative_to(path).parts))
        if not files:
            raise InputError("directory has no .json gold files; point at a gold file or folder", path=str(path))
        return _merge([_load_file(f, prefix=f"{f.relative_to(path).with_suffix('').as_posix()}:") for f in files])
    if not path.is_file():
        raise InputError("no such gold file or directory; check the path", path=str(path))
    return _load_file(path, prefix="")


def _load_file(path: Path, prefix: str) -> Gold:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"cannot read gold file ({err}); check it is UTF-8 text", path=str(path)) from err
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise InputError(f"not valid JSON ({err.msg} at column {err.colno}); fix the file", path=str(path), line=err.lineno) from err
    return _FileReader(path, text, prefix).read(data)


class _FileReader:
    """Validates one decoded gold file, pointing each problem at its line where it can."""

    def __init__(self, path: Path, text: str, prefix: str) -> None:
        self.path, self.text, self.prefix = path, text, prefix

    def fail(self, message: str, *hints: str) -> InputError:
        line = None
        for hint in hints:
            found = re.search(hint, self.text)
            if found:
                line = self.text.count("\n", 0, found.start()) + 1
                break
        return InputError(message, path=str(self.path), line=line)

    def read(self, data: object) -> Gold:
        if not isinstance(data, dict):
            raise self.fail('expected a JSON object {"documents": [...], "entities": [...], "triples": [...]}')
        unknown = sorted(set(data) - _TOP_KEYS)
        if unknown:
            raise self.fail(f"unknown top-level key(s) {unknown}; allowed: {sorted(_TOP_KEYS)}", f'"{re.escape(unknown[0])}"')
        documents = data.get("documents", [])
        if not isinstance(documents, list) or not all(isinstance(d, str) and d.strip() for d in documents):
            raise self.fail('"documents" must be a list of document ids (file names or JSONL ids)', '"documents"')
        entities = self.entities(data.get("entities"))
        triples = self.triples(data.get("triples"), "triples", entities)
        optional = self.triples(data.get("optional", []), "optional", entities)
        both = triples & optional
        if both:
            raise self.fail(f"triple {list(min(both))} is listed both in triples and optional; keep it in one")
        return Gold(tuple(documents), entities, frozenset(triples), frozenset(optional))

    def entities(self, items: object) -> dict[str, GoldEntity]:
        if not isinstance(items, list):
            raise self.fail('"entities" must be a list of {"id", "class", "names"} objects', '"entities"')
        found: dict[str, GoldEntity] = {}
        owners: dict[str, str] = {}
        for n, item in enumerate(items):
            where = f"entities[{n}]"
            if not isinstance(item, dict):
                raise self.fail(f'{where} must be an object {{"id", "class", "names"}}')
            ident = item.get("id")
            hint = f'"id"\\s*:\\s*"{re.escape(str(ident))}"'
            if not isinstance(ident, str) or not ident.strip():
                raise self.fail(f'{where} needs a non-empty string "id"', '"entities"')
            unknown = sorted(set(item) - _ENTITY_KEYS)
            if unknown:
                raise self.fail(f"entity {ident!r}: unknown key(s) {unknown}; allowed: {sorted(_ENTITY_KEYS)}", hint)
            if ident in owners or self.prefix + ident in found:
                raise self.fail(f"entity id {ident!r} is used twice; give every entity its own id", hint)
            cls = item.get("class")
            if cls not in ENTITY_CLASSES:
                raise self.fail(f"entity {ident!r}: class {cls!r} is not one of {list(ENTITY_CLASSES)}", hint)
            names = item.get("names")
            if not isinstance(names, list) or not names or not all(isinstance(x, str) and x.strip() for x in names):
                raise self.fail(f'entity {ident!r}: "names" must be a non-empty list of non-blank strings', hint)
            of = item.get("of")
            if of is not None:
                if not isinstance(of, str):
                    raise self.fail(f'entity {ident!r}: "of" must be the id of another entity', hint)
                owners[ident] = of
            found[self.prefix + ident] = GoldEntity(self.prefix + ident, cls, tuple(names))
        for ident, of in owners.items():
            if self.prefix + of not in found:
                raise self.fail(f"entity {ident!r}: \"of\" names {of!r}, which is not an entity in this file", f'"of"\\s*:\\s*"{re.escape(of)}"')
            entity = found[self.prefix + ident]
            found[entity.id] = GoldEntity(entity.id, entity.cls, entity.names, self.prefix + of)
        return found

    def triples(self, items: object, key: str, entities: dict[str, GoldEntity]) -> set[GoldTriple]:
        if not isinstance(items, list):
            raise self.fail(f'"{key}" must be a list of [subject id, relation, object id] triples', f'"{key}"')
        found: set[GoldTriple] = set()
        for n, item in enumerate(items):
            if not (isinstance(item, list) and len(item) == 3 and all(isinstance(x, str) for x in item)):
                raise self.fail(f"{key}[{n}] must be a list of three strings [subject id, relation, object id]; got {item!r}")
            s, rel, o = item
            hint = r"\[\s*" + r"\s*,\s*".join(f'"{re.escape(x)}"' for x in item) + r"\s*\]"
            if rel not in RELATIONS:
                raise self.fail(f"{key}[{n}]: {rel!r} is not a newskg relation; use one of {list(RELATIONS)}", hint)
            for ident in (s, o):
                if self.prefix + ident not in entities:
                    raise self.fail(f"{key}[{n}]: {ident!r} is not an entity id in this file; add it to \"entities\"", hint)
            found.add(_oriented(self.prefix + s, rel, self.prefix + o))
        return found


def _oriented(s: str, rel: str, o: str) -> GoldTriple:
    """Symmetric relations are compared as unordered pairs: write them in one order."""
    return (o, rel, s) if rel in SYMMETRIC_RELATIONS and o < s else (s, rel, o)


def _merge(golds: Sequence[Gold]) -> Gold:
    """One gold set from many files: same class + first name (+ owner) is one entity."""
    canonical: dict[str, str] = {}
    by_key: dict[tuple[str, str, str | None], str] = {}
    names: dict[str, list[str]] = defaultdict(list)
    merged_entities = [e for gold in golds for e in gold.entities.values()]
    # Owners first, so a role's key can use its owner's merged id.
    for entity in sorted(merged_entities, key=lambda e: e.of is not None):
        owner = canonical.get(entity.of, entity.of) if entity.of else None
        key = (entity.cls, normalise_name(entity.names[0]), owner)
        target = by_key.setdefault(key, entity.id)
        canonical[entity.id] = target
        names[target].extend(n for n in entity.names if n not in names[target])
    entities = {}
    for entity in merged_entities:
        target = canonical[entity.id]
        if target == entity.id:
            owner = canonical.get(entity.of, entity.of) if entity.of else None
            entities[target] = GoldEntity(target, entity.cls, tuple(names[target]), owner)

    def remap(triples: Iterable[GoldTriple]) -> frozenset[GoldTriple]:
        return frozenset(_oriented(canonical[s], r, canonical[o]) for s, r, o in triples)

    documents = tuple(dict.fromkeys(d for gold in golds for d in gold.documents))
    triples = remap(t for gold in golds for t in gold.triples)
    optional = remap(t for gold in golds for t in gold.optional) - triples
    return Gold(documents, entities, triples, optional)


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


def _item_text(item: tuple[str, tuple[_Key, _Key]]) -> str:
    """'subject relation object' with gold ids, or the graph IRI of a node no gold entity matched."""
    rel, (s, o) = item

    def name(key: _Key) -> str:
        return key[1] if isinstance(key, tuple) else str(key)

    return f"{name(s)} {rel} {name(o)}"


def core_score(report: Report) -> Score:
    """Micro-averaged score over :data:`CORE_RELATIONS` only."""
    scores = [report.scores[r] for r in CORE_RELATIONS if r in report.scores]
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
        best = max(strength.values())
        ids = sorted(i for i, score in strength.items() if score == best)
        if len(ids) > 1 and cls == "Role":
            owners = {i for o in self.graph.objects(node, NKG.roleOf) for i in found.get(o, [])}
            ids = [i for i in ids if self.gold.entities[i].of in owners] or ids
        return ids
