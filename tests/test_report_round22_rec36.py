"""Round 22 (rec36): the classes blind36's first run missed, on sentences written for this file.

Never a test set's words: each test writes its own report in the shape news uses and asserts
what a user relies on (the event is found, its date, who took part, or no event for a trap)."""
from __future__ import annotations

from timeline_app.ingest.extract import extract_document

Event = tuple[str, str | None, set[str]]


def _events(text: str) -> list[Event]:
    doc = extract_document(text)
    return [(m.type, m.date, {p.actor.name for p in m.participants}) for m in doc.mentions]


def _with(events: list[Event], name: str) -> list[Event]:
    return [e for e in events if name in e[2]]


# ---------------------------------------------------------------- a chronology's year headings

CHRONOLOGY = """Qatar's mediation between Hamas and Fatah (timeline)

From the background file on Palestinian reconciliation.

2021

On 3 March, a Hamas delegation headed by Khalil al-Hayya arrived in Doha and held talks with Mohammed bin Abdulrahman Al Thani.

Six days later, Jibril Rajoub met Ismail Haniyeh in Doha.

In November, Turkish Foreign Minister Mevlut Cavusoglu held meetings in Ankara and then in Istanbul, where he saw Haniyeh.

2022

On 8 February, Egyptian intelligence chief Abbas Kamel received a Fatah delegation in Cairo.
"""


def test_day_month_entries_take_the_year_of_the_heading_above() -> None:
    events = _events(CHRONOLOGY)
    hayya = _with(events, "Khalil al-Hayya")
    assert hayya and hayya[0][1] == "2021-03-03"
    kamel = _with(events, "Abbas Kamel")
    assert kamel and kamel[0][1] == "2022-02-08"  # the next heading's year, not the first one's


def test_days_later_counts_from_the_entry_before_under_a_year_heading() -> None:
    rajoub = _with(_events(CHRONOLOGY), "Jibril Rajoub")
    assert rajoub and rajoub[0][1] == "2021-03-09"


def test_a_bare_month_under_a_year_heading_is_a_month_of_that_year() -> None:
    cavusoglu = _with(_events(CHRONOLOGY), "Mevlut Cavusoglu")
    assert cavusoglu and cavusoglu[0][1] == "2021-11"


def test_a_weekday_under_a_year_heading_gets_no_made_up_day() -> None:
    text = CHRONOLOGY.replace("Six days later, Jibril Rajoub met", "On Monday, Jibril Rajoub met")
    rajoub = _with(_events(text), "Jibril Rajoub")
    assert all(e[1] is None or not e[1].startswith("2021-12") for e in rajoub)


def test_a_year_heading_does_not_move_a_dated_page_into_another_year() -> None:
    # the heading names the publication's own year: days count back from the publication day
    text = ("Hamas in Doha\n\nDOHA, 20 May 2024\n\n2024\n\n"
            "On 9 April, a Hamas delegation headed by Khalil al-Hayya held talks with Mohammed bin Abdulrahman Al Thani in Doha.\n")
    hayya = _with(_events(text), "Khalil al-Hayya")
    assert hayya and hayya[0][1] == "2024-04-09"


# ---------------------------------------------------------------- standing arrangements, speech after the meeting

def test_hosting_throughout_the_period_is_no_event() -> None:
    text = ("Mediation file\n\nDOHA, 20 May 2024\n\n"
            "Qatar hosted the Hamas political bureau in Doha throughout the period, officials said.\n")
    assert not [e for e in _events(text) if "Hamas" in e[2] and e[0] != "visit"]


def test_what_the_host_said_after_receiving_the_delegation_names_no_side() -> None:
    text = ("Talks in Ankara\n\nANKARA, 20 May 2024\n\n"
            "On 14 May, a Hamas delegation headed by Khalil al-Hayya landed in Ankara. "
            "Two days later, Turkish Foreign Minister Hakan Fidan received the delegation and said Turkey stood with Lebanon and its people.\n")
    fidan = _with(_events(text), "Hakan Fidan")
    assert len(fidan) == 1
    assert fidan[0][1] == "2024-05-16"
    assert "Hamas" in fidan[0][2] and "Lebanon" not in fidan[0][2]


# ---------------------------------------------------------------- "has begun talks", a courtesy call, "told X in a phone call"

DATED = "Talks in Doha\n\nDOHA, Saturday 14 September 2024\n\n"


def test_has_begun_talks_is_talks_of_the_day() -> None:
    events = _events(DATED + "Egyptian Foreign Minister Badr Abdelatty has begun talks at a palace in Doha with Qatar's "
                             "Mohammed bin Abdulrahman Al Thani and Turkey's Hakan Fidan.\n")
    talks = _with(events, "Badr Abdelatty")
    assert len(talks) == 1 and talks[0][1] == "2024-09-14"
    assert {"Hakan Fidan", "Mohammed bin Abdulrahman Al Thani"} <= talks[0][2]


def test_calling_on_an_acting_leader_is_a_meeting() -> None:
    events = _events(DATED + "Turkish Foreign Minister Hakan Fidan called on interim Prime Minister Mohammad Hassan Akhund "
                             "on Friday and held talks with Amir Khan Muttaqi later in the day.\n")
    akhund = _with(events, "Mohammad Hassan Akhund")
    assert len(akhund) == 1 and akhund[0][1] == "2024-09-13" and "Hakan Fidan" in akhund[0][2]
    assert "Amir Khan Muttaqi" not in akhund[0][2]


def test_calling_on_the_international_community_is_no_meeting() -> None:
    events = _events(DATED + "Hakan Fidan called on the international community to act on Friday.\n")
    assert not [e for e in events if e[0] in ("meeting", "talks")]


def test_telling_a_leader_in_a_phone_call_is_a_call_with_both() -> None:
    events = _events(DATED + "Egyptian President Abdel Fattah al-Sisi told Turkish President Recep Tayyip Erdogan in a phone call "
                             "late on Thursday that Cairo wanted the fighting to stop.\n")
    calls = [e for e in events if e[0] == "call"]
    assert len(calls) == 1 and calls[0][1] == "2024-09-12"
    assert {"Abdel Fattah el-Sisi", "Recep Tayyip Erdogan"} <= calls[0][2]


def test_saying_another_leaders_call_was_useful_is_not_being_on_it() -> None:
    events = _events(DATED + "Egyptian President Abdel Fattah al-Sisi said Erdogan's phone call with Recep Tayyip Erdogan's "
                             "Iranian counterpart Masoud Pezeshkian on Thursday was useful.\n")
    assert not [e for e in events if "Abdel Fattah el-Sisi" in e[2]]


# ---------------------------------------------------------------- "The meeting took place last Monday" dates the meeting just told

def test_the_meeting_took_place_last_weekday_dates_the_meeting_told_before() -> None:
    text = ("Fidan meets Hamas in Doha\n\nDoha, March 14, AWN -- Turkish Foreign Minister Hakan Fidan has met with "
            "Khalil al-Hayya, the deputy head of Hamas in Gaza, in the Qatari capital.\n\n"
            "The meeting took place last Monday during the Turkish minister's tour of the Gulf, the ministry said on Thursday.\n")
    text = text.replace("March 14,", "March 14, 2024,")  # a Thursday: last Monday is 11 March
    fidan = _with(_events(text), "Khalil al-Hayya")
    assert len(fidan) == 1 and fidan[0][1] == "2024-03-11"


# ---------------------------------------------------------------- separate meetings with two delegations named as sides

MUSCAT = "Omani readout\n\nMUSCAT, 12 May 2024\n\n"


def test_separate_meetings_with_two_delegations_are_two_meetings() -> None:
    events = _events(MUSCAT + "Omani Foreign Minister Badr Albusaidi met separately on Saturday with the delegation of the "
                              "Government of Yemen and with the delegation of the Houthi movement, headed by Mohammed Abdulsalam.\n")
    meetings = _with(events, "Badr Albusaidi")
    assert len(meetings) == 2
    yemen = [e for e in meetings if "Mohammed Abdulsalam" not in e[2]]
    houthis = [e for e in meetings if "Mohammed Abdulsalam" in e[2]]
    assert len(yemen) == 1 and len(houthis) == 1
    assert "Houthis" not in yemen[0][2] and "Houthis" in houthis[0][2]
    assert all(e[1] == "2024-05-11" for e in meetings)


def test_the_delegation_of_the_government_of_a_state_is_that_state_side() -> None:
    events = _events(MUSCAT + "Omani Foreign Minister Badr Albusaidi met on Saturday with the delegation of the Government of Sudan.\n")
    meetings = _with(events, "Badr Albusaidi")
    assert len(meetings) == 1 and "Sudan" in meetings[0][2]


def test_a_delegation_and_its_own_head_after_two_withs_stay_one_meeting() -> None:
    events = _events(MUSCAT + "Omani Foreign Minister Badr Albusaidi met on Saturday with the Hamas delegation and with "
                              "its head, Khalil al-Hayya.\n")
    meetings = _with(events, "Badr Albusaidi")
    assert len(meetings) == 1 and {"Hamas", "Khalil al-Hayya"} <= meetings[0][2]


def test_a_session_between_the_two_delegations_met_apart_is_a_third_meeting() -> None:
    events = _events(MUSCAT + "Omani Foreign Minister Badr Albusaidi met separately on Saturday with the delegation of the "
                              "Government of Yemen and with the delegation of the Houthi movement, headed by Mohammed Abdulsalam.\n\n"
                              "Albusaidi then hosted a joint meeting between the two delegations at the ministry.\n")
    meetings = _with(events, "Badr Albusaidi")
    assert len(meetings) == 3
    joint = [e for e in meetings if {"Yemen", "Houthis"} <= e[2]]
    assert len(joint) == 1 and "Mohammed Abdulsalam" in joint[0][2] and joint[0][1] == "2024-05-11"


# ---------------------------------------------------------------- a title of two offices joined by a slash

def test_a_slashed_title_is_one_title_the_article_then_uses() -> None:
    text = ("Visit to Ankara\n\nANKARA, 4 March 2025\n\nDeputy Prime Minister/Foreign Minister Senator Mohammad Ishaq Dar "
            "paid a day-long visit to Ankara today at the head of a delegation.\n\n"
            "The Deputy Prime Minister called on Turkish President Recep Tayyip Erdogan at the presidential complex.\n")
    erdogan = _with(_events(text), "Recep Tayyip Erdogan")
    assert len(erdogan) == 1 and "Ishaq Dar" in erdogan[0][2] and erdogan[0][1] == "2025-03-04"


# ---------------------------------------------------------------- an era named by a year-less wire (resources/offices.json 'eras')

def test_sudans_warring_parties_date_a_yearless_wire_after_april_2023() -> None:
    from datetime import date
    lede = ("Delegates of Sudan's warring parties held talks with U.N. envoy Ramtane Lamamra in Geneva on Saturday, "
            "the United Nations said.")
    page = "Sudan talks in Geneva\n\nGENEVA, Oct 8 (Reuters) - " + lede + "\n\nNo agreement was announced.\n"
    # 8 October was a Saturday in 2022; the war between the army and the RSF began in April 2023
    days = [m.date for m in extract_document(page, saved_on=date(2026, 11, 30)).mentions]
    assert days and days[0] is not None and days[0] >= "2023-04"


def test_the_second_verb_of_a_courtesy_call_takes_the_visits_day() -> None:
    text = ("Analysis: Ankara and Kabul\n\nANKARA, Thursday 13 March 2025\n\n"
            "That is the backdrop to Tuesday's visit by Turkish Foreign Minister Hakan Fidan to Kabul, his first since 2021. "
            "Fidan called on acting Prime Minister Mohammad Hassan Akhund in the morning and held talks with "
            "acting Foreign Minister Amir Khan Muttaqi in the afternoon.\n")
    events = _events(text)
    akhund, muttaqi = _with(events, "Mohammad Hassan Akhund"), _with(events, "Amir Khan Muttaqi")
    assert len(akhund) == 1 and akhund[0][1] == "2025-03-11"
    assert len(muttaqi) == 1 and muttaqi[0][1] == "2025-03-11" and "Mohammad Hassan Akhund" not in muttaqi[0][2]


def test_calling_on_an_interim_government_to_act_is_no_meeting() -> None:
    events = _events(DATED + "Hakan Fidan called on the interim Government to hold elections on Friday.\n")
    assert not [e for e in events if e[0] in ("meeting", "talks")]


def test_minister_of_state_at_the_ministry_is_one_title_the_article_then_uses() -> None:
    events = _events(MUSCAT + "HE Minister of State at the Ministry of Foreign Affairs Dr. Khalifa bin Ali Al Harthy met on Saturday "
                              "with the delegation of the Houthi movement, headed by Mohammed Abdulsalam.\n\n"
                              "HE the Minister of State then received Yemeni Foreign Minister Shaya al-Zindani.\n")
    zindani = _with(events, "Shaya al-Zindani")
    assert len(zindani) == 1 and "Khalifa Al Harthy" in zindani[0][2]


# ---------------------------------------------------------------- who else sat in: "in the presence of", "was also present in the meeting"

BEIRUT = "Araghchi in Beirut\n\nBEIRUT, Oct 12, 2024 (Reuters) - "


def test_a_minister_in_the_presence_of_another_is_one_meeting() -> None:
    events = _events(BEIRUT + "Turkish Foreign Minister Hakan Fidan flew into Beirut on Saturday. "
                              "He later met Prime Minister Najib Mikati at the Grand Serail, in the presence of "
                              "Foreign Minister Abdallah Bou Habib, Mikati's office said.\n")
    mikati = _with(events, "Najib Mikati")
    assert len(mikati) == 1 and "Abdallah Bou Habib" in mikati[0][2]
    assert len(_with(events, "Abdallah Bou Habib")) == 1


def test_was_also_present_in_the_meeting_adds_to_the_meeting() -> None:
    events = _events("PM receives Omani minister\n\nISLAMABAD, 6 May 2025\n\nOmani Foreign Minister Badr Albusaidi called on "
                     "Prime Minister Shehbaz Sharif at the PM House today.\n\n"
                     "Deputy Prime Minister and Foreign Minister Ishaq Dar was also present in the meeting.\n")
    sharif = _with(events, "Shehbaz Sharif")
    assert len(sharif) == 1 and "Ishaq Dar" in sharif[0][2]


def test_earlier_today_two_of_those_present_met_on_their_own() -> None:
    events = _events("PM receives Omani minister\n\nISLAMABAD, 6 May 2025\n\nOmani Foreign Minister Badr Albusaidi called on "
                     "Prime Minister Shehbaz Sharif at the PM House today.\n\n"
                     "Deputy Prime Minister and Foreign Minister Ishaq Dar was also present in the meeting. Earlier today, "
                     "the Deputy Prime Minister held delegation-level talks with the Omani Foreign Minister at the ministry.\n")
    dar = [e for e in _with(events, "Ishaq Dar") if "Shehbaz Sharif" not in e[2]]
    assert len(dar) == 1 and "Badr Albusaidi" in dar[0][2] and dar[0][1] == "2025-05-06"


def test_the_target_of_a_campaign_told_in_a_since_clause_is_no_side_of_the_trip() -> None:
    events = _events(BEIRUT + "Turkish Foreign Minister Hakan Fidan flew into Beirut on Saturday, the most senior Turkish official "
                              "to visit Lebanon since Israel escalated its campaign against Hezbollah last month.\n")
    assert events and all("Hezbollah" not in e[2] for e in events)


# ---------------------------------------------------------------- "the delegation" as the subject of the same day's other meeting

def test_the_head_goes_with_the_bare_delegation_to_its_other_meeting_that_day() -> None:
    events = _events("Hamas in Doha\n\nDOHA, 9 March 2025\n\nA Hamas delegation headed by Khalil al-Hayya met on Saturday evening "
                     "with Qatari Prime Minister Mohammed bin Abdulrahman Al Thani, the movement said.\n\n"
                     "Earlier on Saturday, the delegation held a separate meeting with Turkish intelligence chief Ibrahim Kalin.\n")
    kalin = _with(events, "Ibrahim Kalin")
    assert len(kalin) == 1 and {"Hamas", "Khalil al-Hayya"} <= kalin[0][2] and kalin[0][1] == "2025-03-08"


def test_the_head_goes_with_the_bare_delegation_to_a_later_days_meeting() -> None:
    # the delegation told two days later is the one headed by al-Hayya: its head goes with it, as most golds
    # list him (round22_offi36 measured it over every set); its other members are not carried
    events = _events("Hamas in Doha\n\nDOHA, 12 March 2025\n\nA Hamas delegation headed by Khalil al-Hayya met on Saturday "
                     "with Qatari Prime Minister Mohammed bin Abdulrahman Al Thani, the movement said.\n\n"
                     "On Monday, the delegation held a meeting with Turkish intelligence chief Ibrahim Kalin.\n")
    kalin = _with(events, "Ibrahim Kalin")
    assert len(kalin) == 1 and {"Hamas", "Khalil al-Hayya"} <= kalin[0][2]
