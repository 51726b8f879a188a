"""Round 23 (fix38): blind38 recall classes, on sentences written for this file in the shapes news
pages use, never a report's words.

- Myanmar's junta leader and foreign minister, South Sudan's president: resources/more_people.json
  gives them their side, so a visitor's meeting with one is not taken for a lone arrival (a journey of
  one side) and folded into his later talks with another the same day.
- A timeline's byline or kicker line between its series heading ("X's trips abroad") and the lead no
  longer ends the series: the dated entries after the lead are still the heading's subject's.
- "DATE - City, Country. Talks with Y.": a noun report opening a later sentence of a chronology entry,
  given the list's subject, takes the entry's day (as a verb there already did).
"""
from __future__ import annotations

from timeline_app.ingest.extract import extract_document


def _events(page: str) -> list[tuple[str, str | None, list[str]]]:
    return [(m.type, m.date, [p.actor.name for p in m.participants if p.actor.kind == "person"])
            for m in extract_document(page).mentions]


def test_a_meeting_with_the_junta_leader_stays_apart_from_later_talks_with_his_minister() -> None:
    page = ("Indian minister in Naypyitaw\n\nFriday 14 April 2023\n\n"
            "Indian Foreign Minister Subrahmanyam Jaishankar met Senior General Min Aung Hlaing in Naypyitaw on Monday. "
            "Jaishankar, who flew in from Dhaka, told the general that Delhi wanted calm. "
            "Later the same day he held talks with the junta's foreign minister, Than Swe, on trade.\n")
    events = _events(page)
    assert any(d == "2023-04-10" and "Min Aung Hlaing" in people and "Than Swe" not in people for _t, d, people in events)
    assert any(d == "2023-04-10" and "Than Swe" in people and "Min Aung Hlaing" not in people for _t, d, people in events)


_TIMELINE = ("TIMELINE: Libyan commander Haftar's foreign trips this spring\n\n"
             "Desert Monitor - Research desk\n"
             "Updated 20 May 2022\n\n"
             "Libyan commander Khalifa Haftar has travelled abroad several times since April. Key stops:\n\n"
             "3 May 2022 - Cairo, Egypt. Haftar's first trip of the year. He holds talks with President Abdel Fattah al-Sisi.\n\n"
             "9 May 2022 - Juba, South Sudan. Received by President Salva Kiir at the state house.\n\n"
             "12 May 2022 - Asmara, Eritrea. Talks with President Isaias Afwerki on border security.\n")


def test_a_byline_under_the_series_heading_keeps_the_entries_the_subjects() -> None:
    events = _events(_TIMELINE)
    assert any(d == "2022-05-09" and {"Khalifa Haftar", "Salva Kiir"} <= set(people) for _t, d, people in events)


def test_a_noun_report_in_an_entrys_second_sentence_takes_the_entrys_day() -> None:
    events = _events(_TIMELINE)
    assert any(d == "2022-05-12" and {"Khalifa Haftar", "Isaias Afwerki"} <= set(people) for _t, d, people in events)


def test_a_noun_report_inside_a_sentence_takes_no_entry_day() -> None:
    page = ("TIMELINE: Libyan commander Haftar's foreign trips this spring\n\n"
            "Updated 20 May 2022\n\n"
            "Libyan commander Khalifa Haftar has travelled abroad several times since April. Key stops:\n\n"
            "12 May 2022 - Asmara, Eritrea. Officials there recalled earlier talks with President Isaias Afwerki.\n")
    for _t, d, people in _events(page):
        assert not (d == "2022-05-12" and "Isaias Afwerki" in people and "Khalifa Haftar" in people)


def test_a_title_line_after_the_lead_still_ends_the_series() -> None:
    page = ("TIMELINE: Libyan commander Haftar's foreign trips this spring\n\n"
            "Updated 20 May 2022\n\n"
            "Libyan commander Khalifa Haftar has travelled abroad several times since April, officials said on Friday.\n\n"
            "Other News From The Region\n\n"
            "9 May 2022 - Juba, South Sudan. Received by President Salva Kiir at the state house.\n")
    for _t, _d, people in _events(page):
        assert "Khalifa Haftar" not in people


def test_the_countrys_minister_is_the_minister_of_the_movement_governing_it() -> None:
    # "the Afghan minister" after the Taliban's foreign minister was named (organisations.json: the
    # Taliban's country is Afghanistan), with a Pakistani host named last
    page = ("Taliban minister in Pakistan\n\nTuesday, 9 May 2023\n\n"
            "Pakistan's foreign minister hosted Amir Khan Muttaqi in Islamabad on Saturday.\n\n"
            "On Monday the Afghan minister called on Chief of Army Staff General Asim Munir at General Headquarters "
            "in Rawalpindi, the army said.\n")
    events = _events(page)
    assert any(d == "2023-05-08" and {"Amir Khan Muttaqi", "Asim Munir"} <= set(people) for _t, d, people in events)


def test_a_countrys_minister_is_not_a_movement_man_of_another_title() -> None:
    page = ("Talks in Islamabad\n\nTuesday, 9 May 2023\n\n"
            "Pakistan's foreign minister hosted Taliban spokesman Zabihullah Mujahid in Islamabad on Saturday.\n\n"
            "On Monday the Afghan minister called on Chief of Army Staff General Asim Munir in Rawalpindi.\n")
    for _t, _d, people in _events(page):
        assert not {"Zabihullah Mujahid", "Asim Munir"} <= set(people)


def test_a_hyphenated_korean_given_name_keeps_its_lower_case_syllable() -> None:
    page = ("Ministers meet in Seoul\n\nFriday 14 April 2023\n\n"
            "South Korean Foreign Minister Kang Kyung-wha met Japanese Foreign Minister Taro Kono in Seoul on Tuesday.\n")
    events = _events(page)
    assert any(d == "2023-04-11" and {"Kang Kyung-wha", "Taro Kono"} <= set(people) for _t, d, people in events)


def test_a_known_leader_spelt_with_a_hyphenated_syllable_is_the_known_person() -> None:
    page = ("Leaders meet\n\nFriday 14 April 2023\n\n"
            "South Korean President Moon Jae-in met Kim Jong-un in Pyongyang on Thursday.\n")
    events = _events(page)
    assert any(d == "2023-04-13" and {"Moon Jae-in", "Kim Jong Un"} <= set(people) for _t, d, people in events)


def test_a_hyphenated_suffix_is_no_syllable_of_a_name() -> None:
    from timeline_app.ingest.name_chains import given_name_syllable
    from timeline_app.ingest.tokens import tokens_and_gaps
    toks, gaps = tokens_and_gaps("the Joe Biden-led coalition")
    assert not given_name_syllable(toks, gaps, 1, 3)
    toks, gaps = tokens_and_gaps("Kim Jong-un said")
    assert given_name_syllable(toks, gaps, 0, 2)
    toks, gaps = tokens_and_gaps("Seoul-based analysts")
    assert not given_name_syllable(toks, gaps, 0, 1)


def test_a_short_capitalised_word_is_not_a_known_leaders_syllable() -> None:
    # "On" folds like "Un" (Kim Jong Un's last word): a fronted "On Wednesday" is no mention of him,
    # so "the two leaders" after it are the two of the meeting told before
    page = ("Summit goes on\n\nFriday 14 April 2023\n\n"
            "President Moon Jae-in held talks with Kim Jong-un in Pyongyang on Tuesday.\n\n"
            "On Wednesday the two leaders met at a state guesthouse.\n")
    events = _events(page)
    assert any(d == "2023-04-12" and {"Moon Jae-in", "Kim Jong Un"} <= set(people) for _t, d, people in events)
