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

from cameo_dictionary import Dictionary, Pattern, Verb, read_dictionary, synset_words

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "kg" / "data" / "stance_cameo.json"
SOURCE = {
    "repository": "https://github.com/openeventdata/petrarch2",
    "path": "petrarch2/data/dictionaries/CAMEO.2.0.txt",
    "commit": "676801cd9cb2924bbbad09f86d15c9323e7097bf",
    "licence": "MIT; Copyright (c) 2014 Open Event Data, dictionary Copyright (c) 2015 Open Event Data "
    "Alliance; full text in kg/data/LICENSES/petrarch2-MIT.txt",
}

# CAMEO code families (first three digits) -> newskg relation.
CODE_FAMILIES = {
    "051": ("supports", "praise or endorse"),
    "110": ("opposes", "disapprove"),
    "111": ("opposes", "criticise or denounce"),
    "12": ("opposes", "reject (120-129: reject cooperation, requests, demands, proposals, plans; veto)"),
    "10": ("proposes", "demand (100-108): asks for something not yet in place"),
    "02": ("proposes", "appeal or request (020-028): asks for something not yet in place"),
    "03": ("supports", "express intent to cooperate (030-039): a commitment to a plan is support for it"),
}
LEFT_OUT_CODES = {
    "050": "engage in diplomatic cooperation: agreeing with or working with someone, not a position on a plan "
    "(verbs of this block reach 'supports' only through their plan-object patterns, see 'object patterns')",
    "052-057": "defend verbally, rally support, grant recognition, apologise, forgive: target is an actor",
    "112": "accuse: the target is an actor, not a plan",
    "113-116": "rally opposition, complain officially, lawsuits, verdicts: actions, not a stated position",
    "01x, 04x, 06x-09x, 13x-20x": "statements, consultation, material cooperation, threats, protest, force",
}
LEFT_OUT_BLOCKS = {
    "HOPE": "hope and desire: an optimistic comment (their patterns are coded 013), not a proposal",
    "INTEND": "intend, mean, plan: intent verbs whose stance is in their infinitive ('intent' in the hand list)",
    "PREPARE": "preparing or training something is not a position on it",
    "SIGNAL": "a position only with a noun ('signal opposition'), kept as a verb + noun phrase",
    "STRIVE": "intransitive; the stance would be in the infinitive",
    "ALLEGE": "allege, claim, swear: the object is a proposition, not a plan",
    "DESPAIR": "intransitive",
    "DISMAY": "disappoint, dismay, sadden: the subject is the cause and the object the holder (roles inverted)",
    "DISGRACE": "debase, humiliate: the object is an actor",
    "REGRET": "mostly one's own acts (an apology, coded 055 in its patterns)",
    "THANK": "the object is an actor",
    "RESPECT": "esteem, prize, value: ambiguous ('value at'); 'respect the decision' is compliance",
    "REASSERT": "repeating one's own claim",
    "FORMALIZE": "code 054, left out",
}
LEFT_OUT_VERBS = {
    "clap": "applause as a physical act", "commemorate": "anniversaries", "congratulate": "object is an actor",
    "felicitate": "object is an actor", "greet": "object is an actor", "honor": "'honour the deal' is compliance",
    "honour": "'honour the deal' is compliance", "recognise": "recognising a state or a problem",
    "recognize": "recognising a state or a problem", "reward": "object is an actor", "toast": "a drink",
    "sanctify": "religious", "embolden": "causative, object is an actor", "enliven": "causative",
    "galvanize": "causative", "inspire": "causative", "invigorate": "causative", "reassure": "object is an actor",
    "revitalize": "causative", "rouse": "causative", "spur": "causative", "cry": "emotion", "grieve": "emotion",
    "mourn": "a death", "wail": "emotion", "weep": "emotion", "whine": "emotion", "blaspheme": "religious",
    "suspect": "'suspect X of Y', object is an actor", "argue": "neutral ('argue that'); see 'argue against'",
    "compete": "rivalry, no position", "contend": "'contend that'", "contrast": "comparison",
    "contravene": "a violation, not a position", "counterbalance": "no position", "differ": "no object",
    "wrangle": "no object", "slight": "object is an actor", "lecture": "mostly teaching",
    "admonish": "object is an actor", "chasten": "object is an actor", "chide": "object is an actor",
    "dress down": "object is an actor", "reprimand": "object is an actor", "scold": "object is an actor",
    "delay": "timing, often one's own plan", "defer": "timing", "postpone": "timing", "procrastinate": "timing",
    "remit": "legal and financial senses", "retard": "not a stance", "inhibit": "not agentive",
    "prevent": "mostly not agentive ('the law prevents')", "stall": "timing",
    "shelve": "one's own plan (the hand list has it as a 'removal' verb)",
    "necessitate": "not agentive", "need": "a need, not a demand", "bid": "'bid farewell', 'bid for' a contract",
    "counsel": "object is an actor", "hint": "no object", "advise": "object is an actor",
    "deny": "mostly denying a report (code 016)", "resist": "mostly force (its patterns are coded 19x)",
    "withstand": "force or pressure", "solicit": "mostly business", "mean": "not a stance",
    "ensure": "not a commitment to a plan of another", "certify": "official act", "train": "not a stance",
}
LEFT_OUT_VERBS.update({
    "respect": "'respect the decision' is compliance", "apply": "'apply the rule', 'apply for' a post",
    "express": "a position only with a noun ('express opposition')", "fail": "'failed to', not a stance",
    "defect": "the object is a party or country", "expect": "a forecast", "aim": "an intent verb",
    "seek": "an intent verb (the hand list's 'intent')", "decide": "an intent verb; see 'decide against'",
    "determine": "an intent verb", "is determined": "an intent verb", "vote": "see 'vote against'",
    "comply": "compliance, not support", "order": "an executive act, not a proposal",
    "decree": "an executive act, not a proposal", "grill": "object is an actor",
    "brand": "a labelling verb: the stance is in the label (the hand list's 'labelling')",
    "breach": "an act, not a stance", "violate": "an act, not a stance", "maintain": "'maintain that'",
    "put": "too general", "reach": "'reach a deal' concludes it", "vow": "an intent verb",
    "assure": "object is an actor", "volunteer": "'volunteer information'",
    "proffer": "a synonym of 'offer', which the hand list reads as 'proposes'",
    "meet at": "meeting, no position", "link with": "no position", "attack for": "'for' gives the reason",
})
# Particles that may stand between a verb and the preposition leading to its object.
PARTICLES = {"AWAY", "OUT", "DOWN", "OFF", "UP", "BACK", "OVER", "AHEAD"}
# Prepositions whose object is the addressee of an appeal, not the thing asked for.
ADDRESSEE_PREPOSITIONS = {"to", "on", "upon", "with"}


def relation_of(code: str) -> str | None:
    """The newskg relation of a CAMEO code ('1246' -> 'opposes'), or None for codes left out."""
    primary = code.split(":")[0].rstrip("!").strip()
    if not primary.isdigit():
        return None
    for prefix in sorted(CODE_FAMILIES, key=len, reverse=True):
        if primary.startswith(prefix):
            return CODE_FAMILIES[prefix][0]
    return None


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
    noun_phrases: dict[str, dict] = {}
    for pattern in dictionary.patterns:
        if pattern.pre:
            continue  # needs a specific subject ('COURT * APPEAL')
        relation = relation_of(pattern.code)
        lemmas = [v for v in (_verb_for_origin(o, by_block[pattern.block], forms) for o in pattern.origins) if v]
        tail = _phrasal_tail(pattern.post)
        nouns = _noun_words(pattern.post, dictionary)
        plan_heads = [n for n in nouns or [] if _is_plan(n, plan_nouns)]
        for lemma in lemmas:
            if plan_heads:
                plan_objects[lemma] += 1
                if relation:
                    votes[lemma][relation] += 1
            if not relation:
                continue
            if tail is not None:  # 2. phrasal verbs: verb (+ particle) + preposition leading to the target
                if (relation == "proposes" and tail in ADDRESSEE_PREPOSITIONS) or (
                    relation == "opposes" and tail.endswith("for")
                ):
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

    conflicts = {k: v["conflict"] for k, v in entries.items() if "conflict" in v}
    return {"verbs": dict(sorted(entries.items())), "noun_phrases": dict(sorted(noun_phrases.items())),
            "conflicts": conflicts}


COMMENT = (
    "Stance verbs read from PETRARCH2's CAMEO verb dictionary (see _source; MIT licence, attribution in "
    "kg/data/LICENSES/petrarch2-MIT.txt), built by benchmarks/build_cameo_lexicon.py; do not edit by hand. "
    "'verbs' maps a lemma, or a verb with the particle and preposition that lead to its object ('campaign "
    "against', 'back away from'), to a relation. An entry comes from the verb's own or block code ('verb code'), "
    "from a pattern whose post-verb part is only a preposition (the target is its object), or, for verbs whose "
    "own code is null or left out ('reject', 'support'), from their patterns with a plan noun as object: when "
    "at least two such patterns, and at least half of them, carry one relation and none another ('object "
    "patterns'). 'noun_phrases' are patterns that need a specific noun ('reject proposal', 'signal "
    "opposition'); 'target_marked' says the pattern marks the target with '+'. Codes, blocks and verbs left "
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
