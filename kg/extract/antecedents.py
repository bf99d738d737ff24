"""What a bare definite noun refers back to: "the offer", "the bill", "the brigade".

Only a definite bare plan or system noun looks back, to the nearest earlier node
of its kind named in full; descriptions ("This is a plan to ...") and things named
inside quotations introduce nothing to refer back to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.nodes import GENERIC_PLAN_NOUNS, described_node, label_tokens, node_class, of_object
from kg.syntax import tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.context import ExtractionContext
    from kg.types import Mention


def antecedent_node(ctx: ExtractionContext, head: Token) -> Mention | None:
    """The specific plan a bare definite plan noun picks up earlier in its sentence.

    "Washington would like to post a joint memorandum ... but Moscow did not accept
    the offer": "the offer" is the joint memorandum. Only a definite ("the", "this",
    "that") bare plan noun looks back, and only within the sentence, where the
    nearest specific plan is almost always the one meant.
    """
    if head.lower_ == "it" and head.dep_ in {"dobj", "pobj"}:
        return _plan_just_named(ctx, head)  # "Julian Barker criticised it"
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"} for c in head.children):
        return None
    if head.lemma_.lower() in DEPLOYING_NOUNS and of_object(head) is None:
        return _earlier_system(ctx, head)  # "Vaitkute welcomed the deployment": of what was deployed
    cls = node_class(head)
    if cls is None or len(label_tokens(ctx, head)) > 1:
        return None
    if cls == "System":
        return _earlier_same_system(ctx, head)  # "Russia condemned the brigade"
    for tok in reversed(list(head.doc[head.sent.start : head.i])):
        if tok.dep_ == "compound" or node_class(tok) != "Plan" or head in tok.subtree:
            continue  # "plan to oppose the Bill" cannot be what "the Bill" refers to
        node = described_node(ctx, tok, "Plan")
        if node is not None:
            return node
    return _earlier_same_plan(ctx, head)


# "the measure" or "the legislation" refers back to a bill or act named before it.
LEGISLATION = frozenset({"bill", "act", "law", "measure", "legislation"})
DEPLOYING_NOUNS = frozenset({"deployment", "installation", "stationing", "placement"})


def _plan_just_named(ctx: ExtractionContext, pronoun: Token) -> Mention | None:
    """'it' as what someone opposes or backs: the plan named in this or the previous sentence, if one was."""
    sentences = list(pronoun.doc.sents)
    here = next(n for n, sent in enumerate(sentences) if sent.start <= pronoun.i < sent.end)
    first = sentences[max(0, here - 1)].start
    for tok in reversed(tokens(pronoun.doc)[first : pronoun.i]):
        if node_class(tok) != "Plan" or tok.dep_ in {"compound", "attr", "acomp"} or _quoted(ctx, tok):
            continue
        node = described_node(ctx, tok, "Plan")
        if node is not None:
            return node
    return None


def _earlier_system(ctx: ExtractionContext, head: Token) -> Mention | None:
    """What the nearest earlier deployment outside quotations deployed: 'station a brigade', 'the deployment of X'."""
    from kg.extract.deployment import DEPLOY_VERBS

    for tok in reversed(tokens(head.doc)[max(0, head.sent.start - 400) : head.i]):
        if _quoted(ctx, tok):
            continue
        if tok.lemma_.lower() in DEPLOYING_NOUNS:
            deployed = [of_object(tok)]
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in DEPLOY_VERBS:
            deployed = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
        else:
            continue
        for thing in deployed:
            node = described_node(ctx, thing, "System") if thing is not None and node_class(thing) == "System" else None
            if node is not None:
                return node
    return None


def _earlier_same_system(ctx: ExtractionContext, head: Token) -> Mention | None:
    """'the brigade' after 'a German combat brigade': the nearest earlier system with that head noun."""
    doc = head.doc
    for tok in reversed(tokens(doc)[max(0, head.sent.start - 400) : head.i]):
        if tok.lemma_.lower() != head.lemma_.lower() or tok.dep_ in {"compound", "attr", "acomp"} or _quoted(ctx, tok):
            continue
        node = described_node(ctx, tok, "System")
        if node is not None:
            return node
    return None


def _earlier_same_plan(ctx: ExtractionContext, head: Token) -> Mention | None:
    """'the bill' after 'the Communications Data Bill', 'the proposals' after 'a plan to cut visas'.

    The nearest earlier plan with the same head noun, named in full, wins; failing that, and
    only for a generic word ("the plans", "the proposals"), the nearest earlier plan of any
    kind. Descriptions ("This is a plan to ...") and plans named inside quotations
    introduce nothing to refer back to.
    """
    doc = head.doc
    first = max(0, head.sent.start - 400)
    candidates = [
        tok
        for tok in reversed(tokens(doc)[first : head.sent.start])
        if node_class(tok) == "Plan" and tok.dep_ not in {"compound", "attr", "acomp"} and not _quoted(ctx, tok)
    ]
    kinds = LEGISLATION if head.lemma_.lower() in LEGISLATION else {head.lemma_.lower()}
    same_head = [t for t in candidates if t.lemma_.lower() in kinds]
    if head.lemma_.lower() not in GENERIC_PLAN_NOUNS:
        candidates = []  # "the Bill" is some bill: never the sunset-clause proposals named before it
    for tok in same_head + candidates:
        node = described_node(ctx, tok, "Plan")
        if node is not None:
            return node
    return None


def _quoted(ctx: ExtractionContext, tok: Token) -> bool:
    quotation = ctx.quotation_at(tok)
    return quotation is not None and quotation.direct
