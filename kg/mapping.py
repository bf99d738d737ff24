"""Records to RDF: entities, facts with their provenance, statements and documents.

Never imports spaCy. Every fact becomes a reified ``nkg:Fact`` node with its
provenance; only facts the text asserts (positive, not reported or
hypothetical) also become a plain triple. See ``docs/data-model.md``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date

from rdflib import RDF, RDFS, SKOS, XSD, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SDO

from kg.iri import entity_iri, hashed_iri
from kg.resolve.corpus import CorpusEntities
from kg.types import Article, Entity, Fact, Mention, Statement
from kg.vocab import NKG

Triple = tuple[URIRef, URIRef, URIRef | Literal]


def entity_node(entity: Entity, corpus: CorpusEntities) -> URIRef:
    """IRI of an entity; a role's (or owned system's) IRI includes whose it is."""
    if entity.of:
        owner = corpus.entities.get(entity.of)
        if owner is not None:
            return entity_iri(entity.cls, f"{entity.label} {owner.label}")
    return entity_iri(entity.cls, entity.label)


def entity_triples(entity: Entity, node: URIRef, mentions: int) -> Iterator[Triple]:
    yield node, RDF.type, getattr(NKG, entity.cls)
    yield node, RDFS.label, Literal(entity.label)
    for alias in sorted(entity.aliases):
        yield node, SKOS.altLabel, Literal(alias)
    if mentions:
        yield node, NKG.mentionCount, Literal(mentions)


def entity_group_triples(node: URIRef, group: Sequence[tuple[Entity, int]]) -> Iterator[Triple]:
    """One node's triples when several entities' names mint its IRI ("Jean-Luc"/"Jean Luc", "José"/"Jose").

    The shapes allow one ``rdfs:label`` and one ``nkg:mentionCount`` per node, so the most
    mentioned name is the label, every other name an ``skos:altLabel``, and the counts add up.
    """
    if len(group) == 1:
        yield from entity_triples(group[0][0], node, group[0][1])
        return
    main, _ = max(group, key=lambda pair: (pair[1], len(pair[0].label), pair[0].label))
    names = frozenset(name for entity, _ in group for name in (entity.label, *entity.aliases))
    merged = replace(main, aliases=names - {main.label})
    yield from entity_triples(merged, node, sum(count for _, count in group))


def document_triples(node: URIRef, article: Article, characters: int, day: str | None) -> Iterator[Triple]:
    """The document node: its name, length, where it was read, and what the source says of it."""
    yield node, RDF.type, NKG.Document
    yield node, NKG.documentId, Literal(article.id)
    yield node, NKG.characterCount, Literal(characters)
    if article.path:
        yield node, NKG.sourcePath, Literal(article.path)
    if article.title:
        yield node, DCTERMS.title, Literal(article.title)
    if day:
        yield node, DCTERMS.date, date_literal(day)
    if article.source:
        yield node, DCTERMS.source, Literal(article.source)
    if article.url:
        yield node, SDO.url, Literal(article.url, datatype=XSD.anyURI)


def date_literal(text: str) -> Literal:
    """``xsd:date``, ``xsd:gYearMonth`` or ``xsd:gYear`` for valid ISO forms, else the words as written.

    ``re`` ``\\d`` would match any Unicode digit, so the patterns below are ASCII-only.
    """
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text, re.ASCII):
        try:
            return Literal(date.fromisoformat(text), datatype=XSD.date)
        except ValueError:
            return Literal(text)
    if re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", text, re.ASCII) and text[:4] != "0000":
        return Literal(text, datatype=XSD.gYearMonth)
    if re.fullmatch(r"\d{4}", text, re.ASCII) and text != "0000":
        return Literal(text, datatype=XSD.gYear)
    return Literal(text)  # "2024-13", "0000": kept as the words written, never as an invalid typed value


def fact_node(fact: Fact, corpus: CorpusEntities, document: URIRef) -> URIRef:
    """The IRI of a fact's ``nkg:Fact`` node in ``document``: a hash of what identifies it."""
    subject = entity_node(corpus.resolve(fact.subject.entity), corpus)
    obj = entity_node(corpus.resolve(fact.object.entity), corpus)
    return hashed_iri(
        "fact", document, subject, getattr(NKG, fact.predicate), obj, fact.subject.start, fact.object.start,
        fact.polarity, fact.modality,
    )


def distinct_records(
    facts: Sequence[Fact], statements: Sequence[Statement], corpus: CorpusEntities, document: URIRef
) -> tuple[list[Fact], list[Statement]]:
    """One fact per fact node and one statement per quotation, so no node gets two rules, confidences or speakers.

    Two readings of one span (the same quotation given two speakers) would otherwise share an
    IRI and break the shapes; the most confident fact and the first statement are kept.
    """
    kept_facts: dict[URIRef, Fact] = {}
    for fact in sorted(facts, key=lambda f: -f.confidence):
        kept_facts.setdefault(fact_node(fact, corpus, document), fact)
    kept_statements: dict[URIRef, Statement] = {}
    for statement in statements:
        kept_statements.setdefault(statement_node(statement, document), statement)
    return list(kept_facts.values()), list(kept_statements.values())


def fact_triples(fact: Fact, corpus: CorpusEntities, document: URIRef) -> Iterator[Triple]:
    """The fact node with its provenance in ``document``, and the plain triple when asserted."""
    subject = entity_node(corpus.resolve(fact.subject.entity), corpus)
    obj = entity_node(corpus.resolve(fact.object.entity), corpus)
    predicate = getattr(NKG, fact.predicate)
    node = fact_node(fact, corpus, document)
    if fact.asserted:
        yield subject, predicate, obj
    yield node, RDF.type, NKG.Fact
    yield node, RDF.subject, subject
    yield node, RDF.predicate, predicate
    yield node, RDF.object, obj
    yield node, PROV.wasDerivedFrom, document
    yield node, NKG.sentenceText, Literal(fact.sentence.text)
    yield node, NKG.sentenceStart, Literal(fact.sentence.start)
    yield node, NKG.sentenceEnd, Literal(fact.sentence.end)
    yield from _mention_triples(node, fact.subject, NKG.subjectText, NKG.subjectStart, NKG.subjectEnd)
    yield from _mention_triples(node, fact.object, NKG.objectText, NKG.objectStart, NKG.objectEnd)
    yield node, NKG.rule, Literal(fact.rule)
    yield node, NKG.confidence, Literal(float(fact.confidence))
    yield node, NKG.polarity, Literal(fact.polarity)
    yield node, NKG.modality, Literal(fact.modality)
    yield node, NKG.asserted, Literal(fact.asserted)
    if fact.speaker is not None:
        yield node, NKG.attributedTo, entity_node(corpus.resolve(fact.speaker.entity), corpus)
    if fact.date:
        yield node, NKG.factDate, date_literal(fact.date)
    if fact.condition:
        yield node, NKG.condition, Literal(fact.condition)


def _mention_triples(node: URIRef, mention: Mention, text: URIRef, start: URIRef, end: URIRef) -> Iterator[Triple]:
    yield node, text, Literal(mention.text)
    yield node, start, Literal(mention.start)
    yield node, end, Literal(mention.end)


def statement_node(statement: Statement, document: URIRef) -> URIRef:
    """The IRI of a statement: its document and the span of its quotation."""
    return hashed_iri("statement", document, statement.quote.start, statement.quote.end)


def statement_triples(statement: Statement, corpus: CorpusEntities, document: URIRef) -> Iterator[Triple]:
    speaker = entity_node(corpus.resolve(statement.speaker.entity), corpus)
    node = statement_node(statement, document)
    yield speaker, NKG.said, node
    yield node, RDF.type, NKG.Statement
    yield node, NKG.speaker, speaker
    yield node, NKG.text, Literal(statement.quote.text)
    yield node, NKG.textStart, Literal(statement.quote.start)
    yield node, NKG.textEnd, Literal(statement.quote.end)
    yield node, PROV.wasDerivedFrom, document
    yield node, NKG.rule, Literal(statement.rule)
    if statement.date:
        yield node, NKG.statementDate, date_literal(statement.date)
