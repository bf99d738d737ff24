"""Candidates and features for the stance-scorer experiment (``benchmarks/stance_scorer.py``).

A candidate is a (holder, plan) pair in one sentence with a stance cue between them: a named
or resolved actor (a person, party, organisation or country, "he", "we", group subjects
such as "ministers"), the speaker of the quotation the sentence is in, or either one's
side, and a plan the sentence names as the stance rules read plans (a named plan or
system, a plan word referring back, an act, a described policy). Its features are what a
reader looks at: the dependency path between the two and the words on it, the vocabulary
lists those words are in (``kg/data/stance_verbs.json`` and the CAMEO verbs), negation,
modals and questions, and the roles of both in the clause.

Not part of newskg's build: the experiment measured that a linear scorer over these does
not reach the precision newskg asks of its facts (see ``benchmarks/QUALITY.md``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from kg.extract.common.antecedents import antecedent_node
from kg.extract.common.nodes import node_for
from kg.extract.common.labels import complement_tokens, label_tokens, new_node, node_class
from kg.extract.stance.targets import policy_node
from kg.learn.features import dependency_path, hash_features
from kg.lexicon import cameo_stance_verbs, stance_vocabulary
from kg.resolve.groups import group_holder

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from kg.extract.common.context import ExtractionContext
    from kg.types import Mention

HOLDER_CLASSES = frozenset({"Person", "Organization", "Country"})
PLAN_CLASSES = frozenset({"Plan", "System"})
# Vocabulary lists whose words are no stance cue by themselves ("be", "part", "message").
_NOT_CUES = frozenset({"open_object_verbs", "not_policies", "plan_parts", "verdict_carrying_verbs", "verdict_objects",
                       "authored_works", "bringing_about", "giving", "stance_noun_verbs", "content_nouns"})  # fmt: skip
_MAX_PAIRS_PER_SENTENCE = 60
FEATURE_VERSION = 1
_BUCKETS = (0, 1, 2, 3, 5, 8, 12, 20)


@dataclass(frozen=True)
class StanceCandidate:
    """A holder and a plan in one sentence, with the tokens that head them."""

    holder: Mention
    holder_token: Token
    target: Mention
    plan_token: Token
    how: str = "named"  # named in the sentence; "speaker" of the quotation it is in; "side" of either


@lru_cache(maxsize=1)
def cue_words() -> frozenset[str]:
    """First words of every stance entry of the vocabulary and of the CAMEO verbs: a sentence's stance cues."""
    words = {
        entry.split()[0]
        for key, entries in stance_vocabulary().items()
        if key not in _NOT_CUES
        for entry in entries
    }
    words |= {verb.split()[0] for verb in cameo_stance_verbs().verbs}
    return frozenset(words)


def has_cue(sentence: Span) -> bool:
    cues = cue_words()
    return any(t.lemma_.lower() in cues or t.lower_ in cues for t in sentence)


def stance_candidates(ctx: ExtractionContext, *, open_plans: bool = False) -> Iterator[StanceCandidate]:
    """Every (holder, plan) pair of each sentence with a stance cue, holders and plans distinct."""
    for sentence in ctx.doc.sents:
        if not has_cue(sentence):
            continue
        holders = _with_speakers_and_sides(ctx, sentence, list(_holders(ctx, sentence)))
        if not holders:
            continue
        taken = {token.i for _, token, how in holders if how == "named"}
        plans = [(p, t) for t in sentence if t.i not in taken and (p := plan_for(ctx, t, open_plans=open_plans)) is not None]
        pairs = [
            StanceCandidate(holder, h_token, plan, p_token, how)
            for holder, h_token, how in holders
            for plan, p_token in plans
            if plan.entity.key != holder.entity.key and not (plan.start <= h_token.idx < plan.end)
            and _cue_between(h_token, p_token, how)
        ]
        yield from pairs[: _MAX_PAIRS_PER_SENTENCE * (4 if open_plans else 1)]


def _cue_between(holder: Token, plan: Token, how: str) -> bool:
    """Whether a stance cue joins the two: on the dependency path between them, or governing the plan."""
    cues = cue_words()
    if how == "speaker":
        path = [plan, *plan.ancestors]
    else:
        path = _path(holder, plan)
    return any(t.lemma_.lower() in cues or t.lower_ in cues for t in path[:_CUE_REACH] if t.i != holder.i)


_CUE_REACH = 8


def _path(a: Token, b: Token) -> list[Token]:
    """The tokens from ``a`` up to the lowest common ancestor, then up from ``b`` to just below it."""
    up, down = dependency_path(a, b)
    return up + down[::-1]


def _with_speakers_and_sides(
    ctx: ExtractionContext, sentence: Span, named: list[tuple[Mention, Token]]
) -> list[tuple[Mention, Token, str]]:
    """The sentence's named holders, the speaker of the quotation it is in, and each one's side.

    A quotation's speaker is often named sentences away ('"We will scrap it," he said.'),
    and a spokesman's stance is their party's: both are candidates the scorer judges.
    """
    holders = [(m, t, "named") for m, t in named]
    quotation = ctx.quotation_at(sentence.root)
    if quotation is not None and quotation.speaker is not None:
        holders.append((quotation.speaker, sentence.root, "speaker"))
    keys = {m.entity.key for m, _, _ in holders}
    for mention, token, _ in list(holders):
        side = ctx.sides.get(mention.entity.key)
        if side is not None and side.entity.key not in keys:
            keys.add(side.entity.key)
            holders.append((side, token, "side"))
    return holders


def _holders(ctx: ExtractionContext, sentence: Span) -> Iterator[tuple[Mention, Token]]:
    seen: set[int] = set()
    for token in sentence:
        mention = ctx.mention(token)
        if mention is None and token.dep_ in {"nsubj", "nsubjpass", "poss", "pobj"} and token.pos_ == "NOUN":
            mention = group_holder(ctx.entities, token)  # "ministers", "Tory MPs": the body they stand for
        if mention is None or mention.entity.cls not in HOLDER_CLASSES:
            continue
        if token.head.i != token.i and ctx.mention(token.head) is mention:
            continue  # one token per mention: its syntactic head
        if id(mention) in seen:
            continue
        seen.add(id(mention))
        yield mention, token


def plan_for(ctx: ExtractionContext, head: Token, *, open_plans: bool = False) -> Mention | None:
    """The plan or system the phrase headed by ``head`` names, as the stance rules would read it, or None.

    With ``open_plans``, any other noun phrase that is no actor is a plan candidate too, named
    as the rules name a plan they mint (its words, complement and their short forms): the
    scorer, not a plan noun, then judges whether it is what a stance is about.
    """
    if head.pos_ not in {"NOUN", "PROPN", "PRON"} and head.tag_ != "VBG":
        return None
    if head.pos_ == "PRON" and head.lower_ != "it":
        return None
    node = node_for(ctx, head) if head.pos_ != "PRON" else None
    if node is None:
        node = antecedent_node(ctx, head)
    if node is None and head.pos_ == "NOUN":
        node = policy_node(ctx, head, head.head)
    if node is None and open_plans:
        node = open_plan(ctx, head)
    return node if node is not None and node.entity.cls in PLAN_CLASSES else None


_PHRASE_HEADS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "attr", "conj", "appos", "dative", "oprd", "ROOT", "npadvmod"})


def open_plan(ctx: ExtractionContext, head: Token) -> Mention | None:
    """A plan candidate from any noun phrase that names no actor: its words and their short forms as names."""
    if head.pos_ not in {"NOUN", "PROPN"} or head.dep_ not in _PHRASE_HEADS or ctx.mention(head) is not None:
        return None
    if head.pos_ == "PROPN" and head.ent_type_ in {"PERSON", "GPE", "ORG", "NORP", "DATE", "MONEY", "CARDINAL"}:
        return None
    words = label_tokens(ctx, head)
    complement = complement_tokens(ctx, head)
    if complement:
        words += [t for t in head.doc[complement[0].i : complement[-1].i + 1] if not t.is_punct]
    if not words:
        return None
    return new_node(ctx, head, node_class(head) or "Plan", sorted(words, key=lambda t: t.i))


@lru_cache(maxsize=1)
def _categories() -> dict[str, tuple[str, ...]]:
    """Each vocabulary word (an entry's first word) -> the lists it is in, CAMEO relations included."""
    found: dict[str, set[str]] = {}
    for key, entries in stance_vocabulary().items():
        for entry in entries:
            found.setdefault(entry.split()[0], set()).add(key)
    for verb, relation in cameo_stance_verbs().verbs.items():
        found.setdefault(verb.split()[0], set()).add(f"cameo_{relation}")
    return {word: tuple(sorted(keys)) for word, keys in found.items()}


def _cats(token: Token) -> tuple[str, ...]:
    table = _categories()
    return table.get(token.lemma_.lower()) or table.get(token.lower_) or ()


def _bucket(n: int) -> str:
    return str(max(b for b in _BUCKETS if b <= n))


def joining_token(candidate: StanceCandidate) -> Token:
    """The word a stance is read at: the top of the path joining holder and plan, else the plan's head."""
    if candidate.how == "speaker":
        return candidate.plan_token.head
    up, down = dependency_path(candidate.holder_token, candidate.plan_token)
    top = up[-1]
    if top.i in {candidate.holder_token.i, candidate.plan_token.i} and len(up) + len(down) > 1:
        return candidate.plan_token.head
    return top


def stance_features(candidate: StanceCandidate) -> list[str]:
    """The feature strings of one candidate (before hashing)."""
    holder, plan = candidate.holder_token, candidate.plan_token
    up, down = dependency_path(holder, plan)
    nodes = up + down
    inner = nodes[1:-1]
    top = joining_token(candidate)
    cls = candidate.holder.entity.cls
    edges = [f"{a.dep_}<" if a in up[:-1] else f">{b.dep_}" for a, b in zip(nodes, nodes[1:])]
    lex = [f"{e}{t.lemma_.lower()}" for e, t in zip(edges, nodes[1:])]
    feats = [
        "bias",
        f"hcls={cls}",
        f"how={candidate.how}",
        f"how|top={candidate.how}|{top.lemma_.lower()}",
        f"pcls={candidate.target.entity.cls}",
        f"hdep={holder.dep_}",
        f"hpron={holder.pos_ == 'PRON'}",
        f"pdep={plan.dep_}",
        f"phead={plan.lemma_.lower()}",
        f"ptag={plan.tag_}",
        f"top={top.lemma_.lower()}",
        f"top_pos={top.pos_}",
        f"order={'hp' if holder.i < plan.i else 'ph'}",
        f"plen={_bucket(len(nodes) - 1)}",
        f"dist={_bucket(abs(plan.i - holder.i))}",
        f"deps={' '.join(edges)}",
        f"path={' '.join(lex[:-1])}",
        f"top|pdep={top.lemma_.lower()}|{plan.dep_}",
        f"top|hdep={top.lemma_.lower()}|{holder.dep_}",
        f"plabel_len={_bucket(len(candidate.target.entity.label.split()))}",
    ]
    for token in inner:
        feats.append(f"on={token.lemma_.lower()}")
        feats += [f"oncat={c}" for c in _cats(token)]
        feats += [f"oncat|pdep={c}|{plan.dep_}" for c in _cats(token)]
    feats += [f"topcat={c}" for c in _cats(top)]
    feats += [f"pheadcat={c}" for c in _cats(plan)]
    feats += [f"pchild={c.lower_}" for c in plan.children if c.dep_ in {"det", "poss", "neg", "prep"}]
    feats += _modality_features([top, *inner])
    sentence = plan.sent
    if sentence[-1].text == "?" or (len(sentence) > 1 and sentence[-2].text == "?"):
        feats.append("question")
    before = plan.doc[plan.left_edge.i - 1] if plan.left_edge.i > sentence.start else None
    if before is not None:
        feats.append(f"pbefore={before.lower_}")
        feats += [f"pbeforecat={c}" for c in _cats(before)]
    return feats


def _modality_features(tokens: list[Token]) -> list[str]:
    feats = []
    for token in tokens:
        for child in token.children:
            if child.dep_ == "neg":
                feats.append("negated")
            elif child.dep_ == "aux" and child.tag_ == "MD":
                feats.append(f"modal={child.lower_}")
            elif child.dep_ == "mark" and child.lower_ in {"if", "whether", "unless"}:
                feats.append(f"mark={child.lower_}")
    return feats


def featurise(candidate: StanceCandidate) -> np.ndarray:
    return hash_features(stance_features(candidate))
