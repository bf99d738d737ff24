"""Proposals of acts: 'Labour promised to cut taxes', 'UKIP called on Hockney to quit the Assembly'.

``stance.action`` reads a wish, intent or call whose infinitive (or -ing form) is an act
of policy: the holder proposes that act as a plan ("cutting taxes"), named as
:func:`kg.extract.common.actions.action_node` names it. Acts of removal and stance verbs
in the infinitive ("vowed to scrap the levy", "pledged to back the bill") are stances on
their object, read by ``stance.verb``; a negated act ("promised not to raise taxes") names
no plan. Asking others to act ("urged ministers to cut the tax") is the asker's proposal.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.extract.common.actions import action_node, easing_verbs, gerund_taken_for_adjective, is_infinitive_passive
from kg.extract.common.antecedents import antecedent_node
from kg.extract.common.nodes import node_class, node_for
from kg.extract.common.modality import negated, polarity_and_modality
from kg.extract.common.registry import relation_rule
from kg.extract.stance.base import is_question, office_condition, stance_fact, stance_polarity_and_modality, stance_vocabulary
from kg.extract.common.owners import plan_owner
from kg.extract.stance.holders import HOLDERS, speaking_for, stance_holders
from kg.extract.stance.replacement import replaced, replacement_stances
from kg.extract.stance.vocabulary import stance_verbs
from kg.resolve.groups import GROUP_CONFIDENCE_STEP, is_group
from kg.syntax import tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.common.context import ExtractionContext
    from kg.types import Fact, Mention

RULE = "stance.action/1"
# Verbs that put an act forward through their -ing object: "recommended replacing A-levels".
_GERUND_PROPOSING = frozenset({"recommend", "propose", "suggest", "advocate", "favour", "favor", "consider"})
# Intents that put nothing forward: a threat, an attempt, a hope, a decision taken.
_NO_PROPOSAL = frozenset({"threaten", "try", "attempt", "hope", "decide", "resolve", "move"})


@relation_rule("stance.action", version=1, emits=("proposes", "opposes"))
def stance_action(ctx: ExtractionContext) -> Iterator[Fact]:
    """'X promised to cut taxes', 'X urged Y to cut taxes', 'X recommended replacing Z' -> X proposes the act;
    'X refused to hold an early election' -> X opposes it."""
    vocabulary = stance_vocabulary()
    refusal = frozenset(vocabulary["refusal"])
    wishing = frozenset(vocabulary["intent"]) | frozenset(vocabulary["wishing"]) | frozenset(vocabulary["requesting"]) | refusal
    ending = easing_verbs() | frozenset(vocabulary["removal"])
    for verb in tokens(ctx.doc):
        lemma = verb.lemma_.lower()  # "hoped" is "hope" (kg.nlp fixes the small model's "hop")
        resolved, planned = _resolved(verb), _planned(verb)
        if not resolved and not planned and (verb.pos_ != "VERB" or (lemma not in wishing and lemma not in _GERUND_PROPOSING) or lemma in _NO_PROPOSAL):
            continue
        acts = [c for c in verb.children if _act_of(c, lemma in _GERUND_PROPOSING)] + _committed_to(verb) + _called_for_done(verb)
        acts = [a for head in acts for a in (head, *_joined_acts(head))]
        acts = [_through_action_taken(a) for a in acts]
        if not acts or is_question(verb):
            continue
        polarity, modality = polarity_and_modality(verb.head if resolved and verb.dep_ == "acomp" else verb)
        if polarity != "positive" or resolved and negated(verb):
            continue
        condition = office_condition(verb) if modality == "hypothetical" else None
        if condition is not None:
            modality = "asserted"  # "If it wins a third term, Labour is committed to X": a pledge, kept with its condition
        for act in acts:
            if negated(act):
                continue
            if act.lemma_.lower() in ending and any(_a_plan(ctx, c) for c in act.children if c.dep_ == "dobj"):
                # "plans to delay the levy": never a proposal of the plan; whether it is opposition
                # depends on whose plan it is (stance.verb reads "vowed to scrap X", stance.removal "urged Y to delay X")
                continue
            if lemma in refusal and act.lemma_.lower() in ending:
                continue  # "refused to scrap the tax" keeps it: read by stance.verb
            if (pair := replaced(act)) is not None and lemma not in refusal:  # "wants to replace X with Y": against X, for Y
                for holder in stance_holders(ctx, verb, stative=resolved):
                    if modality == "asserted":
                        yield from replacement_stances(ctx, holder, pair, verb, RULE, 0.65)
                continue
            plan = action_node(ctx, act)
            if plan is None:
                continue
            stance = "opposes" if lemma in refusal else "proposes"
            means = _means(ctx, act) if stance == "proposes" else []  # "boost pensions [by restoring the link]"
            policy = _policy_subject(verb) if planned else None
            holders = _policy_owners(ctx, policy) if policy is not None else stance_holders(ctx, verb, stative=resolved)
            for holder in holders:  # "X is committed to": X; "government policy is to X": the government
                if resolved and _said_of_another(ctx, holder, verb):
                    continue  # '"The Tories are committed to cuts," said a Labour minister': his charge, not their pledge
                confidence = round(0.65 - (GROUP_CONFIDENCE_STEP if is_group(holder) else 0.0), 2)
                for node in (plan, *means):
                    yield ctx.fact(holder, stance, node, verb, RULE, confidence, polarity=polarity, modality=modality,
                                   condition=condition)  # fmt: skip
                quotation = ctx.quotation_at(verb)  # '"We urge them to X," said Y': Y proposes X too
                speaker = speaking_for(ctx, holder, verb) if quotation is not None and quotation.direct else None
                if speaker is not None:
                    yield ctx.fact(speaker, stance, plan, verb, RULE, confidence, polarity=polarity, modality=modality)


def _through_action_taken(act: Token) -> Token:
    """'urged Congress to take action [to cut] the deficit': the act the action taken is for."""
    taken = [c for c in act.children if c.dep_ == "dobj" and c.lemma_.lower() in {"action", "step", "measure"}]
    if act.lemma_.lower() != "take" or not taken:
        return act
    purposes = [c for t in (taken[0], act) for c in t.children if c.dep_ in {"acl", "advcl", "xcomp"} and c.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]  # fmt: skip
    return purposes[0] if purposes else act


def _means(ctx: ExtractionContext, act: Token) -> list[Mention]:
    """'to boost pensions [by restoring the earnings link]', 'to fund care [by a new 50% tax rate]': what it is to be
    done by, a plan put forward too."""
    by = [c for p in act.children if p.dep_ == "prep" and p.lower_ == "by" for c in p.children]
    doing = [node for c in by if c.dep_ == "pcomp" and c.tag_ == "VBG" and (node := action_node(ctx, c)) is not None]
    named = [node for c in by if c.dep_ == "pobj" and c.pos_ == "NOUN" and (node := node_for(ctx, c)) is not None]
    return doing + [node for node in named if node.entity.cls == "Plan"]


# Adjectives of resolve after a copula: "was determined to lower taxes", "is committed to cutting taxes".
_RESOLVED = frozenset({"determined", "committed", "keen", "eager", "resolved"})


def _resolved(word: Token) -> bool:
    """An adjective of resolve after a copula, or parsed as a passive ('is committed to')."""
    if word.lower_ not in _RESOLVED:
        return False
    passive = any(c.dep_ == "auxpass" for c in word.children) and not any(c.dep_ == "agent" for c in word.children)
    return word.dep_ == "acomp" or passive


def _planned(verb: Token) -> bool:
    """'government policy is to raise fuel duty', 'announced it is to spend £200m on drugs': what a side's
    policy is to do, or what a side is said to be about to do (said as fact, "Labour is to cut taxes",
    it is read by ``stance.stated_pledge``)."""
    if verb.lemma_ != "be" or not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    if _policy_subject(verb) is None and verb.dep_ != "ccomp":
        return False
    return any(c.dep_ == "xcomp" and _act_of(c, False) for c in verb.children) and not any(c.dep_ in {"attr", "acomp"} for c in verb.children)


# Nouns for what a side means to do: "government policy is to X", "the Tory pledge is to X".
_POLICY_NOUNS = frozenset({"policy", "aim", "pledge", "plan", "proposal", "priority", "intention", "promise", "goal", "objective"})


def _policy_subject(verb: Token) -> Token | None:
    """'[government policy] is to X': a subject that is a policy noun."""
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in _POLICY_NOUNS), None)


def _policy_owners(ctx: ExtractionContext, policy: Token) -> list[Mention]:
    """Whose policy 'policy is to X' states: the owner of the policy noun ('government policy')."""
    owner = plan_owner(ctx, policy)
    return [owner.mention] if owner is not None and owner.mention.entity.cls in HOLDERS else []


def _said_of_another(ctx: ExtractionContext, holder: Mention, word: Token) -> bool:
    """Whether someone else says the holder is resolved: in quote marks, only 'we' and 'I' are the speaker's own."""
    quotation = ctx.quotation_at(word)
    if quotation is None or quotation.speaker is None:
        return False
    if quotation.direct:
        subject = next((c for c in (word.head if word.dep_ == "acomp" else word).children
                        if c.dep_ in {"nsubj", "nsubjpass"}), None)  # fmt: skip
        return subject is None or subject.lower_ not in {"we", "i"}
    side = ctx.sides.get(quotation.speaker.entity.key)
    return holder.entity.key not in {quotation.speaker.entity.key, side.entity.key if side is not None else None}


def _committed_to(word: Token) -> list[Token]:
    """'committed [to cutting] taxes': the -ing act after 'to' of an adjective of resolve."""
    if not _resolved(word):
        return []
    acts = [c for p in word.children if p.dep_ == "prep" and p.lower_ == "to"
            for c in p.children if c.dep_ == "pcomp" and c.tag_ == "VBG"
            or c.dep_ == "pobj" and gerund_taken_for_adjective(c) is not None]  # fmt: skip
    # "committed to giving X; allowing Y; opening Z": the parse hangs the list's later items on the clause
    clause = word.head if word.dep_ == "acomp" else word
    listed = [c for c in clause.children if acts and c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > acts[0].i
              and c.doc[c.i - 1].text == ";"]  # fmt: skip
    return acts + listed


def _joined_acts(act: Token) -> list[Token]:
    """The acts coordinated with ``act``: 'to appoint reps [and to increase] spending', wherever the parse hangs them."""
    return [t for t in act.subtree if t.i != act.i and t.dep_ == "conj" and t.pos_ == "VERB"
            and (t in act.conjuncts or any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children))]  # fmt: skip


def _act_of(child: Token, gerund: bool) -> bool:
    """An infinitive ('to cut taxes', 'urged X [to cut]') or, for ``gerund`` verbs, also an -ing object ('recommended [replacing]')."""
    if child.pos_ != "VERB":
        return False
    if gerund and child.tag_ == "VBG" and child.dep_ in {"xcomp", "dobj", "ccomp"}:
        return True  # "recommended [replacing] A-levels"; "proposed [to freeze] the debts" is read below
    return child.dep_ in {"xcomp", "ccomp", "advcl"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)


def _called_for_done(verb: Token) -> list[Token]:
    """'called for the legal advice to be published', parsed as advice [that is] to be published: the act wished."""
    objects = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
    return [c for o in objects for c in o.children if c.dep_ == "relcl" and is_infinitive_passive(c)]


ENDING_RULE = "stance.ending/1"
_FLIPPED = {"supports": "opposes", "opposes": "supports"}


@relation_rule("stance.ending", version=1, emits=("opposes", "supports"))
def stance_ending(ctx: ExtractionContext) -> Iterator[Fact]:
    """'X backs scrapping the levy' -> X opposes the levy; 'X opposed lifting the ban' -> X supports the ban.

    Being for the end of a plan is being against the plan, and being against its end is
    backing it (the polarity policy of ``docs/data-model.md``, "Stances").
    """
    removal = frozenset(stance_vocabulary()["removal"])
    for act in tokens(ctx.doc):
        verb = act.head
        if act.tag_ != "VBG" or act.dep_ not in {"xcomp", "acl", "dobj"} or act.lemma_.lower() not in removal:
            continue
        stances = {s for s, path in stance_verbs().get(verb.lemma_.lower(), ()) if not path and s in _FLIPPED}
        if len(stances) != 1 or negated(act) or is_question(verb):
            continue
        stance = _FLIPPED[stances.pop()]
        polarity, modality = stance_polarity_and_modality(verb)
        for removed in (c for c in act.children if c.dep_ == "dobj"):
            for holder in stance_holders(ctx, verb):
                for fact in stance_fact(ctx, holder, stance, removed, verb, ENDING_RULE, 0.7, polarity, modality):
                    if fact.object.entity.cls in {"Plan", "System"}:
                        yield fact


def _a_plan(ctx: ExtractionContext, obj: Token) -> bool:
    """Whether what an act removes or eases is a plan: named, referred back to, or a plan word ("the levy")."""
    return node_for(ctx, obj) is not None or antecedent_node(ctx, obj) is not None or node_class(obj) == "Plan"
