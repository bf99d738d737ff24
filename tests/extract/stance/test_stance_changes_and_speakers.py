"""Plans that change a body, acts carried out, and a speaker's 'we' when their side is unknown.

Invented sentences in the style of business and political reporting. "Reform of the UN" is a
plan whose "of" names what it changes, not whose plan it is; "carry out an audit" brings the
audit about as "hold an inquiry" does; and a speaker whose side nothing names states their own
stance with "we". Each shape has a twin that must not be read.
"""

from __future__ import annotations

from stance_facts import rows


def pairs(text: str) -> set[tuple[str, str, str]]:
    return {(s, p, o) for s, p, o, _, _ in rows(text)}


def test_a_reform_of_a_body_is_a_plan_named_with_the_body() -> None:
    found = pairs("Finance Minister Karl Ostrander called for reform of the IMF and the World Bank.")
    assert ("Karl Ostrander", "proposes", "reform of IMF") in found, found


def test_a_plan_of_a_body_names_its_owner_not_a_plan() -> None:
    assert pairs("Finance Minister Karl Ostrander praised the plan of the IMF.") == set()


def test_carrying_out_an_audit_brings_it_about() -> None:
    found = pairs("The Norwegian government intends to carry out an audit of payrolls at every ministry.")
    assert ("Norway", "proposes", "audit of payrolls") in found, found
    assert pairs("Finance Minister Karl Ostrander will carry the report to Brussels.") == set()


def test_we_of_a_speaker_with_no_known_side_is_the_speaker() -> None:
    assert pairs('Karl Ostrander said: "We oppose the airport tax."') == {("Karl Ostrander", "opposes", "airport tax")}


def test_we_for_everyone_is_nobody_s_stance() -> None:
    assert pairs('"We all oppose the airport tax," Karl Ostrander said.') == set()


def test_a_merger_put_forward_is_named_with_what_it_merges() -> None:
    found = pairs("The Council of Highland Colonels proposed the merger of the Royal Scots and the Black Watch.")
    assert ("Council of Highland Colonels", "proposes", "merger of the Royal Scots") in found, found
    assert pairs("The Council of Highland Colonels proposed the toast.") == set()


def test_a_new_plan_called_for_with_its_purpose_is_called_for() -> None:
    found = pairs("Finance Minister Karl Ostrander called for radical reform of the pension fund to give savers more choice.")
    assert ("Karl Ostrander", "proposes", "radical reform") in found, found
    assert ("Karl Ostrander", "proposes", "radical reform") not in pairs("Finance Minister Karl Ostrander called for the reform to be dropped.")


def test_calls_from_someone_to_act_are_theirs_however_the_parse_hangs_the_act() -> None:
    found = pairs("The Norwegian government faces calls from the IMF to raise utility tariffs.")
    assert ("IMF", "proposes", "raising utility tariffs") in found, found


def test_a_submission_speaks_for_the_body_that_made_it() -> None:
    text = (
        "The Fisheries Union said in its submission that action is needed. "
        "The 40-page submission also calls for a ban on bottom trawling."
    )
    assert ("Fisheries Union", "proposes", "ban on bottom trawling") in pairs(text)
    assert pairs("The 40-page submission calls for a ban on bottom trawling.") == set()  # nobody named it


def test_rejecting_one_plan_in_favour_of_another_backs_the_other() -> None:
    found = pairs("Finance Minister Karl Ostrander rejected across-the-board tax cuts in favour of targeted help for families.")
    assert ("Karl Ostrander", "opposes", "across-the-board tax cuts") in found, found  # a hyphenated word is kept whole
    assert ("Karl Ostrander", "supports", "targeted help for families") in found, found
    assert pairs("The judge ruled in favour of the Norwegian firm.") == set()


def test_what_a_speaker_says_they_will_give_is_proposed_as_written() -> None:
    found = pairs("The Norwegian Treasury said it would give pensioners a £200 council tax refund.")
    assert ("Norwegian Treasury", "proposes", "£200 council tax refund") in found, found
    assert pairs("The Norwegian Treasury said it would give them time.") == set()


def test_ordering_an_inquiry_puts_it_forward_and_ordering_a_halt_opposes() -> None:
    assert ("Karl Ostrander", "proposes", "inquiry into deaths") in pairs("Finance Minister Karl Ostrander ordered an inquiry into the deaths.")
    assert ("Norway", "opposes", "farm subsidies") in pairs("Norway ordered a halt to the farm subsidies.")
    assert pairs("Finance Minister Karl Ostrander ordered a new helicopter.") == set()


def test_voting_against_a_described_act_opposes_it() -> None:
    found = pairs("Malcolm Hale voted against the appointment of three United directors to the board.")
    assert ("Malcolm Hale", "opposes", "appointment of three United directors") in found, found
    assert pairs("Malcolm Hale voted against the board.") == set()


def test_it_opening_a_sentence_is_the_body_the_sentence_before_was_about() -> None:
    text = "The Fisheries Union said in its submission that action is needed. It calls for a ban on bottom trawling."
    assert ("Fisheries Union", "proposes", "ban on bottom trawling") in pairs(text)
    assert pairs("The Fisheries Union met on Monday. It would cost £5bn to back the ban on bottom trawling.") == set()


def test_pouring_cold_water_on_promises_of_a_plan_opposes_it() -> None:
    found = pairs("Finance Minister Karl Ostrander poured cold water on the premier's promises of doubled economic growth.")
    assert ("Karl Ostrander", "opposes", "promises of doubled economic growth") in found, found


def test_taking_action_to_act_is_the_act() -> None:
    found = pairs("Finance Minister Karl Ostrander urged parliament to take action to cut the deficit.")
    assert ("Karl Ostrander", "proposes", "cutting the deficit") in found, found
    assert pairs("Finance Minister Karl Ostrander urged parliament to take action.") == set()


def test_a_persons_spokesman_or_lawyer_speaks_for_them() -> None:
    found = pairs("Karl Ostrander resigned. Mr Ostrander's spokesman backed the Harbour Bill.")
    assert ("Karl Ostrander", "supports", "Harbour Bill") in found, found
    assert pairs("Karl Ostrander resigned. Mr Ostrander's lawyer met the judge.") == set()
