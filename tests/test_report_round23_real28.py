"""Round 23 (real28): who took part, on classes real Middle East and Gulf reports showed, tested on
sentences written for this file in the shapes such pages use (never a report's words).

- the man who extended an invitation is not said to be at the visit it brought about;
- "was welcomed upon arrival by X" names X as the visitor's host;
- "a plane carried the delegation, accompanied by X" told before "arrived today": X came on that journey;
- "Sultan bin Khalid al-X": a title word right before 'bin' opens a name chain, the man is a person;
- "who is on a regional tour" after a name is what he is doing, not his title (his role before the comma stays);
- "the two men" after a sentence whose subject was told by role ("the envoy"): that envoy and the man named;
- "the three ministers were received by X": the three people just named, when they are that many;
- "A and B are also in the delegation": the present tense names members as the past does;
- "the Emir of Qatar, Sheikh X": an office, a comma and an honorific before a name are his title, not the office holder besides;
- "hosted A B C and <given name> D": two or three capitalised words before "and" and a man name one more person."""
from __future__ import annotations

from timeline_app.ingest.extract import extract_document
from timeline_app.ingest.gazetteer import gazetteer
from timeline_app.ingest.people import is_role

HEAD = "Talks in the region\n\nTuesday 14 March 2023\n\n"


def _people(page: str) -> list[list[str]]:
    return [[p.actor.name for p in m.participants if p.actor.kind == "person"] for m in extract_document(page).mentions]


def _everyone(page: str) -> set[str]:
    return {name for people in _people(page) for name in people}


def test_who_extended_the_invitation_is_not_at_the_visit() -> None:
    page = HEAD + ("Iranian Foreign Minister Mohammad Javad Zarif arrived in Beirut late on Monday at the head of a delegation, "
                   "on an official invitation extended by his Lebanese counterpart, Karim Haddad.\n")
    people = _everyone(page)
    assert "Mohammad Javad Zarif" in people
    assert "Karim Haddad" not in people


def test_welcomed_upon_arrival_by_names_the_host() -> None:
    page = HEAD + ("Iraqi Prime Minister Mohammed Shia al-Sudani arrived in Tehran on Monday for talks with Iranian officials.\n\n"
                   "Sudani was welcomed upon arrival by Iranian President Masoud Pezeshkian at the Saadabad Palace.\n")
    assert any({"Mohammed Shia al-Sudani", "Masoud Pezeshkian"} <= set(p) for p in _people(page))


def test_an_escort_told_before_the_journey_goes_on_the_visit() -> None:
    page = HEAD + ("A government jet flew the delegation, accompanied by the Houthi chief negotiator, Mohammed Abdul Salam.\n\n"
                   "The envoys are expected to discuss a truce with local officials.\n\n"
                   "The Omani delegation arrived on Monday in Sanaa, the group said.\n")
    assert any("Mohammed Abdulsalam" in p for p in _people(page))


def test_an_escort_told_long_before_stays_off_the_visit() -> None:
    page = HEAD + ("A government jet flew the delegation, accompanied by the Houthi chief negotiator, Mohammed Abdul Salam.\n\n"
                   "Oman has mediated between Riyadh and Sanaa for years.\n\nSaudi Arabia and Iran restored ties last year.\n\n"
                   "Fuel prices rose again in Aden.\n\nThe port of Hodeidah reopened.\n\nThe Omani delegation arrived on Monday in Sanaa, the group said.\n")
    assert not any("Mohammed Abdulsalam" in p for p in _people(page))


def test_a_title_word_before_bin_opens_a_name_chain() -> None:
    page = HEAD + "A Houthi delegation met on Monday with Minister of the Royal Court Sultan bin Khalid al-Harthy in Muscat.\n"
    assert "Sultan bin Khalid al-Harthy" in _everyone(page)


def test_a_sultan_before_his_given_name_stays_a_title() -> None:
    page = HEAD + "Sultan Haitham bin Tariq received a Hamas delegation in Muscat on Monday.\n"
    people = _everyone(page)
    assert "Haitham bin Tariq" in people
    assert not any(name.startswith("Sultan") for name in people)


def test_a_who_clause_of_what_he_does_is_no_title() -> None:
    g = gazetteer()
    assert not is_role(" who is on a regional tour", g)
    assert is_role(" who is the head of the mission", g)
    assert is_role(" who heads the delegation", g)


def test_the_two_men_are_the_envoy_told_by_role_and_the_man_named() -> None:
    page = HEAD + ("The UN envoy for Yemen, Hans Lindqvist, who is on a regional tour, met President Ali Nasser in Aden on Monday.\n\n"
                   "The envoy had landed in Mukalla on Sunday, where he was welcomed by the governor, Salem Bakr.\n\n"
                   "The two men held talks the same evening at the governor's office.\n")
    assert any({"Hans Lindqvist", "Salem Bakr"} <= set(p) for p in _people(page))


def test_the_three_ministers_are_the_three_just_named() -> None:
    page = HEAD + ("Ararat Mirzoyan and Jeyhun Bayramov opened the round in Astana on Monday, with the host's foreign minister, "
                   "Murat Nurtleu, greeting them.\n\n"
                   "The three ministers were received the same day by President Kassym-Jomart Tokayev.\n")
    assert any({"Ararat Mirzoyan", "Jeyhun Bayramov", "Murat Nurtleu", "Kassym-Jomart Tokayev"} <= set(p) for p in _people(page))


def test_members_said_to_be_in_the_delegation_in_the_present_join_it() -> None:
    page = HEAD + ("A Hamas delegation led by Ismail Haniyeh arrived in Cairo on Monday for talks with intelligence chief Abbas Kamel.\n\n"
                   "Khaled Mashal, who heads the movement's office abroad, and Khalil al-Hayya are also in the delegation, the movement said.\n")
    assert any({"Ismail Haniyeh", "Khaled Mashal", "Khalil al-Hayya"} <= set(p) for p in _people(page))


def test_an_office_then_an_honorific_and_a_name_is_that_man_alone() -> None:
    page = HEAD + "Hamas leader Ismail Haniyeh met on Monday in Doha with the Emir of Qatar, Sheikh Jassim bin Khalid Al Thani.\n"
    people = _everyone(page)
    assert "Jassim bin Khalid Al Thani" in people
    assert "Tamim bin Hamad Al Thani" not in people


def test_an_office_alone_is_still_its_holder() -> None:
    page = HEAD + "Hamas leader Ismail Haniyeh met on Monday in Doha with the Emir of Qatar.\n"
    assert "Tamim bin Hamad Al Thani" in _everyone(page)


def test_a_name_before_and_and_another_man_is_one_more_person() -> None:
    page = HEAD + "Foreign Minister Hakan Fidan hosted Ghislaine Okonkwo Belaid and Olivier Nduhungirehe in Ankara on Monday.\n"
    people = _everyone(page)
    assert {"Ghislaine Okonkwo Belaid", "Olivier Nduhungirehe"} <= people


def test_a_role_before_and_and_a_man_is_no_person() -> None:
    page = HEAD + "Foreign Minister Hakan Fidan hosted Deputy Minister and Olivier Nduhungirehe in Ankara on Monday.\n"
    assert not any(name.startswith("Deputy") for name in _everyone(page))
