# b36-09 .. b36-12
alias("Turkey", "Türkiye", "Turkish")
alias("Hakan Fidan", "Fidan")
alias("Ibrahim Kalin", "İbrahim Kalın", "Ibrahim Kalın", "Kalin", "Kalın")
alias("Muhammad Darwish", "Mohammed Darwish", "Muhammad Ismail Darwish", "Darwish")
alias("Ismail Haniyeh", "Ismail Haniya", "Haniyeh", "Haniya", "Ismail Haniyah")

doc("b36-09.txt", "2024-12-12", """
Turkish FM Fidan meets Hamas delegation in Ankara

Diplomatic sources say Gaza ceasefire efforts and humanitarian aid were on the agenda

Ozan Yildirim   |12.12.2024 - Update : 12.12.2024

ANKARA

Turkish Foreign Minister Hakan Fidan on Wednesday met a Hamas delegation led by Muhammad Darwish, head of the group's leadership council, in the capital Ankara, according to diplomatic sources.

The Hamas delegation also included Khalil al-Hayya and Zaher Jabarin, the sources said, speaking on condition of anonymity due to restrictions on speaking to the media.

During the meeting, Fidan and the delegation discussed the latest state of ceasefire negotiations in Gaza, the delivery of humanitarian aid to the enclave and developments in Syria following the fall of the Assad regime on Sunday.

Turkish intelligence chief Ibrahim Kalin also attended the meeting, the sources added.

Fidan last met the movement's leaders in Doha in April, weeks before Hamas political bureau chief Ismail Haniyeh was assassinated in Tehran on July 31.

Türkiye has repeatedly called for an immediate and permanent ceasefire in Gaza, where more than 44,800 Palestinians have been killed since October 2023, according to local health authorities.

Fidan is scheduled to travel to Aqaba on Saturday for a meeting of the Arab contact group on Syria.

Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form.
""", [
 ev("2024-12-11", "day", "meeting", "Ankara", ["Hamas"], ["Hakan Fidan", "Muhammad Darwish", "Khalil al-Hayya", "Zaher Jabarin", "Ibrahim Kalin"],
    "Turkish Foreign Minister Hakan Fidan on Wednesday met a Hamas delegation led by Muhammad Darwish"),
 ev("2024-04", "month", "meeting", "Doha", ["Turkey", "Hamas"], ["Hakan Fidan"],
    "Fidan last met the movement's leaders in Doha in April", required=False),
], [
 trap("other", "Ismail Haniyeh was assassinated in Tehran on July 31", "the deceased; killing is not a meeting", date="2024-07-31", officials=["Ismail Haniyeh"]),
 trap("other", "the fall of the Assad regime on Sunday", "regime change, not a meeting", date="2024-12-08"),
 trap("future-plan", "Fidan is scheduled to travel to Aqaba on Saturday", "plan", date="2024-12-14"),
 trap("other", "|12.12.2024 - Update : 12.12.2024", "agency header date; the meeting was on Wednesday 11 Dec"),
 trap("other", "since October 2023, according to local health authorities", "casualty count date"),
])

alias("Fatah", "Fatah movement")
alias("Mousa Abu Marzouk", "Musa Abu Marzouk", "Mussa Abu Marzuk", "Abu Marzouk", "Abu Marzuk", "Moussa Abu Marzouk")
alias("Mahmoud al-Aloul", "Mahmoud Aloul", "al-Aloul", "Aloul", "Mahmoud al-Alool")
alias("China", "Chinese")
alias("Lin Jian")

doc("b36-10.txt", "2024-07-23", """
Palestinian factions sign Beijing declaration on ending division

BEIJING, July 23 (Xinhua) -- Fourteen Palestinian factions signed the Beijing Declaration on Ending Division and Strengthening Palestinian National Unity here on Tuesday, after three days of reconciliation talks hosted by China.

Chinese Foreign Minister Wang Yi, also a member of the Political Bureau of the Communist Party of China Central Committee, attended the closing ceremony together with senior representatives of the factions, including Mousa Abu Marzouk of the Islamic Resistance Movement (Hamas) and Mahmoud al-Aloul, vice chairman of the Fatah movement.

The core outcome of the talks was the commitment to form an interim national reconciliation government, Wang said.

On Monday, Wang met separately with Abu Marzouk and with al-Aloul, the heads of the two largest delegations, who both thanked China for its support for the just cause of the Palestinian people.

The factions began the dialogue in Beijing on Sunday. Hamas and Fatah had already held an earlier round of talks in the Chinese capital in late April.

Asked about the implementation of the declaration, Chinese Foreign Ministry spokesperson Lin Jian told a regular press briefing that China would continue to play a constructive role.

China will be ready to host further meetings among the factions when they are needed, the spokesperson added.

Editor: Zhang Wenyu
""", [
 ev("2024-07-23", "day", "talks", "Beijing", ["Hamas", "Fatah"], ["Wang Yi", "Mousa Abu Marzouk", "Mahmoud al-Aloul"],
    "signed the Beijing Declaration on Ending Division and Strengthening Palestinian National Unity here on Tuesday", accept=["2024-07-23", "2024-07-21", "2024-07-22"]),
 ev("2024-07-22", "day", "meeting", "Beijing", ["Hamas"], ["Wang Yi", "Mousa Abu Marzouk"],
    "On Monday, Wang met separately with Abu Marzouk"),
 ev("2024-07-22", "day", "meeting", "Beijing", ["Fatah"], ["Wang Yi", "Mahmoud al-Aloul"],
    "and with al-Aloul, the heads of the two largest delegations"),
 ev("2024-04", "month", "talks", "Beijing", ["Hamas", "Fatah"], [],
    "Hamas and Fatah had already held an earlier round of talks in the Chinese capital in late April", required=False),
], [
 trap("other", "Chinese Foreign Ministry spokesperson Lin Jian told a regular press briefing", "spokesman only spoke", officials=["Lin Jian"]),
 trap("future-plan", "China will be ready to host further meetings among the factions", "future"),
 trap("other", "Editor: Zhang Wenyu", "agency editor"),
])

alias("Hezbollah", "Hizbullah", "Hizballah", "Lebanese Hezbollah")
alias("Mohammad Raad", "Mohammed Raad", "Mohammad Raad", "Raad")
alias("Mikhail Bogdanov", "Bogdanov")
alias("Ammar al-Moussawi", "Ammar Moussawi", "al-Moussawi")
alias("Abdullah bin Zayed", "Sheikh Abdullah bin Zayed Al Nahyan")
alias("Maria Zakharova", "Zakharova")

doc("b36-11.html", "2021-03-15", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Foreign Minister Sergey Lavrov's meeting with a delegation of the Lebanese Hezbollah party - The Ministry of Foreign Affairs of the Russian Federation</title></head>
<body>
<div id="top"><a href="/en">The Ministry of Foreign Affairs of the Russian Federation</a> <span>Русский | English | Français | Español | عربي</span></div>
<ul class="main-menu"><li>Minister</li><li>Foreign policy</li><li>Press service</li><li>Consular issues</li><li>Diplomatic academy</li></ul>
<div class="path">Main page / Press service / News</div>
<div class="article">
<h2>Foreign Minister Sergey Lavrov's meeting with a delegation of the Lebanese Hezbollah party</h2>
<p class="date">15 March 2021 19:20</p>
<p>On March 15, Foreign Minister Sergey Lavrov met with a delegation of the Lebanese Hezbollah party led by Mohammad Raad, head of the Loyalty to the Resistance parliamentary bloc, which is in Moscow at the invitation of the Russian side.</p>
<p>The delegation, which arrived in Moscow on March 14, includes the head of the party's international relations unit, Ammar al-Moussawi. Special Presidential Envoy for the Middle East and Africa, Deputy Foreign Minister Mikhail Bogdanov took part in the talks.</p>
<p>The parties discussed the situation in Lebanon, including the efforts to form a new government of "mission specialists" headed by Saad Hariri, and the developments in Syria and the region as a whole. The Russian side reaffirmed its principled position in favour of resolving Lebanon's problems by Lebanese themselves through dialogue.</p>
<p>The programme of the visit also provides for meetings at the State Duma and the Federation Council on March 16 and 17.</p>
<div class="social">Share: VK | Telegram | Twitter | Facebook</div>
</div>
<div class="photos"><p>Photo gallery (7)</p><p>Sergey Lavrov and Mohammad Raad, Moscow, Osobnyak reception house</p></div>
<div class="see-also"><h4>See also</h4>
<p>Foreign Minister Sergey Lavrov's talks with Foreign Minister of the United Arab Emirates Abdullah bin Zayed Al Nahyan, Abu Dhabi, March 9, 2021</p>
<p>Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, March 11, 2021</p>
<p>Deputy Foreign Minister Mikhail Bogdanov's meeting with Ambassador of Lebanon Shawki Bou Nassar, March 5, 2021</p></div>
<div class="foot">&copy; 2021 The Ministry of Foreign Affairs of the Russian Federation</div>
</body></html>
""", [
 ev("2021-03-15", "day", "meeting", "Moscow", ["Hezbollah"], ["Sergey Lavrov", "Mohammad Raad", "Ammar al-Moussawi", "Mikhail Bogdanov"],
    "On March 15, Foreign Minister Sergey Lavrov met with a delegation of the Lebanese Hezbollah party led by Mohammad Raad"),
 ev("2021-03-14", "day", "visit", "Moscow", ["Hezbollah"], [], "The delegation, which arrived in Moscow on March 14", required=False),
], [
 trap("future-plan", "The programme of the visit also provides for meetings at the State Duma and the Federation Council on March 16 and 17", "planned", date="2021-03-16"),
 trap("other", "the efforts to form a new government of \"mission specialists\" headed by Saad Hariri", "Hariri not a participant", officials=["Saad Hariri"]),
 trap("headline-list", "talks with Foreign Minister of the United Arab Emirates Abdullah bin Zayed Al Nahyan, Abu Dhabi, March 9, 2021", "see-also list", date="2021-03-09", officials=["Abdullah bin Zayed"]),
 trap("headline-list", "Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, March 11, 2021", "see-also list", date="2021-03-11", officials=["Maria Zakharova"]),
 trap("headline-list", "Deputy Foreign Minister Mikhail Bogdanov's meeting with Ambassador of Lebanon Shawki Bou Nassar, March 5, 2021", "see-also list", date="2021-03-05"),
 trap("caption", "Sergey Lavrov and Mohammad Raad, Moscow, Osobnyak reception house", "photo caption; same meeting, not a second one"),
])
alias("Saad Hariri", "Hariri")

alias("Sudanese Armed Forces", "SAF", "Sudan's army", "Sudanese army", "the army")
alias("Rapid Support Forces", "RSF")
alias("Abdel Fattah al-Burhan", "al-Burhan", "Burhan")
alias("Mohamed Hamdan Dagalo", "Hemedti", "Dagalo", "Mohamed Hamdan Daglo")
alias("Dafallah Alhaj", "Dafallah al-Haj")

doc("b36-12.txt", "2023-05-07", """
Sudan's warring sides hold first talks in Jeddah as fighting rages

By Khalid Osman and Aziz Fadel

JEDDAH, Saudi Arabia, May 7 (Reuters) - Envoys of Sudan's army and the paramilitary Rapid Support Forces (RSF) held their first round of talks in the Saudi city of Jeddah on Saturday, in a U.S. and Saudi-backed push to secure a humanitarian truce, Saudi Foreign Minister Prince Faisal bin Farhan said.

Prince Faisal, who welcomed the delegations before the session, said he hoped the talks would open the way to an end of the conflict. U.S. officials took part as co-facilitators.

The army said it had flown its delegation to the Red Sea city on Friday evening. The RSF confirmed its attendance only on Saturday morning.

Both sides have said they will discuss a humanitarian ceasefire but not an end to the war, which erupted on April 15 between army chief Abdel Fattah al-Burhan and RSF commander Mohamed Hamdan Dagalo, known as Hemedti.

Burhan's envoy Dafallah Alhaj said in Cairo last week that the army would not sit down directly with any RSF delegation; neither side said whether the two teams were in the same room on Saturday.

U.S. Secretary of State Antony Blinken spoke by phone with Burhan on Wednesday to press for the talks, the State Department said.

A second session is expected to take place on Monday, two people briefed on the talks said.

Residents reported air strikes and heavy gunfire in Khartoum and Omdurman overnight.

(Reporting by Khalid Osman in Jeddah and Aziz Fadel in Cairo; Editing by Ros Whitcombe)
""", [
 ev("2023-05-06", "day", "talks", "Jeddah", ["Sudanese Armed Forces", "Rapid Support Forces", "United States"], ["Faisal bin Farhan"],
    "held their first round of talks in the Saudi city of Jeddah on Saturday"),
 ev("2023-05-05", "day", "visit", "Jeddah", ["Sudanese Armed Forces"], [],
    "The army said it had flown its delegation to the Red Sea city on Friday evening", required=False),
 ev("2023-05-03", "day", "call", None, [], ["Antony Blinken", "Abdel Fattah al-Burhan"],
    "U.S. Secretary of State Antony Blinken spoke by phone with Burhan on Wednesday", required=False),
], [
 trap("other", "which erupted on April 15 between army chief Abdel Fattah al-Burhan and RSF commander Mohamed Hamdan Dagalo", "war start; Hemedti took part in no event", date="2023-04-15", officials=["Mohamed Hamdan Dagalo"]),
 trap("other", "said in Cairo last week that the army would not sit down directly with any RSF delegation", "statement and refusal, not a meeting", officials=["Dafallah Alhaj"]),
 trap("future-plan", "A second session is expected to take place on Monday", "plan", date="2023-05-08"),
 trap("other", "Residents reported air strikes and heavy gunfire in Khartoum and Omdurman overnight", "fighting, not an event"),
 trap("other", "The RSF confirmed its attendance only on Saturday morning", "confirmation, part of the same talks; not a separate event"),
])
