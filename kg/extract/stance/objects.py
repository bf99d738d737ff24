"""What a stance noun is about, and what a stance on an act says about the thing acted on.

A stance noun names its object by a preposition ("an attack [on] X", "backing [for] X");
after a verb that carries the noun ("gave its backing [to] X", "threw its weight
[behind] X") the preposition may hang on the verb instead. An object may be an act
done to something ("pushed for [scrapping] the levy", "the argument for [retaining] X"):
a stance on removing or keeping a thing is a stance on the thing
(:func:`kg.extract.stance.vocabulary.act_stance`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.common.actions import is_infinitive_passive
from kg.extract.stance.vocabulary import act_stance

if TYPE_CHECKING:
    from spacy.tokens import Token


def noun_objects(noun: Token, entries: tuple[tuple[str, str], ...], carrier: Token | None = None) -> list[tuple[str, Token]]:
    """(stance, head) for each object of a stance noun, following ``entries`` ((stance, preposition), ...).

    ``carrier`` is the verb the noun is the object of ("gave [its backing] to X"), whose
    own preposition after the noun may lead to the object.
    """
    found: list[tuple[str, Token]] = []
    for stance, preposition in entries:
        markers = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == preposition]
        if not markers and carrier is not None:
            markers = [c for c in carrier.children if c.dep_ in {"prep", "dative"} and c.lower_ == preposition
                       and c.i > noun.i]  # fmt: skip
        for marker in markers:
            if _infinitive_after(noun, marker):
                continue  # "a call for Turkey [to recognise] Cyprus": a call for an act, not for Turkey
            found += acted_on(stance, [h for c in marker.children if c.dep_ in {"pobj", "pcomp"}
                                       for h in (c, *c.conjuncts)])  # fmt: skip
    if any(stance == "proposes" for stance, _ in entries):
        found += [("proposes", act) for act in _acts_called_for(noun)]
    return found


def _acts_called_for(noun: Token) -> list[Token]:
    """'a call to publish the advice', 'calls for the advice to be published': the act a call asks for."""
    acts = [c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    if noun.dep_ == "dobj":  # "faces calls from the IMF [to raise tariffs]": the parse hangs the act on the verb
        acts += [c for c in noun.head.children if c.dep_ == "advcl" and c.left_edge.i == noun.right_edge.i + 1
                 and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]  # fmt: skip
    objects = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
    return acts + [c for o in objects for c in o.children if c.dep_ == "relcl" and is_infinitive_passive(c)]


def acted_on(stance: str, heads: list[Token]) -> list[tuple[str, Token]]:
    """(stance, head) for each head; a gerund of removing or keeping gives way to what it acts on.

    "backing for scrapping the levy" -> ('opposes', levy); "the case for retaining X" ->
    ('supports', X). Any other gerund stays as it is (the act itself may name a plan).
    """
    found: list[tuple[str, Token]] = []
    for head in heads:
        if head.tag_ == "VBG" and head.pos_ == "VERB":
            turned = act_stance(stance, head.lemma_.lower())
            acted = [c for c in head.children if c.dep_ == "dobj"]
            if turned is not None and acted:
                found += [(turned, h) for h in (acted[0], *acted[0].conjuncts)]
                continue
        found.append((stance, head))
    return found


def _infinitive_after(noun: Token, marker: Token) -> bool:
    """Whether the object after ``marker`` is the subject of a to-infinitive: 'a demand for X to go'."""
    pobjs = [c for c in marker.children if c.dep_ == "pobj"]
    clauses = [c for c in noun.children if c.i > marker.i] + [c for p in pobjs for c in p.children]
    return any(
        c.pos_ in {"VERB", "AUX"} and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children) for c in clauses
    )
