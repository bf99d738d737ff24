"""A minister's proposal is their government's: "Home Secretary Charles Clarke unveiled plans for X"
puts X forward for the country whose government he serves (benchmarks/gold/bbc/README.md, "the
government's bill when its minister presents it").

The post is read from the words the article names the person with ("Home Secretary Charles
Clarke", "housing minister Yvette Cooper", "Yvette Cooper, the housing minister"); the country is
the one whose politics the article is about (:func:`kg.resolve.groups.home_country`). A shadow,
former or party post, another country's minister ("French Finance Minister X") and articles about
a devolved government, whose ministers are not the country's, give no country.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import stance_vocabulary
from kg.resolve.countries import country_of_demonym
from kg.resolve.groups import home_country
from kg.types import Mention

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.common.context import ExtractionContext

_WINDOW = 8


def government_side(ctx: ExtractionContext, holder: Mention) -> Mention | None:
    """The country whose government the person ``holder`` names is a minister of, or None."""
    if holder.entity.cls != "Person" or not _ministerial(ctx, holder.entity.key):
        return None
    vocabulary = stance_vocabulary()
    devolved = tuple(vocabulary["devolved_governments"])
    if any(m.entity.cls == "Organization" and any(d in m.entity.label.lower() for d in devolved) for m in ctx.entities.mentions):
        return None  # "Finance Minister Sue Essex" of the Welsh Assembly Government: not the UK's
    country = home_country(ctx.entities)
    return Mention(holder.text, holder.start, holder.end, country) if country is not None else None


def _ministerial(ctx: ExtractionContext, key: str) -> bool:
    """Whether some naming of the person ``key`` carries a government post."""
    doc = ctx.doc
    for tok in doc:
        mention = ctx.mention(tok)
        if mention is None or mention.entity.key != key or (tok.i > 0 and _same(ctx, doc[tok.i - 1], key)):
            continue
        before = doc[max(tok.sent.start, tok.i - _WINDOW) : tok.i]
        after = doc[tok.i : min(tok.sent.end, tok.i + _WINDOW)]
        end = next((t.i for t in after if not _same(ctx, t, key)), tok.i)
        apposed = doc[end : min(tok.sent.end, end + 6)] if end < len(doc) and doc[end].text == "," else doc[end:end]
        if _post(ctx, list(before), key, reverse=True) or _post(ctx, list(apposed)[1:], key, reverse=False):
            return True
    return False


def _post(ctx: ExtractionContext, words: list[Token], key: str, *, reverse: bool) -> bool:
    """Whether ``words`` next to the name are a government post with no one else named in them."""
    vocabulary = stance_vocabulary()
    posts = frozenset(vocabulary["government_posts"])
    barred = frozenset(vocabulary["not_government_posts"])
    run = []
    for tok in reversed(words) if reverse else words:
        if tok.text in {",", ".", ";", ":", "(", ")"} or tok.is_quote:
            break
        other = ctx.mention(tok)
        if other is not None and other.entity.key != key:
            return False  # "Labour's leader", "TUC general secretary": another body's post
        run.append(tok)
    lowered = {t.lower_ for t in run}
    if lowered & barred or any(country_of_demonym(t.text) is not None for t in run):
        return False
    return bool(lowered & posts)


def _same(ctx: ExtractionContext, tok: Token, key: str) -> bool:
    mention = ctx.mention(tok)
    return mention is not None and mention.entity.key == key
