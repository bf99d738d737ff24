"""Which graph node a noun phrase names: an entity, a System, a Plan, or nothing.

Relation rules read their subjects and objects through here, so they all agree
on what counts as a node. A resolved entity is itself; "the deployment of X"
names X; a phrase headed by a plan or system noun becomes a Plan or System node
labelled by its descriptive words (see :mod:`kg.extract.common.labels`), with the
country or organisation it belongs to read separately by :func:`kg.extract.common.owners.owner_of`. A bare
head ("the plan", "the offer") is too vague to be a node: two paragraphs' "plan"
need not be the same thing, so it yields None and no fact is read from it. A
bare head with a named owner ("Labour's plans", "Tory plans", "Mr Brown's
proposals") is specific enough, and is labelled as the text names it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.common.actions import action_node
from kg.extract.common.labels import (
    complement_tokens,
    label_tokens,
    new_node,
    node_class,
)
from kg.lexicon import plan_nouns
from kg.extract.common.owners import OWNER_CLASSES, owner_of, plan_owner
from kg.resolve.countries import country_of_demonym

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.common.context import ExtractionContext
    from kg.types import Mention

# Nouns of doing that name their "of" object: "the deployment of X" is about X.
PROCESS_NOUNS = frozenset(
    {"deployment", "implementation", "construction", "installation", "stationing", "placement",
     "establishment", "creation", "building", "expansion", "extension"}
)  # fmt: skip
# Verbs of deploying, read by the deployment rules and by "the brigade" looking back to what they deployed
# ("instal" is how the small English model lemmatises "installed").
DEPLOY_VERBS = frozenset(
    {"deploy", "station", "install", "instal", "place", "build", "base", "establish", "position", "locate"}
)
# Plan words that may stand for any kind of plan named before ("the proposals" after "a bill to ...").
GENERIC_PLAN_NOUNS = frozenset({"plan", "proposal", "idea", "scheme", "initiative", "offer", "policy"})
# Complements that only name a plan with no other words ("a review of murder laws"); a
# described one keeps its short name ("an independent review of the costs" -> "independent review").
_NAMING_ONLY_PREPS = frozenset({"of", "into"})


# Words that end the name of a text of law or agreement, never of an organisation: "the Road Safety Bill".
LAW_WORDS = frozenset({"bill", "treaty", "accord", "pact", "amendment", "directive", "manifesto"})


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
    if head.pos_ == "VERB" and (head.tag_ == "VBG" or head.dep_ in {"acl", "relcl"} and head.head.pos_ == "NOUN" or _infinitive_of_verb(head)):
        return action_node(ctx, head)  # "supports raising the limit", "a call to publish the advice": the act is the plan
    if head.lemma_.lower() in PROCESS_NOUNS:
        inner = of_object(head)
        if inner is not None:
            return node_for(ctx, inner)
    cls = node_class(head)
    if cls is None or verb_taken_for_a_modifier(head):
        return None
    node = described_node(ctx, head, cls) or (_named_as(ctx, head) if cls == "System" else None)
    if node is None and cls == "Plan":
        return owned_plan(ctx, head)
    if node is None and cls == "System":
        # "U.S. missiles": a bare system noun is specific enough with an owner; the
        # owner goes into the node's identity so Russian missiles stay apart.
        owner = owner_of(ctx, head)
        if owner is not None:
            return new_node(ctx, head, cls, [head], of=owner.entity.key)
    return node


def _infinitive_of_verb(head: Token) -> bool:
    """'faces calls from the IMF [to raise] tariffs': an act asked for that the parse hangs on the verb."""
    return head.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)


# Stance verbs the small model reads as adjectives after "but"/"and": "supported X but [opposed] Y".
_STANCE_PARTICIPLES = frozenset({"opposed", "supported", "backed", "rejected", "welcomed", "condemned", "proposed"})


def verb_taken_for_a_modifier(head: Token) -> bool:
    """'... but opposed criminal penalties' parsed as the penalties being 'opposed': a verb, not the thing's name.

    The phrase is the object of a verb the parse lost, so it names nothing a rule may read.
    """
    first = next((c for c in head.lefts if c.dep_ == "amod"), None)
    if first is None or first.lower_ not in _STANCE_PARTICIPLES or first.i == 0:
        return False
    return head.doc[first.i - 1].dep_ == "cc" or head.doc[first.i - 1].lower_ in {"and", "but"}


def _named_as(ctx: ExtractionContext, head: Token) -> Mention | None:
    """'the missile, known as SLCM-N', 'the ship, the Oruc Reis': a bare system noun the text names."""
    for child in head.rights:
        if child.dep_ == "acl" and child.lemma_.lower() in {"know", "call", "name", "dub"}:
            named = [p for c in child.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj"]
            named += [c for c in child.children if c.dep_ == "oprd"]
        elif child.dep_ == "appos":
            named = [child]
        else:
            continue
        for tok in named:
            mention = ctx.mention(tok)
            if mention is not None and mention.entity.cls == "System":
                return mention
    return None


# "plans for ID cards", "plans to introduce ID cards", "sunset clause proposals": being for or
# against such plans is being for or against what they bring in, which names the node.
_PLANS_WORDS = frozenset({"plan", "proposal"})
_BRINGING_IN = frozenset({"introduce", "set", "build", "bring", "establish", "launch"})


def plans_topic(head: Token, words: list[Token], complement: list[Token]) -> list[Token]:
    """The words naming what plain 'plans'/'proposals' bring in, or [] when they name nothing more specific.

    Only a described thing counts (two words or more, no determiner, no people or places):
    "plans for the economy" or "plans for pensions" keep their own label.
    """
    if head.lemma_.lower() not in _PLANS_WORDS:
        return []
    if not complement and head.tag_ == "NNS" and len(words) == 3 and all(t.dep_ == "compound" for t in words[:-1]):
        return _described(words[:-1])  # "sunset clause proposals"
    if len(words) > 2:
        return []
    if complement and complement[0].lower_ == "for":
        topic = complement[1:]
    elif len(complement) > 2 and complement[0].lower_ == "to" and complement[1].lemma_.lower() in _BRINGING_IN:
        topic = [t for t in complement[2:] if t.dep_ != "prt"]
    else:
        return []
    return _described(topic)


def _described(topic: list[Token]) -> list[Token]:
    content = [t for t in topic if not t.is_punct]
    if len(content) < 2 or any(t.dep_ in {"det", "poss"} or t.ent_type_ in {"PERSON", "GPE", "LOC", "NORP"} for t in content):
        return []
    if content[-1].pos_ not in {"NOUN", "PROPN"} or any(t.text == "-" for t in topic):
        return []
    return topic


def described_node(ctx: ExtractionContext, head: Token, cls: str) -> Mention | None:
    """A ``cls`` node labelled by the phrase's descriptive words, None when the head stands alone."""
    words = label_tokens(ctx, head)
    if cls == "Plan":
        complement = complement_tokens(ctx, head)
        topic = plans_topic(head, words, complement)
        if topic:
            return new_node(ctx, head, cls, topic)
        if len(words) == 1 or not complement or complement[0].lower_ not in _NAMING_ONLY_PREPS:
            words += complement
    if len(words) < 2:
        return None
    if cls == "Plan":
        # Whose demand or plan it is, as the text says it: "the Russian demand to close the site".
        words = sorted([*words, *(t for t in head.lefts if t.dep_ == "amod" and country_of_demonym(t.text))], key=lambda t: t.i)
    return new_node(ctx, head, cls, words)


def owned_plan(ctx: ExtractionContext, head: Token) -> Mention | None:
    """'Labour's plans', 'Tory plans', 'Mr Brown's proposals': a bare plan noun made specific by its owner.

    The label is the owner as written plus the plan noun ("Tories' plans"), so
    different owners' plans stay apart and the node reads as the text named it.
    """
    owner = plan_owner(ctx, head)
    if owner is None:
        return None
    owner_tokens = [t for t in head.doc[owner.start : owner.end + 1] if t.dep_ not in {"det", "predet"}]
    return new_node(ctx, head, "Plan", sorted({*owner_tokens, *label_tokens(ctx, head)}, key=lambda t: t.i))


def _plan_word_taken_for_a_name(head: Token, mention: Mention) -> bool:
    """'the Bill' tagged as a person called Bill: a definite plan word is not a first name; nor is
    'the Road Safety Bill' an organisation: a name ending in a word for a text of law is a plan."""
    if mention.entity.cls == "Organization":
        return head.lower_ in LAW_WORDS and not any(c.dep_ in {"compound", "prep"} for c in head.rights)
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
    if mention.entity.cls not in OWNER_CLASSES or owner.i + 1 >= len(owner.doc):
        return None
    word = owner.doc[owner.i + 1]
    if word.pos_ != "VERB" or word.tag_ != "VBZ" or word.lemma_.lower() not in plan_nouns():
        return None
    if owner.head.i == word.i or word.head.i not in {owner.i, owner.head.i} or ctx.mention(word) is not None:
        return None
    return word


def of_object(noun: Token) -> Token | None:
    """The object of 'of' right after a noun: 'deployment [of] X' -> X."""
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


