"""The reduce step of a build: per-article records -> one corpus graph, streamed.

Two passes over the records (they are read back from disk each time, never held
together): the first gathers the entity table and merges it across articles; the
second maps each article's facts and statements onto the merged entities and yields
triples, grouped, as they are made. A third, optional pass picks what the graph page
draws. Memory grows with the number of distinct entities, not with the corpus.

Never imports spaCy; the records are plain data (:mod:`kg.records`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef

from kg.counts import EntityCount, GraphCounts, local_name, rank_key

from kg.mapping import (
    Triple,
    distinct_records,
    document_triples,
    entity_group_triples,
    entity_node,
    fact_triples,
    statement_triples,
)
from kg.records import DocumentRecord
from kg.resolve.corpus import CorpusEntities, EntityTable
from kg.vocab import NKG
from kg.types import Entity

__all__ = ["Group", "Reduction", "page_graph", "plain_triples", "Ranking", "reduce_entities", "triple_groups"]

Records = Callable[[], Iterable[DocumentRecord]]
"""Reads the records from the start each time it is called (a reduce reads them more than once)."""

EVIDENCE_PER_ITEM = 20
"""The page keeps at most this many facts per relation and statements per speaker."""


@dataclass(frozen=True)
class Group:
    """Triples made together, and the entities they are about (for choosing what the page draws)."""

    kind: str  # entity, closeMatch, document, fact or statement
    triples: list[Triple]
    about: tuple[URIRef, ...] = ()
    plain: Triple | None = None  # the fact's plain triple, when it is asserted


@dataclass
class Reduction:
    """The merged entities, and the documents and sentences a build reports (the graph's own counts are tallied by :class:`Ranking`)."""

    corpus: CorpusEntities
    mention_counts: Counter[str]
    used: set[str]
    documents: int = 0
    sentences: int = 0


def reduce_entities(records: Records) -> Reduction:
    """First pass: every article's entities into one table, merged across the corpus."""
    table = EntityTable()
    mentions: Counter[str] = Counter()
    named: set[str] = set()
    counts = Reduction(CorpusEntities(), Counter(), set())
    for record in records():
        for entity in record.entities:
            table.add(entity)
        for entity in record.fact_entities():
            table.add(entity)
        table.add_document(record.entities)
        mentions.update(record.mention_counts)
        named.update(e.key for e in record.entities)
        named.update(m.entity.key for f in record.facts for m in (f.subject, f.object, f.speaker) if m is not None)
        named.update(s.speaker.entity.key for s in record.statements)
        _count(counts, record)
    corpus = table.merge()
    counts.corpus = corpus
    for key, n in mentions.items():
        counts.mention_counts[corpus.key_map.get(key, key)] += n
    used = {corpus.key_map.get(key, key) for key in named}
    used |= {owner for key in list(used) if (owner := corpus.entities[key].of)}
    counts.used = used
    return counts


def _count(counts: Reduction, record: DocumentRecord) -> None:
    counts.documents += 1
    counts.sentences += record.sentences


def triple_groups(records: Records, reduction: Reduction) -> Iterator[Group]:
    """Second pass: the corpus graph, entities first, then article by article."""
    corpus = reduction.corpus
    groups: dict[URIRef, list[tuple[Entity, int]]] = {}  # names that differ only in spacing or accents share an IRI
    for key in sorted(reduction.used):
        entity = corpus.entities[key]
        groups.setdefault(entity_node(entity, corpus), []).append((entity, reduction.mention_counts[key]))
    for node, group in groups.items():
        yield Group("entity", list(entity_group_triples(node, group)), (node,))
    for a, b in sorted(corpus.close_matches):
        if a in reduction.used and b in reduction.used:
            first = entity_node(corpus.entities[b], corpus)
            second = entity_node(corpus.entities[corpus.key_map.get(a, a)], corpus)
            yield Group("closeMatch", [(first, SKOS.closeMatch, second)], (first, second))
    for record in records():
        yield from _record_groups(record, corpus)


def _record_groups(record: DocumentRecord, corpus: CorpusEntities) -> Iterator[Group]:
    document = URIRef(record.iri)
    yield Group("document", list(document_triples(document, record.article, record.characters, record.date)))
    facts, statements = distinct_records(record.facts, record.statements, corpus, document)
    for fact in facts:
        triples = list(fact_triples(fact, corpus, document))
        about = (triples[0][0], triples[0][2]) if fact.asserted else (triples[1][2], triples[3][2])
        yield Group("fact", triples, about, triples[0] if fact.asserted else None)  # type: ignore[arg-type]
    for statement in statements:
        triples = list(statement_triples(statement, corpus, document))
        yield Group("statement", triples, (triples[0][0],))


def plain_triples(groups: Iterable[Group]) -> Iterator[Triple]:
    """Every triple of ``groups``, a plain relation triple only the first time it is read."""
    seen: set[Triple] = set()
    for group in groups:
        for triple in group.triples:
            if triple is group.plain:
                if triple in seen:
                    continue
                seen.add(triple)
            yield triple


class Ranking:
    """What the whole graph holds, tallied as groups stream past (kg.counts units), and the page's ranking.

    The tally is per entity (class, label, mentions, distinct relations), so it grows with
    the entity table, never with the corpus.
    """

    def __init__(self) -> None:
        self.degree: Counter[URIRef] = Counter()
        self.entities: dict[URIRef, tuple[str, str, int]] = {}  # class, label, mentions
        self.relations = 0
        self.by_relation: Counter[str] = Counter()
        self.documents = self.statements = self.facts_asserted = self.facts_not_asserted = 0
        self._seen: set[Triple] = set()

    def watch(self, groups: Iterable[Group]) -> Iterator[Group]:
        for group in groups:
            self._tally(group)
            yield group
        self.relations = len(self._seen)
        self._seen = set()

    def _tally(self, group: Group) -> None:
        if group.kind == "entity":
            self._entity(group)
        elif group.kind == "document":
            self.documents += 1
        elif group.kind == "statement":
            self.statements += 1
        elif group.kind == "fact":
            if group.plain is None:
                self.facts_not_asserted += 1
                return
            self.facts_asserted += 1
            if group.plain not in self._seen:
                self._seen.add(group.plain)
                self.by_relation[local_name(group.plain[1])] += 1
                self.degree[group.plain[0]] += 1
                if group.plain[2] != group.plain[0]:
                    self.degree[group.plain[2]] += 1  # type: ignore[index]

    def _entity(self, group: Group) -> None:
        node = group.about[0]
        cls, label, mentions = self.entities.get(node, ("", "", 0))
        for _, predicate, value in group.triples:
            if predicate == RDF.type and str(value).startswith(str(NKG._NS)):
                cls = cls or local_name(value)
            elif predicate == RDFS.label:
                label = label or str(value)
            elif predicate == NKG.mentionCount and isinstance(value, Literal):
                mentions += int(str(value))
        self.entities[node] = (cls, label, mentions)

    def counts(self) -> GraphCounts:
        """The whole graph's counts, as :func:`kg.counts.graph_counts` would give them."""
        per_entity = {
            str(node): EntityCount(str(node), label or local_name(node), cls, self.degree[node], mentions)
            for node, (cls, label, mentions) in self.entities.items()
        }
        return GraphCounts(
            documents=self.documents,
            entities=len(per_entity),
            related_entities=sum(1 for e in per_entity.values() if e.relations),
            relations=self.relations,
            mentions=sum(e.mentions for e in per_entity.values()),
            facts_asserted=self.facts_asserted,
            facts_not_asserted=self.facts_not_asserted,
            statements=self.statements,
            by_relation=dict(sorted(self.by_relation.items(), key=lambda kv: (-kv[1], kv[0]))),
            by_class=dict(sorted(Counter(e.cls for e in per_entity.values()).items(), key=lambda kv: (-kv[1], kv[0]))),
            per_entity=per_entity,
        )

    def top(self, n: int | None, *, isolated: bool = False) -> set[URIRef]:
        """The ``n`` entities the page draws: most distinct relations first, ties by mentions.

        Entities with no relation come only when ``isolated`` asks for them.
        """
        nodes = [node for node in self.entities if isolated or self.degree[node]]
        ranked = sorted(nodes, key=lambda node: rank_key(self.degree[node], self.entities[node][2], str(node)))
        return set(ranked if n is None else ranked[:n])


def page_graph(groups: Iterable[Group], keep: set[URIRef]) -> Graph:
    """The part of the graph the page draws for the entities in ``keep``.

    Relations among them with their facts, their statements and the facts about them
    that are not asserted, and the documents these come from; at most
    :data:`EVIDENCE_PER_ITEM` facts per relation and statements or unasserted facts
    per entity, so the page stays bounded whatever the corpus.
    """
    graph = Graph()
    shown: Counter[object] = Counter()
    document: list[Triple] = []
    for group in groups:
        if group.kind == "document":
            document = group.triples  # added with the first thing shown from it
            continue
        item = _page_item(group, keep)
        if item is None:
            continue
        shown[item] += 1
        if shown[item] > EVIDENCE_PER_ITEM and group.kind in {"fact", "statement"}:
            continue
        for triple in document:
            graph.add(triple)
        document = []
        for triple in group.triples:
            graph.add(triple)
    return graph


def _page_item(group: Group, keep: set[URIRef]) -> object | None:
    """What a group is counted under on the page, or None when the page leaves it out."""
    inside = [node for node in group.about if node in keep]
    if group.kind == "fact" and group.plain is None:
        return ("unasserted", inside[0]) if inside else None
    if len(inside) < len(group.about):
        return None
    return group.plain or (group.kind, group.about)
