"""A stance a headline states in headline grammar: "G7 backs Africa debt relief plan", "Brown to outline goals".

``stance.headline`` reads an article's headline (:func:`kg.syntax.in_headline`) of the shape
*holder, stance verb, what it is about*, with the verb in the present ("backs", "calls for",
"hits out at") or as "to" and the verb ("Brown to unveil budget"), or of a call named as a noun
("Galloway plea for hostage release", "Tutu's Guantanamo release call"). Headlines drop their
articles and the small model parses them poorly (a verb in "-s" is often read as a plural
noun), so the shape is read from the words in order, not from the parse: the holder is the
named actor the headline opens with, the verb's stances come from ``kg/data/stance_verbs.json``,
and the rest of the line is what the stance is about, a plan named as written unless it names
an actor ("Blair backs Brown" is no stance on a plan). Questions, quoted headlines ("'UK will
stand firm'") and a verb in "-ed" ("Labour attacked on poster": something done to the holder)
are left alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import takewhile
from typing import TYPE_CHECKING

from kg.extract.common.labels import node_class
from kg.extract.common.registry import relation_rule
from kg.extract.stance.holders import HOLDERS
from kg.extract.stance.vocabulary import cameo_only_verbs, stance_verbs, stance_vocabulary
from kg.syntax import headline_end, tokens
from kg.types import Mention

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.common.context import ExtractionContext
    from kg.types import Fact

RULE = "stance.headline/1"
# Parts of a headline's object that end it: "Brown backs plan, says Blair", "X calls for moratorium [after launch]".
_OBJECT_ENDS = frozenset({",", ":", ";", "--", "–", "—", "after", "before", "amid", "ahead", "despite", "following",
                          "during", "until", "as", "at", "says", "say"})  # fmt: skip
# What a headline's object may open with: "[new] Aids fund", "[£1bn] to vaccine effort", "[ending] China embargo".
_OPENING_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "SYM", "DET", "VERB"})


@relation_rule("stance.headline", version=1, emits=("opposes", "supports", "proposes"))
def stance_headline(ctx: ExtractionContext) -> Iterator[Fact]:
    """'G7 backs Africa debt relief plan' -> the G7 supports the plan; 'Brown to outline presidency goals' -> proposes them."""
    end = headline_end(ctx.doc)
    line = [t for t in takewhile(lambda t: t.idx < end, tokens(ctx.doc)) if not t.is_space] if end is not None else []
    if len(line) < 3 or any(t.is_quote or t.text == "?" for t in line):
        return
    holder, rest = _opening_holder(ctx, line)
    if holder is None or len(rest) < 2:
        return
    if (called := _called_for(ctx, rest)) is not None:
        yield ctx.fact(holder, "proposes", called, rest[0], RULE, 0.6)
        return
    verb, rest = (rest[1], rest[2:]) if rest[0].lower_ == "to" and len(rest) > 2 else (rest[0], rest[1:])
    if verb.lower_.endswith("ed"):
        return  # "Labour attacked on Howard poster": done to the holder
    lemma = verb.lemma_.lower()
    narrow = lemma in cameo_only_verbs() or lemma in stance_vocabulary()["keeping"]  # need a plan word, see below
    for stance, path in stance_verbs().get(lemma, ()):
        words = [t.lower_ for t in rest[: len(path)]]
        if words != list(path):
            continue
        plan = _object_plan(ctx, rest[len(path) :], narrow)
        if plan is not None:
            yield ctx.fact(holder, stance, plan, verb, RULE, 0.6)


def _called_for(ctx: ExtractionContext, rest: list[Token]) -> Mention | None:
    """'Galloway plea for hostage release', 'Brown in appeal for unity', "Tutu's Guantanamo release call": a call's plan."""
    calls = {entry.split()[0] for entry in stance_vocabulary()["proposes_nouns"]}
    words = rest[1:] if rest[0].lower_ == "in" else rest
    if len(words) > 2 and words[0].lemma_.lower() in calls and words[1].lower_ == "for":
        return _object_plan(ctx, words[2:])
    if len(rest) > 2 and rest[0].lower_ == "'s" and rest[-1].lemma_.lower() in calls:
        return _object_plan(ctx, rest[1:-1])
    return None


def _opening_holder(ctx: ExtractionContext, line: list[Token]) -> tuple[Mention | None, list[Token]]:
    """The named actor the headline opens with, and the words after it."""
    mention = ctx.mention(line[0]) or _named_in_body(ctx, line[0])
    if mention is None or mention.entity.cls not in HOLDERS:
        return None, line
    rest = [t for t in line if t.idx >= mention.end]
    return mention, rest


def _object_plan(ctx: ExtractionContext, words: list[Token], narrow: bool = False) -> Mention | None:
    """The plan the rest of the headline names: a named plan, or the words as written when they name no actor.

    A ``narrow`` verb, one that takes a stance only on a plan ("drop", "retain"), needs a plan word at the
    end: "Fockers retain film chart crown" and "Yukos drops banks from court bid" name none.
    """
    end = next((n for n, t in enumerate(words) if t.lower_ in _OBJECT_ENDS or _to_an_actor(ctx, t)), len(words))
    words = words[:end]
    hyphened = len(words) > 1 and words[1].text == "-"  # "[all]-black MP lists"
    opening = words[0].pos_ in _OPENING_POS and (words[0].pos_ != "VERB" or words[0].tag_ == "VBG") if words else False
    if not words or not opening and not hyphened or _actor(ctx, words[0]):  # "promise [raises] hopes": no object
        return None  # "BAA support [ahead] of ...": no verb; "Norway rebuffs [Moscow] over X": a stance on an actor
    while words and (words[-1].is_punct or words[-1].pos_ in {"ADP", "CCONJ", "DET"}):
        words.pop()
    if not words:
        return None
    named = [m for t in words if (m := ctx.mention(t)) is not None]
    plans = {m.entity.key: m for m in named if m.entity.cls in {"Plan", "System"}}
    if len(plans) == 1:
        return next(iter(plans.values()))
    last = words[-1]
    plural = last.tag_ == "VBZ" and not any(t.pos_ in {"VERB", "AUX"} for t in words[:-1])  # "all-black MP [lists]"
    if last.pos_ not in {"NOUN", "PROPN"} and not plural or last.lemma_.lower() in stance_vocabulary()["not_policies"]:
        return None  # "Blair backs away", "Howard welcomes remarks": no policy named
    owned = any(t.lower_ == "'s" for t in words)  # "hails Man Utd's [resolve]": someone's quality, unless a plan word
    titled = last.pos_ == "PROPN" and not any(node_class(t) for t in words)  # "Berlin applauds [Hotel Rwanda]": a title
    if _actor(ctx, last) or (narrow or owned or titled) and node_class(last) is None or len(words) == 1 and (named or last.pos_ == "PROPN"):
        return None  # "Campese berates whingeing England": a stance on a team; "hits out at Wimbledon": a named non-plan
    span = ctx.doc[words[0].i : words[-1].i + 1]
    return ctx.new_mention(span, "Plan", span.text)  # no node_for: it names the parse's noun, and headlines parse poorly


def _named_in_body(ctx: ExtractionContext, word: Token) -> Mention | None:
    """'Ostrander' of a headline the model did not tag: the one person the body names so ('Karl Ostrander')."""
    if not word.is_title:
        return None
    people = [e for e in ctx.entities.entities.values() if e.cls == "Person" and e.label.split()[-1] == word.text]
    return Mention(word.text, word.idx, word.idx + len(word.text), people[0]) if len(people) == 1 else None


def _actor(ctx: ExtractionContext, token: Token) -> bool:
    mention = ctx.mention(token)
    return mention is not None and mention.entity.cls in HOLDERS


def _to_an_actor(ctx: ExtractionContext, token: Token) -> bool:
    """'pledges unity [to] Labour MPs': who it is pledged to is no part of the plan."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.lower_ == "to" and following is not None and _actor(ctx, following)
