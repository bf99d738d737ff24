"""Where articles come from: text files, directories, JSONL and standard input.

One bad input should not sink a run over a thousand articles, so every problem with
one item (an empty file, a binary file, a malformed JSONL line, a repeated id) becomes
an :class:`~kg.errors.InputError` handed to ``on_problem`` and that item is skipped.
A path that does not exist is different: it is almost always a typo, so it fails the
run before any work is done. Files are read one at a time as the iterator advances, so
a large corpus never sits in memory at once.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator, Sequence
from typing import TextIO

from kg.article_reader import JSONL_SUFFIXES, STDIN, TEXT_SUFFIXES, Reader, WarningHandler, Read
from kg.errors import InputError
from kg.input_files import DEFAULT_MAX_BYTES, Selection
from kg.iri import document_iri
from kg.types import Article

__all__ = ["DEFAULT_MAX_BYTES", "JSONL_SUFFIXES", "TEXT_SUFFIXES", "Selection", "read_articles"]

logger = logging.getLogger(__name__)

ProblemHandler = Callable[[InputError], None]


def read_articles(
    inputs: Sequence[str],
    *,
    strict: bool = False,
    stdin: TextIO | None = None,
    on_problem: ProblemHandler | None = None,
    on_warning: WarningHandler | None = None,
    on_note: WarningHandler | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    selection: Selection = Selection(),
) -> Iterator[Article]:
    """Read every article in ``inputs``, lazily and in order.

    Args:
        inputs: Paths of ``.txt``/``.md``/``.jsonl`` files or directories (searched
            recursively, sorted), or ``"-"`` for standard input.
        strict: Raise the first problem instead of skipping the item, for pipelines
            where a partial graph is worse than none.
        stdin: Stream read for ``"-"``; defaults to ``sys.stdin``.
        on_problem: Called with each skipped item's error. Without it problems are
            logged as warnings so they are never silent.
        on_warning: Called with each warning that does not skip the article (text
            that is not valid UTF-8, lone surrogates, an article not in English),
            besides the log record.
        on_note: Called with each file a directory walk passes over on purpose (a
            README, a link to a directory); logged as a warning without it.
        max_bytes: Largest article read (a text file, a JSONL line, standard input);
            a larger one is skipped as a problem, so no input can exhaust memory.
        selection: ``--include``/``--exclude`` globs applied inside directories.

    Returns:
        An iterator of articles with unique ids.

    Raises:
        InputError: At call time if an input path does not exist; while iterating,
            the first problem when ``strict`` is true.
    """
    for item in inputs:
        if item != STDIN and not os.path.lexists(item):
            raise InputError("no such file or directory; check the path", path=item)
    reader = Reader(stdin, on_warning, on_note or _log_note, max_bytes, selection)
    return _iter_articles(inputs, strict, reader, on_problem)


def _log_note(message: str) -> None:
    logger.warning(message)


def _iter_articles(
    inputs: Sequence[str], strict: bool, reader: Reader, on_problem: ProblemHandler | None
) -> Iterator[Article]:
    """Turn items into articles, routing each problem to ``strict``/``on_problem``."""
    seen: dict[str, str] = {}  # document IRI -> where it was first read
    for item in reader.items(inputs):
        identity = str(document_iri(item.article)) if isinstance(item, Read) else ""
        if isinstance(item, Read) and identity not in seen:
            seen[identity] = item.where if item.line is None else f"{item.where}:{item.line}"
            reader.check_language(item)
            yield item.article
            continue
        if isinstance(item, Read) and item.article.own_id:
            problem = InputError(
                f"document id {item.article.id!r} was already read in this run; give each "
                "article a unique id (fix the JSONL 'id')",
                path=item.where,
                line=item.line,
            )
        elif isinstance(item, Read):
            problem = InputError(
                f"same text as {seen[identity]}, already read in this run; an article is read once",
                path=item.where,
            )
        else:
            problem = item
        if strict:
            raise problem
        if on_problem is None:
            logger.warning("skipped: %s", problem)
        else:
            on_problem(problem)
