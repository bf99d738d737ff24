"""A plural post before a list of names: each name holds it ("shadow cabinet members A, B and C").

"Labour MPs Ann Lee and Tom Hart", "senior shadow cabinet members Ann Davey, Oliver
Lett and Tim Yeovil": the title phrase ends in the plural of a title word and is followed
by two or more names joined by commas and "and". Each of them holds the post, worded as
the text words it (the plural is one of the names a reader gives it). A single name after
a plural ("MPs Ann Lee") or a list with anything but names in it is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.extract.common.registry import relation_rule
from kg.extract.roles.people import named_person_heads
from kg.extract.roles.posts import role_facts
from kg.extract.roles.wording import owner_before
from kg.lexicon import title_words
from kg.syntax import is_title_word

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from kg.extract.common.context import ExtractionContext
    from kg.types import Fact, Mention

RULE = "roles.title_before_names/1"


@relation_rule("roles.title_before_names", version=1, emits=("holdsRole", "roleOf", "heads", "worksFor", "memberOf"))
def title_before_names(ctx: ExtractionContext) -> Iterator[Fact]:
    """'senior shadow cabinet members Ann Davey, Oliver Lett and Tim Yeovil': each holds the post."""
    people = list(named_person_heads(ctx))
    starts = {span.start: n for n, (_, span) in enumerate(people)}
    for n, (_, span) in enumerate(people):
        at = span.start if _plural_title(span[0]) else span.start - 1  # the tagger may take "MPs" into the name
        if at < 0 or not _plural_title(ctx.doc[at]):
            continue
        plural = ctx.doc[at]
        listed = _listed(people, starts, n)
        if len(listed) < 2:
            continue
        start = plural.i
        while start > 0 and ctx.doc[start - 1].dep_ in {"compound", "amod"} and ctx.doc[start - 1].pos_ in {"NOUN", "PROPN", "ADJ"}:
            start -= 1  # "senior shadow cabinet members", "Labour MPs"
        # trim_title wants a singular title word; the owner is read at the front the same way
        begin, owner = owner_before(ctx, ctx.doc[start : plural.i + 1], start)
        wording = ctx.doc[begin : plural.i + 1]
        for person, person_span in listed:
            yield from role_facts(ctx, person, wording, owner, person_span.root, RULE, 0.8)


def _plural_title(token: Token) -> bool:
    """'MPs', 'members', 'ministers': the plural of a title word, whatever its tag."""
    return token.lower_.endswith("s") and not is_title_word(token) and token.lower_[:-1] in title_words()


def _listed(people: list[tuple[Mention, Span]], starts: dict[int, int], first: int) -> list[tuple[Mention, Span]]:
    """The names from ``first`` on that follow each other joined only by ',' and 'and'."""
    listed = [people[first]]
    doc = people[first][1].doc
    end = people[first][1].end
    while True:
        i = end
        while i < len(doc) and doc[i].lower_ in {",", "and"}:
            i += 1
        if i == end or i not in starts:
            return listed
        listed.append(people[starts[i]])
        end = people[starts[i]][1].end
