"""Two readings of a stance verb's clause that the parse alone gets wrong.

* :func:`called_for`: a side taken on someone's call is taken on what it calls for
  ("rejected the Tories' call for a quota" opposes the quota);
* :func:`coordinated_above`: a past-tense stance verb the parse joined to a "would" clause
  belongs to the reporting verb above it ("X said Y would A and attacked Z": X attacked Z).

Used by ``stance.verb`` (:mod:`kg.extract.stance.verbs`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.stance.objects import noun_objects
from kg.extract.stance.targets import stance_target
from kg.lexicon import stance_vocabulary

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.common.context import ExtractionContext


def coordinated_above(verb: Token) -> Token | None:
    """The reporting verb a past-tense stance verb is really coordinated with, when the parse hung it lower.

    "Blair said Labour would set out plans and attacked the Tory plans" is parsed with
    "attacked" joined to "set out"; but a past tense cannot share "would", so it joins
    "said", and Blair attacked the plans. None when the parse is plausible.
    """
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or any(c.dep_ in {"aux", "auxpass", "nsubj"} for c in verb.children):
        return None
    if head.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
        return None
    above = head.head
    return above if above.pos_ == "VERB" and above.tag_ == "VBD" else None


def called_for(
    ctx: ExtractionContext, verb: Token, stance: str, objects: list[tuple[str, Token]]
) -> list[tuple[str, Token]]:
    """'rejected the Tories' call for a quota': a side taken on a call is a side taken on what it calls for.

    Only for opposing and supporting, and only through the ``proposes_nouns`` ("call for",
    "demand for", "proposal for") and the ``content_nouns``, words for talk of a plan ("welcomed
    talk of X", "rejected the idea of X"); proposing a call is read as it is.
    """
    if stance == "proposes":
        return objects
    vocabulary = stance_vocabulary()
    calls: dict[str, list[str]] = {}
    for entry in [*vocabulary["proposes_nouns"], *vocabulary["content_nouns"]]:
        noun, prep = entry.split()
        calls.setdefault(noun, []).append(prep)
    found: list[tuple[str, Token]] = []
    for on, obj in objects:
        inner = noun_objects(obj, tuple(("proposes", prep) for prep in calls.get(obj.lemma_.lower(), ())))
        # "a call for Turkey [to recognise Cyprus]" is a call on an actor, not for one: kept as it is
        inner = [(s, h) for s, h in inner if (m := ctx.mention(h)) is None or m.entity.cls in {"Plan", "System"}]
        inner = [(s, h) for s, h in inner if stance_target(ctx, on, h, verb)[0] is not None]  # else the call itself
        found += [(on, head) for _, head in inner] or [(on, obj)]
    return found
