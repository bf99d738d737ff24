"""Where things are: locatedIn (place in place), basedIn (organisation), livesIn (person).

Reads the ways news writing places things: "Boston, Massachusetts" and "a
village in Kent"; "Acme, a Boston-based firm", "the Chicago company Acme",
"Acme, based in Dallas", "Acme's headquarters in Dallas", "Acme of Dallas";
"Jane Smith of Houston", "Jane Smith, a Texas Democrat", "Houston native Jane
Smith", "she lives in Houston", "born in Houston".

A nationality adjective ("British Prime Minister ...") is *not* read as
livesIn: CoNLL04's annotators tag such adjectives as Other, not Loc, so on the
one benchmark we have the reading cannot be checked, and it says citizenship,
not residence.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.syntax import tokens
from kg.extract.common.modality import negated
from kg.extract.common.registry import relation_rule
from kg.types import Fact, Mention

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from kg.extract.common.context import ExtractionContext

GEO = {"Place", "Country"}
_MODIFIER_DEPS = {"compound", "nmod", "amod", "poss"}
_OF_PREPS = {"of", "from"}
LIVE_VERBS = {"live", "reside", "settle"}
BORN = {"bear", "born"}
REGION_WORDS = {"region", "province", "state", "county", "district", "city", "town", "village", "area", "valley"}
HQ_WORDS = {"headquarters", "headquarter", "office", "offices", "base", "seat"}


def _named(ctx: ExtractionContext, classes: set[str]) -> Iterator[tuple[Mention, Span]]:
    """Each name mention of the given classes with its token span, once per mention."""
    seen: set[int] = set()
    for mention in ctx.entities.mentions:
        if mention.entity.cls not in classes or not mention.text[:1].isupper() or mention.start in seen:
            continue
        span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and span.root.pos_ != "PRON":
            seen.add(mention.start)
            yield mention, span


def _of_cls(ctx: ExtractionContext, token: Token | None, classes: set[str]) -> Mention | None:
    found = ctx.mention(token) if token is not None else None
    return found if found is not None and found.entity.cls in classes else None


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _place_after(ctx: ExtractionContext, tok: Token, preps: set[str]) -> Iterator[tuple[Mention, Token]]:
    """Places in a prepositional complement of ``tok`` ('of Houston', 'in Kent and Essex')."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in preps and (obj := _pobj(prep)) is not None:
            for o in [obj, *(c for c in obj.children if c.dep_ == "conj")]:
                place = _of_cls(ctx, o, GEO)
                if place is not None:
                    yield place, prep


def _anchor_head(tok: Token) -> Token:
    """Climb from a modifier to the noun it modifies ('Texas' in 'a Texas Democrat' -> 'Democrat')."""
    head = tok
    while head.dep_ in _MODIFIER_DEPS | {"flat"} and head.head.i != head.i:
        head = head.head
    return head


@relation_rule("location.place_comma_place", version=1, emits=("locatedIn",))
def place_comma_place(ctx: ExtractionContext) -> Iterator[Fact]:
    """'Boston, Massachusetts', 'Lyon, France': a place followed by the larger place it is in."""
    doc = ctx.doc
    for inner, span in _named(ctx, {"Place"}):
        if span.end + 1 >= len(doc) or doc[span.end].text != ",":
            continue
        outer = _of_cls(ctx, doc[span.end + 1], GEO)
        if outer is None:
            continue
        after = ctx.doc.char_span(outer.start, outer.end, alignment_mode="expand")
        if after is None or _in_list(ctx, span, after):
            continue
        if after.end < len(doc) and doc[after.end].tag_ == "POS":
            continue  # "Vaitkute, Lithuania's defence minister" is an apposition
        yield ctx.fact(inner, "locatedIn", outer, span.root, "location.place_comma_place/1", 0.8, presupposed=True)


def _in_list(ctx: ExtractionContext, first: Span, second: Span) -> bool:
    """'Boston, Chicago and Denver' is a list, not a place and its region."""
    doc = ctx.doc
    after = doc[second.end : second.end + 2]
    if len(after) and after[0].lower_ in {"and", "or"}:
        return True
    if len(after) == 2 and after[0].text == "," and (after[1].lower_ in {"and", "or"} or _of_cls(ctx, after[1], {"Place"})):
        return True
    before = doc[max(first.start - 2, 0) : first.start]
    return len(before) == 2 and before[1].text == "," and _of_cls(ctx, before[0], {"Place"}) is not None


@relation_rule("location.place_in_place", version=1, emits=("locatedIn",))
def place_in_place(ctx: ExtractionContext) -> Iterator[Fact]:
    """'Kirkuk in northern Iraq', "Russia's Kaliningrad", "Kenya's Rift Valley region"."""
    for inner, span in _named(ctx, {"Place"}):
        for outer, prep in _place_after(ctx, span.root, {"in"}):
            yield ctx.fact(inner, "locatedIn", outer, prep, "location.place_in_place/1", 0.7, presupposed=True)
        root = span.root
        region = root.head if root.dep_ == "compound" and root.head.lower_ in REGION_WORDS else root
        for child in region.children:
            owner = _of_cls(ctx, child, GEO) if child.dep_ == "poss" else None
            if owner is not None:
                yield ctx.fact(inner, "locatedIn", owner, child, "location.place_in_place/1", 0.7, presupposed=True)


@relation_rule("location.org_place_modifier", version=1, emits=("basedIn",))
def org_place_modifier(ctx: ExtractionContext) -> Iterator[Fact]:
    """'the Chicago company Acme', 'Paris AFP', "Dallas's Acme", 'Acme, a Boston-based firm'."""
    doc = ctx.doc
    for place, span in _named(ctx, GEO):
        org: Mention | None = None
        nxt = doc[span.end] if span.end < len(doc) else None
        based = span.end + 1 < len(doc) and nxt is not None and nxt.text == "-" and doc[span.end + 1].lower_ == "based"
        if nxt is not None and not based and nxt.text not in {"'s", "’s"}:
            org = _of_cls(ctx, nxt, {"Organization"})  # a place right before an organisation's name
            org = org if org is not None and org.start == nxt.idx else None
        if org is None and (span.root.dep_ in _MODIFIER_DEPS or based):
            head = _anchor_head(doc[span.end + 1] if based else span.root)
            org = _of_cls(ctx, head, {"Organization"}) or _org_beside(ctx, head)
        if org is not None and org.start != place.start:
            yield ctx.fact(org, "basedIn", place, span.root, "location.org_place_modifier/1", 0.75 if based else 0.65, presupposed=True)


def _org_beside(ctx: ExtractionContext, noun: Token) -> Mention | None:
    """The organisation a common noun describes: 'Acme, a [firm]' or 'the [company] Acme'."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    if noun.dep_ == "appos":
        return _of_cls(ctx, noun.head, {"Organization"})
    for child in noun.children:
        if child.dep_ in {"appos", "compound"} and (org := _of_cls(ctx, child, {"Organization"})):
            return org
    return None


@relation_rule("location.org_in_place", version=1, emits=("basedIn",))
def org_in_place(ctx: ExtractionContext) -> Iterator[Fact]:
    """'Acme of Dallas', 'Acme in Dallas', 'Acme, based in Dallas', "Acme's headquarters in Dallas"."""
    for org, span in _named(ctx, {"Organization"}):
        root = span.root
        for place, prep in _place_after(ctx, root, {"of", "in", "at"}):
            yield ctx.fact(org, "basedIn", place, prep, "location.org_in_place/1", 0.6, presupposed=True)
        for child in root.children:
            if child.lemma_ in {"base", "headquarter"} and child.dep_ in {"acl", "amod", "appos"}:
                for place, prep in _place_after(ctx, child, {"in", "at"}):
                    yield ctx.fact(org, "basedIn", place, prep, "location.org_in_place/1", 0.8, presupposed=True)
        if root.dep_ == "poss" and root.head.lower_ in HQ_WORDS:
            for place, prep in _place_after(ctx, root.head, {"in", "at"}):
                yield ctx.fact(org, "basedIn", place, prep, "location.org_in_place/1", 0.8)
        if root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_ in {"base", "headquarter"} and not negated(root.head):
            for place, prep in _place_after(ctx, root.head, {"in", "at"}):
                yield ctx.fact(org, "basedIn", place, prep, "location.org_in_place/1", 0.8)


@relation_rule("location.person_of_place", version=1, emits=("livesIn",))
def person_of_place(ctx: ExtractionContext) -> Iterator[Fact]:
    """'Jane Smith of Houston', 'Jane Smith, a lawyer from Houston', 'Jane Smith, a Houston resident'."""
    for person, span in _named(ctx, {"Person"}):
        root = span.root
        nouns = [root, *(c for c in root.children if c.dep_ == "appos" and c.pos_ in {"NOUN", "PROPN"})]
        for noun in nouns:
            for place, prep in _place_after(ctx, noun, _OF_PREPS):
                yield ctx.fact(person, "livesIn", place, prep, "location.person_of_place/1", 0.7, presupposed=True)


@relation_rule("location.place_modifies_person", version=1, emits=("livesIn",))
def place_modifies_person(ctx: ExtractionContext) -> Iterator[Fact]:
    """'Houston native Jane Smith', 'Jane Smith, a Texas Democrat', 'Texas Gov. Jane Smith'."""
    for place, span in _named(ctx, GEO):
        if span.root.dep_ not in _MODIFIER_DEPS:
            continue
        head = _anchor_head(span.root)
        person = _of_cls(ctx, head, {"Person"})
        if person is None and head.dep_ == "appos" and head.pos_ in {"NOUN", "PROPN"} and ctx.mention(head) is None:
            person = _of_cls(ctx, head.head, {"Person"})
        if person is not None and person.start != place.start:
            yield ctx.fact(person, "livesIn", place, span.root, "location.place_modifies_person/1", 0.6, presupposed=True)


@relation_rule("location.lives_in", version=1, emits=("livesIn",))
def lives_in(ctx: ExtractionContext) -> Iterator[Fact]:
    """'Smith lives in Houston', 'Smith, who lives in Houston', 'Smith was born in Houston'."""
    for tok in tokens(ctx.doc):
        if tok.lemma_ not in LIVE_VERBS | BORN and tok.lower_ != "born" or tok.pos_ not in {"VERB", "AUX"} or negated(tok):
            continue
        subj = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None and subj.lower_ in {"who", "that"} and tok.dep_ == "relcl":
            subj = tok.head
        if subj is None and tok.dep_ in {"acl", "relcl"}:
            subj = tok.head  # 'Smith, born in Houston'
        person = _of_cls(ctx, subj, {"Person"})
        if person is None and subj is not None:  # 'the author Paul Mercer was born ...'
            person = next((p for c in subj.children if c.dep_ == "appos" and (p := _of_cls(ctx, c, {"Person"}))), None)
        if person is None:
            continue
        born = tok.lemma_ in BORN or tok.lower_ == "born"
        for place, prep in _place_after(ctx, tok, {"in", "at"}):
            yield ctx.fact(person, "livesIn", place, tok, "location.lives_in/1", 0.6 if born else 0.75)
