"""Stances said without a stance verb: nouns of stance, wishes for removal, proposals made.

* ``stance.noun``: "Labour's opposition to the ban", "the Tories' support for the
  bill": the owner of a stance noun takes that stance on its object;
* ``stance.removal``: "called for the embargo to be lifted", "urged ministers to
  scrap the tax", "want the levy scrapped": wishing something removed opposes it;
* ``stance.made``: "made an offer to cut the tax", "the demand was made by Volkov":
  making a proposal, offer or demand proposes it.

The words are in ``kg/data/stance_verbs.json`` (``opposes_nouns``, ``supports_nouns``, ``proposes_nouns``,
``removal``, ``removal_nouns``, ``wishing``, ``made_proposals``).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.extract.common.actions import easing_verbs
from kg.extract.common.modality import negated, polarity_and_modality
from kg.extract.common.registry import relation_rule
from kg.extract.stance.base import is_question, stance_fact, stance_vocabulary
from kg.extract.stance.holders import HOLDERS, stance_holders
from kg.extract.stance.objects import noun_objects
from kg.extract.stance.vocabulary import stance_nouns
from kg.syntax import tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.common.context import ExtractionContext
    from kg.types import Fact, Mention

NOUN_RULE = "stance.noun/2"
REMOVAL_RULE = "stance.removal/1"
MADE_RULE = "stance.made/1"
_OWNER_CLASSES = frozenset({"Country", "Organization"})
# What a wish to remove something may be about: a plan or a system, not a person ("called for him to be sacked").
_REMOVABLE = frozenset({"Plan", "System"})
# Verbs whose subject is what ends: "wants the levy to go".
_GOING = frozenset({"go", "end", "stop", "disappear"})


@relation_rule("stance.noun", version=2, emits=("opposes", "supports", "proposes"))
def stance_noun(ctx: ExtractionContext) -> Iterator[Fact]:
    """"Labour's opposition to the ban" -> Labour opposes the ban; "Tory backing for X" -> supports X.

    A stance noun says whose stance it is by its possessive (or a party or country
    modifier) and what it is about by its preposition ("the Tories' call for a cap"
    proposes the cap). Whether it holds is read from the clause the noun sits in, as
    for any noun anchor. Other holders of stance nouns ("launched an attack on X",
    "support for X from Y") are read by :mod:`kg.extract.stance.nominal`.
    """
    table = stance_nouns()
    for noun in tokens(ctx.doc):
        entries = table.get(noun.lemma_.lower(), ()) if noun.pos_ == "NOUN" else ()
        holder = noun_owner(ctx, noun) if entries else None
        if holder is None:
            continue
        polarity, modality = polarity_and_modality(noun)
        if is_question(noun):
            modality = "hypothetical"
        for stance, head in noun_objects(noun, entries):
            for fact in stance_fact(ctx, holder, stance, head, noun, NOUN_RULE, 0.7, polarity, modality):
                if stance != "proposes" or fact.object.entity.cls in _REMOVABLE:
                    yield fact


@relation_rule("stance.removal", version=1, emits=("opposes",))
def stance_removal(ctx: ExtractionContext) -> Iterator[Fact]:
    """'X called for the embargo to be lifted', 'X urged ministers to scrap the tax' -> X opposes it.

    Whoever calls for, wants or urges the removal of a plan or system opposes it,
    when the removing is asked of others or left unsaid; what one wants to remove
    oneself is read by ``stance.verb`` for its opposing verbs only ("plans to close
    its embassies" is no stance). A wish not to remove ("urged them not to scrap
    it") is no opposition. The wish is as asserted as its verb.
    """
    vocabulary = stance_vocabulary()
    removal = frozenset(vocabulary["removal"]) | easing_verbs()  # eased, delayed, cut: the same polarity
    removal_nouns = frozenset(vocabulary["removal_nouns"])
    for token in tokens(ctx.doc):
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and (lemma in removal or _comes_to_an_end(token)) and not negated(token):
            wish, removed = _wish_over_clause(token), _removed(token)
        elif token.pos_ == "NOUN" and lemma in removal_nouns:
            wish, removed = _wish_over_noun(token), _removed_by_noun(token)
        else:
            continue
        if wish is None or removed is None:
            continue
        polarity, modality = polarity_and_modality(wish)
        if is_question(wish):
            modality = "hypothetical"
        for holder in stance_holders(ctx, wish):
            for head in (removed, *removed.conjuncts):
                for fact in stance_fact(ctx, holder, "opposes", head, wish, REMOVAL_RULE, 0.7, polarity, modality):
                    if fact.object.entity.cls in _REMOVABLE:
                        yield fact


@relation_rule("stance.made", version=1, emits=("proposes",))
def stance_made(ctx: ExtractionContext) -> Iterator[Fact]:
    """'The Tories made an offer to cut the tax', 'the demand was made by Volkov' -> they propose it."""
    proposals = frozenset(stance_vocabulary()["made_proposals"])
    for verb in tokens(ctx.doc):
        if verb.pos_ != "VERB" or verb.lemma_.lower() != "make":
            continue
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
        made = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        made = [m for m in made if m.lemma_.lower() in proposals]
        if not made:
            continue
        polarity, modality = polarity_and_modality(verb)
        if is_question(verb):
            modality = "hypothetical"
        for holder in stance_holders(ctx, verb):
            yield from stance_fact(ctx, holder, "proposes", made[0], verb, MADE_RULE, 0.7, polarity, modality)


def noun_owner(ctx: ExtractionContext, noun: Token) -> Mention | None:
    """Whose stance a noun names: its possessive ('Labour's opposition'), or a party before it ('Tory backing')."""
    for child in noun.lefts:
        mention = ctx.mention(child)
        if mention is None:
            continue
        if child.dep_ == "poss" and mention.entity.cls in HOLDERS:
            return mention
        if child.dep_ in {"compound", "amod"} and child.i == noun.i - 1 and mention.entity.cls in _OWNER_CLASSES:
            return mention
    return None


@lru_cache(maxsize=1)
def _wishing() -> frozenset[str]:
    return frozenset(stance_vocabulary()["wishing"])


def _wish_over_clause(verb: Token) -> Token | None:
    """The wishing verb a removal clause depends on, when others or nobody named do the removing.

    "called for the embargo [to be lifted]", "want the tax [scrapped]", "urged
    ministers [to scrap] it"; not "want [to scrap] it", where the wisher removes.
    """
    wish = verb.head
    if verb.dep_ == "ccomp" and (wish.lower_ == "sure" and wish.head.lemma_ == "make" or wish.lemma_ == "ensure"):
        return wish.head if wish.lower_ == "sure" else wish  # "would make sure the act was repealed"
    if verb.dep_ not in {"xcomp", "ccomp", "advcl"} or wish.lemma_.lower() not in _wishing():
        return None
    if verb.dep_ == "xcomp" and not any(_asked(c) and c.i < verb.i for c in wish.children):
        return None
    return wish


def _asked(child: Token) -> bool:
    """Who or what a wish is about, before its infinitive: 'urged [ministers] to', 'called [for] X to'."""
    return child.dep_ == "dobj" or (child.dep_ == "prep" and child.lower_ in {"for", "on"})


def _wish_over_noun(noun: Token) -> Token | None:
    """The wishing verb of 'called for the removal of X', 'demanded an end to X'."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "for":
        head = head.head
    elif noun.dep_ != "dobj":
        return None
    return head if head.pos_ == "VERB" and head.lemma_.lower() in _wishing() else None


def _removed(verb: Token) -> Token | None:
    """What a removal verb removes: its object, its passive subject, or the subject of 'want X scrapped'."""
    for dep in ("dobj", "nsubjpass"):
        found = next((c for c in verb.children if c.dep_ == dep), None)
        if found is not None:
            return found
    if verb.lemma_.lower() in _GOING or _comes_to_an_end(verb):  # "wants the levy to go", "to come to an end"
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    bare_participle = verb.tag_ in {"VBN", "VBD"} and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    if bare_participle and verb.dep_ == "ccomp":
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if passive and verb.dep_ == "xcomp":  # "called for [the station] to be closed", parsed with "for" as a preposition
        called_for = [p for p in verb.head.children if p.dep_ == "prep" and p.lower_ == "for" and p.i < verb.i]
        return next((c for p in called_for for c in p.children if c.dep_ == "pobj"), None)
    return None


def _comes_to_an_end(verb: Token) -> bool:
    """'wants the rebate to come to an end': the subject ends, as with 'to go'."""
    return verb.lemma_.lower() == "come" and any(
        p.dep_ == "prep" and p.lower_ == "to" and any(o.lemma_.lower() == "end" for o in p.children) for p in verb.children
    )


def _removed_by_noun(noun: Token) -> Token | None:
    """What 'the removal of X' or 'an end to X' removes."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in {"of", "to"}:
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None
