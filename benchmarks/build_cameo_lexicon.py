"""Build kg/data/stance_cameo.json from PETRARCH2's CAMEO verb dictionary (MIT licence).

    git clone https://github.com/openeventdata/petrarch2   # or any checkout of commit 676801c
    uv run python benchmarks/build_cameo_lexicon.py PETRARCH2/petrarch2/data/dictionaries/CAMEO.2.0.txt

The mapping policy (which CAMEO codes give which newskg relation, which blocks and verbs are
left out and why) is the table below and is copied into the JSON's ``_comment``/``_policy``;
docs/lexicon.md explains it. Prints counts per relation and the conflicts with the hand list
(kg/data/stance_verbs.json), which always wins.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from cameo_dictionary import Dictionary, Verb, read_dictionary, synset_words
from cameo_policy import (
    ADDRESSEE_PREPOSITIONS,
    CODE_FAMILIES,
    LEFT_OUT_BLOCKS,
    LEFT_OUT_CODES,
    LEFT_OUT_PHRASE_VERBS,
    LEFT_OUT_VERBS,
    PARTICLES,
    relation_of,
)

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "kg" / "data" / "stance_cameo.json"
SOURCE = {
    "repository": "https://github.com/openeventdata/petrarch2",
    "path": "petrarch2/data/dictionaries/CAMEO.2.0.txt",
    "commit": "676801cd9cb2924bbbad09f86d15c9323e7097bf",
    "licence": "MIT; Copyright (c) 2014 Open Event Data, dictionary Copyright (c) 2015 Open Event Data "
    "Alliance; full text in kg/data/LICENSES/petrarch2-MIT.txt",
}

def _noun_words(tokens: tuple[str, ...], dictionary: Dictionary) -> list[str] | None:
    """The words of a noun-only post-verb section ('&PROPOSAL' -> its synset), or None if not noun-only."""
    text = " ".join(tokens).replace("{", "").replace("}", "")
    if any(c in text for c in "()+$^%") or not text:
        return None
    words = text.split()
    if len(words) == 1 and words[0] in PARTICLES:
        return None
    if any(w.startswith("&") for w in words):
        if len(words) != 1:
            return None
        return synset_words(dictionary, words[0])
    return [" ".join(w.lower() for w in words)]


def _phrasal_tail(tokens: tuple[str, ...]) -> str | None:
    """'(AGAINST)' -> 'against', 'AWAY (FROM)' -> 'away from', '(FOR) +' -> 'for'; None if a noun is needed."""
    words = [t for t in tokens if t != "+"]
    if not words or not words[-1].startswith("(") or not words[-1].endswith(")"):
        return None
    prep = words[-1].strip("()")
    if not prep.isalpha() or any(w not in PARTICLES for w in words[:-1]):
        return None
    return " ".join([w.lower() for w in words[:-1]] + [prep.lower()])


def _preposition(tokens: tuple[str, ...]) -> str | None:
    """The preposition of a post-verb part that is one prepositional phrase with a noun ('(FOR PEACE)')."""
    text = " ".join(tokens)
    if not tokens or not tokens[0].startswith("(") or not text.endswith(")") or text.count("(") != 1:
        return None
    prep = tokens[0].strip("(")
    return prep.lower() if prep.isalpha() and len(tokens) > 1 else None


def _wrong_preposition(relation: str, tail: str) -> bool:
    """An addressee after an appeal verb ('call on'), or a reason after a criticism ('attack for')."""
    return (relation == "proposes" and tail in ADDRESSEE_PREPOSITIONS) or (
        relation == "opposes" and tail.endswith("for")
    )


def _is_plan(noun: str, plan_nouns: frozenset[str]) -> bool:
    """Whether a noun phrase's head (its last word, singular) is a plan noun ('peace plan', 'reforms')."""
    head = noun.split()[-1]
    return head in plan_nouns or (head.endswith("s") and head[:-1] in plan_nouns)


def _verb_for_origin(origin: str, block_verbs: list[Verb], forms: dict[str, str]) -> str | None:
    """The lemma a pattern comment names ('ruled out' -> 'rule out'), preferring the verbs of its block."""
    for verb in block_verbs:
        if origin in verb.forms or origin == verb.lemma:
            return verb.lemma
    return forms.get(origin)


def build(dictionary: Dictionary, hand: dict[str, list[str]], plan_nouns: frozenset[str]) -> dict:
    """The lexicon: verbs and phrasal verbs with their relation, verb + noun phrases, conflicts."""
    by_block: dict[str, list[Verb]] = defaultdict(list)
    forms: dict[str, str] = {}
    for verb in dictionary.verbs:
        by_block[verb.block].append(verb)
        for form in verb.forms:
            forms.setdefault(form, verb.lemma)
    hand_relation = {w: rel for rel in ("opposes", "supports", "proposes") for w in hand.get(rel, [])}
    entries: dict[str, dict] = {}

    def keep(lemma: str, relation: str, code: str, block: str, via: str) -> None:
        if lemma in entries or lemma in LEFT_OUT_VERBS or block in LEFT_OUT_BLOCKS:
            return
        entry = {"relation": relation, "code": code, "block": block, "via": via}
        other = hand_relation.get(lemma)
        if other and other != relation:
            entry.update(relation=other, cameo_relation=relation, conflict=f"hand list has '{other}'")
        entries[lemma] = entry

    for verb in dictionary.verbs:  # 1. the verb's own or block code
        relation = relation_of(verb.code)
        if relation:
            keep(verb.lemma, relation, verb.code, verb.block, "verb code")

    votes: dict[str, Counter[str]] = defaultdict(Counter)
    plan_objects: Counter[str] = Counter()
    prep_votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    noun_phrases: dict[str, dict] = {}
    for pattern in dictionary.patterns:
        if pattern.pre:
            continue  # needs a specific subject ('COURT * APPEAL')
        relation = relation_of(pattern.code)
        lemmas = [v for v in (_verb_for_origin(o, by_block[pattern.block], forms) for o in pattern.origins) if v]
        tail = _phrasal_tail(pattern.post)
        nouns = _noun_words(pattern.post, dictionary)
        plan_heads = [n for n in nouns or [] if _is_plan(n, plan_nouns)]
        prep = _preposition(pattern.post)
        for lemma in lemmas:
            if prep:
                prep_votes[(lemma, prep)][relation or "-"] += 1
            if plan_heads:
                plan_objects[lemma] += 1
                if relation:
                    votes[lemma][relation] += 1
            if not relation:
                continue
            if tail is not None:  # 2. phrasal verbs: verb (+ particle) + preposition leading to the target
                if _wrong_preposition(relation, tail):
                    continue
                keep(f"{lemma} {tail}", relation, pattern.code, pattern.block, f"pattern line {pattern.line}")
            elif plan_heads and not (lemma in LEFT_OUT_VERBS or pattern.block in LEFT_OUT_BLOCKS):
                for noun in plan_heads:  # 3. verb + plan noun phrases, kept apart: they need that noun
                    noun_phrases.setdefault(f"{lemma} {noun}", {"relation": relation, "code": pattern.code,
                                                                "verb": lemma, "noun": noun})

    for lemma, counter in sorted(votes.items()):  # 4. verbs whose plan objects carry one relation
        relation, count = counter.most_common(1)[0]
        if len(counter) == 1 and count >= 2 and 2 * count >= plan_objects[lemma]:
            block = next(v.block for v in dictionary.verbs if v.lemma == lemma)
            code_votes = f"{count} of {plan_objects[lemma]} plan-object patterns"
            keep(lemma, relation, "patterns", block, f"object patterns ({code_votes})")

    for (lemma, prep), counter in sorted(prep_votes.items()):  # 5. prepositions that lead to the target
        relation, count = counter.most_common(1)[0]
        total = sum(counter.values())
        if relation != "-" and count >= 3 and 4 * count >= 3 * total and not _wrong_preposition(relation, prep):
            block = next(v.block for v in dictionary.verbs if v.lemma == lemma)
            keep(f"{lemma} {prep}", relation, "patterns", block, f"preposition patterns ({count} of {total})")

    noun_phrases = _checked_noun_phrases(noun_phrases, entries, hand_relation)
    conflicts = {k: v["conflict"] for k, v in entries.items() if "conflict" in v}
    return {"verbs": dict(sorted(entries.items())), "noun_phrases": dict(sorted(noun_phrases.items())),
            "conflicts": conflicts}


def _checked_noun_phrases(phrases: dict[str, dict], verbs: dict[str, dict], hand: dict[str, str]) -> dict[str, dict]:
    """Verb + plan noun phrases that agree with the verb's own stance, if it has one.

    A phrase whose verb has no stance of its own is kept only for the codes that judge the
    object itself (051, 11x, 12x) or ask for it (02x): CAMEO's 03x and 10x codes describe the
    act towards another actor ('hammer out an accord', 'impose a regulation'), not a position.
    """
    kept = {}
    for phrase, entry in phrases.items():
        verb = entry["verb"]
        own = hand.get(verb) or (verbs[verb]["relation"] if verb in verbs else None)
        if verb in LEFT_OUT_PHRASE_VERBS or (own and own != entry["relation"]):
            continue
        if not own and entry["code"][:2] in ("03", "10"):
            continue
        kept[phrase] = entry
    return kept


COMMENT = (
    "Stance verbs read from PETRARCH2's CAMEO verb dictionary (see _source; MIT licence, attribution in "
    "kg/data/LICENSES/petrarch2-MIT.txt), built by benchmarks/build_cameo_lexicon.py; do not edit by hand. "
    "'verbs' maps a lemma, or a verb with the particle and preposition that lead to its object ('campaign "
    "against', 'back away from'), to a relation. An entry comes from the verb's own or block code ('verb code'), "
    "from a pattern whose post-verb part is only a preposition (the target is its object), or, for verbs whose "
    "own code is null or left out ('reject', 'support'), from their patterns with a plan noun as object: when "
    "at least two such patterns, and at least half of them, carry one relation and none another ('object "
    "patterns'). 'noun_phrases' are patterns that need a specific plan noun as object ('reject proposal', "
    "'oppose bill'), kept when they agree with the verb's own stance and, for verbs without one, only for "
    "codes 02x, 051, 11x and 12x (03x and 10x describe an act towards an actor, not a position). Codes, "
    "blocks and verbs left "
    "out, with reasons, are in _policy. Where the hand list (stance_verbs.json) gives a verb another stance, "
    "the hand list wins: 'relation' is the hand list's, 'cameo_relation' CAMEO's, and 'conflicts' lists them."
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dictionary", type=Path, help="path to CAMEO.2.0.txt from PETRARCH2")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    from kg.lexicon import plan_nouns, stance_vocabulary

    dictionary = read_dictionary(args.dictionary.read_text(encoding="utf-8"))
    lexicon = build(dictionary, stance_vocabulary(), plan_nouns())
    policy = {"codes": {k: {"relation": r, "meaning": m} for k, (r, m) in CODE_FAMILIES.items()},
              "left_out_codes": LEFT_OUT_CODES, "left_out_blocks": LEFT_OUT_BLOCKS, "left_out_verbs": LEFT_OUT_VERBS,
              "left_out_phrase_verbs": LEFT_OUT_PHRASE_VERBS,
              "addressee_prepositions": sorted(ADDRESSEE_PREPOSITIONS)}
    data = {"_comment": COMMENT, "_source": SOURCE, "_policy": policy, **lexicon}
    args.out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    verbs = lexicon["verbs"]
    print(f"wrote {args.out.relative_to(REPO) if args.out.is_relative_to(REPO) else args.out}")
    for relation in ("opposes", "supports", "proposes"):
        single = sum(1 for k, v in verbs.items() if v["relation"] == relation and " " not in k)
        multi = sum(1 for k, v in verbs.items() if v["relation"] == relation and " " in k)
        phrases = sum(1 for v in lexicon["noun_phrases"].values() if v["relation"] == relation)
        print(f"{relation:9} verbs {single:3}  phrasal {multi:3}  verb+noun phrases {phrases:3}")
    print(f"conflicts with the hand list ({len(lexicon['conflicts'])}):")
    for lemma, note in lexicon["conflicts"].items():
        print(f"  {lemma}: CAMEO {verbs[lemma]['cameo_relation']}, {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
