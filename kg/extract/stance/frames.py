"""Three readings of a stance verb's clause that the parse alone gets wrong.

* :func:`called_for`: a side taken on talk of a plan, or on a call that names no node itself,
  is taken on the plan ("welcomed news of the freeze" backs the freeze), read by every stance
  rule (:func:`kg.extract.stance.base.stance_fact`);
* :func:`decided_act`: a side taken on a decision or plan to end, keep or bring in a plan is
  a side taken on that plan ("welcomed the decision to scrap X" opposes X), read by
  :func:`kg.extract.stance.base.stance_fact` besides the decision itself;
* :func:`coordinated_above`: a past-tense stance verb the parse joined to a "would" clause
  belongs to the reporting verb above it ("X said Y would A and attacked Z": X attacked Z),
  read by ``stance.verb`` (:mod:`kg.extract.stance.verbs`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.stance.objects import noun_objects
from kg.extract.stance.vocabulary import act_stance
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


def called_for(ctx: ExtractionContext, anchor: Token, stance: str, head: Token) -> Token:
    """'welcomed news of the freeze', 'backed calls for an inquiry': what a call or talk is of, when it names a plan.

    Only for opposing and supporting, and only through the ``proposes_nouns`` ("call for",
    "demand for", "proposal for") and the ``content_nouns``, words for talk of a plan ("welcomed
    talk of X", "news of X"); proposing a call is read as it is. :func:`kg.extract.stance.base.stance_fact`
    asks only when the call or talk names no node itself: a call that is a plan node ("the Tories'
    call for a quota") keeps what it calls for as another name (:mod:`kg.extract.common.variants`).
    ``head`` itself when nothing fits.
    """
    if stance == "proposes":
        return head
    vocabulary = stance_vocabulary()
    preps = [p for entry in [*vocabulary["proposes_nouns"], *vocabulary["content_nouns"]]
             for noun, p in [entry.split()] if noun == head.lemma_.lower()]  # fmt: skip
    for _, inner in noun_objects(head, tuple(("proposes", p) for p in preps)):
        mention = ctx.mention(inner)
        if mention is not None and mention.entity.cls not in {"Plan", "System"}:
            continue  # "a call for Turkey [to recognise Cyprus]" is a call on an actor, not for one
        if stance_target(ctx, stance, inner, anchor)[0] is not None:
            return inner
    return head


# Words for a decision or plan to act: a side taken on one is a side taken on what it acts on.
_DECISIONS = frozenset({"decision", "plan", "move", "proposal", "bid", "vote", "pledge", "promise", "commitment", "call"})


def decided_act(stance: str, head: Token) -> tuple[str, Token] | None:
    """'welcomed the decision [to scrap] X' -> ('opposes', X); 'backed the move [to introduce] X' -> ('supports', X).

    Only supporting or opposing a decision word whose to-infinitive ends, keeps
    (:func:`~kg.extract.stance.vocabulary.act_stance`) or brings in (``bringing_about``) a named object.
    """
    if stance not in {"supports", "opposes"} or head.lemma_.lower() not in _DECISIONS:
        return None
    act = next((c for c in head.children if c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)  # fmt: skip
    if act is None or any(c.dep_ == "neg" for c in act.children):
        return None
    obj = next((c for c in act.children if c.dep_ == "dobj"), None)
    turned = act_stance(stance, act.lemma_.lower())
    if turned is None and act.lemma_.lower() in stance_vocabulary()["bringing_about"]:
        turned = stance
    return (turned, obj) if turned is not None and obj is not None else None
