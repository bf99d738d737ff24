"""Precision of the cross-sentence links: descriptions, 'his party' and 'we' read from a speaker's post.

Lists, for BBC articles beside the repository (never copied into it: BBC copyright), the
links of three kinds in text order:

- ``description``: a definite post ("The Tory leader said") resolved to a person whose own
  title before their name does not have that post word (so read by referring back to the
  person just named, :mod:`kg.resolve.coref_descriptions`);
- ``party``: "his party"/"her party" resolved to the party the person's post names;
- ``we``: a first-person plural inside a quotation resolved to a side named by the
  speaker's post (:func:`kg.extract.speech.sides.posted_sides`).

With ``--show`` it prints each link with its sentence and the one before, for judging by
hand; ``--judged FILE`` scores the links against a table of judgements (article, token
index, kind, label, y/n), which holds no article text. The table in
``benchmarks/coref_judged.tsv`` was judged on the 100 articles of ``../shared/corpora/bbc_politics``
and on ``../shared/corpora/bbc_all/politics`` 166-250 (outside the dev gold and the blind 251-300).

Usage (from the repository root)::

    uv run python benchmarks/coref_sample.py --first 100 [--show]
    uv run python benchmarks/coref_sample.py --corpus ../shared/corpora/bbc_all/politics --start 166.txt --first 85
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "bbc_politics"
DEFAULT_JUDGED = REPO / "benchmarks" / "coref_judged.tsv"

Link = tuple[str, int, str, str]  # article, token index, kind, label


def links(corpus: Path, first: int, show: bool, start: str = "") -> list[Link]:
    """The description, party and 'we' links in the first ``first`` articles of ``corpus`` from ``start`` on."""
    from kg.analyse import extraction_context
    from kg.extract.speech.sides import posted_sides
    from kg.lexicon import title_words
    from kg.nlp import load_model
    from kg.syntax import title_before
    from kg.types import Article

    nlp = load_model()
    found: list[Link] = []
    for path in [p for p in sorted(corpus.glob("*.txt")) if p.name >= start][:first]:
        doc = nlp(path.read_text(encoding="utf-8"))
        ctx = extraction_context(Article(path.name, doc.text), doc)
        posted = posted_sides(doc, ctx.entities)
        own_titles: dict[str, set[str]] = {}
        for mention in ctx.entities.mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if mention.entity.cls == "Person" and span is not None and (t := title_before(doc, span.start)) is not None:
                own_titles.setdefault(mention.entity.key, set()).update(w.lower_ for w in doc[t[0] : t[1]])
        for tok in doc:
            mention = ctx.entities.at(tok)
            if mention is None or mention.text != tok.text:
                continue
            kind = None
            if tok.pos_ == "NOUN" and tok.lower_ in title_words() and mention.entity.cls == "Person":
                if tok.lower_ not in own_titles.get(mention.entity.key, set()):
                    kind = "description"
            elif tok.lower_ == "party" and mention.entity.cls == "Organization":
                kind = "party"
            elif tok.lower_ in {"we", "our", "us"}:
                quotation = ctx.quotation_at(tok)
                speaker = quotation.speaker if quotation is not None else None
                side = posted.get(speaker.entity.key) if speaker is not None else None
                if side is not None and side.entity.key == mention.entity.key:
                    kind = "we"
            if kind is None:
                continue
            found.append((path.name, tok.i, kind, mention.entity.label))
            if show:
                sent = tok.sent
                before = doc[sent.start - 1].sent.text.strip() if sent.start > 0 else ""
                print(f"{path.name}\t{tok.i}\t{kind}\t{tok.text} -> {mention.entity.label}\n    {before}\n    >> {sent.text.strip()}")
    return found


def score(found: list[Link], judged: Path) -> str:
    """Precision over the judged links that are still made, and how many are no longer made or new."""
    table: dict[tuple[str, int, str, str], str] = {}
    for line in judged.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            article, index, kind, label, verdict = line.split("\t")
            table[(article, int(index), kind, label)] = verdict.strip()
    made = set(found)
    right = sum(1 for key, verdict in table.items() if key in made and verdict == "y")
    judged_made = sum(1 for key in table if key in made)
    unjudged = len(made - set(table))
    gone = len(set(table) - made)
    precision = right / judged_made if judged_made else 0.0
    return f"coref links: judged {judged_made}, right {right}, precision {precision:.2f}; not judged {unjudged}; no longer made {gone}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--first", type=int, default=40)
    parser.add_argument("--start", default="", help="the first article's file name, e.g. 166.txt")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--judged", type=Path, default=DEFAULT_JUDGED)
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"error: corpus {args.corpus} not found; pass --corpus DIR", file=sys.stderr)
        return 2
    found = links(args.corpus, args.first, args.show, args.start)
    if args.judged.is_file():
        print(score(found, args.judged))
    else:
        print(f"{len(found)} links; no judgements at {args.judged}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
