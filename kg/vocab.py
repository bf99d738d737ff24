"""The newskg vocabulary as a closed rdflib namespace.

Mirrors ``ontology/newskg.ttl`` term for term, the way rdflib ships ``PROV`` or ``ORG``:
a misspelt term (``NKG.holdRole``) raises ``AttributeError`` instead of silently minting
an IRI that no query will ever match. ``tests/test_ontology.py`` fails when this module
and the Turtle drift apart, so add a term to both or to neither.
"""

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

__all__ = ["NKG", "ENTITY_CLASSES", "RELATIONS"]


class NKG(DefinedNamespace):
    """newskg ontology: entities, relations and provenance of facts from news articles.

    Kept in step with ``ontology/newskg.ttl`` by a test; ``docs/data-model.md`` shows how
    the terms are used together.
    """

    _NS = Namespace("https://newskg.org/ontology#")
    _fail = True

    # Classes
    Entity: URIRef  # Something named in an article; superclass of the entity classes.
    Person: URIRef  # A human being.
    Country: URIRef  # A sovereign state, also when it stands for its government.
    Organization: URIRef  # An organized body other than a country.
    Role: URIRef  # A post or title a person holds (org:Post).
    System: URIRef  # A weapon, military or technical system, base or radar.
    Plan: URIRef  # A plan, policy, proposal, bill, treaty or agreement.
    Place: URIRef  # A geographic location other than a country.
    Statement: URIRef  # What a speaker said.
    Document: URIRef  # A source article.
    Fact: URIRef  # A reified relation with its provenance.

    # Object properties: relations
    holdsRole: URIRef  # Person -> Role.
    roleOf: URIRef  # Role -> Organization or Country.
    deploys: URIRef  # Country or Organization -> System.
    opposes: URIRef  # Actor -> Entity.
    supports: URIRef  # Actor -> Entity.
    proposes: URIRef  # Actor -> Entity.
    meetsWith: URIRef  # Actor <-> actor.
    negotiatesWith: URIRef  # Actor <-> actor.
    memberOf: URIRef  # Actor -> Organization.
    worksFor: URIRef  # Person -> Organization or Country.
    heads: URIRef  # Person -> Organization or Country.
    locatedIn: URIRef  # Entity -> Place or Country.
    basedIn: URIRef  # Entity -> Place or Country.
    livesIn: URIRef  # Person -> Place or Country.
    killed: URIRef  # Entity -> Person.
    partOf: URIRef  # Entity -> Entity.
    agreementWith: URIRef  # Actor <-> actor.
    said: URIRef  # Person or Organization -> Statement.

    # Object properties: provenance
    speaker: URIRef  # Statement -> who made it.
    attributedTo: URIRef  # Reported Fact -> the speaker it is attributed to.

    # Datatype properties: facts
    sentenceText: URIRef
    sentenceStart: URIRef
    sentenceEnd: URIRef
    subjectText: URIRef
    subjectStart: URIRef
    subjectEnd: URIRef
    objectText: URIRef
    objectStart: URIRef
    objectEnd: URIRef
    rule: URIRef  # Versioned extraction rule name.
    confidence: URIRef  # xsd:double in [0, 1].
    polarity: URIRef  # "positive" or "negative".
    modality: URIRef  # "asserted", "reported" or "hypothetical".
    asserted: URIRef  # xsd:boolean: is the plain triple in the graph?
    factDate: URIRef
    condition: URIRef

    # Datatype properties: statements, documents, entities
    text: URIRef
    textStart: URIRef
    textEnd: URIRef
    statementDate: URIRef
    documentId: URIRef
    characterCount: URIRef
    sourcePath: URIRef
    mentionCount: URIRef


ENTITY_CLASSES: tuple[str, ...] = (
    "Person",
    "Country",
    "Organization",
    "Role",
    "System",
    "Plan",
    "Place",
)
"""Local names of the concrete entity classes (subclasses of ``nkg:Entity``)."""

RELATIONS: tuple[str, ...] = (
    "holdsRole",
    "roleOf",
    "deploys",
    "opposes",
    "supports",
    "proposes",
    "meetsWith",
    "negotiatesWith",
    "memberOf",
    "worksFor",
    "heads",
    "locatedIn",
    "basedIn",
    "livesIn",
    "killed",
    "partOf",
    "agreementWith",
    "said",
)
"""Local names of the relation properties, the ones a ``nkg:Fact`` can reify."""
