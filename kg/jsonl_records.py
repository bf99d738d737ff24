"""One JSONL line to an article record: the checks that name the field and say what to do.

The JSONL contract: one JSON object per line with a non-empty ``id`` (or ``url``) and ``text`` and
optional ``title``, ``date``, ``url``, ``source`` strings (a number is accepted where ids
and years are often written as one).
"""

from __future__ import annotations

import json

from kg.errors import InputError
from kg.types import Article

__all__ = ["jsonl_article"]

_OPTIONAL_FIELDS = ("title", "date", "url", "source")


def jsonl_article(line: str, where: str, number: int) -> Article | InputError:
    """Validate one JSONL record: a JSON object with a non-empty id and text."""

    def problem(message: str) -> InputError:
        return InputError(message, path=where, line=number)

    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return problem(f"not valid JSON ({err.msg} at column {err.colno}); fix or remove the line")
    except RecursionError:
        return problem("JSON nested too deeply to read; an article is one flat object, fix or remove the line")
    if not isinstance(record, dict):
        return problem('expected a JSON object like {"id": "...", "text": "..."}; fix the line')
    doc_id = _scalar(record.get("id")) or _scalar(record.get("url"))
    if not doc_id:
        return problem('missing or empty "id" (and no "url"); give every article a unique id')
    text = record.get("text")
    if not isinstance(text, str):
        what = "is missing" if text is None else f"must be a string, not {type(text).__name__}"
        return problem(f'"text" {what}; put the article text in "text" as a string')
    if not text.strip():
        return problem('"text" is empty; add the article text or remove the line')
    extras: dict[str, str | None] = {}
    for name in _OPTIONAL_FIELDS:
        value = record.get(name)
        extras[name] = _scalar(value)
        if extras[name] is None and not (value is None or isinstance(value, str)):
            return problem(f'"{name}" must be a string; fix or drop the field')
    path = None if where == "<stdin>" else where
    return Article(id=doc_id, text=text, path=path, own_id=True, **extras)


def _scalar(value: object) -> str | None:
    """A non-blank JSON string, or a number written as one (ids and years often are)."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None
