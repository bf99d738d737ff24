"""Who else a pronoun could stand for: a side named between a plan and the 'it' or 'they' after it.

"Britain proposed the levy. The Lib Dems attacked Germany. Labour condemned it": 'it' may be
Germany as well as the levy, so nothing is read. A speaker is not such a side ("..., says the
assembly. Hart said it was a fair deal"), nor the subject of the verb 'it' is the object of.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import speech_verbs

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.common.context import ExtractionContext


def side_competes(ctx: ExtractionContext, after: int, pronoun: Token) -> bool:
    """Whether a singular country or organisation is a subject or object between token ``after`` and 'it'."""
    for tok in pronoun.doc[after : pronoun.i]:
        if pronoun.dep_ == "nsubj" and _speaks(tok):
            continue  # "... a 4% rise, says the council. Hart said it was a fair deal": a speaker is not what is judged
        if tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"} and tok.tag_ in {"NNP", "NN"}:
            mention = ctx.mention(tok)
            if mention is not None and mention.entity.cls in {"Country", "Organization"} and not _holds(tok, pronoun):
                return True
    return False


def _speaks(subject: Token) -> bool:
    """Whether ``subject`` is who says something: the subject of a verb of speech."""
    return subject.dep_ == "nsubj" and subject.head.lemma_.lower() in speech_verbs()


def _holds(subject: Token, pronoun: Token) -> bool:
    """Whether ``subject`` is the subject of the verb 'it' is the object of ('Germany criticised it')."""
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    return subject.head.i == verb.i and subject.dep_ in {"nsubj", "nsubjpass"}


def actor_between(ctx: ExtractionContext, start: int, end: int) -> bool:
    """Whether a person, party or country is named in tokens [start, end): 'they' might be them."""
    return any((m := ctx.mention(t)) is not None and m.entity.cls in {"Person", "Country", "Organization"}
               for t in ctx.doc[start:end])  # fmt: skip
