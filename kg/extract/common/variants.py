"""Other names a reader gives a plan, added to its node as ``skos:altLabel``.

A plan named through a wrapper ("plans to cap the number of asylum seekers", "the
Tories' call for a quota on economic migrants", "the idea of quotas") is as often
named by what it does: "capping the number of asylum seekers", "cap the number of
asylum seekers", "quota on economic migrants". These variants let the linker and a
reader's query find the node. A bare generic head ("plan", "bill", "quota") is never
a variant: it would name any plan.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.lexicon import plan_nouns

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns that wrap a plan rather than name it: "plans to X", "a call for X", "the idea of X".
WRAPPERS = frozenset(
    {"plan", "proposal", "call", "idea", "demand", "pledge", "promise", "bid", "move", "intention",
     "commitment", "attempt", "push", "campaign", "case", "decision", "proposition", "policy"}
)  # fmt: skip
_WRAPPER_PREPS = frozenset({"for", "of", "on"})
_DOUBLING = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")


def joined(words: list[Token]) -> str:
    """The words as the text writes them: spaced where the text spaces them, hyphens kept."""
    text = ""
    doc = words[0].doc if words else None
    for prev, tok in zip([None, *words], words):
        if prev is None or (prev.i + 1 == tok.i and not prev.whitespace_):
            joiner = ""
        elif doc is not None and prev.i + 2 == tok.i and doc[prev.i + 1].text == "-" and not prev.whitespace_:
            joiner = "-"  # a hyphen the parse hung elsewhere: "anti-missile"
        else:
            joiner = " "
        text += joiner + tok.text
    return text


def gerund(verb: str) -> str:
    """'cap' -> 'capping', 'raise' -> 'raising', 'quit' -> 'quitting', 'process' -> 'processing'."""
    word = verb.lower()
    if word.endswith("ie"):
        return word[:-2] + "ying"
    if word.endswith("e") and not word.endswith(("ee", "ye", "oe")) and len(word) > 2:
        return word[:-1] + "ing"
    if _DOUBLING.match(word.replace("qu", "qw")):
        return word + word[-1] + "ing"
    return word + "ing"


def action_names(words: list[Token]) -> tuple[str, str]:
    """A verb phrase as a plan's names: ('cutting the levy', 'cut the levy'); ``words`` start at the verb."""
    base = joined(words)
    rest = base[len(words[0].text) :]
    return gerund(words[0].lemma_ if words[0].lemma_ else words[0].text) + rest, base


def plan_variants(head: Token, words: list[Token]) -> frozenset[str]:
    """Names of the plan ``words`` label without its wrapper: 'plans to cut X' -> 'cutting X', 'cut X'."""
    if head.lemma_.lower() not in WRAPPERS or head not in words:
        return frozenset()
    after = words[words.index(head) + 1 :]
    if len(after) >= 2 and after[0].lower_ == "to" and after[1].pos_ in {"VERB", "AUX"}:
        if any(t.dep_ == "neg" for t in after):
            return frozenset()  # "a pledge not to deploy": the act is not the plan
        verbs = [t for t in after[1:] if t.pos_ in {"VERB", "AUX"} and t.dep_ in {"conj", "acl", "xcomp"} and t.i > after[1].i]
        first = after[1:] if not verbs else [t for t in after[1:] if t.i < verbs[0].i and t.dep_ != "cc"]
        return frozenset(action_names(first)) if len(first) >= 2 else frozenset()
    if len(after) >= 2 and after[0].lower_ in _WRAPPER_PREPS:
        rest = [t for t in after[1:] if t.dep_ not in {"det", "poss"} or t.i > after[1].i]
        if len(rest) >= 2 or (rest and rest[0].lemma_.lower() not in plan_nouns()):
            return frozenset({joined(rest)})
    return frozenset()
