"""The Role node a post's words make: its label, the other wordings it is known by, and its owner.

A post is labelled as the post ("finance spokesman", "MP"); the wording with its
owner as the text gives it ("WLGA finance spokesman", "the Scottish National Party's
parliamentary leader") and with the seat a member sits for ("Bolton West MP") are kept
as other names of the same post, so that a reader's wording finds it. A place before
an occupation ("Edinburgh architect") says where the person works, not whose post it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.roles.labels import role_label
from kg.extract.roles.wording import MEMBER_WORDS
from kg.lexicon import title_words
from kg.syntax import POSSESSIVE, is_title_word
from kg.types import Entity, Mention

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from kg.extract.common.context import ExtractionContext

# Occupations a person practises rather than posts in a body: only an organisation employs
# them ("BBC reporter"); a place or a client before them owns nothing ("Edinburgh architect").
OCCUPATIONS = frozenset(
    {"architect", "lawyer", "barrister", "solicitor", "reporter", "journalist", "presenter", "host", "economist", "historian",
     "academic", "actor", "actress", "author", "broadcaster", "comedian", "dj", "doctor", "engineer",
     "headteacher", "musician", "novelist", "nurse", "poet", "priest", "scientist", "singer", "surgeon", "teacher", "vicar", "writer"}
)  # fmt: skip


def singular(tok: Token) -> str:
    """'barristers' -> 'barrister', 'MPs' -> 'MP': the word for one holder, spelled as written."""
    if len(tok.text) > 2 and tok.text.endswith("s") and tok.text[:-1].isupper():
        return tok.text[:-1]  # "MPs", "MEPs", whatever their tag
    if tok.tag_ not in {"NNS", "NNPS"} or not tok.text.endswith("s"):
        return tok.text
    lemma = tok.lemma_
    if lemma.lower() != tok.lower_ and tok.lower_.startswith(lemma.lower()):
        return tok.text[: len(lemma)]
    return tok.text[:-1]


def names_a_post(tok: Token) -> bool:
    """A title word, or its plural naming several holders ('five other barristers - X, Y and Z')."""
    return is_title_word(tok) or (tok.tag_ in {"NNS", "NNPS"} or singular(tok) != tok.text) and singular(tok).lower() in title_words()


def group_title(root: Token) -> Token | None:
    """'three other barristers - Ann Hale QC, Tom Reed QC and Joe Marsh': the plural post each name holds."""
    first = root
    while first.dep_ == "conj":
        first = first.head
    head = one_of(first.head)
    if first.dep_ != "appos" or head.tag_ not in {"NNS", "NNPS"} or not names_a_post(head) or firm_named_by_plural(first):
        return None
    return head


def firm_named_by_plural(name: Token) -> bool:
    """'lawyers Ferris Kane Lowe': a plural post before one name names a firm, not a person's post."""
    head = name.head
    return name.dep_ == "appos" and head.tag_ in {"NNS", "NNPS"} and not name.conjuncts and head.i == name.left_edge.i - 1


def one_of(head: Token) -> Token:
    """'one of UKIP's two London Assembly members, Damien Hockney': the plural post, not 'one'.

    Also 'the chairman of the Law Society, Ann Hale': the parse may hang the name on the
    owner after "of"; the post is the title word that owner completes.
    """
    if head.lower_ != "one":
        prep = head.head if head.dep_ == "pobj" else None
        if prep is not None and prep.lower_ in {"of", "at", "for"} and names_a_post(prep.head) and prep.head.i < head.i:
            return prep.head
        return head
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return pobj if pobj is not None and names_a_post(pobj) else head


def figurative(head: Token) -> bool:
    """'architect of the NHS', 'architect of the reforms': who shaped something, not an occupation."""
    return head.lower_ == "architect" and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)


def occupation_owner(kept: list[Token], owner: Mention | None) -> Mention | None:
    """The owner of the post, unless it is a place or person standing before an occupation."""
    if owner is None or singular(kept[-1]).lower() not in OCCUPATIONS:
        return owner
    label = owner.entity.label
    if owner.entity.cls != "Organization" or not (label.isupper() or " " in label):
        return None  # "Edinburgh architect", "Napier's lawyer": a one-word name may be a place or a client
    return owner


def seat_words(ctx: ExtractionContext, kept: list[Token]) -> int:
    """How many words at the start of a member's title name the seat: 'Bolton West MP' -> 2 (or the place of an occupation).

    A seat is a proper name that is no party or country ("Labour MP" is the party's);
    "Euro MP" is a member of the European Parliament, no seat.
    """
    if singular(kept[-1]).lower() in OCCUPATIONS:
        n = 0  # "Glasgow architect": where the architect works
        while n < len(kept) - 1 and kept[n].pos_ == "PROPN" and kept[n].ent_type_ != "ORG":
            n += 1
        return n
    if kept[-1].lower_ not in MEMBER_WORDS:
        return 0
    n = 0
    while n < len(kept) - 1:
        tok = kept[n]
        named = ctx.mention(tok)
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.lower_ == "euro" or named is not None and named.entity.cls in {"Country", "Organization"}:
            break
        n += 1
    return n if n == len(kept) - 1 else 0


def role_mention(ctx: ExtractionContext, kept: list[Token], owner: Mention | None, seat: list[Token]) -> Mention:
    """The Role mention for the post's words, with the owned and seated wordings as aliases."""
    doc = kept[0].doc
    span = doc[kept[0].i : kept[-1].i + 1]
    label = _label(kept)
    aliases = {_label(seat + kept)} if seat else set()
    first = kept[0].i
    i = first
    while i > kept[0].sent.start and first - i < 6 and owner is not None:
        prev = doc[i - 1]
        named = ctx.mention(prev)
        if named is not None and named.entity.key == owner.entity.key or prev.tag_ == "POS" or prev.text in POSSESSIVE and i < first:
            i -= 1
            continue
        demonym = ctx.entities.demonym_country(prev, join=False) if prev.pos_ in {"ADJ", "PROPN"} else None
        if demonym is not None and demonym.entity.key == owner.entity.key:
            i -= 1
            continue
        break
    while i < first and (doc[i].tag_ == "POS" or doc[i].text in POSSESSIVE):
        i += 1
    if i < first:
        aliases.add(_label([*doc[i:first], *kept]))
    of = owner.entity.key if owner else None
    key = f"role:{label.lower()}" + (f"|{of}" if of else "")
    entity = Entity(key, "Role", label, frozenset(aliases - {label}), of)
    return Mention(span.text, span.start_char, span.end_char, entity)


def _label(words: list[Token]) -> str:
    """The words as written, the last one for a single holder: 'Labour MPs' -> 'Labour MP'."""
    label = role_label(words)
    last = words[-1]
    if is_title_word(last) or not names_a_post(last):
        return label  # "chief inspector of schools" ends in its portfolio
    return label[: len(label) - len(last.text)] + singular(last)


def title_before_comma(root: Token, span: Span) -> list[Token]:
    """A title set off before a name that the parse did not hang the name on: 'The chairman of the Bar
    Council, Guy Hale QC warned' (a second subject), 'the support of the Mayor of Dover, Tom Kerr,
    local hauliers and ...' (the name hung on another noun)."""
    while root.dep_ == "compound" and root.head.i == root.i + 1:
        root = root.head  # "Guy Hale [QC]": the name's head
    if span.start < 2 or span.doc[span.start - 1].text != ",":
        return []
    if root.dep_ == "appos" and not is_title_word(root.head):
        last = node = span.doc[span.start - 2]
        while not is_title_word(node) and node.dep_ in {"pobj", "prep", "compound"}:
            node = node.head
        return [node] if is_title_word(node) and node.right_edge.i in {last.i, last.i + 1} else []  # the comma may hang on it
    if root.dep_ != "nsubj":
        return []
    before = {span.start - 2, span.start - 1}
    return [c for c in root.head.children if c.dep_ == "nsubj" and is_title_word(c) and c.right_edge.i in before]
