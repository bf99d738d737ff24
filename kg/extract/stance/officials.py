"""Whom an official's stance commits: a minister's is their government's, a chief executive's their firm's.

News reports a government's or a firm's position through the person who holds its post: "India's
finance minister lashed out at the G7's trade policies" is India's stance as well as his, and
"Yukos chief executive Steven Theede said filing for bankruptcy was a last resort" Yukos's. A
reader annotates both. The side is the one the person's post names (``ctx.sides``, read by
:mod:`kg.extract.speech.sides`); the post must be one that speaks for it: a government post for a
country (minister, not "opposition leader"), a post at the head of an organisation or speaking for
it (chairman, chief executive) for an organisation. A party's MPs, a firm's analysts
or a paper's correspondents commit no one but themselves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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
    words = {w.lower_ for tok in names if tok.pos_ == "PROPN" for w in _post_words(tok)}
    posts = _GOVERNMENT_POSTS if side.entity.cls == "Country" else _HEAD_POSTS
    return side if words & posts and not words & _NOT_IN_OFFICE else None


def _post_words(token: Token) -> list[Token]:
    """The words before a name and in a post set beside it: '[Finance Minister] X', 'X, [Commerce Minister],'."""
    posts = [c for c in token.children if c.dep_ == "appos"]
    words = [w for c in token.lefts if c.dep_ in {"compound", "amod", "nmod", "poss"} for w in c.subtree]
    return words + [w for p in posts for w in p.subtree]
