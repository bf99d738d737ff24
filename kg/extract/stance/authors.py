"""A report's or speech's stance is its author's: "A report by the Commons committee urged X",
"Mr Bell's speech called for Y", and "the report" again a few sentences later.

A document names its author by a possessive ("Mr Bell's speech"), a "by" phrase ("a report
by the work and pensions committee") or as what the author put out ("X published a report");
a bare "the report" is the one whose author was named in the last few sentences. The documents are ``authored_works`` in ``kg/data/stance_verbs.json``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import stance_vocabulary
from kg.resolve.groups import group_holder
from kg.syntax import sentence_start_back

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.common.context import ExtractionContext
    from kg.types import Mention

_AUTHORS = frozenset({"Person", "Organization", "Country"})
_LOOKBACK_SENTENCES = 4


def document_author(ctx: ExtractionContext, token: Token) -> Mention | None:
    """The author of the document ``token`` names ('A report by X', "X's speech", 'the report' after one), or None."""
    if token.lemma_.lower() not in stance_vocabulary()["authored_works"]:
        return None
    named = _named_author(ctx, token)
    if named is not None or not _bare_definite(token):
        return named
    first = sentence_start_back(token, _LOOKBACK_SENTENCES)
    for earlier in reversed(token.doc[first : token.sent.start]):
        if earlier.lemma_.lower() == token.lemma_.lower() and (author := _named_author(ctx, earlier)) is not None:
            return author
    return None


# Verbs by which an author puts a document out: "the Electoral Commission published a report".
_PUBLISHING = frozenset({"publish", "release", "issue", "produce", "commission", "present", "unveil", "launch", "deliver"})


def _named_author(ctx: ExtractionContext, token: Token) -> Mention | None:
    if token.dep_ == "dobj" and token.head.lemma_.lower() in _PUBLISHING:  # "X published a report": X wrote it
        subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        return _author(ctx, subject) if subject is not None else None
    for child in token.children:
        if child.dep_ == "poss":
            return _author(ctx, child) or _said_in_own(ctx, token, child)
        if child.dep_ == "prep" and child.lower_ in {"by", "from"}:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            return _author(ctx, pobj) if pobj is not None else None
    return None


def _author(ctx: ExtractionContext, token: Token) -> Mention | None:
    mention = group_holder(ctx.entities, token) or ctx.mention(token)  # "a report by the MPs": their committee
    return mention if mention is not None and mention.entity.cls in _AUTHORS else None


def _said_in_own(ctx: ExtractionContext, token: Token, owner: Token) -> Mention | None:
    """'The TUC said in [its] submission that ...': an author's own document, named by the one who speaks in it."""
    verb = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "in" else None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None and owner.lower_ in {"its", "their"} else None
    return _author(ctx, subject) if subject is not None else None


def _bare_definite(token: Token) -> bool:
    """'the report', 'the 36-page submission': a definite document with nothing else saying which one or whose."""
    children = list(token.children)
    describing = all(c.dep_ in {"amod", "compound", "nummod", "punct"} and not c.ent_type_ for c in children[1:])
    return bool(children) and children[0].lower_ == "the" and children[0].i < token.i and describing
