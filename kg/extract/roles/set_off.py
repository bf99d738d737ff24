"""A post set off by commas beside a name, however the parse joined them.

"Kamal Nath, Commerce and Industry Minister, announced ...": the small model often reads
the post's first word as a second subject coordinated with the name, so no apposition is
parsed. The words between the commas are read in order instead: capitalised words and
the joiners of a post's name ("and", "of", "for"), ending in a title word, with nothing
else before the second comma. A post before a name set off by commas ("The director of the
Victims of Crime Trust, Norman Brennan, accused ...") is the subject's title, where the parse hung
the name inside the post's phrase.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.extract.common.registry import relation_rule
from kg.extract.roles.people import named_person_heads
from kg.extract.roles.posts import role_facts
from kg.extract.roles.tenure import ended_by_event
from kg.extract.roles.wording import role_phrase, trim_title
from kg.syntax import is_capitalised, is_title_word

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from kg.extract.common.context import ExtractionContext
    from kg.types import Fact

RULE = "roles.set_off_title/1"
_JOINERS = frozenset({"and", "of", "for", "&"})
_LONGEST = 8


@relation_rule("roles.set_off_title", version=1, emits=("holdsRole", "roleOf", "heads", "worksFor", "memberOf"))
def set_off_title(ctx: ExtractionContext) -> Iterator[Fact]:
    """'Kamal Nath, Commerce and Industry Minister, announced' -> Kamal Nath holds 'Commerce and Industry Minister'."""
    for person, span in named_person_heads(ctx):
        if any(c.dep_ == "appos" for c in span.root.children) or ended_by_event(span.root):
            continue  # a parsed apposition is the apposition rule's
        title = _between_commas(span)
        trimmed = trim_title(ctx, title) if title is not None else None
        if trimmed is None and (head := _title_before_commas(span)) is not None:
            trimmed = role_phrase(ctx, head)  # "The director of the Victims of Crime Trust, Norman Brennan, accused"
        if trimmed is not None:
            wording, owner = trimmed
            yield from role_facts(ctx, person, wording, owner, span.root, RULE, 0.8)


def _between_commas(name: Span) -> Span | None:
    doc = name.doc
    start = name.end + 1
    if start >= len(doc) or doc[name.end].text != ",":
        return None
    end = start
    while end < len(doc) and end - start < _LONGEST and (is_capitalised(doc[end]) and doc[end].is_alpha or doc[end].lower_ in _JOINERS):
        end += 1
    if end == start or end >= len(doc) or doc[end].text != "," or not is_title_word(doc[end - 1]):
        return None
    if any(t.ent_type_ == "PERSON" for t in doc[start:end]) or doc[start].lower_ in _JOINERS:
        return None  # "Smith, Jones and Brown, ...": a list of names
    return doc[start:end]


def _title_before_commas(name: Span) -> Token | None:
    """'The director of the Trust, [Norman Brennan], accused': the title word heading the subject before the name.

    The parse may hang the name inside the title's phrase; the title must head the clause's subject,
    and nothing but its own phrase may stand between it and the comma before the name.
    """
    doc = name.doc
    if name.start < 3 or name.end >= len(doc) or doc[name.start - 1].text != "," or doc[name.end].text != ",":
        return None
    subject = next((t for t in doc[name.sent.start : name.start - 1] if t.dep_ in {"nsubj", "nsubjpass"} and is_title_word(t)), None)
    if subject is None or subject.pos_ != "NOUN" or any(t.ent_type_ == "PERSON" for t in doc[subject.i : name.start - 1]):
        return None
    inside = {t.i for t in subject.subtree}
    return subject if all(i in inside for i in range(subject.i, name.start - 1)) else None
