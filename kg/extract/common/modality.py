"""Is a relation stated as fact, denied, or only imagined? Polarity and modality of an anchor.

A rule reads a relation at one anchor token (usually the verb). Whether the text
*asserts* that relation depends on words around the anchor, but only within the
anchor's own clause: "U.S. missiles based in Romania will never be able to
intercept ..." denies the intercepting, not the basing. So negation is read on
the anchor and on the verbs its clause is the complement of ("did not want to
deploy"), and stops at relative clauses, participles and other clauses.

Conditionals are different: everything inside an "if"/"unless"/"whether" clause
is unasserted however deep it sits, so that scope is read over all ancestors.

The word sets here are closed grammatical classes (modal auxiliaries,
subordinators) and a handful of control verbs, not open vocabulary, so they live
in code rather than in ``kg/data``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Modals that do not commit the writer to the event. "will" is deliberately absent:
# news states plans and schedules with it ("the base will open in 2015").
HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "should", "must", "ought"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
# Verbs and adjectives whose to-infinitive complement states a wish, plan or ability,
# not an event: "wants to deploy", "is ready to assure", "would like to post", "was unlikely to
# veto", "had not decided whether to endorse".
IRREALIS_GOVERNORS = frozenset(
    {
        "want", "like", "wish", "hope", "plan", "intend", "seek", "try", "attempt", "aim",
        "propose", "threaten", "expect", "prepare", "consider", "promise", "pledge", "vow",
        "offer", "agree", "ready", "willing", "able", "eager", "keen", "prepared",
        "likely", "unlikely", "set", "due", "decide",
    }
)  # fmt: skip
_NEGATING_OBJECT_DETS = frozenset({"no", "none"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def polarity_and_modality(anchor: Token) -> tuple[str, str]:
    """("positive" | "negative", "asserted" | "hypothetical") for the relation read at ``anchor``.

    Verbs are read through their clause chain (see module docstring). A noun anchor
    ("the deployment of X") is negative only when its own determiner denies it ("no
    deployment"); it is hypothetical when the verb governing it is ("could start the
    deployment"), since negating that verb ("does not accept the deployment") says
    nothing about whether the deployment happens.

    "reported" is not decided here: ``ExtractionContext.fact`` adds it from quotations.
    """
    if anchor.pos_ not in {"VERB", "AUX"}:
        polarity = "negative" if _has_negating_det(anchor) else "positive"
        verb = _governing_verb(anchor)
        modality = "asserted"
        if verb is not None:
            modality = polarity_and_modality(verb)[1]
        if in_conditional(anchor):
            modality = "hypothetical"
        return polarity, modality
    polarity, modality = "positive", "asserted"
    for clause, carries_negation, governs_infinitive in _clause_chain(anchor):
        if carries_negation and negated(clause):
            polarity = "negative"
        if _modal(clause) or has_conditional_clause(clause):
            modality = "hypothetical"
        if governs_infinitive and clause.lemma_.lower() in IRREALIS_GOVERNORS:
            modality = "hypothetical"
    if in_conditional(anchor):
        modality = "hypothetical"
    return polarity, modality


def negated(verb: Token) -> bool:
    """Whether ``verb`` itself carries a negation: 'not', 'never', 'no longer', or a 'no' object."""
    for child in verb.children:
        if child.dep_ == "neg" or child.lower_ == "never":
            return True
        if child.dep_ == "advmod" and child.lower_ == "longer" and any(g.lower_ == "no" for g in child.children):
            return True
        if child.dep_ in {"dobj", "nsubjpass"} and _has_negating_det(child):
            return True
    return False


def _has_negating_det(noun: Token) -> bool:
    return noun.lower_ == "none" or any(c.dep_ == "det" and c.lower_ in _NEGATING_OBJECT_DETS for c in noun.children)


def _modal(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX for c in verb.children)


def has_conditional_clause(verb: Token) -> bool:
    """The consequent of a conditional: 'Russia will respond [if the U.S. deploys ...]'."""
    return any(c.dep_ == "advcl" and _has_conditional_mark(c) for c in verb.children)


def _has_conditional_mark(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in verb.children)


def in_conditional(token: Token) -> bool:
    """Inside an if/unless/whether clause, at any depth."""
    node = token
    while True:
        if _has_conditional_mark(node):
            return True
        if node.head.i == node.i:
            return False
        node = node.head


def _clause_chain(anchor: Token) -> Iterator[tuple[Token, bool, bool]]:
    """The anchor and the verbs whose negation and modals it shares.

    Yields (verb, whether its negation carries to the anchor, whether the anchor's
    clause is its infinitive complement).

    Climbs from an infinitive complement to its governor ("refused [to back]",
    "will never be able [to intercept]") and from a subject-less conjunct to the
    first conjunct, which holds the shared auxiliaries. Negation crosses "or"/"nor"
    ("did not build or deploy") but not "and"/"but" ("did not reject X but
    welcomed Y"); modals cross any coordination except "but".
    """
    node, carries = anchor, True
    yield node, carries, False
    while True:
        infinitive = node.dep_ == "xcomp"
        if infinitive:
            node = node.head
            if node.dep_ == "acomp" and node.head.i != node.i:  # "be able to", "is ready to"
                yield node, carries, True
                node, infinitive = node.head, False
        elif node.dep_ == "conj" and not any(c.dep_ in _SUBJECT_DEPS for c in node.children):
            cc = _coordinator(node)
            if cc == "but":
                return
            carries = carries and cc in {"or", "nor"}
            node = node.head
        else:
            return
        if node.pos_ not in {"VERB", "AUX", "ADJ"}:
            return
        yield node, carries, infinitive


def _coordinator(conj: Token) -> str | None:
    """The coordinating word between ``conj`` and the conjunct it hangs on."""
    between = [c for c in conj.head.children if c.dep_ == "cc" and c.i < conj.i]
    return between[-1].lower_ if between else None


def _governing_verb(noun: Token) -> Token | None:
    """The verb of the clause a noun phrase sits in, through prepositions and appositions."""
    node = noun
    for _ in range(12):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return node
    return None
