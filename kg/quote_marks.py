"""Where quotations are: character ranges inside quote marks.

Curly quotes say which way they face; a straight ``"`` does not, so its direction is read
from the spaces around it: one after a space and before a word opens, one right after a
word closes. News style continues a quote into a new paragraph by opening the paragraph
with a quote mark and closing only the last one; corpora that run paragraphs together on
one line keep the marks ('... finances. "In order to ...'), so a straight quote that opens
a new sentence while a quote is open continues it rather than closing it.
"""

from __future__ import annotations

_OPEN = {"\u201c": "\u201d", "\u00ab": "\u00bb", '"': '"'}
_BEFORE_OPENING = " \t\n([{/\u2014\u2013-"
_SENTENCE_END = ".?!"


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quote marks, continuing across paragraphs that reopen them."""
    regions: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch not in _OPEN or (ch == '"' and _faces_left(text, i) and not _faces_right(text, i)):
            i += 1  # a closing mark with no opening one: skip it rather than invert every quote after it
            continue
        j = _close_of(text, i)
        if j - i > 1:
            regions.append((i + 1, j))
        i = j + 1
    return regions


def _close_of(text: str, i: int) -> int:
    """Index of the mark closing the quote opened at ``i`` (or of the paragraph end)."""
    ch, n = text[i], len(text)
    close = _OPEN[ch]
    j = i + 1
    while j < n:
        if text[j] == "\n":
            k = j
            while k < n and text[k].isspace():
                k += 1
            if k < n and text[k] == ch:
                j = k + 1  # the quote continues in the next paragraph
                continue
            return j
        if text[j] == close and not (ch == '"' and _reopens(text, j)):
            return j
        j += 1
    return j


def _faces_right(text: str, i: int) -> bool:
    """A straight quote that opens: after a space (or the start) and before a word."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before in _BEFORE_OPENING and not after.isspace()


def _faces_left(text: str, i: int) -> bool:
    """A straight quote that closes: right after a word or punctuation."""
    return i > 0 and not text[i - 1].isspace()


def _reopens(text: str, j: int) -> bool:
    """'... finances. "In order': a run-in paragraph that continues the open quote."""
    if not _faces_right(text, j) or not text[j + 1].isupper():
        return False
    before = text[:j].rstrip(" \t")
    return before[-1:] in _SENTENCE_END
