"""Definite descriptions of people: "the deputy minister", "The Tory leader said".

News names a person in full once and then by post: "Alun Michael has said ... The rural
affairs minister said it would become obvious ...". A description is resolved two ways:

- to the nearest earlier person whose own title has its words ("Chancellor Gordon Brown
  ... the chancellor");
- failing that, when the description opens its sentence as the subject of what follows
  ("The Tory leader said"), to the one person the sentence before was about: the only
  subject among the people named there, none of them someone we cannot name. Only posts
  listed in ``kg/data/bridging_titles.txt`` refer back this way (not "the Queen", "the
  Speaker" or "his counterpart", who are someone else), and never when the article gives
  that post to another person, or gives the person a different post.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from kg.lexicon import title_words, word_list
from kg.resolve.coref_referents import SUBJECT_DEPS, Referent, name_head
from kg.resolve.gender import title_gender

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.resolve.gender import Gender

_LOOKBACK_SENTENCES = 10
# The sentences back a bridging description may look for the person it describes.
_BRIDGE_SENTENCES = 2
# Openers that set a sentence against the one before, often by turning to someone else.
_CONTRAST = frozenset({"but", "however", "yet", "meanwhile"})


def is_definite_title(tok: Token) -> bool:
    """'the minister', 'the deputy minister', 'the expert' (a common noun, not a name)."""
    if tok.pos_ != "NOUN" or tok.lower_ not in title_words():
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "as":
        return False  # "would deliver better as the leader": a post said of someone, no reference
    return any(child.lower_ == "the" and child.dep_ == "det" for child in tok.children)


def description_words(tok: Token) -> set[str]:
    """The post a description names, as lower-case words: 'the deputy minister' -> {'deputy', 'minister'}."""
    return {tok.lower_} | {c.lower_ for c in tok.children if c.dep_ in {"amod", "compound"}}


def titled_antecedent(tok: Token, sent_no: int, seen: list[Referent], titles: dict[str, set[str]]) -> str | None:
    """The nearest earlier person whose title has the description's words."""
    wanted = description_words(tok)
    for referent in reversed(seen):
        if sent_no - referent.sent > _LOOKBACK_SENTENCES:
            break
        held = titles.get(referent.key, set()) if referent.key is not None else set()
        if _names_post(wanted, held):
            return referent.key
    return None


# Words that make a post another one than the post without them: a shadow chancellor is no chancellor.
_RANKS = frozenset({"shadow", "deputy", "vice", "junior", "assistant"})


def _names_post(wanted: set[str], held: set[str]) -> bool:
    """Whether a description's words name a post held with the title words ``held``."""
    return wanted <= held and not (held & _RANKS) - wanted  # "the chancellor" is not the shadow chancellor


def bridged_antecedent(
    tok: Token, sent_no: int, seen: list[Referent], titles: dict[str, set[str]], genders: dict[str, Gender]
) -> str | None:
    """'Jane Orme has argued ... The farming minister added': the person the sentence before was about.

    Returns None unless every sign agrees: a listed post, as the subject of its sentence's
    main clause, with nothing that makes it someone else's ("the leader of X", "the
    party's leader"); the latest sentence naming people (one or two back, none before it
    in its own sentence) has one subject among them and no one we cannot name, and the
    sentence before that names no one else; no other person in the article
    holds the post; the person holds no other post; genders fit.
    """
    if tok.lower_ not in bridging_titles() or tok.dep_ not in SUBJECT_DEPS or not _main_clause(tok.head):
        return None  # "Reports suggest the prime minister favours ...": not what the sentence is about
    if any(c.dep_ in {"appos", "poss", "prep", "relcl", "acl"} for c in tok.children):
        return None  # "the leader of the Liberal Democrats", "the minister who ...": described afresh
    if any(c.lower_ in _CONTRAST for c in tok.head.children if c.i < tok.i):
        return None  # "X opposed the bill. But the Tory leader argued ...": set against X, perhaps someone else
    in_view = [r for r in seen if sent_no - r.sent <= _BRIDGE_SENTENCES]
    if not in_view or in_view[-1].sent == sent_no:
        return None
    there = [r for r in in_view if r.sent == in_view[-1].sent]
    if any(r.key is None for r in there):
        return None
    if len({r.key for r in in_view if r.sent != in_view[-1].sent} - {r.key for r in there}) > 0:
        return None  # "X was joined by Tony Blair. X said ... The prime minister said": another person just before
    subjects = {r.key for r in there if r.role != "other"}
    if len(subjects) > 1:  # "Blair has failed, Michael Howard has said": the main clause's subject
        subjects = {r.key for r in there if r.role == "root_subject"}
    if len(subjects) != 1:
        return None
    (key,) = subjects
    if key is None:
        return None
    wanted = description_words(tok)
    if any(other != key and _names_post(wanted, words) for other, words in titles.items()):
        return None  # the article gives this post to someone else
    own = titles.get(key, set())
    if own and tok.lower_ not in own:
        return None  # "Chancellor Gordon Brown ... the Labour MP": perhaps, perhaps not
    said = title_gender(tok.lower_)
    if said is not None and genders.get(key, said) != said:
        return None
    return key


def _main_clause(verb: Token) -> bool:
    """Whether ``verb`` is its sentence's main verb, or one joined to it ('... and the minister said')."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


@lru_cache(maxsize=1)
def bridging_titles() -> frozenset[str]:
    """Posts whose bare definite description may refer back to the person just named."""
    return word_list("bridging_titles.txt")


_AHEAD_SENTENCES = 3  # how far on a post said before its holder's name may be named


def named_ahead(tok: Token, sent_of: dict[int, int], person_at: dict[int, str], titles: dict[str, set[str]]) -> str | None:
    """'India's finance minister lashed out at X ... Palaniappan Chidambaram, India's finance minister': the post said
    first is the person named with it soon after.

    Only a post of two words or more ("finance minister", not "the spokesman"), owned by a country or made
    definite, not yet held by anyone named, and held by the next person named in the next sentences, outside
    the post's own phrase ("the head of [firm HealthSouth]").
    """
    if tok.pos_ != "NOUN" or tok.lower_ not in title_words() or tok.dep_ not in SUBJECT_DEPS:
        return None
    if not any(c.dep_ == "poss" and c.ent_type_ in {"GPE", "NORP"} or c.lower_ == "the" for c in tok.children):
        return None
    wanted = description_words(tok)
    if len(wanted) < 2:
        return None  # "the spokesman", "the minister": any of several, perhaps one never named
    if any(_names_post(wanted, titles.get(key, set())) for i, key in person_at.items() if i < tok.i):
        return None  # someone named before holds it: referring back is for titled_antecedent
    here = sent_of[tok.i]
    of_what = {t.i for c in tok.children if c.dep_ == "prep" for t in c.subtree}  # "the head of [firm HealthSouth]"
    later = sorted((i, key) for i, key in person_at.items()
                   if i > tok.i and i not in of_what and sent_of[i] - here <= _AHEAD_SENTENCES)  # fmt: skip
    if not later:
        return None
    at, first = later[0]  # the next person named must be the one: "..., Tony Blair said" names someone else
    apposed = {w for c in name_head(tok.doc[at]).children if c.dep_ == "appos" for w in description_words(c)}
    return first if _names_post(wanted, titles.get(first, set()) | apposed) else None
