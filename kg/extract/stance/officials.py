"""Whom an official's stance commits: a minister's is their government's, a chief executive's their firm's.

News reports a government's or a firm's position through the person who holds its post: "India's
finance minister lashed out at the G7's trade policies" is India's stance as well as his, and
"Yukos chief executive Steven Theede said filing for bankruptcy was a last resort" Yukos's. A
reader annotates both. The side is the one the person's post names (``ctx.sides``, read by
:mod:`kg.extract.speech.sides`) when the post's words name it or it is the article's home country, never a
body guessed from where they speak ("Sir Andrew Green, chairman of the organisation, says ... Office
of National Statistics data are accurate" is no ONS chairman). The post must be one that speaks for
the side: a government post for a country (minister, not "opposition leader"), a post at the head
of an organisation (chairman, chief executive) for an organisation. A party's MPs, a firm's
analysts or a paper's correspondents commit no one but themselves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.resolve.groups import home_country

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.common.context import ExtractionContext
    from kg.types import Mention

# Posts whose holders speak for their country's government.
_GOVERNMENT_POSTS = frozenset({"minister", "secretary", "chancellor", "president", "premier", "ambassador", "envoy"})
# Posts whose holders speak for their organisation ("leader" is left out: a party leader's word is often his own).
_HEAD_POSTS = frozenset({"chairman", "chairwoman", "chief", "executive", "director", "governor", "president"})
# Words that make a post another side's or no office of the government: "opposition leader", "shadow chancellor".
_NOT_IN_OFFICE = frozenset({"opposition", "shadow", "former", "ex", "deputy", "junior", "rebel"})


def official_side(ctx: ExtractionContext, person: Mention) -> Mention | None:
    """The country or organisation ``person``'s post speaks for, or None."""
    if person.entity.cls != "Person":
        return None
    side = ctx.sides.get(person.entity.key)
    if side is None or side.entity.cls not in {"Country", "Organization"}:
        return None
    names = (ctx.doc[i] for i, mention in ctx.entities.by_token.items() if mention.entity.key == person.entity.key)
    post = [w for tok in names if tok.pos_ == "PROPN" for w in _post_words(tok)]
    words = {w.lower_ for w in post}
    posts = _GOVERNMENT_POSTS if side.entity.cls == "Country" else _HEAD_POSTS
    named = any(_names_side(ctx, w, side) for w in post) or side.entity.cls == "Country" and _home(ctx, side)
    return side if named and words & posts and not words & _NOT_IN_OFFICE else None


def _home(ctx: ExtractionContext, country: Mention) -> bool:
    """'Foreign Secretary Jack Straw': a post naming no country is the article's home country's."""
    home = home_country(ctx.entities)
    return home is not None and home.key == country.entity.key


def _names_side(ctx: ExtractionContext, word: Token, side: Mention) -> bool:
    """Whether ``word`` of a post names ``side``: "[India's] finance minister", "[Yukos] chief executive"."""
    mention = ctx.mention(word) or ctx.entities.demonym_country(word, join=False)
    return mention is not None and mention.entity.key == side.entity.key


def _post_words(token: Token) -> list[Token]:
    """The words before a name and in a post set beside it: '[Finance Minister] X', 'X, [Commerce Minister],'."""
    posts = [c for c in token.children if c.dep_ == "appos"]
    words = [w for c in token.lefts if c.dep_ in {"compound", "amod", "nmod", "poss"} for w in c.subtree]
    return words + [w for p in posts for w in p.subtree]
