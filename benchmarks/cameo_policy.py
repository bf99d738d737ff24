"""Which CAMEO codes, blocks and verbs become newskg stance relations, and why the rest do not.

Read by benchmarks/build_cameo_lexicon.py and copied into kg/data/stance_cameo.json ('_policy');
docs/lexicon.md explains it. CAMEO codes an event between two actors; newskg wants an actor's
position on a plan, so a code is kept only where the verb's object is what the position is about.
"""

from __future__ import annotations

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
    "SIGNAL": "a position only with a stance noun ('signal opposition'), which is no plan",
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
    "apply for": "a request for oneself (a post, membership, asylum)",
    "clash over": "a dispute about something, not against it", "describe as": "a labelling verb",
    "react with": "the noun is the reaction ('reacted with anger')",
    "ask": "the object is the addressee ('asked ministers to'); see 'ask for'",
    "beg": "the object is the addressee", "implore": "the object is the addressee",
    "entreat": "the object is the addressee", "adjure": "the object is the addressee",
    "exhort": "the object is the addressee", "petition": "the object is the addressee",
    "press": "the object is the addressee ('pressed the minister'); the hand list has 'press for'",
    "plead": "intransitive or 'plead guilty'; see 'plead for'",
    "appeal": "'appeal a ruling' opposes it, 'appeal to' names the addressee; see 'appeal for'",
    "meet at": "meeting, no position", "link with": "no position", "attack for": "'for' gives the reason",
})
LEFT_OUT_PHRASE_VERBS = {
    "uphold": "'uphold a ban' supports it; CAMEO codes the refusal to ease it (1241)",
    "lift": "lifting a sanction opposes it; CAMEO codes the easing (035x)",
    "summit": "a pattern on the noun 'summit', not a verb",
}
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
