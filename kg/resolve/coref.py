"""Pronouns and definite descriptions, resolved by rules over the parse.

No maintained coreference library installs with its model from the package index
and runs offline: coreferee 1.5 works with spaCy 3.8, but its trained English model
(coreferee_model_en) is not in the wheel and is fetched from GitHub by
``python -m coreferee install en``; fastcoref pulls a transformer from a model hub
at run time. So newskg resolves the cases news writing leans on, and a link it makes
must be right: an unresolved pronoun yields no fact, a wrong one a false fact.

- A pronoun under a clause whose subject is a person takes that subject ("Mr Lewis
  wants an inquiry into bodies he says are wasteful"); an object pronoun never takes
  its own clause's subject ("when Sirhan shot him").
- Otherwise it looks back to the latest sentence that mentions a person of its gender:
  one such person, or the main subject among several, is the referent.
- The people inside what a speaking pronoun reports ("Obama's course is like Bush's,
  he said") are not who the pronoun is.
- A pronoun inside quote marks is the speaker's word for someone else: left alone, and
  people named inside quotes are not what a pronoun outside them points back to.
- Whenever the people in view include one we cannot name (an untagged "Mr Balls", an
  unresolved "the Tory leader" or "he"), the pronoun stays unresolved.
- "the deputy minister" takes the nearest earlier person whose title has those words, and
  "The Tory leader said" the person the sentence before was about; a post of two words said
  before anyone holds it ("India's finance minister lashed out ...") takes the next person
  named with it in the next few sentences, so that the "he" between them is resolved too
  (:mod:`kg.resolve.coref_descriptions`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import speech_verbs
from kg.resolve.coref_descriptions import bridged_antecedent, description_words, is_definite_title, named_ahead, titled_antecedent
from kg.resolve.coref_referents import (
    SUBJECT_DEPS,
    Referent,
    name_head,
    quoted_tokens,
    role_of,
    unknown_person,
)
from kg.resolve.gender import Gender, compatible, pronoun_gender

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
_LOOKBACK_SENTENCES = 5


def resolve_references(
    doc: Doc,
    person_at: dict[int, str],
    titles: dict[str, set[str]],
    genders: dict[str, Gender] | None = None,
) -> dict[int, str]:
    """Map pronoun and description token indexes to person entity keys.

    Args:
        doc: the parsed article.
        person_at: token index -> person key, for every token of a named person mention.
        titles: person key -> lower-case words of the titles seen with that person.
        genders: person key -> known gender; pronouns only join people of their gender,
            and a resolved pronoun teaches the person's gender (the dict is updated).
    """
    genders = {} if genders is None else genders
    resolved: dict[int, str] = {}
    quoted = quoted_tokens(doc)
    sent_index = {tok.i: n for n, sent in enumerate(doc.sents) for tok in sent}
    seen: list[Referent] = []  # people mentioned outside quotes, in text order
    for tok in doc:
        sent_no = sent_index[tok.i]
        key = person_at.get(tok.i)
        gender: Gender | str | None = None
        if key is not None:
            if tok.i + 1 < len(doc) and person_at.get(tok.i + 1) == key:
                continue  # one referent per name, at its last word
            gender = genders.get(key)
        elif tok.lower_ in PERSON_PRONOUNS and tok.pos_ == "PRON":
            if tok.i in quoted:
                continue
            key = _pronoun_antecedent(tok, sent_no, seen, {**person_at, **resolved}, genders)
            gender = pronoun_gender(tok.lower_)
            if key is not None:
                resolved[tok.i] = key
                genders.setdefault(key, gender)  # type: ignore[arg-type]
        elif is_definite_title(tok) and (key := _description_antecedent(tok, sent_no, seen, titles, genders, quoted)):
            resolved[tok.i] = key
            titles.setdefault(key, set()).update(description_words(tok))
            gender = genders.get(key)
        elif tok.i not in quoted and (key := named_ahead(tok, sent_index, person_at, titles)):
            resolved[tok.i] = key  # "India's finance minister lashed out ... He ...", named in the next sentences
            gender = genders.get(key)
        else:
            gender = unknown_person(tok, person_at)
            if gender is None:
                continue
        if tok.i not in quoted:
            known = gender if gender in {"m", "f"} else genders.get(key) if key else None
            seen.append(Referent(sent_no, tok.i, key, known, role_of(tok)))  # type: ignore[arg-type]
    return resolved


def _pronoun_antecedent(
    tok: Token, sent_no: int, seen: list[Referent], known: dict[int, str], genders: dict[str, Gender]
) -> str | None:
    """The person a third-person pronoun refers to, or None when the evidence is not clear."""
    def fits(key: str | None, gender: Gender | None) -> bool:
        return compatible(tok.lower_, genders.get(key) if key else gender)

    excluded = _own_subject(tok, known)
    found, decided = _governing_subject(tok, known, fits, excluded)
    if decided:
        return found
    reported = _reported_by(tok) | _own_participle(tok)
    in_view = [
        r for r in seen
        if sent_no - r.sent <= _LOOKBACK_SENTENCES and (excluded is None or r.key != excluded)
        and r.i not in reported and fits(r.key, r.gender)
    ]  # fmt: skip
    if not in_view:
        return None
    latest = in_view[-1].sent
    there = [r for r in in_view if r.sent == latest]
    if any(r.key is None for r in there):
        return None  # someone we cannot name is as near as anyone
    keys = {r.key for r in there}
    if len(keys) > 1:
        if latest == sent_no:
            return None  # two people earlier in its own sentence, neither governing it
        keys = {r.key for r in there if r.role == "root_subject"}
        if len(keys) != 1:
            return None
    (key,) = keys
    if not any(r.role != "other" for r in there if r.key == key):
        # Only a passing mention ("One of his fellow pupils was Putin"): a different subject
        # just before it is as likely to be meant.
        before = [r for r in in_view if latest - 2 <= r.sent < latest and r.role != "other" and r.key != key]
        if before:
            return None
    return key


def _reported_by(tok: Token) -> set[int]:
    """Tokens of the words a speaking pronoun reports: 'The course of President Obama is
    like Bush's, he said' - the people in what he said are not who 'he' is."""
    if tok.dep_ != "nsubj" or tok.head.lemma_ not in speech_verbs():
        return set()
    return {t.i for c in tok.head.children if c.dep_ == "ccomp" for t in c.subtree}


def _own_participle(tok: Token) -> set[int]:
    """Tokens of a participle clause whose unstated subject is the pronoun's own clause's subject.

    "Asked if Mr Blunkett could return, he replied": the one asked is 'he', so the people
    named in what he was asked are not who 'he' is.
    """
    if tok.dep_ != "nsubj":
        return set()
    return {
        t.i
        for c in tok.head.children
        if c.dep_ == "advcl" and c.tag_ in {"VBN", "VBG"} and not _has_subject(c)
        for t in c.subtree
    }


def _own_subject(tok: Token, known: dict[int, str]) -> str | None:
    """For an object 'him'/'her', the person who is the subject of its own verb.

    "when Sirhan shot him": 'him' is not Sirhan (that would be 'himself').
    """
    if tok.lower_ not in {"him", "her"} or tok.dep_ not in {"dobj", "iobj", "pobj", "dative"}:
        return None
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return known.get(name_head(subject).i) if subject is not None else None


def _governing_subject(tok: Token, known: dict[int, str], fits, excluded: str | None) -> tuple[str | None, bool]:  # type: ignore[no-untyped-def]
    """The subject of the nearest clause above the pronoun whose subject is a person.

    Returns (key, decided): decided with no key means "leave it unresolved" (the subject
    is someone we cannot name, or follows the pronoun as in "When he arrived, Mr X said").
    """
    participle = False
    node = tok
    while node.head.i != node.i:
        child, node = node, node.head
        if child.dep_ == "advcl" and child.tag_ in {"VBG", "VBN"} and not _has_subject(child):
            participle = True  # "Realising his error, Mr Campbell ...": the main subject's error
        elif child.dep_ in {"advcl", "relcl", "acl"} and _has_subject(child):
            if child.dep_ == "advcl" and child.i < node.i and _person_subject_after(node, tok, known):
                return None, True  # "If he became king, Charles would ...": perhaps the person named next
            break  # "X repaid Y after he said ...": the clause's own subject, not the one above it
        subject = next((c for c in node.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or subject.i == tok.i or tok in subject.subtree:
            continue
        head = name_head(subject)
        key = known.get(head.i)
        if key is None:
            if unknown_person(head, known) is not None or head.lower_ in PERSON_PRONOUNS:
                return None, True  # an unnamed person or unresolved pronoun governs it
            continue  # "the plans were announced by ...": not a person
        if key == excluded or not fits(key, None):
            continue
        # "During his speech Mr Brown told MPs": an owner in a phrase set before the subject is the subject
        fronted = child.dep_ == "prep" and child.i < subject.i and tok.dep_ == "poss"
        if head.i > tok.i and not participle and not fronted:
            return None, True  # the person named after the pronoun may be meant, or not
        return key, True
    return None, False


def _person_subject_after(verb: Token, tok: Token, known: dict[int, str]) -> bool:
    """Whether ``verb``'s subject is a person (named or not) written after ``tok``."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.i < tok.i:
        return False
    head = name_head(subject)
    return head.i in known or unknown_person(head, known) is not None


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _description_antecedent(
    tok: Token, sent_no: int, seen: list[Referent], titles: dict[str, set[str]], genders: dict[str, Gender], quoted: set[int]
) -> str | None:
    """'the deputy minister' for the person titled so; outside quotes, 'The Tory leader said' for the one just named."""
    found = titled_antecedent(tok, sent_no, seen, titles)
    if found is None and tok.i not in quoted:
        found = bridged_antecedent(tok, sent_no, seen, titles, genders)
    return found
