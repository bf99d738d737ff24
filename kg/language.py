"""Is this article in English? A cheap check from English stop words, no extra model.

newskg's pipeline, rules and word lists are English; an article in another language
parses into nonsense and yields no facts, silently. Running English prose is 40-55% stop
words ("the", "of", "said", "to"); other languages written in Latin script share few of
them, and other scripts share none. So the share of English stop words among the first
words, and the share of Latin letters, tell English from not-English well enough for a
warning, with spaCy's own English stop-word list (no model, no download, deterministic).
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["not_english"]

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_SAMPLE_CHARS = 20_000  # enough words to judge; keeps the check linear and cheap
_MIN_WORDS = 40  # below this a headline or a list of names is not judged
_MIN_STOP_SHARE = 0.12  # English news 0.20-0.55 (BBC sport tables lowest); French, German, Dutch 0.01-0.05
_MIN_LATIN_SHARE = 0.5


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def not_english(text: str) -> str | None:
    """Why ``text`` does not look like English, or None if it does (or is too short to tell)."""
    sample = text[:_SAMPLE_CHARS]
    words = _WORD.findall(sample)
    letters = sum(len(w) for w in words)
    if letters == 0:
        return None
    latin = sum(1 for w in words for ch in w if ch < "\u0250")
    if latin / letters < _MIN_LATIN_SHARE and letters >= _MIN_WORDS * 4:
        return "not written in Latin letters, so not English"
    if len(words) < _MIN_WORDS:
        return None
    stop = _stop_words()
    share = sum(1 for w in words if w.lower() in stop) / len(words)
    if share < _MIN_STOP_SHARE:
        return f"does not look like English (only {share:.0%} of its words are common English words)"
    return None
