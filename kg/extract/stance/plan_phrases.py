"""Plans named by the phrase a proposal words them in: 'a Timetable for Action', the items of
'plans for 100% debt relief for the poorest countries, a minimum wage for 16-year-olds and ...'.

A proposal's object is often a described common noun with no plan word ("a weekly payment
of £108"), or a list of them. Such a phrase is a plan only because a proposing frame
governs it, so only the proposal rules call these helpers; the label is the phrase without
its determiner, with its head and modifiers (and its form without leading figures) as
other names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.common.activities import dated
from kg.extract.common.labels import complement_tokens, label_tokens, new_node
from kg.extract.common.variants import joined
from kg.lexicon import stance_vocabulary
from kg.syntax import in_headline

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.common.context import ExtractionContext
    from kg.types import Mention

_HOLDERS = frozenset({"Person", "Country", "Organization"})
_NOT_ITEMS = frozenset({"DATE", "TIME", "PERSON", "GPE", "ORG", "NORP", "MONEY", "PERCENT", "CARDINAL"})
_LONGEST = 14


def described_plan(ctx: ExtractionContext, head: Token) -> Mention | None:
    """'a Timetable for Action', 'an annual limit on asylum': a described noun put forward as a plan.

    Not a named actor, a word of discourse or people (``not_policies``), an owned or
    demonstrative phrase ("his remarks", "that idea"), nor a lone word.
    """
    if head.pos_ not in {"NOUN", "PROPN"} or _actor(ctx, head) or _not_policy(head):
        return None
    if any(c.dep_ == "poss" or c.lower_ in {"this", "that", "these", "those"} for c in head.children):
        return None
    if any(c.dep_ == "nummod" or c.like_num for c in head.lefts):
        return None  # "would produce 100,000 Mini models": goods counted, not a plan
    words = label_tokens(ctx, head) + complement_tokens(ctx, head)
    return new_node(ctx, head, "Plan", sorted(set(words), key=lambda t: t.i)) if len(words) >= 2 else None


def phrase_plan(ctx: ExtractionContext, head: Token) -> Mention | None:
    """'more money', 'a minimum allowance', 'stronger powers to move on illegal settlements': the whole
    noun phrase, as written without its determiner and any clause or aside, named as a plan."""
    words = _trimmed([t for t in head.subtree if not _aside(t, head)])
    return list_item_plan(ctx, words) if words and words[-1].i - words[0].i + 1 == len(words) else None


def _aside(tok: Token, head: Token) -> bool:
    node = tok
    while node.i != head.i:
        if node.dep_ in {"relcl", "appos", "punct", "advcl", "conj", "cc"} and node.tag_ != "HYPH":
            return True  # a hyphen is part of the words it joins: "judge-led"
        if node.dep_ in {"npadvmod", "tmod"} and node.ent_type_ in {"DATE", "TIME"} or dated(node):
            return True  # "proposed a moratorium on whaling [last week]", "[on Monday]": when, not what
        node = node.head
    return False


def whole_of_part(head: Token) -> Token | None:
    """'the first part [of the Tory manifesto]', 'details [of the plan]': the plan a part of it stands for."""
    if head.lemma_.lower() not in stance_vocabulary()["plan_parts"]:
        return None
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None


def listed_items(plans: Token) -> list[list[Token]]:
    """The phrases a plan word's 'for' lists: 'plans for [X], [a Y for Z] and [the creation of W]'.

    The parse of a long list is seldom right, so the list is split on its words: at commas,
    and at 'and'/'or' before a new determiner or before a noun with its own complement
    after an item that has one ("children's centres and flexibility in maternity leave").
    """
    prep = next((c for c in plans.rights if c.dep_ == "prep" and c.lower_ == "for"), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if pobj is None:
        return []
    doc = plans.doc
    end = max(plans.right_edge.i, pobj.right_edge.i)
    words = []
    for tok in doc[pobj.left_edge.i : end + 1]:
        if tok.text in {";", ":", "(", "--"} or tok.tag_ in {"WDT", "WP"} or tok.tag_ in {"VBD", "VBZ", "VBP", "MD"}:
            break  # a clause of its own: the list has ended
        words.append(tok)
    items: list[list[Token]] = [[]]
    for tok in words:
        if tok.text == "," or (tok.dep_ == "cc" and _new_item(tok, items[-1])):
            items.append([])
        elif tok.dep_ != "cc" or items[-1]:
            items[-1].append(tok)
    return [trimmed for item in items if (trimmed := _trimmed(item))]


def _new_item(cc: Token, current: list[Token]) -> bool:
    if cc.i + 1 >= len(cc.doc):
        return False
    after = cc.doc[cc.i + 1]
    if after.dep_ == "det" or after.tag_ == "PRP$":
        return True
    if not any(t.dep_ == "prep" for t in current):
        return False
    for tok in cc.doc[after.i : min(after.i + 4, len(cc.doc) - 1)]:  # "and [new powers] for councils"
        if tok.pos_ not in {"ADJ", "NOUN", "PROPN"}:
            return False
        if tok.pos_ == "NOUN" and cc.doc[tok.i + 1].pos_ == "ADP":
            return True
    return False


def _trimmed(item: list[Token]) -> list[Token]:
    while item and (item[0].dep_ in {"det", "predet", "cc"} or item[0].is_punct):
        item = item[1:]
    while item and (item[-1].dep_ in {"cc", "prep", "det"} or item[-1].is_punct):
        item = item[:-1]
    return item


def list_item_plan(ctx: ExtractionContext, item: list[Token]) -> Mention | None:
    """The plan one list item names, labelled by its words ('national minimum wage for 16 and 17-year-olds')."""
    if len(item) < 2 or len(item) > _LONGEST:
        return None
    inside = {t.i for t in item}
    heads = [t for t in item if t.head.i not in inside or t.head.i == t.i]
    # "flexibility in maternity leave" with "in" hung on an earlier item: the first outside-headed noun heads it
    head = heads[0] if heads and all(t.dep_ == "prep" and t.i > heads[0].i for t in heads[1:]) else None
    if head is None or head.pos_ != "NOUN" or _actor(ctx, head) or _not_policy(head) or head.ent_type_ in _NOT_ITEMS:
        return None
    if any(t.pos_ in {"VERB", "AUX"} and t.tag_ not in {"VBG", "VBN"} for t in item):
        return None
    if any((m := ctx.mention(t)) is not None and m.entity.cls == "Person" for t in item):
        return None
    doc = head.doc
    label = doc[item[0].i : item[-1].i + 1].text
    names = {joined(label_tokens(ctx, head) + complement_tokens(ctx, head))}
    unfigured = [t for t in item if not (t.i < head.i and (t.like_num or t.text in {"%", "£", "$"}))]
    names.add(doc[unfigured[0].i : unfigured[-1].i + 1].text)
    short = [t for t in item if t.i <= head.i and not (t.like_num or t.text in {"%", "£", "$"})]
    if len(short) >= 2:
        names.add(joined(short))
    return ctx.new_mention(doc[item[0].i : item[-1].i + 1], "Plan", label, aliases=frozenset(n for n in names if n))


def _actor(ctx: ExtractionContext, head: Token) -> bool:
    mention = ctx.mention(head)
    return mention is not None and mention.entity.cls in _HOLDERS


def _not_policy(head: Token) -> bool:
    return head.lemma_.lower() in stance_vocabulary()["not_policies"]


def described_bare(head: Token) -> bool:
    """'ethnic minority shortlists', 'tougher sentences': a plural with words of its own, not 'talks', or a noun with a
    comparative; in a headline, which drops its articles, any described noun ('Brown calls for [new Aids fund]')."""
    if head.tag_ == "NNS" and any(c.dep_ in {"amod", "compound"} and c.pos_ in {"ADJ", "NOUN", "PROPN"} for c in head.lefts):
        return True
    if any(t.dep_ == "amod" and t.tag_ == "JJR" and t.lower_ not in {"more", "less", "fewer"} for t in head.subtree if t.i < head.i):
        return True  # "pledged [better] school discipline", "called for [greater] transparency": a change asked for
    return any(c.dep_ in {"amod", "compound", "nummod", "nmod"} for c in head.lefts) and in_headline(head)
