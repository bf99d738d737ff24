"""Who does what a verb says, and to what: the clause helpers relation rules share."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.common.context import ExtractionContext
    from kg.types import Mention

_OWNER_CLASSES = frozenset({"Country", "Organization"})


def agent_of(ctx: ExtractionContext, verb: Token, classes: frozenset[str] = _OWNER_CLASSES) -> Mention | None:
    """Who does what ``verb`` says (:func:`subject_token`), when it is one of ``classes``."""
    target = subject_token(verb)
    mention = ctx.mention(target) if target is not None else None
    return mention if mention is not None and mention.entity.cls in classes else None


def subject_token(verb: Token, *, through_complements: bool = False) -> Token | None:
    """The head of the phrase that does what ``verb`` says, or None.

    The subject of an active verb, the "by" phrase of a passive, the noun a relative
    clause hangs on ("the country that rejected ..."), or, for an infinitive or
    subject-less conjunct, the subject of the verb it depends on ("Labour refused [to
    back] ...", "Russia keeps [explaining] ..."). ``through_complements`` also reads an
    adjectival complement ("are opposed to") by its copula's subject and a trailing
    participle ("..., Whitcombe said, rejecting X") by its main verb's.
    """
    node = verb
    for _ in range(6):
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in node.children)
        for child in node.children:
            if child.dep_ == "agent" or (child.dep_ == "nsubj" and not passive):
                target = next((c for c in child.children if c.dep_ == "pobj"), None) if child.dep_ == "agent" else child
                if target is None:
                    continue
                if target.tag_ in {"WDT", "WP"} and node.dep_ == "relcl":
                    target = node.head
                return target
        if passive:
            return None
        if node.dep_ == "xcomp" and any(c.dep_ == "dobj" and c.i < node.i for c in node.head.children):
            return None  # object control: in "urged Muslims not to vote for X" the voters are the object
        if node.dep_ == "xcomp" or (node.dep_ == "conj" and node.pos_ in {"VERB", "AUX"}):
            node = node.head
            continue
        if through_complements and node.dep_ == "csubj" and node.tag_ == "VBG":
            return _apposed_to_object(node)  # "Welcoming the bill, [Jane Hart], ..., said", parsed as the subject
        if through_complements and (node.dep_ == "acomp" or node.dep_ == "advcl" and node.tag_ == "VBG"):
            misparsed = _apposed_to_object(node) if node.dep_ == "advcl" else None
            if misparsed is not None and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.head.children):
                return misparsed
            node = node.head
            continue
        return None
    return None


def _apposed_to_object(participle: Token) -> Token | None:
    """'Welcoming the ruling, [Jane Hart], head of X, said': the speaker the parse hung on the participle's object."""
    for obj in (t for t in participle.subtree if t.dep_ in {"dobj", "pobj"}):
        name = next((c for c in obj.children if c.dep_ == "appos" and c.tag_ == "NNP" and c.i < participle.head.i), None)
        if name is not None:
            return name
    return None


def objects_of(verb: Token) -> list[Token]:
    """The heads a verb acts on: its object, its passive subject, or the noun its clause modifies.

    A relative clause acts on the noun it modifies when its object is the relative
    pronoun ("the bill, which Labour rejected") or left out ("the system we are
    establishing"); a participle acts on its noun ("missiles based in Romania").
    A clause with "whose" is about something else ("Kennedy, whose party opposes ...").
    """
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    direct = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
    if verb.dep_ == "acl" and not direct:
        direct = [verb.head]
    elif verb.dep_ == "relcl" and not any(t.tag_ == "WP$" for t in verb.subtree):
        if direct and direct[0].tag_ in {"WDT", "WP"}:
            direct = [verb.head]
        elif not direct and any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            relative = any(c.tag_ in {"WDT", "WP"} for c in verb.children)
            if not relative or passive:
                direct = [verb.head]
    heads: list[Token] = []
    for head in direct:
        heads.extend([head, *head.conjuncts])
    return heads
