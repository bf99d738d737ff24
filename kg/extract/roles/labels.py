"""How a post is labelled: the words of its wording kept, spelled as the text writes them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.roles.wording import GROUP_WORDS
from kg.lexicon import honorifics
from kg.syntax import POSSESSIVE

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Words before a post that say when it was taken up, for how long or that it is held now, no part of its name.
_NOW_WORDS = frozenset({"new", "outgoing", "present", "current", "newly", "elected", "appointed", "veteran"})


def wording_tokens(wording: Span) -> list[Token]:
    """The tokens a post is labelled with: no leading possessive, no honorific at the end."""
    kept = list(wording)
    while kept and (kept[0].text in POSSESSIVE or kept[0].tag_ == "POS" or kept[0].lower_ in _NOW_WORDS | {"-"} and len(kept) > 1):
        kept.pop(0)  # "the new home secretary", "the present Tory spokesman", "the newly-elected MP": the post itself
    while len(kept) > 1 and (kept[0].pos_ == "NUM" or kept[0].lower_ in GROUP_WORDS or kept[0].ent_type_ == "DATE"):
        kept.pop(0)  # "five other barristers": each holds the post of barrister; "a 31-year-old doctor": of doctor
    while kept and (kept[-1].text in POSSESSIVE or kept[-1].tag_ == "POS"):
        kept.pop()
    kept = [t for t in kept if not (t.is_lower and t.pos_ == "ADJ" and t.i > 1 and t.nbor(-1).lower_ == "the" and t.nbor(-2).lower_ in {"of", "for"})]
    # "head of the troubled Child Support Agency": a passing judgement is no part of the post's name
    while len(kept) > 1 and kept[-1].lower_.rstrip(".") in honorifics():
        kept.pop()  # "Archbishop of York Dr Martin Ellery": "Dr" is not part of the post
    return kept


def role_label(kept: list[Token]) -> str:
    """The words as written: 'co-chairman' and "Children's Minister" whole, a space between words."""
    label = ""
    for prev, tok in zip([None, *kept], kept):
        glued = prev is not None and prev.i + 1 == tok.i and not prev.whitespace_
        label += ("" if prev is None or glued else " ") + tok.text
    return label
