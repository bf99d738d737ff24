"""Features of an ordered pair of name mentions in one sentence, hashed to fixed indices.

The features are what a reader looks at to tell how two names relate: their
classes, the words between them, the dependency path joining their heads, how
far apart they are, and a few cue words (a job title, a comma, "of", "in",
"based"). Each feature is a string hashed with CRC-32 (stable across runs and
machines, unlike Python's salted ``hash``) into ``DIMENSION`` buckets.

Bump ``FEATURE_VERSION`` whenever the feature strings change: the shipped
weights record the version they were trained with and are refused otherwise.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from kg.lexicon import title_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from kg.types import Mention

FEATURE_VERSION = 1
DIMENSION = 2**18
NONE = "none"
# What each predicate may join: (subject classes, object classes).
SIGNATURES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "worksFor": (frozenset({"Person"}), frozenset({"Organization"})),
    "livesIn": (frozenset({"Person"}), frozenset({"Place", "Country"})),
    "locatedIn": (frozenset({"Place", "Country"}), frozenset({"Place", "Country"})),
    "basedIn": (frozenset({"Organization"}), frozenset({"Place", "Country"})),
    "killed": (frozenset({"Person"}), frozenset({"Person"})),
}
PREDICATES = tuple(SIGNATURES)
CUE_WORDS = ("of", "in", "based", "for", "'s", "who", "at", "from", "near")
_DISTANCE_BUCKETS = (0, 1, 2, 3, 5, 8, 12, 20)


@dataclass(frozen=True)
class Candidate:
    """An ordered pair of name mentions in one sentence that some predicate could join."""

    subject: Mention
    object: Mention
    subject_span: Span
    object_span: Span

    @property
    def predicates(self) -> tuple[str, ...]:
        """The predicates whose signature fits the two mentions' classes."""
        return fitting_predicates(self.subject.entity.cls, self.object.entity.cls)


def fitting_predicates(subject_cls: str, object_cls: str) -> tuple[str, ...]:
    return tuple(p for p, (s, o) in SIGNATURES.items() if subject_cls in s and object_cls in o)


def name_mentions(doc: Doc, mentions: list[Mention]) -> list[tuple[Mention, Span]]:
    """Each mention that is a name (capitalised, not a pronoun) with its token span, once."""
    seen: set[tuple[int, int]] = set()
    found = []
    for mention in mentions:
        if not mention.text[:1].isupper() or (mention.start, mention.end) in seen:
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.root.pos_ == "PRON":
            continue
        seen.add((mention.start, mention.end))
        found.append((mention, span))
    return found


def candidates(doc: Doc, mentions: list[Mention]) -> Iterator[Candidate]:
    """Every ordered pair of distinct entities' name mentions sharing a sentence and a signature."""
    named = name_mentions(doc, mentions)
    for a, a_span in named:
        for b, b_span in named:
            if a.entity.key == b.entity.key or a_span.root.sent.start != b_span.root.sent.start:
                continue
            if a_span.start < b_span.end and b_span.start < a_span.end:
                continue  # overlapping spans
            if _listed_together(a_span, b_span):
                continue  # "Boston, Chicago and Denver": items of one list relate to nothing in it
            if fitting_predicates(a.entity.cls, b.entity.cls):
                yield Candidate(a, b, a_span, b_span)


def _listed_together(a: Span, b: Span) -> bool:
    if any(c.i == b.root.i for c in a.root.conjuncts):
        return True
    left, right = (a, b) if a.end <= b.start else (b, a)
    between = left.doc[left.end : right.start]
    return len(between) > 0 and all(t.is_punct or t.lower_ in {"and", "or"} for t in between)


def dependency_path(a: Token, b: Token) -> tuple[list[Token], list[Token]]:
    """Tokens from ``a`` up to the lowest common ancestor, and from below it down to ``b``."""
    up = [a, *a.ancestors]
    index = {t.i: n for n, t in enumerate(up)}
    down: list[Token] = []
    node = b
    while node.i not in index:
        down.append(node)
        if node.head.i == node.i:
            return up, list(reversed(down))  # different trees (sentence split); no common ancestor
        node = node.head
    return up[: index[node.i] + 1], list(reversed(down))


def anchor(candidate: Candidate) -> Token:
    """The token a pair's relation is read at: the verb joining them, else the later name's head."""
    up, down = dependency_path(candidate.subject_span.root, candidate.object_span.root)
    path = up[1:] + down[:-1]
    verbs = [t for t in path if t.pos_ in {"VERB", "AUX"}]
    if verbs:
        top = up[-1]
        return top if top in verbs else verbs[0]
    later = max((candidate.subject_span, candidate.object_span), key=lambda s: s.start)
    return later.root


def _bucket(n: int) -> str:
    return str(max(b for b in _DISTANCE_BUCKETS if b <= n))


def _path_string(candidate: Candidate) -> tuple[str, str, int]:
    """The dependency path as 'nsubj< live >prep in >pobj' (ends anonymous), its labels only, its length."""
    up, down = dependency_path(candidate.subject_span.root, candidate.object_span.root)
    nodes = up + down
    parts, deps = [], []
    for t in nodes[1:]:
        edge = f"{nodes[nodes.index(t) - 1].dep_}<" if t in up else f">{t.dep_}"
        deps.append(edge)
        parts.append(edge)
        if t is not nodes[-1]:
            parts.append(t.lemma_.lower())
    return " ".join(parts), " ".join(deps), len(nodes) - 1


def pair_features(candidate: Candidate) -> list[str]:
    """The feature strings of one candidate pair (before hashing)."""
    s_span, o_span = candidate.subject_span, candidate.object_span
    doc = s_span.doc
    forward = s_span.start < o_span.start
    left, right = (s_span, o_span) if forward else (o_span, s_span)
    between = doc[left.end : right.start]
    classes = f"{candidate.subject.entity.cls}>{candidate.object.entity.cls}"
    direction = "fwd" if forward else "rev"
    cp = f"{classes}|{direction}"
    words = [t.lower_ for t in between]
    lemmas = [t.lemma_.lower() for t in between]
    titles = title_words()
    path, deps, path_len = _path_string(candidate)
    feats = [
        "bias",
        f"cls={classes}",
        f"cp={cp}",
        f"dist={_bucket(len(between))}|{cp}",
        f"path={path}|{classes}",
        f"deps={deps}|{classes}",
        f"plen={_bucket(path_len)}|{cp}",
        f"sh={s_span.root.lemma_.lower()}",
        f"oh={o_span.root.lemma_.lower()}",
        f"sdep={s_span.root.dep_}|{cp}",
        f"odep={o_span.root.dep_}|{cp}",
        f"names_between={_bucket(sum(1 for t in between if t.ent_iob_ == 'B'))}|{cp}",
    ]
    feats += [f"bw={w}|{cp}" for w in set(words)]
    feats += [f"bl={lemma}" for lemma in set(lemmas)]
    feats += [f"bv={t.lemma_.lower()}|{cp}" for t in between if t.pos_ in {"VERB", "AUX"}]
    if len(between) <= 4:
        feats.append(f"btw={' '.join(words)}|{cp}")
    for n, (a, b) in enumerate(zip(words, words[1:])):
        if n < 8:
            feats.append(f"bb={a}_{b}|{cp}")
    if any(w.rstrip(".") in titles for w in words):
        feats.append(f"title_between|{cp}")
    if "," in words:
        feats.append(f"comma_between|{cp}")
    feats += [f"cue={w}|{cp}" for w in CUE_WORDS if w in words]
    for name, span in (("l", left), ("r", right)):
        before = doc[span.start - 1].lower_ if span.start > span.sent.start else "<s>"
        after = doc[span.end].lower_ if span.end < span.sent.end else "</s>"
        feats += [f"{name}-1={before}|{cp}", f"{name}+1={after}|{cp}"]
        prev_title = span.start > 0 and doc[span.start - 1].lower_.rstrip(".") in titles
        if prev_title:
            feats.append(f"{name}_titled|{cp}")
    top = anchor(candidate)
    feats.append(f"anchor={top.lemma_.lower()}|{cp}")
    return feats


def hash_features(features: list[str]) -> np.ndarray:
    """Sorted, distinct bucket indices of feature strings (CRC-32, so stable everywhere)."""
    buckets = {zlib.crc32(f.encode("utf-8")) % DIMENSION for f in features}
    return np.fromiter(sorted(buckets), dtype=np.int32, count=len(buckets))


def featurise(candidate: Candidate) -> np.ndarray:
    return hash_features(pair_features(candidate))
