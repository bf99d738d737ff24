"""The wording of a post as the text gives it.

Helpers of :mod:`kg.extract.roles.posts`: where a title phrase starts and ends, whose post
it is and how its label is spelled. Whether the text says it is held now is
:mod:`kg.extract.roles.tenure`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.roles.owners import party_of_member_word, possessor_owner
from kg.extract.roles.tenure import NOT_CURRENT
from kg.lexicon import honorifics, name_prefixes, office_words
from kg.resolve.countries import country_of_capital
from kg.syntax import POSSESSIVE, TITLE_MODIFIERS, is_capitalised, is_title_word, joins_a_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from kg.extract.common.context import ExtractionContext
    from kg.types import Mention

# What a minister is minister of, which the small model may tag as an organisation on its own.
_PORTFOLIOS = frozenset({"economics", "economy", "commerce", "industry", "trade", "finance", "defence", "defense", "foreign", "home",
                         "health", "education", "energy", "environment", "transport", "justice", "interior", "culture", "agriculture",
                         "employment", "development", "communications", "technology", "science", "sport", "housing", "welfare", "labour"})  # fmt: skip
_RANKS = frozenset({"deputy", "vice", "acting", "interim", "junior", "assistant", "chief", "senior"})  # "deputy Prime Minister"
# Royal and noble styles are how a person is addressed, not a post they hold: "Prince Charles".
STYLES = frozenset({"prince", "princess", "duke", "duchess", "earl", "countess", "lord", "lady", "baron", "baroness", "sheikh"})
# Words that count or set apart several holders of a post: "five other barristers".
GROUP_WORDS = frozenset({"other", "several", "many", "some", "both", "all", "fellow", "two", "three", "four", "five"})
# Heads of posts that sit for a place: "the MP for Henley" is an MP, the place is no part of the post.
MEMBER_WORDS = frozenset({"mp", "mep", "msp", "member", "senator", "councillor", "congressman", "congresswoman", "delegate"})
# Posts of a city or council, never of the country whose capital names them.
LOCAL_POSTS = frozenset({"mayor", "councillor", "alderman", "provost"})
# Nouns that stand for an organisation named earlier: "chairman of the organisation".
BODIES = frozenset(
    {"organisation", "organization", "group", "party", "company", "firm", "body", "agency", "union",
     "charity", "association", "committee", "commission", "board", "council", "department", "campaign"}
)  # fmt: skip


def trim_title(ctx: ExtractionContext, title: Span) -> tuple[Span, Mention | None] | None:
    """Split 'U.S. Under Secretary for ...' into the owner (United States) and the wording."""
    doc = ctx.doc
    start, owner = owner_before(ctx, title, _after_stray_nouns(ctx, title))
    later = _last_capitalised_title(doc, start, title.end)
    if later != start:
        # "Committee chairman Labour MP X": of two titles the one next to the name, with its own
        # owner; "my Russian counterpart Deputy Foreign Minister": the owner named before stays.
        start, own = owner_before(ctx, title, later)
        owner = own or owner
    end = title.end
    if owner is None:
        end, owner = _owner_after(ctx, doc[start : title.end])
    if start >= end or not any(is_title_word(t) for t in doc[start:end]):
        return None
    return doc[start:end], owner


def owner_before(ctx: ExtractionContext, title: Span, start: int) -> tuple[int, Mention | None]:
    """The country, organisation or party named at the front of a title from ``start``, and where its wording starts."""
    owner: Mention | None = None
    doc = ctx.doc
    while start < title.end:
        tok = doc[start]
        named = ctx.mention(tok)
        if named is not None and _portfolio_word(named, tok) and tok.i + 1 < title.end:
            break
        if named is not None and named.entity.cls in {"Country", "Organization"}:
            if owner is not None and owner is not named and doc[start - 1].tag_ == "POS":
                break  # "the Green Party's Holyrood leader": the post is the party's, at Holyrood
            if owner is not None and owner.entity.cls == "Organization" and named.entity.cls == "Country":
                break  # "Amnesty International UK director": a post in the organisation's UK branch
            if not (named.entity.cls == "Country" and _city_post(named, title)):
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
        party = party_of_member_word(ctx, tok) if owner is None and start + 1 < title.end else None
        if party is not None:
            owner = party  # "Democratic Senator Ann Rowe" sits for the party, as "Labour MP" does
            start += 1
            continue
        break
    named_before = ctx.mention(doc[start - 1]) if start > title.start else None
    if owner is not None and owner.entity.cls == "Organization" and named_before is owner and not doc[start - 1].ent_id_:
        # "Fair Votes Abroad director": the model's name stopped short, and the capitalised
        # words after it that are no office vocabulary are the rest of the organisation's name.
        # A party's name is known whole ("Labour Europe spokesman" keeps "Europe").
        while start < title.end - 1 and ctx.mention(doc[start]) is None and _rest_of_a_name(doc[start]):
            start += 1
    return start, owner


def _portfolio_word(named: Mention, tok: Token) -> bool:
    """'[Economics] Minister', '[Commerce] and Industry Minister' (not the ruler's party in "Labour MP", which has an id)."""
    return named.entity.cls == "Organization" and named.text.lower() in _PORTFOLIOS and not tok.ent_id_


def _last_capitalised_title(doc: Doc, start: int, end: int) -> int:
    """Where the title next to the name starts: after a lower-case title word, plural or describing noun before a capitalised word.

    "my Russian counterpart Deputy Foreign Minister", "their cabinet colleagues Foreign
    Secretary X", "committee chairman Labour MP X", "political rival Chancellor X" (not "deputy
    Prime Minister", not "health Secretary"); an honorific before the name is no title ("London mayor Mr X").
    """
    stop = end
    while stop > start and doc[stop - 1].lower_.rstrip(".") in honorifics():
        stop -= 1
    for i in range(start, stop - 1):
        describing = doc[i].tag_ in {"NN", "JJ"} and is_title_word(doc[i + 1]) and doc[i].lower_ not in TITLE_MODIFIERS | _RANKS | NOT_CURRENT | office_words()
        if doc[i].is_lower and (is_title_word(doc[i]) or doc[i].tag_ == "NNS" or describing) and is_capitalised(doc[i + 1]):
            start = i + 1
    return start


def _owner_after(ctx: ExtractionContext, title: Span) -> tuple[int, Mention | None]:
    """'head of the troubled Child Support Agency': the organisation after 'of' owns the post; its words stay in the post's name."""
    doc = title.doc
    for prep in title:
        if prep.lower_ not in {"of", "at"} or prep.i == title.start or not is_title_word(doc[prep.i - 1]):
            continue
        rest = [t for t in doc[prep.i + 1 : title.end] if not (t.lower_ == "the" or t.is_lower and t.pos_ == "ADJ")]
        named = ctx.mention(rest[0]) if rest else None
        if named is not None and named.entity.cls in {"Country", "Organization"} and all(ctx.mention(t) is named for t in rest):
            if named.entity.cls == "Country" and _city_post(named, title):
                break
            return title.end, named  # the post's full name: "Chairman of the Environmental Audit Committee"
    return title.end, None


def _after_stray_nouns(ctx: ExtractionContext, title: Span) -> int:
    """'After the announcement [WLGA finance spokesman] X': common nouns before the owner's name end another phrase."""
    for tok in title:
        named = ctx.mention(tok)
        if named is not None and named.entity.cls in {"Country", "Organization"}:
            return tok.i
        if not (tok.is_lower and tok.pos_ == "NOUN") or is_title_word(tok) or tok.lower_ in TITLE_MODIFIERS | NOT_CURRENT:
            break
    return title.start


def _city_post(country: Mention, title: Span) -> bool:
    """'London mayor': the capital names the city the post serves, not the country."""
    return any(t.lower_ in LOCAL_POSTS for t in title) and country_of_capital(country.text) is not None


def _rest_of_a_name(tok: Token) -> bool:
    lower = tok.lower_
    return (
        tok.pos_ == "PROPN"
        and is_capitalised(tok)
        and not is_title_word(tok)
        and lower not in office_words()
        and lower not in name_prefixes()
        and lower not in TITLE_MODIFIERS
        and not (tok.nbor(1).text == "-" and not tok.whitespace_)  # "US Treasury [Under]-Secretary"
    )


def role_phrase(ctx: ExtractionContext, head: Token) -> tuple[Span, Mention | None] | None:
    """The wording of a role noun phrase and its owner (possessive or 'of Y')."""
    doc = ctx.doc
    owner: Mention | None = None
    words = [c for c in head.lefts if c.dep_ in {"amod", "compound", "nmod", "poss"}]
    for child in list(words):
        named = ctx.mention(child)
        demonym = ctx.entities.demonym_country(child, join=False)
        if named is not None and named.entity.cls in {"Country", "Organization"} and not _portfolio_word(named, child):
            owner = named
            words.remove(child)
        elif demonym is not None:
            owner = demonym
            words.remove(child)
        elif child.dep_ == "poss" and named is None:
            owner = possessor_owner(ctx, child) or owner  # "Its defence spokesman", "the country's foreign minister"
    end = head.i + 1
    last = head
    general = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if general is not None and general.lower_ == "general" and general.head.i == head.i:
        end, last = general.i + 1, general  # "director general of the CBI"
    end, of_owner = _complements(ctx, head, last, end)
    owner = of_owner or owner
    scope = next((c for c in last.rights if c.dep_ == "prep" and c.lower_ == "in"), None)
    if end == last.i + 1 and scope is not None and _house(scope):
        end = scope.right_edge.i + 1  # "Tory leader in the Lords" is not the party's leader
    start = min([w.left_edge.i for w in words if w.dep_ != "poss"] + [head.i])
    while start < head.i and (_owner_word(ctx, doc[start]) or doc[start].tag_ == "POS"):
        owner = owner or ctx.mention(doc[start])  # "the Tory treasury spokesman": the party is the owner
        start += 1
    while start >= 2 and joins_a_word(doc[start - 1]):
        start -= 2  # "co-chairman", parsed as three words side by side
    joined = title_joined_before(head)
    if joined is not None and joined.i >= start:
        start = joined.i + 2  # "a QC and international law professor": two posts, not one
    return doc[start:end], owner


def title_joined_before(head: Token) -> Token | None:
    """'a [QC] and international law professor': a post of its own joined by "and" before a post's words.

    Only a title word right before the "and" ("Trade and Industry Secretary" is one post).
    """
    for token in head.doc[head.left_edge.i : head.i]:
        after = token.doc[token.i + 1]
        if after.lower_ == "and" and is_title_word(token) and token.i + 2 < head.i + 1:
            return token
    return None


_SPOKES_WORDS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# Houses whose offices are named with them: the Leader of the Commons leads no organisation "Commons".
_CHAMBERS = frozenset({"commons", "lords", "house of commons", "house of lords"})


def _complements(ctx: ExtractionContext, head: Token, last: Token, end: int) -> tuple[int, Mention | None]:
    """Where the of/for complements of a post end, and the owner one names ('head of the NAO')."""
    words = {"of", "for", "at"} | ({"on"} if head.lower_ in _SPOKES_WORDS else set())  # "spokesman [on foreign affairs]"
    preps = sorted({c for c in [*last.rights, *head.rights] if c.dep_ == "prep" and c.lower_ in words}, key=lambda t: t.i)
    for prep in preps:
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None or head.lower_ in MEMBER_WORDS and prep.lower_ == "for":
            break  # "the MP for Northfield": a constituency, neither owner nor part of the post
        named = ctx.mention(pobj)
        if named is not None and named.entity.cls == "Country" and _city_post(named, head.doc[head.i : head.i + 1]):
            return pobj.right_edge.i + 1, None  # "the Mayor of London": the city's post, not the country's
        chamber = named is not None and named.entity.label.lower().removeprefix("the ") in _CHAMBERS  # "Leader of the Commons"
        if named is not None and named.entity.cls in {"Country", "Organization"} and not chamber and not _office_words_only(ctx, pobj, named):
            return end, named
        firm = _firm_after(ctx, pobj)  # "head of UK equities [for Standard Life Investments]"
        portfolio_end = _portfolio_end(pobj, firm[0].i if firm else None) if prep.i == end and prep.lower_ != "at" else None
        if portfolio_end is None:
            break
        end = portfolio_end  # "director of public prosecutions", "secretary of state for arms control"
        if firm is not None:
            return end, firm[1]
    return end, None


def _firm_after(ctx: ExtractionContext, pobj: Token) -> tuple[Token, Mention] | None:
    """The 'for'/'at' phrase naming the organisation a portfolio is held in, and that organisation."""
    for prep in pobj.rights:
        named = next((m for c in prep.children if c.dep_ == "pobj" and (m := ctx.mention(c)) is not None), None)
        if prep.dep_ == "prep" and prep.lower_ in {"for", "at"} and named is not None and named.entity.cls == "Organization":
            return prep, named
    return None


def _office_words_only(ctx: ExtractionContext, pobj: Token, named: Mention) -> bool:
    """'Secretary of [State for Trade and Industry]': a name the model made of office words is the portfolio."""
    if named.entity.cls != "Organization" or any(t.dep_ == "det" for t in pobj.children):
        return False  # "head of the Foreign Office" names the organisation
    words = [t for t in pobj.subtree if ctx.mention(t) is named]
    return all(t.lower_ in office_words() or t.lower_ in {"for", "of", "and"} for t in words)


def _owner_word(ctx: ExtractionContext, tok: Token) -> bool:
    named = ctx.mention(tok)
    return named is not None and named.entity.cls in {"Country", "Organization"} and not _portfolio_word(named, tok)


def _house(prep: Token) -> bool:
    """'in the Lords', 'in Scotland': a capitalised place or assembly a post is confined to."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    subtree = list(pobj.subtree) if pobj is not None else []
    return bool(subtree) and len(subtree) <= 4 and all(is_capitalised(t) or t.lower_ == "the" for t in subtree)


def _portfolio_end(pobj: Token, stop: int | None = None) -> int | None:
    """Where a complement naming what the post is for ends: common nouns, no people, quotes or clauses.

    A complement the text goes on to name ("founder of human rights group the X Center")
    describes an organisation; it is not part of the post. A second post after 'and'
    ("Leader of the Commons and Welsh Secretary") is no part of the first.
    """
    subtree = list(pobj.subtree)
    second = next((t.i for t in subtree if t.pos_ == "CCONJ" and any(is_title_word(u) for u in subtree if u.i > t.i)), None)
    subtree = [t for t in subtree if (second is None or t.i < second) and (stop is None or t.i < stop)]
    if not subtree or len(subtree) == 2 and subtree[0].dep_ in {"det", "poss"} and subtree[1].lower_ in BODIES:
        return None  # "chairman of the organisation": which one the text said before
    after = pobj.doc[subtree[-1].i + 1] if subtree[-1].i + 1 < len(pobj.doc) else None
    fits = (
        len(subtree) <= 6
        and all(t.pos_ in {"NOUN", "PROPN", "ADJ", "ADP", "DET", "CCONJ"} and t.ent_type_ != "PERSON" for t in subtree)
        and not any(t.dep_ in {"relcl", "acl", "appos"} or is_title_word(t) for t in subtree)
        and not (after is not None and (after.pos_ in {"DET", "PROPN"} or after.ent_iob_ == "B"))
    )
    end = subtree[-1].i + 1
    while fits and end + 1 < len(pobj.doc) and joins_a_word(pobj.doc[end]):
        end += 2  # "professor of e-democracy", parsed as three words side by side
    return end if fits else None
