"""Find the entity mentions in a parsed article and type them by our ontology classes.

spaCy's labels are a start, not the answer: the small model tags people as
organisations ("expert Alexei Arbatov"), capitals as countries, and runs titles
into names. This module corrects those from context before anything is linked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import honorifics, name_prefixes, occupation_words, office_words, plan_nouns, speech_verbs, title_words
from kg.resolve.countries import country_named, country_of_capital, country_of_demonym
from kg.resolve.names import POST_NOMINALS, clean_name, has_name_shape, honoured_name, is_honorific, strip_name_prefix
from kg.resolve.places import is_acronym_body, is_region_after_town, is_region_name, is_town_of_region, region_at
from kg.resolve.raw import RawMention
from kg.resolve.typing_context import BODY_NOUNS, acronym_uses, consistent_types, places_named, retype_by_phrase, retyped_by_context, surnames_kept, untagged_uses  # noqa: E501
from kg.resolve.untagged import untagged_committees, untagged_full_names
from kg.syntax import CONNECTORS, POSSESSIVE, is_title_word, split_office_and_name, title_before

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_AGENT_DEPS = {"nsubj", "nsubjpass", "dobj", "iobj", "poss", "agent", "appos", "conj", "compound"}
_PLACE_PREPS = {"in", "at", "from", "near", "to", "into", "across", "outside", "inside", "around", "on", "across"}


def find_mentions(doc: Doc) -> list[RawMention]:
    """Typed mentions of people, countries, organisations and places, in text order."""
    found: list[RawMention] = []
    for ent in doc.ents:
        mention = _typed(ent)
        if mention is not None:
            found.append(mention)
    committees = untagged_committees(doc)
    found = [m for m in found if not any(c.start <= m.start < c.end for c in committees)] + committees
    found.extend(RawMention(start, end, "Person", doc[start:end].text) for start, end in untagged_full_names(doc))
    surnames_kept(found)
    telling = {m.name: m.cls for m in found if m.telling}
    found.extend(RawMention(start, end, telling[doc[start:end].text], doc[start:end].text) for start, end in untagged_uses(doc, telling))
    telling = {**places_named(doc, found), **telling}
    found = retyped_by_context(doc, sorted(found, key=lambda m: m.start))
    return [_with_honorific(doc, m) for m in consistent_types(sorted(found + acronym_uses(doc, found), key=lambda m: m.start), telling)]


def _with_honorific(doc: Doc, mention: RawMention) -> RawMention:
    """Keep the honorific a person is named with: 'Mrs Howard' is not 'Michael Howard'."""
    if mention.cls != "Person":
        return mention
    for i in (mention.start - 1, mention.start):
        if 0 <= i < len(doc) and is_honorific(doc[i]):
            mention.honorific = doc[i].text.rstrip(".")
            break
    return mention


def _trim(span: Span) -> Span | None:
    """Drop a leading 'the', a trailing possessive and anything after an inner possessive or a line break."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].is_space:
        start += 1
    for i in range(start, end):
        if doc[i].text in POSSESSIVE or doc[i].tag_ == "POS" or (doc[i].is_space and "\n" in doc[i].text):
            end = i
            break
    while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct or doc[start].is_space or _plural_post(doc[start])
                           or _opening_participle(doc[start])):  # fmt: skip
        start += 1  # "[MPs] Ann Lee and Tom Hart": the plural post before a list of names is no part of the first
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].lower_ in {"of", "and", "for"}):
        end -= 1
    if start >= end:
        return None
    return doc[start:end]


def _opening_participle(token: Token) -> bool:
    """'[Praising] Celtic and Rangers, she said': a sentence's opening -ing verb, capitalised only for its place.

    Not a participle the parse reads as part of the name ("Fostering Network executive director ...")."""
    return bool(token.is_sent_start) and token.tag_ == "VBG" and token.lower_.endswith("ing") and token.dep_ not in {"amod", "compound", "nmod"}


def _plural_post(token: Token) -> bool:
    """'MPs', 'MEPs', 'MSPs': an abbreviated post in the plural."""
    text = token.text
    return len(text) > 2 and text.endswith("s") and text[:-1].isupper() and text[:-1].lower() in title_words()


def _typed(ent: Span) -> RawMention | None:
    span = _trim(ent)
    label = ent.label_
    if span is not None and ent.ent_id_ and label == "ORG":
        # Named by the party EntityRuler: "Tory" and "Tories" are the Conservative Party.
        return RawMention(span.start, span.end, "Organization", ent.ent_id_)
    if span is not None and label == "LAW" and span[0].lower_ not in {"article", "section", "clause", "chapter"}:
        return RawMention(span.start, span.end, "Plan", span.text)  # "the Human Rights Act"
    if span is not None and label == "EVENT" and span.root.lemma_.lower() in {"war", "invasion"}:
        return RawMention(span.start, span.end, "Plan", span.text)  # "the Iraq war": a course a government took
    retyped = retype_by_phrase(span, label) if span is not None else None
    if span is not None and retyped is not None:
        cls, named = retyped
        return RawMention(named.start, named.end, cls, named.text, telling=True) if cls else None
    if span is None or label not in {"GPE", "LOC", "NORP", "ORG", "PERSON", "FAC"}:
        return None
    text = span.text
    if text in POST_NOMINALS:
        return None  # "a QC" names a post, never a place or body
    honoured = honoured_name(span)
    if honoured is not None:
        return honoured
    if label == "ORG" and "-" in text and all(country_named(p) for p in text.split("-")):
        return None  # "U.S.-Russia" names a relationship, not an organisation
    if label in {"ORG", "NORP"} and _part_of_title(span):
        return None  # "Defence" in "Defence Secretary Jane Smith" is part of the title
    if label == "ORG":
        span = _without_trailing_title(span)
        text = span.text
    country = country_named(text)
    if country and label != "PERSON":
        named_for = _organisation_named_for_country(span)
        if named_for is not None:
            return named_for
        return RawMention(span.start, span.end, "Country", country, country)
    if label != "PERSON" and (is_town_of_region(span) or is_region_after_town(span) or _only_a_region(span)):
        return RawMention(span.start, span.end, "Place", text)
    if label == "NORP":
        return _demonym(span)
    if label == "PERSON" and len(span) == 1 and title_before(span.doc, span.start) is None and _only_a_region(span):
        return RawMention(span.start, span.end, "Place", text)  # "Wales" tagged as a person
    if label == "GPE" or (label == "PERSON" and len(span) == 1 and title_before(span.doc, span.start) is None):
        # "said Ankara had rejected": a lone capital the model took for a person is still the capital
        capital_of = country_of_capital(text)
        if label == "PERSON" and not capital_of:
            return _person(span)
        if capital_of and _acts_as_agent(span):
            return RawMention(span.start, span.end, "Country", capital_of, capital_of)
        return RawMention(span.start, span.end, "Organization" if is_acronym_body(span) else "Place", text)
    if label in {"LOC", "FAC"}:
        return RawMention(span.start, span.end, "Place", text)
    if label == "ORG":
        return _organisation_or_person(span, ent)
    return _person(span)


def _only_a_region(span: Span) -> bool:
    """'Scotland', 'Texas' tagged as an organisation: a state or nation's name alone (not 'Washington', a capital too)."""
    return is_region_name(span.text) and not country_of_capital(span.text)


def _organisation_named_for_country(span: Span) -> RawMention | None:
    """'Universities UK' is an organisation: a capitalised plural (or office word) compound before a country."""
    doc = span.doc
    if span.start == 0:
        return None
    before = doc[span.start - 1]
    if (
        before.ent_iob_ == "O"
        and before.dep_ == "compound"
        and span.start <= before.head.i < span.end
        and before.text[:1].isupper()
        and (before.tag_ in {"NNS", "NNPS"} or before.lower_ in office_words())
    ):
        return RawMention(before.i, span.end, "Organization", doc[before.i : span.end].text)
    return None


def _without_trailing_title(span: Span) -> Span:
    """'Coast Guard Lt' before 'Steve Hardy' is the organisation 'Coast Guard'; 'the Scottish Executive' keeps its name."""
    if span.end >= len(span.doc) or not span.doc[span.end].text[:1].isupper():
        return span  # no name follows
    end = span.end
    while end - 1 > span.start and is_title_word(span.doc[end - 1]) and span.doc[end - 1].text[:1].isupper():
        end -= 1
    return span.doc[span.start : end]


def _part_of_title(span: Span) -> bool:
    """'Education', 'New Home', 'Work and Pensions' before 'Secretary' belong to the title."""
    doc = span.doc
    follows = doc[span.end] if span.end < len(doc) else None
    if follows is None or not is_title_word(follows):
        return False
    return all(
        t.lower_ in office_words() or t.lower_ in name_prefixes() or t.lower_ in {"and", "&"} or is_title_word(t)
        for t in span
    )


def _demonym(span: Span) -> RawMention | None:
    """'Russians' acting as a group is the country; 'Russian' as an adjective is not a mention."""
    country = country_of_demonym(span.text)
    root = span.root
    if country and root.tag_ in {"NNPS", "NNS"} and root.dep_ in _AGENT_DEPS | {"pobj"}:
        return RawMention(span.start, span.end, "Country", country, country)
    return None


def _acts_as_agent(span: Span) -> bool:
    """'Moscow did not accept' acts; 'talks in Moscow' is a place."""
    root = span.root
    if root.dep_ == "pobj":
        return root.head.lower_ not in _PLACE_PREPS
    return root.dep_ in _AGENT_DEPS


def _organisation_or_person(span: Span, ent: Span) -> RawMention | None:
    doc = span.doc
    if is_title_word(span[0]) and span[0].text[:1].isupper() and len(span) > 1 and has_name_shape(span[1:]):
        return RawMention(span.start, span.end, "Person", span[1:].text)  # "Officer Tippit"
    if "," in [t.text for t in span[1:]]:
        comma = next(t.i for t in span[1:] if t.text == ",")
        if region_at(doc, comma + 1) == span.end:
            return RawMention(span.start, span.end, "Place", span.text)  # "Russell , Kan"
    name_range = split_office_and_name(span) if ent[0].lower_ != "the" else None
    if name_range is not None:
        start, end = name_range
        return RawMention(start, end, "Person", clean_name(doc[start:end]))
    if _looks_like_person(span, ent):
        return RawMention(span.start, span.end, "Person", clean_name(span))
    capital_of = country_of_capital(span.text)
    if capital_of:
        if _acts_as_agent(span):
            return RawMention(span.start, span.end, "Country", capital_of, capital_of)
        return RawMention(span.start, span.end, "Place", span.text)
    return RawMention(span.start, span.end, "Organization", span.text)


def _looks_like_person(span: Span, ent: Span) -> bool:
    """A personal name after a title (not after "group": 'director of rights group Liberty'), before an age, or saying something.

    A single word ("Labour said", "Unison said") or a span that began with "the"
    ("the Home Office said") is not enough: those stay organisations unless a
    later pass finds the word is a person's surname.
    """
    doc = span.doc
    if not has_name_shape(span):
        return False
    after_title = title_before(doc, span.start) is not None and doc[span.start - 1].lower_ not in CONNECTORS | BODY_NOUNS
    if after_title or _age_follows(span) or _title_apposition(span):
        return True
    if len(span) < 2 or ent[0].lower_ == "the":
        return False  # "Labour said", "Unison said": a lone word needs a surname seen here
    return _speaks(span)


def _title_apposition(span: Span) -> bool:
    """'Aleksandr Kruhlow, a 72-year-old deputy': an apposition headed by a title word."""
    return any(c.dep_ == "appos" and is_title_word(c) and c.i >= span.end for c in span.root.children)


def _speaks(span: Span) -> bool:
    doc = span.doc
    root = span.root
    if root.dep_ == "nsubj" and root.head.lemma_ in speech_verbs():
        return True
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.lemma_ in speech_verbs() and nxt.pos_ == "VERB":
        return True
    prev = doc[span.start - 1] if span.start > 0 else None
    return bool(prev is not None and prev.lemma_ in speech_verbs() and prev.pos_ == "VERB" and root.dep_ in {"nsubj", "npadvmod"})


def _age_follows(span: Span) -> bool:
    """'Jacobs, 20, and Eddie Hatcher': a name followed by an age in commas."""
    doc = span.doc
    window = doc[span.end : span.end + 3]
    return len(window) == 3 and window[0].text == "," and window[1].like_num and window[2].text in {",", "."}


def _person(span: Span) -> RawMention | None:
    doc = span.doc
    if len(span) == 1 and is_title_word(span[0]):
        return None
    if len(span) == 1 and span.start > 0 and doc[span.start - 1].lower_ == "the" and span[0].lower_ in plan_nouns():
        return None  # "The Bill proposes control orders": a text of law, not a man called Bill
    first_name = strip_name_prefix(span)
    if first_name >= span.end:
        # "Tory Lord" before an untagged "Campbell": the name is what follows.
        end = first_name
        while end < len(doc) and end - first_name < 3 and doc[end].ent_iob_ == "O" and has_name_shape([doc[end]]):
            end += 1
        return RawMention(first_name, end, "Person", doc[first_name:end].text) if end > first_name else None
    start = span.start
    while start < first_name and (doc[start].lower_ in name_prefixes() or doc[start].text == "-"):
        start += 1  # "Ex-Labour minister": keep titles in the span, drop party words
    if start == first_name and span.end - start > 1 and doc[start].lower_ in occupation_words() and has_name_shape(doc[start + 1 : span.end]):
        start = first_name = start + 1  # "Farmer Geoff Brooks": a description before the name is no part of it
    end = span.end
    while end - start > 1 and doc[end - 1].text.isupper() and is_title_word(doc[end - 1]):
        end -= 1  # "Tom Ashby MP": the letters after a name are a post, not part of it
    span = doc[start:end]
    if len(span) > 1 and span[-1].lower_ in office_words() and not is_honorific(span[0]):
        return RawMention(span.start, span.end, "Organization", span.text)  # "Halvorsen Shipping"
    if is_town_of_region(span) and title_before(doc, span.start) is None:
        return RawMention(span.start, span.end, "Place", span.text)
    name = doc[first_name:end]
    if len(name) < 2 or not has_name_shape(name):
        name = span  # "Prince Harry": a lone name keeps the title it is known by
    return RawMention(span.start, span.end, "Person", clean_name(name))  # "Constable Ann Reece" is "Ann Reece"
