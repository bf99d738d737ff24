"""Pronouns and definite descriptions, resolved by rules over the parse.

No maintained coreference library installs with its model from the package index
and runs offline: coreferee 1.5 works with spaCy 3.8, but its trained English model
(coreferee_model_en) is not in the wheel and is fetched from GitHub by
``python -m coreferee install en``; fastcoref pulls a transformer from a model hub
at run time. So newskg resolves the cases news writing leans on: "he said"
continues the last speaker, "she" and "his" take the nearest earlier person, and
"the deputy minister" takes the nearest earlier person whose title has those
words. Anything else stays unresolved, and an unresolved mention yields no fact.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import speech_verbs, title_words
from kg.resolve.gender import Gender, compatible, pronoun_gender

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
_LOOKBACK_SENTENCES = 5


def is_speech_subject(token: Token) -> bool:
    """The token is the subject of a reporting verb ('he said')."""
    return token.dep_ in {"nsubj", "nsubjpass"} and token.head.lemma_ in speech_verbs()


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
    sent_index = {tok.i: n for n, sent in enumerate(doc.sents) for tok in sent}
    last_person: tuple[int, str] | None = None  # (sentence number, key)
    subjects: list[tuple[int, str]] = []  # persons seen as subjects, in text order
    recent: list[tuple[int, str]] = []  # persons in order of mention
    for tok in doc:
        sent_no = sent_index[tok.i]
        key = person_at.get(tok.i)
        if key is None and tok.lower_ in PERSON_PRONOUNS and tok.pos_ == "PRON":
            fits = [(n, k) for n, k in recent if compatible(tok.lower_, genders.get(k))]
            own_subject = _clause_subject(tok, {**person_at, **resolved})
            if own_subject is not None:
                key = _other_than(own_subject, sent_no, fits)
            else:
                fitting_subjects = [(n, k) for n, k in subjects if compatible(tok.lower_, genders.get(k))]
                key = _pronoun_antecedent(tok, sent_no, fits[-1] if fits else None, fitting_subjects)
            if key is not None:
                resolved[tok.i] = key
                if (said := pronoun_gender(tok.lower_)) is not None:
                    genders.setdefault(key, said)
        elif key is None and _is_definite_title(tok):
            key = _description_antecedent(tok, sent_no, recent, titles)
            if key is not None:
                resolved[tok.i] = key
        if key is None:
            continue
        if not recent or recent[-1][1] != key:
            recent.append((sent_no, key))
        last_person = (sent_no, key)
        if _name_head(tok).dep_ in {"nsubj", "nsubjpass"}:
            subjects.append((sent_no, key))
    return resolved


def _clause_subject(tok: Token, person_at: dict[int, str]) -> str | None:
    """For an object 'him'/'her', the person who is the subject of its own verb.

    "when Sirhan shot him": 'him' is not Sirhan (that would be 'himself').
    """
    if tok.lower_ not in {"him", "her"} or tok.dep_ not in {"dobj", "iobj", "pobj", "dative"}:
        return None
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return person_at.get(subject.i) if subject is not None else None


def _other_than(excluded: str, sent_no: int, recent: list[tuple[int, str]]) -> str | None:
    """The latest person mentioned before, other than ``excluded``."""
    for mentioned_in, key in reversed(recent):
        if sent_no - mentioned_in > _LOOKBACK_SENTENCES:
            return None
        if key != excluded:
            return key
    return None


def _name_head(tok: Token) -> Token:
    """The head word of the name a token belongs to ('Ellen' -> 'Tauscher')."""
    head = tok
    while head.dep_ in {"compound", "flat"} and head.head.i != head.i:
        head = head.head
    return head


def _pronoun_antecedent(
    tok: Token,
    sent_no: int,
    last_person: tuple[int, str] | None,
    subjects: list[tuple[int, str]],
) -> str | None:
    if is_speech_subject(tok):
        # "..., he said" continues the latest person who was a subject before this sentence,
        # not a person named inside the reported words.
        for subject_sent, key in reversed(subjects):
            if subject_sent < sent_no:
                if sent_no - subject_sent <= _LOOKBACK_SENTENCES:
                    return key
                break
        # No earlier subject of that gender: the nearest earlier person of it, as for other pronouns.
        if last_person and last_person[0] < sent_no and sent_no - last_person[0] <= _LOOKBACK_SENTENCES:
            return last_person[1]
        return None
    if last_person and sent_no - last_person[0] <= _LOOKBACK_SENTENCES:
        return last_person[1]
    return None


def _is_definite_title(tok: Token) -> bool:
    """'the minister', 'the deputy minister', 'the expert' (a common noun, not a name)."""
    if tok.pos_ != "NOUN" or tok.lower_ not in title_words():
        return False
    return any(child.lower_ == "the" and child.dep_ == "det" for child in tok.children)


def _description_antecedent(
    tok: Token, sent_no: int, recent: list[tuple[int, str]], titles: dict[str, set[str]]
) -> str | None:
    wanted = {tok.lower_} | {c.lower_ for c in tok.children if c.dep_ in {"amod", "compound"}}
    for mentioned_in, key in reversed(recent):
        if sent_no - mentioned_in > 2 * _LOOKBACK_SENTENCES:
            break
        if wanted <= titles.get(key, set()):
            return key
    return None
