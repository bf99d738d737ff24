"""Which graph node a noun phrase names: an entity, a System, a Plan, or nothing.

Relation rules read their subjects and objects through here, so they all agree
on what counts as a node. A resolved entity is itself; "the deployment of X"
names X; a phrase headed by a plan or system noun becomes a Plan or System node
labelled by its descriptive words ("the U.S. missile defense system" ->
"missile defense system"), with the country or organisation it belongs to read
separately by ``owner_of``. A bare head ("the plan", "the offer") is too vague
to be a node: two paragraphs' "plan" need not be the same thing, so it yields
None and no fact is read from it. A bare head with a named owner ("Labour's
plans", "Tory plans", "Mr Brown's proposals") is specific enough, and is
labelled as the text names it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from kg.lexicon import word_list
from kg.resolve.countries import country_of_demonym
from kg.syntax import POSSESSIVE
from kg.types import Entity, Mention

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.context import ExtractionContext

# Nouns of doing that name their "of" object: "the deployment of X" is about X.
PROCESS_NOUNS = frozenset(
    {"deployment", "implementation", "construction", "installation", "stationing", "placement",
     "establishment", "creation", "building", "expansion", "extension"}
)  # fmt: skip
# Modifiers that describe a plan's status or the writer's view, not which plan it is.
VAGUE_MODIFIERS = frozenset(
    {"new", "old", "latest", "current", "existing", "proposed", "planned", "controversial",
     "so-called", "such", "own", "other", "same", "former", "possible", "future", "whole",
     "entire", "full", "main", "major", "recent", "very", "much", "further", "similar"}
)  # fmt: skip
# Plan words that may stand for any kind of plan named before ("the proposals" after "a bill to ...").
GENERIC_PLAN_NOUNS = frozenset({"plan", "proposal", "idea", "scheme", "initiative", "offer"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
# Prepositions introducing what a plan is about: "a ban on", "calls for", "a review of", "an inquiry into".
_COMPLEMENT_PREPS = frozenset({"on", "for", "against", "of", "into"})
# Nouns that name no topic: "her plans on the issue" says no more than "her plans".
_TOPICLESS = frozenset({"issue", "issues", "matter", "subject", "question", "area", "problem", "way", "thing"})
# Complements that only name a plan with no other words ("a review of murder laws"); a
# described one keeps its short name ("an independent review of the costs" -> "independent review").
_NAMING_ONLY_PREPS = frozenset({"of", "into"})
_AMOUNT_ENTITIES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
_OWNER_CLASSES = frozenset({"Country", "Organization"})
_HOLDER_CLASSES = frozenset({"Person", "Country", "Organization"})
_POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her"})


class Owner(NamedTuple):
    """Who owns a plan, and the first and last token (inclusive) of the words naming them."""

    mention: Mention
    start: int
    end: int


@lru_cache(maxsize=None)
def plan_nouns() -> frozenset[str]:
    """Head nouns that make a noun phrase a Plan ('plan', 'bill', 'treaty')."""
    return word_list("plan_nouns.txt")


@lru_cache(maxsize=None)
def system_nouns() -> frozenset[str]:
    """Head nouns that make a noun phrase a System ('radar', 'base', 'missile')."""
    return word_list("system_nouns.txt")


def node_class(head: Token) -> str | None:
    """'Plan' or 'System' when ``head`` is a plan or system noun, else None."""
    if head.pos_ not in {"NOUN", "PROPN"}:
        return None
    words = {head.lemma_.lower(), head.lower_}
    if words & plan_nouns():
        return "Plan"
    if words & system_nouns():
        return "System"
    return None


def node_for(ctx: ExtractionContext, head: Token) -> Mention | None:
    """The node the noun phrase headed by ``head`` names, or None when it names nothing specific."""
    mention = ctx.mention(head)
    if mention is not None and _plan_word_taken_for_a_name(head, mention):
        mention = None
    if mention is not None:
        misparsed = _plan_word_after_owner(ctx, head, mention)
        if misparsed is None:
            return mention
        return described_node(ctx, misparsed, "Plan") or owned_plan(ctx, misparsed)
    if head.lemma_.lower() in PROCESS_NOUNS:
        inner = of_object(head)
        if inner is not None:
            return node_for(ctx, inner)
    cls = node_class(head)
    if cls is None:
        return None
    node = described_node(ctx, head, cls)
    if node is None and cls == "Plan":
        return owned_plan(ctx, head)
    if node is None and cls == "System":
        # "U.S. missiles": a bare system noun is specific enough with an owner; the
        # owner goes into the node's identity so Russian missiles stay apart.
        owner = owner_of(ctx, head)
        if owner is not None:
            return _new_node(ctx, head, cls, [head], of=owner.entity.key)
    return node


def described_node(ctx: ExtractionContext, head: Token, cls: str) -> Mention | None:
    """A ``cls`` node labelled by the phrase's descriptive words, None when the head stands alone."""
    words = label_tokens(ctx, head)
    if cls == "Plan":
        complement = complement_tokens(ctx, head)
        if len(words) == 1 or not complement or complement[0].lower_ not in _NAMING_ONLY_PREPS:
            words += complement
    if len(words) < 2:
        return None
    if cls == "Plan":
        # Whose demand or plan it is, as the text says it: "the Russian demand to close the site".
        words = sorted([*words, *(t for t in head.lefts if t.dep_ == "amod" and country_of_demonym(t.text))], key=lambda t: t.i)
    return _new_node(ctx, head, cls, words)


def owned_plan(ctx: ExtractionContext, head: Token) -> Mention | None:
    """'Labour's plans', 'Tory plans', 'Mr Brown's proposals': a bare plan noun made specific by its owner.

    The label is the owner as written plus the plan noun ("Tories' plans"), so
    different owners' plans stay apart and the node reads as the text named it.
    """
    owner = plan_owner(ctx, head)
    if owner is None:
        return None
    owner_tokens = [t for t in head.doc[owner.start : owner.end + 1] if t.dep_ not in {"det", "predet"}]
    return _new_node(ctx, head, "Plan", sorted({*owner_tokens, *label_tokens(ctx, head)}, key=lambda t: t.i))


def plan_owner(ctx: ExtractionContext, head: Token) -> Owner | None:
    """Whose plan ``head`` is, as a token range: a possessive person, party or country, or a party/country modifier."""
    for child in head.lefts:
        if child.dep_ == "poss":
            mention = ctx.mention(child)
            if mention is not None and mention.entity.cls in _HOLDER_CLASSES:
                tokens_ = list(child.subtree)
                return Owner(mention, tokens_[0].i, tokens_[-1].i)
    for child in head.lefts:
        if child.dep_ == "compound" and child.i == head.i - 1 and not _part_of_proper_name(head, child):
            mention = ctx.mention(child)
            if mention is not None and mention.entity.cls in _OWNER_CLASSES:
                tokens_ = [t for t in child.subtree if ctx.mention(t) is mention]
                return Owner(mention, tokens_[0].i, tokens_[-1].i)
    for child in head.lefts:
        if child.dep_ == "amod" and child.i == head.i - 1:
            country = _demonym_country(ctx, child)  # "the American plans"
            if country is not None:
                return Owner(country, child.i, child.i)
    previous = head.doc[head.i - 1] if head.i > 0 else None
    if previous is not None and head.pos_ == "VERB" and previous.head.i != head.i:
        # the misparse of "attacked Tory plans": owner and plan are siblings, not subject and verb
        mention = ctx.mention(previous)
        if mention is not None and mention.entity.cls in _OWNER_CLASSES:
            first = previous
            while first.i > 0 and ctx.mention(head.doc[first.i - 1]) is mention:
                first = head.doc[first.i - 1]
            return Owner(mention, first.i, previous.i)
    return None


def _plan_word_taken_for_a_name(head: Token, mention: Mention) -> bool:
    """'the Bill' tagged as a person called Bill: a definite plan word is not a first name."""
    return (
        mention.entity.cls == "Person"
        and head.lower_ in plan_nouns()
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    )


def _plan_word_after_owner(ctx: ExtractionContext, owner: Token, mention: Mention) -> Token | None:
    """'attacked Tory plans to ...' parsed as 'attacked [Tory] [plans]': the plan word the owner modifies.

    The small model often tags a plural plan noun after a party name as a verb and hangs
    both on the clause; the phrase is still the party's plans, not the party.
    """
    if mention.entity.cls not in _OWNER_CLASSES or owner.i + 1 >= len(owner.doc):
        return None
    word = owner.doc[owner.i + 1]
    if word.pos_ != "VERB" or word.tag_ != "VBZ" or word.lemma_.lower() not in plan_nouns():
        return None
    if owner.head.i == word.i or word.head.i not in {owner.i, owner.head.i} or ctx.mention(word) is not None:
        return None
    return word


def label_tokens(ctx: ExtractionContext, head: Token) -> list[Token]:
    """The head and its compound/adjective modifiers, without determiners, owners and vague words."""
    kept = [head]
    for child in head.lefts:
        if child.dep_ not in _MODIFIER_DEPS or _is_place_participle(child):
            continue
        if _part_of_proper_name(head, child):
            # "the Communications Data Bill": the model may tag "Communications Data" as an
            # organisation, but capitalised words right before a capitalised plan noun are its name.
            kept.extend(t for t in child.subtree if _name_start(head) <= t.i < head.i)
            continue
        kept.extend(_whole_words(ctx, list(child.subtree)))
    return sorted(kept, key=lambda t: t.i)


def _name_start(head: Token) -> int:
    """First token of the run of capitalised words ending at ``head``."""
    i = head.i
    while i > head.sent.start and head.doc[i - 1].text[:1].isupper() and head.doc[i - 1].tag_ != "POS":
        i -= 1
    return i


def _part_of_proper_name(head: Token, child: Token) -> bool:
    return (
        head.pos_ == "PROPN"
        and head.text[:1].isupper()
        and child.dep_ == "compound"
        and all(t.text[:1].isupper() or t.text == "-" for t in child.subtree)
        and country_of_demonym(child.text) is None
    )


def complement_tokens(ctx: ExtractionContext, head: Token) -> list[Token]:
    """What a plan is about: 'a ban [on smoking]', 'a review [of murder laws]', 'a plan [to cut student visas]'."""
    for clause in head.rights:
        if clause.dep_ in {"acl", "xcomp"} and clause.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
            if obj is not None:
                to = next(c for c in clause.children if c.dep_ == "aux" and c.lower_ == "to")
                negation = [c for c in clause.children if c.dep_ == "neg"]  # "a pledge [not] to deploy"
                words = [to, *negation, clause, *(t for t in obj.subtree if not t.is_punct and not t.is_space)]
                return sorted(words, key=lambda t: t.i)
    for prep in head.rights:
        if prep.dep_ != "prep" or prep.lower_ not in _COMPLEMENT_PREPS:
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.pos_ not in {"NOUN", "PROPN"} or pobj.ent_type_ in _AMOUNT_ENTITIES or pobj.lower_ in _TOPICLESS:
            return []  # "a cut of 10%", "a freeze until 2008": an amount or a date, not a topic
        mention = ctx.mention(pobj)
        if prep.lower_ == "of" and (mention is not None and mention.entity.cls in _HOLDER_CLASSES):
            return []  # "the plan of the government" names an owner, not what the plan is about
        if mention is not None:
            return [prep, *(t for t in pobj.subtree if ctx.mention(t) is mention)]
        inner = complement_tokens(ctx, pobj) if node_class(pobj) == "Plan" else []  # "plans for a cap [on donations]"
        return [prep, *label_tokens(ctx, pobj), *inner]
    return []


def owner_of(ctx: ExtractionContext, head: Token) -> Mention | None:
    """The country or organisation a noun phrase names as its owner: 'Russia's', 'U.S.', 'American'."""
    for child in head.lefts:
        if child.dep_ == "poss":
            mention = ctx.mention(child)
            if mention is not None and mention.entity.cls in _OWNER_CLASSES:
                return mention
    for child in head.lefts:
        if child.dep_ not in _MODIFIER_DEPS:
            continue
        for tok in child.subtree:
            mention = ctx.mention(tok)
            if mention is not None and mention.entity.cls in _OWNER_CLASSES:
                return mention
            demonym = _demonym_country(ctx, tok)
            if demonym is not None:
                return demonym
    for child in head.rights:  # "the missile defense system of the United States"
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                mention = ctx.mention(pobj) if pobj.dep_ == "pobj" else None
                if mention is not None and mention.entity.cls in _OWNER_CLASSES:
                    return mention
    return None


def possessive_pronoun(head: Token) -> Token | None:
    """An unresolved 'its'/'their' owning ``head``, which news uses for the clause's subject."""
    return next((c for c in head.lefts if c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS), None)


def of_object(noun: Token) -> Token | None:
    """The object of 'of' right after a noun: 'deployment [of] X' -> X."""
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _whole_words(ctx: ExtractionContext, tokens: list[Token]) -> list[Token]:
    """The descriptive tokens, keeping or dropping a hyphenated word ('anti-missile', 'all-out') whole."""
    groups: list[list[Token]] = []
    for tok in tokens:
        previous = groups[-1][-1] if groups else None
        if previous is not None and tok.i == previous.i + 1 and not previous.whitespace_ and "-" in (tok.text, previous.text):
            groups[-1].append(tok)
        else:
            groups.append([tok])
    kept: list[Token] = []
    for group in groups:
        parts = [t for t in group if t.text != "-"]
        if parts and all(_descriptive(ctx, t) for t in parts):
            kept.extend(group)
    return kept


def _descriptive(ctx: ExtractionContext, tok: Token) -> bool:
    if tok.dep_ in {"det", "poss", "case", "predet", "nummod", "punct", "cc", "advmod"} and tok.text != "-":
        return False
    if tok.is_punct and tok.text != "-" or tok.text in POSSESSIVE or tok.like_num:
        return False
    if tok.lower_ in VAGUE_MODIFIERS or tok.tag_ in {"JJS", "JJR"}:
        return False
    mention = ctx.mention(tok)
    if mention is not None and mention.entity.cls in _OWNER_CLASSES:
        return False
    return country_of_demonym(tok.text) is None


def _is_place_participle(modifier: Token) -> bool:
    """'Romania-based': a location, not part of the thing's name."""
    return modifier.lemma_.lower() == "base" and modifier.pos_ == "VERB"


def _demonym_country(ctx: ExtractionContext, tok: Token) -> Mention | None:
    if tok.pos_ not in {"ADJ", "PROPN", "NOUN"}:
        return None
    country = country_of_demonym(tok.text)
    if country is None:
        return None
    key = f"country:{country.lower()}"
    entity = ctx.entities.entities.setdefault(key, Entity(key, "Country", country))
    return Mention(tok.text, tok.idx, tok.idx + len(tok.text), entity)


def _new_node(ctx: ExtractionContext, head: Token, cls: str, words: list[Token], of: str | None = None) -> Mention:
    label = ""
    doc = head.doc
    for prev, tok in zip([None, *words], words):
        if prev is None or (prev.i + 1 == tok.i and not prev.whitespace_):
            joiner = ""
        elif prev.i + 2 == tok.i and doc[prev.i + 1].text == "-" and not prev.whitespace_:
            joiner = "-"  # a hyphen the parse hung elsewhere: "anti-missile"
        else:
            joiner = " "
        label += joiner + tok.text
    start = head.left_edge.i
    while start < head.i and (head.doc[start].is_punct or head.doc[start].dep_ in {"det", "predet"}):
        start += 1
    end = max(head.i, words[-1].i) + 1
    return ctx.new_mention(head.doc[start:end], cls, label, of=of)
