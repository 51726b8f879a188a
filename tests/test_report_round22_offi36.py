"""Round 22 (offi36): who took part, on sentences written for this file (never a report's or a test
set's words) in the shapes news pages use."""
from __future__ import annotations

from tests.helpers.reports import events, people


def _with(found, name: str):
    return [m for m in found if name in people(m)]


# ---- 'the delegation' as the subject of a later day's meeting brings the head the article gave it
TRIP = ("A Houthi delegation headed by chief negotiator Mohammed Abdulsalam held talks on Monday with Omani "
        "Foreign Minister Badr Albusaidi in Muscat. The delegation, which also included Abdulmalik al-Ajri, "
        "discussed prisoner exchanges, a statement said. ")


def test_the_delegation_on_the_next_day_brings_its_head() -> None:
    found = events(TRIP + "On Tuesday the delegation met Iranian Foreign Minister Abbas Araghchi at a hotel in the Omani capital.")
    later = _with(found, "Abbas Araghchi")
    assert later and later[0].date == "2021-03-09", [(m.date, people(m)) for m in found]
    assert "Mohammed Abdulsalam" in people(later[0])


def test_the_named_delegation_on_the_day_before_brings_its_head() -> None:
    found = events("A Hamas team led by Khalil al-Hayya met Qatari Prime Minister Mohammed bin Abdulrahman Al Thani "
                   "in Doha on Tuesday. On Monday evening, the Hamas delegation had also held a separate meeting "
                   "with Turkish intelligence chief Ibrahim Kalin.")
    kalin = _with(found, "Ibrahim Kalin")
    assert kalin, [(m.date, people(m)) for m in found]
    assert "Khalil al-Hayya" in people(kalin[0])


def test_a_side_received_as_an_object_stays_as_told() -> None:
    found = events(TRIP + "On Tuesday Iranian Foreign Minister Abbas Araghchi received the delegation at a hotel in the Omani capital.")
    later = _with(found, "Abbas Araghchi")
    assert later, [(m.date, people(m)) for m in found]
    assert "Mohammed Abdulsalam" not in people(later[0])


def test_a_head_absent_that_day_does_not_come() -> None:
    found = events(TRIP + "On Tuesday the delegation met Iranian Foreign Minister Abbas Araghchi in Muscat. "
                   "Abdulsalam did not attend the Tuesday meeting.")
    later = _with(found, "Abbas Araghchi")
    assert later and "Mohammed Abdulsalam" not in people(later[0]), [(m.date, people(m)) for m in found]


def test_a_delegation_of_another_month_does_not_bring_the_head() -> None:
    found = events(TRIP + "On 20 January the delegation met Iranian Foreign Minister Abbas Araghchi in Tehran.")
    later = _with(found, "Abbas Araghchi")
    assert later and "Mohammed Abdulsalam" not in people(later[0]), [(m.date, people(m)) for m in found]


# ---- who opened or attended a gathering of many states is not at a two-sided meeting on its sidelines
def test_the_opener_of_a_conference_is_not_at_a_sideline_meeting() -> None:
    found = events("Taliban acting foreign minister Amir Khan Muttaqi held talks with Russian envoy Zamir Kabulov on the sidelines of an "
                   "Afghanistan conference in Tashkent on Tuesday. He also met Chinese envoy Yue Xiaoyong.\n\n"
                   "Kazakh Foreign Minister Murat Nurtleu, who addressed the conference, did not hold a separate meeting with Muttaqi, officials said.")
    assert len(found) == 2, [(m.date, people(m)) for m in found]
    for m in found:
        assert "Murat Nurtleu" not in people(m), [(m.date, people(m)) for m in found]


def test_the_host_attending_the_conference_is_not_at_a_sideline_meeting_with_his_minister() -> None:
    found = events("Iranian Foreign Minister Abbas Araghchi met Omani Foreign Minister Badr Albusaidi on Tuesday on the "
                   "sidelines of the Muscat security conference. Some thirty states took part in the conference, which "
                   "was opened by Sultan Haitham bin Tarik.")
    met = _with(found, "Badr Albusaidi")
    assert met and "Haitham bin Tarik" not in people(met[0]), [(m.date, people(m)) for m in found]


# ---- "to the press" in the aside before "was attended by" is a preposition, not a plan's infinitive
def test_an_aside_closed_to_the_press_keeps_who_attended() -> None:
    found = events("Turkish President Recep Tayyip Erdogan received Palestinian Islamic Jihad leader Ziyad al-Nakhalah in "
                   "Ankara on Tuesday. The talks, which were closed to the media, were attended by Foreign Minister Hakan Fidan.")
    met = _with(found, "Recep Tayyip Erdogan")
    assert met and "Hakan Fidan" in people(met[0]), [(m.date, people(m)) for m in found]


def test_an_aside_planned_to_continue_is_still_a_plan() -> None:
    found = events("Turkish President Recep Tayyip Erdogan received Palestinian Islamic Jihad leader Ziyad al-Nakhalah in "
                   "Ankara on Tuesday. Further talks are to be attended by Foreign Minister Hakan Fidan.")
    met = _with(found, "Recep Tayyip Erdogan")
    assert met and "Hakan Fidan" not in people(met[0]), [(m.date, people(m)) for m in found]


# ---- a son's name chain with his father's given name, spelt as the father's eastern Libyan outlets spell it
def test_the_fathers_spelling_and_the_sons_chain() -> None:
    found = events("Field Marshal Khalifa Belqasim Hafter met Russian Security Council Secretary Sergei Shoigu in Moscow on "
                   "Tuesday. The talks were attended by his son, Lieutenant General Saddam Khalifa Hafter.")
    met = _with(found, "Sergei Shoigu")
    assert met, [(m.date, people(m)) for m in found]
    assert {"Khalifa Haftar", "Saddam Haftar"} <= people(met[0]) and "Saddam" not in people(met[0])


# ---- a long Arabic name chain is the known man, whether the lists spell it whole or only its short form
def test_a_seven_word_chain_the_lists_spell_is_the_known_man() -> None:
    found = events("Qatar's Prime Minister received his Omani counterpart's envoy in Doha on Monday, after Iranian Foreign "
                   "Minister Abbas Araghchi met Sayyid Badr bin Hamad bin Hamoud Al Busaidi in Muscat on Sunday.")
    met = _with(found, "Abbas Araghchi")
    assert met and "Badr Albusaidi" in people(met[0]), [(m.date, people(m)) for m in found]
    assert not any(n.startswith("Badr bin") for n in people(met[0]))


def test_a_chain_longer_than_any_spelling_known_is_the_man_of_its_short_form() -> None:
    found = events("Iranian Foreign Minister Abbas Araghchi held talks in Muscat on Monday with Sayyid Badr bin Hamad "
                   "bin Hamoud bin Hamad Al Busaidi, the sultanate's foreign minister.")
    met = _with(found, "Abbas Araghchi")
    assert met and people(met[0]) == {"Abbas Araghchi", "Badr Albusaidi"}, [(m.date, people(m)) for m in found]


# ---- more ways a report lists who sat in for a side
SESSION = "Egyptian intelligence chief Hassan Rashad received a Palestinian Islamic Jihad delegation in Cairo on Sunday. "


def test_on_the_side_were_lists_the_sides_people() -> None:
    found = events(SESSION + "On the Islamic Jihad side were Ziyad al-Nakhalah, Mohammad al-Hindi and Ihsan Ataya.")
    assert found and {"Ziad al-Nakhalah", "Mohammed al-Hindi", "Ihsan Ataya"} <= people(found[0]), [(m.date, people(m)) for m in found]


def test_present_at_the_talks_were_and_representing_were() -> None:
    for line in ("Present at the talks were Ziyad al-Nakhalah and Mohammad al-Hindi.",
                 "Representing Islamic Jihad were Ziyad al-Nakhalah and Mohammad al-Hindi.",
                 "Ziyad al-Nakhalah and Mohammad al-Hindi were also in the delegation."):
        found = events(SESSION + line)
        assert found and {"Ziad al-Nakhalah", "Mohammed al-Hindi"} <= people(found[0]), (line, [(m.date, people(m)) for m in found])


# ---- "Deputy Prime Minister/Foreign Minister X": both offices are his title, so "the Deputy Prime Minister" is X later
def test_a_slashed_double_title_names_the_man_later_called_by_either() -> None:
    found = events("Deputy Prime Minister/Foreign Minister Salman Farooqui made a one-day trip to Kabul today, leading a senior delegation.\n\n"
                   "At the airport, the Deputy Prime Minister was welcomed by interim Minister of Commerce Nooruddin Azizi.\n\n"
                   "The Deputy Prime Minister met the interim Prime Minister, Mullah Mohammad Hassan Akhund, and conveyed greetings.")
    akhund = _with(found, "Mohammad Hassan Akhund")
    assert akhund and "Salman Farooqui" in people(akhund[0]), [(m.date, people(m)) for m in found]
    assert "Nooruddin Azizi" not in people(akhund[0])


# ---- a titled man whose given name is another leader's one-word name is himself
def test_a_titled_given_name_before_a_surname_is_not_the_leader_of_that_name() -> None:
    found = events("Turkish Foreign Minister Hakan Fidan met Syrian leader Ahmed al-Sharaa in Damascus on Monday. "
                   "Fidan was accompanied by Ambassador Burhan Koroglu, the charge d'affaires in Damascus.")
    met = _with(found, "Hakan Fidan")
    assert met and "Burhan Koroglu" in people(met[0]) and "Abdel Fattah al-Burhan" not in people(met[0]), [(m.date, people(m)) for m in found]


def test_the_leader_under_his_one_word_name_after_a_title_is_still_himself() -> None:
    found = events("Egyptian President Abdel Fattah al-Sisi received General Burhan in Cairo on Monday.")
    assert found and "Abdel Fattah al-Burhan" in people(found[0]), [(m.date, people(m)) for m in found]


def test_a_delegation_composed_of_names_its_members() -> None:
    found = events("Jordanian Foreign Minister Ayman Safadi received a Palestinian Islamic Jihad delegation in Amman on Monday. "
                   "The delegation was composed of Ziyad al-Nakhalah and Mohammad al-Hindi.")
    assert found and {"Ziad al-Nakhalah", "Mohammed al-Hindi"} <= people(found[0]), [(m.date, people(m)) for m in found]


# ---- Turkish and Kurdish given names the name list lacked: a delegation's members are people
def test_turkish_given_names_open_names() -> None:
    found = events("Turkish Foreign Minister Hakan Fidan received a delegation of the pro-Kurdish DEM Party in Ankara on Monday. "
                   "The delegation was made up of Pervin Buldan and Mithat Sancar, the party said.")
    assert found and {"Pervin Buldan", "Mithat Sancar"} <= people(found[0]), [(m.date, people(m)) for m in found]


# ---- "attended by <Name>": a name right after the cue is a person, as after "received by"
def test_a_name_after_attended_by_is_a_person_without_a_title() -> None:
    found = events("Sahrawi leader Brahim Ghali received UN envoy Staffan de Mistura near Tindouf on Sunday, in talks "
                   "attended by Sidi Mohamed Omar.")
    assert found and "Sidi Mohamed Omar" in people(found[0]), [(m.date, people(m)) for m in found]


def test_a_crowd_after_attended_by_is_nobody() -> None:
    found = events("Sahrawi leader Brahim Ghali received UN envoy Staffan de Mistura near Tindouf on Sunday. "
                   "The talks were attended by Western diplomats.")
    assert found and people(found[0]) == {"Brahim Ghali", "Staffan de Mistura"}, [(m.date, people(m)) for m in found]


# ---- "The X team, headed by A, ..." right after a meeting with "a delegation of X": A led the delegation met
def test_the_team_headed_by_after_the_meeting_names_its_head() -> None:
    found = events("Ugandan President Yoweri Museveni received a delegation of Sudan's Rapid Support Forces in Entebbe on Monday. "
                   "The RSF team, led by its adviser Ezzeldin al-Safi, handed him a letter from the group's commander.")
    met = _with(found, "Yoweri Museveni")
    assert met and "Ezzeldin al-Safi" in people(met[0]), [(m.date, people(m)) for m in found]


def test_a_team_headed_by_someone_of_another_side_adds_nobody() -> None:
    found = events("Ugandan President Yoweri Museveni received a delegation of Sudan's Rapid Support Forces in Entebbe on Monday. "
                   "The Ugandan team, led by Foreign Minister Jeje Odongo, had prepared the talks for weeks.")
    met = _with(found, "Yoweri Museveni")
    assert met and "Jeje Odongo" not in people(met[0]), [(m.date, people(m)) for m in found]
