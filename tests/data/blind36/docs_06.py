# b36-21 .. b36-24
doc("b36-21.txt", "2025-05-21", """
Chinese, Pakistani, Afghan FMs hold informal trilateral meeting in Beijing

BEIJING, May 21 (Xinhua) -- Chinese Foreign Minister Wang Yi hosted an informal trilateral meeting with Pakistani Deputy Prime Minister and Foreign Minister Mohammad Ishaq Dar and Afghan acting Foreign Minister Amir Khan Muttaqi in Beijing on Wednesday.

The three sides agreed to strengthen communication, deepen practical cooperation under the Belt and Road Initiative and extend the China-Pakistan Economic Corridor to Afghanistan, according to a press release issued after the meeting.

Wang, also a member of the Political Bureau of the Communist Party of China Central Committee, said China supports Pakistan and Afghanistan in improving their relations and is willing to continue to play a constructive role.

Earlier on Wednesday, Wang met Muttaqi separately, saying that China respects the independence, sovereignty and territorial integrity of Afghanistan.

Dar arrived in Beijing on the 19th of May for a three-day visit. Wang held talks with him on Tuesday, after which the two sides issued a five-point consensus on maintaining peace and stability in South Asia, following the India-Pakistan ceasefire reached on May 10.

The three foreign ministers agreed to hold the sixth trilateral foreign ministers' dialogue in Kabul at an early date.

Editor: Liu Qian
""", [
 ev("2025-05-21", "day", "meeting", "Beijing", ["Pakistan", "Taliban"], ["Wang Yi", "Ishaq Dar", "Amir Khan Muttaqi"],
    "hosted an informal trilateral meeting with Pakistani Deputy Prime Minister and Foreign Minister Mohammad Ishaq Dar"),
 ev("2025-05-21", "day", "meeting", "Beijing", ["Taliban"], ["Wang Yi", "Amir Khan Muttaqi"],
    "Earlier on Wednesday, Wang met Muttaqi separately"),
 ev("2025-05-20", "day", "talks", "Beijing", ["Pakistan"], ["Wang Yi", "Ishaq Dar"],
    "Wang held talks with him on Tuesday"),
 ev("2025-05-19", "day", "visit", "Beijing", ["Pakistan"], ["Ishaq Dar"],
    "Dar arrived in Beijing on the 19th of May for a three-day visit", required=False),
], [
 trap("other", "the India-Pakistan ceasefire reached on May 10", "ceasefire, not a meeting", date="2025-05-10"),
 trap("future-plan", "agreed to hold the sixth trilateral foreign ministers' dialogue in Kabul at an early date", "future"),
 trap("other", "a five-point consensus on maintaining peace and stability in South Asia", "outcome document of the talks, not another event"),
 trap("other", "Editor: Liu Qian", "agency editor"),
])

alias("Saleh al-Arouri", "Saleh al-Aruri", "al-Arouri", "Arouri")
alias("Naim Qassem", "Naim Kassem")

doc("b36-22.txt", "2023-10-30", """
Analysis | The axis meets in Beirut, and Hezbollah keeps its options open

By Rami Khoury-Adams
Beirut bureau | 30 October 2023

Three weeks into the Gaza war, the question in Beirut is no longer whether Hezbollah will fire at Israel but how far it will go. Its cross-border attacks have been calibrated, and so has its messaging.

The group's leader has not spoken in public since the Oct. 7 attack by Hamas on southern Israel. Hezbollah officials say his silence is deliberate; Israeli officials read it as hesitation.

Iran, for its part, has been visibly busy. Foreign Minister Hossein Amir-Abdollahian flew to Beirut on October 13 and met Nasrallah there, Hezbollah's media said, before travelling on to Doha, where Amir-Abdullahian saw Hamas political chief Ismail Haniyeh the following day.

Diplomats in Beirut say messages passed through Qatar and Egypt have warned Hezbollah of the cost of a wider war. France's foreign minister delivered a similar warning in person this month.

The clearest signal so far came last Wednesday, when Hezbollah leader Hassan Nasrallah received Saleh al-Arouri, deputy head of Hamas's political bureau, and Ziyad al-Nakhalah, secretary-general of Palestinian Islamic Jihad. A statement from Hezbollah's media office said the three assessed what the "axis of resistance" must do "to achieve a real victory" and stop the assault on Gaza.

The photograph released with the statement was the first image of Nasrallah since the war began. Nasrallah is due to give his first speech since the war on Friday.

Hezbollah's deputy leader Naim Qassem said on Saturday that the group was "at the heart of the battle", a formula his colleagues have repeated for a week.

Those who know the group say its calculations turn less on Gaza than on Lebanon's collapsing state.
""", [
 ev("2023-10-25", "day", "meeting", "Beirut", ["Hezbollah", "Hamas", "Palestinian Islamic Jihad"], ["Hassan Nasrallah", "Saleh al-Arouri", "Ziyad al-Nakhalah"],
    "The clearest signal so far came last Wednesday, when Hezbollah leader Hassan Nasrallah received Saleh al-Arouri"),
 ev("2023-10-13", "day", "meeting", "Beirut", ["Iran", "Hezbollah"], ["Hossein Amir-Abdollahian", "Hassan Nasrallah"],
    "flew to Beirut on October 13 and met Nasrallah there", required=False),
 ev("2023-10-14", "day", "meeting", "Doha", ["Iran", "Hamas"], ["Hossein Amir-Abdollahian", "Ismail Haniyeh"],
    "where Amir-Abdullahian saw Hamas political chief Ismail Haniyeh the following day", required=False),
], [
 trap("other", "since the Oct. 7 attack by Hamas on southern Israel", "attack date", date="2023-10-07"),
 trap("future-plan", "Nasrallah is due to give his first speech since the war on Friday", "future speech", date="2023-11-03"),
 trap("other", "Naim Qassem said on Saturday that the group was", "statement, not a meeting", date="2023-10-28", officials=["Naim Qassem"]),
 trap("other", "messages passed through Qatar and Egypt have warned Hezbollah", "messages, not an event"),
 trap("other", "France's foreign minister delivered a similar warning in person this month", "unnamed, undated; not gold"),
 trap("caption", "The photograph released with the statement was the first image of Nasrallah since the war began", "photo mention"),
])

alias("Badr Abdelatty", "Badr Abdel Aty", "Abdelatty", "Badr Abdelaty")
alias("Rafael Grossi", "Grossi", "Rafael Mariano Grossi")
alias("Egypt", "Egyptian")

doc("b36-23.txt", "2025-06-03", """
Iran's Araghchi meets Sisi in rare visit to Cairo, holds talks with IAEA chief

By Yasmin Adel and Daniel Kerr

CAIRO, June 3 (Reuters) - Iranian Foreign Minister Abbas Araghchi met Egyptian President Abdel Fattah al-Sisi in Cairo on Monday, in one of the highest-level contacts between the two countries in decades, the Egyptian presidency said.

Egypt's foreign minister had received his Iranian counterpart earlier in the day and then hosted a three-way meeting with the head of the U.N. nuclear watchdog. Badr Abdelatty said afterwards that the talks with Araghchi and International Atomic Energy Agency Director General Rafael Grossi had been "frank and useful".

Araghchi told Iranian state media that Iran would soon deliver its response to a U.S. proposal for a nuclear deal, delivered through Oman. A sixth round of U.S.-Iranian talks is expected to be held in Muscat, though no date has been set.

Egypt and Iran have not had full diplomatic relations since 1980, a year after the Islamic Revolution.

Grossi, who was in Cairo for separate meetings with Egyptian officials, told reporters he hoped Iran would cooperate fully with inspectors.

Araghchi was due to travel on to Beirut on Tuesday.

(Reporting by Yasmin Adel; Writing by Daniel Kerr; Editing by Hugh Lawton)
""", [
 ev("2025-06-02", "day", "meeting", "Cairo", ["Iran"], ["Abbas Araghchi", "Abdel Fattah al-Sisi"],
    "met Egyptian President Abdel Fattah al-Sisi in Cairo on Monday", key="K5-araghchi-sisi"),
 ev("2025-06-02", "day", "meeting", "Cairo", ["Iran"], ["Badr Abdelatty", "Abbas Araghchi"],
    "Egypt's foreign minister had received his Iranian counterpart earlier in the day"),
 ev("2025-06-02", "day", "meeting", "Cairo", ["Iran"], ["Badr Abdelatty", "Abbas Araghchi", "Rafael Grossi"],
    "then hosted a three-way meeting with the head of the U.N. nuclear watchdog"),
], [
 trap("future-plan", "A sixth round of U.S.-Iranian talks is expected to be held in Muscat", "future"),
 trap("other", "Egypt and Iran have not had full diplomatic relations since 1980", "year of severed ties", date="1980"),
 trap("future-plan", "Araghchi was due to travel on to Beirut on Tuesday", "plan (3 June)", date="2025-06-03"),
 trap("other", "Iran would soon deliver its response to a U.S. proposal for a nuclear deal, delivered through Oman", "message, future"),
 trap("other", "who was in Cairo for separate meetings with Egyptian officials", "unnamed counterparts, undated"),
])

doc("b36-24.txt", "2024-01-10", """
Amir-Abdollahian, Ansarullah's Abdulsalam discuss Red Sea, Gaza in Muscat

Muscat, Jan 10, IRNA -- Iranian Foreign Minister Hossein Amir-Abdollahian has met with Mohammed Abdulsalam, the spokesman of Yemen's Ansarullah movement and head of the Sanaa national delegation, in the Omani capital.

The meeting took place last Monday on the sidelines of the Iranian top diplomat's visit to Muscat, the Foreign Ministry's information centre said on Wednesday.

Abdulsalam briefed Amir-Abdollahian on the latest developments in Yemen and the region, and the two sides described the actions of the Yemeni armed forces in the Red Sea as a response to the crimes of the Zionist regime in Gaza.

During the visit, Abdollahian also met with his Omani counterpart Sayyid Badr bin Hamad Al Busaidi and discussed bilateral relations, the Gaza war and regional issues.

The Iranian foreign minister's spokesman Nasser Kanaani told reporters in Tehran that the visit had been planned weeks in advance.

Amir-Abdollahian is scheduled to attend the World Economic Forum in Davos next week.

Earlier, on the 2nd of January, the Iranian foreign minister had held a telephone conversation with Hamas political bureau chief Ismail Haniya about the assassination of Saleh al-Arouri in Beirut.
""", [
 ev("2024-01-08", "day", "meeting", "Muscat", ["Iran", "Houthis"], ["Hossein Amir-Abdollahian", "Mohammed Abdulsalam"],
    "The meeting took place last Monday on the sidelines of the Iranian top diplomat's visit to Muscat"),
 ev("2024-01", "month", "meeting", "Muscat", ["Iran"], ["Hossein Amir-Abdollahian", "Badr Albusaidi"],
    "During the visit, Abdollahian also met with his Omani counterpart Sayyid Badr bin Hamad Al Busaidi", accept=["2024-01"]),
 ev("2024-01-02", "day", "call", None, ["Hamas"], ["Hossein Amir-Abdollahian", "Ismail Haniyeh"],
    "on the 2nd of January, the Iranian foreign minister had held a telephone conversation with Hamas political bureau chief Ismail Haniya", required=False),
], [
 trap("other", "spokesman Nasser Kanaani told reporters in Tehran", "spokesman only spoke", officials=["Nasser Kanaani"]),
 trap("future-plan", "is scheduled to attend the World Economic Forum in Davos next week", "future"),
 trap("other", "the Foreign Ministry's information centre said on Wednesday", "statement date", date="2024-01-10"),
 trap("other", "the assassination of Saleh al-Arouri in Beirut", "the deceased; killing is not a meeting", officials=["Saleh al-Arouri"]),
])
alias("Nasser Kanaani", "Nasser Kanani", "Kanaani")
