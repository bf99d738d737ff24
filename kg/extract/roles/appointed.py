"""A post given to someone: "X appointed Y as his campaign director", "Y was named chief executive".

Appointing, naming or electing someone to a post says they hold it, when the act is told as
done: not one expected, denied or asked about ("is expected to name Y as", "did not appoint Y").
"Made" is left out: "was made a Commander of the Order of the Bath" is an honour, not a post.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.extract.common.modality import negated
from kg.extract.common.registry import relation_rule
from kg.extract.roles.posts import role_facts
from kg.extract.roles.wording import role_phrase
from kg.syntax import is_title_word

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.common.context import ExtractionContext
    from kg.types import Fact

RULE = "roles.appointed_as/1"
APPOINTING = frozenset({"appoint", "name", "elect", "install", "hire", "promote", "choose", "select", "reappoint"})


@relation_rule("roles.appointed_as", version=1, emits=("holdsRole", "roleOf", "heads", "worksFor", "memberOf"))
def appointed_as(ctx: ExtractionContext) -> Iterator[Fact]:
    """'Mr Howard appointed Mr Crosby as his elections chief' -> Crosby holds 'elections chief'."""
    for verb in ctx.doc:
        if verb.lemma_.lower() not in APPOINTING or verb.pos_ != "VERB" or not _told_as_done(verb):
            continue
        person_token = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        person = ctx.mention(person_token) if person_token is not None else None
        post = _post_given(verb)
        if person is None or person.entity.cls != "Person" or post is None:
            continue
        role = role_phrase(ctx, post)
        if role is not None:
            yield from role_facts(ctx, person, role[0], role[1], verb, RULE, 0.8)


def _post_given(verb: Token) -> Token | None:
    """The title word 'as' introduces ('appointed X as chairman'), or the post named bare ('was named chairman')."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            post = next((g for g in child.children if g.dep_ == "pobj"), None)
            if post is not None and is_title_word(post):
                return post
        if child.dep_ in {"oprd", "attr"} and is_title_word(child):
            return child
    return None


def _told_as_done(verb: Token) -> bool:
    """A past or present act, neither negated, nor under a modal, nor the complement of another verb."""
    if verb.tag_ not in {"VBD", "VBN", "VBZ"} or negated(verb) or verb.dep_ in {"xcomp", "ccomp", "advcl", "pcomp"}:
        return False
    return not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
