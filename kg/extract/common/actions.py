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

from kg.lexicon import word_list
from kg.extract.common.variants import action_names, joined

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.common.context import ExtractionContext
    from kg.types import Mention

# The parts of a verb phrase that say what the act does; clauses, subjects and adverbs are left out.
_PARTS = frozenset({"dobj", "prt", "dative", "prep", "oprd", "acomp", "attr", "npadvmod", "ccomp", "xcomp"})
_DATES = frozenset({"DATE", "TIME"})
_LONGEST = 16
# Verbs that bring their object into being: "hold a summit in Vilnius" is also "summit in Vilnius".
_BRINGING_ABOUT = frozenset({"hold", "create", "establish", "build", "introduce", "provide", "set", "launch"})


@lru_cache(maxsize=1)
def policy_actions() -> frozenset[str]:
    return word_list("policy_actions.txt")


@lru_cache(maxsize=1)
def easing_verbs() -> frozenset[str]:
    """Verbs of weakening, putting off or ending a plan (``kg/data/easing_verbs.txt``)."""
    return word_list("easing_verbs.txt")


def action_node(ctx: ExtractionContext, verb: Token) -> Mention | None:
    """The Plan the verb phrase headed by ``verb`` names, or None when it names no act of policy."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in policy_actions() or any(c.dep_ == "neg" for c in verb.children):
        return None
    words = action_words(verb)
    if len(words) < 2 or len(words) > _LONGEST or not any(c.dep_ in {"dobj", "prep", "dative", "prt"} for c in verb.children):
        return None
    if any(c.dep_ in {"dobj", "dative"} and c.pos_ == "PRON" for c in verb.children):
        return None  # "to cut it": the act is on something named elsewhere
    label, base = action_names(words)
    names = {base}
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and verb.lemma_.lower() in _BRINGING_ABOUT and obj.pos_ == "NOUN":
        names.add(joined([t for t in words if t.i >= obj.left_edge.i and t.dep_ not in {"det", "poss"} or t.i > obj.i]))
    span = verb.doc[words[0].i : words[-1].i + 1]
    return ctx.new_mention(span, "Plan", label, aliases=frozenset(names))


def action_words(verb: Token) -> list[Token]:
    """The verb and what it acts on, without clauses, dates or trailing punctuation: 'cut the levy by 2008' -> cut the levy."""
    words = [verb]
    for child in verb.children:
        if child.dep_ not in _PARTS or child.i < verb.i or child.ent_type_ in _DATES:
            continue
        if child.dep_ in {"ccomp", "xcomp"} and child.pos_ in {"VERB", "AUX"}:
            continue  # another clause: "cut taxes [to help families]"
        words.extend(t for t in child.subtree if not _cut(t, child))
    words = sorted(set(words), key=lambda t: t.i)
    while words and (words[-1].is_punct or words[-1].dep_ in {"cc", "prep"}):
        words.pop()
    return words


def _cut(token: Token, top: Token) -> bool:
    """Whether ``token`` lies in a relative clause, a date or a parenthesis inside the phrase."""
    if token.is_punct and token.text not in {"-", "%", "£", "$"}:
        return True
    if token.ent_type_ in _DATES:
        return True
    node = token
    while node.i != top.i:
        if node.dep_ == "prep" and node.head.dep_ == "pobj" and node.head.head.i == top.i and top.dep_ == "prep":
            return True  # "replacing X [with a diploma] in a shake-up": only one level of prepositions after the verb
        if node.dep_ in {"relcl", "advcl", "appos", "conj"} and node.pos_ in {"VERB", "AUX", "NOUN", "PROPN"}:
            return node.dep_ != "conj" or node.pos_ in {"VERB", "AUX"}
        node = node.head
    return False
