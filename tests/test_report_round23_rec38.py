"""Round 23 (rec38): recall, grouping and dates left after blind37.

Sentences written for this file in the shapes wire copy uses, never a report's or a test set's
words. Classes:
(1) a trip told by its end ('returned home on Friday from a four-day visit to X during which he
    met Y'): the day is the return's; neither the trip nor what it held is of that day. Such a
    summary is dated with the trip's month and joins the first dated journey of its sides that the
    article tells day by day (not an event of its own); a later 'the same day' then counts from the
    day just told, not from the return.
(2) a sentence that opens on an earlier time ('Weeks before that, X had flown to Y', 'Two days
    earlier, ...', 'Before that, ...'): another occasion, not the meeting told before it in the
    same town; dated back from the day told last (the day for a count of days, the month for
    weeks or a vague lag, the year for months), never the publication day.
(3) a meeting told 'before the start of a new round of talks', then 'The round (itself) opened the
    same afternoon': the round is another event of those sides, on its own day, even the same day;
    a round that opens after a meeting that said nothing of it stays that meeting's.
(4) a chronology entry of several sentences ('3 March 2024 - Talks open. A delegation meets Y.'):
    the sentences after the first take the entry's day, not none (or the publication's).
(5) talks told as the subject of their opening in a dated sentence ('Talks resume in Z after a
    pause; the delegations of A and B return to the city'): those sides' talks, that day, not a
    noun that only dates an event told before it.
(6) a visitor meeting the host's legislators named only as a group ('X met congressional leaders',
    'held talks with lawmakers', resources/titles.json 'host_legislators'): the visitor's side's
    meeting, where his journey went, when the article tells his journey (before or after, as a
    newest-first live blog does); the same sentence with no journey told makes no event.
(7) 'X hosted A and B for the signing' (or 'at the ceremony') right after a signing told with its
    day: the host and guests of that occasion, one event on its day, not a meeting of the
    publication day.
(8) an agency's lede dateline that prints its day as two numbers and no year ('Tifariti, 12/03
    (SPS) - ...'): day first (month first only when the second number can only be a day), the
    year completed as for 'CAIRO, March 3 (Reuters) -'; a photo caption's date ('Photo: ... during
    his first visit, 15/01/2022') is the picture's, so it neither gives the page its year nor
    counts as a plan the report came before.
(9) 'X met A on Thursday at the end of a two-day visit that began with talks with B': B was met on
    the trip's first day (the day told counted back), A on the day told.
(10) a town that holds a capital's seat of power and names its palace ('met Y at Baabda'): one
    place with the capital when reports are merged (resources/regions.json 'seats').
(11) a signing by a group told without its members ('Delegations of twelve factions signed the
    accord on Friday') and then 'Among those signing were A, B and representatives of C': the
    members named join the signing (triggers.json 'attach').
(12) 'X met Y on the sidelines of the trilateral dialogue' then 'The trilateral meeting itself was
    held on Saturday, chaired by Z': the gathering is an event of its own, of the sideline
    meeting's people and its chair, on its day.
(13) 'Y, who attended the prayers, also met X, the ministry said on Saturday' after a meeting told
    for Friday: a sequel of the day told, not of the day the source spoke; and 'attended by Z' in a
    sentence telling another weekday ('flown to Doha on Thursday after a ceremony in Tehran attended
    by Z') names who attended that day's happening, not the meeting told.
(14) 'X met the Omani minister on Saturday shortly after arriving, before the start of the indirect
    talks with the American delegation': whom the talks to come are with was neither met nor came.
"""
from __future__ import annotations

from datetime import date

from timeline_app.ingest.extract import extract_document

SAVED = date(2026, 11, 30)


def _mentions(page: str) -> list[tuple[str, str | None, str]]:
    result = extract_document(page, saved_on=SAVED)
    return [(m.type, m.date, page[m.evidence[0][0]:m.evidence[0][1]][:40]) for m in result.mentions]


RETURN_PAGE = ("Capital Courier | Friday, 14 March 2025\n\n"
               "Envoy back from Cairo\n\n"
               "Sudanese Foreign Minister Ali Youssef returned to Port Sudan on Friday from a four-day visit to Egypt "
               "during which he held talks with Egyptian officials and Arab League envoys.\n\n"
               "Youssef arrived in Cairo on Monday. On Tuesday he was received by Egyptian Foreign Minister Badr Abdelatty "
               "for talks on the war and on refugees.\n\n"
               "The minister also met with Arab League Secretary-General Ahmed Aboul Gheit, the same day, the ministry said.\n")


def test_a_return_s_day_is_not_the_trip_s_talks() -> None:
    found = _mentions(RETURN_PAGE)
    assert all(d != "2025-03-14" for _, d, _ in found), found


def test_the_same_day_after_a_return_lede_counts_from_the_day_just_told() -> None:
    found = _mentions(RETURN_PAGE)
    aboul = [d for _, d, quote in found if quote.startswith("The minister also met")]
    assert aboul == ["2025-03-11"], found


def test_the_summary_joins_the_trip_told_day_by_day() -> None:
    found = _mentions(RETURN_PAGE)
    assert [(t, d) for t, d, _ in found][0] == ("visit", "2025-03-10"), found
    result = extract_document(RETURN_PAGE, saved_on=SAVED)
    quotes = [RETURN_PAGE[s:e] for s, e in result.mentions[0].evidence]
    assert any(q.startswith("Sudanese Foreign Minister") for q in quotes) and any(q.startswith("Youssef arrived") for q in quotes)


def test_a_summary_with_no_trip_told_keeps_its_month() -> None:
    page = ("Capital Courier | Friday, 14 March 2025\n\nEnvoy back from Cairo\n\n"
            "Sudanese Foreign Minister Ali Youssef returned to Port Sudan on Friday from a four-day visit to Egypt "
            "during which he held talks with Egyptian officials.\n\nNo agreement was announced.\n")
    assert [d for _, d, _ in _mentions(page)] == ["2025-03"]


def test_a_trip_ended_on_a_day_that_tells_a_meeting_of_that_day_keeps_it() -> None:
    page = ("Capital Courier | Friday, 14 March 2025\n\nEnvoy back from Cairo\n\n"
            "Sudanese Foreign Minister Ali Youssef met Egyptian Foreign Minister Badr Abdelatty in Cairo on Friday "
            "before he returned home.\n")
    assert [d for _, d, _ in _mentions(page)] == ["2025-03-14"]


LAG_PAGE = ("Harbour Gazette | Saturday, 12 April 2025\n\nRivals met quietly in Muscat\n\n"
            "LONDON - Envoys of the Yemeni government and the Houthi movement met in Muscat last week in their first "
            "face-to-face talks this year, two diplomats said.\n\n"
            "The Omani sultan, Haitham bin Tariq, hosted Yemeni Prime Minister Ahmed bin Mubarak in Muscat on 20 March.\n\n"
            "{lag}, the Houthis' chief negotiator Mohammed Abdulsalam had flown to Muscat, where he was received by Omani officials.\n")


def _lag_events(lag: str) -> list[tuple[str | None, list[str]]]:
    page = LAG_PAGE.format(lag=lag)
    result = extract_document(page, saved_on=SAVED)
    return [(m.date, sorted(p.actor.name for p in m.participants)) for m in result.mentions]


def test_an_earlier_time_is_no_event_told_before() -> None:
    found = _lag_events("Weeks before that")
    first = [names for d, names in found if d == "2025-04"]  # last week: the talks of both sides
    assert first and all("Mohammed Abdulsalam" not in names for names in first), found
    assert any("Mohammed Abdulsalam" in names for _, names in found), found


def test_an_earlier_time_is_counted_back_from_the_day_told_last() -> None:
    def lag_date(lag: str) -> str | None:
        return next(d for d, names in _lag_events(lag) if "Mohammed Abdulsalam" in names)
    assert lag_date("Weeks before that") == "2025-03"
    assert lag_date("Two days earlier") == "2025-03-18"
    assert lag_date("Three weeks before that") == "2025-02"
    assert lag_date("Months earlier") == "2025"


ROUND_PAGE = ("Gulf Wire | Wednesday, 9 October 2024\n\nEnvoy meets rebel chief as talks resume\n\n"
              "DOHA, Oct 9 -- U.S. special envoy Tom Perriello met Sudan's army chief Abdel Fattah al-Burhan in Doha on Tuesday "
              "{cue}, the first time the two had met.\n\n"
              "The round itself opened the same afternoon at a hotel in the city.\n")


def test_a_round_opened_after_a_meeting_told_before_its_start_is_another_event() -> None:
    page = ROUND_PAGE.format(cue="before the start of a new round of negotiations")
    found = [(t, d) for t, d, _ in _mentions(page)]
    assert found == [("meeting", "2024-10-08"), ("talks", "2024-10-08")], found


def test_a_round_opened_after_a_meeting_that_told_no_round_is_not_split_off() -> None:
    page = ROUND_PAGE.format(cue="for a working lunch")
    assert [t for t, _, _ in _mentions(page)] == ["meeting"]


CHRONOLOGY = ("LIBYA: CONTACTS - A CHRONOLOGY\n\n"
              "2 February 2024 - Libyan Prime Minister Abdul Hamid Dbeibah meets Turkish Foreign Minister Hakan Fidan in Ankara.\n\n"
              "3 March 2024 - Rome talks open. A Hamas delegation meets Egyptian intelligence chief Abbas Kamel in the city.\n\n"
              "4 April 2024 - Cairo talks resume after a long pause; Hamas and Fatah delegations return to the Egyptian capital.\n")


def _chronology() -> list[tuple[str, str | None, list[str]]]:
    result = extract_document(CHRONOLOGY, saved_on=SAVED)
    return [(m.type, m.date, [p.actor.name for p in m.participants]) for m in result.mentions]


def test_a_later_sentence_of_an_entry_takes_the_entry_s_day() -> None:
    kamel = [d for _, d, names in _chronology() if "Abbas Kamel" in names]
    assert kamel == ["2024-03-03"], _chronology()


def test_talks_opened_with_the_delegations_named_after_them_are_their_talks() -> None:
    talks = [(d, set(names)) for t, d, names in _chronology() if t == "talks"]
    assert ("2024-04-04", {"Hamas", "Fatah"}) in talks, _chronology()


def test_talks_opened_with_nobody_named_after_them_make_no_event() -> None:
    page = "NEWS DIGEST\n\n4 April 2024 - Cairo talks resume after a long pause.\n"
    assert extract_document(page, saved_on=SAVED).mentions == []


def _legislators_page(arrival: str, first: bool) -> str:
    meeting = "Turkish President Recep Tayyip Erdogan met congressional leaders on Capitol Hill this afternoon, his office said."
    parts = [meeting, arrival] if first else [arrival, meeting]
    return "Capital Daily | Wednesday, 10 July 2024\n\nErdogan in Washington\n\n" + "\n\n".join(p for p in parts if p) + "\n"


def test_a_visitor_meeting_the_host_s_legislators_is_his_side_s_meeting() -> None:
    for first in (True, False):
        page = _legislators_page("Erdogan arrived in Washington late on Tuesday.", first)
        result = extract_document(page, saved_on=SAVED)
        meetings = [(m.date, m.location, {p.actor.name for p in m.participants}) for m in result.mentions if m.type == "meeting"]
        assert meetings == [("2024-07-10", "Washington", {"Turkey", "Recep Tayyip Erdogan"})], (first, meetings)
        assert any(m.type == "visit" and m.date == "2024-07-09" for m in result.mentions)


def test_legislators_met_with_no_journey_told_make_no_event() -> None:
    assert extract_document(_legislators_page("", True), saved_on=SAVED).mentions == []


def test_a_host_of_the_signing_just_told_joins_it() -> None:
    page = ("Lake Review | Saturday, 8 June 2024\n\nAccord signed in Nairobi\n\n"
            "NAIROBI - The foreign ministers of Ethiopia and Somalia signed a border accord at State House on Friday.\n\n"
            "Kenyan President William Ruto hosted the two ministers for the signing.\n")
    found = [(m.date, {p.actor.name for p in m.participants}) for m in extract_document(page, saved_on=SAVED).mentions]
    assert len(found) == 1 and found[0][0] == "2024-06-07" and "William Ruto" in found[0][1], found


def _numeric_page(dateline: str, caption: str = "") -> str:
    return ("SPS\n\n" + dateline + " The Secretary General of the POLISARIO Front, Brahim Ghali, received today a delegation "
            "of the African Union led by its envoy.\n\nThe meeting was attended by senior officials.\n\n" + caption)


def test_a_numeric_yearless_dateline_dates_the_report() -> None:
    result = extract_document(_numeric_page("Tifariti, 12/03 (SPS) \u2013"), saved_on=SAVED)
    assert result.articles[0].published == "2025-03-12"  # Ghali's open term counts up to the terms' check
    assert [m.date for m in result.mentions] == ["2025-03-12"]


def test_a_second_number_above_twelve_is_the_day() -> None:
    result = extract_document(_numeric_page("Tifariti, 03/21 (SPS) -"), saved_on=SAVED)
    assert result.articles[0].published == "2025-03-21"


def test_a_caption_date_gives_the_page_no_year() -> None:
    page = _numeric_page("Tifariti, 12/03 (SPS) \u2013", "Photo: Brahim Ghali during an earlier visit, 15/01/2022\n")
    assert extract_document(page, saved_on=SAVED).articles[0].published == "2025-03-12"


def test_the_meeting_a_trip_began_with_is_of_its_first_day() -> None:
    page = ("Levant Wire | Friday, 15 August 2025\n\nEnvoy ends Beirut trip\n\n"
            "BEIRUT, Aug 15 - Iranian Foreign Minister Abbas Araghchi met Lebanon's Parliament Speaker Nabih Berri on Friday "
            "at the end of a three-day visit that began with tense talks with President Joseph Aoun.\n")
    found = {frozenset(p.actor.name for p in m.participants): m.date for m in extract_document(page, saved_on=SAVED).mentions}
    days = {next(n for n in names if n in ("Nabih Berri", "Joseph Aoun")): d for names, d in found.items()}
    assert days == {"Nabih Berri": "2025-08-15", "Joseph Aoun": "2025-08-13"}, found


def test_a_seat_of_power_town_fits_its_capital() -> None:
    from types import SimpleNamespace

    from timeline_app.ingest.merge_rules import place_fits
    at = lambda town: SimpleNamespace(location=town, location_country="Lebanon")  # noqa: E731
    assert place_fits(at("Baabda"), at("Beirut")) and place_fits(at("Beirut"), at("Baabda"))  # type: ignore[arg-type]
    assert not place_fits(at("Tyre"), at("Beirut"))  # type: ignore[arg-type]


def test_those_signing_named_after_a_group_signing_join_it() -> None:
    page = ("Cairo, March 8, 2024 (MENA)\n\nFactions sign unity pledge\n\n"
            "Delegations of twelve Palestinian factions signed a unity declaration in Cairo on Friday at the end of talks hosted by Egypt.\n\n"
            "Among those signing were Hamas political bureau member Mousa Abu Marzouk, Fatah official Jibril Rajoub and "
            "representatives of Islamic Jihad.\n")
    found = [(m.date, {p.actor.name for p in m.participants}) for m in extract_document(page, saved_on=SAVED).mentions]
    assert len(found) == 1 and found[0][0] == "2024-03-08", found
    assert {"Hamas", "Fatah", "Mousa Abu Marzouk", "Jibril Rajoub"} <= found[0][1], found


def test_the_gathering_itself_after_its_sidelines_is_its_own_event() -> None:
    page = ("Kabul Review | Sunday, 14 July 2024\n\nMinisters meet in Tashkent\n\n"
            "Chinese Foreign Minister Wang Yi held talks with the Taliban's acting foreign minister Amir Khan Muttaqi in Tashkent "
            "on Saturday on the sidelines of a regional foreign ministers' dialogue, Chinese state media said.\n\n"
            "The regional meeting itself was held at the Congress Hall on Saturday and chaired by Uzbek Foreign Minister "
            "Bakhtiyor Saidov.\n")
    found = [(m.type, m.date, {p.actor.name for p in m.participants}) for m in extract_document(page, saved_on=SAVED).mentions]
    assert len(found) == 2 and all(d == "2024-07-13" for _, d, _ in found), found
    assert any({"Wang Yi", "Amir Khan Muttaqi", "Bakhtiyor Saidov"} <= names for _, _, names in found), found


FUNERAL_PAGE = ("Published 3 August 2024\n\nDelegations call on movement leaders\n\n"
                "DOHA - A Turkish delegation led by Vice President Cevdet Yilmaz met Hamas leader Khalil al-Hayya in Doha on Friday "
                "after funeral prayers for a slain commander, Turkish officials said.\n\n"
                "The coffin was flown to Doha on Thursday after a ceremony in Tehran attended by President Masoud Pezeshkian.\n\n"
                "Iran's acting foreign minister Ali Bagheri Kani, who attended the Doha prayers, also met al-Hayya, the Iranian "
                "foreign ministry said on Saturday.\n")


def test_a_sequel_told_by_a_source_on_a_later_day_is_of_the_day_told() -> None:
    result = extract_document(FUNERAL_PAGE, saved_on=SAVED)
    kani = [m.date for m in result.mentions if any(p.actor.name == "Ali Bagheri Kani" for p in m.participants)]
    assert kani == ["2024-08-02"], [(m.date, [p.actor.name for p in m.participants]) for m in result.mentions]


def test_attended_by_on_another_day_joins_no_meeting() -> None:
    result = extract_document(FUNERAL_PAGE, saved_on=SAVED)
    assert not any(p.actor.name == "Masoud Pezeshkian" for m in result.mentions for p in m.participants)


def test_the_side_of_talks_still_ahead_is_not_met() -> None:
    page = ("Gulf Times | Sunday, 13 April 2025\n\nIran, US hold indirect talks\n\n"
            "MUSCAT - Iranian Foreign Minister Abbas Araghchi met Omani Foreign Minister Badr Albusaidi on Saturday shortly "
            "after arriving in Muscat, before the start of the indirect talks with the American delegation.\n")
    found = [{p.actor.name for p in m.participants} for m in extract_document(page, saved_on=SAVED).mentions]
    assert found and all("United States" not in names for names in found), found
