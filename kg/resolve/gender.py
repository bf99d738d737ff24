"""Grammatical gender of people, so that 'she' never joins a man named just before.

Evidence, strongest first: an honorific with the name ("Mr Blair", "Ms Hewitt"), the first
name (the gender-guesser package's name lists), and a pronoun already resolved to the
person. Unknown stays unknown: it never blocks a link.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

Gender = Literal["m", "f"]

_HONORIFICS: dict[str, Gender] = {
    "mr": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m",
    "mrs": "f", "ms": "f", "miss": "f", "lady": "f", "dame": "f", "baroness": "f", "queen": "f", "princess": "f",
}  # fmt: skip
_PRONOUNS: dict[str, Gender] = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
}  # fmt: skip


@lru_cache(maxsize=1)
def _detector():  # type: ignore[no-untyped-def]
    import gender_guesser.detector as gender_detector

    return gender_detector.Detector(case_sensitive=False)


def honorific_gender(word: str) -> Gender | None:
    return _HONORIFICS.get(word.lower().rstrip("."))


_TITLES: dict[str, Gender] = {
    "spokesman": "m", "chairman": "m", "congressman": "m",
    "spokeswoman": "f", "chairwoman": "f", "congresswoman": "f",
}  # fmt: skip


def title_gender(word: str) -> Gender | None:
    """'spokesman' -> 'm': a title that says the holder's gender."""
    return _TITLES.get(word.lower())


def pronoun_gender(word: str) -> Gender | None:
    return _PRONOUNS.get(word.lower())


def first_name_gender(name: str) -> Gender | None:
    """'Ellen Tauscher' -> 'f'; a surname alone or an ambiguous first name -> None."""
    words = name.split()
    if len(words) < 2 or len(words[0].rstrip(".")) < 2:
        return None
    guess = _detector().get_gender(words[0])
    if guess in {"male", "mostly_male"}:
        return "m"
    if guess in {"female", "mostly_female"}:
        return "f"
    return None


def compatible(pronoun: str, known: Gender | None) -> bool:
    wanted = pronoun_gender(pronoun)
    return wanted is None or known is None or wanted == known
