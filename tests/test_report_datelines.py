"""Datelines and dates as real reports print them (issue 9, blind6 classes): each rule on
sentences written for this test, never a test article's words."""
from __future__ import annotations

from datetime import date

from timeline_app.ingest.extract import extract_document
from timeline_app.ingest.year_inference import infer_year
from timeline_app.ingest.reader import SourceText
from tests.test_report_shapes import events, page, people

SAVED = date(2026, 11, 30)


def wire(lede: str) -> str:
    return f"GAZA-TALKS/ (URGENT)\nDelegation holds talks with mediators\n\n{lede}\n\nThe talks are to continue.\n"


def test_a_dateline_without_a_year_takes_the_latest_year_its_weekday_fits() -> None:
    # 10 March fell on a Sunday in 2024 (and 2019); the file was saved in November 2026
    text = wire("DOHA, March 10 (Wire) - Hamas official Khalil al-Hayya met Qatari Prime Minister "
                "Mohammed bin Abdulrahman Al Thani in Doha on Sunday, two sources said.")
    result = extract_document(text, saved_on=SAVED)
    assert result.articles[0].published == "2024-03-10"
    assert "year inferred" in result.articles[0].published_how
    assert [m.date for m in result.mentions] == ["2024-03-10"]


def test_the_day_after_the_told_weekday_is_the_next_choice() -> None:
    # 'on Saturday' under a 10 March dateline: 10 March 2024 is a Sunday, the day after; the last
    # Saturday 10 March (2018) is six years older
    assert infer_year(3, 10, SAVED, weekday=5) == date(2024, 3, 10)
    # 'on Tuesday' under 12 November: a Tuesday in 2024 beats the Wednesday of 2025
    assert infer_year(11, 12, SAVED, weekday=1) == date(2024, 11, 12)
    # no weekday told: the latest 10 March not after the day the file was saved
    assert infer_year(3, 10, SAVED, weekday=None) == date(2026, 3, 10)
    assert infer_year(12, 10, SAVED, weekday=None) == date(2025, 12, 10)


def test_without_the_saved_day_a_yearless_dateline_stays_undated() -> None:
    text = wire("DOHA, March 10 (Wire) - Khalil al-Hayya met Mohammed bin Abdulrahman Al Thani in Doha on Sunday.")
    assert extract_document(text).articles[0].published is None


def test_the_saved_day_is_the_files_modification_day() -> None:
    source = SourceText("x", "utf-8", "h", 1, mtime_ns=1_764_460_800 * 10**9)  # 2025-11-30 00:00 UTC
    assert source.saved_on == date(2025, 11, 30)


def test_a_dateline_with_two_places_or_no_comma_is_read() -> None:
    two = extract_document(wire("DOHA/TEHRAN, Aug 11, 2024 \u2014 Qatar's emir Tamim bin Hamad Al Thani "
                                "spoke by phone on Sunday with Iranian President Masoud Pezeshkian."))
    assert two.articles[0].published == "2024-08-11"
    bare = extract_document(wire("AMMAN Oct 8 (Wire) \u2014 Ayman Safadi met Abbas Araghchi in Amman on Tuesday."),
                            saved_on=SAVED)
    assert bare.articles[0].published == "2024-10-08"


def test_a_day_named_in_a_when_clause_beats_a_vaguer_period_before_it() -> None:
    found = events(page("The high point came last month, when Recep Tayyip Erdogan received Ismail Haniyeh in "
                        "Istanbul on February 20.", dateline="Wednesday 10 March 2021"))
    assert [m.date for m in found] == ["2021-02-20"]


def test_an_undated_arrival_right_after_the_visitors_meeting_is_that_meeting() -> None:
    found = events(page("Recep Tayyip Erdogan received Ismail Haniyeh in Istanbul on February 20. "
                        "The meeting lasted two hours. Haniyeh arrived with a delegation that included "
                        "Khalil al-Hayya, and the Turkish side was joined by Hakan Fidan."))
    assert len(found) == 1 and found[0].date == "2021-02-20"
    assert {"Ismail Haniyeh", "Khalil al-Hayya", "Hakan Fidan"} <= people(found[0])


def test_a_report_whose_subject_is_none_is_negated() -> None:
    found = events(page("No other country talks to the movement, and none has hosted its leaders as openly."))
    assert found == []


# ---------------------------------------------------------------- traps: tallies, hedges, other days

def test_a_tally_of_occasions_is_no_event() -> None:
    assert events(page("Qatar hosted four rounds of talks between Hamas and Fatah in January.")) == []
    assert events(page("Oman, which has hosted most rounds of Yemeni peace talks since 2015, sent an envoy.")) == []
    kept = events(page("Abbas Araghchi met Naim Qassem in Beirut on Tuesday and hosted three rounds of talks "
                       "between Hamas and Fatah."))
    assert len(kept) == 1 and {"Abbas Araghchi", "Naim Qassem"} <= people(kept[0])


def test_a_hedge_later_in_the_sentence_cancels_the_report() -> None:
    assert events(page("Diplomats pointed to a meeting in Doha between Hamas official Mousa Abu Marzouk and Iranian "
                       "officials last week, though neither side has confirmed it.")) == []


def test_also_met_after_an_aside_takes_the_day_of_the_meeting_it_adds_to() -> None:
    found = events(page("Mohammed Al-Khulaifi arrived in Kabul on Monday and met Mohammad Hassan Akhund. "
                        "The visit came after floods struck the north of the country on Saturday. "
                        "He also met Amir Khan Muttaqi.", dateline="Wednesday 10 March 2021"))
    also = next(m for m in found if "Amir Khan Muttaqi" in people(m))
    assert also.date == "2021-03-08"


# ---------------------------------------------------------------- more ways to say it (blind6 classes)

def test_had_talks_is_a_report_and_a_since_clause_before_it_keeps_its_day() -> None:
    found = events(page("Egyptian President Abdel Fattah al-Sisi, on his first visit since Egypt joined the group "
                        "in January, had talks with Vladimir Putin on Tuesday."))
    assert [(m.date, m.type) for m in found] == [("2021-03-09", "talks")]
    assert {"Abdel Fattah el-Sisi", "Vladimir Putin"} <= people(found[0])


def test_the_month_may_and_a_tenure_until_it_are_no_plan_and_no_day() -> None:
    found = events(page("Sergei Shoigu, who was defence minister until May, also met Mohammad Bagheri in Tehran."))
    assert len(found) == 1 and found[0].date == "2021-03-10"


def test_a_fronted_day_before_an_unnamed_subject_keeps_the_subject() -> None:
    found = events(page("A Hamas delegation led by Mousa Abu Marzouk met Sergey Lavrov in Moscow on Tuesday. "
                        "A day earlier, on Monday, the delegation held talks with Mikhail Bogdanov."))
    monday = next(m for m in found if "Mikhail Bogdanov" in people(m))
    assert monday.date == "2021-03-08" and "Hamas" in {p.actor.name for p in monday.participants}
    found = events(page("Ali Larijani arrived in Beirut on Monday. The next day, March 9, he met Naim Qassem."))
    assert any({"Ali Larijani", "Naim Qassem"} <= people(m) and m.date == "2021-03-09" for m in found)


def test_the_head_of_a_delegation_named_earlier_is_the_man_the_article_follows() -> None:
    found = events(page("Mohammed Abdul Salam met Abbas Araghchi in Tehran on Sunday. "
                        "The head of the national delegation also met on Sunday with Ali Akbar Ahmadian."))
    assert any({"Mohammed Abdulsalam", "Ali Akbar Ahmadian"} <= people(m) for m in found)


def test_offices_named_with_their_country_after_them_are_their_holders() -> None:
    found = events(page("Mohammad Mokhber met on the sidelines of the ceremony with the Emir of Qatar. "
                        "Mokhber also held talks with the Turkish vice-president, who led his country's delegation, "
                        "and with the speaker of the Russian State Duma.", dateline="Thursday 23 May 2024"))
    met = [people(m) for m in found]
    assert {"Mohammad Mokhber", "Tamim bin Hamad Al Thani"} in met
    assert {"Mohammad Mokhber", "Cevdet Yilmaz"} in met and {"Mohammad Mokhber", "Vyacheslav Volodin"} in met
    assert all("Hossein Amir-Abdollahian" not in p for p in met)  # 'Emir' is not the 'Amir' of his name


def test_the_late_president_is_not_a_participant_and_a_lede_series_dates_the_rest() -> None:
    found = events(page("Envoys who came to Tehran for the funeral of the late President Ebrahim Raisi held a series "
                        "of meetings with Iranian officials on Wednesday.\n\n"
                        "Ali Bagheri Kani, for his part, received the Egyptian foreign minister Sameh Shoukry.",
                        dateline="Thursday 23 May 2024"))
    assert [(m.date, "Ebrahim Raisi" in people(m)) for m in found] == [("2024-05-22", False)]


def test_meetings_over_the_past_year_are_a_habit() -> None:
    assert events(page("Amir Khan Muttaqi has had meetings with Roza Otunbayeva in Kabul over the past year.")) == []


def test_the_main_clause_before_a_relative_clause_dates_and_names_the_report() -> None:
    found = events(page("Earlier on Tuesday Hossein Amir-Abdollahian, who arrived from Damascus on Monday night, "
                        "held talks with Najib Mikati.", dateline="Wednesday 10 March 2021"))
    talks = next(m for m in found if "Najib Mikati" in people(m))
    assert talks.date == "2021-03-09" and "Hossein Amir-Abdollahian" in people(talks)


def test_members_after_the_delegations_own_relative_clause_are_members() -> None:
    found = events(page("A Hamas delegation led by Khalil al-Hayya met Hassan Rashad in Cairo on Tuesday. "
                        "The delegation, which arrived from Doha on Monday evening, also included Zaher Jabarin "
                        "and Nizar Awadallah."))
    assert any({"Khalil al-Hayya", "Zaher Jabarin", "Nizar Awadallah"} <= people(m) for m in found)


def test_the_killed_named_after_a_place_is_not_a_participant() -> None:
    found = events(page("Tamim bin Hamad Al Thani and Masoud Pezeshkian spoke by telephone on Tuesday after the "
                        "killing in Tehran of Hamas leader Ismail Haniyeh."))
    assert found and all("Ismail Haniyeh" not in people(m) for m in found)


def test_a_named_visitors_undated_meetings_after_his_dated_visit_take_its_day() -> None:
    found = events(page("Jordan's foreign minister Ayman Safadi paid a visit to Tehran on Sunday. "
                        "Safadi met Masoud Pezeshkian and Foreign Minister Ali Bagheri Kani.",
                        dateline="Tuesday 6 August 2024"))
    met = [m for m in found if len(people(m)) >= 2]
    assert met and all(m.date == "2024-08-04" for m in met)
    assert {"Masoud Pezeshkian", "Ali Bagheri Kani"} <= set().union(*(people(m) for m in met))


def test_timeline_entries_leading_a_team_or_joining_a_meeting_are_reports() -> None:
    text = ("Timeline: the movement and Moscow\n\nPublished 5 March 2024\n\n"
            "12 May 2022 \u2014 Mousa Abu Marzouk leads a Hamas team to the Russian foreign ministry for talks "
            "with Mikhail Bogdanov. An Iranian envoy, Ali Bagheri Kani, is in Moscow the same day and meets "
            "the Hamas team separately.\n\n"
            "29 February 2024 \u2014 Hamas joins Fatah and other factions at an intra-Palestinian meeting in Moscow.\n")
    found = {(m.date, frozenset(people(m))) for m in events(text)}
    assert ("2022-05-12", frozenset({"Mousa Abu Marzouk", "Mikhail Bogdanov"})) in found
    assert ("2022-05-12", frozenset({"Ali Bagheri Kani"})) in found
    assert any(date == "2024-02-29" for date, _ in found)


def test_a_quoted_readout_with_its_own_full_date_is_a_report_of_that_day() -> None:
    found = events(page("Hossein Amir-Abdollahian received Ismail Haniyeh in Tehran on Tuesday. The ministry said in "
                        "its readout: \u201cOn 2 March 2021 the minister also met Ziad al-Nakhalah.\u201d"))
    readout = next(m for m in found if "Ziad al-Nakhalah" in people(m))
    assert readout.date == "2021-03-02" and "Hossein Amir-Abdollahian" in people(readout)


def test_a_meeting_that_builds_on_an_earlier_agreement_keeps_its_own_day() -> None:
    found = events(page("The foreign ministers of Saudi Arabia and Iran held their first formal meeting in years in "
                        "Beijing on Tuesday. The meeting builds on the agreement reached in Beijing on 10 February "
                        "between Ali Shamkhani and Musaed Al-Aiban. Qin Gang also met Hossein Amir-Abdollahian "
                        "separately on Tuesday afternoon."))
    assert all(m.date == "2021-03-09" for m in found)
    assert {"Qin Gang", "Hossein Amir-Abdollahian"} in [people(m) for m in found]


def test_a_year_less_dateline_lies_within_the_terms_of_the_office_holders_it_names() -> None:
    """An intelligence chief who left office in 2024 dates no report of 2026: of the years whose
    weekday fits, the latest one inside the named holder's term is the dateline's."""
    from timeline_app.ingest.tenures import years_in_office

    terms = years_in_office("Egypt's intelligence chief Abbas Kamel met the delegation.")
    assert terms and all(a.year >= 2018 for a, _ in terms[0])
    assert infer_year(2, 10, SAVED, weekday=1, in_office=terms) == date(2021, 2, 10)  # Tuesday = day before
    assert infer_year(2, 10, SAVED, weekday=1) == date(2026, 2, 10)  # no holder named: the latest fit
    assert infer_year(2, 10, SAVED, weekday=1, in_office=[[(date(1990, 1, 1), date(1990, 12, 28))]]) \
        == date(2026, 2, 10)  # a term no candidate fits constrains nothing
