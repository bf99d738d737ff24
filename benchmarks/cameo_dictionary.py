"""A reader for PETRARCH2's CAMEO verb dictionary (``CAMEO.2.0.txt``), for the lexicon build.

The format is described in PETRARCH2's ``PETRreader._read_verb_dictionary`` docstring and
read by ``PETRreader.read_verb_dictionary``; this reader follows that code:

- synonym sets (``&NAME`` followed by ``+WORD`` lines) come before the line
  ``####### VERB PATTERNS #######``;
- a verb block starts with ``--- MEANING [CODE] ---``; the code applies to every verb of
  the block that has no code of its own (``VERB [CODE]``); ``[---]`` is the null code (three
  headers read ``[120]---``, which PETRARCH2 splits into the code ``120]--``; read here as 120);
- verb lines give the primary form, irregular forms in ``{...}``, and an optional code;
  a multi-word verb joins its words with ``_`` and marks the verb with ``+`` (``+RULE_OUT``);
- pattern lines start with ``-``: ``pre-verb words * post-verb words [CODE] # origin``,
  where ``(PREP NOUN)`` is a prepositional phrase, ``{MOD HEAD}`` a longer noun phrase,
  ``&SET`` a synonym set, ``+`` the target and ``$`` the source; the comment names the
  verb the pattern was first written for (``# REJECT``, ``# DELAY , POSTPONE``);
- lines starting with ``~`` are verb transformations (not read here).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
_CODE = re.compile(r"\[([^\]]*)\]")


@dataclass(frozen=True)
class Verb:
    """One verb of a block: lemma (lower case, words joined by spaces), its forms and code."""

    lemma: str
    forms: tuple[str, ...]
    code: str
    own_code: bool
    block: str
    block_code: str
    line: int


@dataclass(frozen=True)
class Pattern:
    """One pattern line: the tokens before and after the verb, its code and the verbs it came from."""

    pre: tuple[str, ...]
    post: tuple[str, ...]
    code: str
    origins: tuple[str, ...]
    block: str
    line: int


@dataclass
class Dictionary:
    """The parsed dictionary: synonym sets, verbs and patterns, in file order."""

    synsets: dict[str, list[str]]
    verbs: list[Verb]
    patterns: list[Pattern]


def _regular_forms(stem: str) -> list[str]:
    """The forms PETRARCH generates for a regular verb (read_verb_dictionary, 'Add synonyms').

    One change: '-sh' and '-ch' take '-es' ('lashes'), so pattern comments naming such forms are found.
    """
    forms = [stem]
    if stem.endswith(("S", "X", "Z", "SH", "CH")):
        forms.append(stem + "ES")
    elif stem.endswith("Y"):
        forms.append(stem[:-1] + "IES")
    else:
        forms.append(stem + "S")
    forms.append(stem + "D" if stem.endswith("E") else stem + "ED")
    if stem.endswith("E") and len(stem) > 1 and stem[-2] not in "AEIOU":
        forms.append(stem[:-1] + "ING")
    else:
        forms.append(stem + "ING")
    return forms


def _words(token: str) -> str:
    """'+RULE_OUT' -> 'rule out'; 'RE_+ARREST' -> 're arrest' (lower case, markers dropped)."""
    return " ".join(part for part in token.replace("+", "").lower().split("_") if part)


def _read_verb(text: str, block: str, block_code: str, line: int) -> Verb | None:
    words = text.replace("{", " ").replace("}", " ").split()
    if not words:
        return None
    code, own = block_code, False
    if words[-1].startswith("["):
        code, own = words.pop().strip("[]"), True
    if not words:
        return None
    stem = words[0]
    irregular = words[1:]
    base = stem.replace("+", "").split("_")
    # For a multi-word verb the '+' marks the inflected word; the regular forms inflect it.
    if irregular:
        forms = [_words(w) for w in words]
    elif "_" in stem:
        parts = stem.split("_")
        head = next((i for i, p in enumerate(parts) if p.startswith("+")), 0)
        forms = []
        for form in _regular_forms(parts[head].lstrip("+")):
            forms.append(" ".join(p.lower() for p in parts[:head] + [form] + parts[head + 1 :]))
    else:
        forms = [f.lower() for f in _regular_forms(stem)]
    return Verb(" ".join(p.lower() for p in base if p), tuple(forms), code, own, block, block_code, line)


def _read_pattern(text: str, block: str, line: int) -> Pattern | None:
    body, _, comment = text[1:].partition("#")
    codes = _CODE.findall(body)
    if "*" not in body or not codes:
        return None
    body = _CODE.sub(" ", body)
    pre, _, post = body.partition("*")
    origin_text = comment.split("<")[0]
    origins = tuple(
        _words(o.strip()) for o in origin_text.split(",") if o.strip() and o.strip().replace("_", "").isalpha()
    )
    return Pattern(tuple(pre.split()), tuple(post.split()), codes[-1].strip(), origins, block, line)


def read_dictionary(text: str) -> Dictionary:
    """Parse the text of CAMEO.2.0.txt into synonym sets, verbs and patterns."""
    synsets: dict[str, list[str]] = {}
    verbs: list[Verb] = []
    patterns: list[Pattern] = []
    in_synsets = True
    current_set = ""
    block, block_code = "", "---"
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip()
        if line.startswith("####### VERB PATTERNS"):
            in_synsets = False
            continue
        if not line.strip() or line.startswith("#") or line.startswith("~"):
            continue
        if in_synsets:
            if line.startswith("&"):
                current_set = line.strip()
                synsets[current_set] = []
            elif line.startswith("+") and current_set:
                synsets[current_set].append(line.strip()[1:].split("#")[0].strip())
            continue
        header = _HEADER.match(line)
        if header:
            block, block_code = header.group(1), header.group(2)
            continue
        if line.startswith("-"):
            pattern = _read_pattern(line, block, number)
            if pattern:
                patterns.append(pattern)
            continue
        verb = _read_verb(line.split("#")[0], block, block_code, number)
        if verb:
            verbs.append(verb)
    return Dictionary(synsets, verbs, patterns)


def synset_words(dictionary: Dictionary, name: str) -> list[str]:
    """The words of a synonym set, lower case, '_' read as a space, the no-plural mark dropped."""
    return [_words(w.rstrip("_")) for w in dictionary.synsets.get(name, [])]
