"""Stances stated as what should happen to a plan: "X should not be introduced, Y said" -> Y opposes X.

A reported or quoted recommendation often names the plan as the subject of a passive
("a cap on donations should not be introduced yet, the watchdog said"; "the levy must
be scrapped, said X") or as what there should be ("X suggests there should be tax
relief for small gifts"). The speaker's stance follows from the verb and its negation:

* bringing about (``bringing_about``, ``giving`` and the verbs of proposing): proposes;
  "should not be introduced" opposes;
* removal (``removal``: scrapped, abolished, dropped): opposes; "should not be
  scrapped" supports;
* keeping (``keeping``: kept, retained): supports; "should not be kept" opposes;
* "there should be X" (or "needs to be", "has to be", "X is needed"): proposes X; "there should be no X"
  opposes it, and "may be needed" is a guess;
* an act of policy in the active ("the regulator should investigate the market, X said"):
  the speaker proposes the act, whoever is to do it.

Only "should", "must" and "ought": "could be scrapped" is a guess. Only a speaker who
is a person, party, country or organisation, found as the quotation's speaker or as the
subject of the verb of saying or suggesting the clause depends on. A question or a
conditional says nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.extract.common.actions import action_node, easing_verbs
from kg.extract.common.nodes import node_for
from kg.extract.common.modality import has_conditional_clause, in_conditional, negated
from kg.extract.common.registry import relation_rule
from kg.extract.stance.advocacy import DEONTIC
from kg.extract.stance.base import is_question, stance_fact
from kg.extract.stance.holders import HOLDERS, stance_holders
from kg.extract.stance.plan_phrases import phrase_plan
from kg.extract.stance.replacement import replaced, replacement_stances
from kg.extract.stance.vocabulary import stance_verbs
from kg.resolve.groups import group_holder, group_vocabulary
from kg.lexicon import occupation_words, office_words, speech_verbs, stance_vocabulary, title_words
from kg.syntax import tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.common.context import ExtractionContext
    from kg.types import Fact, Mention

RULE = "stance.prescribed/1"
# Verbs of suggesting whose clause says what should be: "X suggests there should be Y".
_SUGGESTING = frozenset({"suggest", "recommend", "propose", "urge", "insist", "argue", "believe", "think"})
_FLIPPED = {"proposes": "opposes", "opposes": "supports", "supports": "opposes"}


@relation_rule("stance.prescribed", version=1, emits=("opposes", "supports", "proposes"))
def stance_prescribed(ctx: ExtractionContext) -> Iterator[Fact]:
    """'X should (not) be introduced/scrapped/kept, Y said'; 'Y suggests there should be X'."""
    for verb in tokens(ctx.doc):
        if (needed := _needed(verb)) and not (negated(verb) or is_question(verb) or in_conditional(verb)):
            for speaker in _speakers(ctx, verb):  # "there needs to be a judge-led inquiry, X said"
                for needed_plan in (p for head in needed if (p := phrase_plan(ctx, head)) is not None):
                    yield ctx.fact(speaker, "proposes", needed_plan, verb, RULE, 0.65)
        if not _prescribed(verb) or is_question(verb) or has_conditional_clause(verb) or in_conditional(verb):
            continue
        stance, heads = _stance_and_heads(verb)
        if stance is None and not negated(verb):
            for speaker in _speakers(ctx, verb):
                yield from _act_recommended(ctx, speaker, verb)  # "the regulator should investigate the market, X said"
        if stance is None or not heads:
            continue
        if negated(verb) or any(c.lower_ == "no" for h in heads for c in h.children if c.dep_ == "det"):
            stance = _FLIPPED[stance]
        for speaker in _speakers(ctx, verb):
            for head in heads:
                if stance == "proposes" and verb.lemma_ == "be":
                    plan = phrase_plan(ctx, head)  # "there should be tax relief for small gifts": the phrase as written
                    if plan is not None:
                        yield ctx.fact(speaker, stance, plan, verb, RULE, 0.65)
                    continue
                yield from stance_fact(ctx, speaker, stance, head, verb, RULE, 0.65, "positive", "asserted")


def _act_recommended(ctx: ExtractionContext, speaker: Mention, verb: Token) -> Iterator[Fact]:
    """'X said ministers should publish the advice': the act recommended, as the speaker's proposal.

    Only an act of policy with what it acts on (:func:`~kg.extract.common.actions.action_node`);
    a recommended stance ("should scrap the levy", "should back the bill") or a plan
    recommended by name ("should introduce a cap") is read by ``stance.advocated``.
    """
    lemma = verb.lemma_.lower()
    if lemma in easing_verbs() or any(stance != "proposes" for stance, _ in stance_verbs().get(lemma, ())):
        return
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or verb.tag_ != "VB" or not _actor(ctx, verb) or any(c.dep_ == "cc" and c.lower_ == "or" for c in verb.children):
        return  # "should start with X", "should be starting", "the system must provide X", "cut it or increase it"
    if obj.lemma_.lower() in stance_vocabulary()["not_policies"]:
        return  # "must give a clearer reason": an account asked for, no act of policy
    if lemma in stance_verbs() and node_for(ctx, obj) is not None:
        return  # "should introduce a cap on donations": the cap is the proposal (``stance.advocated``)
    if (pair := replaced(verb)) is not None:  # "should replace X with Y": against X, for Y
        yield from replacement_stances(ctx, speaker, pair, verb, RULE, 0.6)
        return
    plan = action_node(ctx, verb)
    if plan is not None:
        yield ctx.fact(speaker, "proposes", plan, verb, RULE, 0.6)


def _actor(ctx: ExtractionContext, verb: Token) -> bool:
    """Whether the one told to act is someone who can: a person, body or group, or a pronoun for one."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.lower_ in _ACTING_PRONOUNS or group_holder(ctx.entities, subject) is not None:
        return True
    if subject.pos_ == "NOUN" and subject.lemma_.lower() in _acting_words():
        return True  # "ministers", "the regulator", "councils", "the pair"
    mention = ctx.mention(subject)
    return mention is not None and mention.entity.cls in HOLDERS


_ACTING_PRONOUNS = frozenset({"we", "they", "you", "he", "she", "i"})


@lru_cache(maxsize=1)
def _acting_words() -> frozenset[str]:
    """Common nouns for people and bodies who can be told to act: posts, occupations, bodies, groups."""
    groups = {word for key, words in group_vocabulary().items() if key != "party_countries" for word in words}  # type: ignore[attr-defined]
    return title_words() | occupation_words() | office_words() | groups | _MORE_ACTORS


# Words for actors the lists above leave out (they are no posts, occupations or bodies).
_MORE_ACTORS = frozenset({"pair", "regulator", "bank", "country", "nation", "state", "people", "party", "parties", "police"})


# "may be needed" is a guess, not a call.
_GUESSING = frozenset({"may", "might", "could"})


def _needed(verb: Token) -> list[Token]:
    """'there needs to be X', 'there has to be X', 'X is needed': what there must be, as "there should be X" says it."""
    if verb.lemma_.lower() in {"need", "require"} and any(c.dep_ == "auxpass" for c in verb.children) \
            and not any(c.dep_ in {"agent", "xcomp", "advcl"} or c.dep_ == "aux" and c.lower_ in _GUESSING for c in verb.children):
        # "fiscal tightening is needed, X said"; not "is needed to X", which says what for, nor "by Y"
        return [h for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN" for h in (c, *c.conjuncts)]
    # the parse may hang "there" on the auxiliary: "there [does] need to be"
    if verb.lemma_.lower() not in {"need", "have"} or not any(c.dep_ == "expl" for t in (verb, *verb.children) for c in (t, *t.children)):
        return []
    be = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_ == "be"), None)
    heads = [c for c in be.children if c.dep_ == "attr" and c.pos_ in {"NOUN", "PROPN"}] if be is not None else []
    # "another inquiry, a judge-led inquiry": the apposition says which
    return [h for head in heads for h in (head, *head.conjuncts, *(c for c in head.children if c.dep_ == "appos"))]


def _prescribed(verb: Token) -> bool:
    """A verb with 'should', 'must' or 'ought' (to) on it, not a guess about the past ('must have been')."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    return any(c.lower_ in DEONTIC for c in auxes) and not any(c.lemma_ == "have" for c in auxes)


def _stance_and_heads(verb: Token) -> tuple[str | None, list[Token]]:
    """What recommending ``verb`` for its subject says, and the subject's heads: passive or 'there be'."""
    if verb.lemma_ == "be" and any(c.dep_ == "expl" for c in verb.children):
        heads = [c for c in verb.children if c.dep_ in {"attr", "nsubj"} and c.pos_ in {"NOUN", "PROPN"}]
        return "proposes", [h for head in heads for h in (head, *head.conjuncts)]
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None, []
    heads = [c for c in verb.children if c.dep_ == "nsubjpass"]
    heads = [h for head in heads for h in (head, *head.conjuncts)]
    vocabulary = stance_vocabulary()
    lemma = verb.lemma_.lower()
    if lemma in vocabulary["removal"]:
        return "opposes", heads
    if lemma in vocabulary["keeping"]:
        return "supports", heads
    # single-word verbs of proposing only: "put forward" is proposing, "put on hold" is not
    bringing = {*vocabulary["bringing_about"], *vocabulary["giving"], *(v for v in vocabulary["proposes"] if " " not in v)}
    return ("proposes", heads) if lemma in bringing else (None, [])


def _speakers(ctx: ExtractionContext, verb: Token) -> list[Mention]:
    """Who recommends it: the quotation's speaker, else the subject of the verb of saying above the clause."""
    quotation = ctx.quotation_at(verb)
    if quotation is not None and quotation.speaker is not None and quotation.speaker.entity.cls in HOLDERS:
        return [quotation.speaker]
    saying = verb.head if verb.dep_ == "ccomp" else None
    if saying is None or saying.lemma_.lower() not in _SUGGESTING | speech_verbs() or negated(saying):
        return []
    return stance_holders(ctx, saying)
