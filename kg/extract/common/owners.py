"""Who a plan or system belongs to: "Labour's plans", "Tory health plans", "Russia's missiles".

:func:`plan_owner` reads the words naming a plan's owner (a possessive, or a party, country or
group before the plan noun); :func:`owner_of` the country or organisation a system belongs to,
wherever the noun phrase names it. Both read only the phrase itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from kg.extract.common.labels import MODIFIER_DEPS, part_of_proper_name
from kg.lexicon import party_names
from kg.resolve.groups import group_holder
from kg.types import Mention

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.common.context import ExtractionContext

OWNER_CLASSES = frozenset({"Country", "Organization"})
_HOLDER_CLASSES = frozenset({"Person", "Country", "Organization"})
_POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her"})


class Owner(NamedTuple):
    """Who owns a plan, and the first and last token (inclusive) of the words naming them."""

    mention: Mention
    start: int
    end: int


def plan_owner(ctx: ExtractionContext, head: Token) -> Owner | None:
    """Whose plan ``head`` is, as a token range: a possessive person, party or country, or a party/country modifier."""
    for child in head.lefts:
        if child.dep_ == "poss":
            # "the government's bill": a group owner stands for its country, party or body
            mention = group_holder(ctx.entities, child) or ctx.mention(child)
            if mention is not None and mention.entity.cls in _HOLDER_CLASSES:
                tokens_ = list(child.subtree)
                return Owner(mention, tokens_[0].i, tokens_[-1].i)
    for child in head.lefts:
        if child.dep_ == "compound" and _owner_compound(ctx, child, head) or _party_adjective(ctx, child, head):
            mention = ctx.mention(child) or group_holder(ctx.entities, child)  # "government plans", "Tory health plans"
            if mention is not None and mention.entity.cls in OWNER_CLASSES:
                tokens_ = [t for t in child.subtree if ctx.mention(t) is mention] or [child]
                return Owner(mention, tokens_[0].i, tokens_[-1].i)
    for child in head.lefts:
        if child.dep_ == "amod" and child.i == head.i - 1:
            country = _demonym_country(ctx, child)  # "the American plans"
            if country is not None:
                return Owner(country, child.i, child.i)
    previous = head.doc[head.i - 1] if head.i > 0 else None
    if previous is not None and head.pos_ == "VERB" and previous.head.i != head.i:
        # the misparse of "attacked Tory plans": owner and plan are siblings, not subject and verb
        mention = ctx.mention(previous)
        if mention is not None and mention.entity.cls in OWNER_CLASSES:
            first = previous
            while first.i > 0 and ctx.mention(head.doc[first.i - 1]) is mention:
                first = head.doc[first.i - 1]
            return Owner(mention, first.i, previous.i)
    return None


def _owner_compound(ctx: ExtractionContext, child: Token, head: Token) -> bool:
    """'government plans', 'Tory plans', and a party before other modifiers: 'Tory [health] plans'.

    Any other word further off names what the plan is about ("Lords [replacement] plan",
    "local government [pension] scheme"), not whose it is.
    """
    if part_of_proper_name(head, child):
        return False
    if child.i == head.i - 1:
        return True
    mention = ctx.mention(child)
    return mention is not None and mention.entity.label in party_names() and _modifies(child, head)


def _modifies(child: Token, head: Token) -> bool:
    """Whether only the noun's other modifiers stand between ``child`` and it: 'Tory [health] plans'."""
    return all(t.dep_ in {"compound", "amod"} and t.head.i == head.i for t in head.doc[child.i + 1 : head.i])


def _party_adjective(ctx: ExtractionContext, child: Token, head: Token) -> bool:
    """'Labour plans' tagged as an adjective: a party named before the plan noun owns it."""
    mention = ctx.mention(child) if child.dep_ == "amod" and child.pos_ in {"ADJ", "PROPN"} else None
    return mention is not None and mention.entity.label in party_names() and _modifies(child, head)


def owner_of(ctx: ExtractionContext, head: Token) -> Mention | None:
    """The country or organisation a noun phrase names as its owner: 'Russia's', 'U.S.', 'American'."""
    for child in head.lefts:
        if child.dep_ == "poss":
            mention = ctx.mention(child)
            if mention is not None and mention.entity.cls in OWNER_CLASSES:
                return mention
    for child in head.lefts:
        if child.dep_ not in MODIFIER_DEPS:
            continue
        for tok in child.subtree:
            mention = ctx.mention(tok)
            if mention is not None and mention.entity.cls in OWNER_CLASSES:
                return mention
            demonym = _demonym_country(ctx, tok)
            if demonym is not None:
                return demonym
    for child in head.rights:  # "the missile defense system of the United States"
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                mention = ctx.mention(pobj) if pobj.dep_ == "pobj" else None
                if mention is not None and mention.entity.cls in OWNER_CLASSES:
                    return mention
    return None


def possessive_pronoun(head: Token) -> Token | None:
    """An unresolved 'its'/'their' owning ``head``, which news uses for the clause's subject."""
    return next((c for c in head.lefts if c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS), None)


def _demonym_country(ctx: ExtractionContext, tok: Token) -> Mention | None:
    return ctx.entities.demonym_country(tok) if tok.pos_ in {"ADJ", "PROPN", "NOUN"} else None
