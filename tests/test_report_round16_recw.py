"""Round 16 (recw): recall and officials classes found on the weak sets, each tested on sentences written
for these tests in the same shapes (never the reports' own words, names or dates)."""
from __future__ import annotations

from tests.helpers.reports import events, people, sides
from timeline_app.ingest.gazetteer import MOVEMENT, PERSON
from timeline_app.ingest.memory import Ent
from timeline_app.ingest.topic_people import mark_topic_people


# "since the fall of the regime of X", "since the martyrdom of <side> Secretary-General X": the man (and his
# side) are what the sentence talks about, never a participant; the nearer topic noun governs him when the
# farther one's words are common ones.

def test_fall_of_the_regime_of_a_man_is_no_participant() -> None:
    found = events("Turkish Foreign Minister Hakan Fidan on Sunday held talks in Damascus with Ahmed al-Sharaa, in the "
                   "first visit by a senior Turkish official since the fall of the regime of Bashar al-Assad.")
    assert len(found) == 1 and people(found[0]) == {"Hakan Fidan", "Ahmed al-Sharaa"}


def test_martyrdom_of_a_leader_brings_neither_him_nor_his_side() -> None:
    found = events("Iraqi Foreign Minister Fuad Hussein travelled to Beirut on Friday in the first visit by a senior "
                   "Iraqi official since the martyrdom of Hezbollah Secretary-General Hassan Nasrallah.")
    assert found and "Hassan Nasrallah" not in people(found[0]) and "Hezbollah" not in sides(found[0])
    assert "Fuad Hussein" in people(found[0])


def _ent(text: str, surface: str, kind: str) -> Ent:
    start = text.index(surface)
    return Ent(start, start + len(surface), -1, -1, kind, surface, surface)


def test_envoys_of_a_leader_keep_their_side() -> None:
    # "envoys of X and his rival, <side> commander Y": the sides sent people; only the men who sent them are away
    text = ("The accord was signed by envoys of army chief Omar Hassan and his rival, Rapid Support Forces "
            "commander Ali Kamal, after a week of talks.")
    ents = [_ent(text, "Omar Hassan", PERSON), _ent(text, "Rapid Support Forces", MOVEMENT), _ent(text, "Ali Kamal", PERSON)]
    mark_topic_people(text, 0, ents)
    assert ents[0].modifier and not ents[1].modifier


def test_side_inside_a_topic_phrase_is_talked_about() -> None:
    text = "He came after the assassination of Hamas leader Omar Hassan in Tehran."
    ents = [_ent(text, "Hamas", MOVEMENT), _ent(text, "Omar Hassan", PERSON)]
    mark_topic_people(text, 0, ents)
    assert ents[0].modifier and ents[1].modifier


# "X, who flew in amid reports that militias had threatened to attack convoys, met Y": the plan words of the
# relative clause ("to attack") do not make the main verb a plan.

def test_threat_inside_a_relative_clause_leaves_the_main_meeting() -> None:
    found = events("Fidan, who flew his own jet into Baghdad amid reports that militias had threatened to attack any "
                   "Turkish aircraft, met Prime Minister Mohammed Shia al-Sudani at the government palace on Friday.")
    meeting = [m for m in found if "Mohammed Shia al-Sudani" in people(m)]
    assert meeting and "Hakan Fidan" in people(meeting[0]) and str(meeting[0].date) == "2021-03-05"


def test_a_plan_in_the_relative_clause_of_another_man_still_no_report_when_main_verb_planned() -> None:
    found = events("Araghchi, who flew in from Doha on Monday, will meet Prime Minister Mohammed Shia al-Sudani "
                   "on Friday, the ministry said.")
    assert not [m for m in found if "Mohammed Shia al-Sudani" in people(m) and m.type != "visit"]


# "met X at the palace shortly after landing on Friday": the day of the landing is the meeting's day.

def test_shortly_after_arriving_on_a_day_dates_the_meeting() -> None:
    found = events("Qatari envoy Mohammed Al-Khulaifi met Syrian leader Ahmed al-Sharaa at the palace shortly after "
                   "arriving on Monday, the ministry said.")
    meeting = [m for m in found if "Ahmed al-Sharaa" in people(m)]
    assert meeting and str(meeting[0].date) == "2021-03-08"


def test_soon_after_landing_in_a_town_on_a_day() -> None:
    found = events("Egyptian intelligence chief Hassan Rashad met Hamas leader Khalil al-Hayya soon after landing in "
                   "Doha on Friday.")
    meeting = [m for m in found if "Khalil al-Hayya" in people(m)]
    assert meeting and str(meeting[0].date) == "2021-03-05"


# "met with A at the palace, and later with B": two meetings one after the other, even with one side's men.

def test_and_later_with_is_a_second_meeting() -> None:
    found = events("Turkish Foreign Minister Hakan Fidan arrived in Kabul on Monday for talks with Taliban officials.\n\n"
                   "Fidan also met with acting Deputy Prime Minister Abdul Salam Hanafi at the Arg Palace, and later with "
                   "acting Interior Minister Sirajuddin Haqqani, the ministry said.")
    met = [people(m) for m in found if m.type != "visit"]
    assert {"Hakan Fidan", "Abdul Salam Hanafi"} in met and {"Hakan Fidan", "Sirajuddin Haqqani"} in met


def test_and_then_with_another_side() -> None:
    found = events("Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met with Hamas leader Khalil al-Hayya in Doha "
                   "on Tuesday, and then with Israeli negotiator Ronen Bar.")
    met = [people(m) for m in found]
    assert any("Khalil al-Hayya" in p and "Ronen Bar" not in p for p in met)
    assert any("Ronen Bar" in p and "Khalil al-Hayya" not in p for p in met)


def test_one_side_two_men_without_later_stay_one_meeting() -> None:
    found = events("Lebanese President Joseph Aoun met with US envoy Tom Barrack on Monday, and with "
                   "Morgan Ortagus, the deputy envoy, at Baabda Palace.")
    assert len([m for m in found if "Tom Barrack" in people(m)]) == 1


# "met A in Ramallah on Sunday, after talks in Jerusalem with B": the talks with B are a meeting of their own
# (the same day), not a third man at the meeting with A.

def test_after_talks_with_another_man_is_a_meeting_of_its_own() -> None:
    found = events("Egyptian intelligence chief Abbas Kamel met Palestinian President Mahmoud Abbas in Ramallah on Sunday, "
                   "after talks in Jerusalem with Israeli Prime Minister Naftali Bennett.")
    met = [people(m) for m in found]
    assert {"Abbas Kamel", "Mahmoud Abbas"} in met and {"Abbas Kamel", "Naftali Bennett"} in met
    assert all(str(m.date) == "2021-03-07" for m in found)


def test_after_a_meeting_with_a_man() -> None:
    found = events("Qatari envoy Mohammed Al-Khulaifi met Ahmed al-Sharaa in Damascus on Monday, after a meeting "
                   "with Egyptian Foreign Minister Badr Abdelatty.")
    met = [people(m) for m in found]
    assert {"Mohammed Al-Khulaifi", "Ahmed al-Sharaa"} in met and {"Mohammed Al-Khulaifi", "Badr Abdelatty"} in met


def test_after_talks_without_a_man_keeps_one_meeting() -> None:
    found = events("Egyptian intelligence chief Abbas Kamel met Palestinian President Mahmoud Abbas in Ramallah on Sunday, "
                   "after talks with Israeli officials in Jerusalem.")
    assert len(found) == 1 and {"Abbas Kamel", "Mahmoud Abbas"} <= people(found[0])


# "received by President X,who said ...": a comma glued by scraping to the relative pronoun after a name.

def test_comma_glued_to_who_after_a_name() -> None:
    found = events("Egyptian Foreign Minister Sameh Shoukry held talks with his Turkish counterpart Mevlut Cavusoglu in "
                   "Ankara on Thursday.\n\nLater on Thursday the Egyptian minister was received by President Recep Tayyip "
                   "Erdogan,who said that ties between the two neighbours mattered for the whole region, according to his "
                   "office.The Egyptian delegation included Deputy Foreign Minister Ihab Nasr.")
    met = [people(m) for m in found]
    assert any({"Sameh Shoukry", "Recep Tayyip Erdogan"} <= p for p in met)
    assert any({"Sameh Shoukry", "Mevlut Cavusoglu"} <= p and "Recep Tayyip Erdogan" not in p for p in met)


def test_comma_before_a_number_is_not_split() -> None:
    from timeline_app.ingest.normalize import matching_text
    assert matching_text("some 1,000 people and Raisi,who spoke")[0] == "some 1,000 people and Raisi, who spoke"


# "X, the US envoy, met Y in Kabul on Friday and later announced that ...": the report comes first, and what
# he said after it is no attribution covering the meeting.

def test_met_and_later_announced_is_a_report() -> None:
    found = events("Abdul Ghani Baradar received several foreign delegations this week. Zalmay Khalilzad, the top US "
                   "envoy for Afghanistan, met him in Kabul on Friday and later announced that Washington had eased sanctions.")
    meeting = [m for m in found if "Zalmay Khalilzad" in people(m)]
    assert meeting and "Abdul Ghani Baradar" in people(meeting[0]) and str(meeting[0].date) == "2021-03-05"


def test_met_and_then_told_reporters_is_a_report() -> None:
    found = events("Qatari envoy Mohammed Al-Khulaifi met Hamas leader Khalil al-Hayya in Doha on Monday and then told "
                   "reporters that the talks had been useful.")
    assert found and {"Mohammed Al-Khulaifi", "Khalil al-Hayya"} <= people(found[0])


def test_a_trailing_speaker_still_covers_the_report() -> None:
    # "..., the ministry said": an attribution as before; the meeting is still reported, with its day
    found = events("Qatari envoy Mohammed Al-Khulaifi met Hamas leader Khalil al-Hayya in Doha on Monday, the ministry said.")
    assert found and str(found[0].date) == "2021-03-08"


# "Later the same day X met a group of faction leaders. Among them were A and B": after X's meeting with Y,
# a meeting of its own whose members are named next, not more guests at the meeting with Y.

def test_later_the_same_day_a_group_is_another_meeting() -> None:
    found = events("Iraqi Foreign Minister Fuad Hussein arrived in Beirut on Friday for a two-day visit.\n\n"
                   "On Saturday, Hezbollah Secretary-General Naim Qassem received the Iraqi minister. The Iraqi ambassador "
                   "in Beirut, Ali al-Adeeb, attended.\n\nLater the same day Hussein met a group of Palestinian faction "
                   "leaders at the Iraqi embassy. Among them were Hamas official Osama Hamdan and Islamic Jihad deputy "
                   "leader Mohammed al-Hindi.")
    qassem = [m for m in found if "Naim Qassem" in people(m)]
    factions = [m for m in found if "Osama Hamdan" in people(m)]
    assert qassem and "Osama Hamdan" not in people(qassem[0]) and "Hamas" not in sides(qassem[0])
    assert factions and {"Fuad Hussein", "Mohammed al-Hindi"} <= people(factions[0])
    assert str(factions[0].date) == "2021-03-06"


def test_later_the_same_day_with_named_men_is_unchanged() -> None:
    found = events("Iraqi Foreign Minister Fuad Hussein arrived in Beirut on Friday for a two-day visit.\n\n"
                   "On Saturday, Hezbollah Secretary-General Naim Qassem received the Iraqi minister.\n\n"
                   "Later the same day Hussein met Hamas official Osama Hamdan at the Iraqi embassy.")
    assert any({"Fuad Hussein", "Osama Hamdan"} <= people(m) and "Naim Qassem" not in people(m) for m in found)
