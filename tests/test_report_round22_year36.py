"""Round 22 (year36): dates on new text.

Sentences written for this file in the shapes wire copy and ministry readouts use, never a
report's or a test set's words. Classes:
(1) a year-less dateline whose lede's weekday fits two years (the dateline's own day in one, the
    day after the lede's weekday in a later one): a report datelined in another country than the
    place its lede's happening took place in ('AMMAN, Oct 19 - ... held talks in Jeddah on
    Saturday') relays news from elsewhere and is filed the day after, so the later day-after fit
    wins; a reporter in the city itself keeps the same-day fit; with a later weekday told as past
    too, the report from afar is filed the day after that later day.
(2) a year-less dateline that prints its own weekday ('CAIRO, Tuesday, July 8 (Reuters) -', a
    line 'ANKARA - Tuesday, July 8' over the headline): the weekday names the year, whatever
    weekday the lede tells its meeting on.
(3) an agency's bulletin of several reports under one year-less dateline ('Riyadh, Nov 10 (SPA) --'
    over each): the reports are of one day, so what one of them says of the year (an office
    holder's term, 'the summit ... will open tomorrow, Monday') dates them all; a day word told with
    its weekday ('tomorrow, Monday', 'today (Sunday)') names the dateline's weekday.
(4) a lede that tells a meeting without its day, and a sentence after it that gives the day in
    any form ('The meeting took place last Monday', 'The talks were held on Monday', '... took
    place yesterday', '... on the 12th'): that day dates the meeting, not the report's day.
"""
from __future__ import annotations

from datetime import date

from timeline_app.ingest.dateline_place import told_from_afar
from timeline_app.ingest.extract import extract_document

SAVED = date(2026, 11, 30)


def _dates(page: str) -> list[str | None]:
    return [m.date for m in extract_document(page, saved_on=SAVED).mentions]


# 19 October: a Saturday in 2024, a Sunday in 2025
def test_a_report_from_afar_takes_the_day_after_fit() -> None:
    page = ("Sudan's warring sides meet in Jeddah\n\nAMMAN, Oct 19 - Delegations of Sudan's army-led government and "
            "the Rapid Support Forces held talks in Jeddah on Saturday under Saudi and U.S. mediation, both sides said.\n\n"
            "No agreement was announced.\n")
    assert _dates(page)[0] == "2025-10-18"


def test_a_report_from_the_city_itself_keeps_the_same_day_fit() -> None:
    page = ("Sudan's warring sides meet in Jeddah\n\nJEDDAH, Oct 19 - Delegations of Sudan's army-led government and "
            "the Rapid Support Forces held talks in Jeddah on Saturday under Saudi and U.S. mediation, both sides said.\n\n"
            "No agreement was announced.\n")
    assert _dates(page)[0] == "2024-10-19"


def test_a_report_from_afar_with_a_later_day_told_is_filed_the_day_after_that() -> None:
    # 17 October: a Thursday in 2024, a Friday in 2025; talks on Wednesday, a second meeting on Thursday
    page = ("Sudan's warring sides meet in Jeddah\n\nAMMAN, Oct 17 - Delegations of Sudan's army-led government and "
            "the Rapid Support Forces held talks in Jeddah on Wednesday under Saudi and U.S. mediation, both sides said.\n\n"
            "The army's envoy met Saudi officials on Thursday, a day after the joint session.\n")
    assert _dates(page)[0] == "2025-10-15"


def test_what_counts_as_afar() -> None:
    assert told_from_afar("BEIRUT/DAMASCUS", "Officials met in Ankara on Monday, sources said.")
    assert not told_from_afar("BEIRUT/DAMASCUS", "Officials met in Damascus on Monday, sources said.")
    assert not told_from_afar("CAIRO", "Officials met in Alexandria on Monday, sources said.")  # one country
    # the place after the day belongs to another happening
    assert not told_from_afar("TEHRAN", "The delegation returned to Beirut on Monday after talks in Moscow.")
    assert not told_from_afar("SOMEWHERE", "Officials met in Ankara on Monday.")  # an unknown dateline place
    # a place named by its country's adjective or as a city of a country
    assert told_from_afar("ISLAMABAD", "The delegations met in the Qatari capital on Saturday.")
    assert not told_from_afar("DOHA", "The delegations met in the Qatari capital on Saturday.")
    assert told_from_afar("KHARTOUM", "Envoys held talks in the Red Sea port city of Jeddah on Saturday.")
    assert not told_from_afar("JEDDAH", "Envoys held talks in the Saudi city of Jeddah on Saturday.")


# 8 July: a Monday in 2024, a Tuesday in 2025
def test_a_dateline_printing_its_weekday_names_its_year() -> None:
    page = ("Cairo hosts Hamas negotiators\n\nCAIRO, Tuesday, July 8 (Reuters) - Egypt's foreign minister Badr Abdelatty "
            "received a Hamas delegation headed by Khalil al-Hayya in Cairo on Monday, the ministry said.\n\n"
            "The talks dealt with a ceasefire in Gaza.\n")
    assert _dates(page)[0] == "2025-07-07"


def test_a_place_and_weekday_line_over_the_headline_dates_the_report() -> None:
    page = ("BAGHDAD - Tue, July 8\n\nIraq's premier receives Iranian minister\n\n"
            "Iraqi Prime Minister Mohammed Shia al-Sudani received Iranian Foreign Minister Abbas Araghchi "
            "in Baghdad on Monday to discuss the border, his office said.\n\nNo date was set for further talks.\n")
    assert _dates(page)[0] == "2025-07-07"


# 10 November: a Sunday in 2024, a Monday in 2025
def test_a_day_word_told_with_its_weekday_names_the_datelines_weekday() -> None:
    page = ("Egypt's minister receives Hamas delegation\n\nCAIRO, Nov 10 (MENA) -- Foreign Minister Badr Abdelatty received "
            "today a delegation of the Hamas movement headed by Khalil al-Hayya.\n\n"
            "Egypt will host a conference on Gaza's reconstruction tomorrow, Monday, the ministry added.\n")
    assert _dates(page)[0] == "2024-11-10"


BULLETIN = ("Minister receives Omani envoy\n\nAmman, Oct 3 (Petra) -- Deputy Prime Minister and Foreign Minister Ayman Safadi "
            "received today Omani Foreign Minister Badr Albusaidi, who is visiting the Kingdom.\n\n"
            "The two ministers discussed the situation in the region.\n\n---\n\n"
            "Safadi receives call from U.S. counterpart\n\nAmman, Oct 3 (Petra) -- Deputy Prime Minister and Foreign "
            "Minister Ayman Safadi received a phone call today from U.S. Secretary of State Antony Blinken.\n\n"
            "They discussed efforts to end the war in Gaza.\n")


def test_reports_under_one_yearless_dateline_date_together() -> None:
    # the first report names no one whose term ends; the second's Blinken left office in January 2025
    assert _dates(BULLETIN) == ["2024-10-03", "2024-10-03"]


LEDE = ("Ministers confer in Amman\n\nAmman, Feb 22, 2024 (Petra) -- Jordan's Foreign Minister Ayman Safadi has met with "
        "Egyptian Foreign Minister Sameh Shoukry in Amman.\n\n")


def test_a_later_sentence_gives_the_undated_meetings_day() -> None:
    # 22 February 2024 was a Thursday
    for told, day in (("The talks took place last Monday at the ministry, its spokesman said on Thursday.", "2024-02-19"),
                      ("The talks were held on Tuesday at the ministry, its spokesman said.", "2024-02-20"),
                      ("The meeting took place yesterday, the ministry said.", "2024-02-21"),
                      ("The meeting took place on the 20th, the ministry said.", "2024-02-20")):
        assert _dates(LEDE + told + "\n\nThey discussed Gaza.\n") == [day], told


CHRONOLOGY = ("Qatar's mediation between Israel and Hamas (chronology)\n\n"
              "From the background section. Last updated 20 February 2024.\n\n"
              "Qatar hosted Hamas's political office in Doha throughout the period.\n\n"
              "On 12 November, Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani met CIA Director William Burns "
              "in Doha to discuss a hostage deal.\n\n"
              "In January, the Qatari prime minister held talks with Hamas political bureau chief Ismail Haniyeh in Doha.\n")


def test_a_last_updated_line_anchors_a_chronologys_yearless_days() -> None:
    found = sorted(d for d in _dates(CHRONOLOGY) if d is not None)
    assert found == ["2023-11-12", "2024-01"]


def test_a_quotations_day_word_counts_from_the_statements_day() -> None:
    page = ("Turkish minister in Baghdad\n\nBaghdad | Saturday 14 September 2024\n\nTurkish Foreign Minister Hakan Fidan "
            "met Iraqi Prime Minister Mohammed Shia al-Sudani in Baghdad on Saturday.\n\n"
            "\"Earlier in the day the minister met and held talks with Iraqi Foreign Minister Fuad Hussein,\" the Turkish embassy "
            "said in a statement released on Friday evening.\n")
    assert sorted(_dates(page)) == ["2024-09-13", "2024-09-14"]


STAMPED = ("Iraq's minister in Ankara\n\n{stamp}\n\nIraqi Foreign Minister Fuad Hussein met Turkish Foreign Minister Hakan Fidan "
           "in Ankara on Monday, the ministry said.\n\nNo statement was issued.\n")


def test_stamps_told_from_the_reading_day_or_without_a_year() -> None:
    read_on = date(2024, 3, 14)  # a Thursday
    for stamp, day in (("3 hours ago", "2024-03-11"), ("Published 2 days ago", "2024-03-11"),
                       ("Updated an hour ago", "2024-03-11"), ("Published 5 days ago", "2024-03-04"),
                       ("Published: 12 March, 14:05", "2024-03-11"), ("Posted on 12 March at 14:05", "2024-03-11")):
        found = [m.date for m in extract_document(STAMPED.format(stamp=stamp), saved_on=read_on).mentions]
        assert found == [day], stamp


def _relative(body: str) -> list[tuple[str | None, str]]:
    page = "Talks in Muscat\n\nMUSCAT, May 16, 2024 (ONA) - " + body + "\n\nNo statement was issued.\n"
    return sorted((m.date, m.type) for m in extract_document(page, saved_on=SAVED).mentions)


def test_relative_clause_days_date_their_own_verbs() -> None:
    # 16 May 2024 was a Thursday
    assert _relative("Iranian Foreign Minister Hossein Amir-Abdollahian, who landed in Muscat on Tuesday, met Omani Foreign "
                     "Minister Badr Albusaidi on Wednesday, the ministry said.") == [("2024-05-14", "visit"), ("2024-05-15", "meeting")]
    assert ("2024-05-13", "meeting") in _relative(
        "Omani Foreign Minister Badr Albusaidi received Iranian Foreign Minister Hossein Amir-Abdollahian, who arrived on "
        "Sunday for a two-day visit, on Monday, the ministry said.")
    assert _relative("Omani Foreign Minister Badr Albusaidi received Iranian Foreign Minister Hossein Amir-Abdollahian, "
                     "who arrived in Muscat on Sunday, the ministry said.") == [("2024-05-16", "meeting")]


def test_a_hijri_first_dateline_in_title_case() -> None:
    page = ("Minister receives envoy\n\nRiyadh, 1 Ramadan 1445 AH, corresponding to 11 March 2024 (SPA) -- Saudi Foreign Minister "
            "Prince Faisal bin Farhan received today Iranian Foreign Minister Hossein Amir-Abdollahian in Riyadh.\n\n"
            "They discussed the war in Gaza.\n")
    assert _dates(page) == ["2024-03-11"]


def test_an_old_caption_date_does_not_give_a_yearless_dateline_its_year() -> None:
    body = ("Talks in Cairo\n\nCAIRO, March 12 (Reuters) - Egyptian Foreign Minister Badr Abdelatty met Hamas leader "
            "Khalil al-Hayya in Cairo on Wednesday, the ministry said.\n\nNo statement was issued.\n\n")
    # Abdelatty became foreign minister in July 2024; 12 March 2025 was a Wednesday
    assert _dates(body + "Photo: the two men at an earlier meeting, 15 January 2022 (archive)\n") == ["2025-03-12"]
    assert _dates(body + "Related: Hamas delegation in Cairo for truce talks - 4 February 2021\n") == ["2025-03-12"]


def test_a_page_year_within_the_holders_terms_stays() -> None:
    page = ("Talks in Cairo\n\nCAIRO, March 12 (Reuters) - Egyptian Foreign Minister Sameh Shoukry met Hamas leader "
            "Ismail Haniyeh in Cairo on Thursday, the ministry said.\n\nThe two last met on 3 February 2020 in Doha.\n")
    assert _dates(page)[0] == "2020-03-12"


def test_a_headline_naming_the_datelines_month_and_year() -> None:
    page = ("Iran and Oman hold talks in Muscat, May 2023\n\nMUSCAT, May 16 (Wire) - Omani Foreign Minister Badr Albusaidi "
            "received Iranian Foreign Minister Hossein Amir-Abdollahian in Muscat on Tuesday, the ministry said.\n\n"
            "No statement was issued.\n")
    assert _dates(page) == ["2023-05-16"]  # (16 May 2023 was a Tuesday; without the headline's year the latest day in his term, 2024's)
