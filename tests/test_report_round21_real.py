"""Round 21 (real21): classes found on a batch of real reports, tested on sentences written here.

Sentences written for this file in the shapes news uses, never a test set's words."""
from __future__ import annotations

import pytest

from timeline_app.ingest.extract import extract_document

HEAD = "Envoys on the move\n\nDOHA, 14 March 2024\n\n"  # a Thursday


def _events(body: str) -> list[tuple[str, str | None, set[str]]]:
    doc = extract_document(HEAD + body + "\n")
    return [(m.type, m.date, {p.actor.name for p in m.participants}) for m in doc.mentions]


# --- a time clause with a subject and a verb of its own after the trigger is another happening ---

@pytest.mark.parametrize("body", [
    "Afghanistan's acting commerce minister arrived in Doha on a two-day visit after the Taliban seized power in August, the ministry said.",
    "A Hamas delegation arrived in Doha for talks after Israel's cabinet approved the offensive in January, a source said.",
])
def test_a_day_in_an_after_clause_is_not_the_visits_day(body: str) -> None:
    events = [e for e in _events(body) if {"Taliban", "Hamas"} & e[2]]
    assert events
    assert events[0][1] == "2024-03-14"  # the report's day, not August / January


def test_a_participle_after_its_noun_keeps_its_day() -> None:
    # "talks held in Cairo on Monday": no clause of its own, the day stays the one the sentence gives
    events = _events("A Hamas delegation met Qatari officials after talks held in Cairo on Monday.")
    assert any(e[1] == "2024-03-11" for e in events)


# --- "As part of his trip to X, V also met A, B and C": one meeting per office holder, none lumped ---

TRIP = ("Turkish Foreign Minister Hakan Fidan held talks with Hamas official Khalil al-Hayya in Doha on Wednesday, "
        "as Ankara presses for a truce.\n"
        "Al-Hayya thanked Turkey for its support, according to a statement from the movement.\n"
        "He also stressed the need for aid to reach the north of the Strip, the statement said.\n"
        "The group has fought Israel since a war that began after its fighters crossed the border on Oct. 7, 2023.\n")


@pytest.mark.parametrize("frame", ["As part of his trip to Doha, ", "During his stay in Doha, ", ""])
def test_a_trip_noun_does_not_lump_the_office_holders_met(frame: str) -> None:
    body = TRIP + frame + ("Fidan also met with Qatari Emir Tamim bin Hamad Al Thani, Prime Minister Mohammed bin "
                           "Abdulrahman Al Thani, and Foreign Minister Majed al-Ansari.")
    events = _events(body)
    hosts = {"Tamim bin Hamad Al Thani", "Mohammed bin Abdulrahman Al Thani", "Majed al-Ansari"}
    for name in hosts:
        mine = [e for e in events if name in e[2]]
        assert len(mine) == 1, (name, events)
        assert not (mine[0][2] & hosts) - {name}  # no event holds two of the office holders
        assert "Hakan Fidan" in mine[0][2]


def test_also_met_takes_the_narratives_meeting_day_not_a_background_date() -> None:
    # the line in between names the day a war began; "also met" adds to Wednesday's meeting
    events = _events(TRIP + "As part of his trip to Doha, Fidan also met with Qatari Emir Tamim bin Hamad Al Thani.")
    emir = [e for e in events if "Tamim bin Hamad Al Thani" in e[2]]
    assert len(emir) == 1 and emir[0][1] == "2024-03-13"
    assert not any(e[1] == "2023-10-07" for e in events)


def test_a_plan_in_the_same_shape_stays_no_event() -> None:
    events = _events(TRIP + "As part of his trip to Doha, Fidan is expected to meet Qatari Emir Tamim bin Hamad Al Thani on Friday.")
    assert not [e for e in events if "Tamim bin Hamad Al Thani" in e[2]]


# --- a quoted statement: "left <city> after holding a meeting on <day> with <office>" reports that meeting ---

LEDE = ("A delegation of the Islamic Jihad movement has held a meeting in Doha with Qatari Prime Minister "
        "Mohammed bin Abdulrahman Al Thani on the prisoner file, the movement said.\n\n")


@pytest.mark.parametrize("quote", [
    '"The movement\'s delegation, led by its deputy leader Mohammed al-Hindi, left Doha after holding a meeting on '
    'Wednesday with the prime minister," the statement said.',
    '"The delegation, headed by Mohammed al-Hindi, left the Qatari capital after holding talks on Wednesday with the '
    'head of government, during which they reviewed the exchange," the movement said in a statement.',
])
def test_a_quoted_readout_with_holding_gives_the_meetings_day(quote: str) -> None:
    events = [e for e in _events(LEDE + quote) if "Palestinian Islamic Jihad" in e[2]]
    assert len(events) == 1, events  # the lede's meeting, now with its day
    assert events[0][1] == "2024-03-13"
    assert "Mohammed al-Hindi" in events[0][2]


def test_quoted_speech_in_the_first_person_stays_speech() -> None:
    quote = ('"We will keep holding talks with the prime minister on Wednesday and after," Mohammed al-Hindi said.')
    events = [e for e in _events(LEDE + quote) if "Palestinian Islamic Jihad" in e[2]]
    assert len(events) == 1 and events[0][1] == "2024-03-14"


# --- "..., X wrote in a post on <day>, referring to the <weekday> meeting of A and B in <place>" ---

@pytest.mark.parametrize("body", [
    "The emir's trip to Ankara opened a new chapter between Turkey and Qatar, Foreign Minister Hakan Fidan wrote in a post "
    "on Wednesday, referring to the Tuesday meeting of Emir Tamim bin Hamad Al Thani and President Recep Tayyip Erdogan in Ankara.",
    "Qatar's leader's visit was a milestone, the Turkish foreign minister said on Wednesday, in reference to the Tuesday "
    "meeting between Emir Tamim bin Hamad Al Thani and President Recep Tayyip Erdogan in Ankara.",
])
def test_referring_to_a_meeting_gives_that_meeting_not_the_posts_day(body: str) -> None:
    events = _events(body)
    met = [e for e in events if "Recep Tayyip Erdogan" in e[2]]
    assert len(met) == 1 and met[0][1] == "2024-03-12"
    assert not any(e[1] == "2024-03-13" for e in events)  # the post's day is no event's


def test_a_name_ending_in_said_does_not_end_the_meeting_noun() -> None:
    events = _events("The Tuesday meeting of Qaboos bin Said Al Said and President Recep Tayyip Erdogan in Ankara was cordial.")
    met = [e for e in events if "Recep Tayyip Erdogan" in e[2]]
    assert len(met) == 1 and met[0][1] == "2024-03-12"


# --- "his visiting Qatari counterpart" / "Turkish and Qatari foreign ministers": the office holders ---

COUNTERPART_LEDE = ("Turkish Foreign Minister Hakan Fidan has said that the trip of his Qatari counterpart Mohammed bin "
                    "Abdulrahman Al Thani to Ankara will help both sides follow up their agreements.\n\n")


@pytest.mark.parametrize("body", [
    'Qatar is a "strategic partner" of Turkey, Fidan said in a meeting held in Ankara on Tuesday with his visiting Qatari counterpart.',
    "Fidan held talks in Ankara on Tuesday with his Qatari counterpart on the situation in Gaza.",
])
def test_a_counterpart_named_by_office_is_the_office_holder(body: str) -> None:
    met = [e for e in _events(COUNTERPART_LEDE + body) if "Hakan Fidan" in e[2] and e[1] == "2024-03-12"]
    assert len(met) == 1, _events(COUNTERPART_LEDE + body)
    assert "Mohammed bin Abdulrahman Al Thani" in met[0][2]


def test_a_counterpart_with_a_name_after_it_is_that_name() -> None:
    events = _events("Fidan met his Qatari counterpart Majed al-Ansari in Ankara on Tuesday.")
    assert any("Majed al-Ansari" in e[2] and "Mohammed bin Abdulrahman Al Thani" not in e[2] for e in events)


def test_two_sides_foreign_ministers_named_together_are_both_holders() -> None:
    body = ("Turkish and Qatari foreign ministers held a meeting in Ankara on Tuesday, the second this month.\n"
            "In the meeting, they discussed trade and the situation in Gaza.")
    met = [e for e in _events(body) if e[1] == "2024-03-12"]
    assert len(met) == 1
    assert {"Hakan Fidan", "Mohammed bin Abdulrahman Al Thani"} <= met[0][2]


def test_a_speaker_quoted_without_a_meeting_stays_speech() -> None:
    body = 'Qatar is a "strategic partner" of Turkey, Fidan said in an interview on Tuesday with a Qatari newspaper.'
    assert not [e for e in _events(COUNTERPART_LEDE + body) if e[1] == "2024-03-12"]


def test_a_sentence_with_odd_case_folding_still_reads_the_referred_meeting() -> None:
    # "İ" has no plain case folding: the word index of the sentence is unknown, every pattern runs
    body = ("The emir's trip to İstanbul opened a new chapter, Foreign Minister Hakan Fidan wrote in a post on Wednesday, "
            "referring to the Tuesday meeting of Emir Tamim bin Hamad Al Thani and President Recep Tayyip Erdogan in Ankara.")
    met = [e for e in _events(body) if "Recep Tayyip Erdogan" in e[2]]
    assert len(met) == 1 and met[0][1] == "2024-03-12"


# --- "Four days before the Tuesday meeting, A and B met in <place>": counted from the day named ---

@pytest.mark.parametrize("count, day", [("Four", "2024-03-08"), ("Three", "2024-03-09"), ("Two", "2024-03-10")])
def test_so_many_days_before_a_named_days_meeting(count: str, day: str) -> None:
    body = ("Turkish Foreign Minister Hakan Fidan met Qatari Prime Minister Mohammed bin Abdulrahman Al Thani in Ankara on Tuesday.\n"
            f"{count} days before the Tuesday meeting, Fidan and Mohammed bin Abdulrahman Al Thani held talks in Doha during a stopover.")
    events = _events(body)
    doha = [e for e in events if e[1] == day]
    assert len(doha) == 1, events
    assert any(e[1] == "2024-03-12" for e in events)


def test_days_later_counts_from_the_meeting_just_told() -> None:
    body = ("Turkish Foreign Minister Hakan Fidan met Hamas official Khalil al-Hayya in Ankara on 4 March.\n"
            "Five days later, Fidan received Islamic Jihad leader Ziyad al-Nakhalah in Istanbul.")
    nakhalah = [e for e in _events(body) if "Ziad al-Nakhalah" in e[2]]
    assert len(nakhalah) == 1 and nakhalah[0][1] == "2024-03-09"


# --- "discussed X with Y in a phone call" / "by phone": a call, whatever follows the noun ---

@pytest.mark.parametrize("body", [
    "President Recep Tayyip Erdogan discussed the truce with Emir Tamim bin Hamad Al Thani in a phone call on Tuesday.",
    "President Recep Tayyip Erdogan discussed the truce with Emir Tamim bin Hamad Al Thani by phone on Tuesday.",
    "Also, President Recep Tayyip Erdogan and Emir Tamim bin Hamad Al Thani discussed the truce in a phone call on Tuesday, stressing the need for aid.",
])
def test_a_discussion_on_the_phone_is_a_call(body: str) -> None:
    events = [e for e in _events(body) if "Tamim bin Hamad Al Thani" in e[2]]
    assert len(events) == 1 and events[0][0] == "call" and events[0][1] == "2024-03-12"


def test_a_discussion_in_a_city_stays_a_meeting() -> None:
    events = _events("President Recep Tayyip Erdogan discussed the truce with Emir Tamim bin Hamad Al Thani in Doha on Tuesday, "
                     "a day after a phone call with reporters.")
    met = [e for e in events if "Tamim bin Hamad Al Thani" in e[2]]
    assert len(met) == 1 and met[0][0] == "meeting"


# --- "took him to A and B, where he met X and Y respectively": one meeting in each place ---

def test_respectively_pairs_each_counterpart_with_its_place() -> None:
    body = ("The Gulf tour of Hamas official Khalil al-Hayya has taken him to Muscat and Kuwait City, where he met "
            "Omani Foreign Minister Badr Albusaidi and Kuwaiti Emir Mishal al-Ahmad respectively.")
    doc = extract_document(HEAD + body + "\n")
    met = {frozenset(p.actor.name for p in m.participants): m.location for m in doc.mentions}
    albusaidi = [(names, place) for names, place in met.items() if "Badr Albusaidi" in names]
    emir = [(names, place) for names, place in met.items() if "Mishal al-Ahmad" in names]
    assert len(albusaidi) == 1 and len(emir) == 1
    assert "Mishal al-Ahmad" not in albusaidi[0][0] and "Khalil al-Hayya" in emir[0][0]
    assert albusaidi[0][1] == "Muscat" and emir[0][1] == "Kuwait City"


def test_without_respectively_the_counterparts_met_stay_together() -> None:
    body = ("Hamas official Khalil al-Hayya met Omani Foreign Minister Badr Albusaidi and Kuwaiti Emir Mishal al-Ahmad "
            "in Muscat on Tuesday.")
    both = [e for e in _events(body) if {"Badr Albusaidi", "Mishal al-Ahmad"} <= e[2]]
    assert len(both) == 1
