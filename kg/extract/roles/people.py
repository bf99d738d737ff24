"""Whose posts the role rules read: the people named in full, and whom a relative clause is about."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.resolve.names import has_name_shape, is_honorific
from kg.lexicon import plan_nouns
from kg.syntax import is_capitalised, is_title_word

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from kg.extract.common.context import ExtractionContext
    from kg.types import Mention


def named_person_heads(ctx: ExtractionContext) -> Iterator[tuple[Mention, Span]]:
    """Each named person mention with its token span (pronouns and descriptions excluded)."""
    seen: set[int] = set()
    for mention in ctx.entities.mentions:
        if mention.entity.cls != "Person" or not mention.text[:1].isupper() or mention.start in seen:
            continue
        span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or is_title_word(span[0]) and len(span) == 1 or _modifies_a_thing(span) or _ends_a_law_name(span):
            continue
        while len(span) > 2 and is_title_word(span[0]) and not is_honorific(span[0]) and has_name_shape(span[1:]):
            span = span[1:]  # "[Constable Ann Reece]": the title words in the span are read as a title
        seen.add(mention.start)
        yield mention, span


def _ends_a_law_name(span: Span) -> bool:
    """'the Criminal Justice [Bill]': a plan word the model took for a first name ends the name of a law."""
    return len(span) == 1 and span[0].lower_ in plan_nouns() and span.start > 0 and is_capitalised(span.doc[span.start - 1])


def _modifies_a_thing(span: Span) -> bool:
    """'the minister's official Surrey residence': a name used as a modifier names no person here."""
    root = span.root
    return root.dep_ == "compound" and root.head.i >= span.end and root.head.pos_ == "NOUN" and root.head.is_lower


def relative_antecedent(verb: Token) -> Token:
    """Whom 'who' stands for: 'Ann Lee, who ...', or the person an apposition describes ('Ann Lee, a Labour MP who ...')."""
    head = verb.head
    if head.dep_ == "appos" and head.ent_type_ != "PERSON":
        return head.head
    return head
