# b36-25 .. b36-30
alias("Mohamed El-Shennawy", "El-Shennawy", "Mohamed El Shennawy")
alias("Mohamed bin Zayed", "Sheikh Mohamed bin Zayed Al Nahyan", "Mohamed bin Zayed Al Nahyan", "MBZ")

doc("b36-25.html", "2025-06-02", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>President El-Sisi Receives Iranian Foreign Minister - Presidency of the Arab Republic of Egypt</title></head>
<body>
<div class="site-head"><a href="/">Presidency of the Arab Republic of Egypt</a> <span class="langs">العربية | English | Français</span></div>
<ul class="menu"><li>Home</li><li>The President</li><li>News</li><li>Speeches</li><li>Media</li><li>Contact</li></ul>
<div class="crumb">Home &gt; News &gt; Presidential News</div>
<section class="news-item">
<h1>President El-Sisi Receives Iranian Foreign Minister</h1>
<time>Monday, 02 June 2025</time>
<p>The Spokesman for the Presidency, Ambassador Mohamed El-Shennawy, stated that President Abdel Fattah El-Sisi received today Mr. Abbas Araghchi, Minister of Foreign Affairs of the Islamic Republic of Iran, in the presence of Dr. Badr Abdelatty, Minister of Foreign Affairs, Emigration and Egyptian Expatriates.</p>
<p>The Spokesman said the meeting addressed the regional situation, foremost the war on the Gaza Strip, the situation in Lebanon and the security of navigation in the Red Sea, and that the President stressed the importance of avoiding further escalation in the region.</p>
<p>The Iranian minister conveyed the greetings of President Masoud Pezeshkian to President El-Sisi.</p>
</section>
<section class="news-item">
<h2>President El-Sisi Receives Phone Call from UAE President</h2>
<time>Monday, 02 June 2025</time>
<p>President Abdel Fattah El-Sisi received a phone call this evening from His Highness Sheikh Mohamed bin Zayed Al Nahyan, President of the United Arab Emirates, who extended his greetings on the occasion of the approaching Eid al-Adha.</p>
</section>
<div class="gallery-caption">President El-Sisi receives the Iranian Foreign Minister at Al-Ittihadiya Palace</div>
<aside><h3>Latest</h3><ul>
<li>President El-Sisi inaugurates new projects in Upper Egypt &ndash; 29 May 2025</li>
<li>President El-Sisi receives Chinese Premier's special envoy &ndash; 27 May 2025</li></ul></aside>
<footer>&copy; 2025 Presidency of the Arab Republic of Egypt &middot; All Rights Reserved</footer>
</body></html>
""", [
 ev("2025-06-02", "day", "meeting", "Cairo", ["Iran"], ["Abdel Fattah al-Sisi", "Abbas Araghchi", "Badr Abdelatty"],
    "President Abdel Fattah El-Sisi received today Mr. Abbas Araghchi", key="K5-araghchi-sisi"),
 ev("2025-06-02", "day", "call", None, [], ["Abdel Fattah al-Sisi", "Mohamed bin Zayed"],
    "received a phone call this evening from His Highness Sheikh Mohamed bin Zayed Al Nahyan"),
], [
 trap("other", "The Spokesman for the Presidency, Ambassador Mohamed El-Shennawy, stated", "spokesman only spoke", officials=["Mohamed El-Shennawy"]),
 trap("other", "conveyed the greetings of President Masoud Pezeshkian", "greetings conveyed; Pezeshkian did not take part", officials=["Masoud Pezeshkian"]),
 trap("headline-list", "President El-Sisi receives Chinese Premier's special envoy", "latest list", date="2025-05-27"),
 trap("headline-list", "President El-Sisi inaugurates new projects in Upper Egypt", "latest list", date="2025-05-29"),
 trap("caption", "President El-Sisi receives the Iranian Foreign Minister at Al-Ittihadiya Palace", "gallery caption of the same meeting"),
])

alias("Syrian Democratic Forces", "SDF", "Syrian Democratic Forces (SDF)")
alias("Mazloum Abdi", "Mazlum Abdi", "Mazloum Kobani", "Abdi")
alias("Ahmed al-Sharaa", "Ahmad al-Sharaa", "al-Sharaa", "Sharaa", "Ahmed al-Shara")
alias("Abdullah Ocalan", "Abdullah Öcalan", "Ocalan", "Öcalan")
alias("Ilham Ahmed", "Elham Ahmad", "Ilham Ahmad")
alias("PKK", "Kurdistan Workers' Party")

doc("b36-26.txt", "2025-03-11", """
SDF and Damascus agree to merge north-east institutions into Syrian state

By Shirin Kobani-Hale
March 11th, 2025

QAMISHLI - The commander of the Syrian Democratic Forces (SDF), Mazloum Abdi, and Syria's interim President Ahmed al-Sharaa signed an agreement in Damascus on Monday to integrate the Kurdish-led force and the civil institutions of north-east Syria into the state, the presidency said.

The eight-point document, signed at the presidential palace after a meeting between the two men, recognises the Kurdish community as an integral part of Syria and provides for a nationwide ceasefire. Border crossings, airports and oil and gas fields in the north-east are to be handed to the state.

Committees are to complete the implementation of the agreement by the end of the year, according to the text.

Abdi had first met al-Sharaa in Damascus late last year, on December 30, weeks after the fall of Bashar al-Assad, according to SDF officials.

The agreement comes less than two weeks after jailed PKK founder Abdullah Ocalan called on February 27 for the group to lay down its arms and dissolve itself. Turkey, which regards the SDF's main component as an extension of the PKK, has not yet commented.

Ilham Ahmed, a senior official of the north-east's autonomous administration, told a local television channel that the deal was "a beginning, not an end".

The signing also followed days of deadly violence in Syria's coastal provinces.
""", [
 ev("2025-03-10", "day", "meeting", "Damascus", ["Syrian Democratic Forces"], ["Mazloum Abdi", "Ahmed al-Sharaa"],
    "signed an agreement in Damascus on Monday to integrate the Kurdish-led force"),
 ev("2024-12-30", "day", "meeting", "Damascus", ["Syrian Democratic Forces"], ["Mazloum Abdi", "Ahmed al-Sharaa"],
    "Abdi had first met al-Sharaa in Damascus late last year, on December 30", required=False),
], [
 trap("other", "jailed PKK founder Abdullah Ocalan called on February 27 for the group to lay down its arms", "a call to lay down arms, not a phone call or meeting", date="2025-02-27", officials=["Abdullah Ocalan"]),
 trap("future-plan", "Committees are to complete the implementation of the agreement by the end of the year", "future"),
 trap("other", "told a local television channel that the deal was", "interview, not a meeting", officials=["Ilham Ahmed"]),
 trap("other", "weeks after the fall of Bashar al-Assad", "regime fall"),
 trap("other", "days of deadly violence in Syria's coastal provinces", "violence, not an event"),
 trap("other", "Turkey, which regards the SDF's main component as an extension of the PKK, has not yet commented", "Turkey took no part"),
])

alias("Syria", "Syrian", "Syrian Arab Republic")
alias("Asaad al-Shaibani", "Asaad Hassan al-Shaibani", "As'ad al-Shaibani", "al-Shaibani", "Asaad al-Shibani")

doc("b36-27.html", "2024-12-22", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Meeting of Hakan Fidan, Minister of Foreign Affairs of the Republic of Türkiye with Ahmed al-Sharaa, 22 December 2024, Damascus</title>
<style>.left{width:20%}</style></head>
<body>
<div class="top">REPUBLIC OF TÜRKIYE MINISTRY OF FOREIGN AFFAIRS</div>
<div class="menu">Minister | Ministry | Foreign Policy | Consular Info | Announcements | Türkçe</div>
<div class="path">Home Page / The Minister / Visits and Meetings</div>
<div class="main">
<h1>Meeting of Hakan Fidan, Minister of Foreign Affairs of the Republic of Türkiye with Ahmed al-Sharaa, Leader of the New Administration in Syria, 22 December 2024, Damascus</h1>
<p>Minister of Foreign Affairs Hakan Fidan met with Ahmed al-Sharaa, Leader of the New Administration in Syria, in Damascus.</p>
<p>Minister Fidan was accompanied by Ambassador Burhan Köroğlu, Chargé d'Affaires of Türkiye in Damascus.</p>
<p>Minister Fidan also met with Asaad Hassan al-Shaibani, who was appointed to head the foreign affairs portfolio of the new administration.</p>
<p class="photo">Photo: Minister Fidan and Ahmed al-Sharaa at the People's Palace</p>
</div>
<div class="left"><h4>Visits and Meetings</h4>
<ul>
<li>Meeting of Hakan Fidan with Antony Blinken, Secretary of State of the USA, 12 December 2024, Ankara</li>
<li>Participation of Hakan Fidan in the Aqaba Meeting on Syria, 14 December 2024, Aqaba</li>
<li>Meeting of Hakan Fidan with Hamas Delegation, 11 December 2024, Ankara</li>
</ul></div>
<div class="foot">Copyright &copy; 2024 T.C. Dışişleri Bakanlığı</div>
</body></html>
""", [
 ev("2024-12-22", "day", "meeting", "Damascus", ["Turkey"], ["Hakan Fidan", "Ahmed al-Sharaa", "Burhan Koroglu"],
    "Minister of Foreign Affairs Hakan Fidan met with Ahmed al-Sharaa, Leader of the New Administration in Syria, in Damascus"),
 ev("2024-12-22", "day", "meeting", "Damascus", ["Turkey"], ["Hakan Fidan", "Asaad al-Shaibani"],
    "Minister Fidan also met with Asaad Hassan al-Shaibani", accept=["2024-12-22", "2024-12"]),
], [
 trap("headline-list", "Meeting of Hakan Fidan with Antony Blinken, Secretary of State of the USA, 12 December 2024, Ankara", "side list", date="2024-12-12", officials=["Antony Blinken"]),
 trap("headline-list", "Participation of Hakan Fidan in the Aqaba Meeting on Syria, 14 December 2024, Aqaba", "side list", date="2024-12-14"),
 trap("headline-list", "Meeting of Hakan Fidan with Hamas Delegation, 11 December 2024, Ankara", "side list (another page's event)", date="2024-12-11"),
 trap("caption", "Photo: Minister Fidan and Ahmed al-Sharaa at the People's Palace", "photo caption of the same meeting"),
])
alias("Burhan Koroglu", "Burhan Köroğlu", "Köroğlu", "Koroglu")

alias("Yoweri Museveni", "Museveni")
alias("Abiy Ahmed", "Abiy")
alias("Uganda", "Ugandan")
alias("Ethiopia", "Ethiopian")
alias("IGAD", "Intergovernmental Authority on Development")
alias("Youssef Ezzat", "Yousif Izzat", "Ezzat")
alias("Workneh Gebeyehu", "Workneh")

doc("b36-28.txt", "2023-12-28", """
Sudan's Hemedti tours region as talks with army chief are put off

NAIROBI/ADDIS ABABA, Dec 28 - Sudan's paramilitary leader Mohamed Hamdan Dagalo, better known as Hemedti, held talks with Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on Thursday, a day after meeting Ugandan President Yoweri Museveni, in his first publicly known trip abroad since the war began in April.

Hemedti, commander of the Rapid Support Forces (RSF), flew to Addis Ababa from Uganda, where Museveni received him at State House in Entebbe on Wednesday, the Ugandan president said on X.

The tour comes as a face-to-face meeting between Hemedti and army chief Abdel Fattah al-Burhan, announced by the East African bloc IGAD earlier this month, has been postponed "for technical reasons", according to a statement from Djibouti, which chairs IGAD. No new date was given.

The army's foreign ministry has denied that Burhan ever agreed to an unconditional meeting, and a military spokesman said the army would not negotiate "with a rebel militia".

Preparations for the summit began late last month, when RSF adviser Youssef Ezzat met IGAD executive secretary Workneh Gebeyehu in Djibouti, according to a person familiar with the talks.

Hemedti is expected to travel to Nairobi next for talks with President William Ruto.

The RSF seized Wad Madani, Sudan's second-largest city, earlier this month.
""", [
 ev("2023-12-28", "day", "talks", "Addis Ababa", ["Rapid Support Forces"], ["Mohamed Hamdan Dagalo", "Abiy Ahmed"],
    "held talks with Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on Thursday"),
 ev("2023-12-27", "day", "meeting", "Entebbe", ["Rapid Support Forces"], ["Mohamed Hamdan Dagalo", "Yoweri Museveni"],
    "where Museveni received him at State House in Entebbe on Wednesday"),
 ev("2023-11", "month", "meeting", "Djibouti", ["Rapid Support Forces"], ["Youssef Ezzat", "Workneh Gebeyehu"],
    "late last month, when RSF adviser Youssef Ezzat met IGAD executive secretary Workneh Gebeyehu in Djibouti", required=False),
], [
 trap("other", "a face-to-face meeting between Hemedti and army chief Abdel Fattah al-Burhan, announced by the East African bloc IGAD earlier this month, has been postponed", "postponed meeting never held", officials=["Abdel Fattah al-Burhan"]),
 trap("other", "The army's foreign ministry has denied that Burhan ever agreed to an unconditional meeting", "denial"),
 trap("future-plan", "Hemedti is expected to travel to Nairobi next for talks with President William Ruto", "plan", officials=["William Ruto"]),
 trap("other", "The RSF seized Wad Madani, Sudan's second-largest city, earlier this month", "military event"),
 trap("other", "since the war began in April", "war start", date="2023-04"),
])
alias("William Ruto", "Ruto")

alias("Israel", "Israeli")
alias("David Barnea", "Barnea")
alias("Joe Biden", "Biden")
alias("Benjamin Netanyahu", "Netanyahu")

doc("b36-29.txt", "2025-01-15", """
Gaza ceasefire deal: live updates

Wednesday 15 January 2025 | Updated 22:05 GMT
Blog team: Sami Rahal, Priya Venn and Tomás Ebdon

22:05 GMT
Qatar announces agreement
Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani told a news conference in Doha that Israel and Hamas had reached a ceasefire and hostage-release agreement that is to take effect on Sunday.

19:30 GMT
Separate meetings at the prime minister's office
A source briefed on the talks says Qatar's prime minister met Hamas negotiators led by Khalil al-Hayya this afternoon and then the Israeli delegation headed by Mossad chief David Barnea, in separate rooms of the same building.

16:10 GMT
Hamas consulted Islamic Jihad overnight
Hamas leaders in Doha held talks via video link with Islamic Jihad chief Ziyad al-Nakhalah overnight to brief him on the final text, a Palestinian official told us.

12:45 GMT
Recap of the week's diplomacy
- US President Joe Biden spoke by phone with Qatar's emir, Sheikh Tamim bin Hamad Al Thani, on Sunday night, the White House said.
- President-elect Donald Trump's envoy Steve Witkoff met Israeli Prime Minister Benjamin Netanyahu in Jerusalem on Saturday.
- Secretary of State Antony Blinken set out a post-war plan for Gaza in a speech in Washington.

09:00 GMT
What happens next
Israel's security cabinet is expected to vote on the deal on Thursday. The first phase would last 42 days.
""", [
 ev("2025-01-15", "day", "meeting", "Doha", ["Hamas"], ["Mohammed bin Abdulrahman Al Thani", "Khalil al-Hayya"],
    "Qatar's prime minister met Hamas negotiators led by Khalil al-Hayya this afternoon"),
 ev("2025-01-15", "day", "meeting", "Doha", ["Israel"], ["Mohammed bin Abdulrahman Al Thani", "David Barnea"],
    "and then the Israeli delegation headed by Mossad chief David Barnea"),
 ev("2025-01-15", "day", "call", None, ["Hamas", "Palestinian Islamic Jihad"], ["Ziyad al-Nakhalah"],
    "Hamas leaders in Doha held talks via video link with Islamic Jihad chief Ziyad al-Nakhalah overnight", accept=["2025-01-15", "2025-01-14"]),
 ev("2025-01-12", "day", "call", None, [], ["Joe Biden", "Tamim bin Hamad Al Thani"],
    "US President Joe Biden spoke by phone with Qatar's emir, Sheikh Tamim bin Hamad Al Thani, on Sunday night", required=False),
 ev("2025-01-11", "day", "meeting", "Jerusalem", ["United States"], ["Steve Witkoff", "Benjamin Netanyahu"],
    "Steve Witkoff met Israeli Prime Minister Benjamin Netanyahu in Jerusalem on Saturday", required=False),
], [
 trap("other", "a ceasefire and hostage-release agreement that is to take effect on Sunday", "future start of truce", date="2025-01-19"),
 trap("future-plan", "Israel's security cabinet is expected to vote on the deal on Thursday", "future vote", date="2025-01-16"),
 trap("other", "Antony Blinken set out a post-war plan for Gaza in a speech in Washington", "speech, not a meeting", officials=["Antony Blinken"]),
 trap("other", "told a news conference in Doha", "news conference, not a meeting"),
 trap("other", "Blog team: Sami Rahal, Priya Venn and Tomás Ebdon", "reporters"),
 trap("other", "President-elect Donald Trump's envoy", "Trump did not take part", officials=["Donald Trump"]),
])

alias("Shehbaz Sharif", "Muhammad Shehbaz Sharif", "Shahbaz Sharif", "Shehbaz")

doc("b36-30.html", "2025-05-05", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>PM receives Foreign Minister of Iran | Prime Minister's Office</title><script>/* tracking */</script></head>
<body>
<div class="bar">Prime Minister's Office &middot; Government of Pakistan</div>
<nav><span>Home</span> <span>Prime Minister</span> <span>Press Releases</span> <span>Photo Gallery</span> <span>Videos</span> <span>اردو</span></nav>
<div class="crumbs">Home / Press Releases</div>
<div class="pr">
<h1>PM receives Foreign Minister of Iran</h1>
<p class="pr-date">May 05, 2025</p>
<p>Islamabad: Foreign Minister of the Islamic Republic of Iran, Seyed Abbas Araghchi, called on Prime Minister Muhammad Shehbaz Sharif at the PM House today.</p>
<p>Welcoming the Foreign Minister, the Prime Minister conveyed his warm greetings to Supreme Leader Ayatollah Ali Khamenei and President Masoud Pezeshkian. He appreciated Iran's offer to help defuse the situation with India following the Pahalgam attack of 22 April.</p>
<p>Deputy Prime Minister and Foreign Minister Senator Mohammad Ishaq Dar was also present in the meeting. Earlier today, the Deputy Prime Minister held delegation-level talks with the Iranian Foreign Minister at the Ministry of Foreign Affairs.</p>
<p>The Iranian Foreign Minister arrived in Islamabad late on Sunday night on a two-day visit. He will also travel to New Delhi later this week.</p>
</div>
<div class="gallery"><p>Prime Minister Muhammad Shehbaz Sharif with Foreign Minister Araghchi during his visit to Tehran on 27 May 2024 (file)</p></div>
<div class="more"><h3>More press releases</h3>
<p>PM chairs meeting on national security &ndash; May 04, 2025</p>
<p>PM receives telephone call from Saudi Crown Prince &ndash; May 01, 2025</p></div>
<footer>&copy; 2025 Prime Minister's Office, Islamabad</footer>
</body></html>
""", [
 ev("2025-05-05", "day", "meeting", "Islamabad", ["Iran"], ["Abbas Araghchi", "Shehbaz Sharif", "Ishaq Dar"],
    "Seyed Abbas Araghchi, called on Prime Minister Muhammad Shehbaz Sharif at the PM House today"),
 ev("2025-05-05", "day", "talks", "Islamabad", ["Iran"], ["Ishaq Dar", "Abbas Araghchi"],
    "Earlier today, the Deputy Prime Minister held delegation-level talks with the Iranian Foreign Minister"),
 ev("2025-05-04", "day", "visit", "Islamabad", ["Iran"], ["Abbas Araghchi"],
    "The Iranian Foreign Minister arrived in Islamabad late on Sunday night", required=False),
], [
 trap("other", "conveyed his warm greetings to Supreme Leader Ayatollah Ali Khamenei and President Masoud Pezeshkian", "greetings; neither took part", officials=["Ali Khamenei", "Masoud Pezeshkian"]),
 trap("other", "the Pahalgam attack of 22 April", "attack", date="2025-04-22"),
 trap("future-plan", "He will also travel to New Delhi later this week", "plan"),
 trap("caption", "during his visit to Tehran on 27 May 2024 (file)", "archive caption", date="2024-05-27"),
 trap("headline-list", "PM receives telephone call from Saudi Crown Prince", "list", date="2025-05-01"),
 trap("headline-list", "PM chairs meeting on national security", "domestic, list"),
])
alias("Ali Khamenei", "Ayatollah Ali Khamenei", "Khamenei")
