"""Country names, codes, capitals and demonyms, from the countryinfo data package.

One lookup table maps every way a news article names a country ("U.S.", "the
United States", "America", "Russians", "Moscow" acting as an agent) to the
country's short name, which is also its canonical label.
"""

from __future__ import annotations

from functools import lru_cache

from kg.lexicon import country_aliases


def _norm(text: str) -> str:
    text = text.strip().replace("\u2019", "'").lower()
    if text.startswith("the "):
        text = text[4:]
    return " ".join(text.split())


# The country codes news writes as names. Other ISO codes are more often a firm or a word in
# capitals: "BT" is British Telecom, not Bhutan; "IT" information technology; "GM", "BA", "MG" firms.
_NEWS_CODES = frozenset({"us", "usa", "uk", "gb", "uae", "drc", "prc", "rok", "dprk"})


@lru_cache(maxsize=None)
def _tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    from countryinfo import all_countries

    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    capitals: dict[str, str] = {}
    # Where two countries share a name or demonym ("American"), the more populous wins.
    infos = sorted((c.info() for c in all_countries()), key=lambda i: -(i.get("population") or 0))
    seen_codes: set[str] = set()
    for info in infos:
        short = info.get("name")
        code = info.get("ISO", {}).get("alpha2", "")
        # Sovereign states only: Scotland and Wales are places (no code of their own, or
        # the United Kingdom's, which the more populous entry already holds).
        if not short or not code or code in seen_codes:
            continue
        seen_codes.add(code)
        for alias in [short, *info.get("altSpellings", [])]:
            if len(alias) <= 4 and alias.isupper() and alias.lower() not in _NEWS_CODES:
                continue  # a code in the spellings: "BT", "IT"
            names.setdefault(_norm(alias), short)
        iso = info.get("ISO", {})
        for code in (iso.get("alpha2"), iso.get("alpha3")):
            if code and code.lower() in _NEWS_CODES:
                names.setdefault(code.lower(), short)
        if demonym := info.get("demonym"):
            demonyms.setdefault(demonym.lower(), short)
            demonyms.setdefault(demonym.lower() + "s", short)
        capital: str | list[str] = info.get("capital") or []
        for city in [capital] if isinstance(capital, str) else capital:
            capitals.setdefault(_norm(city), short)
            capitals.setdefault(_norm(city.replace(".", "")), short)
    for alias, short in country_aliases().items():
        names[_norm(alias)] = short
    # A capital city's bare name ("Washington" for "Washington D.C.").
    for capital, short in list(capitals.items()):
        first = capital.split()[0]
        if len(capital.split()) > 1 and capital.split()[-1] in {"d.c.", "dc", "city"}:
            capitals.setdefault(first, short)
    return names, demonyms, capitals


def country_named(text: str) -> str | None:
    """The short name of the country ``text`` names ('U.S.' -> 'United States'), if any."""
    names, _, _ = _tables()
    key = _norm(text)
    shown = text.strip()[4:] if text.strip().lower().startswith("the ") else text.strip()
    if len(key.replace(".", "")) <= 3 and not shown.replace(".", "").isupper():
        return None  # a code is written in capitals: "Guy" is a first name, not Guyana's "GUY"
    if key in names:
        return names[key]
    # Two-letter codes are written with dots in news ("U.S.", "U.K.").
    undotted = key.replace(".", "")
    if len(undotted) <= 3 and undotted.isalpha() and undotted in names:
        return names[undotted]
    return None


def country_of_demonym(word: str) -> str | None:
    """'Russian', 'Russians' -> 'Russia'; also plural nouns for people ('Americans')."""
    _, demonyms, _ = _tables()
    key = _norm(word)
    return demonyms.get(key) or country_aliases().get(key)


def country_of_capital(city: str) -> str | None:
    """'Moscow' -> 'Russia', 'Washington DC' -> 'United States'."""
    _, _, capitals = _tables()
    key = _norm(city)
    return capitals.get(key) or capitals.get(key.replace(".", ""))
