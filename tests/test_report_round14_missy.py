"""Round 14 (missy): report shapes behind blind24/blind25's missed days, on sentences written for these tests."""
from __future__ import annotations

from timeline_app.ingest.extract import extract_document


def _dated(text: str) -> list[tuple[str | None, set[str]]]:
    doc = extract_document(text)
    return [(str(m.date) if m.date else None, {p.actor.name for p in m.participants}) for m in doc.mentions]


def test_dateline_with_the_year_in_brackets_anchors_weekdays() -> None:
    # "CAIRO, March 4 (2021) --" on its own line: 4 March 2021 is a Thursday, so "on Tuesday" is 2 March
    text = ("Egypt's foreign minister receives Qatari envoy\n\nWire copy\nCAIRO, March 4 (2021) --\n\n"
            "Egyptian Foreign Minister Sameh Shoukry held talks in Cairo on Tuesday with Qatari Foreign Minister "
            "Mohammed bin Abdulrahman Al Thani on the situation in Libya.\n")
    assert ("2021-03-02", ) == tuple(d for d, _ in _dated(text) if d and d.startswith("2021-03-02"))


def test_dateline_closed_by_a_full_stop_after_the_year_anchors_weekdays() -> None:
    # "DOHA, March 4, 2021. Text": the dateline as a sentence of its own (a Thursday: "on Monday" is 1 March)
    text = ("Qatar hosts Afghan talks\n\n"
            "DOHA, March 4, 2021. Qatari Foreign Minister Mohammed bin Abdulrahman Al Thani met a Taliban delegation "
            "led by Abdul Ghani Baradar in Doha on Monday, the ministry said.\n")
    assert "2021-03-01" in {d for d, _ in _dated(text)}


def test_a_minister_who_separately_received_a_visitor_did_so_on_the_day_told() -> None:
    # the narrative tells Monday's meetings; "X separately received Y" with no day of its own is another of them
    body = ("Lebanese Prime Minister Najib Mikati received a Hezbollah delegation headed by Mohammad Raad in Beirut on Monday. "
            "Mikati and Raad discussed the situation on the southern border.\n\n"
            "Foreign Minister Abdallah Bou Habib separately received Houthi negotiator Mohammed Abdul Salam at the ministry.")
    dated = {frozenset(p): d for d, p in _dated(f"Lebanese leaders receive visitors\n\nWednesday 10 March 2021\n\n{body}\n")}
    bou_habib = [d for p, d in dated.items() if "Abdallah Bou Habib" in p]
    assert bou_habib == ["2021-03-08"]


def test_separately_opening_a_sentence_keeps_its_own_story() -> None:
    # a wire's "Separately, ..." starts another item: it does not borrow Monday from the item before
    body = ("Lebanese Prime Minister Najib Mikati received a Hezbollah delegation headed by Mohammad Raad in Beirut on Monday.\n\n"
            "Separately, Foreign Minister Abdallah Bou Habib received Houthi negotiator Mohammed Abdul Salam at the ministry.")
    dated = [d for d, p in _dated(f"Lebanese leaders receive visitors\n\nWednesday 10 March 2021\n\n{body}\n") if "Abdallah Bou Habib" in p]
    assert dated and "2021-03-08" not in dated


def test_talks_during_the_same_visit_without_a_day_take_the_visits_month() -> None:
    # no publication date; the trip's meeting is dated in full four sentences before
    text = ("Qatar hosts a Hamas delegation\n\n"
            "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met a Hamas delegation led by Khalil al-Hayya in Doha on 14 May 2024. "
            "The delegation included Zaher Jabarin. The prime minister said Qatar would continue its mediation. "
            "He called for a ceasefire. Al-Hayya thanked Qatar for its support.\n\n"
            "During the same visit the delegation also held talks with Egyptian intelligence chief Abbas Kamel, "
            "the spokesman said, without giving a date.\n")
    kamel = [d for d, p in _dated(text) if "Abbas Kamel" in p]
    assert kamel == ["2024-05"]


def test_talks_held_since_a_weekday_began_that_day() -> None:
    # "has been holding talks ... since Monday": the talks told began on Monday, not on the day of the report
    body = ("A Taliban delegation led by Abdul Ghani Baradar has been holding talks in Doha since Monday with "
            "US envoy Zalmay Khalilzad, through Qatari mediators.")
    dated = [d for d, p in _dated(f"Talks continue in Doha\n\nWednesday 10 March 2021\n\n{body}\n") if "Zalmay Khalilzad" in p]
    assert dated == ["2021-03-08"]


def test_a_past_meeting_since_a_weekday_is_not_read_as_its_start() -> None:
    # only the ongoing "has been ..." form says the talks began that day
    body = "Abdul Ghani Baradar, who has been in Doha since Monday, met US envoy Zalmay Khalilzad on Tuesday."
    dated = [d for d, p in _dated(f"Talks continue in Doha\n\nWednesday 10 March 2021\n\n{body}\n") if "Zalmay Khalilzad" in p]
    assert dated == ["2021-03-09"]


def test_an_accord_signed_on_another_day_does_not_join_the_meeting_just_told() -> None:
    # the signing names its own day (3 March), not the day of Monday's meeting told before it
    body = ("Hamas leader Ismail Haniyeh held talks in Tehran on Monday with Iranian Foreign Minister Hossein Amir-Abdollahian.\n\n"
            "On Tuesday the delegation met Ali Akbar Velayati, the adviser to the Supreme Leader.\n\n"
            "The reconciliation accord itself was signed in Cairo on March 3 by Haniyeh and Fatah official Azzam al-Ahmad.")
    velayati = [p for d, p in _dated(f"Hamas leader in Tehran\n\nWednesday 10 March 2021\n\n{body}\n") if "Ali Akbar Velayati" in p]
    assert velayati and all("Azzam al-Ahmad" not in p for p in velayati)


def test_a_separate_round_of_consultations_on_a_later_day_is_its_own_meeting() -> None:
    # "held a separate round of consultations with Y": 'round of' before the noun, as "held consultations with Y"
    text = ("OSLO, June 9, 2022 -- A Houthi delegation led by Mohammed Abdulsalam held talks in Oslo on Tuesday with "
            "Norway's special envoy. On Wednesday the delegation held a separate round of consultations with Swedish "
            "diplomats, the envoy's office said.\n")
    assert "2022-06-08" in {d for d, _ in _dated(text)}
