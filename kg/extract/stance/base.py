"""What every stance rule shares: the stance's modality, its objects and the fact.

The stance rules live in :mod:`kg.extract.stance.verbs`, :mod:`kg.extract.stance.phrases`,
:mod:`kg.extract.stance.advocacy` and :mod:`kg.extract.stance.wishes`; who takes a stance is
read by :mod:`kg.extract.stance.holders`, what it is about by :mod:`kg.extract.stance.targets`.
The vocabulary is in ``kg/data/stance_verbs.json``, read by :mod:`kg.extract.stance.vocabulary`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.extract.common.clauses import objects_of
from kg.extract.common.labels import node_class
from kg.extract.common.modality import negated, polarity_and_modality
from kg.extract.stance.claims import claimed_by_unnamed
from kg.extract.stance.frames import called_for, decided_act
from kg.extract.stance.holders import addressed_as_we, speaking_for, spokesperson_for
from kg.extract.stance.officials import official_side
from kg.extract.stance.targets import stance_target
from kg.extract.stance.vocabulary import cameo_only_verbs
from kg.lexicon import stance_vocabulary
from kg.resolve.groups import GROUP_CONFIDENCE_STEP, is_group

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.common.context import ExtractionContext
    from kg.types import Fact, Mention

# What each stance may be about. Proposing is only of plans and systems ("Russia
# wants Ukraine" is no proposal); opinions may also be about actors.
TARGETS = {
    "opposes": frozenset({"Plan", "System", "Person", "Country", "Organization"}),
    "supports": frozenset({"Plan", "System", "Person", "Country", "Organization"}),
    "proposes": frozenset({"Plan", "System"}),
}
# Verbs whose system object is a physical act, not a stance: "attacked the base", "launched a missile".
PHYSICAL_WITH_SYSTEMS = frozenset({"attack", "launch"})


def stance_polarity_and_modality(verb: Token) -> tuple[str, str]:
    """Polarity and modality of a stance, reading an intent ('pledged to scrap X') as the stance itself.

    Wanting, planning or pledging to act on something is already a position on it, so
    the stance is as asserted as the intent verb: "the Tories pledged to scrap the tax"
    opposes the tax, "the Tories would pledge to scrap it" only might.
    """
    governor = verb.head
    if verb.dep_ == "acomp":
        polarity, modality = polarity_and_modality(governor)  # "is not opposed to": the copula is negated
    elif verb.dep_ != "xcomp" or governor.lemma_.lower() not in stance_vocabulary()["intent"]:
        polarity, modality = polarity_and_modality(verb)
    else:
        polarity, modality = polarity_and_modality(governor)
        if negated(verb):
            polarity = "negative" if polarity == "positive" else "positive"
    if is_question(verb):
        modality = "hypothetical"  # "Did Labour back the plan?" asks, it does not tell
    return polarity, modality


def is_question(token: Token) -> bool:
    """Whether ``token``'s sentence is a question (its last non-quote token is '?')."""
    last = next((t for t in reversed(token.sent) if not t.is_quote and not t.is_space), None)
    return last is not None and last.text == "?"


def stance_objects(verb: Token, stance: str, path: tuple[str, ...]) -> list[Token]:
    """The heads a stance verb is about, following the words after it when it has some.

    Particles hang on the verb ("put [forward] X", "speak [out] against X"); the
    prepositions lead on from each other to the object ("vote [in] favour [of] X").
    Without such words a stance verb with no object may carry it in "against" or
    "for" ("argued against the tax").
    """
    node = verb
    for word in path:
        child = next((c for c in node.children if c.lower_ == word), None)
        if child is None and node.dep_ == "dobj" and node.head.i == verb.i:
            # "took [aim] at X", "poured [scorn] on X": the parse hangs the preposition on the verb
            child = next((c for c in verb.children if c.lower_ == word and c.dep_ == "prep" and c.i > node.i), None)
        if child is None:
            return []
        if node is verb and child.dep_ in {"prt", "advmod"}:
            continue  # a particle: the verb still carries the object
        node = child
    if node is not verb and _infinitive_after(verb, node) and not _new_plan_with_purpose(verb, node):
        return []  # "called for the station [not to be closed]": a call for an act, not for the station
    if node is not verb:
        # "push for [scrapping] the levy": a gerund object is an act (see kg.extract.stance.objects.acted_on)
        heads = [c for c in node.children if c.dep_ in {"pobj", "pcomp"}] if node.dep_ == "prep" else []
        return [h for head in heads for h in (head, *head.conjuncts)]
    direct = objects_of(verb)
    if not direct:  # "supports cutting the limit", "ruled out raising taxes": the act is what the stance is on
        direct = [c for c in verb.children if c.dep_ in {"xcomp", "acl", "dobj"} and c.tag_ == "VBG" and c.i > verb.i]
    if not direct and not path:
        wanted = "against" if stance == "opposes" else "for"
        direct = [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == wanted
                  for p in prep.children if p.dep_ == "pobj"]  # fmt: skip
        direct = [h for head in direct for h in (head, *head.conjuncts)]
    return direct


def _new_plan_with_purpose(verb: Token, marker: Token) -> bool:
    """'called for radical reform of the pact [to grant countries more flexibility]': a new plan and what it is for.

    Only an indefinite plan noun and an active infinitive with an object of its own; "called
    for the ban to be lifted" wants the ban ended.
    """
    plans = [c for c in marker.children if c.dep_ == "pobj" and node_class(c) == "Plan" and not any(d.dep_ in {"det", "poss"} for d in c.children)]
    purposes = [c for c in verb.children if c.dep_ in {"xcomp", "advcl"} and c.i > marker.i and any(a.lower_ == "to" for a in c.children)]
    return bool(plans) and any(not any(a.dep_ == "auxpass" for a in p.children) and any(o.dep_ in {"dobj", "dative"} for o in p.children) for p in purposes)


def _infinitive_after(verb: Token, marker: Token) -> bool:
    """Whether ``verb`` has a to-infinitive after ``marker``, whose object is its subject: 'call for X to go'."""
    return any(
        c.dep_ in {"xcomp", "advcl", "ccomp"} and c.i > marker.i and any(a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


def stance_fact(
    ctx: ExtractionContext,
    holder: Mention,
    stance: str,
    head: Token,
    anchor: Token,
    rule: str,
    confidence: float,
    polarity: str,
    modality: str,
) -> Iterator[Fact]:
    """The fact that ``holder`` takes ``stance`` on what ``head`` names, if it names a fitting node.

    What ``head`` names is read by :func:`kg.extract.stance.targets.stance_target`; a
    spokesperson stating their side's stance takes it too (:func:`speaking_for`).
    """
    target, referred = stance_target(ctx, stance, head, anchor)
    if target is None and (inner := called_for(ctx, anchor, stance, head)).i != head.i:
        target, referred = stance_target(ctx, stance, inner, anchor)  # "welcomed news of the freeze": the freeze
    if referred:
        confidence = min(confidence, 0.6)
    if is_group(holder):  # "ministers", "Tory MPs": a group standing for its body, weaker than a name
        if target is not None and target.entity.cls not in {"Plan", "System"} or modality == "hypothetical":
            return  # "Labour backbenchers backed the minister", "ministers should scrap X": no body's stance
        confidence = round(confidence - GROUP_CONFIDENCE_STEP, 2)
    if target is None or target.entity.cls not in TARGETS[stance] or target.entity.key == holder.entity.key:
        return
    if target.entity.cls == "System" and anchor.lemma_.lower() in PHYSICAL_WITH_SYSTEMS:
        return
    if target.entity.cls not in {"Plan", "System"} and anchor.lemma_.lower() in cameo_only_verbs():
        return  # "Norway rebuffs Moscow": CAMEO's verbs code acts between actors, not positions on them
    if modality == "asserted" and claimed_by_unnamed(ctx, anchor):
        modality = "reported"  # "critics say X backs Y": the critics' reading, not X's stance on the record
    condition = stated_condition(anchor) if modality in {"hypothetical", "asserted"} else None
    if condition is not None:
        modality = "asserted"  # "will vote against X unless Y": a stated stance, kept with its condition
    # "Mr Lammy told BBC News: 'We are against ...'": an outlet spoken to is no side of the speaker's.
    spoken_to = addressed_as_we(ctx, holder)
    if not spoken_to:
        yield ctx.fact(holder, stance, target, anchor, rule, confidence, polarity=polarity, modality=modality,
                       condition=condition)  # fmt: skip
    side = spokesperson_for(ctx, holder)  # "Lib Dem spokesman Mark Oaten criticised X": the Lib Dems too
    if side is None and target.entity.cls in {"Plan", "System"}:
        side = official_side(ctx, holder)  # "India's finance minister attacked X": India too
    if side is not None and side.entity.key != target.entity.key and not spoken_to:
        yield ctx.fact(side, stance, target, anchor, rule, confidence, polarity=polarity, modality=modality,
                       condition=condition)  # fmt: skip
    speaker = speaking_for(ctx, holder, anchor)
    if speaker is not None and speaker.entity.key != target.entity.key:
        yield ctx.fact(speaker, stance, target, anchor, rule, confidence, polarity=polarity, modality=modality,
                       condition=condition)  # fmt: skip
    if (decided := decided_act(stance, head)) is not None:  # "welcomed the decision to scrap X": against X
        yield from stance_fact(ctx, holder, decided[0], decided[1], anchor, rule, round(confidence - 0.05, 2), polarity, modality)


# Verbs of the condition an election pledge is made on: "if it wins", "if elected", "if returned to power".
_TAKING_OFFICE = frozenset({"win", "elect", "return", "form", "take", "re-elect"})
# Modals of a stated intention: "will vote against X unless Y" states the stance; "could", "might" guess.
_STATED_MODALS = frozenset({"will", "would", "'ll", "'d", "shall", "wo"})


def stated_condition(verb: Token) -> str | None:
    """'will vote against the bill [unless ministers drop the fines]': the condition of a stated stance, or None.

    Only a stance stated with "will"/"would" (or the intent verb governing it: "vowed to vote
    against X unless Y") whose only doubt is an "unless" clause, or an "if" clause of winning
    office (a party's pledge: "would scrap the fees if it won the election"); a question, "could" or
    "might" stays hypothetical. The condition is returned as the text words it.
    """
    clause = verb.head if verb.dep_ == "xcomp" else verb
    condition = next((c for v in (verb, clause) for c in v.children if c.dep_ == "advcl" and _marked(c)), None)
    modals = {c.lower_ for v in (verb, clause) for c in v.children if c.dep_ == "aux" and c.tag_ == "MD"}
    if condition is None or is_question(verb) or not modals <= _STATED_MODALS or not (modals or verb.dep_ == "xcomp"):
        return None
    return _as_written(condition)


def office_condition(verb: Token) -> str | None:
    """'[If it wins a third term,] Labour is committed to X': a pledge's condition of winning office, as written."""
    for holder in (verb, verb.head):
        condition = next((c for c in holder.children if c.dep_ == "advcl" and _marked(c) and c.lemma_.lower() in _TAKING_OFFICE), None)
        if condition is not None:
            return _as_written(condition)
    return None


def _as_written(clause: Token) -> str | None:
    """A condition clause as the text words it, without its punctuation."""
    words = [t for t in clause.subtree if not t.is_punct]
    return clause.doc[words[0].i : words[-1].i + 1].text if words else None


def _marked(clause: Token) -> bool:
    """'unless Y', or an election pledge's 'if': 'would cut taxes [if it won the election]', '[if elected]'."""
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    return "unless" in marks or "if" in marks and clause.lemma_.lower() in _TAKING_OFFICE


def condemning(head: Token) -> bool:
    """Whether a label or verdict condemns: 'a mistake', 'unworkable', '"dangerous, ill thought-out, irresponsible"'.

    A phrase condemns when its head, a coordinated word or an adjective on it does, so
    a list of epithets the parse hangs on any one of them still counts.
    """
    words = [head, *head.conjuncts, *(c for c in head.lefts if c.dep_ == "amod")]
    return any(_condemning_word(word) for word in words) or in_search_of(head) or direction_verdict(head) == "opposes"


def in_search_of(head: Token) -> bool:
    """'a solution in search of a problem', 'a headline in search of a policy': the derisive idiom."""
    return any(
        prep.dep_ == "prep" and prep.lower_ == "in" and search.lower_ == "search"
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in search.children)
        for prep in head.children for search in prep.children if search.dep_ == "pobj"
    )  # fmt: skip


def direction_verdict(head: Token) -> str | None:
    """'a step in the wrong direction' opposes, 'a move in the right direction' supports; 'a step backwards' opposes.

    The idiom judges by the direction, not by its head: "step" and "move" carry no verdict of their own.
    """
    if head.lemma_.lower() not in {"step", "move"}:
        return None
    if any(c.lower_ in {"backwards", "backward", "back", "retrograde"} for c in head.children):
        return "opposes"
    for prep in head.children:
        for direction in prep.children:
            if prep.dep_ == "prep" and prep.lower_ == "in" and direction.lemma_.lower() == "direction":
                judged = {c.lower_ for c in direction.children if c.dep_ == "amod"}
                return "opposes" if "wrong" in judged else "supports" if "right" in judged else None
    return None


def praising(head: Token) -> bool:
    """Whether a verdict supports: 'vital', 'a necessity', '"fair and workable"' (as :func:`condemning` reads)."""
    words = [head, *head.conjuncts, *(c for c in head.lefts if c.dep_ == "amod")]
    return any(_listed(word, "praising") for word in words) or direction_verdict(head) == "supports"


def word_verdict(word: Token) -> str | None:
    """'opposes' for a condemning word, 'supports' for a praising one, by the vocabulary alone."""
    if _condemning_word(word):
        return "opposes"
    return "supports" if _listed(word, "praising") else None


def _condemning_word(word: Token) -> bool:
    return _listed(word, "condemning")


def _listed(word: Token, kind: str) -> bool:
    adjective = word.pos_ == "ADJ" or word.tag_ == "VBN" and word.dep_ == "amod"  # "a [missed] opportunity"
    listed = stance_vocabulary()[f"{kind}_adjectives" if adjective else f"{kind}_labels"]
    return word.lemma_.lower() in listed or word.lower_ in listed
