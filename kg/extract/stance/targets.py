"""What a stance is about: the node its object names, or the one it refers back to.

A named plan, system or actor is itself (:func:`kg.extract.common.nodes.node_for`). A bare
definite noun ("the offer", "the bill") and "it" refer back to a plan named before,
unless the article's own use of the word makes the reference doubtful. After a plain
verb of opinion ("backed stem cell research", "opposed compulsory mediation") a
described policy is a node even without a plan noun, and a lone "renewal" is the
"renewal of the deterrent" named before. A new plan may be described by what it would
do ("tabled an amendment that would ban bonuses"), and whatever new thing a plain verb
of proposing puts forward ("proposed a joint data exchange centre") is a plan; "the
project" or "the programme" may be the system just named.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.common.antecedents import LOOKBACK_TOKENS, antecedent_node, recent_same_plan
from kg.extract.common.plan_described import plan_said_to_do
from kg.extract.common.labels import complement_tokens, label_tokens, new_node, node_class
from kg.extract.common.nodes import GENERIC_PLAN_NOUNS, node_for
from kg.extract.stance.plan_phrases import described_bare, phrase_plan, whole_of_part
from kg.extract.stance.vocabulary import misparsed_participle
from kg.lexicon import stance_vocabulary
from kg.resolve.countries import country_of_demonym
from kg.syntax import sentence_start_back

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.common.context import ExtractionContext
    from kg.types import Mention


def stance_target(ctx: ExtractionContext, stance: str, head: Token, verb: Token) -> tuple[Mention | None, bool]:
    """The node a stance on ``head`` is about, and whether it was found by referring back.

    Proposing refers back only when the sentence names the proposer in a "by" phrase
    ("the bill, unveiled by X"), or to a bill or amendment named in the last few sentences
    ("X, who introduced the legislation"): "Labour unveiled the plan" may be any plan named before.
    """
    if stance == "proposes" and (whole := whole_of_part(head)) is not None:
        head = whole  # "unveiled the first part of the manifesto" puts the manifesto forward
    target = node_for(ctx, head)
    if target is not None:
        return target, False
    if stance != "proposes" or _named_by_agent(verb, head):
        target = antecedent_node(ctx, head) or _plan_it_stands_for(ctx, head)
        if target is not None and not _doubtful_antecedent(ctx, head, target):
            return target, True
    elif (target := recent_same_plan(ctx, head)) is not None:
        return target, True  # "Chandran, who introduced the legislation": the bill just named
    if (target := _with_complement_on_verb(ctx, head)) is not None:
        return target, False
    if stance == "proposes" and (target := plan_said_to_do(ctx, head)) is not None:
        return target, False
    if stance == "proposes" and verb.lemma_.lower() in stance_vocabulary()["open_proposal_verbs"]:
        return _new_proposal(ctx, head, verb), False
    if stance != "proposes" and verb.lemma_.lower() in stance_vocabulary()["open_object_verbs"]:
        policy = policy_node(ctx, head, verb)
        if policy is None and (earlier := _bare_policy_named_before(ctx, head)) is not None:
            return earlier, True
        return policy, False
    return None, False


def _bare_policy_named_before(ctx: ExtractionContext, head: Token) -> Mention | None:
    """'backed the renewal of the Trident deterrent ... The SNP opposes renewal': the policy named in full before.

    Only a lone singular noun with no determiner or modifier, and only an earlier use of
    the same word outside quotations that names a policy with its complement.
    """
    if head.pos_ != "NOUN" or head.tag_ != "NN" or any(True for _ in head.children) or ctx.mention(head) is not None:
        return None
    if head.lemma_.lower() in stance_vocabulary()["not_policies"]:
        return None
    window = head.doc[max(0, head.sent.start - LOOKBACK_TOKENS) : head.sent.start]
    for earlier in reversed(window):
        if earlier.lemma_.lower() != head.lemma_.lower():
            continue
        quotation = ctx.quotation_at(earlier)
        if quotation is not None and quotation.direct:
            continue
        if earlier.dep_ not in {"dobj", "pobj", "nsubj", "nsubjpass"} or ctx.mention(earlier) is not None:
            continue
        complement = complement_tokens(ctx, earlier)
        if not complement:
            continue
        words = label_tokens(ctx, earlier) + [t for t in head.doc[complement[0].i : complement[-1].i + 1] if not t.is_punct]
        return new_node(ctx, earlier, "Plan", words)
    return None


def _new_proposal(ctx: ExtractionContext, head: Token, verb: Token) -> Mention | None:
    """'Washington had proposed a joint data exchange centre': something new put forward, named as a policy is.

    Only an indefinite object of a plain verb of proposing, described by more than its noun
    ("proposed a toast" names nothing); a definite one ("proposed the centre") refers back.
    """
    dets = [c.lower_ for c in head.children if c.dep_ in {"det", "poss"}]
    if dets == ["the"] and _bare_nominalisation_of(head):
        return policy_node(ctx, head, verb)  # "want the publication of the advice": the act and what it acts on
    if dets != ["a"] and dets != ["an"] and dets:
        return None  # "the scrutiny" refers back
    if not dets and _quoted(head):
        return None  # "wanted 'calm waters'" is rhetoric
    if not dets and _more_of_something(head):
        return phrase_plan(ctx, head)  # "called for more investment in schools": the phrase as written
    if not dets and not complement_tokens(ctx, head) and not described_bare(head) and not _listed_with_plans(ctx, head):
        return None  # "want independent scrutiny of the contracts", "called for ethnic minority shortlists" are new
    policy = policy_node(ctx, head, verb)
    if policy is None and dets and verb.dep_ not in {"relcl", "acl"}:
        return phrase_plan(ctx, head)  # "suggesting a one third discount": the phrase as written, figures and all
    return policy


def policy_node(ctx: ExtractionContext, head: Token, verb: Token) -> Mention | None:
    """'backed stem cell research', 'opposed compulsory mediation': a policy named without a plan noun.

    Only for the plain verbs of opinion (``open_object_verbs``), whose object is what
    the holder is for or against, and only a described common noun ("research" alone
    names nothing) that is no discourse word or word for people (``not_policies``).
    """
    if head.pos_ != "NOUN" or ctx.mention(head) is not None:
        return None
    if head.lemma_.lower() in stance_vocabulary()["not_policies"] or _content_noun(head):
        return None
    if any(c.dep_ == "poss" or c.lower_ in {"this", "that", "these", "those"} for c in head.children):
        return None  # "his remarks", "that idea": something said or done, named before
    if verb.dep_ in {"relcl", "acl"} and head.i == verb.head.i and not any(c.dep_ == "agent" for c in verb.children):
        return None  # "the election, where Bush opposed extending it": the clause is not about its noun
    # ("a mock referendum backed by the executive" is: a participle with its agent describes its noun)
    # "supported X but opposed criminal penalties": the misparsed verb is no part of the policy's name.
    participle = misparsed_participle(head)
    words = [t for t in label_tokens(ctx, head) if participle is None or t.i > participle.i]
    # "advocate of Turkish membership": a people's name says which policy it is, as in a plan's label
    words = sorted([*words, *(t for t in head.lefts if t.dep_ == "amod" and country_of_demonym(t.text))], key=lambda t: t.i)
    complement = complement_tokens(ctx, head) or _to_complement(head)
    if complement:  # "the renewal of the Trident deterrent", "an early start to talks": the complement as written
        words += [t for t in head.doc[complement[0].i : complement[-1].i + 1] if not t.is_punct]
    if len(words) == 1 and _bare_nominalisation(head):
        return new_node(ctx, head, "Plan", words)  # "endorses enlargement", "opposed privatisation"
    return new_node(ctx, head, "Plan", words) if len(words) >= 2 else None


def _bare_nominalisation_of(head: Token) -> bool:
    """'the publication of the advice', 'the release of the men': an act named with what it acts on."""
    if head.lemma_.lower() in stance_vocabulary()["removal_nouns"]:
        return False  # "the closure of the station": wanting it ended is opposition (stance.removal)
    return (head.lower_.endswith(_NOMINAL_ENDINGS + ("al", "ure")) or head.lemma_.lower() in _DEALS) and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" for o in c.children) for c in head.children
    )


def _more_of_something(head: Token) -> bool:
    """'more investment [in schools]', 'greater flexibility [in rates]': a change asked for in something named; not 'more money'."""
    more = {"more", "greater", "higher", "lower", "tougher", "stronger", "better", "extra", "less", "fewer"}
    return any(c.dep_ == "amod" and c.lower_ in more for c in head.lefts) and any(
        c.dep_ == "prep" and any(o.dep_ == "pobj" for o in c.children) for c in head.rights)


def _listed_with_plans(ctx: ExtractionContext, head: Token) -> bool:
    """'called for [child care provision] and decent wages': a described item of a list whose others name plans."""
    return any(c.dep_ in {"amod", "compound"} for c in head.lefts) and any(described_bare(c) or complement_tokens(ctx, c) for c in head.conjuncts)


def _quoted(head: Token) -> bool:
    start = head.left_edge.i
    return start > 0 and head.doc[start - 1].is_quote


_NOMINAL_ENDINGS, _DEALS = ("ment", "tion", "sion", "isation", "ization"), frozenset({"merger", "takeover", "sale"})  # "the merger of X"


def _bare_nominalisation(head: Token) -> bool:
    """A lone singular noun of a policy act with no determiner: 'enlargement', 'privatisation', 'devolution'."""
    return head.tag_ == "NN" and head.lower_.endswith(_NOMINAL_ENDINGS) and not any(True for _ in head.children)


def _to_complement(head: Token) -> list[Token]:
    """'an early start [to talks]': what a policy noun is directed at, when no other complement says it."""
    to = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "to"), None)
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    return [to, *pobj.subtree] if to is not None and pobj is not None and pobj.pos_ == "NOUN" else []


def _doubtful_antecedent(ctx: ExtractionContext, head: Token, target: Mention) -> bool:
    """Whether 'the plans' may stand for another kind of plan than the one the article has been calling 'the plans'.

    Any plan word ("the measures") is doubtful when the text last used that word for
    something other than the plan it would refer to ("the anti-terror measures broke
    human rights laws"): the same word most likely means the same thing.

    A generic plan word takes the nearest plan of any kind as its antecedent. When the
    article has already used the same word bare ("the plans would ...") and the nearest
    plan is of another kind ("EU asylum policy"), the word most likely continues that
    earlier thread, whose plan is too far back to tell: better no fact than a wrong one.
    """
    lemma = head.lemma_.lower()
    topics = _topics(head)
    if topics and not any(t.lower_ in target.entity.label.lower() or t.lemma_.lower() in target.entity.label.lower() for t in topics):
        return True  # "attacked the plans for pensioners" is not "plans for a memorial" named before
    if lemma in target.entity.label.lower():
        return False
    window = head.doc[max(0, head.sent.start - LOOKBACK_TOKENS) : head.i]
    same_word = [t for t in window if t.lemma_.lower() == lemma and t.i != head.i and ctx.quotation_at(t) is None]
    if lemma not in GENERIC_PLAN_NOUNS:
        # "the anti-terror measures broke human rights laws ... defended the measures": the measures, not the laws
        return any(t.dep_ != "compound" and t.idx < target.start and _same_sentence(t, target) for t in same_word[-1:])
    # "X plans to ..." is no bare use, and starts a new thread: "the plans" after it are what X plans
    since = max((t.i for t in same_word if t.pos_ == "VERB"), default=-1)
    return any(node_for(ctx, t) is None for t in same_word if t.pos_ != "VERB" and t.i > since)


def _topics(head: Token) -> list[Token]:
    """What 'the plans for X' are for, whether the parse hangs 'for X' on the noun or on the verb after it."""
    preps = [p for p in head.rights if p.dep_ == "prep"]
    if (after := _prep_hung_on_verb(head)) is not None:
        preps.append(after)
    return [o for p in preps if p.lower_ in {"for", "on"} for o in p.children if o.dep_ == "pobj" and o.ent_type_ not in {"DATE", "TIME"}]


def _same_sentence(token: Token, mention: Mention) -> bool:
    sentence = token.sent
    return sentence.start_char <= mention.start < sentence.end_char


def _plan_it_stands_for(ctx: ExtractionContext, pronoun: Token) -> Mention | None:
    """'The Lib Dems opposed the measure. Their spokesman dismissed it': what the plan word before 'it' names.

    :func:`~kg.extract.common.antecedents.antecedent_node` takes 'it' for a plan named in full in
    this or the previous sentence; when that plan was named by a bare definite noun
    ("the measure"), 'it' is whatever that noun refers back to.
    """
    if pronoun.lower_ != "it" or pronoun.dep_ not in {"dobj", "pobj"}:
        return None
    first = sentence_start_back(pronoun, 1)
    for token in reversed(pronoun.doc[first : pronoun.i]):
        named = token.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass"} and node_class(token) == "Plan"
        if named and token.tag_ in {"NN", "NNP"}:  # 'it' is singular: not "such measures"
            return node_for(ctx, token) or antecedent_node(ctx, token)
    return None


def _named_by_agent(verb: Token, head: Token) -> bool:
    """'The bill, unveiled by X', 'the demand was made by X', 'the hotline, which Athens proposed':
    a plan named earlier, now said to be X's.

    A proposing verb's bare object ("Labour unveiled the plan") may be any plan named
    before; a plan the sentence is about, with its proposer in a "by" phrase, is the
    one named before.
    """
    if verb.dep_ == "relcl" and head.i == verb.head.i and _relative_object(verb):
        return any(c.dep_ == "nsubj" for c in verb.children)  # "the hotline, which Athens first proposed"
    if verb.dep_ in {"acl", "relcl"}:
        about = head.i == verb.head.i
    else:
        about = head.dep_ == "nsubjpass" and head.head.i == verb.i
    return about and any(c.dep_ == "agent" for c in verb.children)


def _relative_object(clause: Token) -> bool:
    """Whether a relative clause's object is its relative pronoun: 'the bill, [which] Labour tabled'."""
    return any(c.dep_ == "dobj" and c.tag_ in {"WDT", "WP"} for c in clause.children)


# Prepositions that say what a plan is about when the parse hangs them on the verb instead,
# and the objects that make such a phrase say how or why instead ("opposed the bill on principle").
_TOPIC_PREPS = frozenset({"on", "for", "against", "into"})
_MANNER_OBJECTS = frozenset({"principle", "ground", "grounds", "behalf", "balance", "record", "condition", "basis",
                             "purpose", "time", "occasion", "course", "hold", "reason", "reasons", "law", "now"})


def _with_complement_on_verb(ctx: ExtractionContext, head: Token) -> Mention | None:
    """'scrap the tax on flights', parsed as scrapping the tax, on flights: the plan is the tax on flights.

    Read only where "the tax" refers back to nothing: a plan noun right before a
    preposition of topic that the parse hangs on the verb, never on a date or time.
    """
    after = _prep_hung_on_verb(head)
    if node_class(head) != "Plan" or after is None or after.lower_ not in _TOPIC_PREPS or head.dep_ not in {"dobj", "pobj"}:
        return None
    objects = [c for c in after.children if c.dep_ == "pobj"]
    if not objects or objects[0].ent_type_ in {"DATE", "TIME"} or objects[0].pos_ == "PRON" or objects[0].lower_ in _MANNER_OBJECTS:
        return None
    clauses = {t for o in objects for c in o.children if c.dep_ in {"acl", "relcl", "advcl"} for t in c.subtree}
    comma = next((t.i for t in after.subtree if t.text in {",", ";", ":"}), len(head.doc))  # "for pensioners, saying ..."
    topic = [t for t in after.subtree if not t.is_punct and t not in clauses and t.i < comma]
    return new_node(ctx, head, "Plan", [*label_tokens(ctx, head), *topic])


def _prep_hung_on_verb(head: Token) -> Token | None:
    """The preposition right after ``head`` when the parse hangs it on the verb above: 'scrap the tax [on] flights'."""
    after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    return after if after is not None and after.dep_ == "prep" and after.head in {head.head, head.head.head} else None


def _content_noun(head: Token) -> bool:
    """'welcomed talk of a freeze': what the talk is of is the policy (seen through elsewhere), not the talk."""
    return any(phrase.split()[0] == head.lemma_.lower() for phrase in stance_vocabulary()["content_nouns"])
