"""The words a System or Plan node is labelled with, as the text names it.

"the U.S. missile defense system" -> "missile defense system"; "the Communications Data
Bill" keeps its proper name; "a plan to cut student visas" keeps what the plan is for;
determiners, owners, amounts and words of opinion ("controversial", "so-called") go.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from kg.extract.common.amounts import is_amount
from kg.extract.common.comparatives import judging_comparative
from kg.extract.common.actions import action_words, gerund_object
from kg.extract.common.activities import activity_complement, dated
from kg.extract.common.variants import core_name, joined, phrase_names, plan_variants, short_names
from kg.lexicon import plan_nouns, system_nouns, word_list
from kg.resolve.countries import country_of_demonym
from kg.resolve.typing_context import is_designation
from kg.syntax import POSSESSIVE

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.common.context import ExtractionContext
    from kg.types import Mention

# Modifiers that describe a plan's status or the writer's view, not which plan it is.
VAGUE_MODIFIERS = frozenset({"new", "old", "latest", "current", "existing", "proposed", "planned", "controversial",
    "so-called", "such", "own", "other", "same", "former", "possible", "future", "whole", "entire", "full", "main",
    "major", "recent", "very", "much", "further", "similar"})  # fmt: skip
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
_COMPLEMENT_PREPS = frozenset({"on", "for", "against", "of", "into"})  # what a plan is about: "a ban on", "calls for"
# Nouns that name no topic: "her plans on the issue"; "defended the plans against criticism" (what against).
_TOPICLESS = frozenset({"issue", "issues", "matter", "subject", "question", "area", "problem", "way", "thing",
                        "criticism", "critics", "attack", "attacks", "claims", "accusations"})  # fmt: skip
_AMOUNT_ENTITIES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
_OWNER_CLASSES, _HOLDER_CLASSES = frozenset({"Country", "Organization"}), frozenset({"Person", "Country", "Organization"})
_CHANGES = frozenset({"reform", "overhaul", "review", "restructuring", "reorganisation", "audit", "privatisation", "merger", "abolition", "sale", "takeover"})


def node_class(head: Token) -> str | None:
    """'Plan' or 'System' when ``head`` is a plan or system noun, else None."""
    if (head.pos_ not in {"NOUN", "PROPN"} and not _plural_noun_tagged_verb(head)) or _describes_person(head):
        return None
    words = {head.lemma_.lower(), head.lower_}
    if words & plan_nouns() or _wrapper_with_complement(head) or _named_act(head):
        return "Plan"
    if words & system_nouns() and not _not_a_system(head):
        return "Plan" if _arrangement(head) else "System"
    return None


def _plural_noun_tagged_verb(head: Token) -> bool:
    """'for the government's aviation expansion [plans]': a plural noun the small model tags as a verb, in a noun's place."""
    return head.tag_ == "VBZ" and head.dep_ in {"pobj", "dobj", "nsubj", "nsubjpass"} and head.lower_[:-1] in plan_nouns()


def _named_act(head: Token) -> bool:
    """'the Hunting Act', 'the Criminal Justice Act': 'Act' is a law only as the end of a name."""
    return head.text == "Act" and any(c.dep_ == "compound" and c.text[:1].isupper() for c in head.lefts)


# Nouns that are a plan only with what they are for: "a call for a quota", "the decision to honour both men".
_PLAN_WITH_COMPLEMENT = frozenset({"call", "decision", "bid", "push", "pledge", "promise", "commitment", "move", "attempt"})


def _wrapper_with_complement(head: Token) -> bool:
    if head.lemma_.lower() not in _PLAN_WITH_COMPLEMENT:
        return False
    if head.lemma_.lower() == "decision" and any(c.dep_ == "poss" for c in head.children):
        return False  # "his decision to quit": a person's own choice, not a policy
    for child in head.rights:
        if child.dep_ == "prep" and (child.lower_ == "for" and head.lemma_.lower() not in {"decision", "promise"}
                                     or child.lower_ == "of" and head.lemma_.lower() in {"promise", "pledge"}):  # "promises of X"
            return any(c.dep_ == "pobj" for c in child.children)
        if child.dep_ in {"acl", "relcl"} and child.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            # "a pledge not to deploy", "a bid to cut it": no act, or one on something unnamed, is no plan
            return not any(c.dep_ == "neg" or (c.dep_ == "dobj" and c.pos_ == "PRON") for c in child.children)
    return False


def _arrangement(head: Token) -> bool:
    """'points system', 'asylum system', 'legal system': a 'system' that is a scheme, not a weapon or installation.

    A system is equipment only when a modifier says so ("missile defence system", "radar
    system") or names it ("the Aegis system", "S-400 system").
    """
    if head.lemma_.lower() == "facility":  # "the International Finance Facility", "a credit facility": money lent, no site
        return any(c.lower_ in {"finance", "financing", "credit", "loan", "lending", "borrowing", "funding"} for c in head.lefts)
    if head.lemma_.lower() != "system":
        return False
    modifiers = [t for c in head.lefts if c.dep_ in MODIFIER_DEPS for t in c.subtree]
    return bool(modifiers) and not any(
        t.lemma_.lower() in system_nouns() or t.lower_ in _equipment_words() or t.pos_ == "PROPN" or any(ch.isdigit() for ch in t.text)
        for t in modifiers
    )


@lru_cache(maxsize=1)
def _equipment_words() -> frozenset[str]:
    return word_list("equipment_words.txt")


# Compounds whose head is a system noun but which name no weapon or installation.
_NOT_SYSTEMS = frozenset(
    {("think", "tank"), ("police", "station"), ("radio", "station"), ("television", "station"), ("tv", "station"),
     ("polling", "station"), ("petrol", "station"), ("social", "network"), ("web", "site"), ("fan", "base"),
     ("tax", "base"), ("power", "base"), ("voter", "base"), ("support", "base"), ("customer", "base"),
     ("evidence", "base"), ("skills", "base"), ("skill", "base")}
)  # fmt: skip


def _not_a_system(head: Token) -> bool:
    """'think tank', 'polling station', 'tax base': a system noun in a compound that names something else."""
    before = head.doc[head.i - 1] if head.i > 0 else None
    return before is not None and (before.lower_, head.lemma_.lower()) in _NOT_SYSTEMS


def label_tokens(ctx: ExtractionContext, head: Token) -> list[Token]:
    """The head and its compound/adjective modifiers, without determiners, owners and vague words."""
    if _named_act(head):  # "the Anti-Terrorism, Crime and Security Act": the name as written
        return [t for t in head.doc[_name_start(head) : head.i + 1] if t.dep_ not in {"det", "predet", "poss", "case"}]
    kept = [head]
    for child in head.lefts:
        designation = child.dep_ == "nummod" and (is_designation(head.doc[child.left_edge.i : child.right_edge.i + 1].text) or is_amount(child))  # "F-35 jets", "£105m"
        if (child.dep_ not in MODIFIER_DEPS and not designation) or _is_place_participle(child):
            continue
        if part_of_proper_name(head, child):
            # "the Communications Data Bill": the model may tag "Communications Data" as an
            # organisation, but capitalised words right before a capitalised plan noun are its name.
            kept.extend(t for t in child.subtree if _name_start(head) <= t.i < head.i)
            continue
        kept.extend(_whole_words(ctx, list(child.subtree)))
    return sorted(kept, key=lambda t: t.i)


def _name_start(head: Token) -> int:
    """First token of the run of capitalised words ending at ``head``."""
    i, doc = head.i, head.doc
    while i > head.sent.start:
        if doc[i - 1].text[:1].isupper() and doc[i - 1].tag_ != "POS":
            i -= 1
        elif doc[i - 1].text in _NAME_JOINERS and i - 2 >= head.sent.start and doc[i - 2].text[:1].isupper():
            i -= 1  # "the Anti-Terrorism, Crime and Security Act": a name's own commas and "and"
        else:
            break
    return i


_NAME_JOINERS = frozenset({",", "and", "of", "&", "-"})


def part_of_proper_name(head: Token, child: Token) -> bool:
    return (
        head.pos_ == "PROPN"
        and head.text[:1].isupper()
        and child.dep_ == "compound"
        and all(t.text[:1].isupper() or t.text in _NAME_JOINERS for t in child.subtree)
        and country_of_demonym(child.text) is None
    )


def complement_tokens(ctx: ExtractionContext, head: Token) -> list[Token]:
    """What a plan is about: 'a ban [on smoking]', 'a review [of murder laws]', 'a plan [to cut student visas]'."""
    for clause in head.rights:
        if clause.dep_ in {"acl", "xcomp", "relcl"} and clause.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            obj = next((c for c in clause.children if c.dep_ in {"dobj", "ccomp", "oprd", "dative"}), None)
            if obj is not None:
                to = next(c for c in clause.children if c.dep_ == "aux" and c.lower_ == "to")
                negation = [c for c in clause.children if c.dep_ == "neg"]  # "a pledge [not] to deploy"
                # the act with all it acts on: "an initiative to make factories and offices [safer]"
                doing = action_words(clause)
                if len(doing) < 2:
                    return []  # "plans to make [it easier to ...]": a bare verb names no plan
                return sorted([to, *negation, *doing], key=lambda t: t.i)
    for prep in head.rights:
        if prep.dep_ != "prep" or prep.lower_ not in _COMPLEMENT_PREPS:
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.pos_ not in {"NOUN", "PROPN"} or pobj.ent_type_ in _AMOUNT_ENTITIES or pobj.lower_ in _TOPICLESS:
            return []  # "a cut of 10%", "a freeze until 2008": an amount or a date, not a topic
        mention = ctx.mention(pobj)
        done_to = prep.lower_ == "of" and head.lemma_.lower() in _CHANGES
        if prep.lower_ in {"of", "for"} and mention is not None and mention.entity.cls in _HOLDER_CLASSES and not done_to:
            # "the plan of the government" names an owner ("reform of the UN" what it changes); "a demand for Turkey" whom it is made of,
            # which names the plan only with what they are to do: "a demand for Turkey to recognise Cyprus"
            act = next((c for c in pobj.children if c.dep_ in {"acl", "relcl"} and any(a.lower_ == "to" for a in c.children)), None)
            if prep.lower_ == "of" or act is None:
                return []
            to = next(a for a in act.children if a.lower_ == "to")
            return [prep, *(t for t in pobj.subtree if ctx.mention(t) is mention), to, *action_words(act)]
        if mention is not None:
            return [prep, *(t for t in pobj.subtree if ctx.mention(t) is mention)]
        # "plans for a cap [on donations]", "a ban on hunting [with dogs]"
        inner = complement_tokens(ctx, pobj) if node_class(pobj) == "Plan" else activity_complement(pobj)
        return [prep, *label_tokens(ctx, pobj), *inner]
    described = described_by_clause(head)
    if described is not None and len(label_tokens(ctx, head)) == 1 and head.lemma_.lower() not in _REFERRING_HEADS:
        doing = action_words(described)  # a bare head named by its clause: "an accord [giving the islands more autonomy]"
        return doing if len(doing) >= 2 else []  # "the ban [thwarted] on Wednesday": a bare verb names nothing
    return []


# Plan words that, with a clause, still refer back to a plan named before ("the plan drawn up with X").
_REFERRING_HEADS = frozenset({"plan", "proposal", "bill", "package", "scheme", "offer", "demand", "idea", "initiative", "request"})


def described_by_clause(head: Token) -> Token | None:
    """The clause that says which plan a head is: 'an accord [giving X Y]', 'measures [unveiled by Z]',
    'a legal system [that protects whistleblowers]'; None when there is none or it names no act."""
    for clause in head.rights:
        if clause.dep_ not in {"acl", "relcl"} or clause.pos_ != "VERB" or any(c.lower_ == "to" for c in clause.children):
            continue
        if any(t.is_punct for t in head.doc[head.i + 1 : clause.left_edge.i]):
            return None  # "the bill, unveiled by X": an aside about a plan named before
        relative = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ in {"WDT", "WP"}]
        if clause.dep_ == "relcl" and (not relative or clause.tag_ not in {"VBZ", "VBP", "VBD"}):
            return None  # "the plan Labour tabled": the clause says whose, read elsewhere
        # "had its bid to block the ban [thwarted on Wednesday]": a date says when, not what the clause acts on
        acts_on = any(
            (c.dep_ in {"dobj", "dative", "agent", "prep", "oprd"} and not dated(c)) or gerund_object(clause, c)
            for c in clause.children
        )
        return clause if acts_on and clause.tag_ in {"VBG", "VBN", "VBZ", "VBP", "VBD"} else None
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
        if parts and is_designation("".join(t.text for t in group)) and not _owner(ctx, parts[0]):
            kept.extend(group)  # "W76-2", "F-35": a designation, though it ends in a number
        elif parts and all(_descriptive(ctx, t, in_word=len(parts) > 1) for t in parts):
            kept.extend(group)
    return kept


def _descriptive(ctx: ExtractionContext, tok: Token, *, in_word: bool = False) -> bool:
    """Whether ``tok`` describes the thing; ``in_word``: it is part of a hyphenated word, where
    the parser's "advmod" ("early" in "early-warning") is part of the word, not a comment."""
    if is_amount(tok):
        return True  # "a 50% tax rate", "a 22-week limit", "£35bn cuts": the figure says which plan
    if tok.dep_ == "cc" and tok.head.dep_ == "amod":  # "a firm [but] fair policy": the pair's joining word
        return any(c.dep_ == "conj" and c.i > tok.i for c in tok.head.children)
    if tok.dep_ in {"det", "poss", "case", "predet", "nummod", "punct", "cc"} and tok.text != "-" and not (in_word and tok.dep_ == "det"):
        return False  # but "across-[the]-board" is one word
    if tok.dep_ == "advmod" and not in_word and tok.lower_ not in {"less", "more"}:
        return False  # "very", "highly" comment; "[less] red tape" says which way
    if tok.is_punct and tok.text != "-" or tok.text in POSSESSIVE or tok.like_num:
        return False
    if tok.lower_ in VAGUE_MODIFIERS or tok.tag_ == "JJS" or tok.tag_ == "JJR" and judging_comparative(tok):
        return False  # "a better deal" judges; "better pensions" in a list, "a lower limit", "tougher sentences" say which
    return not _owner(ctx, tok) and country_of_demonym(tok.text) is None


def _owner(ctx: ExtractionContext, tok: Token) -> bool:
    mention = ctx.mention(tok)
    return mention is not None and mention.entity.cls in _OWNER_CLASSES


def _is_place_participle(modifier: Token) -> bool:
    """'Romania-based': a location, not part of the thing's name."""
    return modifier.lemma_.lower() == "base" and modifier.pos_ == "VERB"


def new_node(ctx: ExtractionContext, head: Token, cls: str, words: list[Token], of: str | None = None) -> Mention:
    label = joined(words)
    start = head.left_edge.i
    while start < head.i and (head.doc[start].is_punct or head.doc[start].dep_ in {"det", "predet"}):
        start += 1
    end = max(head.i, words[-1].i) + 1
    aliases: frozenset[str] = frozenset()
    if cls == "Plan":
        aliases = plan_variants(head, words) | _with_clause(head, words) | short_names(head, words, lambda t: label_tokens(ctx, t)) | core_name(head, words)
        aliases |= phrase_names(head)  # the wordings the text itself gives the phrase, whole and shortened
    return ctx.new_mention(head.doc[start:end], cls, label, of=of, aliases=aliases)


def _with_clause(head: Token, words: list[Token]) -> frozenset[str]:
    """The label with the clause that describes it, as another name: 'legal system that protects whistleblowers'."""
    clause = described_by_clause(head)
    if clause is None or clause in words:
        return frozenset()
    rest = [t for t in clause.subtree if not t.is_punct]
    return frozenset({joined([*words, *rest])}) if len(rest) <= 10 else frozenset()


def _describes_person(head: Token) -> bool:
    return head.dep_ == "appos" and head.head.ent_type_ == "PERSON"  # "Lord Allen - a senior law lord -": no plan
