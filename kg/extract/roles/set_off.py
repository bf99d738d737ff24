"""A capitalised post set off by commas after a name, however the parse joined it.

"Kamal Nath, Commerce and Industry Minister, announced ...": the small model often reads
the post's first word as a second subject coordinated with the name, so no apposition is
parsed. The words between the commas are read in order instead: capitalised words and
the joiners of a post's name ("and", "of", "for"), ending in a title word, with nothing
else before the second comma.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.extract.common.registry import relation_rule
from kg.extract.roles.people import named_person_heads
from kg.extract.roles.posts import role_facts
from kg.extract.roles.tenure import ended_by_event
from kg.extract.roles.wording import trim_title
from kg.syntax import is_capitalised, is_title_word

if TYPE_CHECKING:
    from spacy.tokens import Span

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
