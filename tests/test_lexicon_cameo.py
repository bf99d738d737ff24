"""The CAMEO stance lexicon: known entries, the code -> relation policy, the hand list winning,
and the dictionary reader on text in PETRARCH2's format."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from kg.lexicon import cameo_stance_verbs, stance_vocabulary

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
RELATIONS = {"opposes", "supports", "proposes"}


def _data() -> dict:
    return json.loads(resources.files("kg.data").joinpath("stance_cameo.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("lemma", "relation"),
    [
        ("condemn", "opposes"),  # own code 111 in the BLAME block
        ("praise", "supports"),  # 051
        ("reject", "opposes"),  # null verb code, read from its plan-object patterns (12x)
        ("deplore", "opposes"),
        ("veto", "opposes"),
        ("endorse", "supports"),
        ("demand", "proposes"),  # 100
        ("appeal for", "proposes"),  # 26 of its 28 '(FOR noun)' patterns are coded 02x
        ("recommend", "proposes"),
        ("revive", "supports"),  # 030: a commitment to a plan
        ("campaign against", "opposes"),  # pattern '* (AGAINST) [110]'
        ("back away from", "opposes"),  # pattern '* AWAY (FROM) [120]'
        ("call for", "proposes"),  # pattern '* (FOR) [020]' in the CALL block
    ],
)
def test_known_entries(lemma: str, relation: str) -> None:
    assert cameo_stance_verbs().verbs[lemma] == relation


@pytest.mark.parametrize("lemma", ["claim", "hope", "plan", "congratulate", "delay", "call on", "attack for", "urge", "ask", "appeal"])
def test_left_out(lemma: str) -> None:
    """Assertion verbs, hopes, intents, actor objects, timing and addressees are no stance on a plan.

    ('urge' is not a verb of the dictionary: it appears only in its pattern comments.)
    """
    assert lemma not in cameo_stance_verbs().verbs


def test_policy_maps_codes_to_relations() -> None:
    policy = {k: v["relation"] for k, v in _data()["_policy"]["codes"].items()}
    assert policy == {
        "051": "supports", "110": "opposes", "111": "opposes", "12": "opposes",
        "10": "proposes", "02": "proposes", "03": "supports",
    }
    for lemma, entry in _data()["verbs"].items():
        code = entry["code"]
        if not code[:3].isdigit():
            continue  # read from object patterns
        family = next(p for p in sorted(policy, key=len, reverse=True) if code.startswith(p))
        assert entry.get("cameo_relation", entry["relation"]) == policy[family], lemma


def test_hand_list_wins() -> None:
    hand = {w: rel for rel in RELATIONS for w in stance_vocabulary()[rel]}
    lexicon = cameo_stance_verbs()
    assert lexicon.verbs["offer"] == "proposes" and "offer" in lexicon.conflicts  # CAMEO 030 would say supports
    assert lexicon.verbs["table"] == "proposes" and "table" in lexicon.conflicts  # CAMEO 120: US 'shelve'
    for lemma, relation in lexicon.verbs.items():
        assert relation in RELATIONS
        assert lemma == lemma.lower() and lemma.strip() == lemma
        if lemma in hand:
            assert relation == hand[lemma], lemma
    for phrase, relation in lexicon.noun_phrases.items():
        assert relation in RELATIONS and len(phrase.split()) >= 2, phrase


EXCERPT = """\
&PROPOSAL
+PROPOSAL
+MOTION

####### VERB PATTERNS #######

---  REFUSE   [---]  ---
+RULE_OUT
DECLINE [120]
REJECT
- * &PROPOSAL                                         [120]         # REJECT
- * PLAN                                              [127]         # REJECT
- * ACCUSATION                                        [016]         # REJECT
- * TALKS                                             [125]         # RULED_OUT

---  DEMAND   [100]  ---
CAMPAIGN
WANT [030]
BID {BIDS BADE BIDDING }  # tb 28 Apr 2006
- * (AGAINST)                                         [110]         # CAMPAIGN
- COURT * APPEAL                                      [1241]        # CAMPAIGN
"""


def test_reader_and_build_on_the_format(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    from build_cameo_lexicon import build  # type: ignore[import-not-found]
    from cameo_dictionary import read_dictionary  # type: ignore[import-not-found]

    dictionary = read_dictionary(EXCERPT)
    verbs = {v.lemma: v for v in dictionary.verbs}
    assert verbs["rule out"].forms == ("rule out", "rules out", "ruled out", "ruling out")
    assert verbs["bid"].forms == ("bid", "bids", "bade", "bidding")
    assert (verbs["decline"].code, verbs["reject"].code, verbs["want"].code) == ("120", "---", "030")
    assert dictionary.patterns[0].post == ("&PROPOSAL",) and dictionary.patterns[0].origins == ("reject",)

    lexicon = build(dictionary, {"proposes": ["want"]}, frozenset({"plan", "proposal"}))
    relations = {k: v["relation"] for k, v in lexicon["verbs"].items()}
    assert relations == {
        "decline": "opposes", "reject": "opposes", "campaign": "proposes",
        "campaign against": "opposes", "want": "proposes",
    }
    assert lexicon["verbs"]["want"]["cameo_relation"] == "supports" and list(lexicon["conflicts"]) == ["want"]
    assert lexicon["noun_phrases"]["reject proposal"]["relation"] == "opposes"
    assert "reject motion" not in lexicon["noun_phrases"]  # only plan nouns make a phrase
