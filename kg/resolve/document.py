"""Everything one article says about who is who: mentions linked into entities.

Extraction rules ask this object which entity a token refers to; they never
look at spaCy's entity labels themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kg.resolve.coref import resolve_references
from kg.resolve.countries import country_of_demonym
from kg.resolve.gender import Gender, first_name_gender, honorific_gender, title_gender
from kg.resolve.linking import Cluster, link_mentions
from kg.resolve.mentions import find_mentions
from kg.resolve.names import is_honorific
from kg.syntax import title_before
from kg.types import Entity, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass
class DocEntities:
    """Entity lookup for one parsed article."""

    doc: Doc
    mentions: list[Mention] = field(default_factory=list)
    by_token: dict[int, Mention] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)

    def at(self, token: Token) -> Mention | None:
        """The mention (named, pronoun or description) covering ``token``, if resolved."""
        return self.by_token.get(token.i)

    def demonym_country(self, token: Token, *, join: bool = True) -> Mention | None:
        """'Russian' names Russia: a Country mention at that word.

        With ``join`` the country also joins the article's entities (a node of the graph
        even if no fact names it); without, it is only what the mention points at.
        """
        country = country_of_demonym(token.text)
        if country is None:
            return None
        key = f"country:{country.lower()}"
        entity = self.entities.get(key) or Entity(key, "Country", country)
        if join:
            self.entities.setdefault(key, entity)
        return Mention(token.text, token.idx, token.idx + len(token.text), entity)

    def in_range(self, start: int, end: int) -> list[Mention]:
        """Distinct mentions whose tokens fall in [start, end)."""
        seen: dict[int, Mention] = {}
        for i in range(start, end):
            m = self.by_token.get(i)
            if m is not None:
                seen[id(m)] = m
        return list(seen.values())


def resolve_document(doc: Doc) -> DocEntities:
    """Find, type and link the entity mentions of an article, then resolve references."""
    raw = find_mentions(doc)
    assignment = link_mentions(raw)
    entity_of: dict[int, Entity] = {}
    result = DocEntities(doc)
    for cluster in {id(c): c for c in assignment.values()}.values():
        entity = _entity(cluster)
        result.entities[entity.key] = entity
        entity_of[id(cluster)] = entity
    person_at: dict[int, str] = {}
    titles: dict[str, set[str]] = {}
    for i, mention in enumerate(raw):
        entity = entity_of[id(assignment[i])]
        span = doc[mention.start : mention.end]
        _add(result, Mention(span.text, span.start_char, span.end_char, entity), range(mention.start, mention.end))
        if entity.cls == "Person":
            person_at.update({t: entity.key for t in range(mention.start, mention.end)})
            titles.setdefault(entity.key, set()).update(_title_words(doc, mention.start))
    for token_i, entity in _untagged_surnames(doc, result).items():
        tok = doc[token_i]
        _add(result, Mention(tok.text, tok.idx, tok.idx + len(tok.text), entity), [token_i])
        person_at[token_i] = entity.key
    for token_i, key in resolve_references(doc, person_at, titles, _known_genders(doc, result)).items():
        tok = doc[token_i]
        _add(result, Mention(tok.text, tok.idx, tok.idx + len(tok.text), result.entities[key]), [token_i])
    result.mentions.sort(key=lambda m: m.start)
    return result


def _known_genders(doc: Doc, result: DocEntities) -> dict[str, Gender]:
    """Each person's gender where an honorific, a gendered title or a first name says it.

    The words beside the name ("Mr", "spokesman") outweigh the first-name lists, which
    guess wrong for names they rarely see ("Glyn" as a woman's name).
    """
    genders: dict[str, Gender] = {}
    for entity in result.entities.values():
        if entity.cls == "Person" and (known := first_name_gender(entity.label)) is not None:
            genders[entity.key] = known
    said: dict[str, Gender] = {}
    for mention in result.mentions:
        if mention.entity.cls != "Person":
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        words = [doc[span.start - 1]] if span.start > 0 else []
        for word in [*words, span[0]]:
            if (known := honorific_gender(word.text) or title_gender(word.text)) is not None:
                said.setdefault(mention.entity.key, known)
    return genders | said


def _untagged_surnames(doc: Doc, result: DocEntities) -> dict[int, Entity]:
    """Surnames the model did not tag ("Tauscher said") that name a person seen in full."""
    by_surname: dict[str, list[Entity]] = {}
    for entity in result.entities.values():
        if entity.cls == "Person" and len(entity.label.split()) > 1:
            by_surname.setdefault(entity.label.split()[-1], []).append(entity)
    found: dict[int, Entity] = {}
    for tok in doc:
        if tok.i in result.by_token or tok.pos_ != "PROPN" or tok.text not in by_surname:
            continue
        neighbours = [doc[j] for j in (tok.i - 1, tok.i + 1) if 0 <= j < len(doc)]
        if any(n.pos_ == "PROPN" and n.i not in result.by_token and not is_honorific(n) for n in neighbours):
            continue  # part of another, untagged name
        if len(by_surname[tok.text]) == 1:
            found[tok.i] = by_surname[tok.text][0]
    return found


def _entity(cluster: Cluster) -> Entity:
    label = cluster.label
    aliases = frozenset(n for n in cluster.names if n != label)
    return Entity(cluster.key, cluster.cls, label, aliases)


def _add(result: DocEntities, mention: Mention, token_indexes: range | list[int]) -> None:
    result.mentions.append(mention)
    for t in token_indexes:
        result.by_token.setdefault(t, mention)


def _title_words(doc: Doc, start: int) -> set[str]:
    found = title_before(doc, start)
    if found is None:
        # Apposition after the name: "Ryabkov, Russia's deputy foreign minister".
        return set()
    return {doc[i].lower_ for i in range(*found)}
