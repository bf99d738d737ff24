"""Who holds which role, and for whom: holdsRole, roleOf, heads, worksFor, memberOf.

Reads a title before a name ("Deputy Defense Minister Anatoly Antonov"), an
apposition after it ("Ryabkov, Russia's deputy foreign minister"), a copula
("X is the party's leader") and "X, who heads Y". Whose role it is comes from
a country or organisation named in the title ("U.S. Under Secretary", "Labour
MP"), a possessive ("Russia's") or an "of Y" complement.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.extract.modality import negated
from kg.extract.registry import relation_rule
from kg.lexicon import honorifics
from kg.syntax import POSSESSIVE, is_capitalised, is_title_word, title_before, tokens
from kg.types import Fact, Mention

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from kg.extract.context import ExtractionContext

HEAD_WORDS = {"head", "chairman", "chairwoman", "chair", "director", "chief", "leader", "president", "premier", "governor", "mayor"}
MEMBER_WORDS = {"mp", "mep", "msp", "member", "senator", "councillor", "congressman", "congresswoman", "delegate"}
NOT_HEAD = {"deputy", "vice", "assistant", "shadow", "former", "acting", "under", "associate", "co"}
PAST_MARKERS = {"former", "ex", "ex-", "late", "then", "outgoing", "erstwhile"}
# Words that say how two people relate, not which post one holds: "my counterpart" is
# read for the title after it ("... Deputy Foreign Minister Ryabkov"), never as a role.
RELATIVE_WORDS = {"counterpart", "counterparts"}
HEAD_VERBS = {"head", "lead", "chair", "run", "direct"}


def _named_person_heads(ctx: ExtractionContext) -> Iterator[tuple[Mention, Span]]:
    """Each named person mention with its token span (pronouns and descriptions excluded)."""
    seen: set[int] = set()
    for mention in ctx.entities.mentions:
        if mention.entity.cls != "Person" or not mention.text[:1].isupper() or mention.start in seen:
            continue
        span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or is_title_word(span[0]) and len(span) == 1:
            continue
        seen.add(mention.start)
        yield mention, span


@relation_rule("roles.title_before_name", version=1, emits=("holdsRole", "roleOf", "heads", "worksFor", "memberOf"))
def title_before_name(ctx: ExtractionContext) -> Iterator[Fact]:
    """'U.S. Under Secretary for Arms Control ... Ellen Tauscher', 'Labour MP Jane Smith'."""
    for person, span in _named_person_heads(ctx):
        found = title_before(ctx.doc, span.start)
        if found is None:
            continue
        title = _trim_title(ctx, ctx.doc[found[0] : found[1]])
        if title is None:
            continue
        wording, owner = title
        yield from _role_facts(ctx, person, wording, owner, span.root, "roles.title_before_name/1", 0.9)


@relation_rule("roles.apposition", version=1, emits=("holdsRole", "roleOf", "heads", "worksFor", "memberOf"))
def apposition(ctx: ExtractionContext) -> Iterator[Fact]:
    """'Ryabkov, Russia's deputy foreign minister'; 'Jane Smith, head of the agency'."""
    for person, span in _named_person_heads(ctx):
        root = span.root
        titles = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            titles.append(root.head)  # "The chief inspector of schools, David Bell, said"
        for appos in titles:
            if not is_title_word(appos) or appos.pos_ == "PROPN" and ctx.mention(appos) is not None:
                continue
            role = _role_phrase(ctx, appos)
            if role is not None:
                wording, owner = role
                yield from _role_facts(ctx, person, wording, owner, appos, "roles.apposition/1", 0.85)


@relation_rule("roles.copula", version=1, emits=("holdsRole", "roleOf", "heads", "worksFor", "memberOf"))
def copula(ctx: ExtractionContext) -> Iterator[Fact]:
    """'Smith is the party's chairman', 'she became foreign minister'."""
    for tok in tokens(ctx.doc):
        if tok.lemma_ not in {"be", "become"} or negated(tok):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        attr = next((c for c in tok.children if c.dep_ in {"attr", "acomp", "oprd"}), None)
        if subj is None or attr is None or not is_title_word(attr):
            continue
        if subj.lower_ in {"who", "that"} and tok.dep_ == "relcl":
            subj = tok.head  # "Edward Leigh, who is chairman of the committee"
        person = ctx.mention(subj)
        if person is None or person.entity.cls != "Person":
            continue
        role = _role_phrase(ctx, attr)
        if role is None:
            continue
        wording, owner = role
        if owner is None and not any(t.text[:1].isupper() for t in wording):
            continue  # "he was a key member", "a prudent chancellor": a description, not a post
        yield from _role_facts(ctx, person, wording, owner, tok, "roles.copula/1", 0.75)


MEMBER_SUFFIXES = {"MP", "MEP", "MSP", "AM", "MLA", "TD"}


@relation_rule("roles.member_after_name", version=1, emits=("holdsRole",))
def member_after_name(ctx: ExtractionContext) -> Iterator[Fact]:
    """'Margaret Moran MP', 'Alyn Smith MEP': the parliament a member sits in, written after the name."""
    for person, span in _named_person_heads(ctx):
        after = ctx.doc[span.end] if span.end < len(ctx.doc) else None
        if after is not None and after.text in MEMBER_SUFFIXES:
            yield from _role_facts(ctx, person, ctx.doc[after.i : after.i + 1], None, after, "roles.member_after_name/1", 0.85)


@relation_rule("roles.who_heads", version=1, emits=("heads",))
def who_heads(ctx: ExtractionContext) -> Iterator[Fact]:
    """'Arbatov, who heads the International Security Center' and 'X heads Y'."""
    for tok in ctx.doc:
        if tok.lemma_ not in HEAD_VERBS or tok.pos_ != "VERB" or negated(tok):
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None:
            continue
        org = ctx.mention(obj)
        if org is None or org.entity.cls != "Organization":
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in {"who", "that"} and tok.dep_ == "relcl":
            subj = tok.head
        person = ctx.mention(subj) if subj is not None else None
        if person is not None and person.entity.cls == "Person":
            yield ctx.fact(person, "heads", org, tok, "roles.who_heads/1", 0.85)


@relation_rule("roles.person_of_org", version=1, emits=("worksFor",))
def person_of_org(ctx: ExtractionContext) -> Iterator[Fact]:
    """'Shi Liming at the Institute of Mechanics', 'Judge Ann Lee of the Circuit Court'.

    A weaker reading than a title: the preposition may attach elsewhere, so the
    confidence is lower and the organisation must be named right after the name.
    """
    for person, span in _named_person_heads(ctx):
        for prep in span.root.rights:
            if prep.dep_ != "prep" or prep.lower_ not in {"of", "at", "with"} or prep.i != span.end:
                continue
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            org = ctx.mention(pobj) if pobj is not None else None
            if org is not None and org.entity.cls == "Organization" and not negated(span.root):
                yield ctx.fact(person, "worksFor", org, prep, "roles.person_of_org/1", 0.6)


def _trim_title(ctx: ExtractionContext, title: Span) -> tuple[Span, Mention | None] | None:
    """Split 'U.S. Under Secretary for ...' into the owner (United States) and the wording."""
    owner: Mention | None = None
    start = title.start
    doc = ctx.doc
    while start < title.end:
        tok = doc[start]
        named = ctx.mention(tok)
        if named is not None and named.entity.cls in {"Country", "Organization"}:
            owner = named
            start += 1
            continue
        if tok.text in POSSESSIVE or tok.tag_ == "POS" or tok.text == "New":
            start += 1  # "New Home Secretary Charles Clarke": the role is Home Secretary
            continue
        demonym = ctx.entities.demonym_country(tok, join=False) if tok.pos_ in {"ADJ", "PROPN"} else None
        if demonym is not None:
            owner = demonym
            start += 1
            continue
        break
    # "my Russian counterpart Deputy Foreign Minister": keep the capitalised title.
    for i in range(start, title.end - 1):
        if doc[i].is_lower and is_title_word(doc[i]) and is_capitalised(doc[i + 1]):
            start = i + 1
    if start >= title.end or not any(is_title_word(t) for t in doc[start : title.end]):
        return None
    return doc[start : title.end], owner


def _role_phrase(ctx: ExtractionContext, head: Token) -> tuple[Span, Mention | None] | None:
    """The wording of a role noun phrase and its owner (possessive or 'of Y')."""
    doc = ctx.doc
    owner: Mention | None = None
    words = [c for c in head.lefts if c.dep_ in {"amod", "compound", "nmod", "poss"}]
    for child in list(words):
        named = ctx.mention(child)
        demonym = ctx.entities.demonym_country(child, join=False)
        if named is not None and named.entity.cls in {"Country", "Organization"}:
            owner = named
            words.remove(child)
        elif demonym is not None:
            owner = demonym
            words.remove(child)
    end = head.i + 1
    of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in {"of", "for", "at"}), None)
    if of is not None:
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None)
        named = ctx.mention(pobj) if pobj is not None else None
        if named is not None and named.entity.cls in {"Country", "Organization"}:
            owner = named
        elif pobj is not None and of.lower_ in {"of", "for"} and _portfolio(pobj):
            end = pobj.right_edge.i + 1  # "director of public prosecutions", "Secretary of State for the Family"
    start = min([w.left_edge.i for w in words if w.dep_ != "poss"] + [head.i])
    span = doc[start:end]
    return span, owner


def _portfolio(pobj: Token) -> bool:
    """A complement that names what the post is for: common nouns, no people, no quotes or clauses."""
    subtree = list(pobj.subtree)
    return (
        len(subtree) <= 6
        and all(t.pos_ in {"NOUN", "PROPN", "ADJ", "ADP", "DET", "CCONJ"} and t.ent_type_ != "PERSON" for t in subtree)
        and not any(t.dep_ in {"relcl", "acl"} for t in subtree)
    )


def _role_facts(
    ctx: ExtractionContext,
    person: Mention,
    wording: Span,
    owner: Mention | None,
    anchor: Token,
    rule: str,
    confidence: float,
) -> Iterator[Fact]:
    kept = [t for t in wording if t.text not in POSSESSIVE and t.tag_ != "POS"]
    while len(kept) > 1 and kept[-1].lower_.rstrip(".") in honorifics():
        kept.pop()  # "Archbishop of Canterbury Dr Rowan Williams": "Dr" is not part of the post
    before = wording.doc[wording.start - 1].lower_ if wording.start > 0 else ""
    if not kept or kept[0].lower_ in PAST_MARKERS or before in PAST_MARKERS:
        return  # "former Conservative leader William Hague" does not hold the post now
    if kept[-1].lower_ in RELATIVE_WORDS:
        return
    label = "".join(t.text_with_ws for t in kept).strip()  # keeps "co-chairman" whole
    role = ctx.new_mention(wording.doc[kept[0].i : kept[-1].i + 1], "Role", label, of=owner.entity.key if owner else None)
    named = rule != "roles.copula/1"  # a title or apposition names; a copula claims
    yield ctx.fact(person, "holdsRole", role, anchor, rule, confidence, presupposed=named)
    if owner is None:
        return
    yield ctx.fact(role, "roleOf", owner, anchor, rule, confidence, presupposed=named)
    words = {t.lower_ for t in wording}
    head = wording[-1].lower_ if wording[-1].lower_ not in {"for", "of"} else wording.root.lower_
    if owner.entity.cls != "Organization":
        return
    if head in MEMBER_WORDS:
        yield ctx.fact(person, "memberOf", owner, anchor, rule, confidence - 0.05)
    elif head in HEAD_WORDS and not words & NOT_HEAD:
        yield ctx.fact(person, "heads", owner, anchor, rule, confidence - 0.1)
    else:
        yield ctx.fact(person, "worksFor", owner, anchor, rule, confidence - 0.1)
