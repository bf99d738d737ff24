"""Who is for, against or behind what: opposes, supports, proposes.

Stance is read from these shapes, each a rule with its own confidence:

* ``stance.verb``: a stance verb, with its particles and prepositions, with a person,
  country or organisation as subject and a specific node as object ("Labour rejected
  the ID cards bill", "the plan was backed by Russia", "Italy and Germany favour ...",
  "the Lib Dems are opposed to ...", "voted in favour of ...", "Moscow did not accept
  the offer");
* ``stance.labelled``: naming something with a condemning label ("Arbatov has
  called 'a political mistake' the deployment of ...", "described X as unworkable",
  "regards X as a threat");
* ``stance.concern``: what causes someone's concerns;
* one's own proposals and what they include (:mod:`kg.extract.stance.owned`);
* stance nouns, wishes for removal and proposals made (:mod:`kg.extract.stance.phrases`),
  advocacy (:mod:`kg.extract.stance.advocacy`), wishes to bring something about
  (:mod:`kg.extract.stance.wishes`), stance nouns and agent nouns (:mod:`kg.extract.stance.nominal`)
  and verdicts (:mod:`kg.extract.stance.evaluative`).

Who holds a stance is read by :mod:`kg.extract.stance.holders`, what it is about by
:mod:`kg.extract.stance.targets`; the vocabulary is in ``kg/data/stance_verbs.json``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.extract.common.modality import negated, polarity_and_modality
from kg.extract.common.registry import relation_rule
from kg.extract.stance.base import (
    condemning,
    is_question,
    praising,
    stance_fact,
    stance_objects,
    stance_polarity_and_modality,
    stance_vocabulary,
    stated_condition,
)
from kg.extract.stance.holders import HOLDERS, stance_holders
from kg.extract.stance.attempts import attempt_aims
from kg.extract.stance.evaluative import stated_refusal
from kg.extract.stance.frames import coordinated_above
from kg.extract.stance.objects import acted_on
from kg.extract.stance.vocabulary import STANCES, misparsed_participle, misparsed_stance, stance_verbs
from kg.syntax import tokens
from kg.types import Fact

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.common.context import ExtractionContext

VERB_RULE = "stance.verb/2"
LABELLED_RULE = "stance.labelled/2"


@relation_rule("stance.verb", version=2, emits=STANCES)
def stance_verb(ctx: ExtractionContext) -> Iterator[Fact]:
    """'X rejects/backs/proposes Y', 'X and Y are opposed to Z', with negated support read as opposition."""
    refusal = frozenset(stance_vocabulary()["refusal"])
    removal = frozenset(stance_vocabulary()["removal"])
    keeping = frozenset(stance_vocabulary()["keeping"])
    intent = frozenset(stance_vocabulary()["intent"]) | frozenset(stance_vocabulary()["wishing"])
    for verb in tokens(ctx.doc):
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        if verb.tag_ == "VBG" and verb.dep_ in {"xcomp", "acl", "dobj"} and verb.head.lemma_.lower() in stance_verbs():
            continue  # "opposed scrapping X": the act is the object of the stance (stance.ending), not one taken
        for stance, path in stance_verbs().get(verb.lemma_.lower(), ()):
            if verb.pos_ == "AUX" and not path:
                continue  # "be" is a stance only with its words: "is against", "is in favour of"
            if verb.lemma_.lower() == "plan" and not any(c.dep_ == "agent" for c in verb.children):
                continue  # "the quota planned by the Tories" is theirs; "planned the party's strategy" organised it
            if verb.lemma_.lower() in keeping and not (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in intent):
                continue  # "wants to keep the tax" backs it; "the navy kept the missile in service" operates it
            objects = stance_objects(verb, stance, path)
            if not objects:
                continue
            clause = coordinated_above(verb) or verb  # "X said Y would A and [attacked] Z": X attacked Z
            holders = stance_holders(ctx, clause, stative=bool(path) and path[0] not in {"out", "forward"})
            if not holders:
                continue
            polarity, modality = stance_polarity_and_modality(clause)
            if modality == "hypothetical" and stance in {"opposes", "proposes", "supports"} and _pledged(verb):
                modality = "asserted"
            confidence = 0.8 if stance != "proposes" else 0.75
            if stance == "supports" and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in refusal:
                # "refused to back X" is an act of opposing X, not a missing support.
                if negated(verb.head):
                    continue
                stance, confidence = "opposes", 0.75
            elif stance != "supports" and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in refusal:
                # "refused to scrap the tax" keeps it: backing; "refused to condemn X" is no stance
                if negated(verb.head) or verb.lemma_.lower() not in removal:
                    continue
                stance, confidence = "supports", 0.7
            elif stance == "supports" and polarity == "negative" and negated(verb) and not _pending(verb):
                # In news, "did not accept the offer" / "does not support the bill" reports a
                # rejection: the holder took a position against it. Read as opposition, positive.
                # A negation above the verb ("had not decided whether to endorse") is no rejection.
                stance, polarity, confidence = "opposes", "positive", 0.7
                if stated_refusal(ctx, verb):  # '"We could never vote for it," said X': a refusal stated now
                    modality = "asserted"
            for holder in holders:
                for on, obj in acted_on(stance, objects):  # "pushed for scrapping X": opposes X
                    if on == "proposes" and attempt_aims(obj):
                        continue  # "launched a bid to block X" opposes X (stance.attempt), it proposes no plan
                    if on == "proposes" and claimed_of(obj):
                        continue  # "suggested the re-election of X would amount to ...": a claim about X, no proposal
                    # "supported X but opposed Y", misparsed as two objects of "supported": Y's own stance.
                    own = misparsed_stance(obj)
                    if own is not None and obj.left_edge.i < misparsed_participle(obj).i:  # type: ignore[union-attr]
                        continue  # "backed the freeze and opposed cuts" as one phrase: neither can be told apart
                    if own is not None and own != on:
                        yield from stance_fact(ctx, holder, own, obj, verb, VERB_RULE, 0.7, "positive", modality)
                    elif own is None or polarity == "positive":
                        yield from stance_fact(ctx, holder, on, obj, verb, VERB_RULE, confidence, polarity, modality)


def _pending(verb: Token) -> bool:
    """'has not yet backed X', 'has not signed the treaty', 'has not accepted the offer': a step not taken (yet),
    no rejection; 'did not accept the offer' is one."""
    vocabulary, lemma = stance_vocabulary(), verb.lemma_.lower()
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    return (lemma in vocabulary["pending_acts"] or any(c.lower_ == "yet" for c in verb.children)
            or perfect and lemma in vocabulary["pending_answers"])  # fmt: skip


def _pledged(verb: Token) -> bool:
    """'The Lib Dems say they would scrap the tax [and introduce X]': a party's pledge is its stance now.

    Only "would" (what a party would do in office), not "could" or "might", and only for
    verbs of removing, putting forward or pressing on ("would go ahead with the changes"), the "would" also read off the first of two
    conjoined verbs; "would back the bill" still waits on its condition.
    """
    vocabulary = stance_vocabulary()
    pressing_on = {v.split()[0] for v in vocabulary["supports"] if v.endswith((" ahead with", " on with", "proceed with"))}
    if verb.lemma_.lower() in pressing_on and not any(c.lower_ in {"ahead", "on"} or c.lemma_ == "proceed" for c in (verb, *verb.children)):
        return False  # "would go" is a pledge only as "would go ahead with"
    words = {*vocabulary["removal"], *(v.split()[0] for v in vocabulary["proposes"]), *pressing_on}
    modal_on = verb.head if verb.dep_ == "conj" and verb.head.pos_ == "VERB" else verb
    would = any(c.dep_ == "aux" and c.lower_ in {"would", "'d"} for c in (*verb.children, *modal_on.children))
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)  # "would have scrapped it": no pledge
    if not would or perfect or verb.lemma_.lower() not in words or is_question(verb):
        return False
    conditions = (c for c in modal_on.children if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children))
    return next(conditions, None) is None or stated_condition(verb) is not None  # "if it won": a pledge; "if X grew": a guess


@relation_rule("stance.labelled", version=2, emits=("opposes",))
def stance_labelled(ctx: ExtractionContext) -> Iterator[Fact]:
    """'X called Y a (political) mistake', 'X described Y as unworkable'."""
    vocabulary = stance_vocabulary()
    labelling = frozenset(vocabulary["labelling"])
    for verb in tokens(ctx.doc):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in labelling:
            continue
        complements = [c for c in verb.children if c.dep_ in {"dobj", "oprd", "attr", "acomp"}]
        complements += [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "as"
                        for p in prep.children if p.dep_ in {"pobj", "amod", "acomp"}]  # fmt: skip
        # 'called the scheme "draconian, unjust and unworkable"': epithets the parse hangs after the object.
        epithets = [a for c in complements if c.dep_ == "dobj" for a in c.rights if a.dep_ == "amod" and condemning(a)]
        # 'called the plan "an obscene waste of money"': a quoted label the parse hangs on the object as apposition.
        epithets += [a for c in complements if c.dep_ == "dobj" for a in c.rights
                     if a.dep_ == "appos" and _quoted_label(a) and condemning(a)]  # fmt: skip
        labels = [c for c in complements if condemning(c)] + epithets
        targets = [c for c in complements if not condemning(c)]
        if len(labels) != 1 or len(targets) != 1:
            continue
        polarity, modality = polarity_and_modality(verb)
        for holder in stance_holders(ctx, verb):
            yield from stance_fact(ctx, holder, "opposes", targets[0], verb, LABELLED_RULE, 0.7, polarity, modality)


def _quoted_label(label: Token) -> bool:
    """Whether a phrase opens with a quotation mark: 'the plan ["]an obscene waste of money"'."""
    start = label.left_edge.i
    return start > 0 and label.doc[start - 1].is_quote


CONCERN_NOUNS = frozenset({"concern", "concerns", "alarm", "anger", "fears", "objections", "opposition"})
CAUSING_VERBS = frozenset({"cause", "raise", "provoke", "spark", "arouse", "prompt"})


@relation_rule("stance.concern", version=2, emits=("opposes",))
def stance_concern(ctx: ExtractionContext) -> Iterator[Fact]:
    """'X causes our concerns', 'X has raised Moscow's objections': the concerned side opposes X."""
    for verb in tokens(ctx.doc):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in CAUSING_VERBS:
            continue
        concern = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in CONCERN_NOUNS), None)
        cause = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        owner = next((c for c in concern.children if c.dep_ == "poss"), None) if concern is not None else None
        if cause is None or owner is None:
            continue
        holder = ctx.mention(owner)
        if holder is None or holder.entity.cls not in HOLDERS:
            continue
        polarity, modality = stance_polarity_and_modality(verb)
        yield from stance_fact(ctx, holder, "opposes", cause, verb, "stance.concern/2", 0.7, polarity, modality)


# Modals of a reported claim: "suggested X would ...", "proposed X could ...".
_CLAIM_MODALS = frozenset({"would", "could", "will", "might", "may", "should", "'d", "wo"})


def claimed_of(obj: Token) -> bool:
    """Whether ``obj`` is the subject of a claim the parse took for the object: 'suggest [X] ... would amount to Y'.

    A modal right after the object's phrase (within a few words, no "and"/"but" or comma between)
    whose verb has no subject of its own; "proposes X but would avoid Y" goes on with the holder.
    """
    doc = obj.doc
    after = doc[obj.right_edge.i + 1 : min(obj.right_edge.i + 6, obj.sent.end)]
    modal = next((t for t in after if t.tag_ == "MD" and t.lower_ in _CLAIM_MODALS), None)
    if modal is None or any(t.pos_ == "CCONJ" or t.text in {",", ";"} for t in doc[obj.right_edge.i + 1 : modal.i]):
        return False
    return modal.head.i > modal.i and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in modal.head.children)
