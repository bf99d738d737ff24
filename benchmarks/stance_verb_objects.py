"""How many missed stances sit in the object of a stance verb the rules know: a diagnostic for plan reading.

For every gold stance triple (opposes, supports, proposes) of the gold folders given that the graph
misses and whose holder and plan are named in one sentence, it parses that sentence and asks whether
a verb of the stance vocabulary (``kg/data/stance_verbs.json`` and CAMEO) has, in its object,
prepositional phrase or complement, a word of four letters or more of one of the annotators' names for
the plan. Where it does, the verb was there and the rules did not take its object for the plan: what
is missing is a reader of plans, not a word list of verbs. A rough string match, not an accuracy
figure.

    uv run python benchmarks/stance_verb_objects.py benchmarks/gold/bbc/dev benchmarks/gold/bbc/blind14 \
        [--corpus ../shared/corpora/bbc_all]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bbc_gold import DEFAULT_CORPUS, run  # noqa: E402
from stance_misses import STANCES, _SENTENCE_END, holder_names, named_in, triple_articles  # noqa: E402

from kg.eval.gold_format import load_gold  # noqa: E402
from kg.extract.stance.vocabulary import stance_verbs  # noqa: E402
from kg.nlp import load_model  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, nargs="+", help="gold folders")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help=f"the articles (default {DEFAULT_CORPUS})")
    args = parser.parse_args(argv)
    nlp, verbs = load_model(), set(stance_verbs())
    for folder in args.gold:
        gold = load_gold(folder)
        with tempfile.TemporaryDirectory() as tmp:
            report = run(folder, args.corpus, Path(tmp), errors=True, model=None, threshold=None)
        missed = [tuple(line.split()[1:4]) for line in report.notes if line.startswith("missed:")]
        articles = triple_articles(folder, gold)
        same = under_a_verb = 0
        for holder, rel, plan in missed:
            if rel not in STANCES:
                continue
            text = (args.corpus / articles.get((holder, rel, plan), gold.documents[0])).read_text(errors="replace")
            names = list(gold.entities[plan].names)
            sentences = [s for s in _SENTENCE_END.split(text) if named_in(names, s) and named_in(holder_names(gold, holder), s)]
            if not sentences:
                continue
            same += 1
            words = {w.lower() for n in names for w in re.findall(r"\w+", n) if len(w) > 3}
            doc = nlp(sentences[0])
            objects = {w.lower_ for t in doc if t.pos_ == "VERB" and t.lemma_.lower() in verbs
                       for c in t.children if c.dep_ in {"dobj", "prep", "xcomp"} for w in c.subtree}  # fmt: skip
            under_a_verb += bool(words & objects)
        print(f"{folder}: {same} missed stances named with their holder in one sentence; "
              f"in {under_a_verb} the plan's words sit under a known stance verb")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
