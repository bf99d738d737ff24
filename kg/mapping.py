"""Records to RDF: entities, facts with their provenance, statements and documents.

Never imports spaCy. Every fact becomes a reified ``nkg:Fact`` node with its
provenance; only facts the text asserts (positive, not reported or
hypothetical) also become a plain triple. See ``docs/data-model.md``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
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
    """``xsd:date``, ``xsd:gYearMonth`` or ``xsd:gYear`` for ISO forms, else the words as written."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return Literal(date.fromisoformat(text), datatype=XSD.date)
        except ValueError:
            return Literal(text)
    if re.fullmatch(r"\d{4}-\d{2}", text):
        return Literal(text, datatype=XSD.gYearMonth)
    if re.fullmatch(r"\d{4}", text):
        return Literal(text, datatype=XSD.gYear)
    return Literal(text)


def fact_triples(fact: Fact, corpus: CorpusEntities, document: URIRef) -> Iterator[Triple]:
    """The fact node with its provenance in ``document``, and the plain triple when asserted."""
    subject = entity_node(corpus.resolve(fact.subject.entity), corpus)
    obj = entity_node(corpus.resolve(fact.object.entity), corpus)
    predicate = getattr(NKG, fact.predicate)
    node = hashed_iri(
        "fact", document, subject, predicate, obj, fact.subject.start, fact.object.start, fact.polarity, fact.modality
    )
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


def statement_triples(statement: Statement, corpus: CorpusEntities, document: URIRef) -> Iterator[Triple]:
    speaker = entity_node(corpus.resolve(statement.speaker.entity), corpus)
    node = hashed_iri("statement", document, statement.quote.start, statement.quote.end)
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
