"""Whose side a speaker is on, and the words that stand for that side: 'we', 'our', 'his party'.

A speaker's side is what their post names first ("Tory spokesman X", "U.S. Under Secretary
X", "The Tory leader said" for X, "WLGA finance spokesman X"): a country, or an
organisation that is no government department, and a party only for a post that speaks
for it (not "Labour MP X") (a minister's "we" is the government's,
which newskg reads as the country). Failing that, it is the country or organisation most
named in the sentences they speak in. Inside a direct quotation, "we"/"our"/"us" are the
speaker's side (not "we all", "all of us"), where they state a position
(:func:`states_side`), and "I"/"me"/"my" the speaker; outside, "his party" or "her party" is the
party the person's post names ("Lib Dem president Simon Hughes said his party ...").
"""

from __future__ import annotations

import json
from collections import Counter
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from kg.lexicon import cameo_stance_verbs, party_names, policy_actions, speech_verbs, stance_vocabulary, title_words
from kg.resolve.groups import body_named_before, group_holder, group_vocabulary
from kg.syntax import title_before
from kg.types import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kg.extract.speech.quotations import Quotation
    from kg.resolve.document import DocEntities

_WE = {"we", "our", "us", "ours", "ourselves"}
# Words of a government department's name: its people speak for the government, not for it.
# Posts that seat someone for a party without making them speak for it: a Labour MP's "we"
# is as often a committee, a campaign or the country as the party.
_SEAT_WORDS = frozenset({"mp", "msp", "mep", "am", "member", "peer", "councillor", "candidate"})
_DEPARTMENT_WORDS = frozenset({"office", "ministry", "department", "treasury", "executive", "government"})


def speaker_sides(doc: Doc, entities: DocEntities, quotations: list[Quotation]) -> dict[str, Mention]:
    """Each speaker's country or organisation: the one their post names, else the one most named where they speak."""
    counts: dict[str, Counter[str]] = {}
    mention_of: dict[str, Mention] = {}
    sides = posted_sides(doc, entities)
    for quotation in quotations:
        if quotation.speaker is None or quotation.speaker.entity.key in sides:
            continue
        sent = doc[quotation.start].sent
        counter = counts.setdefault(quotation.speaker.entity.key, Counter())
        for mention in entities.in_range(sent.start, sent.end):
            if mention.entity.cls in {"Country", "Organization"} and mention.text[:1].isupper():
                counter[mention.entity.key] += 1
                mention_of[mention.entity.key] = mention
    for speaker, counter in counts.items():
        if counter:
            sides[speaker] = mention_of[counter.most_common(1)[0][0]]
    return sides


def posted_sides(doc: Doc, entities: DocEntities) -> dict[str, Mention]:
    """Each person's country or organisation as their post names it, where a post next to them names one."""
    sides: dict[str, Mention] = {}
    for mention in entities.mentions:
        if mention.entity.cls != "Person" or mention.entity.key in sides:
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        words = _post_words(doc, span.start, span.end)
        side = _side_named(entities, words) if words else _apposed_body(entities, span.root)
        if side is not None and not (_is_party(side) and words and words[-1].lower_ in _SEAT_WORDS):
            sides[mention.entity.key] = side
    return sides


def _post_words(doc: Doc, start: int, end: int) -> list[Token]:
    """The words of the post that names a person: the title before the name, or a description's modifiers."""
    found = title_before(doc, start)
    if found is not None:
        return list(doc[found[0] : found[1]])
    head = doc[end - 1]
    if end - start == 1 and head.pos_ == "NOUN" and head.lower_ in title_words():
        return [t for c in head.lefts if c.dep_ in {"amod", "compound", "nmod"} for t in c.subtree]  # "The Tory leader"
    return []


def _apposed_body(entities: DocEntities, head: Token) -> Mention | None:
    """'Iqbal Sacranie, secretary general of the council': the organisation a current post after the name names.

    Organisations only: 'Aydemir, a former ambassador to Germany' is no German.
    """
    posts = [c for c in head.rights if c.dep_ == "appos" and any(t.lower_ in title_words() for t in c.subtree)]
    words = list(posts[0].subtree) if posts else []
    if any(w.lower_ in {"former", "ex", "then", "retired", "late"} for w in words):
        return None
    side = _side_named(entities, words)
    return side if side is not None and side.entity.cls == "Organization" else None


def _side_named(entities: DocEntities, words: list[Token]) -> Mention | None:
    """The country the words name, else the one organisation that is no government department."""
    organisations: dict[str, Mention] = {}
    for word in words:
        named = entities.at(word) or _body(entities, word)
        if named is not None and named.entity.cls == "Country":
            return named
        country = entities.demonym_country(word)
        if country is not None:
            return country
        if named is not None and named.entity.cls == "Organization":
            if not _DEPARTMENT_WORDS & set(named.entity.label.lower().split()):
                organisations[named.entity.key] = named
    return next(iter(organisations.values())) if len(organisations) == 1 else None


def resolve_first_person(doc: Doc, entities: DocEntities, quotations: list[Quotation], sides: dict[str, Mention]) -> None:
    """Inside a quotation, 'we'/'our'/'us' refer to the speaker's side; 'I'/'my' to the speaker."""
    for quotation in quotations:
        if quotation.speaker is None or not quotation.direct:
            continue
        side = sides.get(quotation.speaker.entity.key)
        for tok in doc[quotation.start : quotation.end]:
            if tok.i in entities.by_token:
                continue
            lower = tok.lower_
            if lower in _WE and side is not None and not _everyone(tok) and states_side(tok):
                entities.by_token[tok.i] = Mention(tok.text, tok.idx, tok.idx + len(tok.text), side.entity)
            elif lower == "we" and side is None and not _everyone(tok) and states_side(tok):
                entities.by_token[tok.i] = Mention(tok.text, tok.idx, tok.idx + len(tok.text), quotation.speaker.entity)
            elif lower in {"i", "me", "my"}:
                entities.by_token[tok.i] = Mention(tok.text, tok.idx, tok.idx + len(tok.text), quotation.speaker.entity)


def _everyone(we: Token) -> bool:
    """'we all know', 'issues that we all face', 'all of us': a 'we' for everyone, no side's."""
    if any(c.lower_ in {"all", "everyone"} for c in we.children) or (we.i + 1 < len(we.doc) and we.doc[we.i + 1].lower_ == "all"):
        return True
    return we.dep_ == "pobj" and we.head.lower_ == "of" and we.head.head.lower_ in {"all", "each", "both", "none"}


def states_side(we: Token) -> bool:
    """Whether a quoted 'we'/'our' states the speaker's side's position: 'we oppose', 'we believe', 'our policy'.

    A hand-judged sample found a party's or body's 'we' wrong a quarter of the time, nearly
    always where it was the public, the country or everyone: 'as we get close to the
    election', 'we are not seeing that', 'if we don't work together', 'our democracy'.
    Where it states a position, intention or view, or owns a plan or a body, it was right;
    elsewhere no side is read. The words are in ``kg/data/side_we_words.json``.
    """
    words = _side_we_words()
    if we.lower_ in {"our", "ours"}:
        return we.dep_ == "poss" and we.head.lemma_.lower() in words["our_nouns"]
    if we.dep_ not in {"nsubj", "nsubjpass"}:
        return False  # "stolen from us", "tell us": someone else acts on them
    verb = we.head
    if any(c.dep_ in {"mark", "advmod"} and c.lower_ in words["conditional_marks"] for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma in {"have", "be"}:
        held = [c for c in verb.children if c.dep_ in {"dobj", "acomp", "attr", "prep", "xcomp"}]
        return any(c.lemma_.lower() in words["have_objects"] or c.lemma_.lower() in _stance_verbs() or c.lower_ in {"against", "for"} for c in held)
    if lemma == "need":
        return any(c.dep_ == "dobj" for c in verb.children)  # "we need a new law", not "we need to understand"
    return lemma in words["verbs"] or lemma in _stance_verbs()


def _body(entities: DocEntities, word: Token) -> Mention | None:
    """'secretary general of the council': 'the council' in a post is the council named before it."""
    bodies: list[str] = group_vocabulary()["bodies"]  # type: ignore[assignment]
    if word.lower_ not in bodies or [t.lower_ for t in word.lefts] != ["the"]:
        return None
    entity = body_named_before(entities, word)
    return Mention(word.text, word.idx, word.idx + len(word.text), entity) if entity is not None else None


@lru_cache(maxsize=1)
def _side_we_words() -> dict[str, frozenset[str]]:
    text = resources.files("kg.data").joinpath("side_we_words.json").read_text(encoding="utf-8")
    return {k: frozenset(v) for k, v in json.loads(text).items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def _stance_verbs() -> frozenset[str]:
    """First words of the stance, intent and request verbs ('vote' of 'vote against'), but no light verbs."""
    vocabulary = stance_vocabulary()
    kinds = ("opposes", "supports", "proposes", "intent", "wishing", "requesting", "removal", "keeping", "refusal")
    words = {entry.split()[0] for kind in kinds for entry in vocabulary[kind]}
    words |= {entry.split()[0] for entry in cameo_stance_verbs().verbs}
    return frozenset(words - {"be", "have", "come", "get", "make", "give", "put", "take", "go", "see"})


def resolve_own_party(doc: Doc, entities: DocEntities) -> None:
    """'Simon Hughes said his party had ...': 'party' after a possessive for a person is the party their post names."""
    parties = {key: side for key, side in posted_sides(doc, entities).items() if _is_party(side)}
    for tok in doc:
        if tok.lower_ != "party" or tok.i in entities.by_token or tok.pos_ != "NOUN":
            continue
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        person = entities.at(owner) if owner is not None else None
        if person is None or person.entity.cls != "Person" or any(c.dep_ in {"amod", "compound"} for c in tok.children):
            continue  # "his new party", "his Veritas party": another party than the one he holds a post in
        party = parties.get(person.entity.key)
        if party is not None:
            entities.by_token[tok.i] = Mention(tok.text, tok.idx, tok.idx + len(tok.text), party.entity)


def _is_party(mention: Mention) -> bool:
    entity = mention.entity
    return entity.cls == "Organization" and (entity.label in _party_names() or entity.label.endswith(" Party"))


@lru_cache(maxsize=1)
def _party_names() -> frozenset[str]:
    return party_names()


def resolve_body_pronouns(doc: Doc, entities: DocEntities, quotations: list[Quotation]) -> None:
    """'... the Environmental Audit Committee said. It said the plans were flawed': 'it' is the body just speaking.

    Outside quotations, a subject 'it'/'they' of a speech or position verb (:func:`states_side`,
    not 'it is') takes the main subject of the sentence before when that is one organisation
    or country, by name or as a group (:func:`kg.resolve.groups.group_holder`); a person
    there, or anything else, leaves it unresolved.
    """
    quoted = {i for q in quotations for i in range(q.start, q.end)}
    for tok in doc:
        if tok.lower_ not in {"it", "they"} or tok.i in entities.by_token or tok.i in quoted:
            continue
        if tok.dep_ != "nsubj":
            continue
        if not _plan_announced(tok.head) and (tok.head.lemma_ == "be" or not (tok.head.lemma_.lower() in speech_verbs() or states_side(tok))):
            continue  # "it is wrong to X": the 'it' of a copula stands for the clause; "they are to scrap X" states a plan
        body = _main_subject_before(doc, entities, tok)
        if body is not None:
            entities.by_token[tok.i] = Mention(tok.text, tok.idx, tok.idx + len(tok.text), body.entity)


def _plan_announced(verb: Token) -> bool:
    """'They are to scrap X', 'they would cut taxes': what the body plans or pledges to do."""
    if verb.lemma_ != "be":
        modals = {c.lower_ for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"}
        return bool(modals) and modals <= {"will", "would"} and verb.lemma_.lower() in policy_actions()
    if any(c.dep_ in {"acomp", "attr"} for c in verb.children):
        return False  # "it is wrong to reject X": the 'it' stands for the clause
    return any(c.dep_ == "xcomp" and c.pos_ == "VERB" and c.lemma_ not in {"be", "blame"}
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)  # fmt: skip


def _main_subject_before(doc: Doc, entities: DocEntities, tok: Token) -> Mention | None:
    i = tok.sent.start - 1
    while i >= 0 and not any(t.is_alpha for t in doc[i].sent):
        i = doc[i].sent.start - 1
    if i < 0:
        return None
    subjects = [t for t in doc[i].sent if t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ROOT"]
    found = [group_holder(entities, t) or entities.at(t) for t in subjects]
    if len(found) != 1 or found[0] is None or found[0].entity.cls not in {"Organization", "Country"}:
        return None
    return found[0]
