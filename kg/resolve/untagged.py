"""Full names the entity recogniser left untagged: "Theresa May, the shadow home secretary, said".

The small English model misses a name now and then, most often at the start of a
sentence or when its surname is also a word ("May", "Brown"). A run of two or three
capitalised proper nouns outside any entity, whose first word is a first name that
``gender-guesser`` knows for sure (not "mostly") and is no common English word
("Age Concern"), is a person's name, unless its last
word says it is a place or an organisation ("Victoria Station", "Grace Foundation")
or its first word is a title ("Prince Charles" is read by the title rules).

Parliamentary committees are written in lower case after the house ("the Commons work and
pensions committee"), so the recogniser often misses them too: such a run is an organisation.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from kg.lexicon import honorifics, office_words, place_words
from kg.resolve.raw import RawMention
from kg.syntax import is_title_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MAX_NAME_TOKENS = 3
# First names that are also common English words and start organisation names
# ("Age Concern", "Hope Not Hate"): too weak to make an untagged run a person.
WORD_NAMES = frozenset(
    {"age", "will", "hope", "grace", "faith", "joy", "rose", "may", "june", "april", "summer", "dawn",
     "rob", "mark", "sue", "art", "guy", "gene", "earl", "king", "duke", "major", "page", "young", "long"}
)  # fmt: skip


def untagged_full_names(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of untagged full names, in text order."""
    found = []
    i = 0
    while i < len(doc):
        if not _name_word(doc[i]) or not _certain_first_name(doc[i].text) or is_title_word(doc[i]):
            i += 1
            continue
        end = i + 1
        while end < len(doc) and end - i < MAX_NAME_TOKENS and _name_word(doc[end]):
            end += 1
        last = doc[end - 1].lower_
        if end - i >= 2 and last not in office_words() and last not in place_words() and last not in honorifics():
            found.append((i, end))
        i = end
    return found


# Houses whose committees news names in lower case: "the Commons home affairs committee".
_HOUSES = frozenset({"Commons", "Lords", "Commons'", "Holyrood"})
_MAX_COMMITTEE_WORDS = 6


def untagged_committees(doc: Doc) -> list[RawMention]:
    """'the Commons work and pensions committee': a house, lower-case words and 'committee', left untagged."""
    found = []
    for tok in doc:
        if tok.lower_ != "committee" or tok.ent_iob_ != "O":
            continue
        j = tok.i - 1
        while j >= 0 and tok.i - j <= _MAX_COMMITTEE_WORDS and doc[j].is_lower and doc[j].is_alpha and doc[j].pos_ in {"NOUN", "ADJ", "CCONJ"}:
            j -= 1
        if j >= 0 and j < tok.i - 1 and doc[j].text in _HOUSES:
            found.append(RawMention(j, tok.i + 1, "Organization", doc[j : tok.i + 1].text))
    return found


def _name_word(token: Token) -> bool:
    """A capitalised proper noun the NER left untagged; "O'Connor" and "Murphy-O'Connor" are single words."""
    letters = token.text.replace("'", "").replace("-", "")
    return token.ent_iob_ == "O" and token.pos_ == "PROPN" and letters.isalpha() and token.is_title


@lru_cache(maxsize=4096)
def _certain_first_name(word: str) -> bool:
    from kg.resolve.gender import _detector

    if len(word) < 3 or word.lower() in WORD_NAMES:
        return False
    return _detector().get_gender(word) in {"male", "female"}
