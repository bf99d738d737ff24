"""Small linguistic helpers over spaCy tokens, shared by resolution and extraction."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import honorifics, office_words, title_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}
CONNECTORS = {"for", "of", "and", "&"}
_NOT_PEOPLE = frozenset({"ORG", "GPE", "NORP", "FAC", "PRODUCT"})
# Verbs after which an adjective is said of the subject, never part of a title after it.
_LINKING_VERBS = frozenset({"be", "seem", "feel", "remain", "become", "sound", "look"})
# Lower-case words of a title the small model tags as verbs ("shadow home secretary").
TITLE_MODIFIERS = {"shadow", "acting"}
# Forms of address that may open a title ("Mr Justice X") but are no part of the post; "Lord" is ("Lord Chancellor").
_FORMS_OF_ADDRESS = frozenset({"mr", "mrs", "ms", "miss", "madam"})


def is_title_word(token: Token) -> bool:
    """A head word of a job title ('Minister', 'spokesman'); not in 'peer to peer', 'peer-to-peer'."""
    if token.lower_.rstrip(".") not in title_words():
        return False
    if token.i + 1 >= len(token.doc) or token.doc[token.i + 1].lower_ not in {"to", "-"}:
        return True  # the common case: no "to" after it
    after = [t.lower_ for t in token.doc[token.i + 1 : token.i + 5] if t.text != "-"][:2]
    return after != ["to", token.lower_]


def is_capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def joins_a_word(token: Token) -> bool:
    """Whether ``token`` is a hyphen written inside a word, which the tokenizer split: 'Under[-]Secretary', 'e[-]democracy'."""
    return token.text == "-" and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_


def title_before(doc: Doc, start: int) -> tuple[int, int] | None:
    """Token range of the title phrase right before a name starting at ``start``.

    "Deputy Defense Minister [Anatoly Antonov]" -> "Deputy Defense Minister";
    "U.S. Under Secretary for Arms Control [Ellen Tauscher]" -> from "U.S." on.
    The phrase must contain a title word, and anything after the last title
    word must be a for/of complement ("Secretary for Arms Control").
    """
    i = start - 1
    while i >= 0 and not _title_starts_after(doc, i):
        i -= 1
    first = i + 1
    for j in range(start - 2, first, -1):
        if doc[j].lower_ in {"for", "of"} and is_title_word(doc[j - 1]) and any(is_title_word(t) for t in doc[j + 1 : start]):
            first = j + 2 if doc[j + 1].lower_ == "the" else j + 1  # "a spokesman for (the) Prime Minister X"
            break
    end = start  # "Auditor General Sir Hugh Penrose": an honorific may stand between title and name
    while end - 1 > first and doc[end - 1].lower_.rstrip(".") in honorifics() and is_capitalised(doc[end - 1]):
        end -= 1
    titles = [j for j in range(first, end) if is_title_word(doc[j])]
    if not titles:
        return None
    last_title = titles[-1]
    while first < last_title and doc[first].lower_.rstrip(".") in _FORMS_OF_ADDRESS:
        first += 1  # "Mr Justice X": the post is "Justice"
    if first > 0 and doc[first].pos_ == "ADJ" and doc[first - 1].lemma_ in _LINKING_VERBS and first + 1 < last_title:
        first += 1  # "he was confident shadow home secretary X would": the adjective is said of "he"
    if last_title + 1 < end and doc[last_title + 1].lower_ not in {"for", "of", "to"}:
        # Words after the title that are not a complement belong to something else.
        return None
    if doc[end - 1].lower_ in CONNECTORS or doc[end - 1].lower_ == "the":
        return None  # "a spokesman for Mr Whitlock": the name is whom the spokesman speaks for
    described = doc[start - 1]
    if described.is_lower and described.pos_ == "NOUN" and not is_title_word(described) and doc[start].ent_type_ in _NOT_PEOPLE:
        return None  # "the boss of retail giant Walmart": the name is the body the noun describes
    return first, start


def _title_starts_after(doc: Doc, i: int) -> bool:
    """Whether the title phrase before a name cannot reach back to token ``i``."""
    tok = doc[i]
    if tok.lower_ in TITLE_MODIFIERS:
        return False
    if tok.lower_ == "the" and 0 < i < len(doc) - 1 and doc[i - 1].lower_ in {"of", "for", "to"} and _named_after(doc, i + 1):
        return False  # "Shadow leader of the Commons Peter Vaughan", "head of the troubled Child Support Agency X"
    if joins_a_word(tok):
        return False  # "Treasury Under-Secretary X": a hyphen inside a word of the title
    if tok.is_punct and tok.text not in {"-", "."} or tok.ent_type_ in {"DATE", "TIME"}:
        return True  # "On Tuesday party transport spokesman X": the date is no part of it
    if len(tok) > 1 and tok.text.endswith(".") and tok.text[0].islower():
        return True  # "a cost of £20m. Chief executive X": a sentence the model did not split ends here
    if tok.lower_ == "to" and 0 < i < len(doc) - 2 and is_title_word(doc[i - 1]) and doc[i + 1].lower_ == "the" and _named_after(doc, i + 2):
        return False  # "Chief Secretary to the Treasury X"
    if tok.pos_ == "VERB" and tok.dep_ == "compound" and tok.is_lower:
        return False  # "public accounts committee chairman X": a noun the model took for a verb
    if tok.pos_ in {"DET", "VERB", "AUX", "PRON", "ADV", "CCONJ", "SCONJ", "NUM"} and tok.lower_ not in CONNECTORS:
        return True
    if (tok.text in POSSESSIVE or tok.tag_ == "POS") and i > 0 and (is_title_word(doc[i - 1]) or doc[i - 1].is_lower):
        return True  # "the minister's official X", "the group's spokesman X": the post after it is X's
    if tok.lower_ in CONNECTORS:
        if i == 0 or not _joins_title_words(doc, i):
            return True
        if tok.lower_ in {"and", "&"}:
            if is_title_word(doc[i - 1]):
                return True  # "the Bishop and Archbishop of York Dr Y": a whole title ends before 'and'
            if i >= 2 and (doc[i - 2].lower_.rstrip(".") in honorifics() or is_title_word(doc[i - 2])) and is_capitalised(doc[i - 1]):
                return True  # "Ms Reid and First Minister X", "Lord Justice Hale and Mr Justice X": a person before it
            if tok.ent_iob_ != "I" and doc[i - 1].ent_type_ in {"PERSON", "ORG"}:
                return True  # "Cardinal X and Archbishop of Canterbury Dr Y": the other person's title
    elif tok.pos_ == "ADP" and not is_capitalised(tok):
        return True
    elif not (is_capitalised(tok) or tok.pos_ in {"NOUN", "ADJ", "PROPN"} or tok.text in POSSESSIVE):
        return True
    return tok.sent.start != doc[i + 1].sent.start if i + 1 < len(doc) else False


def _named_after(doc: Doc, i: int) -> bool:
    """A capitalised name at ``i``, perhaps after one adjective ('the troubled Child Support Agency')."""
    if doc[i].pos_ == "ADJ" and doc[i].is_lower and i + 1 < len(doc):
        i += 1
    return is_capitalised(doc[i])


def _joins_title_words(doc: Doc, i: int) -> bool:
    """'Secretary [for] Arms Control', 'Trade [and] Industry', 'spokeswoman [for] women', 'leader [of] the Commons'."""
    before, after = doc[i - 1], doc[i + 1]
    lower_before = before.is_lower or before.is_sent_start and before.is_title  # "Work and pensions minister X said"
    if doc[i].lower_ == "and" and lower_before and after.is_lower and before.pos_ == after.pos_ == "NOUN":
        return any(is_title_word(t) for t in doc[i + 2 : i + 4])  # "work [and] pensions spokesman"
    if is_capitalised(after) or after.lower_ == "the" and doc[i].lower_ in {"of", "for"}:
        if before.ent_type_ in {"ORG", "GPE", "PERSON", "NORP"} and doc[i].ent_iob_ == "O" and _name_after_a_word(doc, before):
            return False  # "an offer from Celtic [for] Wales captain X": a name of its own ends before it
        return is_capitalised(before) or is_title_word(before)
    portfolio = after.pos_ in {"NOUN", "ADJ"} and after.is_lower
    return doc[i].lower_ in {"for", "of"} and is_title_word(before) and portfolio


def _name_after_a_word(doc: Doc, last: Token) -> bool:
    """Whether the name ending at ``last`` follows a lower-case word, so starts no title ('from [Celtic]', not 'Secretary of [State]')."""
    start = last.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return start > 0 and doc[start - 1].is_lower and doc[start - 1].lower_ not in CONNECTORS


def split_office_and_name(span: Span) -> tuple[int, int] | None:
    """Token range of a personal name at the end of a span tagged as an organisation.

    The small model tags "Arms Control and International Security Ellen Tauscher"
    as one ORG; the last one to three capitalised words that are not office
    vocabulary are the person's name. An organisation's own last words are not:
    a plural ("General Motors", "Public Utilities"), a word after of/for/and
    ("Center for Strategic Studies") or a lone word after office vocabulary
    ("Department of Public Utilities") stays with the organisation; a lone
    name needs a title word right before it ("Defense Secretary Gates").
    """
    doc = span.doc
    end = span.end
    i = end - 1
    while i >= span.start and end - i <= 3:
        tok = doc[i]
        if not is_capitalised(tok) or tok.lower_ in office_words() or is_title_word(tok) or not tok.is_alpha:
            break
        if tok.tag_ in {"NNS", "NNPS"}:
            return None
        i -= 1
    first = i + 1
    if first == end or first == span.start:
        return None
    before = doc[first - 1]
    if end - first == 1:
        if not is_title_word(before) or (first >= 2 and doc[first - 2].lower_ in CONNECTORS):
            return None
    if before.lower_ in office_words() or is_title_word(before):
        return first, end
    return None


def tokens(doc: Doc) -> list[Token]:
    """The article's tokens, made once and kept on the Doc.

    spaCy builds a new Token object each time a Doc is indexed or iterated; rules
    that each walk every token would pay that again and again.
    """
    cached = doc.user_data.get("newskg.tokens")
    if cached is None:
        cached = doc.user_data["newskg.tokens"] = list(doc)
    return cached  # type: ignore[no-any-return]


def sentence_start_back(token: Token, count: int) -> int:
    """Where the sentence ``count`` sentences before ``token``'s begins (the first one's start
    when there are fewer); 0 gives ``token``'s own sentence."""
    start = token.sent.start
    for _ in range(count):
        if start == 0:
            break
        start = token.doc[start - 1].sent.start
    return start


def in_return_for(token: Token) -> bool:
    """'proposed closing the site [in exchange for a pledge ...]': what is offered back for a plan, not the plan."""
    return any(a.dep_ == "prep" and a.lower_ == "for" and a.head.lower_ in {"exchange", "return"} for a in token.ancestors)


_HEADLINE_WORDS = 15  # a first line longer than this is a paragraph, not a headline
_HEADLINE_CHARS = 200  # where to stop looking for the blank line after it


def in_headline(token: Token) -> bool:
    """Whether ``token`` is in the article's headline: a short first line, set off by a blank line, with no full stop.

    Headlines drop their articles ("Brown calls for new Aids fund"), so a bare noun there may be as
    specific as one with "a" or "the" in the body.
    """
    end = headline_end(token.doc)
    return end is not None and token.idx < end


def headline_end(doc: Doc) -> int | None:
    """Where the article's headline ends (see :func:`in_headline`), or None when it has none; found once per Doc."""
    if "newskg.headline_end" not in doc.user_data:
        end = doc.text.find("\n\n", 0, _HEADLINE_CHARS)
        line = doc.text[:end].strip() if end > 0 else ""
        short = bool(line) and "\n" not in line and len(line.split()) <= _HEADLINE_WORDS
        doc.user_data["newskg.headline_end"] = end if short and not line.endswith((".", "?", "!", ":")) else None
    return doc.user_data["newskg.headline_end"]  # type: ignore[no-any-return]
