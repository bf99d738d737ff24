"""Stances on things named earlier, and stances a speaker reports for their side.

"The deal" as what the sides agreed, "the hotline, which X proposed", "the idea" just
put forward, "the amendment" named by what it would do, "the weapon" just named; a
call to bring something into a plan's state; a spokesperson reporting their own
side's stance in their own words. Invented sentences in the style of wire reporting,
each with a twin that must not be read (or not asserted).
"""

from __future__ import annotations

import pytest

from stance_facts import A, H, N, P, rows


AGREED = "Finland and Sweden agreed on Tuesday to set up a direct naval hotline in the Baltic. "
NOT_AGREED = "Finland and Sweden did not agree to set up a direct naval hotline in the Baltic. "
HOTLINE = "Portugal and Spain agreed to open a direct military hotline. "

CASES = [
    # "The deal" is what the sides agreed; an agreement denied, or one to do nothing nameable, is no deal.
    (AGREED + "Denmark welcomed the deal.", ("Denmark", "supports", "direct naval hotline", P, A)),
    (AGREED + "Denmark might welcome the arrangement.", ("Denmark", "supports", "direct naval hotline", P, H)),
    (NOT_AGREED + "Denmark welcomed the deal.", None),
    ("Finland and Sweden agreed to meet again in June. Denmark welcomed the deal.", None),
    # The plan a sentence is about, with its proposer in a relative clause.
    (HOTLINE + "The hotline, which Madrid first proposed last year, will link the two staffs.",
     ("Spain", "proposes", "direct military hotline", P, A)),
    (HOTLINE + "The hotline, which Madrid never proposed, will link the two staffs.",
     ("Spain", "proposes", "direct military hotline", N, A)),
    # A call to bring something into a state a plan names proposes that plan.
    ("Tom Ridley called for the railways to be brought back into public ownership.",
     ("Tom Ridley", "proposes", "public ownership", P, A)),
    ("Tom Ridley called for the railways not to be brought into public ownership.", None),
    ("Tom Ridley said the railways were taken into public ownership in 1948.", None),
    # "The idea" is what was put forward just before, not a plan further back.
    ("Tom Ridley called for the railways to be brought back into public ownership. Environment Secretary Priya Chandran dismissed the idea.",
     ("Priya Chandran", "opposes", "public ownership", P, A)),
    # An amendment named by what it would do, then said to be someone's.
    ("The House defeated an amendment that would have cancelled the programme. "
     "The amendment was offered by Representative Lena Marsh.",
     ("Lena Marsh", "proposes", "amendment that would have cancelled the programme", P, A)),
    # "The weapon" is the system just named.
    ("Lena Marsh criticised the Trident missile system. Senator Dale Whitaker led the defence of the weapon.",
     ("Dale Whitaker", "supports", "Trident missile system", P, A)),
    ("Lena Marsh criticised the Trident missile system. Senator Dale Whitaker may lead the defence of the weapon.",
     ("Dale Whitaker", "supports", "Trident missile system", P, H)),
]


@pytest.mark.parametrize(("text", "row"), CASES)
def test_stance_on_something_named_before(text: str, row: tuple[str, str, str, str, str] | None) -> None:
    found = rows(text)
    if row is None:
        assert not any(r[0] in {"Denmark", "Tom Ridley"} and r[3] == P and r[4] == A for r in found)
    else:
        assert row in found


def test_the_idea_looks_back_one_sentence_only() -> None:
    text = (
        "Tom Ridley called for the railways to be brought back into public ownership. The debate ran late. "
        "Environment Secretary Priya Chandran dismissed the idea."
    )
    assert not any(r[0] == "Priya Chandran" for r in rows(text))


SIDES = [
    # A spokesperson or envoy reporting their own side's stance takes it too.
    ("Foreign ministry spokeswoman Irina Belova said Russia opposed the Trident missile system.", True),
    ("Irina Belova, Russia's ambassador, said Moscow opposed the Trident missile system.", True),
    ("Latvian Foreign Minister Janis Ozols met his Estonian counterpart, Kadri Tamm, in Riga. "
     "Tamm said Estonia supported the Trident missile system.", True),
    # Anyone else only reports it: the side is guessed from the very sentence they report it in.
    ("Senator Dale Whitaker said Russia opposed the Trident missile system.", False),
    ("Lena Marsh, a critic of Russia, said Russia opposed the Trident missile system.", False),
    ("Irina Belova, Russia's ambassador, said Germany opposed the Trident missile system.", False),
]


@pytest.mark.parametrize(("text", "takes_it"), SIDES)
def test_a_speaker_reporting_their_side_takes_its_stance(text: str, takes_it: bool) -> None:
    speakers = {"Irina Belova", "Kadri Tamm", "Dale Whitaker", "Lena Marsh"}
    found = {r for r in rows(text) if r[0] in speakers and r[2] == "Trident missile system"}
    assert bool(found) == takes_it
    assert all(r[3] == P and r[4] == A for r in found)


PROPOSED = [
    ("Washington has proposed a joint data exchange centre in Geneva.",
     {("United States", "proposes", "joint data exchange centre", P, A)}),
    ("Washington has not proposed a joint data exchange centre in Geneva.",
     {("United States", "proposes", "joint data exchange centre", N, A)}),
    ("Washington may propose a joint data exchange centre in Geneva.",
     {("United States", "proposes", "joint data exchange centre", P, H)}),
    ("Washington proposed the centre.", set()),
    ("Selin Aydemir proposed a toast.", set()),
]


@pytest.mark.parametrize(("text", "expected"), PROPOSED)
def test_proposing_something_new(text: str, expected: set[tuple[str, str, str, str, str]]) -> None:
    assert rows(text) == expected
