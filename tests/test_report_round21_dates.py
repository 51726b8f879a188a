"""Round 21 (dates21): date classes of unseen reports.

Sentences written for this file in the shapes news pages use, never a report's or a test set's
words. Each test asserts what a user relies on: the day an event is put on (or that a trap makes
no event)."""
from __future__ import annotations

from timeline_app.ingest.extract import extract_document


def _dates(page: str) -> list[str | None]:
    return [m.date for m in extract_document(page).mentions]


# 1. A line that is only a day heads the entries under it (live blog, diary, chronology) until the next one.
BLOG = ("Live: the week in Gulf diplomacy\n\nUpdated 9 November 2025\n\n"
        "Thu 6 Nov\n\nOmani Foreign Minister Badr Albusaidi met Iranian Foreign Minister Abbas Araghchi in Muscat.\n\n"
        "Both sides praised the talks, the ministry said.\n\n"
        "Sat 8 Nov\n\nKuwaiti Foreign Minister Abdullah Al-Yahya received Egyptian Foreign Minister Badr Abdelatty in Kuwait City.\n")


def test_a_blog_day_heading_dates_its_entries() -> None:
    assert _dates(BLOG) == ["2025-11-06", "2025-11-08"]


def test_a_diary_heading_with_a_colon_and_a_comma_form() -> None:
    page = ("Minister's week\n\n14 November 2025\n\nMonday 10 November:\n\n"
            "Foreign Minister Ayman Safadi received Turkish Foreign Minister Hakan Fidan in Amman.\n\n"
            "Wednesday, November 12\n"
            "Safadi held talks with Egyptian Foreign Minister Badr Abdelatty in Cairo.\n")
    assert _dates(page) == ["2025-11-10", "2025-11-12"]


def test_the_dateline_line_above_the_lede_is_no_heading() -> None:
    page = ("Minister receives envoy\n\nTuesday 11 November 2025\n\n"
            "Jordan's foreign minister Ayman Safadi received Turkish Foreign Minister Hakan Fidan in Amman on Sunday.\n")
    assert _dates(page) == ["2025-11-09"]


def test_a_report_with_its_own_day_under_a_heading_keeps_it() -> None:
    page = ("Chronology\n\n20 November 2025\n\nMon 17 Nov\n\n"
            "Omani Foreign Minister Badr Albusaidi, who had met Iranian Foreign Minister Abbas Araghchi in Tehran on 12 November, "
            "received Qatar's Prime Minister Mohammed bin Abdulrahman Al Thani in Muscat.\n")
    assert _dates(page)[-1] == "2025-11-17"



def test_a_day_heading_over_time_stamped_entries() -> None:
    page = ("Live: Gulf diplomacy\n\nUpdated 9 November 2025\n\nFri 7 Nov\n\n"
            "19:40\nOmani Foreign Minister Badr Albusaidi met Iranian Foreign Minister Abbas Araghchi in Muscat.\n\n"
            "08:15 GMT\nKuwaiti Foreign Minister Abdullah Al-Yahya received Egyptian Foreign Minister Badr Abdelatty in Kuwait City.\n\n"
            "Sun 9 Nov\n\n11:02\nSaudi Foreign Minister Prince Faisal bin Farhan received Jordanian Foreign Minister Ayman Safadi in Riyadh.\n")
    assert _dates(page) == ["2025-11-07", "2025-11-07", "2025-11-09"]


def test_weekday_headings_of_a_weeks_diary() -> None:
    page = ("The minister's week\n\nFriday 21 November 2025\n\nMonday:\n\n"
            "Foreign Minister Ayman Safadi received Turkish Foreign Minister Hakan Fidan in Amman.\n\n"
            "Wednesday\n\nSafadi held talks with Egyptian Foreign Minister Badr Abdelatty in Cairo.\n")
    assert _dates(page) == ["2025-11-17", "2025-11-19"]


def test_a_weekday_in_a_sentence_line_is_no_heading() -> None:
    page = ("Minister receives envoy\n\nFriday 21 November 2025\n\n"
            "Foreign Minister Ayman Safadi received Turkish Foreign Minister Hakan Fidan in Amman on Monday.\n\n"
            "Safadi held talks with Egyptian Foreign Minister Badr Abdelatty in Cairo on Wednesday.\n")
    assert _dates(page) == ["2025-11-17", "2025-11-19"]

# 2. Numbers without a year ("on 10/3"): the reading in the weeks up to the page's own day, else the page's convention.
def _lede(day_line: str, when: str) -> str:
    return (f"Envoy in Ankara\n\n{day_line}\n\n"
            f"Turkish Foreign Minister Hakan Fidan received Qatari envoy Mohammed Al-Khulaifi in Ankara on {when}, the ministry said.\n")


def test_yearless_numbers_read_in_the_weeks_before_the_page_day() -> None:
    assert _dates(_lede("Ankara, 14 March 2025", "3/9")) == ["2025-03-09"]  # 3 September would be months off


def test_yearless_numbers_read_month_first_when_only_that_fits() -> None:
    assert _dates(_lede("Ankara, 14 March 2025", "3/12")) == ["2025-03-12"]  # 3 December would lie ahead


def test_yearless_numbers_of_a_month_first_wire() -> None:
    page = ("Talks in Washington\n\nWASHINGTON (AP) -- March 14, 2025\n\n"
            "Secretary of State Marco Rubio met Qatari Prime Minister Mohammed bin Abdulrahman Al Thani on 3/2, the department said.\n")
    assert _dates(page) == ["2025-03-02"]


def test_a_fraction_after_on_is_no_date() -> None:
    page = _lede("Ankara, 14 March 2025", "Tuesday") .replace("the ministry said", "agreeing on 2/3 of the draft")
    assert _dates(page) == ["2025-03-11"]


def test_the_slashed_stamp_of_a_wire_reads_month_first_by_its_yearless_dateline() -> None:
    page = ("Envoys meet in Doha\nBy Staff\n12/1/2024 2:10 PM EST\n\nDOHA, Dec 1 (Reuters) - "
            "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met Iranian Foreign Minister Abbas Araghchi in Doha on Sunday.\n")
    assert _dates(page) == ["2024-12-01"]


# 3. "On the same trip" / "During the same visit": the traveller's trip, its day and place, even past another event.
def _places(page: str) -> list[tuple[str | None, str | None]]:
    return [(m.date, m.location) for m in extract_document(page).mentions]


TOUR = ("Minister in the Gulf\n\n18 November 2025\n\n"
        "Omani Foreign Minister Badr Albusaidi met Bahraini Foreign Minister Abdullatif Al Zayani in Manama on Saturday.\n\n"
        "On Monday, Egyptian Foreign Minister Badr Abdelatty received Sudanese Foreign Minister Ali Youssef in Cairo.\n\n")


def test_the_same_trip_is_the_travellers_not_the_last_event_told() -> None:
    page = TOUR + "On the same trip, Albusaidi also held talks with Bahrain's Crown Prince Salman bin Hamad Al Khalifa.\n"
    assert _places(page)[-1] == ("2025-11-15", "Manama")


def test_the_same_visit_named_by_the_travellers_title() -> None:
    page = TOUR + "During the same visit, the Omani minister also met Bahrain's Crown Prince Salman bin Hamad Al Khalifa.\n"
    assert _places(page)[-1] == ("2025-11-15", "Manama")


def test_the_same_visit_right_after_its_meeting() -> None:
    page = ("Minister in the Gulf\n\n18 November 2025\n\n"
            "Omani Foreign Minister Badr Albusaidi met Bahraini Foreign Minister Abdullatif Al Zayani in Manama on Saturday.\n\n"
            "During the same visit, Albusaidi met Bahrain's Crown Prince Salman bin Hamad Al Khalifa.\n")
    assert _places(page) == [("2025-11-15", "Manama"), ("2025-11-15", "Manama")]


# 4. "Earlier in the day" inside a quotation counts from the day of the attribution, wherever it stands.
MEETING = ("Talks in Amman\n\n22 November 2025\n\n"
           "Jordanian Foreign Minister Ayman Safadi met Iraqi Foreign Minister Fuad Hussein in Amman on Saturday.\n\n")


def test_the_attribution_after_the_quote_gives_the_day() -> None:
    page = MEETING + "\"Earlier in the day, the minister received Lebanese Foreign Minister Youssef Rajji,\" spokesman Sufian Qudah said on Tuesday.\n"
    assert _dates(page) == ["2025-11-22", "2025-11-18"]


def test_the_day_opening_the_attribution_gives_the_day() -> None:
    page = MEETING + "On Tuesday, spokesman Sufian Qudah said: \"Earlier in the day, the minister received Lebanese Foreign Minister Youssef Rajji.\"\n"
    assert _dates(page) == ["2025-11-22", "2025-11-18"]


def test_the_day_before_in_curly_quotes_counts_back_from_the_attribution() -> None:
    page = MEETING + "\u201cThe day before, the minister received Lebanese Foreign Minister Youssef Rajji,\u201d Qudah told reporters on Tuesday.\n"
    assert _dates(page) == ["2025-11-22", "2025-11-17"]


# 5. The verbs a bare weekday follows ("met Thursday") are knowledge (resources/date_cues.json), not code.
def test_a_bare_weekday_after_a_listed_verb_tells_the_numeric_order() -> None:
    from timeline_app.ingest.resources import load_json
    assert "met" in load_json("date_cues.json")["bare_weekday_verbs"]["verbs"]
    page = ("Ministers meet in Doha\n\nDOHA, 11/6/2025\n\n"
            "Qatar's Prime Minister Mohammed bin Abdulrahman Al Thani met Thursday with Iranian Foreign Minister Abbas Araghchi in Doha.\n")
    assert _dates(page) == ["2025-11-06"]  # 6 November 2025 is a Thursday; 11 June is not


def test_the_same_visit_told_paragraphs_later_of_a_one_day_visit_takes_its_day() -> None:
    page = ("Minister in Baghdad\n\n18 November 2025\n\n"
            "Kuwait's foreign minister met Iraqi Prime Minister Mohammed Shia al-Sudani in Baghdad on Sunday.\n\n"
            "Kuwaiti Foreign Minister Abdullah Al-Yahya held talks with al-Sudani on border demarcation, the Iraqi government said. "
            "\"The talks were frank,\" a spokesman said.\n\n"
            "Iraq and Kuwait have argued over the Khor Abdullah waterway for years.\n\n"
            "During the same visit, Sheikh Abdullah also met Iraqi President Abdul Latif Rashid, according to the ministry.\n")
    assert _dates(page)[-1] == "2025-11-16"


def test_the_same_visit_of_a_trip_of_several_days_keeps_the_trips_month() -> None:
    page = ("Minister in Iraq\n\n18 November 2025\n\n"
            "Kuwaiti Foreign Minister Abdullah Al-Yahya met Iraqi Prime Minister Mohammed Shia al-Sudani in Baghdad on Saturday.\n\n"
            "On Sunday, Al-Yahya held talks with Kurdistan Region President Nechirvan Barzani in Erbil.\n\n"
            "Iraq and Kuwait have argued over the Khor Abdullah waterway for years. The dispute went to court in 2023.\n\n"
            "Officials said more talks were planned.\n\n"
            "During the same visit, the Kuwaiti delegation also met Iraqi President Abdul Latif Rashid, according to the ministry.\n")
    assert _dates(page)[-1] == "2025-11"


# 6. A Hijri date printed before the Gregorian one leaves the Gregorian date the page's day.
def test_a_hijri_date_before_the_gregorian_on_the_dateline() -> None:
    page = ("Minister receives counterpart\n\nJeddah, 3 Jumada al-Awwal 1447 AH / 24 October 2025\n\n"
            "Saudi Foreign Minister Prince Faisal bin Farhan received Jordanian Foreign Minister Ayman Safadi in Jeddah on Thursday.\n")
    assert _dates(page) == ["2025-10-23"]


def test_a_hijri_date_with_its_month_first_before_the_gregorian() -> None:
    page = ("Minister receives counterpart\n\nJumada al-Awwal 3, 1447 - October 24, 2025\n\n"
            "Saudi Foreign Minister Prince Faisal bin Farhan received Jordanian Foreign Minister Ayman Safadi in Jeddah today.\n")
    assert _dates(page) == ["2025-10-24"]


# 7. Days counted inside a trip.
TRIP_HEAD = "Minister tours region\n\nFriday 21 November 2025\n\n"


def test_the_day_after_he_held_talks_dates_those_talks_a_day_before() -> None:
    page = TRIP_HEAD + ("Kuwaiti Foreign Minister Abdullah Al-Yahya met Saudi Foreign Minister Prince Faisal bin Farhan in Riyadh on Thursday, "
                        "the day after he held talks with Bahraini Foreign Minister Abdullatif Al Zayani in Manama.\n")
    assert sorted(zip(_dates(page), [m.location for m in extract_document(page).mentions])) == [("2025-11-19", "Manama"), ("2025-11-20", "Riyadh")]


def test_the_second_day_of_a_visit_counts_from_its_first() -> None:
    page = TRIP_HEAD + ("Kuwaiti Foreign Minister Abdullah Al-Yahya arrived in Amman on Tuesday for a three-day visit.\n\n"
                        "On the second day of his visit, Al-Yahya held talks with Jordanian Foreign Minister Ayman Safadi.\n")
    assert _dates(page)[-1] == "2025-11-19"


def test_the_third_day_of_a_tour_counts_from_its_first() -> None:
    page = TRIP_HEAD + ("Kuwaiti Foreign Minister Abdullah Al-Yahya began a Gulf tour on Monday in Doha, where he met Qatari Prime Minister "
                        "Mohammed bin Abdulrahman Al Thani. On the third day of the tour he met Omani Foreign Minister Badr Albusaidi in Muscat.\n")
    assert _dates(page) == ["2025-11-17", "2025-11-19"]
