"""Pathological text stays near-linear: many lines, no sentence end (see benchmarks/text_scaling.py)."""

from __future__ import annotations

import time

import spacy

from kg.nlp import MAX_SENTENCE_TOKENS, paragraph_breaks


def test_many_short_lines_mark_sentence_starts_in_linear_time() -> None:
    nlp = spacy.blank("en")
    doc = nlp("".join(f"Line {i} said nothing.\n" for i in range(4000)))  # 90 KB; was 80+ s, quadratic
    started = time.perf_counter()
    paragraph_breaks(doc)
    assert time.perf_counter() - started < 5
    assert sum(1 for t in doc if t.is_sent_start) == 4000


def test_text_without_sentence_ends_is_cut_into_bounded_sentences() -> None:
    nlp = spacy.blank("en")
    doc = paragraph_breaks(nlp('" \u201c word \u2019 ' * 5000))
    starts = [t.i for t in doc if t.is_sent_start] + [len(doc)]
    assert max(b - a for a, b in zip(starts, starts[1:], strict=False)) <= MAX_SENTENCE_TOKENS


def test_a_dateline_still_stands_alone() -> None:
    nlp = spacy.blank("en")
    doc = paragraph_breaks(nlp("Headline here\nWASHINGTON DC, October 18 (Itar-Tass) -- Ellen Tauscher said so."))
    assert [t.text for t in doc if t.is_sent_start] == ["Headline", "WASHINGTON", "Ellen"]
