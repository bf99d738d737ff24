"""Pronouns link only where the evidence is clear; otherwise they stay unresolved.

Each row is a sentence pattern from political news (our own wording): the nearest person
is not always the referent, and a person we cannot name, a quote or a tie means no link.
"""

from __future__ import annotations

import pytest

from kg.resolve.document import resolve_document

# (text, the pronoun (its last occurrence), the person it must join, or None for unresolved)
ROWS = [
    # The subject of the clause above it, not the person named nearest.
    ("Documentary maker Samuel Ford was given access to Peter Grant for his new film.", "his", "Samuel Ford"),
    ("Peter Hale spoke first. Mr Quibbleton said he was sure the plan would work.", "he", "Quibbleton"),
    ("Daniel Hollis wants an inquiry into agencies which he says waste money.", "he", "Daniel Hollis"),
    # A participle with no subject of its own belongs to the main subject that follows.
    ("The letter reached Thomas Reid first. Realising his mistake, Peter Hale wrote again.", "his", "Peter Hale"),
    # The subject of the previous sentence, not a person inside its relative clause.
    ("Carla Benn, who wrote the study with the help of Maria Lowe, praised it. She said the findings were clear.", "She", "Carla Benn"),
    ("Peter Hale, who wrote a book about William Grant, spoke on Monday. He said he would stand again.", "He", "Peter Hale"),
    # A name in apposition to the subject is the subject ("Director, David Caldwell, said").
    ("The group disagreed. Its director, Daniel Hollis, said fees were too high. He said more was needed.", "He", "Daniel Hollis"),
    # An owner in a phrase set before the subject is the subject, and so is the next sentence's "he".
    ("Carla Benn spoke. During his long speech Peter Hale told MPs he had met the target. He rejected tax cuts.", "He", "Peter Hale"),
    ("During his long speech Peter Hale told MPs he had met the target.", "his", "Peter Hale"),
    # Ambiguous or unnamed: no link.
    ("Peter Hale opposed the bill. But the Tory leader argued it was vital. \"It must pass,\" he said.", "he", None),
    ("Thomas Reid accused Peter Hale of lying when he was in office.", "he", None),
    ("Carla Benn met Thomas Reid. One of his old friends was Peter Hale. He was posted abroad.", "He", None),
    # A post as the subject right after the person was named: that person ...
    ("Alan Corder has defended the new law. The rural affairs minister said it was clear.", "minister", "Alan Corder"),
    ("Tory MPs met on Monday. Michael Hurst attacked the levy. The party leader said it was unfair.", "leader", "Michael Hurst"),
    # ... but not a post the article gives someone else, a different post, a contrast, or someone else's post.
    ("Chancellor Peter Hale spoke. Thomas Reid agreed. The chancellor said it was fine.", "chancellor", "Peter Hale"),
    ("Chancellor Peter Hale spoke on Monday. The home secretary said it was fine.", "secretary", None),
    # A shadow post held by someone else in the article is another post: "the chancellor" still bridges.
    ("Shadow chancellor Oliver Lane wants cuts. Labour met in Leeds. Peter Hale spoke. The chancellor said it was wrong.",
     "chancellor", "Peter Hale"),
    ("Chancellor Oliver Lane wants cuts. Labour met in Leeds. Peter Hale spoke. The chancellor said it was wrong.",
     "chancellor", "Oliver Lane"),
    ("Prime Minister Peter Hale spoke first. The Tory leader said the plan would fail.", "leader", None),
    ("Peter Hale opposed the bill. But the Tory leader argued it was vital.", "leader", None),
    ("Peter Hale opposed the bill. The leader of the Liberal Democrats argued it was vital.", "leader", None),
    ("Peter Hale met Queen Anne. The queen said she was pleased.", "queen", None),
    ("Peter Hale spoke. He said Mr Reid would do better as the leader of a new party.", "leader", None),
    # The one a participle clause is about is the pronoun itself, not the person named in it.
    ("Tony Blair spoke. Asked if Mr Blunkett could return to politics, he replied that it was too early.", "he", "Tony Blair"),
    # A pronoun before the person it may be ("If he became king, Charles would ..."): no link.
    ("Rowan Williams will preside. If he became king, Charles would be the governor.", "he", None),
    # An honorific makes a person of a hyphenated name the model reads as an organisation: 'He' is him.
    ("Roger Knapman spoke. Mr Kilroy-Silk promised a firm policy. He said Veritas would win.", "He", "Kilroy-Silk"),
    # 'spokesman' beside the name says more than a first-name list ("Glyn" taken for a woman's name).
    ("Spokeswoman Sue Essex spoke. Tory spokesman Glyn Davies said it was wrong. He added more.", "He", "Glyn Davies"),
    # No one in particular is no rival: "every teacher", a predicate noun, a day of the week.
    ("Peter Hale said the cuts would sack every teacher in the land. Later he said it again.", "he", "Peter Hale"),
    ("Peter Hale remains a member of the party. He said he would stay.", "He", "Peter Hale"),
    ("Peter Hale led the march. Saturday saw thousands join him. He said it was a triumph.", "He", "Peter Hale"),
    # A post said before its holder is named: the person named with it next, and "he" between them.
    ("Norway's finance minister attacked the tariffs. He objected to farm subsidies. Erik Lund, Norway's finance "
     "minister, spoke later.", "He", "Erik Lund"),
    # ... but not a one-word post (any spokesman), nor when someone else is named first.
    ("The spokesman attacked the tariffs. He objected to subsidies. Erik Lund, a spokesman, spoke later.", "He", None),
    ("Norway's finance minister attacked the tariffs. He objected to subsidies. Ola Berg agreed. Erik Lund, Norway's "
     "finance minister, spoke later.", "He", None),
    # Inside quote marks a pronoun is the speaker's word for someone else.
    ("Peter Hale spoke to reporters. \"He never listens to anyone,\" said Thomas Reid.", "He", None),
]


@pytest.mark.parametrize(("text", "pronoun", "person"), ROWS)
def test_pronoun_resolution(nlp, text: str, pronoun: str, person: str | None) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    token = [t for t in doc if t.text == pronoun][-1]
    mention = resolve_document(doc).at(token)
    found = mention.entity.label if mention is not None else None
    assert found == person


def test_the_people_in_what_a_pronoun_says_are_not_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    from kg.analyse import extraction_context
    from kg.types import Article

    text = (
        "Defence analyst Marta Kowalczyk has called the plan a mistake. "
        "The policy of President Daniel Whitcombe is much like that of the Carter administration, she said."
    )
    ctx = extraction_context(Article("t", text), nlp(text))
    speakers = [q.speaker.entity.label for q in ctx.quotations if q.speaker is not None]
    assert speakers == ["Marta Kowalczyk"]
