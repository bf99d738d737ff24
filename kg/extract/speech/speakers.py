"""Who is speaking: the reporting verb of a quotation and the entity its subject names.

News names a speaker in a handful of ways: a subject ("Mr Cable told MPs"), a post with the
name in apposition ("The shadow home secretary, Theresa May, said:"), a relative pronoun
("Mr Woodhead, who has said ..."), a spokesperson for someone ("A Home Office spokesman
said", "Mr Blair's spokesman said"), a participle or conjunct sharing the subject of the
verb before it ("..., he said, adding: ..."), or "according to X". Anything else names
nobody: a subject that is not a resolved entity ("the committee", "critics") gives no
speaker rather than a guess.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import speech_verbs

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kg.resolve.document import DocEntities
    from kg.types import Mention

SPEAKERS = frozenset({"Person", "Organization", "Country"})
# Verbs that introduce or follow a direct quote though they report no clause ('"Why?" he asked').
_QUOTE_ONLY_VERBS = frozenset({"ask", "continue", "respond", "answer"})
# Nouns for someone who speaks for another: the speaker is whom they speak for.
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen"})
_WINDOW_AFTER = 8
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def is_reporting_verb(tok: Token, *, direct: bool = False) -> bool:
    """A verb of saying; with ``direct``, also those that only frame a quote ('asked', 'went on')."""
    if tok.pos_ not in {"VERB", "AUX"}:
        return False
    if tok.lemma_ in speech_verbs():
        return True
    if not direct:
        return False
    return tok.lemma_ in _QUOTE_ONLY_VERBS or (tok.lemma_ == "go" and any(c.lower_ == "on" and c.dep_ == "prt" for c in tok.children))


def reporting_verb_near(doc: Doc, start: int, end: int) -> Token | None:
    """The reporting verb of the quote in tokens [start, end): right after it, else before it in its sentence.

    A verb after the quote that introduces words of its own ('"...." The minister told
    delegates that ...', 'He added: "..."') belongs to those words, not to this quote; a
    quote opened after a colon ('Mr Redwood said: "..."') is the words of the verb before
    the colon, whatever follows it.
    """
    framed = _verb_before_colon(doc, start)
    if framed is not None:
        return framed
    for tok in doc[end : min(len(doc), end + _WINDOW_AFTER)]:
        if is_reporting_verb(tok, direct=True):
            if not _introduces_own_words(tok):
                return tok
            break
        if tok.text in {"\u201c", ":"} or (tok.text == '"' and tok.i > end + 1):
            break
        if tok.is_sent_start and tok.i > end + 1:
            break
    sent_start = doc[start].sent.start
    for tok in reversed(doc[sent_start:start]):
        if is_reporting_verb(tok, direct=True) and tok.pos_ == "VERB":
            return tok
    return _verb_before_colon(doc, start)


def _verb_before_colon(doc: Doc, start: int) -> Token | None:
    """'Mr Lewis said: "...': the verb a colon right before the quote hangs on, across a sentence break."""
    i = start - 1
    while i >= 0 and (doc[i].is_quote or doc[i].is_space):
        i -= 1
    if i < 0 or doc[i].text != ":":
        return None
    head = doc[i].head
    if head.i < i and is_reporting_verb(head, direct=True):
        return head
    before = doc[i - 1] if i > 0 else None
    return before if before is not None and is_reporting_verb(before, direct=True) else None


def _introduces_own_words(verb: Token) -> bool:
    """The verb reports a clause or quote that follows it."""
    for child in verb.children:
        if child.i > verb.i and child.dep_ == "ccomp":
            between = verb.doc[verb.i + 1 : child.left_edge.i + 1]
            if not any(t.is_quote for t in between):
                return True  # '"..." The minister told the conference that the levy would stay.'
    nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    return nxt is not None and nxt.text == ":"


def speaker_of(verb: Token, entities: DocEntities) -> Mention | None:
    """The entity that speaks through ``verb``, or None when the words name nobody."""
    for node in _verb_and_governors(verb):
        if any(c.dep_ == "nsubjpass" for c in node.children):
            # "he was told by the minister that ...": the one told is not the speaker; the agent is.
            agent = next((c for c in node.children if c.dep_ == "agent"), None)
            source = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            return speaker_named_by(source, entities) if source is not None else None
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        if subject.tag_ in {"WP", "WDT"} and node.dep_ == "relcl":
            subject = node.head  # "Mr Woodhead, who has said ..."
        return speaker_named_by(subject, entities)
    return None


def _verb_and_governors(verb: Token) -> list[Token]:
    """The verb, then the verb whose subject it shares: '..., he said, adding: ...'."""
    found = [verb]
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i < verb.i:
        found.append(verb.head)
    elif verb.dep_ == "conj" and verb.head.tag_ in _FINITE and verb.head.i < verb.i:
        found.append(verb.head)
    return found


def speaker_named_by(noun: Token, entities: DocEntities) -> Mention | None:
    """The speaker a subject noun names: itself, the name in apposition, or whom a spokesperson speaks for."""
    mention = entities.at(noun)
    if mention is not None:
        return mention if mention.entity.cls in SPEAKERS else None
    named = [m for c in noun.children if c.dep_ == "appos" and (m := entities.at(c)) is not None]
    if named:
        return named[0] if len(named) == 1 and named[0].entity.cls == "Person" else None
    if noun.lower_ in _SPOKESPEOPLE:
        return _spoken_for(noun, entities)
    return None


def _spoken_for(noun: Token, entities: DocEntities) -> Mention | None:
    """'Mr Blair's spokesman', 'a Home Office spokesman', 'a spokeswoman for Royal Mail'."""
    candidates: list[Token] = []
    for child in noun.children:
        if child.dep_ in {"poss", "compound", "nmod"} and child.i < noun.i:
            candidates.append(child)
        elif child.dep_ == "prep" and child.lower_ == "for":
            candidates.extend(c for c in child.children if c.dep_ == "pobj")
    found = {m.entity.key: m for c in candidates for t in c.subtree if (m := entities.at(t)) is not None}
    sides = [m for m in found.values() if m.entity.cls in SPEAKERS]
    return sides[0] if len(sides) == 1 else None


def according_to(doc: Doc, entities: DocEntities) -> list[tuple[int, int, Mention]]:
    """'S, according to X' and 'According to X, S': token range of S and its source X."""
    found = []
    for tok in doc:
        if tok.lower_ != "according" or tok.dep_ != "prep":
            continue
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if source is None:
            continue
        speaker = speaker_named_by(source, entities)
        if speaker is None:
            continue
        head = tok.head
        left, right = _trimmed(doc, head.left_edge.i, head.right_edge.i + 1)
        phrase = (tok.left_edge.i, tok.right_edge.i + 1)
        if phrase[0] == left:
            left = phrase[1]
        elif phrase[1] == right:
            right = phrase[0]
        left, right = _trimmed(doc, left, right)
        if right - left >= 3:
            found.append((left, right, speaker))
    return found


def _trimmed(doc: Doc, left: int, right: int) -> tuple[int, int]:
    """[left, right) without the punctuation and spaces at either end."""
    while left < right and (doc[left].is_punct or doc[left].is_space):
        left += 1
    while right > left and (doc[right - 1].is_punct or doc[right - 1].is_space):
        right -= 1
    return left, right
