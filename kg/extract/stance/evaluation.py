"""A speaker's evaluation of a plan: "X said the plan was unworkable", "'It is a disaster,' said X".

News mostly states opposition and support as what a side says a plan is or does, not with
a stance verb. Two shapes, each read only inside a quotation or reported clause whose
speaker is a person, party, country or organisation:

* ``stance.evaluation``: a plan as the subject of a copula whose complement evaluates it
  ("the scheme would be a disaster", "the policy is an alarming example of disjointed
  thinking", "this is the right thing to do"); the polarity comes from the stance
  vocabulary's condemning and praising words and from the strong-valence words of the
  VADER lexicon (``kg/data/evaluation_words.tsv``, less ``evaluation_stoplist.txt``);
* ``stance.harm``: a plan as the subject of a verb of harm ("warned the changes would hit
  the poorest"; ``kg/data/evaluation_verbs.txt``), which is opposition, and ``stance.benefit``
  its mirror, a verb of doing good ("said the policy would empower local clubs";
  ``kg/data/benefit_verbs.txt``), which is support;
* ``stance.verdict_object``: a plan that sends, sets or strikes a judged message, precedent
  or balance ("said the freeze sends the wrong message", "strikes the right balance").

The plan is named in the clause or referred to by "it", "this", "they" (plans named in the
plural) or a definite plan word ("the move"), resolved by :mod:`kg.extract.common.antecedents`. No stance comes from a
negated, questioned or conditional evaluation, from "could"/"might" guesses, or from a
view the speaker reports as someone else's ("critics believe it is unfair").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from kg.extract.common.antecedents import antecedent_node, plan_just_named
from kg.extract.common.modality import HYPOTHETICAL_AUX, has_conditional_clause, in_conditional, polarity_and_modality
from kg.extract.common.nodes import node_for
from kg.extract.common.registry import relation_rule
from kg.extract.speech.speakers import speaker_of
from kg.extract.stance.base import direction_verdict, in_search_of, is_question, word_verdict
from kg.extract.stance.holders import HOLDERS, apposed_name, co_speakers
from kg.resolve.typing_context import BODY_NOUNS
from kg.lexicon import speech_verbs, stance_vocabulary, title_words, word_list
from kg.syntax import tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.common.context import ExtractionContext
    from kg.types import Fact, Mention

EVALUATION_RULE = "stance.evaluation/1"
HARM_RULE = "stance.harm/1"
BENEFIT_RULE = "stance.benefit/1"
VERDICT_OBJECT_RULE = "stance.verdict_object/1"
# VADER valence a word needs to count as an evaluation (its scale runs from -4 to +4).
STRONG_VALENCE = 1.5
# Modals of a prediction the speaker states ("would be a disaster"); "could", "might" only guess.
STATED_MODALS = frozenset({"will", "would", "'ll", "'d", "wo"})
# Subject pronouns that stand for the plan just named ("they", "these" only for plans named in the plural).
PLAN_PRONOUNS = frozenset({"it", "this", "they", "these"})
# Subjects of a clause inside the quotation that are still the speaker's own voice.
OWN_VOICE = frozenset({"i", "we", "he", "she", "they"})


@lru_cache(maxsize=1)
def valence() -> dict[str, float]:
    """Strong-valence evaluation words (lower case) and their VADER valence, less the stop list."""
    text = resources.files("kg.data").joinpath("evaluation_words.tsv").read_text(encoding="utf-8")
    stop = word_list("evaluation_stoplist.txt")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {word: float(value) for word, value in rows if word not in stop and abs(float(value)) >= STRONG_VALENCE}


@lru_cache(maxsize=1)
def harm_verbs() -> frozenset[str]:
    """Lemmas of verbs a plan is said to harm with: ``kg/data/evaluation_verbs.txt``."""
    return word_list("evaluation_verbs.txt")


@lru_cache(maxsize=1)
def benefit_verbs() -> frozenset[str]:
    """Lemmas of verbs a plan is said to do good with: ``kg/data/benefit_verbs.txt``."""
    return word_list("benefit_verbs.txt")


@relation_rule("stance.evaluation", version=1, emits=("opposes", "supports"))
def stance_evaluation(ctx: ExtractionContext) -> Iterator[Fact]:
    """'X said the plan was unworkable', '"This is the right thing to do," said X'."""
    for copula in tokens(ctx.doc):
        if copula.lemma_ != "be" or copula.pos_ not in {"AUX", "VERB"}:
            continue
        complements = [c for c in copula.children if c.dep_ in {"attr", "acomp"}]
        verdicts = {verdict for c in complements if (verdict := complement_verdict(c)) is not None}
        if len(verdicts) != 1:
            continue  # none, or "necessary but flawed": no single verdict
        yield from evaluated_by_speaker(ctx, copula, verdicts.pop(), EVALUATION_RULE)


@relation_rule("stance.verdict_object", version=1, emits=("opposes", "supports"))
def stance_verdict_object(ctx: ExtractionContext) -> Iterator[Fact]:
    """'X said the freeze sends the wrong message', '"It strikes the right balance," said X'.

    A plan that sends, sets or strikes a judged message, precedent or balance is judged by
    the speaker (``verdict_carrying_verbs`` and ``verdict_objects`` in ``kg/data/stance_verbs.json``).
    """
    vocabulary = stance_vocabulary()
    carrying, carried = frozenset(vocabulary["verdict_carrying_verbs"]), frozenset(vocabulary["verdict_objects"])
    for verb in tokens(ctx.doc):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in carrying:
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in carried]
        verdicts = {verdict for c in objects if (verdict := complement_verdict(c)) is not None}
        if len(verdicts) == 1:
            yield from evaluated_by_speaker(ctx, verb, verdicts.pop(), VERDICT_OBJECT_RULE)


@relation_rule("stance.harm", version=1, emits=("opposes",))
def stance_harm(ctx: ExtractionContext) -> Iterator[Fact]:
    """'X warned the changes would hit the poorest', '"It will damage business," said X'."""
    for verb in tokens(ctx.doc):
        if verb.pos_ == "VERB" and verb.lemma_.lower() in harm_verbs():
            yield from evaluated_by_speaker(ctx, verb, "opposes", HARM_RULE)


@relation_rule("stance.benefit", version=1, emits=("supports",))
def stance_benefit(ctx: ExtractionContext) -> Iterator[Fact]:
    """'X said the policy would empower local clubs', '"It will help poorer families," said X'."""
    for verb in tokens(ctx.doc):
        if verb.pos_ == "VERB" and verb.lemma_.lower() in benefit_verbs():
            yield from evaluated_by_speaker(ctx, verb, "supports", BENEFIT_RULE)


def complement_verdict(complement: Token) -> str | None:
    """'opposes', 'supports' or None for a copula's complement; "an example of X" is judged as X when not itself."""
    instance = _instance_of(complement)  # "an alarming example of ...", "a further example of a heavy-handed approach"
    return _plain_verdict(complement) or (_plain_verdict(instance) if instance is not None else None)


def _plain_verdict(complement: Token) -> str | None:
    """'opposes', 'supports' or None for a copula's complement, from its head, conjuncts and adjectives."""
    qualifiers = [c for c in complement.lefts if c.dep_ == "amod"]
    words = [complement, *complement.conjuncts, *qualifiers]
    if len({_sign(q) for q in qualifiers} - {None}) == 1 and not complement.conjuncts:
        words = qualifiers  # "a [wasted] opportunity", "a [false] hope": the adjective judges what the noun names
    signs = set()
    for word in words:
        sign = _sign(word)
        if any(c.dep_ == "neg" or c.lower_ in {"no", "not", "never"} for c in word.children):
            # "not proportionate", "not fair": praise denied condemns; "no disaster" says nothing
            sign = "opposes" if sign == "supports" else None
        if sign is not None:
            signs.add(sign)
    if in_search_of(complement):
        signs.add("opposes")
    if (direction := direction_verdict(complement)) is not None:
        signs.add(direction)
    return signs.pop() if len(signs) == 1 else None


# Nouns that say their complement is one of a kind: the kind judges the plan ("an example of bad law").
_INSTANCE_NOUNS = frozenset({"example", "instance", "case", "sign", "symptom"})


def _instance_of(complement: Token) -> Token | None:
    """'a further example [of a heavy-handed approach]': the noun after 'of', when the complement names a kind's instance."""
    if complement.lemma_.lower() not in _INSTANCE_NOUNS:
        return None
    return next((o for p in complement.rights if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), None)


def _sign(word: Token) -> str | None:
    return word_verdict(word) or _valence_sign(word)


def _valence_sign(word: Token) -> str | None:
    value = _valence(word)
    return None if value is None else "opposes" if value < 0 else "supports"


def _valence(word: Token) -> float | None:
    if word.pos_ not in {"ADJ", "NOUN"}:
        return None
    table = valence()
    return table.get(word.lower_, table.get(word.lemma_.lower()))


def evaluated_by_speaker(ctx: ExtractionContext, anchor: Token, stance: str, rule: str) -> Iterator[Fact]:
    """The speaker's stance on the plan that is ``anchor``'s subject, when they state it themselves."""
    said = _speaker(ctx, anchor)
    if said is None:
        return
    speaker, (start, end) = said
    subjects = _subjects(anchor)
    if len(subjects) != 1 or _extraposed(anchor, subjects[0]) or not _stated(anchor):
        return
    if someone_elses(anchor, start, end):
        return
    target = _plan(ctx, subjects[0])
    if target is None or target.entity.key == speaker.entity.key:
        return
    for holder in [speaker, *co_speakers(ctx, speaker)]:
        fact = ctx.fact(holder, stance, target, anchor, rule, 0.65)
        if fact.speaker is None and fact.modality == "reported":
            # Quote marks whose speaker the quotation finder missed, found here: the speaker's own stance.
            fact = replace(fact, modality="asserted", speaker=holder)
        yield fact


def _speaker(ctx: ExtractionContext, anchor: Token) -> tuple[Mention, tuple[int, int]] | None:
    """Who says the words ``anchor`` is in, and the token range of those words, if a holder does.

    The quotation found for the words, or else the subject of the speech verb the clause
    hangs on ('Sue Essex said it was a "good deal"', where the quoted fragment hides the
    reported clause).
    """
    quotation = ctx.quotation_at(anchor)
    if quotation is not None and quotation.speaker is not None:
        speaker: Mention | None = quotation.speaker
        words = (quotation.start, quotation.end)
    else:
        verb = next((a for a in anchor.ancestors if a.pos_ == "VERB" and a.lemma_.lower() in speech_verbs()), None)
        if verb is None or any(a.pos_ in {"NOUN", "PROPN"} for a in anchor.ancestors if a.i != verb.i and verb in a.ancestors):
            return None  # "addressing claims that the bill was unworkable, X said": a view named, not X's
        speaker = speaker_of(verb, ctx.entities) or _titled_speaker(ctx, verb)
        clause = next(a for a in [anchor, *anchor.ancestors] if a.head == verb)
        words = (clause.left_edge.i, clause.right_edge.i + 1)
    if speaker is None or speaker.entity.cls not in HOLDERS:
        return None
    return speaker, words


def _titled_speaker(ctx: ExtractionContext, verb: Token) -> Mention | None:
    """'Chairman of the Audit Committee Peter Ainsworth MP said': the one person a title subject names, or the body a
    noun for one names ('environmental group Roads 2010 said')."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lemma_.lower() in BODY_NOUNS:  # "environmental group Roads 2010 said"
        return apposed_name(ctx, subject)
    if subject is None or subject.lemma_.lower() not in title_words():
        return None
    people = {m.entity.key: m for t in subject.subtree if (m := ctx.mention(t)) is not None and m.entity.cls == "Person"}
    return next(iter(people.values())) if len(people) == 1 else None


def _extraposed(anchor: Token, subject: Token) -> bool:
    """'It is vital that rises are minimised', 'it is right to ask': 'it' stands for the clause, not a plan."""
    if subject.lower_ not in PLAN_PRONOUNS:
        return False
    complements = [anchor, *(c for c in anchor.children if c.dep_ in {"attr", "acomp"})]
    return any(c.dep_ in {"ccomp", "xcomp", "csubj", "advcl"} for w in complements for c in w.children)


def _subjects(anchor: Token) -> list[Token]:
    """The clause's subject, or the object the parse took it for: 'warned [the bill] would hit the poor';
    an act may be the subject too: '[imposing] a retirement age was a mistake'."""
    subjects = [c for c in anchor.children if c.dep_ == "nsubj" or c.dep_ == "csubj" and c.tag_ == "VBG"]
    if subjects or anchor.dep_ != "ccomp":
        return subjects
    return [c for c in anchor.head.children if c.dep_ == "dobj" and anchor.head.i < c.i < anchor.i]


def _plan(ctx: ExtractionContext, subject: Token) -> Mention | None:
    """The plan or system the subject names or refers back to."""
    if subject.lower_ in PLAN_PRONOUNS:
        target = plan_just_named(ctx, subject)
    else:
        target = node_for(ctx, subject) or antecedent_node(ctx, subject)
    return target if target is not None and target.entity.cls in {"Plan", "System"} else None


def _stated(anchor: Token) -> bool:
    """Whether the evaluation is stated: not negated, questioned, conditional or a mere guess."""
    polarity, _ = polarity_and_modality(anchor)
    if polarity == "negative" or is_question(anchor) or in_conditional(anchor):
        return False
    modals = {c.lower_ for c in anchor.children if c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX | STATED_MODALS}
    if not modals <= STATED_MODALS or has_conditional_clause(anchor):
        return False
    # "X might say the plan is unfair", "if X thinks it is a mistake": the reporting clause guesses too;
    # "he did not consider the law to be an infringement": it denies the verdict.
    return not any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX or c.dep_ == "neg" for a in anchor.ancestors for c in a.children)


def someone_elses(anchor: Token, start: int, end: int) -> bool:
    """'X said critics believe it is unfair': a view the speaker gives as another's, not their own."""
    below = anchor
    for clause in anchor.ancestors:
        if not start <= clause.i < end:
            break  # the reporting clause itself
        if clause.pos_ in {"NOUN", "PROPN"}:
            return True  # "claims that the bill was unworkable": a view named, not held
        if below.dep_ == "conj":
            below = clause
            continue  # "said X had failed and the plan was a shambles": a clause beside, not above
        below = clause
        subject = next((c for c in clause.children if c.dep_ in {"nsubj", "csubj"}), None)
        if subject is not None and subject.lower_ not in OWN_VOICE:
            return True
    return False
