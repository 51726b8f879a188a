"""Round 21 (year35): the year of a dateline printed without one ('NAIROBI, Jan 16 -').

Sentences written for this file in the shapes wire copy uses, never a report's or a test set's
words. Three classes: (1) an office holder the resource did not know (Kenya's president) now
holds the report to his term; (2) an open term in resources/offices.json is only known to run to
the day the file was last checked ('terms_checked_until'), so a year-less report saved a year
later is not put in the saved year just because its officials are "still in office"; (3) a body
that tells the day after the lede's weekday as past rules out the lede's own day as the dateline,
so a day-after fit or, failing that, a fit two days after (the report filed the day after that
later day) wins over a same-weekday fit in an earlier year."""
from __future__ import annotations

from datetime import date

from timeline_app.ingest.extract import extract_document

SAVED = date(2026, 11, 30)


def _dates(page: str) -> list[str | None]:
    return [m.date for m in extract_document(page, saved_on=SAVED).mentions]


def test_an_open_term_does_not_vouch_for_the_saved_year() -> None:
    # no weekday: the latest 3 June within the president's term as last checked, not 2026's
    page = ("Kenya hosts Ethiopian envoys\n\nNAIROBI, June 3 - Kenyan President William Ruto received a delegation "
            "of Ethiopia's government at State House, his office said.\n\nThe talks covered the border and trade.\n")
    assert _dates(page) == ["2025-06-03"]


def test_kenyas_president_holds_the_report_to_his_term() -> None:
    # 14 May 2019 was a Tuesday, but Ruto became president only in September 2022
    page = ("Kenya hosts Somali envoys\n\nNAIROBI, May 14 - Kenyan President William Ruto received a delegation "
            "of Somalia's government at State House on Tuesday, his office said.\n\nThey discussed security on the border.\n")
    found = _dates(page)
    assert found and found[0] is not None and found[0] >= "2022-09"


def test_a_later_day_told_as_past_rules_out_the_same_day_fit() -> None:
    # 16 January: a Tuesday in 2024, a Thursday in 2025; the body tells Wednesday as past, so the
    # dateline is not Tuesday's: Thursday 16 January 2025, the talks on Tuesday the 14th
    page = ("Kenya hosts South Sudan opposition\n\nNAIROBI, Jan 16 - Kenyan President William Ruto received a delegation "
            "of Sudan's army-backed government at State House on Tuesday, his spokesman said.\n\n"
            "Juba's government complained on Wednesday that Kenya had overstepped its role as a mediator.\n")
    assert _dates(page)[0] == "2025-01-14"


def test_without_a_later_day_the_same_weekday_fit_stays() -> None:
    page = ("Kenya hosts South Sudan opposition\n\nNAIROBI, Jan 16 - Kenyan President William Ruto received a delegation "
            "of Sudan's army-backed government at State House on Tuesday, his spokesman said.\n\n"
            "Juba's government has not commented on the talks.\n")
    assert _dates(page)[0] == "2024-01-16"


# A diary page without a dateline: the byline's "posted 9 November" (no year) dates the page, its
# year inferred from the office holders it names, and the day headings under it take that year.
DIARY = ("MIDDLE EAST DESK | ON THE ROAD\nA minister's week in the Gulf\nBy A. Correspondent - posted 9 November\n\n"
         "Monday, 6 November\nIran's foreign minister Hossein Amir-Abdollahian met Qatari Prime Minister Sheikh Mohammed "
         "bin Abdulrahman Al Thani in Doha in the morning.\n\n"
         "Tuesday, 7 November\nIn Muscat, Amir-Abdollahian met Omani Foreign Minister Badr Albusaidi, in their first "
         "meeting since the October 7 attack. He was later received by Sultan Haitham bin Tarik.\n")


def test_a_posted_stamp_without_a_year_dates_the_diary_headings() -> None:
    # Amir-Abdollahian was foreign minister from 2021-08 to 2024-05; the Qatari premier from 2023-03
    assert _dates(DIARY) == ["2023-11-06", "2023-11-07", "2023-11-07"]


def test_a_day_told_after_since_is_not_continued_by_a_later_report() -> None:
    # 'later' after "since the October 7 attack" counts from the heading's day, not from the attack
    assert _dates(DIARY)[-1] == "2023-11-07"


def test_a_place_note_in_brackets_keeps_the_dateline() -> None:
    page = ("Envoy in the camps\n\nTINDOUF (Sahrawi refugee camps), May 10 - The UN envoy for Yemen Hans Grundberg "
            "met Saudi Foreign Minister Prince Faisal bin Farhan on Saturday, a source said.\n\nThe talks lasted two hours.\n")
    found = _dates(page)
    assert found and found[0] is not None and found[0].startswith("2025-05")


# A live blog newest first under one day: a clock later than the entry above it ("08:40" then
# "20:15") turns round midnight, so that entry and those under it are of the day before.
BLOG = ("Live: envoy in Amman\n\nTuesday 12 March 2024\n\n"
        "15:10 The envoy left Amman for Cairo, airport sources said.\n\n"
        "10:05 Foreign Minister Ayman Safadi received UN envoy Hans Grundberg at the ministry.\n\n"
        "08:40 Protesters gathered outside the parliament.\n\n"
        "20:15 Jordanian Prime Minister Bisher al-Khasawneh met Hans Grundberg in Amman this evening.\n\n"
        "14:00 King Abdullah II received Hans Grundberg at the palace.\n")


def test_a_blog_clock_turning_round_midnight_dates_the_day_before() -> None:
    assert _dates(BLOG) == ["2024-03-12", "2024-03-11", "2024-03-11"]


def test_blog_clocks_under_day_headings_of_their_own_keep_the_headings() -> None:
    # 'DAY 2 - MONDAY' between entries: the page names its days itself; no turn is counted
    page = ("Live: envoy in Amman\n\nTuesday 12 March 2024\n\nDAY 3 - TUESDAY\n"
            "08:40 Foreign Minister Ayman Safadi received UN envoy Hans Grundberg at the ministry.\n\n"
            "DAY 2 - MONDAY\n20:15 Protesters gathered outside the parliament.\n"
            "14:00 Jordanian Prime Minister Bisher al-Khasawneh met Hans Grundberg in Amman today.\n")
    assert _dates(page)[0] == "2024-03-12"
    assert "2024-03-13" not in _dates(page)


def test_a_photo_captions_date_is_not_the_pages_publication() -> None:
    # a file photo's caption prints the day the picture was taken, not the day of the report
    import lxml.html

    from timeline_app.ingest.html_page import publication_date

    page = ("<html><head><title>Envoy in Muscat</title></head><body><h2>Envoy meets negotiator in Muscat</h2>"
            "<p>MUSCAT, May 8 (Saba) - The UN envoy for Yemen Hans Grundberg met Mohammed Abdulsalam today.</p>"
            "<div class=\"photo\"><img src=\"x.jpg\"><p>Hans Grundberg (file) &ndash; 2022-11-02</p></div>"
            "<figure><img src=\"y.jpg\"><figcaption>Talks in Muscat, 2021-06-05</figcaption></figure></body></html>")
    assert publication_date(lxml.html.fromstring(page), None) is None
