"""Who takes a stance: the holders of a stance verb, as political news names them.

:func:`kg.extract.common.clauses.agent_of` finds one named agent. Stances in news are
often taken by several ("Italy and Germany favour ..."), by a post named before
the person ("The party's Holyrood leader, Nicola Sturgeon, welcomed ..."), by a
party restated as a pronoun ("The Tories say they will back ...") or by the
subject of a copula ("Labour is opposed to ..."). This module reads all of
them; like ``agent_of`` it never guesses: a subject that names nobody yields
nobody.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.common.clauses import subject_token
from kg.extract.common.modality import negated
from kg.extract.common.nodes import LAW_WORDS
from kg.extract.stance.authors import document_author
from kg.lexicon import speech_verbs
from kg.resolve.countries import country_of_demonym
from kg.resolve.groups import group_holder
from kg.resolve.typing_context import BODY_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.common.context import ExtractionContext
    from kg.types import Mention

HOLDERS = frozenset({"Person", "Country", "Organization"})
_SIDES = frozenset({"Country", "Organization"})
# Pronouns news uses to restate a party, government or organisation as the speaker of a clause.
_SIDE_PRONOUNS = frozenset({"they", "it"})
_WE = frozenset({"we", "us", "our"})
# Posts whose holders state their side's positions for it.
_OFFICIALS = frozenset({"spokesman", "spokeswoman", "spokesperson", "minister", "ambassador", "envoy", "secretary"})


def stance_holders(ctx: ExtractionContext, verb: Token, stative: bool = False) -> list[Mention]:
    """Every person, country or organisation that does what ``verb`` says, in text order.

    The subject (or "by" agent) of the verb, found as :func:`kg.extract.common.clauses.subject_token`
    finds it (reading "are opposed to" and "..., she said, rejecting X" too),
    and every subject coordinated with it; "by" and a gerund take the main verb's subject
    ("X angered voters by backing Y"). A ``stative`` participle ("Labour is opposed
    to X", parsed as a passive without agent) is held by its passive subject.
    """
    subject = subject_token(verb, through_complements=True)
    if subject is None and stative and not any(c.dep_ == "agent" for c in verb.children):
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subject is not None and subject.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":
            subject = verb.head  # "the US, which is opposed to X"
    if subject is None and verb.dep_ == "pcomp" and verb.head.lower_ == "by" and verb.tag_ == "VBG":
        subject = subject_token(verb.head.head)  # "the SGC caused controversy by suggesting X": the SGC suggests X
    takers = _listed_takers(verb) if subject is None else [subject, *subject.conjuncts, *_included(subject)]
    found: dict[str, Mention] = {}
    for token in takers:
        mention = _holder_at(ctx, token, verb)
        if mention is not None:
            found.setdefault(mention.entity.key, mention)
            for side in _restated_with(ctx, token, verb, mention):
                found.setdefault(side.entity.key, side)
    return list(found.values())


def _restated_with(ctx: ExtractionContext, pronoun: Token, verb: Token, side: Mention) -> list[Mention]:
    """'Both Labour and the Tories say they will X': the sides coordinated with the one 'they' restates."""
    clause = _reported_clause(verb) if pronoun.lower_ == "they" else None
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None) if clause is not None else None
    named = ctx.mention(speaker) if speaker is not None else None
    if speaker is None or named is None or named.entity.key != side.entity.key:
        return []
    others = (ctx.mention(c) for c in speaker.conjuncts)
    return [m for m in others if m is not None and m.entity.cls in _SIDES]


def co_speakers(ctx: ExtractionContext, speaker: Mention) -> list[Mention]:
    """'The Tories and the Lib Dems said the pledges were worthless': the sides said with the speaker."""
    span = ctx.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    others = (ctx.mention(c) for c in span.root.conjuncts) if span is not None else ()
    return [m for m in others if m is not None and m.entity.cls in HOLDERS and m.entity.key != speaker.entity.key]


def _listed_takers(verb: Token) -> list[Token]:
    """'Groups challenging the plans include A, B and C': the ones listed take the participle's stance."""
    group = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or group.dep_ != "nsubj" or group.head.lemma_ != "include" or negated(group.head):
        return []
    # every name after "include", however the parse splits a name with a verb in it ("Stop Hillford Tolls")
    listed = (t for right in group.head.rights if right.dep_ in {"dobj", "xcomp", "conj"} for t in right.subtree)
    return [t for t in listed if t.dep_ not in {"compound", "amod", "poss", "det"}]  # not "London" in "the London boroughs"


def _included(subject: Token) -> list[Token]:
    """The named members of a group: 'criticised by campaigners, [including] Labour's Gwyneth Dunwoody'."""
    members = [c for p in subject.children if p.dep_ == "prep" and p.lower_ == "including"
               for c in p.children if c.dep_ == "pobj"]  # fmt: skip
    return [t for member in members for t in (member, *member.conjuncts)]


def _holder_at(ctx: ExtractionContext, token: Token, verb: Token) -> Mention | None:
    if token.tag_ in {"NNPS", "NNS"} and country_of_demonym(token.text) and not any(c.lower_ == "the" for c in token.children):
        return None  # "Americans who defy a ban": people of a country, not its stance; "the Americans" is its side
    mention = group_holder(ctx.entities, token)  # "ministers", "Tory MPs", "Downing Street": what they stand for
    if mention is None:
        mention = ctx.mention(token)
    if mention is None:
        mention = apposed_name(ctx, token) or _restated_side(ctx, token, verb) or _restated_speaker(ctx, token, verb)
    if mention is None:
        mention = document_author(ctx, token)  # "A report by the committee urged X": the committee does
    if mention is not None and mention.entity.label.split()[-1].lower() in LAW_WORDS:
        return None  # "The Coastal Defence Bill proposes sea walls": a text of law holds no stance
    return mention if mention is not None and mention.entity.cls in HOLDERS else None


def apposed_name(ctx: ExtractionContext, token: Token) -> Mention | None:
    """'The party's home affairs spokesman, Owen Pryce, ...', 'environmental group Roads 2010': whom a noun subject names."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return None
    names = [m for c in token.children if c.dep_ == "appos" and (m := ctx.mention(c)) is not None]
    named = {"Person", "Organization"} if token.lemma_.lower() in BODY_NOUNS else {"Person"}
    return names[0] if len(names) == 1 and names[0].entity.cls in named else None


def _restated_side(ctx: ExtractionContext, pronoun: Token, verb: Token) -> Mention | None:
    """'The Tories say they will back X': 'they' is the party whose words the clause reports.

    Only a subject 'they'/'it' of a clause reported by a speech verb whose own subject
    is a country or organisation; a person restated as 'they' is left alone.
    """
    if pronoun.lower_ not in _SIDE_PRONOUNS:
        return None
    clause = _reported_clause(verb)
    if clause is None:
        return None
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    # "the government said it would X": a group subject is restated as what it stands for
    side = (group_holder(ctx.entities, speaker) or ctx.mention(speaker)) if speaker is not None else None
    return side if side is not None and side.entity.cls in _SIDES else None


def _restated_speaker(ctx: ExtractionContext, pronoun: Token, verb: Token) -> Mention | None:
    """'Gallagher has said he personally supports renewal': 'he' is the person whose words the clause reports.

    Only a subject 'he'/'she' of a clause reported by a speech verb whose own subject
    names a person, with no other person named between them who 'he' might be.
    """
    if pronoun.lower_ not in {"he", "she"}:
        return None
    clause = _reported_clause(verb)
    if clause is None:
        return None
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    person = ctx.mention(speaker) if speaker is not None else None
    if person is None or person.entity.cls != "Person" or speaker is None or speaker.i > pronoun.i:
        return None
    between = (ctx.mention(t) for t in pronoun.doc[speaker.i + 1 : pronoun.i])
    if any(m is not None and m.entity.cls == "Person" and m.entity.key != person.entity.key for m in between):
        return None
    return person


def _reported_clause(verb: Token) -> Token | None:
    """The clause ``verb`` belongs to, when a speech verb reports it."""
    clause = verb
    while clause.dep_ in {"xcomp", "conj", "acomp"} and clause.head.i != clause.i:
        clause = clause.head
    return clause if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in speech_verbs() else None


def speaking_for(ctx: ExtractionContext, holder: Mention, anchor: Token) -> Mention | None:
    """The person who states ``holder``'s stance as their side's: '"We oppose the scheme," said Mr Hogg' -> Mr Hogg.

    A spokesperson stating their side's stance, as "we" in a quotation or by naming the
    side they speak for ("Keller, Germany's ambassador, said Berlin supported ..."), takes it too.
    In reported speech the side must show in the words that name the speaker or in their post
    (:func:`_reporting_for`): "Whitaker said Russia opposed X" is Whitaker reporting Russia.
    """
    quotation = ctx.quotation_at(anchor)
    if quotation is None or not quotation.direct:
        return _reporting_for(ctx, holder, anchor)  # the side guessed from a reported clause may be its own subject
    speaker = quotation.speaker
    if speaker is None or speaker.entity.cls != "Person" or speaker.entity.key == holder.entity.key:
        return None
    side = ctx.sides.get(speaker.entity.key)
    first_person = holder.text.lower() in _WE and quotation is not None and quotation.direct
    own_side = side is not None and side.entity.key == holder.entity.key
    return speaker if first_person or own_side else None


def _reporting_for(ctx: ExtractionContext, holder: Mention, verb: Token) -> Mention | None:
    """'Foreign ministry spokeswoman Irina Belova said Russia opposed the missile' -> Belova.

    A person reporting a country's or organisation's stance in their own words takes it when
    it is their side: when a phrase naming them in the article names it ("Russia's
    ambassador", "his Estonian counterpart, Kadri Tamm"), or when the side their words keep
    naming (``ctx.sides``) is it and they speak for it as an official (``_OFFICIALS``:
    "ministry spokeswoman X said ...") or name it in words of theirs elsewhere in the
    article. A side guessed from this one sentence alone is only the side reported:
    "Senator Whitaker said Russia opposed X".
    """
    clause = _reported_clause(verb) if holder.entity.cls in _SIDES else None
    subject = subject_token(clause.head) if clause is not None else None  # "X dismissed Y and said ..." too
    if clause is None or subject is None:
        return None
    speaker = ctx.mention(subject) or apposed_name(ctx, subject)
    if speaker is None or speaker.entity.cls != "Person":
        return None
    described = [w for t in ctx.doc if _is(ctx, t, speaker) or t.i == subject.i for w in _description(t)]
    if any(_names(ctx, word, holder) for word in described):
        return speaker
    side = ctx.sides.get(speaker.entity.key)
    if side is None or side.entity.key != holder.entity.key:
        return None
    official = any(word.lemma_.lower() in _OFFICIALS for word in described)
    return speaker if official or _side_named_elsewhere(ctx, speaker, holder, verb) else None


_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def spokesperson_for(ctx: ExtractionContext, person: Mention) -> Mention | None:
    """'Lib Dem spokesman Mark Oaten': the party or body a named spokesperson speaks for.

    A spokesperson's stated stance is their side's by their post, wherever in the article the
    words naming them ("Tory health spokesman X", "X, the Lib Dem spokesman") say so.
    """
    if person.entity.cls != "Person":
        return None
    for i, mention in sorted(ctx.entities.by_token.items()):  # every word naming the person, pronouns too
        if mention.entity.key != person.entity.key:
            continue
        words = _description(ctx.doc[i])
        if not any(w.lower_ in _SPOKES for w in words):
            continue
        sides = [m for w in words if (m := ctx.mention(w)) is not None and m.entity.cls == "Organization"]
        if sides:
            return sides[0]
    return None


def _is(ctx: ExtractionContext, token: Token, person: Mention) -> bool:
    mention = ctx.mention(token)
    return mention is not None and mention.entity.key == person.entity.key


def _description(token: Token) -> list[Token]:
    """The words that describe a named person by post and side: 'Russia's [deputy foreign minister]',
    '[his Estonian counterpart], Kadri Tamm', 'foreign ministry spokeswoman Irina Belova'.

    Only the modifiers of the name and of a noun in apposition to it, not the phrases after
    them: "a critic of Russia" is no Russian.
    """
    nouns = [token, *(c for c in token.children if c.dep_ == "appos")]
    if token.dep_ == "appos":
        nouns.append(token.head)
    words = [*nouns]
    for noun in nouns:
        for child in noun.children:
            if child.dep_ in {"amod", "compound", "poss"}:
                words.extend(child.subtree)
    return words


def _side_named_elsewhere(ctx: ExtractionContext, speaker: Mention, side: Mention, verb: Token) -> bool:
    """Whether ``speaker``'s words in another sentence of the article name ``side``."""
    for quotation in ctx.quotations:
        if quotation.speaker is None or quotation.speaker.entity.key != speaker.entity.key:
            continue
        sent = ctx.doc[quotation.start].sent
        if sent.start != verb.sent.start and any(_names(ctx, t, side) for t in sent):
            return True
    return False


def _names(ctx: ExtractionContext, token: Token, side: Mention) -> bool:
    """Whether ``token`` names ``side``: 'Russia's', 'Russian'."""
    mention = ctx.mention(token) or ctx.entities.demonym_country(token, join=False)
    return mention is not None and mention.entity.key == side.entity.key


def addressed_as_we(ctx: ExtractionContext, holder: Mention) -> bool:
    """Whether ``holder`` is a 'we' read as an outlet the text names only as spoken to ('told BBC News').

    'We' in a quotation is the speaker's side, guessed from what the speaker's sentences
    name; an outlet the speaker talks to is no side of theirs.
    """
    if holder.text.lower() not in _WE:
        return False
    mentions = [t for t in ctx.doc if (m := ctx.mention(t)) is not None and m.entity.key == holder.entity.key]
    named = [t for t in mentions if t.lower_ not in _WE]
    return bool(named) and all(_spoken_to(t) for t in named)


def _spoken_to(token: Token) -> bool:
    while token.dep_ == "compound" and token.head.i != token.i:
        token = token.head  # "told [BBC] News"; "told BBC News [Labour MPs] would ..." as one misparsed phrase
    verb = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "to" else token.head
    return token.dep_ in {"dobj", "dative", "pobj"} and verb.lemma_.lower() in speech_verbs()
