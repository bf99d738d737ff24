"""Group subjects and what they stand for: 'the government' -> its country, 'Tory MPs' -> the party.

News states positions through groups: "ministers rejected the plan", "Labour
backbenchers oppose the bill", "the committee called for an inquiry". A careful
reader signs such a stance for the body the group acts for, and for nothing when the
group names no body ("campaigners", "critics"). The words are in
``kg/data/group_subjects.json``; the policy is in ``docs/data-model.md`` ("Stances").

* government words ("the government", "ministers", "the cabinet", "No 10", "Downing
  Street") stand for the country the phrase names ("the British government",
  "French ministers"), else for the article's home country (:func:`home_country`);
* officials ("French diplomats", "US officials") stand for the country they are named
  with, never a guessed one;
* a party's members ("Labour backbenchers", "Tory MPs", "Lib Dem peers") stand for the party;
* a body word ("the council", "the committee") stands for the nearest organisation named
  before it whose name has that word, else for nothing.

A group is weaker evidence than a name: a fact whose holder is a group says so by its
mention's text (the words of the group) and a lower confidence (:data:`GROUP_CONFIDENCE_STEP`).
"""

from __future__ import annotations

import json
from collections import Counter
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from kg.lexicon import party_names
from kg.resolve.countries import country_named, country_of_demonym
from kg.types import Entity, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kg.resolve.document import DocEntities

# How much less sure a fact is when its holder was a group, not a name.
GROUP_CONFIDENCE_STEP = 0.1
# Modifiers that make a government another one than the sitting one: "the previous government".
_OTHER_TIMES = frozenset({"previous", "former", "last", "next", "future", "new", "old", "incoming", "outgoing", "interim"})
# How far back a body word looks for the organisation it names (tokens).
_BODY_LOOKBACK = 600


@lru_cache(maxsize=1)
def group_vocabulary() -> dict[str, object]:
    """The lists of ``group_subjects.json`` (keys starting with '_' are comments)."""
    text = resources.files("kg.data").joinpath("group_subjects.json").read_text(encoding="utf-8")
    return {k: v for k, v in json.loads(text).items() if not k.startswith("_")}


def _words(kind: str) -> frozenset[str]:
    words: list[str] = group_vocabulary()[kind]  # type: ignore[assignment]
    return frozenset(words)


def group_holder(entities: DocEntities, token: Token) -> Mention | None:
    """The country, party or organisation the group phrase headed by ``token`` stands for, or None."""
    phrase = _phrase(token)
    if not phrase:
        return None
    text, start, end = phrase
    own = entities.at(token)
    named = _named_government(entities, token, text)
    if own is not None and named is None:
        return None  # a name is itself, not a group ("the Scottish Executive")
    word = _head_word(token, text)
    if _quantified(token):
        return None  # "several Labour MPs", "some ministers": part of a body, not the body
    entity: Entity | None = None
    if word in _words("party_members"):
        entity = _party_modifier(entities, token)
    if entity is None and word in _words("chamber_members"):
        entity = _chamber_body(entities, token)
    if entity is None and word in _chambers() and not any(c.dep_ in {"compound", "amod", "nmod"} for c in token.lefts):
        entity = _chamber(entities, _chambers()[word])
    if entity is None and (word in _words("government") or named is not None) and _the_sitting_one(token):
        entity = _country_modifier(entities, token) or (None if word in {"executive"} else home_country(entities))
    if entity is None and word in _words("officials"):
        entity = _country_modifier(entities, token)
    if entity is None and word in _words("spokespeople") and own is None:
        entity = _spoken_for(entities, token)
    if entity is None and word in _words("bodies") and own is None and _definite_bare(token):
        entity = body_named_before(entities, token)
        if entity is None and word in _words("generic_bodies"):
            entity = _last_body_before(entities, token)
    if entity is None:
        return None
    return Mention(text, start, end, entity)


def is_group(mention: Mention) -> bool:
    """Whether a holder mention is a group standing for its entity, not one of the entity's names."""
    text = mention.text.lower().removeprefix("the ")
    last = text.split()[-1] if text.split() else ""
    kinds = ("government", "officials", "party_members", "bodies", "spokespeople")
    listed = any(last in _words(kind) or text in _words(kind) for kind in kinds)
    names = {n.lower().removeprefix("the ") for n in (mention.entity.label, *mention.entity.aliases)}
    return listed and text not in names


def home_country(entities: DocEntities) -> Entity | None:
    """The country whose politics the article is about, for 'the government' that names none.

    Read from the text, in this order: the countries of the parties it names
    (``party_countries``: Labour and the Tories place it in the UK, Republicans in the US),
    when one country has most of them; else the country it names a government of most
    often ("the Turkish government"); else none.
    """
    countries: dict[str, str | None] = group_vocabulary()["party_countries"]  # type: ignore[assignment]
    parties = Counter(countries.get(m.entity.label) for m in entities.mentions if m.entity.cls == "Organization")
    parties.pop(None, None)
    chosen = _clear_winner(parties)
    if chosen is None:
        governments: Counter[str | None] = Counter()
        for tok in entities.doc:
            if tok.lower_ in {"government", "administration"}:
                found = _country_modifier(entities, tok)
                governments[found.label if found is not None else None] += 1
        governments.pop(None, None)
        chosen = _clear_winner(governments)
    if chosen is None:  # "Ukraine revisits state sell-offs ... the government was planning to ...": the one country named
        named: Counter[str | None] = Counter(m.entity.label for m in entities.mentions if m.entity.cls == "Country")
        chosen = _clear_winner(named) if sum(named.values()) >= 2 else None
    return _country(entities, chosen) if chosen else None


def _clear_winner(counts: Counter[str | None]) -> str | None:
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
        return None
    return ranked[0][0]


def _country(entities: DocEntities, name: str) -> Entity:
    key = f"country:{name.lower()}"
    return entities.entities.get(key) or Entity(key, "Country", name)


def _phrase(token: Token) -> tuple[str, int, int] | None:
    """The words of the group phrase up to its head, without determiner: ('Labour backbenchers', start, end)."""
    if token.pos_ not in {"NOUN", "PROPN", "NUM"}:
        return None
    left = [t for t in token.lefts if t.dep_ in {"compound", "amod", "nmod", "poss", "det", "nummod"}]
    first = min((t.left_edge for t in left), key=lambda t: t.i, default=token)
    words = [t for t in token.doc[first.i : token.i + 1] if not (t.dep_ == "det" and t.lower_ in {"the", "a", "an"})]
    if not words:
        return None
    span = token.doc[words[0].i : token.i + 1]
    return span.text, span.start_char, span.end_char


def _head_word(token: Token, text: str) -> str:
    lowered = text.lower()
    for entry in _words("government"):
        if " " in entry and lowered.endswith(entry):
            return entry
    return token.lower_


def _named_government(entities: DocEntities, token: Token, text: str) -> Entity | None:
    """A mention whose name is a government word: 'Downing Street', 'the Cabinet' tagged as organisations."""
    own = entities.at(token)
    if own is None or own.entity.cls != "Organization":
        return None
    name = own.entity.label.lower().removeprefix("the ")
    return own.entity if name in _words("government") and name != "executive" else None


def _the_sitting_one(token: Token) -> bool:
    """'the government', 'ministers', 'Mr Blair's government'; not 'a Labour government', 'the previous government'."""
    if any(c.lower_ in _OTHER_TIMES for c in token.lefts):
        return False
    det = next((c for c in token.lefts if c.dep_ == "det"), None)
    return det is None or det.lower_ in {"the", "no"}


_QUANTIFIERS = frozenset({"several", "some", "many", "few", "most", "dozens", "scores", "hundreds", "other", "two", "three", "four", "five"})


def _quantified(token: Token) -> bool:
    """'several Labour MPs', '40 Tory MPs', 'a number of ministers': a part of the group, not all of it."""
    if any(c.dep_ in {"nummod", "quantmod"} or c.lower_ in _QUANTIFIERS for c in token.lefts):
        return True
    return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ in {"NOUN", "NUM", "PRON"}


def _definite_bare(token: Token) -> bool:
    """'the council', 'the committee': definite, with no words of its own that a name would have to contain."""
    lefts = list(token.lefts)
    return len(lefts) == 1 and lefts[0].lower_ == "the" and token.tag_ in {"NN", "NNP"}


def _country_modifier(entities: DocEntities, token: Token) -> Entity | None:
    """The country a group phrase names: 'the British government', 'US officials', 'Britain's ministers'."""
    for child in token.lefts:
        if child.dep_ not in {"compound", "amod", "nmod", "poss"}:
            continue
        for tok in child.subtree:
            mention = entities.at(tok)
            if mention is not None and mention.entity.cls == "Country":
                return mention.entity
            name = country_of_demonym(tok.text) or (country_named(tok.text) if tok.pos_ == "PROPN" else None)
            if name is not None:
                return _country(entities, name)
    return None


def _party_modifier(entities: DocEntities, token: Token) -> Entity | None:
    """The party a group of members is named with: 'Labour backbenchers', 'Tory MPs', 'Lib Dem peers'."""
    for child in token.lefts:
        if child.dep_ not in {"compound", "amod", "nmod"}:
            continue
        for tok in child.subtree:
            mention = entities.at(tok)
            if mention is not None and mention.entity.cls == "Organization" and mention.entity.label in party_names():
                return mention.entity
    return None


def _spoken_for(entities: DocEntities, token: Token) -> Entity | None:
    """'a spokesman for UKIP', 'a Downing Street spokesman', 'Labour sources', "Mr X's lawyer": whom an unnamed voice speaks for."""
    if any(c.dep_ == "appos" for c in token.children) or any(t.dep_ == "appos" and t.ent_type_ == "PERSON" for t in token.subtree):
        return None  # "a spokesman, John Smith", "the chairman of the CRE, Ann Hale": a named person, read as that person
    bodies = [p for prep in token.children if prep.dep_ == "prep" and prep.lower_ in {"for", "of", "at"}
              for p in prep.children if p.dep_ == "pobj"]  # fmt: skip
    bodies += [c for c in token.lefts if c.dep_ in {"compound", "amod", "nmod", "poss"}]
    for body in bodies:
        mention = entities.at(body)
        if mention is not None and mention.entity.cls == "Person" and body.dep_ == "poss" and token.lower_ not in {"chairman", "head", "director"}:
            return mention.entity  # "Mr Sigarchi's lawyer", "Mr Blair's spokesman": the person they speak for
        if mention is not None and mention.entity.cls in {"Organization", "Country"}:
            named = _named_government(entities, body, mention.text)
            return home_country(entities) if named is not None else mention.entity
    return None


def body_named_before(entities: DocEntities, token: Token) -> Entity | None:
    """The nearest organisation named before ``token`` whose name has its word: 'the committee' -> 'Public Accounts Committee'."""
    word = token.lemma_.lower()
    doc: Doc = token.doc
    seen: set[str] = set()
    for i in range(token.i - 1, max(-1, token.i - _BODY_LOOKBACK), -1):
        mention = entities.at(doc[i])
        if mention is None or mention.entity.cls != "Organization" or mention.entity.key in seen:
            continue
        seen.add(mention.entity.key)
        names = [mention.entity.label, *mention.entity.aliases]
        if word == "party" and mention.entity.label in party_names():
            return mention.entity
        if any(word in {w.removesuffix("s") for w in n.lower().split()} for n in names):
            return mention.entity  # "the hospital": "Hereford Hospitals NHS Trust"
    return None


def _last_body_before(entities: DocEntities, token: Token) -> Entity | None:
    """'The charity recommends ...' after 'Fostering Network executive director X said': the organisation named last.

    Within the sentence and the three before it, and only one that is neither a party nor a government's.
    """
    sents = [s for s in token.doc.sents if s.start <= token.i][-4:]
    found = [m for m in entities.in_range(sents[0].start, token.i) if m.entity.cls == "Organization"] if sents else []
    last = found[-1].entity if found else None
    if last is None or last.label in party_names() or last.label.lower().removeprefix("the ") in _words("government"):
        return None
    kinds = {w.lower().removesuffix("s") for w in last.label.split()} & (_words("bodies") - _words("generic_bodies"))
    return None if kinds else last  # "the charity" is no "Home Affairs Committee"


def _chamber_body(entities: DocEntities, token: Token) -> Entity | None:
    """'MPs on the home affairs committee' -> that committee; 'the MPs' after a committee is named -> it."""
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in {"on", "of", "from"}):
        for body in (c for c in prep.children if c.dep_ == "pobj"):
            named = entities.at(body)
            group = named or group_holder(entities, body)
            if group is not None and group.entity.cls == "Organization":
                return group.entity
    if [t.lower_ for t in token.lefts] != ["the"]:
        return None
    return next((e for e in _committees_before(entities, token)), None)


def _committees_before(entities: DocEntities, token: Token) -> list[Entity]:
    seen = [m.entity for m in entities.in_range(0, token.i) if m.entity.cls == "Organization" and "committee" in m.entity.label.lower()]
    return seen[-1:]


def _chambers() -> dict[str, str]:
    return group_vocabulary()["chambers"]  # type: ignore[return-value]


def _chamber(entities: DocEntities, name: str) -> Entity:
    """The chamber the article names ('the House of Lords'), else one of that name."""
    for entity in entities.entities.values():
        if entity.cls == "Organization" and name.lower() in {n.lower() for n in (entity.label, *entity.aliases)}:
            return entity
    return Entity(f"organization:{name.lower()}", "Organization", name)
