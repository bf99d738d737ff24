"""Who deploys which system where: deploys and locatedIn.

Three shapes carry these facts in news:

* a deployment verb: "the U.S. will deploy interceptors in Poland", "the radar
  was installed in Turkey", "the system we are establishing in Europe", "U.S.
  missiles based in Romania";
* its nominalisation: "the deployment of the U.S. missile defense system in
  Europe", "The U.S. agreements with Bucharest (the deployment of an interceptor
  missile base by 2015)";
* a location compound: "Romania-based U.S. interceptors".

Only countries and organisations deploy (a person "deploying" acts for one, and
the rules do not guess which), and only System nodes are deployed.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.syntax import tokens
from kg.extract.common.modality import polarity_and_modality
from kg.extract.common.clauses import agent_of, objects_of
from kg.extract.common.nodes import DEPLOY_VERBS, PROCESS_NOUNS, node_class, node_for, of_object
from kg.extract.common.owners import owner_of
from kg.extract.common.registry import relation_rule
from kg.resolve.typing_context import PLACE_KIND_NOUNS
from kg.types import Fact, Mention

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.common.context import ExtractionContext

VERB_RULE = "deployment.verb/1"
NOMINAL_RULE = "deployment.nominal/1"
BASED_RULE = "deployment.based/1"

# Verbs that say where a thing is without anyone deploying it.
LOCATION_ONLY_VERBS = frozenset({"locate"})
# Verbs that deploy only when they say where: "keeps a brigade in Poland", "moved missiles to
# Kaliningrad", "will send troops to Estonia", "the base where the US operates an interceptor
# system"; "keep the radar" alone deploys nothing.
PLACED_VERBS = frozenset({"keep", "maintain", "move", "send", "transfer", "redeploy", "operate"})
# Verbs whose object is the deployment itself: "will complete the deployment of ...".
CARRY_OUT_VERBS = frozenset({"complete", "begin", "start", "finish", "continue", "accelerate", "resume", "conduct"})
DEPLOY_NOUNS = PROCESS_NOUNS - {"implementation", "expansion", "extension"}
# Plan nouns whose content is not yet done: "plans for the deployment of ..." is hypothetical,
# while an agreement ("agreements with Bucharest (the deployment ...)") commits like "will".
IRREALIS_PLAN_NOUNS = frozenset({"plan", "proposal", "offer", "idea", "bid"})
PLACE_PREPS = frozenset({"in", "on", "at", "into", "near", "inside"})
DATE_PREPS = frozenset({"by", "in", "until", "before", "from"})
PLACE_CLASSES = frozenset({"Country", "Place"})


@relation_rule("deployment.verb", version=1, emits=("deploys", "locatedIn"))
def deployment_verb(ctx: ExtractionContext) -> Iterator[Fact]:
    """'X deploys/installs/builds S (in Y)', passives, relative clauses and 'S based in Y'."""
    for verb in tokens(ctx.doc):
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in DEPLOY_VERBS | PLACED_VERBS:
            continue
        placed = lemma in PLACED_VERBS
        polarity, modality = polarity_and_modality(verb)
        deployer = None if verb.lemma_.lower() in LOCATION_ONLY_VERBS else agent_of(ctx, verb)
        date = date_of(verb)
        for obj in objects_of(verb):
            system = node_for(ctx, obj)
            if system is None or system.entity.cls != "System":
                continue
            places = places_of(ctx, verb, obj, moved=placed)
            if placed and not places and not _in_an_area(verb, obj):
                continue
            if deployer is not None:
                yield ctx.fact(deployer, "deploys", system, verb, VERB_RULE, 0.85, polarity=polarity,
                               modality=modality, date=date, first_hand=_hosts(places))  # fmt: skip
            for place in places:
                yield ctx.fact(system, "locatedIn", place, verb, VERB_RULE, 0.8, polarity=polarity, modality=modality,
                               date=date, first_hand=_hosts(places), act_of=deployer)  # fmt: skip


@relation_rule("deployment.nominal", version=1, emits=("deploys", "locatedIn"))
def deployment_nominal(ctx: ExtractionContext) -> Iterator[Fact]:
    """'the deployment of S (in Y) (by 2015)', the deployer named around it."""
    for noun in tokens(ctx.doc):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in DEPLOY_NOUNS:
            continue
        inner = of_object(noun)
        if inner is None:
            continue
        system = node_for(ctx, noun)
        if system is None or system.entity.cls != "System":
            continue
        polarity, modality = polarity_and_modality(noun)
        frame = _enclosing_plan(noun)
        if frame is not None and frame.lemma_.lower() in IRREALIS_PLAN_NOUNS:
            modality = "hypothetical"
        date = date_of(noun) or date_of(inner)
        deployer, confidence = _deployer(ctx, noun, inner, frame)
        if deployer is not None:
            yield ctx.fact(deployer, "deploys", system, noun, NOMINAL_RULE, confidence,
                           polarity=polarity, modality=modality, date=date)  # fmt: skip
        places = places_of(ctx, noun, inner)
        for place in places:
            yield ctx.fact(system, "locatedIn", place, noun, NOMINAL_RULE, 0.75, polarity=polarity,
                           modality=modality, date=date, first_hand=_hosts(places), act_of=deployer)  # fmt: skip
        host = _host_country(ctx, noun)
        if host is not None and not places:
            yield ctx.fact(system, "locatedIn", host, noun, NOMINAL_RULE, 0.65,
                           polarity=polarity, modality=modality, date=date)  # fmt: skip


@relation_rule("deployment.based", version=1, emits=("locatedIn",))
def place_based(ctx: ExtractionContext) -> Iterator[Fact]:
    """'Romania-based U.S. interceptors': the compound names where the system is."""
    for based in tokens(ctx.doc):
        if based.lemma_.lower() != "base" or based.dep_ != "amod" or based.i == 0:
            continue
        if based.nbor(-1).text != "-":
            continue
        place = _place_mention(ctx, based.nbor(-2)) if based.i >= 2 else None
        system = node_for(ctx, based.head)
        if place is None or system is None or system.entity.cls != "System":
            continue
        polarity, modality = polarity_and_modality(based.head)
        yield ctx.fact(system, "locatedIn", place, based, BASED_RULE, 0.8, polarity=polarity, modality=modality)


# "kept the ship in the area", "moved troops to the region": a keeping verb deploys with a
# place, named or not.
AREA_NOUNS = frozenset({"area", "region", "waters", "sea", "border", "borders", "zone", "theatre", "gulf"})


def _in_an_area(*heads: Token) -> bool:
    """'in/into/to the area|region|waters' on any of ``heads``: a place, though not a named one."""
    return any(
        prep.dep_ == "prep" and prep.lower_ in PLACE_PREPS | {"to"} and pobj.dep_ == "pobj" and pobj.lower_ in AREA_NOUNS
        for head in heads
        for prep in head.children
        for pobj in prep.children
    )


def _hosts(places: list[Mention]) -> frozenset[str]:
    """The host countries of a deployment: their officials know it first hand."""
    return frozenset(p.entity.key for p in places if p.entity.cls == "Country")


def places_of(ctx: ExtractionContext, *heads: Token, moved: bool = False) -> list[Mention]:
    """Countries and places in 'in Y'/'on Y'/'at Y' phrases on any of ``heads`` (with 'Y and Z');
    ``moved``: also 'to Y', where a verb of moving ends."""
    found: dict[str, Mention] = {}
    preps = PLACE_PREPS | {"to"} if moved else PLACE_PREPS
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                for tok in [pobj, *pobj.conjuncts]:
                    place = _place_mention(ctx, tok)
                    if place is not None:
                        found.setdefault(place.entity.key, place)
        where = _where_clause_place(ctx, head)
        if where is not None:
            found.setdefault(where.entity.key, where)
    return list(found.values())


def date_of(head: Token) -> str | None:
    """The text of a 'by 2015' / 'in March 2016' phrase on ``head``: when the fact holds."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in DATE_PREPS:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            if pobj.ent_type_ == "DATE" or (pobj.like_num and len(pobj.text) == 4):
                span = [t for t in pobj.subtree if t.ent_type_ == "DATE" or t.i == pobj.i]
                return head.doc[span[0].i : span[-1].i + 1].text
    return None


def _deployer(ctx: ExtractionContext, noun: Token, inner: Token, frame: Token | None) -> tuple[Mention | None, float]:
    """Who deploys in a nominalisation, most explicit first.

    A "by" agent or an owner on the deployment itself ("the U.S. deployment of")
    names the actor, or the subject of a verb carrying it out ("the U.S. will complete
    the deployment of"); next the owner of an enclosing plan ("The U.S. agreements with
    Bucharest (the deployment of ...)"); last the owner of the system itself, which
    is usually but not always the deployer (a NATO radar deployed by the U.S.).
    """
    for prep in noun.children:
        if prep.dep_ in {"prep", "agent"} and prep.lower_ == "by":
            for pobj in prep.children:
                mention = ctx.mention(pobj)
                if mention is not None and mention.entity.cls in {"Country", "Organization"}:
                    return mention, 0.8
    own = owner_of(ctx, noun)
    if own is not None:
        return own, 0.8
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in CARRY_OUT_VERBS:
        doer = agent_of(ctx, noun.head)  # "the United States will complete the deployment of ..."
        if doer is not None and doer.entity.cls in {"Country", "Organization"}:
            return doer, 0.8
    if frame is not None:
        framed = owner_of(ctx, frame)
        if framed is not None:
            return framed, 0.7
    system_owner = owner_of(ctx, inner)
    return system_owner, 0.7


def _enclosing_plan(noun: Token) -> Token | None:
    """The plan noun a deployment phrase specifies, through appositions, conjuncts and prepositions."""
    node = noun
    for _ in range(8):
        if node.dep_ not in {"appos", "conj", "pobj", "prep"} or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return None
        if node_class(node) == "Plan":
            return node
    return None


def _host_country(ctx: ExtractionContext, noun: Token) -> Mention | None:
    """The country a deployment phrase is in apposition to: 'with Bucharest (the deployment of ...)'.

    News glosses an agreement partner with what the agreement puts there; the
    partner is then the host. The resolver already reads a capital acting as a
    state ("with Bucharest") as the country.
    """
    if noun.dep_ != "appos":
        return None
    mention = ctx.mention(noun.head)
    return mention if mention is not None and mention.entity.cls == "Country" else None


def _place_mention(ctx: ExtractionContext, tok: Token) -> Mention | None:
    """The place ``tok`` names, also through a kind of place named by its "of" phrase ('the city of Adana')."""
    mention = ctx.mention(tok)
    if mention is None and tok.lemma_.lower() in PLACE_KIND_NOUNS:
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        named = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        mention = ctx.mention(named) if named is not None else None
    return mention if mention is not None and mention.entity.cls in PLACE_CLASSES else None


def _where_clause_place(ctx: ExtractionContext, verb: Token) -> Mention | None:
    """'Deveselu, a former air base where the United States operates ...': the place 'where' stands for."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
        return None
    noun = verb.head
    for _ in range(7):  # "Deveselu, a former air base in the south of the country where ..."
        place = _place_mention(ctx, noun)
        if place is not None:
            return place
        if noun.dep_ not in {"pobj", "prep", "appos"} or noun.head.i == noun.i:
            return None
        noun = noun.head
    return None
