"""Stances said by judging: an act called wise or a mistake, a plan said not to work, a refusal stated.

* ``stance.verdict``: a speaker's verdict on a plan ('"The tax is a mistake," said Y',
  "Y insisted the scheme was vital", "Y said it was misguided", with "it" the plan just named);
* ``stance.judged_act``: a speaker's verdict on an act is a stance on what it acts on:
  '"It was a mistake to back the bill," said X' -> X opposes the bill; "X said Labour was
  right to reject the cap" -> X opposes the cap; "X said scrapping the levy would be
  reckless" -> X supports the levy; '"It would be much wiser to scrap the tax," said X'
  -> X opposes the tax. Praise keeps the act's stance, condemnation turns it round
  (:func:`kg.extract.stance.vocabulary.reversed_stance`);
* ``stance.failing``: a speaker who says a plan will not work, or will backfire, opposes it
  ("Tory proposals to cap asylum would not work, argued Mr Blair").

A verdict is the speaker's opinion now, so "would be reckless" is as asserted as "is
reckless"; only an "if" clause makes it hypothetical. Questions and unspoken verdicts (no
speaker found) give nothing. The words are in ``kg/data/stance_verbs.json``
(``condemning_*``, ``praising_*``, ``failing_verbs``, ``working_verbs``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.extract.common.antecedents import antecedent_node
from kg.extract.common.modality import has_conditional_clause, in_conditional, negated, polarity_and_modality
from kg.extract.common.nodes import node_for
from kg.extract.common.registry import relation_rule
from kg.extract.stance.base import condemning, is_question, praising, stance_fact, stance_objects
from kg.extract.stance.evaluation import someone_elses
from kg.extract.stance.holders import HOLDERS
from kg.extract.stance.objects import acted_on
from kg.extract.stance.vocabulary import STANCES, reversed_stance, stance_verbs, stance_vocabulary
from kg.syntax import tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.common.context import ExtractionContext
    from kg.types import Fact, Mention

VERDICT_RULE = "stance.verdict/3"
JUDGED_RULE = "stance.judged_act/1"
FAILING_RULE = "stance.failing/1"
_COPULAS = frozenset({"be", "seem", "prove", "remain"})
# Auxiliaries of a stated intention: "we could never vote for it", "Labour will not back the bill".
# Nouns that name a view as someone's, not the speaker's: "claims that the law was unenforceable".
_VIEW_NOUNS = frozenset({"claim", "claims", "suggestion", "suggestions", "fear", "fears", "allegation", "allegations",
                         "accusation", "accusations", "charge", "charges", "notion", "criticism", "criticisms"})
_WARNING_AUX = frozenset({"will", "would", "'ll", "could", "might", "may"})
INTENT_AUX = frozenset({"would", "could", "will", "wo", "'ll", "shall", "can", "ca"})


@relation_rule("stance.judged_act", version=1, emits=STANCES)
def stance_judged_act(ctx: ExtractionContext) -> Iterator[Fact]:
    """'"It was a mistake to back X," said Y' -> Y opposes X; 'Y said scrapping X would be reckless' -> Y supports X."""
    for copula in tokens(ctx.doc):
        if copula.lemma_.lower() not in _COPULAS or is_question(copula):
            continue
        judge = _speaker(ctx, copula)
        verdict = _verdict(copula) if judge is not None else None
        if judge is None or verdict is None:
            continue
        polarity, modality = _verdict_modality(copula)
        for act in _acts(copula):
            for stance, head in act_objects(act):
                judged = stance if verdict == "praise" else reversed_stance(stance)
                if judged == "proposes" and _done_by_others(copula, act):
                    judged = "supports"  # "it was a breakthrough for the banks to offer X": backing their offer
                yield from stance_fact(ctx, judge, judged, head, act, JUDGED_RULE, 0.65, polarity, modality)


@relation_rule("stance.verdict", version=3, emits=("opposes", "supports"))
def stance_verdict(ctx: ExtractionContext) -> Iterator[Fact]:
    """'"The tax is a mistake," said Y', 'Y insisted the scheme was vital': a speaker's verdict on a plan."""
    for copula in tokens(ctx.doc):
        verdicts, subjects = _verdict_parts(copula)
        quotation = ctx.quotation_at(copula)
        if not verdicts or len(subjects) != 1 or quotation is None or quotation.speaker is None:
            continue
        if quotation.speaker.entity.cls not in HOLDERS or someone_elses(copula, quotation.start, quotation.end):
            continue  # "X said critics believe the tax is unfair": not X's verdict
        if _in_noun_clause(copula):
            continue  # "addressing claims that the law was unenforceable": others' verdict, named to answer it
        if any(c.dep_ == "neg" for a in copula.ancestors for c in a.children):
            continue  # "X did not say the law was a disaster": no verdict given
        target = node_for(ctx, subjects[0]) or _referred(ctx, subjects[0], copula)
        if target is None or target.entity.cls not in {"Plan", "System"}:
            continue
        if len({stance for stance, _ in verdicts}) != 1:
            continue  # "the plan is necessary but flawed": no single verdict
        polarity, modality = polarity_and_modality(copula)
        if all(_denied(copula, c) for _, c in verdicts):
            polarity = "positive"  # the denial is the verdict: "not fair" opposes
        yield ctx.fact(quotation.speaker, verdicts[0][0], target, copula, VERDICT_RULE, 0.65,
                       polarity=polarity, modality=modality)  # fmt: skip


def _verdict_parts(copula: Token) -> tuple[list[tuple[str, Token]], list[Token]]:
    """The verdicts and subjects of 'X is a mistake' / 'X is vital', or of 'X was misguided' parsed as a passive."""
    if copula.lemma_ == "be":
        complements = [c for c in copula.children if c.dep_ in {"attr", "acomp"}]
        # "was no disaster" denies the condemnation; "was not fair" denies praise, which condemns
        verdicts = [("opposes", c) for c in complements if condemning(c) and not _denied(copula, c)]
        verdicts += [("opposes" if _denied(copula, c) else "supports", c) for c in complements if praising(c)]
        return verdicts, [c for c in copula.children if c.dep_ == "nsubj"]
    passive = copula.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lemma_ == "be" for c in copula.children)
    if not passive or any(c.dep_ == "agent" for c in copula.children):
        return [], []
    vocabulary = stance_vocabulary()
    badly = any(c.dep_ == "advmod" and c.lower_ in vocabulary["condemning_manners"] for c in copula.children)
    # "the ban was poorly drafted", "badly thought out": done badly is a verdict against it
    verdicts = [("opposes", copula)] if copula.lower_ in vocabulary["condemning_adjectives"] or badly else []
    verdicts += [("supports", copula)] if copula.lower_ in vocabulary["praising_adjectives"] else []
    # the parse may keep "nsubj", or hang it on the auxiliary: "the legislation [was] so poorly drafted"
    holders = [copula, *(c for c in copula.children if c.dep_ == "auxpass")]
    return verdicts, [c for h in holders for c in h.children if c.dep_ in {"nsubjpass", "nsubj"}]


def _denied(copula: Token, complement: Token) -> bool:
    """'was not fair', 'is no disaster', 'was never necessary': the complement is denied."""
    return negated(copula) or any(c.lower_ in {"no", "not", "never"} for c in complement.children)


def _in_noun_clause(token: Token) -> bool:
    """Whether ``token``'s clause fills a noun ('claims that ...', 'fears that ...'): a view named, not held."""
    chain = (token, *token.ancestors)
    return any(a.dep_ == "acl" and a.head.pos_ in {"NOUN", "PROPN"} for a in chain) or any(
        a.lower_ in _VIEW_NOUNS for a in chain  # "claims" misparsed as a verb: "addressing [claims] that ..."
    )


def _referred(ctx: ExtractionContext, subject: Token, copula: Token) -> Mention | None:
    """What a verdict's 'it' or bare 'the plan' refers back to: '"It is misguided," said X' (not 'it is wrong to ...')."""
    if subject.pos_ == "PRON" and any(c.dep_ in {"xcomp", "ccomp", "csubj"} for c in copula.children):
        return None  # "it is wrong to scrap X", "it is clear that ...": an extraposed clause, no reference
    return antecedent_node(ctx, subject, as_subject=True)


@relation_rule("stance.failing", version=1, emits=("opposes",))
def stance_failing(ctx: ExtractionContext) -> Iterator[Fact]:
    """'"The plan will not work," said X', 'X warned the scheme would backfire' -> X opposes the plan."""
    vocabulary = stance_vocabulary()
    working, failing = frozenset(vocabulary["working_verbs"]), frozenset(vocabulary["failing_verbs"])
    for verb in tokens(ctx.doc):
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or is_question(verb):
            continue
        failed = lemma == "fail" and _failed_so_far(verb)  # "the Tories say Labour's plans have failed"
        if not ((lemma in working and negated(verb)) or (lemma in failing and _predicted_failure(verb)) or failed):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        judge = _speaker(ctx, verb) if subject is not None else None
        # "the plans had not reflected X", "it will not work": the plan named before
        target = node_for(ctx, subject) or antecedent_node(ctx, subject, as_subject=True) if judge and subject else None
        if judge is None or target is None or target.entity.cls not in {"Plan", "System"}:
            continue
        _, modality = _verdict_modality(verb)
        yield ctx.fact(judge, "opposes", target, verb, FAILING_RULE, 0.6, modality=modality)


def stated_refusal(ctx: ExtractionContext, verb: Token) -> bool:
    """'"We could never vote for it," said X', 'Labour will not back the bill, he said': a refusal stated now.

    A negated stance verb with an auxiliary of intention, spoken by someone (a quotation or
    reported speech) or by "we"/"I", and with no condition attached.
    """
    if not negated(verb) or not any(c.dep_ == "aux" and c.lower_ in INTENT_AUX for c in verb.children):
        return False
    if has_conditional_clause(verb) or in_conditional(verb) or is_question(verb):
        return False
    quotation = ctx.quotation_at(verb)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    first_person = subject is not None and subject.lower_ in {"we", "i"}
    return first_person or (quotation is not None and quotation.speaker is not None)


def _predicted_failure(verb: Token) -> bool:
    """'will backfire', 'could fail': a warning, not a report ('the inquiry failed to uncover ...' is an event)."""
    if negated(verb) or any(c.dep_ == "xcomp" for c in verb.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in _WARNING_AUX for c in verb.children)


def _failed_so_far(verb: Token) -> bool:
    """'have failed', 'is failing' said of a plan: a verdict; 'failed to uncover' and 'could fail' are not."""
    if negated(verb) or any(c.dep_ in {"xcomp", "dobj"} for c in verb.children):
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) and verb.tag_ == "VBN"
    return perfect or verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)


def _speaker(ctx: ExtractionContext, token: Token) -> Mention | None:
    """Whose words ``token`` is in, when they can take a stance."""
    quotation = ctx.quotation_at(token)
    speaker = quotation.speaker if quotation is not None else None
    return speaker if speaker is not None and speaker.entity.cls in HOLDERS else None


def _done_by_others(copula: Token, act: Token) -> bool:
    """'it was a breakthrough [for the banks] to offer X': an act with a doer of its own, judged as done, not wished."""
    return any(c.dep_ == "nsubj" for c in act.children) and not any(c.dep_ == "aux" and c.lower_ in INTENT_AUX for c in copula.children)


def _verdict(copula: Token) -> str | None:
    """'praise' or 'condemn' for the copula's complement, or None when it is neither or both."""
    complements = [c for c in copula.children if c.dep_ in {"attr", "acomp"}]
    kinds = {"condemn" for c in complements if condemning(c)} | {"praise" for c in complements if praising(c)}
    return kinds.pop() if len(kinds) == 1 else None


def _acts(copula: Token) -> list[Token]:
    """The acts a verdict judges: 'it is wrong [to back] X', 'Labour was right [to reject] X', '[scrapping] X is reckless'."""
    complements = [c for c in copula.children if c.dep_ in {"attr", "acomp"}]
    infinitives = [c for node in (copula, *complements) for c in node.children
                   if c.dep_ in {"xcomp", "ccomp", "advcl", "relcl", "acl"} and c.pos_ == "VERB"
                   and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)]  # fmt: skip
    gerunds = [c for c in copula.children if c.dep_ in {"csubj", "nsubj"} and c.tag_ == "VBG" and c.pos_ == "VERB"]
    return infinitives + gerunds


def act_objects(act: Token) -> list[tuple[str, Token]]:
    """(stance, head) of an act: 'back X' -> ('supports', X); 'scrap X' -> ('opposes', X); 'keep X' -> ('supports', X)."""
    if negated(act):
        return []  # "it would be wrong not to back X": left alone
    found: list[tuple[str, Token]] = []
    for stance, path in stance_verbs().get(act.lemma_.lower(), ()):
        found += acted_on(stance, stance_objects(act, stance, path))
    if not found:
        found = acted_on("supports", [act])  # removing or keeping: 'to scrap X', 'retaining X'
        found = [(s, h) for s, h in found if h.i != act.i]
    return found


def _verdict_modality(anchor: Token) -> tuple[str, str]:
    """A verdict's polarity, and its modality: 'would be reckless' is an opinion held now, unless an 'if' says otherwise."""
    polarity, modality = polarity_and_modality(anchor)
    if modality == "hypothetical" and not has_conditional_clause(anchor) and not in_conditional(anchor):
        modality = "asserted"
    return polarity, modality
