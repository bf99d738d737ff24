"""Posts given by a description that stands for a person named in the next or last sentence.

Two rules: ``roles.described_speaker`` (below) reads the speaker pattern of news on its
own; ``roles.description`` takes a description coreference already resolved to a person
(:mod:`kg.resolve.coref_descriptions`).

News introduces a speaker twice: "..., a Home Office minister has said. Hazel Blears
said ..." (the post first, the name in the sentence after), or "..., Alun Michael has
said. The rural affairs minister said ..." (the name first, then the post as the
subject of the next report). Read only where the text leaves one person it can be:

* the description is the subject of a verb of speech, outside quote marks, names no
  one itself, and no other person is named in its sentence;
* forward: the next sentence (or the one after, with no person between) names a person
  for the first time as the subject of its main verb or of a verb of speech, and everyone named before has
  a post of their own (so the description cannot mean one of them);
* back: the description is definite ("the", "the party's"), no one else is named in the
  sentences just before, and the nearest sentence
  before that names anyone names one person the text was already about, or has one of
  them as the subject of its main verb or of a report;
* the person has no other title in the article, and no one else has a title with the
  description's head word ("Prime Minister Tony Blair" takes "the prime minister").

Anonymous voices ("a spokesman said", "a senior official said") are never read: news
uses them for people it does not name; nor is a post someone holds for a person or group
("the families' lawyer argued"), whose holder is seldom the person the text is about.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.extract.common.registry import relation_rule
from kg.extract.roles.people import named_person_heads
from kg.extract.roles.posts import is_description, role_facts
from kg.extract.roles.wording import role_phrase
from kg.lexicon import speech_verbs
from kg.resolve.coref_referents import quoted_tokens
from kg.resolve.names import is_honorific
from kg.syntax import is_title_word, title_before, tokens
from kg.types import Fact, Mention

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from kg.extract.common.context import ExtractionContext

# Heads of descriptions news uses for people it does not name.
ANONYMOUS = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "source", "aide", "insider", "adviser", "advisor"})
_LOOK = 2  # sentences to look forward or back for the person


@relation_rule("roles.described_speaker", version=1, emits=("holdsRole", "roleOf", "heads", "worksFor", "memberOf"))
def described_speaker(ctx: ExtractionContext) -> Iterator[Fact]:
    """'..., a Treasury minister has said. Jane Orme said ...': the post of the person named next to it."""
    doc = ctx.doc
    quoted = quoted_tokens(doc)
    body = doc.text.find("\n\n")  # the headline before it names people in passing
    sents = list(doc.sents)
    named: list[list[tuple[Mention, Span]]] = [[] for _ in sents]
    index = {s.start: n for n, s in enumerate(sents)}
    titled: dict[str, set[str]] = {}
    first_seen: dict[str, int] = {}
    covered: set[int] = set()
    for mention, span in named_person_heads(ctx):
        covered.update(range(span.start, span.end))
        if span.start_char < body or span.root.i in quoted:
            continue
        n = index[span.sent.start]
        named[n].append((mention, span))
        first_seen.setdefault(mention.entity.key, n)
        words = _title_words(span)
        if words:
            titled.setdefault(mention.entity.key, set()).update(words)
    unknown = [_unknown_person(sent, covered, quoted) for sent in sents]
    named = [[] if unknown[n] else people for n, people in enumerate(named)]
    for n, sent in enumerate(sents):
        if named[n] or unknown[n]:
            continue
        for head in _descriptions(ctx, sent, quoted):
            person = _forward(named, n, first_seen, titled)
            if person is None and _definite(head):
                person = _back(named, n, first_seen)
                recent = {mention.entity.key for people in named[max(0, n - 1 - _LOOK) : n] for mention, _ in people}
                if person is not None and recent != {person.entity.key}:
                    continue  # "Mr Blunkett was joined by Tony Blair ... The prime minister said": either may be meant
            if person is None or person.entity.key in titled:
                continue
            if any(head.lower_ in words for key, words in titled.items() if key != person.entity.key):
                continue  # another person holds a post of that name
            role = role_phrase(ctx, head)
            if role is not None:
                yield from role_facts(ctx, person, role[0], role[1], head, "roles.described_speaker/1", 0.7)


def _title_words(span: Span) -> set[str]:
    """The title words the text puts before a name or beside it in apposition ('Rowan Williams, the Archbishop')."""
    found = title_before(span.doc, span.start)
    words = {t.lower_ for t in span.doc[found[0] : found[1]] if is_title_word(t)} if found is not None else set()
    root = span.root
    beside = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    return words | {t.lower_ for t in beside if is_title_word(t)}


def _descriptions(ctx: ExtractionContext, sent: Span, quoted: set[int]) -> Iterator[Token]:
    """Title nouns that are the subject of a verb of speech, with no name of their own."""
    verbs = speech_verbs()
    for tok in sent:
        if tok.dep_ != "nsubj" or not is_title_word(tok) or tok.tag_ not in {"NN", "NNP"} or tok.i in quoted:
            continue
        named = ctx.mention(tok)
        if tok.ent_type_ == "ORG" or named is not None and named.entity.cls != "Person":
            continue  # "the Scottish Executive said": a body, not a post
        if tok.lower_ in ANONYMOUS or tok.head.lemma_ not in verbs:
            continue
        if tok.lower_ == "executive" and tok.i > 0 and sent.doc[tok.i - 1].lower_ != "chief":
            continue  # "the Scottish Executive said": a government, not a post
        if not any(c.dep_ in {"det", "poss"} for c in tok.children):
            continue  # "Minister Jones said" is read by the title rule
        if any(c.dep_ == "appos" for c in tok.children) or any(t.ent_type_ == "PERSON" for t in tok.subtree):
            continue
        poss = [ctx.mention(c) for c in tok.children if c.dep_ == "poss"]
        if any(p is None or p.entity.cls not in {"Country", "Organization"} for p in poss):
            continue  # "the families' lawyer": the person the text is about is the client, not the lawyer
        if _definite(tok) and any(c.dep_ in {"relcl", "acl"} for c in tok.children):
            continue  # "the minister who ...": which minister, the clause says
        yield tok


def _unknown_person(sent: Span, covered: set[int], quoted: set[int]) -> bool:
    """'it was put to Mr Kinnock' with 'Kinnock' untagged: someone is named whom the rule cannot see."""
    return any(
        tok.i + 1 < sent.end and sent.doc[tok.i + 1].pos_ == "PROPN" and tok.i + 1 not in covered and is_honorific(tok)
        for tok in sent
        if tok.pos_ == "PROPN" and tok.i not in quoted
    )


def _definite(head: Token) -> bool:
    return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the" for c in head.children)


def _forward(named: list[list[tuple[Mention, Span]]], n: int, first_seen: dict[str, int], titled: dict[str, set[str]]) -> Mention | None:
    """The person named for the first time, as a speaker, in the sentence(s) after the description."""
    if any(key not in titled for key, at in first_seen.items() if at < n):
        return None  # someone named before, with no post, may be whom the description means
    for m in range(n + 1, min(n + 1 + _LOOK, len(named))):
        if not named[m]:
            continue
        speakers = {
            mention.entity.key: mention
            for mention, span in named[m]
            if first_seen[mention.entity.key] == m and span.root.dep_ == "nsubj" and _main_or_speech(span.root.head)
        }
        return next(iter(speakers.values())) if len(speakers) == 1 else None
    return None


def _main_or_speech(verb: Token) -> bool:
    """The verb of the sentence ('Ian Reid QC quit when ...') or of a report ('..., Ian Reid said')."""
    return verb.dep_ == "ROOT" and verb.pos_ in {"VERB", "AUX"} or verb.lemma_ in speech_verbs()


def _back(named: list[list[tuple[Mention, Span]]], n: int, first_seen: dict[str, int]) -> Mention | None:
    """The one person, or the one subject, of the nearest sentence before that names anyone."""
    for m in range(n - 1, max(-1, n - 1 - _LOOK), -1):
        if not named[m]:
            continue
        people = {mention.entity.key: mention for mention, _ in named[m]}
        if len(people) == 1 and min(first_seen[key] for key in people) < m:
            return next(iter(people.values()))  # the person the text has been about ("Her comments ...")
        # else the subject of the sentence or of a report in it, not someone named in passing ("where George Bush opposed it")
        subjects = {mention.entity.key: mention for mention, span in named[m] if span.root.dep_ == "nsubj" and _main_or_speech(span.root.head)}
        return next(iter(subjects.values())) if len(subjects) == 1 else None
    return None


@relation_rule("roles.description", version=1, emits=("holdsRole", "roleOf", "heads", "worksFor", "memberOf"))
def description(ctx: ExtractionContext) -> Iterator[Fact]:
    """'Jane Orme has argued ... The farming minister added': the post a description resolved to a person names.

    Which person a definite description refers back to is decided in
    :mod:`kg.resolve.coref_descriptions`; a wrong guess there costs a fact, so it is read
    at a lower confidence than a title beside a name. A person whose post the article
    names beside their name ("Foreign Minister Nikos Alexiou ... the minister") gets no
    second, shorter post from it.
    """
    titled = {person.entity.key for person, span in named_person_heads(ctx) if title_before(ctx.doc, span.start)}
    for tok in tokens(ctx.doc):
        person = ctx.mention(tok)
        if person is None or person.entity.cls != "Person" or tok.pos_ != "NOUN" or not is_title_word(tok):
            continue
        if person.entity.key in titled:
            continue
        role = role_phrase(ctx, tok)
        if role is not None and not is_description(tok):
            wording, owner = role
            yield from role_facts(ctx, person, wording, owner, tok, "roles.description/1", 0.7)
