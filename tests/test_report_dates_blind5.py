"""Dates of reports in digests and appositions (issue 9, blind5 round): each rule on sentences
written for this test, never a test article's words."""
from __future__ import annotations

from timeline_app.ingest.extract import extract_document
from tests.test_report_shapes import delegations, events, page, people, persons


def _by_person(found, name):
    return [m.date for m in found if name in people(m)]


def test_a_role_with_its_body_then_the_name_in_apposition_is_a_person() -> None:
    assert "Tolkun Abdyrakhmanov" in persons(
        "On Wednesday the envoy was received by the Chairman of the Supreme Council of Kyrgyzstan, Tolkun Abdyrakhmanov.")


def test_a_day_named_in_the_sentence_dates_a_passive_reception_the_day_after_the_arrival() -> None:
    found = events(page("Sergei Lavrov received Amir Khan Muttaqi in Moscow on Monday and held talks with him on trade.\n\n"
                        "On Tuesday afternoon Muttaqi was received by the Chairman of the Federation Council of Russia, "
                        "Valentina Matviyenko."))
    assert "2021-03-09" in _by_person(found, "Valentina Matviyenko")


def test_a_digest_item_is_dated_by_its_heading_with_the_issue_year() -> None:
    text = ("Regional Digest\n\nFriday, 12 March 2021\n\nA round-up of the week.\n\n"
            "QATAR-IRAN | Sunday 7 March\nQatari Foreign Minister Mohammed bin Abdulrahman Al Thani met "
            "Iranian Foreign Minister Mohammad Javad Zarif in Tehran.\n\n"
            "HAMAS-EGYPT | Tuesday 9 March\nA Hamas delegation led by Khalil al-Hayya held talks with Egyptian "
            "intelligence chief Abbas Kamel in Cairo.\n\n"
            "COMING UP\nThe envoy is expected to travel to Oman next week.\n")
    found = extract_document(text).mentions
    assert _by_person(found, "Mohammad Javad Zarif") == ["2021-03-07"]
    assert _by_person(found, "Khalil al-Hayya") == ["2021-03-09"]


def test_after_the_ceremony_they_met_takes_the_day_the_narrative_named() -> None:
    found = events(page("Hundreds of mourners gathered on Sunday for the burial of the former speaker in Beirut.\n\n"
                        "Iraqi Vice President Jalal Talabani and Foreign Minister Hoshyar Zebari led Iraq's delegation. "
                        "After the ceremony they met Hezbollah leaders Naim Qassem and Hashem Safieddine, the Iraqi "
                        "foreign ministry said.", dateline="Tuesday 9 March 2021"))
    assert "2021-03-07" in _by_person(found, "Naim Qassem")


def test_a_group_received_on_a_day_then_its_members_named_is_one_dated_meeting() -> None:
    found = events(page("Algerian President Abdelmadjid Tebboune received on Monday the heads of the Palestinian factions "
                        "that took part in the dialogue.\n\n"
                        "Hamas leader Ismail Haniyeh and the Fatah delegation led by Azzam al-Ahmad were received "
                        "together at the presidential palace."))
    meetings = [m for m in found if "Abdelmadjid Tebboune" in people(m)]
    assert len(meetings) == 1 and meetings[0].date == "2021-03-08"
    assert {"Ismail Haniyeh", "Azzam al-Ahmad"} <= people(meetings[0])


def test_a_visit_hosted_this_week_then_told_with_its_day_is_one_event() -> None:
    found = events(page("Russia is widening its contacts with all Afghan parties after hosting a Taliban delegation at the "
                        "foreign ministry this week, diplomats said.\n\n"
                        "Foreign Minister Sergei Lavrov held talks with the Taliban delegation, led by Abdul Ghani "
                        "Baradar, in Moscow on Monday."))
    taliban = [m for m in found if "Taliban" in delegations(m)]
    assert len(taliban) == 1 and taliban[0].date == "2021-03-08"


def test_years_ago_in_a_since_clause_does_not_make_the_report_a_habit() -> None:
    found = events(page("A Hamas delegation took part on Monday in an Egyptian-hosted meeting of the factions in Cairo, "
                        "the first time the movement has joined such talks since it took over Gaza seventeen years ago."))
    assert any("Hamas" in delegations(m) and m.date == "2021-03-08" for m in found)


def test_on_the_sidelines_of_the_ceremony_takes_the_day_named_a_paragraph_earlier() -> None:
    found = events(page("Thousands of mourners filled the streets of Beirut on Monday for the funeral of the former "
                        "prime minister.\n\nThe mufti led prayers at the mosque. Foreign guests then attended a "
                        "ceremony at the palace. Also among the guests was a delegation from Cairo.\n\n"
                        "On the sidelines of the ceremony, Ismail Haniyeh met Najib Mikati, the prime minister's "
                        "office said."))
    assert _by_person(found, "Najib Mikati") == ["2021-03-08"]


def test_a_live_blog_entry_does_not_take_the_day_of_an_earlier_entry() -> None:
    text = ("Live: mourning in Tehran\n\nWednesday 10 March 2021\n\n10:05 GMT\nAbbas Araghchi held talks with "
            "Mohammad Javad Zarif on Monday, the ministry said.\n\n09:40 GMT\nAfter the ceremony, Ebrahim Raisi "
            "received a Hamas delegation headed by Khalil al-Hayya at the presidential office.\n")
    assert _by_person(extract_document(text).mentions, "Khalil al-Hayya") == ["2021-03-10"]
