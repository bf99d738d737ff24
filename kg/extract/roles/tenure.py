"""Whether the text says a post is held now: the words that say it is past or not yet taken.

"former", "Ex-No 10 policy chief", "the resignation of ..." say a post was held once;
"prospective", "would-be" that it is yet to be. Read by :mod:`kg.extract.roles.posts`
and :mod:`kg.extract.roles.clauses`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Words before a title that say its holder does not hold it now: held it once, or is yet to.
NOT_CURRENT = frozenset(
    {"former", "ex", "late", "then", "erstwhile", "onetime", "one-time", "founding", "previous", "past",
     "prospective", "would-be", "future", "incoming", "potential", "possible", "aspiring", "designate"}
)  # fmt: skip
# "Outgoing" is not among them: "the outgoing head of the agency" still holds the post.
# Events that end a holder's time in a post: "the resignation of defence minister X".
ENDING_EVENTS = frozenset(
    {"resignation", "departure", "sacking", "dismissal", "ousting", "ouster", "removal",
     "retirement", "death", "funeral", "exit", "downfall", "replacement"}
)  # fmt: skip
_LOOK_BACK = 4


# A prospective candidate stands now: "prospective" says nothing of that post's tenure.
_STANDING_WHEN_PROSPECTIVE = frozenset({"candidate", "candidates"})


def not_current(kept: list[Token]) -> bool:
    """The text says the post was held once or is yet to be: 'former', 'Ex-No 10 policy chief', 'would-be'."""
    words = NOT_CURRENT - {"prospective"} if kept[-1].lower_ in _STANDING_WHEN_PROSPECTIVE else NOT_CURRENT
    doc = kept[0].doc
    first = kept[0].i
    i = first
    while i > kept[0].sent.start and first - i < _LOOK_BACK:
        prev = doc[i - 1]
        if prev.lower_ in words:
            return True  # "UKIP founding chairman", whatever the tag of "founding"
        glued = prev.text == "-" or not prev.whitespace_ or (i >= 2 and doc[i - 2].text == "-" and not doc[i - 2].whitespace_)
        if prev.is_punct and prev.text != "-" or prev.pos_ in {"VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PRON"} and not glued:
            break
        i -= 1
    return any(word in words or word.startswith("ex-") for word in doc[i : kept[-1].i + 1].text.lower().split())


# Acts, told as done, that end the post of the person they are done to: "ousted long-serving leader X".
ENDING_ACTS = frozenset({"oust", "sack", "dismiss", "depose", "topple", "overthrow", "fire", "unseat", "replace", "remove"})


def ended_by_event(person: Token) -> bool:
    """'the resignation of defence minister X', 'ousted long-serving leader X': the event ended the post."""
    named = person.head if person.dep_ == "appos" else person  # "ousted their leader, X" as "ousted X"
    if named.dep_ in {"dobj", "nsubjpass"} and named.head.lemma_.lower() in ENDING_ACTS and named.head.tag_ in {"VBD", "VBN"}:
        return True
    head = person.head
    return person.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in ENDING_EVENTS
