"""Two posts before one name: 'Labour MP and former Cabinet minister X', 'QC and law professor X'.

The title before a name stops at an "and" after a title word, so that "the Bishop and
Archbishop of York Dr Y" gives Dr Y only the second post. When nothing but that "and"
stands between the two titles and the name, the first title is the same person's too:
"Veteran Labour MP and former Cabinet minister Jack Lee" holds the seat now, whatever
became of the ministry. Not when the first title is a plural ("MPs and peers X" is a
list), names a person, is definite ("both the prime minister and Chancellor X" are two
people) or is over ("Ex-BBC host and MEP X").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.extract.common.registry import relation_rule
from kg.extract.roles.people import named_person_heads
from kg.extract.roles.posts import role_facts
from kg.extract.roles.tenure import ended_by_event, not_current
from kg.extract.roles.wording import trim_title
from kg.syntax import is_title_word, title_before

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.common.context import ExtractionContext
    from kg.types import Fact

RULE = "roles.joined_titles/1"


@relation_rule("roles.joined_titles", version=1, emits=("holdsRole", "roleOf", "heads", "worksFor", "memberOf"))
def joined_titles(ctx: ExtractionContext) -> Iterator[Fact]:
    """'Labour MP and former Cabinet minister Jack Lee' -> Jack Lee holds 'Labour MP' too."""
    doc = ctx.doc
    for person, span in named_person_heads(ctx):
        found = title_before(doc, span.start)
        if found is None or ended_by_event(span.root):
            continue
        joint = found[0] - 1  # the "and" the second title starts after
        if joint < 2 or doc[joint].lower_ != "and" or not is_title_word(doc[joint - 1]) or doc[joint - 1].tag_ == "NNS":
            continue
        first = title_before(doc, joint)
        if first is None or any(t.ent_type_ == "PERSON" for t in doc[first[0] : first[1]]) or _someone_else(doc[first[0]]):
            continue
        title = trim_title(ctx, doc[first[0] : first[1]])
        if title is None or not_current(list(doc[max(span.sent.start, first[0] - 4) : first[1]])):
            continue  # "Ex-BBC chat show host and MEP X": the first post is over
        wording, owner = title
        yield from role_facts(ctx, person, wording, owner, span.root, RULE, 0.8)


def _someone_else(start: Token) -> bool:
    """'(Both) the prime minister and Chancellor X': a definite post before the "and" is another person's."""
    before = start.doc[start.i - 1] if start.i > 0 else None
    return before is not None and before.lower_ in {"the", "both", "this", "that"}
