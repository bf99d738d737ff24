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
from functools import lru_cache
from collections.abc import Callable
from typing import TYPE_CHECKING

from kg.lexicon import plan_nouns, word_list

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

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
    last = words[-1] if words else None
    if last is not None and last.i == last.sent.end - 1 and last.text.endswith(".") and (last.text[:-1].islower() or last.text[:-1].isdigit()):
        text = text[:-1]  # "£100m." at a sentence's end, which the tokenizer keeps as one token "m."
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


def action_names(words: list[Token]) -> tuple[str, ...]:
    """A verb phrase as a plan's names: ('cutting taxes', 'cut taxes', 'tax cuts'); ``words`` start at the verb.

    The third, the noun a reader names the act by (``kg/data/action_nouns.txt``), only when the
    object is a plain noun phrase: "cut £35bn tax" -> "£35bn tax cuts".
    """
    base = joined(words)
    rest = base[len(words[0].text) :]
    names = [gerund(words[0].lemma_ if words[0].lemma_ else words[0].text) + rest, base]
    noun = _action_nouns().get(words[0].lemma_.lower())
    obj = words[1:]
    if noun and obj and all(t.dep_ in {"dobj", "compound", "amod", "nummod", "quantmod", "nmod"} or t.tag_ == "$" for t in obj):
        obj = [t for t in obj if t.dep_ != "det"]
        names.append(" ".join([*(t.text for t in obj[:-1]), _singular(obj[-1]), noun]).replace("£ ", "£"))
    return tuple(names)


# The dependents that belong to an act as written: what it is done to, where, when, how much (not why or what else).
_ACT_PARTS = frozenset({"dobj", "dative", "prep", "pobj", "pcomp", "xcomp", "acl", "advmod", "npadvmod", "amod", "compound",
                        "det", "quantmod", "nummod", "prt", "aux", "poss", "case", "nmod", "hyph"})  # fmt: skip


def written_whole(verb: Token, words: list[Token]) -> frozenset[str]:
    """'giving officers the power to detain suspects [for up to 30 minutes]': the act with the times and
    amounts its label leaves out, as the text writes it, when that is still a name."""
    whole = sorted((t for c in verb.children if c.dep_ in _ACT_PARTS and c.i > verb.i for t in c.subtree), key=lambda t: t.i)
    aside = bracketed(verb.sent)
    inside = [t for t in whole if t.i not in aside]
    if not words or not inside or any(t.dep_ in {"relcl", "advcl", "ccomp", "conj", "cc"} or t.text in {",", ";", ":"} for t in inside):
        return frozenset()
    written = [verb, *inside]
    return frozenset(action_names(written)) if len(words) < len(written) <= _LONGEST_NAME else frozenset()


def bracketed(sentence: Span) -> set[int]:
    """Indices of the tokens of a sentence's bracketed asides, brackets included."""
    inside: set[int] = set()
    depth = 0
    for tok in sentence:
        depth += tok.text == "("
        if depth > 0:
            inside.add(tok.i)
        if tok.text == ")":
            depth = max(0, depth - 1)
    return inside


def _singular(noun: Token) -> str:
    """'taxes' -> 'tax', 'fees' -> 'fee' (the small model lemmatises 'taxes' as 'taxis')."""
    word = noun.text
    if noun.tag_ != "NNS":
        return word
    if word.lower().endswith(("xes", "sses", "shes", "ches")):
        return word[:-2]
    return word[:-1] if word.lower().endswith("s") else word


@lru_cache(maxsize=1)
def _action_nouns() -> dict[str, str]:
    pairs = (line.split() for line in sorted(word_list("action_nouns.txt")))
    return {p[0]: p[1] for p in pairs if len(p) == 2}


# Verbs that bring their object into being: "hold a summit in Vilnius" is also "summit in Vilnius".
# So are money's: "spend an extra £500m a year" is also "extra £500m a year", "levy taxes on fuel" also "taxes on fuel".
BRINGING_ABOUT = frozenset({"hold", "create", "establish", "build", "introduce", "reintroduce", "restore", "provide", "set", "launch",
                            "spend", "invest", "fund", "levy", "impose", "give", "offer"})


def brought_about(words: list[Token]) -> frozenset[str]:
    """The name of what an act brings about, its object's words: 'levy [taxes on jet fuel]'; ``words`` start at the verb."""
    verb = words[0]
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or verb.lemma_.lower() not in BRINGING_ABOUT or not (obj.pos_ == "NOUN" or _sum(obj)):
        return frozenset()
    return frozenset({joined([t for t in words if t.i >= obj.left_edge.i and t.dep_ not in {"det", "poss"} or t.i > obj.i])})


def _sum(obj: Token) -> bool:
    """'an extra [£500m]': a sum of money, which the small model heads by its number."""
    return obj.pos_ == "NUM" and any(t.tag_ == "$" for t in obj.subtree)


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
        return frozenset(action_names(first)) | brought_about(first) if len(first) >= 2 else frozenset()
    if len(after) >= 2 and after[0].lower_ in _WRAPPER_PREPS:
        rest = [t for t in after[1:] if t.dep_ not in {"det", "poss"} or t.i > after[1].i]
        to = next((i for i, t in enumerate(rest) if t.lower_ == "to" and i + 1 < len(rest) and rest[i + 1].pos_ == "VERB"), None)
        if to is not None and len(rest) > to + 2:  # "a demand for Turkey to recognise Cyprus" -> "recognising Cyprus"
            return frozenset(action_names(rest[to + 1 :]))
        if len(rest) >= 2 or (rest and rest[0].lemma_.lower() not in plan_nouns()):
            return frozenset({joined(rest)})
    return frozenset()


def short_enough(short: list[Token], words: list[Token]) -> bool:
    """Whether ``short`` is a shorter name of what ``words`` name that ends on a noun."""
    return 2 <= len(short) < len(words) and short[-1].pos_ in {"NOUN", "PROPN"}


def core_name(head: Token, words: list[Token]) -> frozenset[str]:
    """'up to 100% multilateral [debt relief]', 'across-the-board [tax cuts]': the head with the nouns compounded to it.

    Readers name a described plan by its compound alone; amounts, adjectives and complements say
    which one, and the label keeps them.
    """
    core = [head]
    for tok in reversed(head.doc[: head.i]):
        if tok.dep_ != "compound" or tok.pos_ not in {"NOUN", "PROPN"} or tok.head.i != core[0].i and tok.head.i != head.i or tok.whitespace_ == "":
            break
        core.insert(0, tok)
    return frozenset({joined(core)}) if short_enough(core, words) and all(t in words for t in core) else frozenset()


# Prepositions of where a plan applies: "a ban on fox hunting [in England and Wales]".
_PLACE_PREPS = frozenset({"in", "across", "throughout"})


def without_place(words: list[Token]) -> list[Token]:
    """The words without a closing 'in <place>' phrase ('in England and Wales'), or [] when they end otherwise."""
    prep = next((t for t in reversed(words) if t.dep_ == "prep" and t.lower_ in _PLACE_PREPS), None)
    after = [t for t in words if prep is not None and t.i > prep.i]
    if prep is None or not after or after[-1].pos_ != "PROPN":
        return []
    if any(t.pos_ not in {"PROPN", "CCONJ", "PUNCT", "DET"} or t.pos_ == "PROPN" and t.ent_type_ not in {"GPE", "LOC"} for t in after):
        return []
    return [t for t in words if t.i < prep.i]


# Words past which a plan's label reads as a clause; its head and key modifier become another name.
LONG_LABEL = 8


def short_names(head: Token, words: list[Token], name_of: Callable[[Token], list[Token]]) -> frozenset[str]:
    """'plans to cut 100,000 civil servants in Whitehall by 2008' -> also 'plans to cut civil servants'.

    A label closing on where the plan applies is also named without it ("ban on hunting
    with dogs [in England and Wales]"); a long label also by the head with its modifiers
    and what it acts on or is about, each named by its own head and modifiers (``name_of``).
    """
    if head not in words:
        return frozenset()
    placeless = without_place(words)
    names = {joined(placeless)} if len(placeless) >= 2 else set()
    if len(words) <= LONG_LABEL:
        return frozenset(names)
    short = name_of(head)
    for child in head.rights:
        if child.dep_ in {"acl", "xcomp", "relcl"} and child in words and child.pos_ == "VERB":
            to = [c for c in child.children if c.dep_ == "aux" and c.lower_ == "to"]
            obj = next((c for c in child.children if c.dep_ == "dobj"), None)
            short += [*to, child, *(name_of(obj) if obj is not None else [])]
            break
        if child.dep_ == "prep" and child in words:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            short += [child, *(name_of(pobj) if pobj is not None else [])]
            break
    short = sorted(set(short), key=lambda t: t.i)
    if short_enough(short, words):
        names.add(joined(short))
    return frozenset(names)


# Words that open a noun phrase without naming anything: dropped from the front of a phrase's names.
_OPENERS = frozenset({"DT", "PRP$", "POS", "WDT", "PDT"})
_LONGEST_NAME = 16


def phrase_names(head: Token) -> frozenset[str]:
    """The wordings the text gives the phrase headed by ``head``: whole, up to its first complement, its core.

    "plans to stop treating patients from other regions who have waited a year" is also
    "plans to stop treating patients from other regions"; "the farmers' union's legal bid to
    block the levy" is also "legal bid to block the levy". Each is the phrase's own words,
    without the determiner or owner in front.
    """
    subtree = [t for t in head.subtree if t.dep_ not in {"appos"} or t.i < head.i]
    whole = _trimmed(head, [t for t in subtree if not _in_branch(t, head, {"conj", "cc", "appos", "relcl", "punct"})])
    names = [whole]
    for child in head.rights:
        if child.dep_ in {"prep", "acl", "relcl"}:
            names.append([t for t in whole if t.i <= child.right_edge.i])
        if child.dep_ == "prep":  # "new duty on councils [to publish ...]": up to the complement's own noun
            names += [[t for t in whole if t.i <= pobj.i] for pobj in child.children if pobj.dep_ == "pobj"]
        if child.dep_ == "acl":  # "plans to reduce sick leave [with a new system]": the act without its means or its time
            names += [[t for t in whole if t.i < prep.i] for prep in child.children if prep.dep_ == "prep" and prep.i > child.i]
    names.append([t for t in whole if t.i <= head.i])
    if head.tag_ == "VBG":
        names.append([t for t in whole if t.i >= head.i])
    return frozenset(joined(n) for n in names if 2 <= len(n) <= _LONGEST_NAME)


def _in_branch(token: Token, head: Token, deps: set[str]) -> bool:
    """Whether ``token`` hangs below one of ``head``'s own children of the ``deps`` kinds."""
    node = token
    while node.head.i != node.i and node.head.i != head.i:
        node = node.head
    return node.i != head.i and node.head.i == head.i and node.dep_ in deps


def _trimmed(head: Token, tokens: list[Token]) -> list[Token]:
    """The tokens without the determiner or owner in front of ``head`` and without closing punctuation."""
    tokens = sorted(tokens, key=lambda t: t.i)
    owner = next((t for t in tokens if t.dep_ == "poss" and t.head.i == head.i), None)
    if owner is not None:
        tokens = [t for t in tokens if t.i > owner.right_edge.i or t.i < owner.left_edge.i]
    while tokens and (tokens[0].tag_ in _OPENERS or tokens[0].is_punct or tokens[0].lower_ in {"a", "an", "the"}):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ in {"cc", "prep", "det"}):
        tokens = tokens[:-1]
    return tokens
