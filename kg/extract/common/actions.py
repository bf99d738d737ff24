"""Plans named by what they do: 'promised to cut taxes' -> the plan 'cutting taxes'.

A wish, pledge or call is often for an act, not a named thing: "vowed to cut the
number of asylum seekers", "recommended replacing A-levels with a diploma", "supports
raising the limit". The act is the plan; its node is labelled by the verb phrase in
its -ing form ("cutting the number of asylum seekers"), with the plain form as another
name. Only verbs of policy (``kg/data/policy_actions.txt``) with something to act on
name a plan: "hoped to win" or "would not resign" name none.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from kg.lexicon import policy_actions, word_list
from kg.extract.common.variants import action_names, bracketed, brought_about, written_whole

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.common.context import ExtractionContext
    from kg.types import Mention

# The parts of a verb phrase that say what the act does; clauses, subjects and adverbs are left out.
_PARTS = frozenset({"dobj", "prt", "dative", "prep", "agent", "oprd", "acomp", "attr", "npadvmod", "ccomp", "xcomp"})
_DATES = frozenset({"DATE", "TIME"})
_LONGEST = 16
_FUNCTION_POS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PART", "AUX"})


@lru_cache(maxsize=1)
def attachment_phrases() -> frozenset[str]:
    """'as part', 'in bid': a preposition and its object's lemma that attach an act to a purpose (``kg/data/attachment_phrases.txt``)."""
    return word_list("attachment_phrases.txt")


@lru_cache(maxsize=1)
def easing_verbs() -> frozenset[str]:
    """Verbs of weakening, putting off or ending a plan (``kg/data/easing_verbs.txt``)."""
    return word_list("easing_verbs.txt")


def action_node(ctx: ExtractionContext, verb: Token) -> Mention | None:
    """The Plan the verb phrase headed by ``verb`` names, or None when it names no act of policy."""
    if verb.pos_ == "NOUN" and (gerund := gerund_taken_for_adjective(verb)) is not None:
        return _act_on(ctx, gerund, verb)  # "committed to [increasing] taxes", parsed as taxes that are increasing
    if verb.pos_ != "VERB" or not (verb.lemma_.lower() in policy_actions() or _light_act(verb)) or any(c.dep_ == "neg" for c in verb.children):
        return None
    words = action_words(verb)
    acted_on = any(
        c.dep_ in {"dobj", "prep", "dative", "prt"} or _misparsed_modifier(verb, c) or _caused_act(verb, c) for c in verb.children
    )
    undergoer = _passive_subject(verb)
    if undergoer is not None:  # "want the levy to be capped at 2%": capping the levy at 2%
        clause = set(verb.subtree) if verb.head == undergoer else set()  # "the advice [to be published]": not the clause itself
        done_to = [t for t in undergoer.subtree if not t.is_punct and t not in clause]
        words = [verb, *done_to, *words[1:]]
        acted_on = True
    words = _within_longest(words)
    if len(words) < 2 or len(words) > _LONGEST or not acted_on:
        return None
    if any(c.dep_ in {"dobj", "dative"} and c.pos_ == "PRON" for c in verb.children):
        return None  # "to cut it": the act is on something named elsewhere
    if any(c.dep_ == "dobj" and c.ent_type_ in _DATES for c in verb.children):
        return None  # "will spend several months debating X": time spent, no act of policy
    label, *others = action_names(words)
    names = set(others)
    names.update(brought_about(words), written_whole(verb, words))
    # "boosting pensions [by restoring the link]", "raising fuel prices [by as much as 30%]": also named without
    extra = [p.i for p in verb.children if p.dep_ == "prep" and p.lower_ == "by" and (_means_act(p) or _amount(p))]
    if extra and len(bare := [t for t in words if t.i < min(extra)]) >= 2:  # what follows the "by" is no part either
        names.update(action_names(bare))
        names.update(brought_about(bare))
    span = verb.doc[min(t.i for t in words) : max(t.i for t in words) + 1]  # a passive's undergoer comes first
    return ctx.new_mention(span, "Plan", label, aliases=frozenset(names))


# Nouns of policy acts a light verb carries: "make changes to the pension scheme", "make savings of £100m".
_LIGHT_ACTS = frozenset({"change", "cut", "saving", "reform", "reduction", "improvement"})


def _light_act(verb: Token) -> bool:
    """'make changes to X', 'make £35bn of savings': the act is in the noun, said of something; "make cuts" alone names none."""
    acts = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _LIGHT_ACTS]
    if verb.lemma_.lower() != "make" or not acts:
        return False
    said_of = [m for m in (*acts[0].children, *verb.children) if m.dep_ == "prep" and m.lower_ in {"to", "in", "of", "on"}]
    return bool(said_of) or any(m.dep_ in {"nummod", "quantmod"} for m in acts[0].children)  # not "cuts, such as X"


def _amount(prep: Token) -> bool:
    """'[by as much as 30%]', '[by £4bn]': how much an act changes something."""
    return any(t.like_num or t.ent_type_ in {"MONEY", "PERCENT", "CARDINAL", "QUANTITY"} for t in prep.subtree)


def _means_act(prep: Token) -> bool:
    """'[by restoring] the link', '[by a new 50% tax rate]': an act or a plan a plan is to be done by."""
    return any(c.dep_ == "pcomp" and c.tag_ == "VBG" or c.dep_ == "pobj" and c.pos_ == "NOUN" and c.ent_type_ not in _DATES
               and not c.like_num for c in prep.children)  # fmt: skip


def _passive_subject(verb: Token) -> Token | None:
    """What a passive act is done to: '[the levy] to be capped', a thing, not a person or pronoun."""
    if not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return None  # "would be funded by the National Lottery" says who pays, not what is wanted
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None and verb.dep_ == "relcl" and is_infinitive_passive(verb):
        subject = verb.head  # "called for [the advice] to be published", parsed as a relative clause
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_ in {"PERSON", "NORP"}:
        return None
    return subject


def is_infinitive_passive(verb: Token) -> bool:
    """'to be published': an act wished done to something, not one done already."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and any(c.dep_ == "auxpass" for c in verb.children)


def _act_on(ctx: ExtractionContext, gerund: Token, noun: Token) -> Mention:
    """'[increasing] taxes for the well off': the act the parse read as an adjective, named with its object."""
    words = [t for t in noun.doc[gerund.i : noun.right_edge.i + 1] if not t.is_punct or t.tag_ == "HYPH"]
    words = words[: next((i for i, t in enumerate(words) if t.dep_ in {"relcl", "advcl", "acl"} and t.i > noun.i), len(words))]
    after = noun.doc[words[-1].i + 1] if words[-1].i + 1 < len(noun.doc) else None
    if after is not None and after.lower_ == "off" and words[-1].lower_ in {"well", "better", "worse"}:
        words.append(after)  # "the most well [off]", whose "off" the parse hangs elsewhere
    label, *others = action_names(words)
    return ctx.new_mention(noun.doc[words[0].i : words[-1].i + 1], "Plan", label, aliases=frozenset(others))


def gerund_taken_for_adjective(noun: Token) -> Token | None:
    """'[increasing] taxes': an act of policy the small model tagged as an adjective on its object."""
    first = next((c for c in noun.lefts if c.dep_ == "amod"), None)
    if first is None or first.tag_ != "VBG" or first.i != noun.left_edge.i or first.lemma_.lower() not in policy_actions():
        return None
    return first


def action_words(verb: Token) -> list[Token]:
    """The verb and what it acts on, without clauses, dates or trailing punctuation: 'cut the levy by 2008' -> cut the levy."""
    words = [verb]
    for child in verb.children:
        if child.dep_ not in _PARTS or child.i < verb.i or (child.ent_type_ in _DATES and child.dep_ != "dobj"):
            continue
        if child.dep_ == "prep" and any(c.dep_ == "pobj" and c.ent_type_ in _DATES for c in child.children):
            continue  # "by 2008": when, not what
        if child.dep_ == "prep" and _tally(child):
            continue  # "[by 297 votes] [to 203]": the margin of a vote, not what is acted on
        if child.dep_ in {"prep", "advmod"} and attached_purpose(child):
            continue  # "[as part of] a drive to save money", "[in a bid to] win back voters": why, not what
        if child.dep_ == "prep" and any(_plan_of_its_own(o) for o in child.children if o.dep_ == "pobj"):
            continue  # "set a plan to spend £9bn on rail [against a Tory plan to sell it]": another plan
        if child.dep_ in {"ccomp", "xcomp"} and child.pos_ in {"VERB", "AUX"} and not _misparsed_modifier(verb, child) \
                and not gerund_object(verb, child) and not _caused_act(verb, child):
            continue  # another clause: "cut taxes [to help families]"
        words.extend(t for t in child.subtree if not _cut(t, child))
    aside = bracketed(verb.sent)
    words = [t for t in sorted(set(words), key=lambda t: t.i) if t.i not in aside]  # "a £2bn ($3.7bn) plan"
    end = words[-1].i + 1 if words else verb.i
    comma = next((t.i for t in verb.doc[verb.i : end] if t.text in {",", ";", ":", "--", "—", "–"} and not _in_a_list(t)
                  or _spaced_dash(t)), None)  # fmt: skip
    if comma is not None:  # "to honour both men[, with a spokesperson saying ...]": the act ends at the comma
        words = [t for t in words if t.i < comma]
    return _without_loose_end(words)


def _without_loose_end(words: list[Token]) -> list[Token]:
    """``words`` less trailing punctuation and function words: a label never ends on "cut X as", "make it"."""
    while words and (words[-1].is_punct and words[-1].text != "%" or words[-1].is_space or words[-1].dep_ in {"cc", "prep"}
                     or words[-1].pos_ in _FUNCTION_POS):  # fmt: skip
        words = words[:-1]
    return words


def _within_longest(words: list[Token]) -> list[Token]:
    """Too long a phrase loses its last prepositional phrase until it fits: 'boost spending on schools [in a budget
    billed as a boost for ordinary people]' is the act 'boost spending on schools'."""
    while len(words) > _LONGEST:
        kept = set(words)
        trailing = [t for t in words if t.dep_ == "prep" and t.head in kept and t.head.i < t.i and words[-1] in t.subtree]
        last = min(trailing, key=lambda t: t.i, default=None)  # the outermost phrase the label ends in
        if last is None or len([t for t in words if t.i < last.i]) < 2:
            break
        cut = set(last.subtree)
        words = _without_loose_end([t for t in words if t not in cut])
    return words


def _in_a_list(comma: Token) -> bool:
    """'cap spending on transport[,] education and health': a comma between the items of a list, no aside."""
    head = comma.head
    return comma.text == "," and head.pos_ in {"NOUN", "PROPN"} and any(c.dep_ == "conj" and c.i > comma.i for c in head.children)


def _plan_of_its_own(noun: Token) -> bool:
    """'a Tory plan to cut spending': a plan word with its own act, never part of another act's words."""
    return noun.lemma_.lower() in {"plan", "proposal", "pledge", "promise"} and has_to_clause(noun, {"acl", "relcl"})


def has_to_clause(noun: Token, deps: set[str]) -> bool:
    """Whether ``noun`` has a clause of one of ``deps`` with 'to': 'moves [to lift the ban]'."""
    return any(c.dep_ in deps and any(a.lower_ == "to" for a in c.children) for c in noun.children)


def _spaced_dash(token: Token) -> bool:
    """' - ' between words: an aside or a new clause begins ("merge 12 boards into four - called by one union ...")."""
    return token.text == "-" and bool(token.whitespace_) and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)


def _tally(prep: Token) -> bool:
    """'by 297 votes', and the 'to 203' after it: a vote's count, hung on the act by the parse."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return False
    if pobj.lemma_.lower() == "vote" and any(c.dep_ == "nummod" for c in pobj.children):
        return True
    earlier = [c for c in prep.head.children if c.dep_ == "prep" and c.i < prep.i]
    return prep.lower_ == "to" and pobj.like_num and bool(earlier) and _tally(earlier[-1])


# Verbs whose clause says what they let or make someone do: "allow [Powys people to choose Hereford]".
_CAUSATIVES = frozenset({"allow", "force", "require", "enable", "permit", "oblige", "compel"})


def _caused_act(verb: Token, clause: Token) -> bool:
    """'allow people [to choose Hereford]': the clause with its own subject is what the act allows, part of it."""
    return (
        verb.lemma_.lower() in _CAUSATIVES
        and any(c.dep_ == "nsubj" and c.i < clause.i for c in clause.children)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    )


def attached_purpose(prep: Token) -> bool:
    """Whether ``prep`` opens a phrase tying an act to a wider purpose: 'as part of X', 'in a bid to Y'."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if prep.lower_ == "ahead":  # "ahead of the election"
        return any(c.lower_ == "of" for c in prep.children)
    return any(f"{prep.lower_} {o.lemma_.lower()}" in attachment_phrases() for o in objects)


def gerund_object(verb: Token, child: Token) -> bool:
    """'banning [hunting] with dogs': a gerund right after the verb, parsed as a clause, is what it acts on."""
    return child.dep_ == "xcomp" and child.tag_ == "VBG" and child.i == verb.i + 1 and not any(
        c.dep_ == "aux" for c in child.children
    )


def _misparsed_modifier(verb: Token, child: Token) -> bool:
    """'appoint [roving] safety reps' parsed as a second verb 'roving' with the object: an adjective of the object."""
    next_to = child.i == verb.i + 1 or (child.i == verb.i + 2 and verb.doc[verb.i + 1].is_quote)  # 'appoint "roving" reps'
    return child.dep_ == "xcomp" and child.tag_ == "VBG" and next_to and any(c.dep_ == "dobj" for c in child.children)


def _finite(clause: Token) -> bool:
    """Whether a clause has its own subject or a 'that'/'whether' marker: a statement, not a complement."""
    return any(c.dep_ in {"nsubj", "nsubjpass", "expl"} or (c.dep_ == "mark" and c.lower_ in {"that", "whether", "if"})
               for c in clause.children)  # fmt: skip


# Prepositions of several words, whose second preposition still says what the act does: "in line with earnings".
_PREPOSITION_PHRASES = frozenset({("in", "line"), ("in", "favour"), ("in", "place"), ("in", "return"), ("in", "exchange"),
                                  ("in", "addition"), ("on", "top")})  # fmt: skip


def _cut(token: Token, top: Token) -> bool:
    """Whether ``token`` lies in a relative clause, a date or a parenthesis inside the phrase."""
    if token.is_punct and token.text not in {"-", "%", "£", "$"} and not _in_a_list(token):
        return True
    node = token
    while node.i != top.i:
        if node.dep_ == "prep" and node.head.dep_ == "pobj" and node.head.head.i == top.i and top.dep_ == "prep" \
                and (top.lower_, node.head.lower_) not in _PREPOSITION_PHRASES:
            return True  # "replacing X [with a diploma] in a shake-up": only one level of prepositions after the verb
        if node.dep_ == "prep" and any(c.dep_ == "pobj" and c.ent_type_ in _DATES for c in node.children):
            return True  # "by 2008", "in April": when, not what
        if node.dep_ in {"relcl", "advcl", "appos"} or (node.dep_ == "conj" and node.pos_ in {"VERB", "AUX"}):
            return True  # a clause of its own, or another act: "cut X [and raise Y]"
        if node.dep_ in {"acl", "ccomp"} and node.head.pos_ in {"NOUN", "PROPN"} and _finite(node):
            return True  # "reflect the public's wish [that fraud be treated as ...]": a statement, not the act
        if node.dep_ == "prep" and attached_purpose(node):
            return True  # "cut X [as part of] a drive": why, not what
        node = node.head
    return False
