"""Roles read from clauses about a person: "X, who heads Y", "who sits on the committee",
and "his Turkish counterpart, Y" (the same post, the other country's).

They share the post wording of :mod:`kg.extract.roles.wording` with the rules of
:mod:`kg.extract.roles.posts`; importing :mod:`kg.extract.roles` registers both.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.extract.common.modality import negated
from kg.extract.common.registry import relation_rule
from kg.extract.roles.people import named_person_heads, relative_antecedent
from kg.extract.roles.tenure import NOT_CURRENT, not_current
from kg.extract.roles.labels import role_label, wording_tokens
from kg.extract.roles.wording import trim_title
from kg.syntax import title_before, tokens
from kg.types import Fact, Mention

if TYPE_CHECKING:
    from spacy.tokens import Span

    from kg.extract.common.context import ExtractionContext

HEAD_VERBS = {"head", "lead", "chair", "run", "direct"}


@relation_rule("roles.who_heads", version=1, emits=("heads",))
def who_heads(ctx: ExtractionContext) -> Iterator[Fact]:
    """'Arbatov, who heads the International Security Center' and 'X heads Y'."""
    for tok in ctx.doc:
        if tok.lemma_ not in HEAD_VERBS or tok.pos_ != "VERB" or negated(tok):
            continue
        if tok.tag_ not in {"VBZ", "VBP", "VBG"}:
            continue  # "She chaired the campaign in the 1990s" tells a life story, not who heads it now
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None:
            continue
        org = ctx.mention(obj)
        if org is None or org.entity.cls != "Organization":
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in {"who", "that"} and tok.dep_ == "relcl":
            subj = relative_antecedent(tok)  # "Tom Ridley, a Labour MP who chairs the committee"
        person = ctx.mention(subj) if subj is not None else None
        if person is not None and person.entity.cls == "Person":
            yield ctx.fact(person, "heads", org, tok, "roles.who_heads/1", 0.85)


# Bodies a person sits on as one of its members: "sits on the House Armed Services Committee".
SEATED_BODIES = {"committee", "board", "council", "commission", "panel", "subcommittee", "cabinet"}


@relation_rule("roles.sits_on", version=1, emits=("memberOf",))
def sits_on(ctx: ExtractionContext) -> Iterator[Fact]:
    """'a Democrat who sits on the House Armed Services Committee': a member of a named committee or board.

    Only a body the text names ("the board of BP" names no board) and only now ("sat on" tells a life story).
    """
    for tok in tokens(ctx.doc):
        if tok.lemma_ not in {"sit", "serve"} or tok.pos_ != "VERB" or tok.tag_ not in {"VBZ", "VBP"} or negated(tok):
            continue
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "on"), None)
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        body = ctx.mention(pobj) if pobj is not None else None
        if body is None or body.entity.cls != "Organization" or pobj is None or pobj.lower_ not in SEATED_BODIES:
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in {"who", "that"} and tok.dep_ == "relcl":
            subj = relative_antecedent(tok)
        person = ctx.mention(subj) if subj is not None else None
        if person is not None and person.entity.cls == "Person":
            yield ctx.fact(person, "memberOf", body, tok, "roles.sits_on/1", 0.8)


@relation_rule("roles.counterpart", version=1, emits=("holdsRole", "roleOf"))
def counterpart(ctx: ExtractionContext) -> Iterator[Fact]:
    """'Greek Foreign Minister Nikos Alexiou hosted his Turkish counterpart, Selin Aydemir': the same post, Turkey's.

    Read only when the text gives all three: whose counterpart (a person named in the
    sentence with a post of a country), the other country (a demonym on 'counterpart'),
    and the counterpart's name in apposition. The post's words are the first person's.
    """
    for person, span in named_person_heads(ctx):
        root = span.root
        word = root.head
        if root.dep_ != "appos" or word.lower_ != "counterpart" or word.i > span.start:
            continue
        if any(c.lower_ in NOT_CURRENT for c in word.lefts) or negated(word):
            continue  # "his former Turkish counterpart"
        demonyms = [ctx.entities.demonym_country(c, join=False) for c in word.lefts if c.dep_ == "amod"]
        country = next((d for d in demonyms if d is not None), None)
        poss = next((c for c in word.lefts if c.dep_ == "poss"), None)
        other = ctx.mention(poss) if poss is not None else None
        if country is None or other is None or other.entity.cls != "Person":
            continue
        post = _country_post(ctx, other, word.sent)
        if post is None or post[1].entity.key == country.entity.key:
            continue
        wording = post[0]
        kept = wording_tokens(wording)
        if not kept or not_current(kept):
            continue
        role = ctx.new_mention(span, "Role", role_label(kept), of=country.entity.key)
        yield ctx.fact(person, "holdsRole", role, word, "roles.counterpart/1", 0.75, presupposed=True)
        yield ctx.fact(role, "roleOf", country, word, "roles.counterpart/1", 0.75, presupposed=True)


def _country_post(ctx: ExtractionContext, person: Mention, sent: Span) -> tuple[Span, Mention] | None:
    """The one post of a country the sentence names for ``person`` by a title before the name."""
    posts: list[tuple[Span, Mention]] = []
    for mention, span in named_person_heads(ctx):
        if mention.entity.key != person.entity.key or not sent.start <= span.start < sent.end:
            continue
        found = title_before(ctx.doc, span.start)
        title = trim_title(ctx, ctx.doc[found[0] : found[1]]) if found is not None else None
        if title is not None and title[1] is not None and title[1].entity.cls == "Country":
            posts.append((title[0], title[1]))
    return posts[0] if len(posts) == 1 else None
