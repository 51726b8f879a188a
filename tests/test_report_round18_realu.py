"""Round 18 (realu): classes found on a third batch of real news reports (issue 9's first run).

Each rule is tested on sentences written for this file in the shapes real wire copy uses, never a
report's or a test set's words: who took part (a commentator's surname that folds onto a known
official's, a speaker who says somebody met somebody, a quoted nickname inside a name, a name chain
shortened to given and family name, a deputy named when the meeting is told again), which side a
delegation is (an army's formal name, a state's other name, a mission's acronym, the commander of a
paramilitary force), whom a purpose clause names, and the shapes of a trip ("headed to X on an
official visit", "the foreign ministers of A, B and C visited Y")."""
from __future__ import annotations

import pytest

from tests.helpers.reports import events, people, sides

# the dateline of `events` is Wednesday 10 March 2021: "on Monday" is 8 March 2021


# ---- a surname that folds onto a known official's one-word alias, after another given name
def test_a_commentator_whose_surname_folds_onto_a_known_officials_is_not_that_official() -> None:
    body = ("Aguila Saleh met Khalifa Haftar in Benghazi on Monday. The head of the state council, "
            "Ahmed Al-Mishri, criticised the meeting.")
    found = events(body)
    assert found
    assert all("Vikram Misri" not in people(m) for m in found), [people(m) for m in found]
    assert all("India" not in sides(m) for m in found), [sides(m) for m in found]


# ---- ", saying X met Y": the speaker of the gerund is not at the meeting
SAYING = [
    "Aguila Saleh met Khalifa Haftar in Benghazi on Monday. A rival lawmaker, Omar Belkacem, condemned the visit, "
    "saying Saleh met with a war criminal.",
    "Aguila Saleh met Khalifa Haftar in Benghazi on Monday. A rival lawmaker, Omar Belkacem, called it \"a dark day,\" "
    "saying Saleh met with a war criminal.",
    "Aguila Saleh met Khalifa Haftar in Benghazi on Monday. Critic Omar Belkacem protested on Tuesday, saying that "
    "Saleh met Haftar without a mandate.",
]


@pytest.mark.parametrize("body", SAYING, ids=["saying", "after a quote", "saying that"])
def test_who_says_somebody_met_somebody_did_not_take_part(body: str) -> None:
    found = events(body)
    assert len(found) == 1, [(m.date, people(m)) for m in found]
    assert all("Omar Belkacem" not in people(m) for m in found), [people(m) for m in found]
    assert any({"Aguila Saleh", "Khalifa Haftar"} <= people(m) for m in found), [people(m) for m in found]


# ---- "Gen Mohamed 'Hemedti' Dagalo": a nickname in quotes inside one man's name
NICKNAMES = [
    "Gen Mohamed 'Hemedti' Dagalo arrived in Kampala on Monday and was received by President Yoweri Museveni.",
    "Gen Mohamed \u201cHemedti\u201d Dagalo arrived in Kampala on Monday and was received by President Yoweri Museveni.",
]


@pytest.mark.parametrize("body", NICKNAMES, ids=["single quotes", "curly quotes"])
def test_a_quoted_nickname_inside_a_name_makes_no_second_person(body: str) -> None:
    found = events(body)
    assert len(found) == 1, [(m.type, people(m)) for m in found]
    assert "Mohamed" not in people(found[0])
    assert {"Mohamed Hamdan Dagalo", "Yoweri Museveni"} <= people(found[0])


def test_the_commander_of_a_paramilitary_force_travels_for_that_force() -> None:
    found = events("The commander of the Rapid Support Forces, Mohamed Hamdan Dagalo, arrived in Nairobi on Monday.")
    assert found and "Rapid Support Forces" in sides(found[0]), [sides(m) for m in found]
    assert "Sudan" not in sides(found[0])


# ---- a name chain shortened to given and family names later in the article
def test_a_name_chain_shortened_to_given_and_family_name_is_the_same_man() -> None:
    body = ("Qatari Prime Minister Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani met a Hamas delegation in Doha "
            "on Monday. Sheikh Mohammed Al Thani held talks with a Hamas team led by Khalil al-Hayya, the ministry said.")
    found = events(body)
    assert len(found) == 1, [people(m) for m in found]
    assert people(found[0]) == {"Mohammed bin Abdulrahman Al Thani", "Khalil al-Hayya"}


# ---- a meeting told again from the host's side names the visitor's deputy: one meeting
def test_a_meeting_told_again_with_the_visitors_deputy_stays_one_meeting() -> None:
    body = ("Ismail Haniyeh and his delegation met Hassan Nasrallah on Monday. Nasrallah received Haniyeh, "
            "Saleh al-Arouri, his deputy, and the accompanying delegation at his office to review the situation.")
    found = events(body)
    assert len(found) == 1, [(m.date, people(m)) for m in found]
    assert {"Ismail Haniyeh", "Hassan Nasrallah", "Saleh al-Arouri"} <= people(found[0])
    assert found[0].date == "2021-03-08"


# ---- whom the talks of a purpose clause are with did not travel
PURPOSE = [
    ("A delegation of the Sudanese Armed Forces arrived in Jeddah on Monday to resume talks with the Rapid Support Forces.",
     "Jeddah", "Sudan", "Rapid Support Forces"),
    ("A Hamas delegation arrived in Cairo on Monday to negotiate with Fatah over the crossing.", "Cairo", "Hamas", "Fatah"),
]


@pytest.mark.parametrize("body,place,side,other", PURPOSE, ids=["resume talks", "negotiate"])
def test_the_counterpart_of_a_purpose_clause_is_no_traveller(body: str, place: str, side: str, other: str) -> None:
    found = [m for m in events(body) if m.location == place]
    assert found, [(m.location, sides(m)) for m in events(body)]
    assert side in sides(found[0])
    assert other not in sides(found[0])


# ---- sides named in other words: a mission's acronym, a state's name, an adjective of that state
def test_a_un_missions_acronym_names_the_un_envoy_meeting() -> None:
    found = events("The head of UNSMIL, Ghassan Salame, met Khalifa Haftar in Benghazi on Monday.")
    assert found and {"Ghassan Salame", "Khalifa Haftar"} <= people(found[0]), [people(m) for m in found]


SAHRAWI = [
    "A Saharawi delegation led by Ahmed Boukhari held talks at the foreign ministry in Oslo on Monday.",
    "A delegation of the Sahrawi Republic led by Ahmed Boukhari held talks at the foreign ministry in Oslo on Monday.",
]


@pytest.mark.parametrize("body", SAHRAWI, ids=["adjective", "state name"])
def test_the_sahrawi_side_is_the_polisario_front(body: str) -> None:
    found = events(body)
    assert found and "Polisario Front" in sides(found[0]), [sides(m) for m in found]


# ---- shapes of a trip
def test_heading_to_a_capital_on_an_official_visit_is_a_visit() -> None:
    found = events("General Abdel Fattah al-Burhan on Monday headed to the Qatari capital of Doha on an official visit.")
    visits = [m for m in found if m.type == "visit"]
    assert visits and visits[0].location == "Doha" and visits[0].date == "2021-03-08", [(m.type, m.location) for m in found]
    assert "Abdel Fattah al-Burhan" in people(visits[0])


def test_heading_somewhere_without_a_visit_is_no_visit() -> None:
    assert events("Voters headed to the polls in Cairo on Monday, officials said.") == []


def test_the_ministers_of_several_states_visiting_together_make_one_visit() -> None:
    found = events("The foreign ministers of Spain, Greece and Malta made a visit to Tripoli on Monday.")
    assert len(found) == 1, [sides(m) for m in found]
    assert sides(found[0]) == {"Spain", "Greece", "Malta"}


def test_two_sides_arriving_separately_stay_two_visits() -> None:
    found = events("A Hamas delegation and a Fatah delegation arrived in Cairo on Monday.")
    assert len(found) == 2, [sides(m) for m in found]


# ---- who leads a movement abroad, named with a Maghrebi given name or a long title first
def test_the_polisario_leader_receiving_a_delegation_is_an_official_of_the_meeting() -> None:
    body = ("The Secretary General of the Polisario Front, Brahim Ghali, received on Monday a delegation of "
            "Swedish lawmakers led by Anna Lindqvist.")
    found = events(body)
    assert found and "Brahim Ghali" in people(found[0]), [people(m) for m in found]
    assert "Polisario Front" in sides(found[0])


def test_a_maghrebi_given_name_after_a_long_title_opens_a_name() -> None:
    body = ("A Polisario delegation led by the coordinator with the UN mission, M'Hamed Bouzid, arrived in "
            "Stockholm on Monday.")
    found = events(body)
    assert found and "M'Hamed Bouzid" in people(found[0]), [people(m) for m in found]


# ---- "the second visit ... following the cancellation of talks by Y": Y's happening, not the visit
def test_the_agent_of_a_happening_after_the_visit_noun_is_no_visitor() -> None:
    body = ("A Hamas delegation arrived in Ankara on Monday. It is the first trip of the delegation abroad following "
            "the collapse of talks between Israel and Hamas blamed on Prime Minister Benjamin Netanyahu.")
    found = events(body)
    assert found
    assert all("Benjamin Netanyahu" not in people(m) and "Israel" not in sides(m) for m in found), \
        [(sides(m), people(m)) for m in found]


# ---- "During his trip to X, he discussed ... with Y": Y was met on the trip told before
def test_a_meeting_during_the_trip_just_told_joins_that_trip() -> None:
    body = ("Foreign Minister Wang Yi met Taliban leaders in Kabul on Monday. Wang has already visited Tashkent earlier in "
            "the week. During his trip to Tashkent, the Chinese minister discussed trade with President Shavkat Mirziyoyev.")
    found = events(body)
    tashkent = [m for m in found if m.location == "Tashkent"]
    assert len(tashkent) == 1, [(m.location, m.date, people(m)) for m in found]
    assert {"Wang Yi", "Shavkat Mirziyoyev"} <= people(tashkent[0])
    assert tashkent[0].date != "2021-03-10"


# ---- "hostages held by X as part of negotiations": a passive 'held', no talks held
def test_hostages_held_as_part_of_negotiations_are_no_talks() -> None:
    body = ("US President Joe Biden urged Egypt and Qatar on Monday to secure the release of hostages held by Hamas "
            "as part of negotiations for a ceasefire.")
    assert [m for m in events(body) if m.type == "talks"] == []


def test_talks_held_by_a_movement_are_still_talks() -> None:
    found = events("Hamas held indirect talks with Israel in Cairo on Monday.")
    assert found and found[0].type == "talks" and {"Hamas", "Israel"} <= sides(found[0])


# ---- "his reception by X": X received him
def test_a_reception_by_a_president_is_a_meeting_with_him() -> None:
    found = events("Gen Mohamed Hamdan Dagalo's reception by President William Ruto in Nairobi on Monday angered the army.")
    assert found and {"Mohamed Hamdan Dagalo", "William Ruto"} <= people(found[0]), [people(m) for m in found]


def test_a_reception_at_an_embassy_is_no_meeting() -> None:
    assert events("Diplomats attended a reception at the embassy in Cairo on Monday.") == []


# ---- "X's armed forces said it sent a delegation": the state's army sent it
def test_an_army_that_says_it_sent_a_delegation_sends_its_state() -> None:
    found = events("Chad's armed forces said it sent a delegation to Niamey on Monday evening.")
    assert found and found[0].type == "visit" and "Chad" in sides(found[0]), [(m.type, sides(m)) for m in found]


def test_an_army_striking_somewhere_is_no_side_of_a_meeting() -> None:
    found = events("Hamas leaders met Egyptian officials in Cairo on Monday while Israel's army pressed its offensive.")
    assert found and "Israel" not in sides(found[0]), [sides(m) for m in found]


# ---- a quoted readout that goes on over two sentences: who "also participated in the meeting"
def test_who_also_took_part_in_a_quoted_readout_was_at_the_meeting() -> None:
    body = ("Zalmay Khalilzad met Mullah Baradar in Doha on Monday. \"Both sides talked about the prisoners. The envoy "
            "of Qatar, Mutlaq al-Qahtani, and his delegation also participated in the meeting,\" tweeted a spokesman.")
    found = events(body)
    assert len(found) == 1 and "Mutlaq al-Qahtani" in people(found[0]), [people(m) for m in found]


def test_a_plan_in_the_rest_of_a_quote_stays_speech() -> None:
    body = ("Ismail Haniyeh met Hassan Nasrallah in Beirut on Monday. \"We discussed the situation. We will meet the "
            "president of Iran soon,\" Haniyeh said.")
    found = events(body)
    assert len(found) == 1, [(m.type, people(m)) for m in found]


# ---- a head of state met at no named town is not at the town of the article's other meetings
def test_a_foreign_head_of_state_does_not_inherit_the_town_of_other_stops() -> None:
    body = ("The tour of Mohamed Hamdan Dagalo has taken him to Kampala, where he met President Yoweri Museveni. "
            "Kenya's President William Ruto met on Monday with the leader of the Rapid Support Forces Mohamed Hamdan Dagalo.")
    found = [m for m in events(body) if "William Ruto" in people(m)]
    assert found and found[0].location != "Kampala", [(m.location, people(m)) for m in events(body)]
    assert "Kenya" not in sides(found[0])


def test_a_meeting_with_the_host_country_head_keeps_the_town_of_arrival() -> None:
    body = "A Hamas delegation arrived in Tehran on Monday. Iran's President Ebrahim Raisi received the delegation on Monday."
    found = [m for m in events(body) if "Ebrahim Raisi" in people(m)]
    assert found and found[0].location == "Tehran", [(m.location, people(m)) for m in events(body)]


# ---- "X met Y ..., just two days after X told Z that ...": the speech belongs to the clause, the meeting stays
def test_a_meeting_followed_by_just_days_after_someone_told_stays_a_report() -> None:
    body = ("Wang Yi met Mullah Abdul Ghani Baradar in the city of Tianjin on Monday, just two days after Wang told a "
            "US diplomat that China would not be lectured.")
    found = events(body)
    assert found and {"Wang Yi", "Abdul Ghani Baradar"} <= people(found[0]), [people(m) for m in found]
    assert found[0].date == "2021-03-08"


def test_a_visiting_deputy_prime_minister_keeps_the_town_of_the_visit() -> None:
    body = ("Jordan's foreign minister met Ahmed al-Sharaa in Damascus on Monday. Deputy Prime Minister Ayman Safadi "
            "was the first Arab minister to visit since the fall of the government.")
    found = [m for m in events(body) if "Ayman Safadi" in people(m)]
    assert found and all(m.location == "Damascus" for m in found), [(m.location, people(m)) for m in events(body)]
