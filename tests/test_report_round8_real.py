"""Issue 9, round 8: classes found on real news reports read for the first time (the reports stay
outside the project). Each test is written for this file in the shape real reports use: site stamps
with dashed dates, a site's clock beside its weather, statements about a visit, departures "left A for
B for talks", one trip's further meetings, quoted readouts saying "yesterday", asides that are not
sides. Never a report's own words, names-with-dates or places."""
from __future__ import annotations

from timeline_app.domain import EventMention
from timeline_app.ingest.extract import extract_document


def events(body: str, dateline: str = "Wednesday 10 March 2021") -> list[EventMention]:
    return extract_document(f"Minister holds talks with visitors\n\n{dateline}\n\n{body}\n").mentions


def people(m: EventMention) -> set[str]:
    return {p.actor.name for p in m.participants if p.actor.kind == "person"}


def sides(m: EventMention) -> set[str]:
    return {p.actor.name for p in m.participants if p.actor.kind != "person"}


def test_a_site_stamp_with_a_dashed_date_is_the_dateline() -> None:
    text = ("Envoy meets Houthi negotiator\n\nTue, 14-03-2023 10:05 AM, Aden\n\n"
            "On Monday, Russian envoy Mikhail Bogdanov met with the Houthi negotiator Mohammed Abdul Salam in Muscat.\n")
    found = extract_document(text)
    assert found.articles[0].published == "2023-03-14"
    assert [m.date for m in found.mentions] == ["2023-03-13"]



def test_a_sites_clock_beside_its_weather_is_not_the_dateline() -> None:
    text = ("Monday, June 3, 2024\n27.5 C\nMonday, June 3, 2024\n\nQatari delegation meets Taliban leaders in Kabul\n\n"
            "A Qatari delegation headed by Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met acting Foreign "
            "Minister Amir Khan Muttaqi in Kabul on Tuesday.\n")
    found = extract_document(text)
    assert found.articles[0].published is None
    assert all(m.date is None or not m.date.startswith("2024-06") for m in found.mentions)

