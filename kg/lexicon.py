"""Word lists shipped as data files in ``kg/data`` (loaded once, on first use).

Hand-written lists are kept only where no maintained data package has the
words: job titles, honorifics, office-name vocabulary and the stance vocabulary.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from types import MappingProxyType


def word_list(name: str) -> frozenset[str]:
    """The words of a one-word-a-line data file in ``kg/data`` (lower case, '#' comments skipped)."""
    text = resources.files("kg.data").joinpath(name).read_text(encoding="utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@lru_cache(maxsize=None)
def policy_actions() -> frozenset[str]:
    """Verbs of acts of policy ('cut', 'introduce', 'ban'): ``kg/data/policy_actions.txt``."""
    return word_list("policy_actions.txt")


@lru_cache(maxsize=None)
def title_words() -> frozenset[str]:
    """Head words of job titles ('minister', 'spokesman')."""
    return word_list("titles.txt")


@lru_cache(maxsize=None)
def occupation_words() -> frozenset[str]:
    """Occupations written before a name without being part of it ('Farmer Geoff Brooks')."""
    return word_list("occupation_words.txt")


@lru_cache(maxsize=None)
def honorifics() -> frozenset[str]:
    """Honorifics such as 'mr' and 'dr', without the dot."""
    return word_list("honorifics.txt")


@lru_cache(maxsize=None)
def office_words() -> frozenset[str]:
    """Words of office and organisation names that are not personal names."""
    return word_list("org_words.txt")


@lru_cache(maxsize=None)
def place_words() -> frozenset[str]:
    """Last words of place and building names ('station', 'street') that can follow a first name."""
    return word_list("place_words.txt")


@lru_cache(maxsize=None)
def speech_verbs() -> frozenset[str]:
    """Lemmas of verbs that report speech ('say', 'tell', 'note')."""
    return word_list("speech_verbs.txt")


@lru_cache(maxsize=None)
def country_aliases() -> dict[str, str]:
    """Everyday country names that countryinfo does not list, lower-case -> short name."""
    text = resources.files("kg.data").joinpath("country_aliases.json").read_text(encoding="utf-8")
    return {k: v for k, v in json.loads(text).items() if not k.startswith("_")}


@lru_cache(maxsize=None)
def name_prefixes() -> frozenset[str]:
    """Party and status words the model runs into a name ('Ex-Labour', 'Tory Lord')."""
    return word_list("resolve_name_prefixes.txt")


@lru_cache(maxsize=None)
def us_state_abbreviations() -> frozenset[str]:
    """News-style abbreviations of US states ('mich', 'ny'), without dots."""
    return word_list("resolve_us_states.txt")


@lru_cache(maxsize=None)
def plan_nouns() -> frozenset[str]:
    """Head nouns that make a noun phrase a Plan ('plan', 'bill', 'treaty')."""
    return word_list("plan_nouns.txt")


@lru_cache(maxsize=None)
def system_nouns() -> frozenset[str]:
    """Head nouns that make a noun phrase a System ('radar', 'base', 'missile')."""
    return word_list("system_nouns.txt")


@lru_cache(maxsize=None)
def stance_vocabulary() -> dict[str, list[str]]:
    """The word lists of ``stance_verbs.json``: stance verbs, labels, intents (keys starting with '_' are comments)."""
    text = resources.files("kg.data").joinpath("stance_verbs.json").read_text(encoding="utf-8")
    return {k: v for k, v in json.loads(text).items() if not k.startswith("_")}


@dataclass(frozen=True)
class CameoStanceVerbs:
    """Stance words read from PETRARCH2's CAMEO verb dictionary (``stance_cameo.json``).

    Attributes:
        verbs: lemma, or verb plus the particle and preposition leading to the target
            ('campaign against'), -> 'opposes' | 'supports' | 'proposes'; where the hand list
            (``stance_verbs.json``) gives a verb another stance, the hand list's stance.
        noun_phrases: verb + plan noun ('reject proposal') -> relation, CAMEO's reading of a
            pattern that needs that noun.
        conflicts: lemma -> note, the verbs CAMEO reads otherwise than the hand list.
    """

    verbs: Mapping[str, str]
    noun_phrases: Mapping[str, str]
    conflicts: Mapping[str, str]


@lru_cache(maxsize=None)
def cameo_stance_verbs() -> CameoStanceVerbs:
    """The CAMEO stance lexicon, read once (built by ``benchmarks/build_cameo_lexicon.py``)."""
    text = resources.files("kg.data").joinpath("stance_cameo.json").read_text(encoding="utf-8")
    data = json.loads(text)
    return CameoStanceVerbs(
        verbs=MappingProxyType({k: v["relation"] for k, v in data["verbs"].items()}),
        noun_phrases=MappingProxyType({k: v["relation"] for k, v in data["noun_phrases"].items()}),
        conflicts=MappingProxyType(dict(data["conflicts"])),
    )


@lru_cache(maxsize=None)
def party_names() -> frozenset[str]:
    """The canonical names of the parties the entity ruler knows (``parties.jsonl`` ids)."""
    import json

    text = resources.files("kg.data").joinpath("parties.jsonl").read_text(encoding="utf-8")
    return frozenset(json.loads(line)["id"] for line in text.splitlines() if line.strip())
