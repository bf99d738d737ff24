"""What a bare definite noun refers back to: "the offer", "the bill", "the brigade".

Only a definite bare plan or system noun looks back, to the nearest earlier node
of its kind named in full; descriptions ("This is a plan to ...") and things named
inside quotations introduce nothing to refer back to. A plan may be named in full by
what it would do ("an amendment that would cancel the programme"); "the deal" is what
the sides were said to agree when no deal was named; "the weapon" is the system just
named; "the idea" looks back one sentence only. "The law" or "the ban" may be an act
named before ("the Hunting Act"); a judging adjective ("this disastrous law") does not stop
a word referring back; "they" is plans just named in the plural, when no actor came between.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from kg.extract.common.actions import has_to_clause
from kg.extract.common.competitors import actor_between, side_competes
from kg.extract.common.epithets import epithets
from kg.extract.common.plan_described import introduces_plan, plan_said_to_do, planned_act
from kg.extract.common.modality import negated
from kg.extract.common.nodes import DEPLOY_VERBS, GENERIC_PLAN_NOUNS, described_node, label_tokens, node_class, of_object
from kg.lexicon import stance_vocabulary, word_list
from kg.syntax import in_return_for, sentence_start_back, tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.common.context import ExtractionContext
    from kg.types import Mention


def antecedent_node(ctx: ExtractionContext, head: Token, *, as_subject: bool = False) -> Mention | None:
    """The specific plan or system a bare definite noun (or an object "it") picks up earlier.

    "Washington would like to post a joint memorandum ... but Moscow did not accept
    the offer": "the offer" is the joint memorandum. Only a definite ("the", "this",
    "that") bare noun looks back, and only as far as :data:`LOOKBACK_TOKENS` (a
    generic word such as "the idea" only to the sentence before), where the nearest
    specific plan of its kind is almost always the one meant. ``as_subject`` lets a subject
    "it" look back too, for callers that know it is no dummy subject ('"It is misguided," said X').
    """
    if head.lower_ == "it" and (head.dep_ in {"dobj", "pobj"} or as_subject and head.dep_ in {"nsubj", "nsubjpass"}):
        return _plan_just_named(ctx, head)  # "Julian Barker criticised it"
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"} for c in head.children):
        return None
    judged = epithets(head)  # "this disastrous law" refers back as "the law" does
    if head.lemma_.lower() in plan_anaphors() and not any(c.dep_ in {"amod", "compound", "prep"} and c not in judged for c in head.children):
        return _plan_just_named(ctx, head)  # "Labour condemned the move": the plan just named, if one was
    if head.lemma_.lower() in DEPLOYING_NOUNS and of_object(head) is None:
        return _earlier_system(ctx, head)  # "Vaitkute welcomed the deployment": of what was deployed
    cls = node_class(head)
    if cls is None or len([t for t in label_tokens(ctx, head) if t not in judged]) > 1:
        return None
    if cls == "System":  # "Russia condemned the brigade"; "led the defence of the weapon" just named
        same = _earlier_same_system(ctx, head)
        return same if same is not None or head.lemma_.lower() not in GENERIC_SYSTEM_NOUNS else _recent_system(ctx, head)
    for tok in reversed(list(head.doc[head.sent.start : head.i])):
        if tok.dep_ == "compound" or node_class(tok) != "Plan" or head in tok.subtree:
            continue  # "plan to oppose the Bill" cannot be what "the Bill" refers to
        node = described_node(ctx, tok, "Plan")
        if node is not None:
            return node
    earlier = _earlier_same_plan(ctx, head)
    if earlier is None and head.lemma_.lower() in AGREEMENT_NOUNS:
        return _agreed_thing(ctx, head)
    return earlier


# Words for any weapon: "the weapon" is the system last named, whatever its own word.
GENERIC_SYSTEM_NOUNS = frozenset({"weapon"})
# "the measure" or "the legislation" refers back to a bill or act named before it.
LEGISLATION = frozenset({"bill", "act", "law", "measure", "legislation"})
# Plans that are often enacted as a law: "the ban" may be the act named before when no ban was.
LEGISLATIVE_KINDS = frozenset({"ban"})
DEPLOYING_NOUNS = frozenset({"deployment", "installation", "stationing", "placement"})


# "the deal" or "the arrangement" is what the sides were said to agree, when no deal was named.
AGREEMENT_NOUNS = frozenset({"agreement", "deal", "arrangement", "accord", "pact"})


LOOKBACK_TOKENS = 400  # roughly the last dozen sentences
# Words for an undertaking that news also uses for a weapon or installation: "the radar ... is against the project".
PROJECT_NOUNS = frozenset({"project", "programme", "program"})
RECENT_SENTENCES = 3
# Plan words as often used for a passing thought as for a plan: "the idea" refers back only to the
# sentence before ("Ridley called for public ownership. Chandran dismissed the idea").
PASSING_NOUNS = frozenset({"idea"})


def _introductions(ctx: ExtractionContext, cls: str, first: int, last: int) -> list[Token]:
    """Heads of ``cls`` noun phrases that introduce something, nearest first, in tokens [first, last).

    Descriptions ("This is a plan to ...") and things named inside quotations introduce
    nothing to refer back to.
    """
    return [
        tok
        for tok in reversed(tokens(ctx.doc)[max(0, first) : last])
        if (node_class(tok) == cls or _named(ctx, tok, cls) or cls == "Plan" and introduces_plan(tok))
        and tok.dep_ not in {"compound", "attr", "acomp"}
        and not _quoted(ctx, tok) and not in_return_for(tok)
    ]


def _outermost(heads: list[Token]) -> list[Token]:
    """``heads`` less those inside another's phrase: "plans to cut tuition fees" is one plan, not also "tuition fees".

    Plans joined by "and" stay two: "the X Bill and the Y Bill" leave "the move" unread.
    """
    return [h for h in heads if not any(o is not h and h in o.subtree and h not in o.conjuncts for o in heads)]


def _named(ctx: ExtractionContext, tok: Token, cls: str) -> bool:
    """Whether ``tok`` heads a named node of ``cls``: 'the Hunting Act', which 'the law' may refer back to."""
    mention = ctx.mention(tok)
    return mention is not None and mention.entity.cls == cls and tok.pos_ == "PROPN"


def _first_described(ctx: ExtractionContext, heads: list[Token], cls: str) -> Mention | None:
    """The first of ``heads`` that names a node: described, or for a plan, by what it would do."""
    for head in heads:
        if _named(ctx, head, cls):
            return ctx.mention(head)
        if head.pos_ == "VERB":  # "Rolt plans to make cuts ... But Keyes criticised the plans"
            node = planned_act(ctx, head)
        else:
            node = described_node(ctx, head, cls) or (plan_said_to_do(ctx, head) if cls == "Plan" else None)
        if node is not None:
            return node
    return None


def _plan_just_named(ctx: ExtractionContext, pronoun: Token) -> Mention | None:
    """'it' or 'the move' as what someone opposes or backs: the one plan named in this or the previous sentence.

    Two plans named there, or for 'it' a country or organisation named as the subject or object
    of a clause after the plan ("... the levy. Germany criticised it"), leave it unread.
    """
    first = sentence_start_back(pronoun, 1)
    heads = _outermost(_introductions(ctx, "Plan", first, pronoun.i))
    if pronoun.lemma_.lower() in {"move", "step", "change"}:
        heads = [h for h in heads if _an_act(h)]  # "the move", "the change": something done, never "the laws of many countries"
    found = {n.entity.key: n for head in heads if (n := _first_described(ctx, [head], "Plan")) is not None}
    if len(found) != 1:
        return None
    node = next(iter(found.values()))
    if pronoun.lower_ == "it" and side_competes(ctx, heads[0].i, pronoun):
        return None
    return node


# Plan nouns that name something done or to be done, which "the move" may refer to.
_ACT_NOUNS = frozenset({"plan", "proposal", "decision", "move", "step", "bid", "offer", "initiative", "change", "reform",
                        "cut", "rise", "increase", "ban", "freeze", "abolition", "introduction", "deployment", "withdrawal"})  # fmt: skip


def _an_act(head: Token) -> bool:
    """A deed, a plan with its act ("moves [to lift the ban]") or what was acted on ("unveiled [the bill]"), not "by [the laws] of"."""
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "unveiled the X Bill and [the Y Bill]": both acted on
    if (acted_on := first.dep_ in {"dobj", "nsubjpass"}) and first.head.lemma_.lower() in stance_vocabulary()["removal"]:
        return False  # "may lift the ban ... the move": the move is the lifting, the opposite of the ban
    return head.pos_ == "VERB" or head.lemma_.lower() in _ACT_NOUNS or acted_on or has_to_clause(head, {"acl", "xcomp"})


@lru_cache(maxsize=1)
def plan_anaphors() -> frozenset[str]:
    """Words that only refer back to a plan named before ('the move'): ``kg/data/plan_anaphors.txt``."""
    return word_list("plan_anaphors.txt")


def _earlier_system(ctx: ExtractionContext, head: Token) -> Mention | None:
    """What the nearest earlier deployment outside quotations deployed: 'station a brigade', 'the deployment of X'."""
    for tok in reversed(tokens(head.doc)[max(0, head.sent.start - LOOKBACK_TOKENS) : head.i]):
        if tok.lemma_.lower() in DEPLOYING_NOUNS:
            deployed = [of_object(tok)]
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in DEPLOY_VERBS:
            deployed = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
        else:
            continue
        if _quoted(ctx, tok):  # looked up only for candidates: it scans every quotation
            continue
        node = _first_described(ctx, [t for t in deployed if t is not None and node_class(t) == "System"], "System")
        if node is not None:
            return node
    return None


def _earlier_same_system(ctx: ExtractionContext, head: Token) -> Mention | None:
    """'the brigade' after 'a German combat brigade': the nearest earlier system with that head noun."""
    earlier = _introductions(ctx, "System", head.sent.start - LOOKBACK_TOKENS, head.i)
    same = [t for t in earlier if t.lemma_.lower() == head.lemma_.lower() and not _plural_for_singular(head, t)]
    return _first_described(ctx, same, "System")


def _plural_for_singular(head: Token, earlier: Token) -> bool:
    """'the missile' cannot pick up 'intercontinental missiles': a singular noun refers to one thing."""
    return head.tag_ in {"NN", "NNP"} and earlier.tag_ in {"NNS", "NNPS"}


def _earlier_same_plan(ctx: ExtractionContext, head: Token) -> Mention | None:
    """'the bill' after 'the Communications Data Bill', 'the proposals' after 'a plan to cut visas'.

    The nearest earlier plan with the same head noun (or, for "the measure", any bill or act),
    named in full, wins; failing that, "the project" or "the programme" is a system named just
    before (:func:`_recent_system`), and only for a generic word ("the plans", "the
    proposals"), the nearest earlier plan of any kind.
    """
    lookback = sentence_start_back(head, 1) if head.lemma_.lower() in PASSING_NOUNS else head.sent.start - LOOKBACK_TOKENS
    candidates = _introductions(ctx, "Plan", lookback, head.sent.start)
    lemma = head.lemma_.lower()
    kinds = LEGISLATION if lemma in LEGISLATION else {lemma}
    same_head = [t for t in candidates if t.lemma_.lower() in kinds]
    if lemma in LEGISLATIVE_KINDS:  # "the ban": a ban named before, else the (one) law that bans, not "laws of many countries"
        same_head += [t for t in candidates if t.lemma_.lower() in LEGISLATION and (t.tag_ == "NNS") == (head.tag_ == "NNS")]
    if not same_head and head.lemma_.lower() in PROJECT_NOUNS:
        return _recent_system(ctx, head)
    if head.lemma_.lower() not in GENERIC_PLAN_NOUNS and not (lemma in {"measure", "reform", "change"} and head.tag_ == "NNS"):
        candidates = []  # "the Bill" is some bill, never the proposals named before it; "the measures" may be any plans
    return _first_described(ctx, same_head + _outermost(candidates), "Plan")


def recent_same_plan(ctx: ExtractionContext, head: Token) -> Mention | None:
    """'Chandran, who introduced the legislation': the bill named in full in this or the last few sentences.

    Only a definite bare noun of a specific kind ("the bill", "the legislation", "the
    amendment"), never a generic one ("the plan" may be anyone's plan), and only a plan
    named recently, so that saying who brought it in is about the plan just named.
    """
    lemma = head.lemma_.lower()
    if lemma in GENERIC_PLAN_NOUNS or node_class(head) != "Plan" or len(label_tokens(ctx, head)) > 1:
        return None
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in head.children):
        return None
    first = sentence_start_back(head, RECENT_SENTENCES)
    kinds = LEGISLATION if lemma in LEGISLATION else {lemma}
    same = [t for t in _introductions(ctx, "Plan", first, head.i) if t.lemma_.lower() in kinds and t.i != head.i]
    return _first_described(ctx, same, "Plan")


def _recent_system(ctx: ExtractionContext, head: Token) -> Mention | None:
    """'the project' or 'the programme' for the system last named in the last few sentences, when no such plan was.

    The system must be a subject or object there ("Norway installed [a radar]", "Lund
    supported [the radar]"), not one mentioned in passing ("protects against [ballistic
    missiles]"), and one thing, as a project is; a bare "the radar" there stands for what
    it refers back to. The nearest such system decides: if it names nothing, nothing is read.
    """
    first = sentence_start_back(head, RECENT_SENTENCES)
    for tok in _introductions(ctx, "System", first, head.sent.start):
        if tok.dep_ not in {"nsubj", "nsubjpass", "dobj"} or tok.tag_ not in {"NN", "NNP"}:
            continue
        return described_node(ctx, tok, "System") or _earlier_same_system(ctx, tok)
    return None


def _quoted(ctx: ExtractionContext, tok: Token) -> bool:
    quotation = ctx.quotation_at(tok)
    return quotation is not None and quotation.direct


def _agreed_thing(ctx: ExtractionContext, head: Token) -> Mention | None:
    """'Greece and Turkey agreed to set up a hotline ... NATO welcomed the deal': the deal is the hotline.

    The plan or system named as the object of the nearest earlier "agree" outside quotations
    ("agree a hotline", "agreed to set up a hotline", "agreed on a ceasefire"); an agreement
    not to do something, or one the text denies, is no deal to refer back to.
    """
    for verb in reversed(tokens(head.doc)[max(0, head.sent.start - LOOKBACK_TOKENS) : head.sent.start]):
        if verb.pos_ != "VERB" or verb.lemma_.lower() != "agree" or _quoted(ctx, verb) or negated(verb):
            continue
        agreed = [c for c in verb.children if c.dep_ == "dobj"]
        agreed += [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "on"
                   for p in prep.children if p.dep_ == "pobj"]  # fmt: skip
        agreed += [o for clause in verb.children if clause.dep_ == "xcomp" and not negated(clause)
                   for o in clause.children if o.dep_ == "dobj"]  # fmt: skip
        for cls in ("Plan", "System"):
            node = _first_described(ctx, [t for t in agreed if node_class(t) == cls], cls)
            if node is not None:
                return node
        return None  # the nearest agreement decides: "agreed to meet again" names no deal
    return None


def plan_just_named(ctx: ExtractionContext, pronoun: Token) -> Mention | None:
    """'It is a mistake', 'this would hit the poorest': the one plan named in this or the previous sentence.

    'They' or 'these' stand for plans only when the plan just named is plural ("the plans")
    and no person, party or country is named after it, whom 'they' would as well fit.
    """
    if pronoun.lower_ in {"they", "these"}:
        first = sentence_start_back(pronoun, 1)
        heads = _introductions(ctx, "Plan", first, pronoun.i)
        if not heads or heads[0].tag_ != "NNS" or actor_between(ctx, heads[0].i, pronoun.i):
            return None
    return _plan_just_named(ctx, pronoun)
