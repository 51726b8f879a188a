"""Round 24 (fix39o): who took part, traps and sides, on sentences written for this file (never a
report's or a test set's words) in the shapes news pages use. Each test asserts what a user relies
on: who is listed at an event, which sides, or that a remark makes no event."""
from __future__ import annotations

from tests.helpers.reports import events, people, sides

LEDE = "A Jihad delegation led by Ziad al-Nakhalah held talks at the Iranian Foreign Ministry in Tehran on Monday. "


def _names(found) -> list[tuple[str | None, set[str], set[str]]]:
    return [(m.date, people(m), sides(m)) for m in found]


def test_canonical_spellings_are_the_common_ones() -> None:
    found = events("Omani Foreign Minister Badr Albusaidi received Mohammed Abdul Salam in Muscat on Monday.")
    assert found and "Mohammed Abdulsalam" in people(found[0]), _names(found)


def test_a_title_word_after_al_is_the_family_name() -> None:
    found = events("An army team led by Brigadier General Osman al-Hajj held talks with Saudi Foreign Minister "
                   "Faisal bin Farhan in Jeddah on Monday.")
    assert found and "Osman al-Hajj" in people(found[0]), _names(found)


def test_a_hoped_for_session_adds_nobody() -> None:
    found = events(LEDE + "The movement had hoped for a session with Foreign Minister Abbas Araghchi, but none was arranged.")
    assert found and all("Abbas Araghchi" not in people(m) for m in found), _names(found)


def test_it_met_is_the_delegation_just_told() -> None:
    found = events(LEDE + "It met Deputy Foreign Minister Ali Bagheri Kani, who handles the region.")
    assert len(found) == 1 and "Ali Bagheri Kani" in people(found[0]), _names(found)


def test_it_hosted_stays_a_countrys_record() -> None:
    found = events("Norway has long mediated between the two sides. It also hosted talks between them in Oslo.")
    assert not found, _names(found)


def test_descriptive_words_before_a_known_group_name_no_body() -> None:
    found = events("Foreign Minister Abbas Araghchi met a delegation of the Palestinian Islamist group Hamas in Tehran on Monday.")
    assert found and sides(found[0]) == {"Hamas"}, _names(found)


def test_members_listed_among_them_join_the_delegation() -> None:
    found = events("Foreign Minister Wang Yi received a Taliban delegation headed by Amir Khan Muttaqi in Beijing on Monday. "
                   "Photographs showed Wang with several members of the delegation. Among them, the ministry said, "
                   "was Mohammad Naeem.")
    assert len(found) == 1 and {"Amir Khan Muttaqi", "Mohammad Naeem"} <= people(found[0]), _names(found)


def test_a_movements_possessed_thing_is_no_side() -> None:
    found = events("Ali Larijani met Lebanese President Joseph Aoun in Beirut on Monday, a visit clouded by a row over "
                   "Hezbollah's weapons.")
    assert found and "Hezbollah" not in sides(found[0]), _names(found)


def test_what_the_visit_followed_is_no_event() -> None:
    found = events("A Taliban delegation held talks with Chinese Foreign Minister Wang Yi in Beijing on Monday. "
                   "The visit came days after Wang received Iranian Foreign Minister Abbas Araghchi in Xian.")
    assert len(found) == 1 and "Abbas Araghchi" not in people(found[0]), _names(found)


def test_a_meeting_the_visit_came_after_is_no_event() -> None:
    found = events("A Taliban delegation met Pakistani Foreign Minister Ishaq Dar in Islamabad on Monday. "
                   "The trip comes a week after the prime minister's speech in New York and his meeting with Joe Biden.")
    assert all("Joe Biden" not in people(m) for m in found), _names(found)


def test_talks_that_led_to_a_deal_recall_history() -> None:
    found = events("Norway hosted Colombia-rebel talks that led to the Havana accord of November 24, 2016.")
    assert not found, _names(found)


def test_a_deal_of_a_date_keeps_the_date_to_the_deal() -> None:
    found = events("Qatar hosted talks between Hamas and Fatah on Monday that paved the way for the unity agreement.")
    assert found and found[0].date == "2021-03-08", _names(found)


def test_leaving_open_the_possibility_of_a_meeting_is_none() -> None:
    found = events("A Hamas spokesman left open the possibility of a meeting with the American envoy.")
    assert not found, _names(found)


def test_another_mans_stay_is_not_the_arrival() -> None:
    found = events("The Hamas delegation arrived in Cairo on Monday as the US envoy, Steve Witkoff, is also there "
                   "for consultations with Egypt.")
    assert all("Steve Witkoff" not in people(m) for m in found), _names(found)


def test_places_after_in_an_effort_to_are_the_topic() -> None:
    found = events("A Houthi delegation met Omani Foreign Minister Badr Albusaidi in Muscat on Monday in an effort to "
                   "revive talks that have included rounds in Jordan and Sweden.")
    assert found and not ({"Jordan", "Sweden"} & sides(found[0])), _names(found)


def test_a_state_held_responsible_is_no_side() -> None:
    found = events("Iranian Foreign Minister Abbas Araghchi held talks with his Omani counterpart Badr Albusaidi in Tehran on Monday. "
                   "Speaking at the meeting, Araghchi held the U.S. administration responsible for the escalation.")
    assert found and "United States" not in sides(found[0]), _names(found)


def test_who_would_join_a_meeting_did_not_come() -> None:
    found = events("Vladimir Putin and Recep Tayyip Erdogan held talks in Sochi on Monday. Earlier reports said Putin "
                   "would be joined by Defence Minister Sergei Shoigu during his meeting with Erdogan.")
    assert found and all("Sergei Shoigu" not in people(m) for m in found), _names(found)


def test_a_guessed_member_is_no_participant() -> None:
    found = events("Sources said a Houthi delegation, most likely including Mohammed Abdulsalam, arrived in Riyadh on "
                   "Monday for talks with Saudi officials.")
    assert all("Mohammed Abdulsalam" not in people(m) for m in found), _names(found)
