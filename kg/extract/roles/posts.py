"""Who holds which role, and for whom: holdsRole, roleOf, heads, worksFor, memberOf.

Reads a title before a name ("Deputy Defense Minister Anatoly Antonov"), an
apposition after it ("Ryabkov, Russia's deputy foreign minister") and a copula
("X is the party's leader"); "X, who heads Y", "who sits on the committee" and
"his Turkish counterpart, Y" are read by :mod:`kg.extract.roles.clauses`. Whose
role it is comes from a country or organisation named in the title ("U.S. Under
Secretary", "Labour MP"), a possessive ("Russia's") or an "of Y" complement. A
post the text says was held once or is yet to be ("former", "prospective", "when
he was Home Secretary") is not read as held; :mod:`kg.extract.roles.wording` finds
where a post's words start and stop (:mod:`kg.extract.roles.labels` how its label is spelled), and
:mod:`kg.extract.roles.owners` whose post 'Its', 'the country's' or 'the
alliance's' means. A post in a party makes its holder a member of the party.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.extract.common.modality import negated
from kg.extract.common.registry import relation_rule
from kg.extract.roles.labels import wording_tokens
from kg.extract.roles.people import named_person_heads, relative_antecedent
from kg.extract.roles.naming import figurative, group_title, occupation_owner, one_of, role_mention, seat_words, singular, title_before_comma
from kg.extract.roles.owners import is_party, party_of_member_word
from kg.extract.roles.tenure import NOT_CURRENT, ended_by_event, not_current
from kg.extract.roles.wording import MEMBER_WORDS, STYLES, role_phrase, title_joined_before, trim_title
from kg.syntax import is_title_word, title_before, tokens
from kg.types import Fact, Mention

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from kg.extract.common.context import ExtractionContext

HEAD_WORDS = {"head", "chairman", "chairwoman", "chair", "director", "chief", "leader", "president", "premier", "governor", "mayor"}
# Words a title may add and still name the head of the whole organisation: "director general".
WHOLE_WORDS = {"general", "party", "national"}
NOT_HEAD = {"deputy", "vice", "assistant", "shadow", "former", "acting", "under", "associate", "co"}
# Words that say how two people relate, not which post one holds: "my counterpart" is
# read for the title after it ("... Deputy Foreign Minister Ryabkov"), never as a role.
RELATIVE_WORDS = {"counterpart", "counterparts"}

# Ordinals rank the person in a series: "the third Conservative MP to defect" names no post.
_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"})


def is_description(head: Token) -> bool:
    """'the youngest MP ever elected', 'the first MP to be elected' describe the person; it names no post."""
    ranked = any(t.lower_ in _ORDINALS for t in head.lefts)
    return ranked or any(t.tag_ in {"JJS", "RBS"} for t in head.subtree if t.i < head.i) or any(
        c.dep_ in {"relcl", "acl"} and any(a.lower_ == "to" and a.dep_ in {"aux", "auxpass"} for a in c.children)
        for c in head.rights
    )


@relation_rule("roles.title_before_name", version=1, emits=("holdsRole", "roleOf", "heads", "worksFor", "memberOf"))
def title_before_name(ctx: ExtractionContext) -> Iterator[Fact]:
    """'U.S. Under Secretary for Arms Control ... Ellen Tauscher', 'Labour MP Jane Smith'."""
    for person, span in named_person_heads(ctx):
        found = title_before(ctx.doc, span.start)
        if found is None or ended_by_event(span.root):
            continue
        title = trim_title(ctx, ctx.doc[found[0] : found[1]])
        if title is None:
            continue
        wording, owner = title
        yield from role_facts(ctx, person, wording, owner, span.root, "roles.title_before_name/1", 0.9)


@relation_rule("roles.apposition", version=1, emits=("holdsRole", "roleOf", "heads", "worksFor", "memberOf"))
def apposition(ctx: ExtractionContext) -> Iterator[Fact]:
    """'Ryabkov, Russia's deputy foreign minister'; 'Jane Smith, head of the agency'."""
    for person, span in named_person_heads(ctx):
        root = span.root
        if root.dep_ == "compound" and root.head.i == span.end and root.head.text in MEMBER_SUFFIXES:
            root = root.head  # "Tom Ashby MP, Labour's Chief Secretary": the apposition hangs on "MP"
        titles = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            titles.append(one_of(root.head))  # "The chief inspector of schools, David Bell, said"
        titles += title_before_comma(root, span)
        group = group_title(root)  # "five barristers - Ann Lee QC, Tom Hart and ...": each of them
        if group is not None and all(t.i != group.i for t in titles):
            titles.append(group)
        for appos in list(titles):
            party = party_of_member_word(ctx, appos) if appos.dep_ == "appos" and appos.head.i == root.i else None
            if party is not None and not ended_by_event(root) and not negated(root):
                # "Lena Marsh, a California Democrat, ...": a member of the party
                yield ctx.fact(person, "memberOf", party, appos, "roles.apposition/1", 0.8, presupposed=True)
            titles.extend(_second_titles(appos))
        for appos in titles:
            if not (is_title_word(appos) or group is not None and appos.i == group.i) or appos.pos_ == "PROPN" and ctx.mention(appos) is not None:
                continue
            if appos.dep_ == "pobj" and appos.head.lower_ == "as" or is_description(appos) or ended_by_event(root) or figurative(appos):
                continue  # "her predecessor as Chief Whip, Lord Hale" held it before
            role = role_phrase(ctx, appos)
            if role is not None:
                wording, owner = role
                yield from role_facts(ctx, person, wording, owner, appos, "roles.apposition/1", 0.85)


def _second_titles(title: Token) -> list[Token]:
    """'the shadow environment secretary and Tory MP for Stroud Vale': a second post after 'and'.

    Only a title word with no name of its own: "the defence secretary and Ann Lee, ..."
    joins another person, not a second post.
    """
    if not is_title_word(title):
        return []
    return [t for t in [title_joined_before(title)] if t is not None] + [  # "a [QC] and international law professor"
        c
        for c in title.rights
        if c.dep_ == "conj"
        and is_title_word(c)
        and (c.ent_type_ != "PERSON" or c.text in MEMBER_SUFFIXES)
        and not any(g.dep_ == "appos" for g in c.children)
        and any(g.dep_ == "cc" and g.lower_ == "and" for g in title.children)
    ]


@relation_rule("roles.copula", version=1, emits=("holdsRole", "roleOf", "heads", "worksFor", "memberOf"))
def copula(ctx: ExtractionContext) -> Iterator[Fact]:
    """'Smith is the party's chairman', 'she has become foreign minister'."""
    for tok in tokens(ctx.doc):
        if tok.lemma_ not in {"be", "become"} or negated(tok) or not _now(tok):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        attr = next((c for c in tok.children if c.dep_ in {"attr", "acomp", "oprd"}), None)
        if subj is None or attr is None or not (is_title_word(attr) or attr.lower_ in POSTS_AT):
            continue
        if subj.lower_ in {"who", "that"} and tok.dep_ == "relcl":
            subj = relative_antecedent(tok)  # "Edward Leigh, who is chairman of the committee"
        person = ctx.mention(subj)
        if person is None or person.entity.cls != "Person":
            continue
        if not is_title_word(attr) and not _post_at(ctx, attr):
            continue
        role = role_phrase(ctx, attr)
        if role is None:
            continue
        wording, owner = role
        if is_description(attr):
            continue  # "she is the youngest MP to be elected"
        if owner is None and not any(t.text[:1].isupper() for t in wording) and not _portfolio_named(attr):
            continue  # "he is a key member", "a prudent chancellor": a description, not a post
        yield from role_facts(ctx, person, wording, owner, tok, "roles.copula/1", 0.75)


def _portfolio_named(head: Token) -> bool:
    """'the new home secretary', 'international development secretary': a post named by its portfolio.

    A noun before the title says which post it is; an adjective alone ("a prudent
    chancellor", "a key member") only describes the person, as does a superlative.
    """
    return any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in head.lefts)


def _now(copula: Token) -> bool:
    """'is', 'are', 'has become': a post held now; 'was', 'became', 'has been' tell a life story.

    "She then became party secretary", "when he was defence minister", "has
    been an adviser to ...": the text does not say the person holds the post today.
    """
    if copula.tag_ in {"VBZ", "VBP"}:
        return not any(c.dep_ == "mark" for c in copula.children) or copula.dep_ not in {"advcl"}
    perfect = any(c.dep_ == "aux" and c.lower_ in {"has", "have", "'s", "'ve"} for c in copula.children)
    return copula.lemma_ == "become" and copula.tag_ == "VBN" and perfect


MEMBER_SUFFIXES = {"MP", "MEP", "MSP", "AM", "MLA", "TD"}


@relation_rule("roles.member_after_name", version=1, emits=("holdsRole",))
def member_after_name(ctx: ExtractionContext) -> Iterator[Fact]:
    """'Margaret Moran MP', 'Alyn Smith MEP': the parliament a member sits in, written after the name."""
    for person, span in named_person_heads(ctx):
        after = ctx.doc[span.end] if span.end < len(ctx.doc) else None
        if after is not None and after.text in MEMBER_SUFFIXES and not _seat_before_member(ctx, span):
            yield from role_facts(ctx, person, ctx.doc[after.i : after.i + 1], None, after, "roles.member_after_name/1", 0.85)


def _seat_before_member(ctx: ExtractionContext, span: Span) -> bool:
    """'Euro MP Robert Kilroy-Silk', 'a minister and Bolton West MP': the words before 'MP' are no person holding it.

    'MP' is a title when a name follows it; a name after an article or after 'and' joined
    to a title is the seat the member sits for.
    """
    doc = ctx.doc
    after = doc[span.end + 1] if span.end + 1 < len(doc) else None
    if after is not None and after.pos_ == "PROPN" and (ctx.mention(after) or after.ent_type_ == "PERSON"):
        return True
    before = doc[span.start - 1] if span.start > 0 else None
    if before is None:
        return False
    return before.pos_ == "DET" or before.lower_ == "and" and span.start > 1 and is_title_word(doc[span.start - 2])


# Posts named by a noun that is no title on its own: "a senior fellow at the Hudson Institute".
POSTS_AT = {"fellow"}


def _post_at(ctx: ExtractionContext, head: Token) -> bool:
    """'a senior fellow at the Hudson Institute': the noun is a post when an organisation it is at is named."""
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in {"at", "of"}:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            named = ctx.mention(pobj) if pobj is not None else None
            if named is not None and named.entity.cls == "Organization":
                return True
    return False


@relation_rule("roles.person_of_org", version=1, emits=("worksFor",))
def person_of_org(ctx: ExtractionContext) -> Iterator[Fact]:
    """'Shi Liming at the Institute of Mechanics', 'Judge Ann Lee of the Circuit Court'.

    A weaker reading than a title: the preposition may attach elsewhere, so the
    confidence is lower and the organisation must be named right after the name.
    """
    for person, span in named_person_heads(ctx):
        for prep in span.root.rights:
            if prep.dep_ != "prep" or prep.lower_ not in {"of", "at", "with"} or prep.i != span.end:
                continue
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            org = ctx.mention(pobj) if pobj is not None else None
            if org is not None and org.entity.cls == "Organization" and not negated(span.root):
                yield ctx.fact(person, "worksFor", org, prep, "roles.person_of_org/1", 0.6)


def role_facts(
    ctx: ExtractionContext,
    person: Mention,
    wording: Span,
    owner: Mention | None,
    anchor: Token,
    rule: str,
    confidence: float,
) -> Iterator[Fact]:
    kept = wording_tokens(wording)
    if not kept or not_current(kept) or kept[-1].lower_ in RELATIVE_WORDS:
        return  # "former Conservative leader William Hague" does not hold the post now
    if all(singular(t).lower() in STYLES for t in kept):
        return  # "Prince Charles": a style of address, not a post
    parties: list[Mention] = []
    while owner is not None and len(kept) > 1:
        party = _member_party(ctx, kept[0], owner)
        if party is None:
            break
        parties.append(party)  # "the committee's Republican chairman": the committee's post, held by a Republican
        kept.pop(0)
    owner = occupation_owner(kept, owner)
    seat = seat_words(ctx, kept)
    role = role_mention(ctx, kept[seat:], owner, kept[:seat])
    named = rule != "roles.copula/1"  # a title or apposition names; a copula claims
    yield ctx.fact(person, "holdsRole", role, anchor, rule, confidence, presupposed=named)
    for party in parties:
        yield ctx.fact(person, "memberOf", party, anchor, rule, confidence - 0.05, presupposed=named)
    if owner is None:
        return
    yield ctx.fact(role, "roleOf", owner, anchor, rule, confidence, presupposed=named)
    words = {t.lower_ for t in wording}
    head = singular(kept[-1]).lower() if kept[-1].lower_ not in {"for", "of"} else wording.root.lower_
    if head == "general" and len(kept) > 1:
        head = kept[-2].lower_  # "director general" heads the federation
    if owner.entity.cls != "Organization":
        return
    leads = head in HEAD_WORDS and not words & NOT_HEAD and _whole_organisation(kept, head) and (head == "leader" or not is_party(owner))
    if head in MEMBER_WORDS or is_party(owner) and not leads:  # "Tory MP", "Tory chairman": members; only its leader heads a party
        yield ctx.fact(person, "memberOf", owner, anchor, rule, confidence - 0.05)
    elif leads:
        yield ctx.fact(person, "heads", owner, anchor, rule, confidence - 0.1)
    else:
        yield ctx.fact(person, "worksFor", owner, anchor, rule, confidence - 0.1)


def _member_party(ctx: ExtractionContext, tok: Token, owner: Mention) -> Mention | None:
    """A party word before a post another body owns: 'the committee's [Republican] chairman'."""
    named = ctx.mention(tok)
    if named is not None:
        return named if is_party(named) and named.entity.key != owner.entity.key else None
    party = party_of_member_word(ctx, tok)
    return party if party is not None and not is_party(owner) else None


def _whole_organisation(kept: list[Token], head: str) -> bool:
    """'Tory leader' heads the party; 'Holyrood leader', 'committee chairman', 'leader in the Lords' lead a part of it."""
    scoped = any(c.dep_ == "prep" and c.lower_ in {"in", "at"} for t in kept for c in t.rights)
    return not scoped and all(t.lower_ in WHOLE_WORDS or t.lower_ == head for t in kept)

