"""Small linguistic helpers over spaCy tokens, shared by resolution and extraction."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import office_words, title_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

QUOTES_OPEN = "\u201c\"\u2018'"
POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}
CONNECTORS = {"for", "of", "and", "&"}


def is_title_word(token: Token) -> bool:
    """A head word of a job title ('Minister', 'spokesman')."""
    return token.lower_.rstrip(".") in title_words()


def is_capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def title_before(doc: Doc, start: int) -> tuple[int, int] | None:
    """Token range of the title phrase right before a name starting at ``start``.

    "Deputy Defense Minister [Anatoly Antonov]" -> "Deputy Defense Minister";
    "U.S. Under Secretary for Arms Control [Ellen Tauscher]" -> from "U.S." on.
    The phrase must contain a title word, and anything after the last title
    word must be a for/of complement ("Secretary for Arms Control").
    """
    i = start - 1
    while i >= 0:
        tok = doc[i]
        if tok.is_punct and tok.text not in {"-", "."}:
            break
        if tok.pos_ in {"DET", "VERB", "AUX", "PRON", "ADV", "CCONJ", "SCONJ", "NUM"} and tok.lower_ not in CONNECTORS:
            break
        if tok.lower_ in CONNECTORS:
            if i == 0 or not (is_capitalised(doc[i + 1]) and (is_capitalised(doc[i - 1]) or is_title_word(doc[i - 1]))):
                break
            joins_names = tok.lower_ in {"and", "&"} and tok.ent_iob_ != "I"
            if joins_names and doc[i - 1].ent_type_ in {"PERSON", "ORG"} and not is_title_word(doc[i - 1]):
                break  # "Cardinal X and Archbishop of Canterbury Dr Y": the other person's title
        elif tok.pos_ == "ADP" and not is_capitalised(tok):
            break
        elif not (is_capitalised(tok) or tok.pos_ in {"NOUN", "ADJ", "PROPN"} or tok.text in POSSESSIVE):
            break
        if tok.sent.start != doc[start].sent.start:
            break
        i -= 1
    first = i + 1
    if first >= start:
        return None
    titles = [j for j in range(first, start) if is_title_word(doc[j])]
    if not titles:
        return None
    last_title = titles[-1]
    if last_title + 1 < start and doc[last_title + 1].lower_ not in {"for", "of"}:
        # Words after the title that are not a complement belong to something else.
        return None
    return first, start


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
