"""Types the words around a name give away, whatever the model's tag.

The small model tags weapon designations ("SLCM-N") and ships ("the survey ship Oruc
Reis") as organisations or people, towns it does not know ("Vardo, a fishing town") as
people, and regulators as places ("the chair of Ofwat"). The phrase around the name
says what it is: a designation's shape, the ship noun it stands in apposition to, the
kind of place an apposition calls it, the office held in it. ``retype_by_phrase`` is
called first on each model-tagged span; ``consistent_types`` then gives every other
mention of such a name the class its telling phrase gave it in the same article, and
a one-word name the article uses as a place (``places_named``) stays a place, and
``retyped_by_context`` makes a one-word "organisation" or "place" a person when it is a
person's surname in the article or is killed, met or elected.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.lexicon import office_words, system_nouns
from kg.resolve.body_examples import one_of_bodies
from kg.resolve.countries import country_named, country_of_demonym
from kg.resolve.names import has_name_shape, is_honorific
from kg.resolve.raw import RawMention, full_name_surnames
from kg.syntax import is_title_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# "F-35", "S-400", "W76-2", "Su-57", "MQ-9", "SS-20": letters, a hyphen, a number;
# "SLCM-N", "GLCM-X": an acronym and a one-letter variant.
_NUMBERED = re.compile(r"[A-Z][A-Za-z]{0,4}\d*-\d+[A-Za-z]?(-\d+[A-Za-z]?)?")
_LETTERED = re.compile(r"[A-Z]{3,6}-[A-Z]")
# Prefixes of numbered names that are not weapons: "G-20", "Covid-19", "EU-27".
_NOT_WEAPON_PREFIXES = frozenset({"g", "p", "eu", "covid", "sars", "mers", "h", "cop", "bbc", "itv", "channel", "formula"})
# Nouns a named vessel stands in apposition to: "the survey ship Oruc Reis".
_VESSEL_NOUNS = frozenset(
    {"ship", "vessel", "warship", "submarine", "destroyer", "frigate", "carrier", "cruiser", "corvette",
     "tanker", "icebreaker", "boat"}
)  # fmt: skip
# Kinds of place an apposition or "the X of" names: "Vardo, a fishing town", "the town of Vardo".
PLACE_KIND_NOUNS = frozenset(
    {"town", "city", "village", "port", "region", "province", "district", "county", "suburb", "enclave",
     "hamlet", "municipality", "island", "peninsula", "base", "constituency", "seat"}
)  # fmt: skip
# "the MP for Stroud Vale": the seat a member sits for is a place.
_MEMBERS = frozenset({"mp", "msp", "mep", "member"})
# "the waters south of Kastellorizo": a compass bearing from a name makes it a place.
_BEARINGS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})
# Offices held in an organisation, never in a place: "the chair of Ofwat" ("the mayor of X" is a place's).
_ORGANISATION_OFFICES = frozenset(
    {"chair", "chairman", "chairwoman", "chairperson", "director", "boss", "board", "founder", "shareholder",
     "shareholders", "executive", "secretary-general"}
)  # fmt: skip
_NAME_DEPS = frozenset({"compound", "nummod", "nmod"})
_RETYPED_TAGS = frozenset({"ORG", "PERSON", "GPE", "LOC", "PRODUCT", "NORP"})


def is_designation(text: str) -> bool:
    """Whether ``text`` has the shape of a weapon or vehicle designation: 'S-400', 'W76-2', 'SLCM-N'."""
    if _LETTERED.fullmatch(text):
        return not country_named(text.split("-")[0])
    if not _NUMBERED.fullmatch(text):
        return False
    return text.split("-")[0].rstrip("0123456789").lower() not in _NOT_WEAPON_PREFIXES


def retype_by_phrase(span: Span, label: str) -> tuple[str, Span] | None:
    """('System' | 'Place' | 'Organization', the words naming it) when the phrase around ``span`` says what it is.

    An empty class means the span is no entity at all: the first words of a system's proper
    name ("Globus" in "the Globus IV radar"), which the noun phrase names whole.
    """
    if label not in _RETYPED_TAGS:
        return None
    if label in {"ORG", "PERSON", "PRODUCT"} and in_system_name(span):
        return ("", span)
    designation = _designation(span) if label in {"ORG", "PERSON", "PRODUCT"} else None
    if designation is not None:
        return ("", span) if _modifies_system(designation.root) else ("System", designation)
    if label in {"ORG", "PERSON"} and _named_after(span, _VESSEL_NOUNS):
        return ("System", span)
    if label in {"PERSON", "GPE", "LOC"} and (_named_after(span, BODY_NOUNS) or one_of_bodies(span)):
        return ("Organization", span)
    if label in {"ORG", "PERSON", "NORP"} and place_noun_for(span):
        return ("Place", span)
    if label == "GPE" and _office_of(span) and not country_named(span.text):
        return ("Organization", span)
    return None


def _designation(span: Span) -> Span | None:
    """The designation ``span`` spells, with any '-1' the model left outside it ('W88' + '-1'), or None."""
    doc = span.doc
    end = span.end
    while end < len(doc) and not doc[end - 1].whitespace_ and (doc[end].text == "-" or doc[end].text.isalnum()):
        end += 1
    whole = doc[span.start : end]
    return whole if is_designation(whole.text) else None


def in_system_name(span: Span) -> bool:
    """'Globus' in 'the Globus IV radar', 'Patriot' in 'the Patriot missile system': part of a system's name.

    The span modifies a system noun, and either the capitalised words run on past it to
    the noun ("Globus IV") or the article never uses the name but to name such a system.
    """
    root = span.root
    if root.dep_ != "compound" or country_named(span.text) or country_of_demonym(span.text) or span[0].ent_id_:
        return False
    head = _system_head(root)
    if head is None or not all(t.text[:1].isupper() for t in span):
        return False
    doc = span.doc
    between = doc[span.end : head.i]
    if between and all(t.text[:1].isupper() or t.text == "-" for t in between):
        return True  # "Globus IV radar", "Aegis Ashore site"
    if span[-1].lower_ in office_words() or any(not _system_word(t) for t in between):
        return False  # "the Foreign Policy Centre think tank", "the Millennium Institute network"
    uses = [t for t in doc if t.text == span[0].text]
    return all(_system_head(u) is not None for u in uses)


def _system_word(tok: Token) -> bool:
    """'missile' or 'nuclear' in 'the Patriot missile system', 'the Trident nuclear deterrent'."""
    return tok.dep_ == "amod" or bool({tok.lemma_.lower(), tok.lower_} & system_nouns())


def _system_head(tok: Token) -> Token | None:
    """The lower-case system noun ``tok`` is a (chained) compound of, if any."""
    head = tok
    while head.dep_ in _NAME_DEPS and head.head.i > head.i:
        head = head.head
    if head is tok or head.text[:1].isupper():
        return None
    return head if {head.lemma_.lower(), head.lower_} & system_nouns() else None


def _modifies_system(tok: Token) -> bool:
    """'S-400' in 'S-400 missile systems': the noun phrase names the system, labelled with it."""
    return tok.dep_ in _NAME_DEPS and _system_head(tok) is not None


# Nouns for a body a name stands in apposition to: "environmental group Roads 2010", "the charity Shelter".
BODY_NOUNS = frozenset({"group", "charity", "union", "organisation", "organization", "think-tank", "watchdog", "body", "firm", "company",
                        "analysts", "consultancy", "regulator", "operator", "airline", "retailer", "carmaker", "insurer", "broker"})  # fmt: skip


def _named_after(span: Span, nouns: frozenset[str]) -> bool:
    """A name in apposition right after one of ``nouns``: 'the survey ship Oruc Reis' (a vessel),
    'environmental group Roads 2010' (a body, no person)."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.lower_ in nouns and (span.root.head.i == before.i or before.head.i in range(span.start, span.end))


def place_noun_for(span: Span) -> bool:
    """'Vardo, a fishing town', 'the town of Vardo', 'MP for Stroud Vale', 'south of Kos': the name is a place."""
    root = span.root
    if any(c.dep_ == "appos" and c.lower_ in PLACE_KIND_NOUNS for c in root.children):
        return True
    if root.dep_ != "pobj":
        return False
    prep, governor = root.head, root.head.head
    if prep.lower_ == "for" and governor.lower_ in _MEMBERS:
        return True  # "Tory MP for Stroud Vale"
    if prep.lower_ == "of" and governor.lower_ in _BEARINGS:
        return True  # "south of Kastellorizo"
    return prep.lower_ == "of" and governor.lower_ in PLACE_KIND_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in governor.children)


def _office_of(span: Span) -> bool:
    """'the chair of Ofwat', 'the chief executive of Ofgem': an organisation's office holds it."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _ORGANISATION_OFFICES


def surnames_kept(found: list[RawMention]) -> None:
    """A full-named person's surname stays a person ("Neil Kinnock ... Lord Kinnock of X, his constituency")."""
    surnames = full_name_surnames(found)
    for m in found:
        if m.telling and m.cls == "Place" and m.name in surnames:
            m.cls, m.telling = "Person", False


def places_named(doc: Doc, found: list[RawMention]) -> dict[str, str]:
    """One-word names the article also uses as places, that no person named here bears.

    "Gatwick" tagged a person in one sentence and a facility in the next is the airport;
    "Bolton" stays a person where "John Bolton" is named.
    """
    surnames = full_name_surnames(found)
    titled = {
        m.name
        for m in found
        if m.cls == "Person" and m.start > 0 and (is_title_word(doc[m.start - 1]) or is_honorific(doc[m.start - 1]) or is_honorific(doc[m.start]))
    }
    return {
        m.name: "Place"
        for m in found
        if m.cls == "Place" and " " not in m.name and m.name not in surnames and m.name not in titled and not m.telling
    }


def consistent_types(found: list[RawMention], telling: dict[str, str]) -> list[RawMention]:
    """Give other mentions of a name the class a telling phrase gave it elsewhere in the article.

    ``telling`` maps a name to the class :func:`retype_by_phrase` found for it; "at Vardo"
    in the next paragraph is the town an apposition named, not a person.
    """
    for m in found:
        cls = telling.get(m.name)
        if cls is not None and m.cls in {"Organization", "Person", "Place"} and m.cls != cls:
            m.cls = cls
    return found


def untagged_uses(doc: Doc, telling: dict[str, str]) -> list[tuple[int, int]]:
    """Token ranges outside any model entity that spell a one-word name typed by a telling phrase.

    "Ofwat did not comment": the model tagged "Ofwat" after "the chair of" only.
    """
    return [
        (t.i, t.i + 1)
        for t in doc
        if t.ent_iob_ == "O" and t.text in telling and t.pos_ == "PROPN" and telling[t.text] in {"Organization", "Place"}
    ]


# Group words the model tags as names: "MPs", "Peers", "Ministers".
_GROUP_WORDS = frozenset({"mps", "msps", "meps", "ams", "peers", "ministers", "councillors", "backbenchers"})
_PEOPLE_VERBS = {"kill", "shoot", "murder", "assassinate", "slay", "stab", "meet", "elect", "marry", "arrest", "wound", "execute", "convict", "sentence"}


def retyped_by_context(doc: Doc, found: list[RawMention]) -> list[RawMention]:
    """A one-word 'organisation' or 'place' that is a person's surname here, or is killed or met, is a person;
    a one-word 'person' that is an acronym (:func:`is_acronym`) is an organisation."""
    surnames = full_name_surnames(found)
    initials = _capitalised_runs(doc)
    result = []
    for m in found:
        span = doc[m.start : m.end]
        if len(span) == 1 and m.cls in {"Person", "Organization"} and span[0].lower_ in _GROUP_WORDS:
            continue  # "MPs", "Ministers": a group, no name (kg.resolve.groups reads what it stands for)
        if m.cls == "Person" and len(span) == 1 and m.name not in surnames and is_acronym(span[0], initials):
            m = RawMention(m.start, m.end, "Organization", m.name)  # "Acpo" after "Association of Chief Police Officers"
        elif m.cls == "Place" and len(span) == 1 and m.name in surnames:
            m = RawMention(m.start, m.end, "Person", m.name)  # "Vaitkute" after "Rasa Vaitkute"
        elif m.cls == "Organization" and len(span) == 1 and has_name_shape(span):
            tok = span[0]
            verb_arg = tok.dep_ in {"nsubjpass", "dobj"} and tok.head.lemma_ in _PEOPLE_VERBS
            if m.name in surnames or verb_arg:
                m = RawMention(m.start, m.end, "Person", m.name)
        result.append(m)
    return result


def is_acronym(token: Token, initials: set[str]) -> bool:
    """'ACPO', 'ADSS', or 'Acpo' where the article names the 'Association of Chief Police Officers': no person's name.

    All capitals (two to six letters) with no title or honorific before them, or the
    initials of an organisation the article names in full. A title before the word
    ("Mr ABC", "Dr Who") leaves it a person.
    """
    text = token.text.replace(".", "")
    if not text.isalpha() or not 2 <= len(text) <= 6:
        return False
    before = token.doc[token.i - 1] if token.i > 0 else None
    if before is not None and (is_title_word(before) or is_honorific(before)):
        return False
    return text.isupper() or (len(text) >= 3 and text.upper() in initials)


def acronym_uses(doc: Doc, found: list[RawMention]) -> list[RawMention]:
    """Other uses of an organisation's acronym the article has named, untagged or tagged as no name of ours
    ('"ADSS fully supports ..."' after '(ADSS)', the second tagged a nationality)."""
    acronyms = {m.name for m in found if m.cls == "Organization" and m.end - m.start == 1 and m.name.isupper() and len(m.name) >= 2}
    covered = {i for m in found for i in range(m.start, m.end)}
    return [RawMention(t.i, t.i + 1, "Organization", t.text) for t in doc if t.i not in covered and t.text in acronyms]


def _capitalised_runs(doc: Doc) -> set[str]:
    """The initials of every run of three or more capitalised words ('Association of Chief Police Officers' -> 'ACPO')."""
    found: set[str] = set()
    run = ""
    for tok in doc:
        if tok.lower_ in {"of", "and", "for", "the", "&"}:
            continue
        if tok.text[:1].isupper() and tok.is_alpha:
            run += tok.text[0]
            continue
        if len(run) >= 3:
            found.add(run)
        run = ""
    if len(run) >= 3:
        found.add(run)
    return found
