# b36-13 .. b36-16
alias("M23", "M23 movement", "March 23 Movement", "AFC/M23", "M23 rebels", "M23 rebel movement")
alias("DR Congo", "Democratic Republic of Congo", "DRC", "Congo", "Kinshasa", "Congolese government")
alias("Rwanda", "Rwandan")
alias("Benjamin Mbonimpa", "Mbonimpa")
alias("Mohammed Al-Khulaifi", "Mohammed bin Abdulaziz Al-Khulaifi", "Mohammed bin Abdulaziz bin Saleh Al-Khulaifi", "Dr. Mohammed bin Abdulaziz bin Saleh Al Khulaifi", "Al-Khulaifi", "Al Khulaifi")
alias("Felix Tshisekedi", "Félix Tshisekedi", "Tshisekedi")
alias("Paul Kagame", "Kagame")
alias("Corneille Nangaa", "Nangaa")

doc("b36-13.txt", "2025-04-10", """
Kinshasa and M23 negotiators meet face to face in Doha

Government and rebel delegations hold first direct encounter since the fall of Goma; Qatari mediators ask both sides to keep details quiet

Representatives of the Democratic Republic of Congo's government and of the M23 rebel movement met face to face in the Qatari capital on Wednesday, the first direct encounter between the two sides since the rebels took Goma in January, people from both camps said.

The two delegations had been in Doha since the weekend, but the opening session was delayed by disagreements over the agenda, the sources said, speaking on condition of anonymity because the mediators had asked them not to talk to journalists.

The M23 team is led by the movement's permanent executive secretary, Benjamin Mbonimpa. Qatar's Minister of State at the foreign ministry, Mohammed Al-Khulaifi, chaired Wednesday's session, a diplomat said. The government side did not disclose who led its team.

The talks follow a surprise meeting in Doha on March 18 at which Qatar's emir, Sheikh Tamim bin Hamad Al Thani, brought together Congo's President Felix Tshisekedi and Rwanda's President Paul Kagame. A round planned for Luanda the same day collapsed after M23 pulled out.

M23 captured Goma, the largest city in eastern Congo, on 27 January and Bukavu in mid-February. The United Nations and Western governments accuse Rwanda of backing the rebels, which Kigali denies.

Corneille Nangaa, head of the Congo River Alliance to which M23 belongs, said in Goma on Tuesday that the rebels would not hand back territory "for promises".

Another session is expected on Saturday, according to one of the rebel sources.

Published: 10/04/2025 - 08:15 | By Didier Mukendi, Great Lakes correspondent
""", [
 ev("2025-04-09", "day", "meeting", "Doha", ["DR Congo", "M23"], ["Benjamin Mbonimpa", "Mohammed Al-Khulaifi"],
    "met face to face in the Qatari capital on Wednesday", key="K4-m23-doha-apr2025"),
 ev("2025-04-05", "day", "visit", "Doha", ["DR Congo", "M23"], [], "The two delegations had been in Doha since the weekend",
    required=False, accept=["2025-04-05", "2025-04-06", "2025-04"]),
 ev("2025-03-18", "day", "meeting", "Doha", ["DR Congo", "Rwanda"], ["Tamim bin Hamad Al Thani", "Felix Tshisekedi", "Paul Kagame"],
    "a surprise meeting in Doha on March 18 at which Qatar's emir", required=False),
], [
 trap("other", "A round planned for Luanda the same day collapsed after M23 pulled out", "cancelled round"),
 trap("other", "M23 captured Goma, the largest city in eastern Congo, on 27 January", "military event", date="2025-01-27"),
 trap("other", "said in Goma on Tuesday that the rebels would not hand back territory", "statement, not a meeting", date="2025-04-08", officials=["Corneille Nangaa"]),
 trap("future-plan", "Another session is expected on Saturday", "plan", date="2025-04-12"),
 trap("other", "Published: 10/04/2025 - 08:15 | By Didier Mukendi", "publication footer and reporter"),
 trap("other", "The United Nations and Western governments accuse Rwanda of backing the rebels, which Kigali denies", "accusation and denial, not a meeting"),
])

alias("Polisario Front", "Polisario", "Frente Polisario", "Sahrawi Arab Democratic Republic", "SADR")
alias("Abdelmadjid Tebboune", "Tebboune", "Abdelmadjid Tabboune")
alias("Brahim Ghali", "Ghali")
alias("Said Chengriha", "Saïd Chanegriha", "Chengriha", "Said Chanegriha")
alias("Boualem Boualem")
alias("Giorgia Meloni", "Meloni")
alias("Ahmed Attaf", "Attaf")
alias("Staffan de Mistura", "de Mistura", "De Mistura")

doc("b36-14.html", "2025-01-14", """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Présidence de la République - Activités du Président</title><script>var lang='en';</script></head>
<body>
<div class="topbar">République Algérienne Démocratique et Populaire &middot; Présidence de la République</div>
<ul class="menu"><li>Accueil</li><li>Le Président</li><li>Activités</li><li>Communiqués</li><li>Discours</li><li>Médiathèque</li></ul>
<div class="fil">Accueil / Activités du Président / 2025</div>
<div class="post">
<h2>The President of the Republic receives the President of the Sahrawi Arab Democratic Republic</h2>
<span class="date">14/01/2025</span>
<p>The President of the Republic, Mr. Abdelmadjid Tebboune, received today, Tuesday, at the headquarters of the Presidency of the Republic, the President of the Sahrawi Arab Democratic Republic and Secretary-General of the Polisario Front, Mr. Brahim Ghali, who is on a working visit to Algeria.</p>
<p>The audience took place in the presence of the Director of the Cabinet of the Presidency of the Republic, Mr. Boualem Boualem, and the Chief of Staff of the People's National Army, Army General Said Chengriha.</p>
<p>The two sides reviewed the latest developments of the Western Sahara question and Algeria's unwavering position in support of the right of the Sahrawi people to self-determination.</p>
</div>
<div class="post">
<h2>The President of the Republic receives a phone call from the President of the Council of Ministers of Italy</h2>
<span class="date">14/01/2025</span>
<p>The President of the Republic, Mr. Abdelmadjid Tebboune, received this evening a phone call from the President of the Council of Ministers of the Italian Republic, Mrs. Giorgia Meloni, during which they discussed cooperation in the field of energy and the preparations for the next intergovernmental summit.</p>
</div>
<div class="post">
<p>The Minister of State, Minister of Foreign Affairs and the National Community Abroad, Mr. Ahmed Attaf, will receive the Personal Envoy of the UN Secretary-General for Western Sahara, Mr. Staffan de Mistura, in the coming weeks, diplomatic sources indicated.</p>
</div>
<div class="older"><h4>Previous activities</h4>
<ul><li>The President of the Republic receives the credentials of seven new ambassadors &ndash; 12/01/2025</li>
<li>The President of the Republic chairs a meeting of the Council of Ministers &ndash; 05/01/2025</li></ul></div>
<div class="photo-caption">The President of the Republic during the audience granted to Mr. Brahim Ghali on 9 October 2023 (archive)</div>
<footer>&copy; Présidence de la République 2025 &middot; Tous droits réservés &middot; Plan du site</footer>
</body></html>
""", [
 ev("2025-01-14", "day", "meeting", "Algiers", ["Polisario Front"], ["Abdelmadjid Tebboune", "Brahim Ghali", "Boualem Boualem", "Said Chengriha"],
    "received today, Tuesday, at the headquarters of the Presidency of the Republic, the President of the Sahrawi Arab Democratic Republic"),
 ev("2025-01-14", "day", "call", None, [], ["Abdelmadjid Tebboune", "Giorgia Meloni"],
    "received this evening a phone call from the President of the Council of Ministers of the Italian Republic, Mrs. Giorgia Meloni"),
], [
 trap("future-plan", "will receive the Personal Envoy of the UN Secretary-General for Western Sahara, Mr. Staffan de Mistura, in the coming weeks", "plan", officials=["Staffan de Mistura", "Ahmed Attaf"]),
 trap("headline-list", "The President of the Republic receives the credentials of seven new ambassadors", "older activities list", date="2025-01-12"),
 trap("headline-list", "The President of the Republic chairs a meeting of the Council of Ministers", "domestic, older list", date="2025-01-05"),
 trap("caption", "during the audience granted to Mr. Brahim Ghali on 9 October 2023 (archive)", "archive photo caption", date="2023-10-09"),
 trap("future-plan", "the preparations for the next intergovernmental summit", "future summit"),
])

alias("Fayyad al-Ruwaili", "Fayyadh bin Hamed Al-Ruwaili", "Fayyad bin Hamed Al-Ruwaili", "Al-Ruwaili", "al-Ruwaili")
alias("Mohammad Bagheri", "Mohammad Hossein Bagheri", "Bagheri")
alias("Mohammed bin Salman", "Prince Mohammed bin Salman bin Abdulaziz Al Saud", "Mohammed bin Salman bin Abdulaziz Al Saud", "MBS", "Crown Prince Mohammed bin Salman")
alias("Mohammad Reza Aref", "Aref")

doc("b36-15.txt", "2024-11-10", """
Chief of General Staff Meets Iranian Counterpart in Tehran

Tehran, Nov 10 (SPA) -- Chief of the General Staff Lieutenant General Fayyadh bin Hamed Al-Ruwaili met today in Tehran with Chief of the General Staff of the Armed Forces of the Islamic Republic of Iran Major General Mohammad Bagheri.

During the meeting, they discussed military and defense relations between the two countries and ways to develop them, in addition to matters of common interest.

The meeting was attended by the Ambassador of the Custodian of the Two Holy Mosques to Iran and a number of officers from both sides.

Al-Ruwaili arrived in Tehran earlier today on an official visit at the invitation of his Iranian counterpart.

--

Crown Prince Receives Phone Call from Iranian President

Riyadh, Nov 10 (SPA) -- His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince and Prime Minister, received a phone call today from President of the Islamic Republic of Iran Dr. Masoud Pezeshkian.

During the call, they reviewed the developments in the region, and His Royal Highness the Crown Prince stressed the importance of halting the escalation.

The Iranian President conveyed his apologies for not attending the joint Arab-Islamic extraordinary summit that the Kingdom will host tomorrow, Monday, and said that the First Vice President, Dr. Mohammad Reza Aref, will represent Iran at the summit.

--

Earlier this month, His Royal Highness the Crown Prince exchanged messages with leaders of several brotherly countries on the preparations for the summit.

SPA
""", [
 ev("2024-11-10", "day", "meeting", "Tehran", ["Saudi Arabia"], ["Fayyad al-Ruwaili", "Mohammad Bagheri"],
    "met today in Tehran with Chief of the General Staff of the Armed Forces of the Islamic Republic of Iran Major General Mohammad Bagheri"),
 ev("2024-11-10", "day", "call", None, [], ["Mohammed bin Salman", "Masoud Pezeshkian"],
    "received a phone call today from President of the Islamic Republic of Iran Dr. Masoud Pezeshkian"),
], [
 trap("future-plan", "the joint Arab-Islamic extraordinary summit that the Kingdom will host tomorrow, Monday", "future summit", date="2024-11-11"),
 trap("future-plan", "will represent Iran at the summit", "plan", officials=["Mohammad Reza Aref"]),
 trap("other", "exchanged messages with leaders of several brotherly countries", "messages, not calls or meetings"),
])

alias("Lebanon", "Lebanese")
alias("Najib Mikati", "Mikati")
alias("Nabih Berri", "Berri")
alias("Abdallah Bou Habib", "Abdullah Bou Habib", "Bou Habib")
alias("Hassan Nasrallah", "Nasrallah", "Sayyed Hassan Nasrallah")
alias("Hossein Amir-Abdollahian", "Hossein Amir-Abdullahian", "Amir-Abdollahian", "Amir-Abdullahian", "Abdollahian", "Abdullahian", "Hossein Amirabdollahian")

doc("b36-16.txt", "2024-10-04", """
Iran's foreign minister visits Beirut under Israeli bombardment

By Laila Bassam and Marc Tourneau

BEIRUT, Oct 4 (Reuters) - Iranian Foreign Minister Abbas Araghchi flew into Beirut on Friday, the most senior Iranian official to visit Lebanon since Israel escalated its campaign against Tehran's ally Hezbollah last month.

Araghchi, who arrived on an Iranian plane despite an Israeli warning against flights carrying arms, held talks with Parliament Speaker Nabih Berri at his residence in Ain el-Tineh, Berri's office said.

He later met caretaker Prime Minister Najib Mikati at the government headquarters, in the presence of Foreign Minister Abdallah Bou Habib, Mikati's office said. The two discussed efforts for a ceasefire, according to the statement.

"We support efforts for a ceasefire, provided that it respects the rights of the Lebanese people and is accompanied by a ceasefire in Gaza," Araghchi told reporters.

Hezbollah leader Hassan Nasrallah was killed in an Israeli air strike on Beirut's southern suburbs on Sept. 27. Israel began a ground incursion into south Lebanon on Tuesday.

Araghchi's predecessor, Hossein Amir-Abdollahian, visited Beirut in February, when he met Nasrallah and Lebanese officials.

An Iranian official said Araghchi would travel on to Damascus on Saturday.

(Reporting by Laila Bassam; additional reporting by Parisa Hafezi in Dubai; Writing by Marc Tourneau; Editing by Gareth Jonas)
""", [
 ev("2024-10-04", "day", "meeting", "Beirut", ["Iran"], ["Abbas Araghchi", "Nabih Berri"],
    "held talks with Parliament Speaker Nabih Berri at his residence in Ain el-Tineh"),
 ev("2024-10-04", "day", "meeting", "Beirut", ["Iran"], ["Abbas Araghchi", "Najib Mikati", "Abdallah Bou Habib"],
    "He later met caretaker Prime Minister Najib Mikati at the government headquarters"),
 ev("2024-10-04", "day", "visit", "Beirut", ["Iran"], ["Abbas Araghchi"],
    "Iranian Foreign Minister Abbas Araghchi flew into Beirut on Friday", required=False),
 ev("2024-02", "month", "meeting", "Beirut", ["Iran", "Hezbollah"], ["Hossein Amir-Abdollahian", "Hassan Nasrallah"],
    "Hossein Amir-Abdollahian, visited Beirut in February, when he met Nasrallah and Lebanese officials", required=False),
], [
 trap("other", "Hezbollah leader Hassan Nasrallah was killed in an Israeli air strike on Beirut's southern suburbs on Sept. 27", "the deceased; not a participant of the October visit", date="2024-09-27"),
 trap("other", "Israel began a ground incursion into south Lebanon on Tuesday", "military event", date="2024-10-01"),
 trap("future-plan", "would travel on to Damascus on Saturday", "plan", date="2024-10-05"),
 trap("other", "additional reporting by Parisa Hafezi in Dubai", "reporter"),
 trap("other", "since Israel escalated its campaign against Tehran's ally Hezbollah last month", "military campaign", date="2024-09"),
])
