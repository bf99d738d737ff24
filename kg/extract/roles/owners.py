"""Whose post it is when the text names the owner only by reference: 'Its', 'the party's', 'the alliance's'.

A possessive pronoun or a definite description
("the country's foreign minister", "the alliance's deputy secretary general") owns the
post after it; the owner is read only when the text leaves one candidate: the subject
of the sentence before for 'its'/'their', the one country, party, committee or
alliance named close enough for 'the country's' and the like. A party named by its
members' word ("a California Democrat", "Republican chairman") is the party the
holder belongs to.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from kg.lexicon import party_names
from kg.syntax import sentence_start_back

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from kg.extract.common.context import ExtractionContext
    from kg.types import Mention

OWNER_CLASSES = frozenset({"Country", "Organization"})
# 'the country's', 'the committee's': a noun that names which kind of owner the text means.
# The value says where to look: the sentence and the one before, or the article so far.
REFERRING_NOUNS = {
    "country": "near",
    "nation": "near",
    "party": "near",
    "alliance": "article",
    "committee": "article",
    "association": "article",
    "institute": "article",
    "commission": "article",
    "federation": "article",
    "union": "article",
}
ALLIANCES = frozenset({"NATO", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"})
# The word for a member of a US party, as a name on its own ("a California Democrat").
PARTY_MEMBERS = {
    "democrat": "Democratic Party",
    "democrats": "Democratic Party",
    "democratic": "Democratic Party",
    "republican": "Republican Party",
    "republicans": "Republican Party",
}


def possessor_owner(ctx: ExtractionContext, poss: Token) -> Mention | None:
    """The country or organisation a possessive before a post refers to, when the text leaves one."""
    lower = poss.lower_
    if lower in {"its", "their"}:
        return _subject_before(ctx, poss, plural=lower == "their")
    where = REFERRING_NOUNS.get(lower)
    if where is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in poss.children):
        return None
    if any(c.dep_ in {"amod", "compound", "prep"} for c in poss.children):
        return None  # "the parliament's defence committee's": a part named more closely than we read
    first = sentence_start_back(poss, 1) if where == "near" else 0
    found: dict[str, Mention] = {}
    for mention in ctx.entities.in_range(first, poss.i):
        if _fits(mention, lower):
            found.setdefault(mention.entity.key, mention)
    if len(found) != 1:
        return None
    return next(iter(found.values()))


def _fits(mention: Mention, noun: str) -> bool:
    entity = mention.entity
    if noun in {"country", "nation"}:
        return entity.cls == "Country"
    if entity.cls != "Organization":
        return False
    label = entity.label
    if noun == "alliance":
        return label in ALLIANCES or "alliance" in label.lower()
    if noun == "party":
        return is_party(mention)
    return noun in label.lower().split()


def _subject_before(ctx: ExtractionContext, pronoun: Token, *, plural: bool) -> Mention | None:
    """'The Socialist Left Party is against it. Its defence spokesman, ...': the subject just before.

    In the same sentence, the subject of the clause before the pronoun; at the start of a
    sentence, the subject of the sentence before. A subject that is no country or
    organisation (a person, a plan) leaves the post's owner unread.
    """
    sent = pronoun.sent
    verb = sent.root
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < pronoun.i and pronoun not in c.subtree]
    if not subjects:
        if any(t.pos_ in {"VERB", "AUX"} for t in pronoun.doc[sent.start : pronoun.i]):
            return None  # a pronoun after a clause the subject of which is not before it
        if sent.start == 0:
            return None
        previous = pronoun.doc[sent.start - 1].sent
        verb = previous.root
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if len(subjects) != 1:
        return None
    owner = ctx.mention(subjects[0])
    if owner is None or owner.entity.cls not in OWNER_CLASSES:
        return None
    if any(ctx.mention(t) is not owner for t in subjects[0].lefts if t.dep_ in {"compound", "amod", "nmod"}):
        return None  # "Water UK ... Its": the name the model found is only part of the subject's
    if plural and owner.entity.cls == "Country":
        return None  # "their" for a country is most often its people
    if not plural and subjects[0].tag_ in {"NNS", "NNPS"}:
        return None  # "The Tories ... its": the number does not agree
    return owner


def party_of_member_word(ctx: ExtractionContext, tok: Token) -> Mention | None:
    """'Democrat', 'Republican' alone as a name (not 'Christian Democrat', 'Irish Republican'): the US party."""
    party = PARTY_MEMBERS.get(tok.lower_)
    if party is None or not tok.text[:1].isupper() or tok.ent_type_ not in {"NORP", ""}:
        return None
    if tok.ent_type_ == "NORP" and (tok.ent_iob_ != "B" or tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I"):
        return None  # one word of a longer name
    if tok.i > 0 and tok.doc[tok.i - 1].text[:1].isupper() and tok.doc[tok.i - 1].ent_type_ in {"NORP", ""} and tok.doc[tok.i - 1].pos_ in {"PROPN", "ADJ"}:
        return None  # "Christian Democrat", "Social Democratic"
    return ctx.new_mention(_one(tok), "Organization", party)


def _one(tok: Token) -> Span:
    return tok.doc[tok.i : tok.i + 1]


def is_party(mention: Mention) -> bool:
    """A political party: one news names by its members' word, or a name ending in 'Party'."""
    entity = mention.entity
    return entity.cls == "Organization" and (entity.label in _party_names() or entity.label.endswith(" Party"))


@cache
def _party_names() -> frozenset[str]:
    return party_names() | frozenset(PARTY_MEMBERS.values())
