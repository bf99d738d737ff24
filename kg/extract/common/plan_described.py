"""A new plan named by what it would do: 'tabled an amendment that would ban bonuses'."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.common.actions import action_node
from kg.extract.common.labels import label_tokens, new_node, node_class

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.common.context import ExtractionContext
    from kg.types import Mention


def plan_said_to_do(ctx: ExtractionContext, head: Token) -> Mention | None:
    """'tabled an amendment that would ban bonuses': a new plan described by what it would do.

    Only an indefinite plan noun whose relative clause says, with "would" or "will",
    what the plan does to something: "a bill that will cap fees", not "a plan that failed".
    """
    if node_class(head) != "Plan" or not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.children):
        return None
    for clause in (c for c in head.rights if c.dep_ == "relcl" and c.pos_ == "VERB"):
        relative = [c for c in clause.children if c.dep_ == "nsubj" and c.lower_ in {"that", "which"}]
        modal = [c for c in clause.children if c.dep_ == "aux" and c.lower_ in {"would", "will"}]
        obj = next((c for c in clause.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}), None)
        if relative and modal and obj is not None and not any(c.dep_ == "neg" for c in clause.children):
            # Named as written, up to the end of its clause: "amendment that would ban bonuses at any company".
            words = [*label_tokens(ctx, head), *(t for t in clause.subtree if not t.is_punct)]
            if len(words) > 16:  # a clause running on: what it would do to its object is name enough
                words = [*label_tokens(ctx, head), relative[0], modal[0], clause, *label_tokens(ctx, obj)]
            return new_node(ctx, head, "Plan", sorted(words, key=lambda t: t.i))
    return None


def planned_act(ctx: ExtractionContext, verb: Token) -> Mention | None:
    """'Rolt plans to make cuts of £40m': the act someone plans, which 'the plans' may later refer back to.

    Only the verb "plan" with an act of policy as its complement, stated, not denied.
    """
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "plan" or any(c.dep_ == "neg" for c in verb.children):
        return None
    act = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    return action_node(ctx, act) if act is not None else None


# Verbs whose object is a plan put forward, whatever its noun: "unveiled an average funding increase".
_PUTTING_FORWARD = frozenset({"unveil", "announce", "outline", "propose", "table", "introduce", "launch"})


def introduces_plan(tok: Token) -> bool:
    """'Rolt [plans] to ...', 'unveiled an average funding [increase]': a plan introduced without a plan noun,
    which 'the announcement' or 'the plans' may refer back to."""
    if tok.pos_ == "VERB":
        return tok.lemma_.lower() == "plan"
    verb = tok.head
    return tok.dep_ == "dobj" and tok.pos_ == "NOUN" and verb.lemma_.lower() in _PUTTING_FORWARD and not any(
        c.dep_ == "neg" for c in verb.children)
