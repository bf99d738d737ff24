"""Who did what to whom: killed, meetsWith, negotiatesWith, agreementWith.

Killing is read from the verb ("X killed/assassinated/murdered/shot Y", "Y was
killed by X", "X, who killed Y", "X was convicted of killing Y") and from the
nouns that name it ("Y's assassin X", "the assassination of Y by X").
A killing someone tried, plotted or threatened is hypothetical, a denied one
negative; both are kept but not asserted.

Meeting, negotiating and agreeing are symmetric; each is emitted once, from
the grammatical subject to the other party.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.syntax import tokens
from kg.extract.common.modality import polarity_and_modality
from kg.extract.common.registry import relation_rule
from kg.types import Fact, Mention

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.common.context import ExtractionContext

KILL_VERBS = {"kill": 0.85, "assassinate": 0.9, "murder": 0.9, "slay": 0.85, "shoot": 0.7, "stab": 0.7, "strangle": 0.8, "execute": 0.7, "behead": 0.85}
KILLER_NOUNS = {"assassin", "killer", "murderer", "slayer"}
KILLING_NOUNS = {"assassination", "murder", "killing", "slaying", "shooting"}
ATTEMPT_WORDS = {"try", "attempt", "plot", "plan", "threaten", "conspire", "seek", "want", "vow", "attempted"}
PARTIES = {"Person", "Organization", "Country"}
AGENTS = {"Person", "Organization", "Country"}
_WH = {"who", "that", "which"}


def _mentions(ctx: ExtractionContext, tok: Token | None, classes: set[str]) -> list[Mention]:
    """The mentions of ``tok`` and the words conjoined with it ('X and Y'); a description is the
    name in apposition to it ('his counterpart, Rasa Vaitkute')."""
    if tok is None:
        return []
    found = []
    for t in [tok, *(c for c in tok.children if c.dep_ == "conj")]:
        m = ctx.mention(t)
        if m is None and t.pos_ == "NOUN":
            named = next((c for c in t.children if c.dep_ == "appos" and ctx.mention(c) is not None), None)
            m = ctx.mention(named) if named is not None else None
        if m is not None and m.entity.cls in classes:
            found.append(m)
    return found


def _subject(verb: Token, depth: int = 0) -> Token | None:
    """The doer of a verb, through relative clauses ('X, who killed Y'; 'X was the man who
    killed Y'), shared subjects ('X came and shot Y'), and gerunds ('X was convicted of
    killing Y', 'X, convicted of killing Y', 'X remembers shooting Y')."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if depth > 3:
        return subj
    if subj is not None and subj.lower_ in _WH and verb.dep_ == "relcl":
        return _described(verb.head)
    if subj is not None or verb.head.i == verb.i:
        return subj
    if verb.dep_ in {"conj", "advcl", "xcomp"}:
        return _subject(verb.head, depth + 1)
    if verb.dep_ in {"pcomp", "pobj"}:
        holder = verb.head.head  # the word the preposition hangs on
        if holder.dep_ in {"acl", "relcl"} and not any(c.dep_.startswith("nsubj") for c in holder.children):
            return _described(holder.head)
        found = next((c for c in holder.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        return found if found is not None else _subject(holder, depth + 1) if holder.pos_ in {"VERB", "AUX"} else None
    if verb.dep_ == "acl":
        return _described(verb.head)
    return None


def _described(noun: Token) -> Token:
    """The named thing a common noun describes: 'X was [the gunman]', 'X, [the man] ...'."""
    if noun.pos_ != "NOUN":
        return noun
    if noun.dep_ == "appos":
        return noun.head
    if noun.dep_ == "attr":
        return next((c for c in noun.head.children if c.dep_ == "nsubj"), noun)
    return noun


def _polarity_modality(verb: Token) -> tuple[str, str]:
    """The shared reading, plus killings that were only plotted ('a plot to kill Y', 'conspiracy to murder')."""
    polarity, modality = polarity_and_modality(verb)
    return polarity, "hypothetical" if _attempted(verb) else modality


def _attempted(verb: Token) -> bool:
    head = verb
    for _ in range(3):
        if head.lemma_ in ATTEMPT_WORDS or any(c.lemma_ in ATTEMPT_WORDS and c.dep_ == "amod" for c in head.children):
            return True
        if head.dep_ not in {"xcomp", "pcomp", "pobj", "prep", "acl"} or head.head.i == head.i:
            break
        head = head.head
    return False


def _by_agent(tok: Token) -> Token | None:
    agent = next((c for c in tok.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


@relation_rule("interaction.kill_verb", version=1, emits=("killed",))
def kill_verb(ctx: ExtractionContext) -> Iterator[Fact]:
    """'X killed Y', 'Y was assassinated by X', 'X, who shot Y', 'X was convicted of murdering Y'."""
    for tok in tokens(ctx.doc):
        confidence = KILL_VERBS.get(tok.lemma_)
        if confidence is None or tok.pos_ not in {"VERB", "AUX"}:
            continue
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children) or tok.tag_ == "VBN" and tok.dep_ == "acl"
        if passive:
            victim = next((c for c in tok.children if c.dep_ == "nsubjpass"), tok.head if tok.dep_ == "acl" else None)
            killer = _by_agent(tok)
        else:
            victim = next((c for c in tok.children if c.dep_ == "dobj"), None)
            killer = _subject(tok)
        polarity, modality = _polarity_modality(tok)
        for k in _mentions(ctx, killer, AGENTS):
            for v in _mentions(ctx, victim, {"Person"}):
                yield ctx.fact(k, "killed", v, tok, "interaction.kill_verb/1", confidence, polarity=polarity, modality=modality)


@relation_rule("interaction.killer_noun", version=1, emits=("killed",))
def killer_noun(ctx: ExtractionContext) -> Iterator[Fact]:
    """"Y's assassin, X", 'X, the killer of Y', 'the assassination of Y by X'."""
    for tok in tokens(ctx.doc):
        if tok.lower_ in KILLER_NOUNS | {n + "s" for n in KILLER_NOUNS}:
            victims = [c for c in tok.children if c.dep_ in {"poss", "compound"}]
            victims += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
            killers = [c for c in tok.children if c.dep_ == "appos"]
            if tok.dep_ in {"appos", "compound"}:
                killers.append(tok.head)  # "X, Y's assassin"; "Kennedy assassin X"
            if tok.dep_ in {"attr"}:
                killers.append(next((c for c in tok.head.children if c.dep_ == "nsubj"), tok))
            nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
            if nxt is not None and nxt.text == "," and tok.i + 2 < len(tok.doc):
                killers.append(tok.doc[tok.i + 2])  # "Y's assassin, X"
            yield from _killings(ctx, killers, victims, tok, 0.8)
        elif tok.lower_ in KILLING_NOUNS and tok.pos_ == "NOUN":
            victims = [c for c in tok.children if c.dep_ == "poss"]
            victims += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
            killers = [a for a in [_by_agent(tok)] if a is not None]
            yield from _killings(ctx, killers, victims, tok, 0.75)


def _killings(ctx: ExtractionContext, killers: list[Token], victims: list[Token], anchor: Token, confidence: float) -> Iterator[Fact]:
    seen: set[tuple[str, str]] = set()
    for k_tok in killers:
        for k in _mentions(ctx, k_tok, {"Person"}):
            for v_tok in victims:
                for v in _mentions(ctx, v_tok, {"Person"}):
                    if (k.entity.key, v.entity.key) not in seen:
                        seen.add((k.entity.key, v.entity.key))
                        yield ctx.fact(k, "killed", v, anchor, "interaction.killer_noun/1", confidence, presupposed=True)


MEET_VERBS = {"meet": "meetsWith", "negotiate": "negotiatesWith", "host": "meetsWith", "receive": "meetsWith", "summon": "meetsWith"}
TALK_NOUNS = {"talks": "negotiatesWith", "negotiations": "negotiatesWith", "meeting": "meetsWith", "meetings": "meetsWith"}
AGREEMENT_NOUNS = {"agreement", "deal", "treaty", "accord", "pact", "contract", "memorandum"}


@relation_rule("interaction.meets_negotiates", version=1, emits=("meetsWith", "negotiatesWith", "agreementWith"))
def meets_negotiates(ctx: ExtractionContext) -> Iterator[Fact]:
    """'X met (with) Y', 'X hosted/received/summoned Y', 'Y was received by X',
    'X held talks with Y', 'X negotiated with Y', 'X signed a treaty with Y'."""
    for tok in tokens(ctx.doc):
        if tok.pos_ != "VERB":
            continue
        predicate, others = None, []
        agent = _by_agent(tok)
        if tok.lemma_ in MEET_VERBS:
            # "visit" is left out: news visits places far more often than people, and the
            # small model types many places ("visits Manchester") as people.
            predicate = MEET_VERBS[tok.lemma_]
            objects = [c for c in tok.children if c.dep_ == ("nsubjpass" if agent is not None else "dobj")]
            others = objects + _with(tok)
        else:
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if obj is None:
                continue
            if tok.lemma_ in {"hold", "have", "conduct", "open", "begin", "start"} and obj.lower_ in TALK_NOUNS:
                predicate, others = TALK_NOUNS[obj.lower_], _with(obj) + _with(tok)
            elif tok.lemma_ in {"sign", "conclude", "reach", "strike", "seal"} and obj.lemma_ in AGREEMENT_NOUNS:
                predicate, others = "agreementWith", _with(obj) + _with(tok)
        if predicate is None:
            continue
        polarity, modality = _polarity_modality(tok)
        doer = agent if agent is not None and tok.lemma_ in MEET_VERBS else _subject(tok)
        subjects = _mentions(ctx, doer, PARTIES)
        if not others and len(subjects) > 1:
            # 'Kenya and Uganda held talks': the conjoined subjects are the parties.
            subjects, others = subjects[:1], [t for t in [_subject(tok)] if t is not None]
        for subj in subjects:
            for other_tok in others:
                for other in _mentions(ctx, other_tok, PARTIES):
                    if other.entity.key != subj.entity.key:
                        yield ctx.fact(subj, predicate, other, tok, "interaction.meets_negotiates/1", 0.75, polarity=polarity, modality=modality)


def _with(tok: Token) -> list[Token]:
    return [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]


@relation_rule("interaction.talks_between", version=1, emits=("meetsWith", "negotiatesWith"))
def talks_between(ctx: ExtractionContext) -> Iterator[Fact]:
    """'talks between X and Y', 'a meeting between X and Y': the two named are the parties."""
    for noun in tokens(ctx.doc):
        if noun.pos_ != "NOUN" or noun.lower_ not in TALK_NOUNS:
            continue
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ != "between":
                continue
            first = next((c for c in prep.children if c.dep_ == "pobj"), None)
            parties = _mentions(ctx, first, PARTIES)
            if len(parties) != 2 or parties[0].entity.key == parties[1].entity.key:
                continue
            polarity, modality = polarity_and_modality(noun)
            yield ctx.fact(parties[0], TALK_NOUNS[noun.lower_], parties[1], noun, "interaction.talks_between/1", 0.7,
                           polarity=polarity, modality=modality)  # fmt: skip
