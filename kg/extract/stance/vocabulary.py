"""The stance verbs, read from ``kg/data/stance_verbs.json``, and the past forms that state a stance on their own.

Shared by the stance rules and by :mod:`kg.extract.stance.targets`, which drops a
misparsed stance verb from a policy's label ("supported X but [opposed] criminal penalties").
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from kg.lexicon import cameo_stance_verbs, stance_vocabulary

if TYPE_CHECKING:
    from spacy.tokens import Token

STANCES = ("opposes", "supports", "proposes")


@lru_cache(maxsize=None)
def stance_verbs() -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """Verb lemma -> ((stance, words after it), ...): 'vote' -> (('opposes', ('against',)), ...).

    The words after the verb are its particles ("speak out against") and the
    prepositions leading to its object ("vote in favour of"); see :func:`kg.extract.stance.base.stance_objects`.
    """
    table: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for stance, entry in _stance_entries():
        verb, *path = entry.split()
        table.setdefault(verb, []).append((stance, tuple(path)))
    return {verb: tuple(entries) for verb, entries in table.items()}


@lru_cache(maxsize=None)
def cameo_only_verbs() -> frozenset[str]:
    """Verb lemmas whose stances hold on plans and systems, not on actors: those only CAMEO lists,
    and the hand list's ``plans_only``.

    CAMEO codes events between two actors ("Norway rebuffs Moscow", "berated the minister");
    newskg wants positions on plans, and a rebuff of a country is no position on one. Agreeing
    with someone is mostly agreeing with their view ("agrees with Mrs Hollis"), agreeing
    with a plan backs it.
    """
    vocabulary = stance_vocabulary()
    hand = {entry.split()[0] for stance in STANCES for entry in vocabulary[stance]}
    plans_only = {entry.split()[0] for entry in vocabulary["plans_only"]}
    return frozenset(entry.split()[0] for _, entry in _stance_entries()) - hand | plans_only


def _stance_entries() -> list[tuple[str, str]]:
    """(stance, verb entry) from the hand list, then from CAMEO (``kg.lexicon.cameo_stance_verbs``).

    The hand list wins: a CAMEO entry the hand list has, under any stance, is not read
    again, and the entries the hand list names in ``cameo_left_out`` misfire on news
    (their reasons are in ``_cameo_left_out``). docs/lexicon.md maps CAMEO codes to relations.
    """
    vocabulary = stance_vocabulary()
    entries = [(stance, entry) for stance in STANCES for entry in vocabulary[stance]]
    known = {entry for _, entry in entries} | set(vocabulary["cameo_left_out"])
    entries += [(stance, entry) for entry, stance in sorted(cameo_stance_verbs().verbs.items()) if entry not in known]
    return entries


@lru_cache(maxsize=None)
def stance_nouns() -> dict[str, tuple[tuple[str, str], ...]]:
    """Noun lemma -> ((stance, preposition of its object), ...): 'backing' -> (('supports', 'for'), ('supports', 'to')).

    Read from the ``<stance>_nouns`` lists: "Labour's opposition to X", "launched an attack on X",
    "the Tories' call for X".
    """
    return _phrase_table("nouns")


@lru_cache(maxsize=None)
def stance_agents() -> dict[str, tuple[tuple[str, str], ...]]:
    """Agent noun lemma -> ((stance, preposition), ...): 'critic' -> (('opposes', 'of'),) ("a critic of X")."""
    return _phrase_table("agents")


def _phrase_table(kind: str) -> dict[str, tuple[tuple[str, str], ...]]:
    table: dict[str, list[tuple[str, str]]] = {}
    for stance in STANCES:
        for entry in stance_vocabulary().get(f"{stance}_{kind}", ()):
            word, preposition = entry.split()
            table.setdefault(word, []).append((stance, preposition))
    return {word: tuple(entries) for word, entries in table.items()}


def act_stance(stance: str, act: str) -> str | None:
    """The stance on X of someone who takes ``stance`` on the act ``act`` done to X, or None.

    Backing or proposing the scrapping of X opposes X, opposing it supports X; backing
    the keeping of X supports X, opposing it opposes X ("pushed for scrapping the levy",
    "made the argument for retaining Trident"). Other acts say nothing of X itself.
    """
    vocabulary = stance_vocabulary()
    if act in vocabulary["removal"]:
        return "supports" if stance == "opposes" else "opposes"
    if act in vocabulary["keeping"]:
        return "opposes" if stance == "opposes" else "supports"
    return None


def reversed_stance(stance: str) -> str:
    """The stance of judging an act with ``stance`` wrong: backing or proposing turns to opposing and back."""
    return "supports" if stance == "opposes" else "opposes"


def misparsed_stance(head: Token) -> str | None:
    """'supported tougher enforcement but opposed criminal penalties', parsed with 'opposed' as an adjective on
    'penalties' and 'penalties' as a second object of 'supported': the stance the participle states, or None.
    """
    participle = misparsed_participle(head)
    return participle_stance(participle.lower_) if participle is not None else None


def misparsed_participle(head: Token) -> Token | None:
    """The stance verb the parse hung on a coordinated object as an adjective ('but [opposed] criminal penalties').

    Only a past form straight after "and"/"but": "backed the freeze and opposed cuts".
    """
    first = next((c for c in head.lefts if c.dep_ == "amod"), None)
    if first is None or first.i == 0 or not first.lower_.endswith("ed") or first.tag_ not in {"VBD", "VBN", "JJ"}:
        return None
    if head.doc[first.i - 1].dep_ != "cc":
        return None
    return first if participle_stance(first.lower_) is not None else None


def participle_stance(word: str) -> str | None:
    """The stance of a one-word stance verb's past form: 'opposed' -> opposes, 'backed' -> supports."""
    stem = word[:-2]
    for lemma in (word[:-1], stem, stem[:-1] + "y" if stem.endswith("i") else stem):
        stances = {stance for stance, path in stance_verbs().get(lemma, ()) if not path}
        if len(stances) == 1:
            return stances.pop()
    return None
