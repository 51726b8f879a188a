"""Event extraction on whole (small) articles: what is an event, its date, place and sides."""
from __future__ import annotations

from timeline_app.domain import EventMention
from timeline_app.ingest.extract import extract_document


def events(text: str) -> list[EventMention]:
    return extract_document(text).mentions


def delegations(m: EventMention) -> set[str]:
    return {p.actor.name for p in m.participants if p.role == "delegation"}


def people(m: EventMention) -> dict[str, str]:
    return {p.actor.name: p.role for p in m.participants if p.actor.kind == "person"}


def page(body: str, dateline: str = "Friday 5-February-2021", headline: str = "Delegation holds talks with officials") -> str:
    return f"{headline}\n\n{dateline}\n\n{body}\n"


def test_weekday_meeting_in_a_foreign_capital() -> None:
    (m,) = events(page(
        "A senior delegation of the Hamas Movement arrived on Thursday in the Russian capital Moscow.\n\n"
        "On Thursday afternoon the Movement's delegation held a meeting with Presidential Special Envoy Mikhail Bogdanov."
    ))
    assert (m.date, m.precision, m.basis) == ("2021-02-04", "day", "relative")
    assert m.location == "Moscow"
    assert delegations(m) == {"Hamas"}
    assert people(m) == {"Mikhail Bogdanov": "host"}
    assert len(m.evidence) == 2


def test_plans_negations_and_habits_are_not_events() -> None:
    assert events(page(
        "Bogdanov also indicated that the Palestinian National Authority President Mahmoud Abbas, will soon travel to Moscow and hold talks with Russian President Vladimir Putin.\n\n"
        "The Kremlin said Putin had no plans to receive any of the delegations.\n\n"
        "In the past years, Russia has been hosting Palestinian factions' delegations including the Islamic Jihad Movement and Fatah.\n\n"
        "A planned Israeli delegation would no longer travel to Washington, the office said.\n\n"
        "The agreement comes a few weeks before Algiers hosts an Arab League summit at the start of November."
    )) == []


def test_reporter_is_not_a_participant_and_report_date_is_not_event_date() -> None:
    text = page(
        "Update: Maria Zakharova, spokesperson for the Russian Foreign Ministry, reported that Iranian Deputy Foreign Minister "
        "Ali Bagheri Kani met with Russian Deputy Foreign Minister Mikhail Galuzin in Moscow.",
        dateline="Thursday, 26 October 2023, 16:43",
    )
    (m,) = events(text)
    assert people(m) == {"Ali Bagheri Kani": "delegation_member", "Mikhail Galuzin": "host"}
    assert delegations(m) == {"Iran"}  # a government abroad is a delegation; the host government is not
    assert (m.date, m.basis) == ("2023-10-26", "publication")


def test_statement_day_is_not_the_meeting_day() -> None:
    (m,) = events(page(
        "The head of the Hamas political bureau, Ismail Haniyeh, received Iran's acting Foreign Minister Ali Bagheri Kani "
        "in the Qatari capital last night, Hamas said in a statement posted on Thursday.",
        dateline="Thursday 20 June 2024 | 16:50",
    ))
    assert m.date == "2024-06-19"
    assert m.location == "Doha"
    assert delegations(m) == {"Hamas", "Iran"}


def test_arrival_and_talks_on_different_days_are_two_events() -> None:
    found = events(page(
        "Ismail Haniyeh, who heads the political bureau of Hamas, flew into the Russian capital on Sunday at the head of a "
        "senior delegation and on Monday held talks with Russian Foreign Minister Sergey Lavrov, the movement said.",
        dateline="Tuesday 3 March 2020",
    ))
    assert sorted((m.type, m.date) for m in found) == [("talks", "2020-03-02"), ("visit", "2020-03-01")]


def test_separate_calls_are_separate_events_listing_movements_only() -> None:
    found = events(page(
        "Mikhail Bogdanov, Russia's deputy foreign minister, held separate telephone conversations on Monday with Azzam al-Ahmed, "
        "a member of Fatah's Central Committee, and with Moussa Abu Marzouk, deputy chairman of the Hamas political bureau, the ministry said.",
        dateline="Published 20/02/2024 11:25",
    ))
    assert len(found) == 2
    assert all(m.type == "call" and m.date == "2024-02-19" for m in found)
    assert sorted(tuple(sorted(delegations(m))) for m in found) == [("Fatah",), ("Hamas",)]


def test_a_new_counterpart_without_a_date_is_another_meeting() -> None:
    found = events(page(
        "Ali Bagheri Kani met Hamas leader Ismail Haniyeh in Doha on Wednesday.\n\n"
        "During his stay he also held talks with Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani on bilateral ties.",
        dateline="Thursday 20 June 2024",
    ))
    assert len(found) == 2
    qatar = next(m for m in found if "Mohammed bin Abdulrahman Al Thani" in people(m))
    assert people(qatar)["Mohammed bin Abdulrahman Al Thani"] == "host"
    assert "Iran" in delegations(qatar)


def test_undated_article_leaves_relative_dates_unknown() -> None:
    (m,) = events(
        "A delegation of Hamas makes a visit to Moscow\n\n"
        "The Russian Deputy Foreign Minister Mikhail Bogdanov received, on Thursday, a delegation from the Palestinian Islamic "
        "Resistance Movement (Hamas), headed by Musa Abu Marzouk.\n"
    )
    assert (m.date, m.precision, m.basis) == (None, "unknown", "unknown")
    assert m.location == "Moscow"  # from the headline
    assert people(m)["Mousa Abu Marzouk"] == "delegation_member"


def test_unknown_people_by_title_and_movements_from_the_gazetteer() -> None:
    (m,) = events(page(
        "A Taliban delegation led by acting Foreign Minister Amir Khan Muttaqi held talks in Kazan on Thursday with Russia's special "
        "envoy Zamir Kabulov and Tatarstan President Rustam Minnikhanov.",
        dateline="Friday 17 May 2024",
    ))
    assert m.date == "2024-05-16"
    assert delegations(m) == {"Taliban"}
    assert {"Amir Khan Muttaqi", "Zamir Kabulov", "Rustam Minnikhanov"} <= set(people(m))


def test_evidence_spans_are_exact_sentences() -> None:
    text = page("Turkish President Recep Tayyip Erdoğan held closed-door talks with Ismail Haniyeh in Istanbul on Saturday.", dateline="Published 20/04/2024 19:10")
    (m,) = events(text)
    (start, end), = m.evidence
    assert text[start:end].startswith("Turkish President") and text[start:end].endswith("on Saturday.")
