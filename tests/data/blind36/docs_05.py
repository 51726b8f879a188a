# b36-17 .. b36-20
alias("Olivier Nduhungirehe", "Nduhungirehe")

doc("b36-17.html", "2025-04-10", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Minister of State Meets Delegations of DRC Government and AFC/M23</title>
<link rel="stylesheet" href="/css/site.css"><script async src="/js/analytics.js"></script></head>
<body>
<div class="header"><span class="brand">Ministry of Foreign Affairs &ndash; State of Qatar</span>
<ul class="nav"><li>Home</li><li>The Ministry</li><li>Foreign Policy</li><li>Media Center</li><li>Services</li><li>عربي</li></ul></div>
<div class="breadcrumb">Home | Media Center | Ministry News</div>
<div class="content">
<h1>Minister of State Meets Delegations of DRC Government and AFC/M23</h1>
<div class="info">Doha &nbsp;|&nbsp; Information Office &nbsp;|&nbsp; 10 April 2025</div>
<p>HE Minister of State at the Ministry of Foreign Affairs Dr. Mohammed bin Abdulaziz bin Saleh Al Khulaifi met separately yesterday with the delegation of the Government of the Democratic Republic of the Congo and with the delegation of the AFC/M23 movement, headed by Mr. Benjamin Mbonimpa.</p>
<p>HE the Minister of State then chaired a joint session between the two delegations, within the framework of the State of Qatar's mediation efforts to reach a cessation of hostilities in the eastern Democratic Republic of the Congo.</p>
<p>HE Dr. Al Khulaifi affirmed the State of Qatar's keenness to support all efforts aimed at achieving lasting peace, and expressed his appreciation for the constructive spirit shown by both parties.</p>
<hr>
<h2>Minister of State Receives Phone Call from Rwandan Foreign Minister</h2>
<div class="info">Doha &nbsp;|&nbsp; Information Office &nbsp;|&nbsp; 10 April 2025</div>
<p>HE Minister of State at the Ministry of Foreign Affairs Dr. Mohammed bin Abdulaziz bin Saleh Al Khulaifi received a phone call today from HE Minister of Foreign Affairs and International Cooperation of the Republic of Rwanda Mr. Olivier Nduhungirehe.</p>
<p>During the call, they reviewed the course of the talks being held in Doha.</p>
<div class="share">Share this: Facebook &middot; X &middot; LinkedIn &middot; Email</div>
</div>
<div class="related"><h3>Related News</h3><ul>
<li>Qatar Welcomes Joint Statement by Presidents of DRC and Rwanda &ndash; 18 March 2025</li>
<li>Minister of State Meets UN Special Representative for the Great Lakes &ndash; 02 April 2025</li>
</ul></div>
<div class="footer">&copy; 2025 Ministry of Foreign Affairs, State of Qatar &middot; Terms of Use &middot; Accessibility</div>
</body></html>
""", [
 ev("2025-04-09", "day", "meeting", "Doha", ["DR Congo", "M23"], ["Mohammed Al-Khulaifi", "Benjamin Mbonimpa"],
    "HE the Minister of State then chaired a joint session between the two delegations", key="K4-m23-doha-apr2025"),
 ev("2025-04-09", "day", "meeting", "Doha", ["DR Congo"], ["Mohammed Al-Khulaifi"],
    "met separately yesterday with the delegation of the Government of the Democratic Republic of the Congo"),
 ev("2025-04-09", "day", "meeting", "Doha", ["M23"], ["Mohammed Al-Khulaifi", "Benjamin Mbonimpa"],
    "with the delegation of the AFC/M23 movement, headed by Mr. Benjamin Mbonimpa"),
 ev("2025-04-10", "day", "call", None, [], ["Mohammed Al-Khulaifi", "Olivier Nduhungirehe"],
    "received a phone call today from HE Minister of Foreign Affairs and International Cooperation of the Republic of Rwanda"),
], [
 trap("headline-list", "Qatar Welcomes Joint Statement by Presidents of DRC and Rwanda", "related list", date="2025-03-18"),
 trap("headline-list", "Minister of State Meets UN Special Representative for the Great Lakes", "related list", date="2025-04-02"),
 trap("other", "the talks being held in Doha", "reference to the same talks, not a new event"),
])

alias("Abbas Kamel", "Kamel")
alias("Mohammed al-Hindi", "Mohammad al-Hindi", "al-Hindi")

doc("b36-18.txt", "2023-02-05", """
Islamic Jihad leader holds talks with Egypt's intelligence chief; second day of meetings today

Palestinian sources said on Sunday that the discussions between the Islamic Jihad movement and Egyptian officials in Cairo had so far produced no breakthrough, and that the two sides would meet again today.

The Secretary-General of the Palestinian Islamic Jihad, Ziyad al-Nakhalah, and the delegation accompanying him met yesterday with the head of Egypt's General Intelligence Service, Minister Abbas Kamel, in the Egyptian capital.

In a statement, the movement said the two sides reviewed bilateral relations, the situation in the occupied West Bank and Jerusalem, and Egyptian efforts to ease the suffering of the Palestinian people.

The delegation includes five members of the political bureau from Gaza and abroad, among them Mohammed al-Hindi, head of the movement's political department, the sources said.

According to the sources, the Egyptian side asked the movement to help preserve calm in the West Bank after the Israeli raid on the Jenin camp on January 26 that killed ten Palestinians.

Ziad al-Nakhala last held talks with Egyptian officials in Cairo last September, weeks after a three-day round of fighting between the movement and Israel.

Sources had said last week that the visit, made at an Egyptian invitation, would take place before the movement's internal elections planned for early March.
""", [
 ev("2023-02-04", "day", "meeting", "Cairo", ["Palestinian Islamic Jihad"], ["Ziyad al-Nakhalah", "Abbas Kamel", "Mohammed al-Hindi"],
    "met yesterday with the head of Egypt's General Intelligence Service, Minister Abbas Kamel"),
 ev("2022-09", "month", "talks", "Cairo", ["Palestinian Islamic Jihad"], ["Ziyad al-Nakhalah"],
    "Ziad al-Nakhala last held talks with Egyptian officials in Cairo last September", required=False),
], [
 trap("future-plan", "the two sides would meet again today", "planned continuation (5 Feb); not reported as held", date="2023-02-05"),
 trap("other", "the Israeli raid on the Jenin camp on January 26 that killed ten Palestinians", "military raid", date="2023-01-26"),
 trap("future-plan", "the movement's internal elections planned for early March", "future internal elections", date="2023-03"),
 trap("other", "Sources had said last week that the visit", "earlier report of a plan"),
 trap("other", "Palestinian sources said on Sunday", "report date (5 Feb); the meeting was on Saturday 4 Feb"),
])

alias("Hans Grundberg", "Grundberg")
alias("United Nations", "UN")

doc("b36-19.html", "2024-06-30", """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Foreign Minister receives UN Envoy for Yemen and head of Sanaa negotiating delegation | Ministry of Foreign Affairs - Oman</title>
<link rel="canonical" href="https://fm.gov.om/en/news/2024/06/30/fm-receives-un-envoy-yemen/"><meta name="date" content="2024-06-30"></head>
<body>
<div class="masthead">Sultanate of Oman &ndash; Ministry of Foreign Affairs</div>
<div class="mainnav">Home &nbsp; About the Ministry &nbsp; News &nbsp; Statements &nbsp; Embassies &nbsp; E-Services &nbsp; العربية</div>
<div class="trail">Home &raquo; News &raquo; Details</div>
<div class="newsbox">
<h1>Foreign Minister receives UN Envoy for Yemen and head of Sanaa negotiating delegation</h1>
<p>Muscat &ndash; His Excellency Sayyid Badr bin Hamad Albusaidi, Minister of Foreign Affairs, received today at the Ministry's General Diwan Mr. Hans Grundberg, Special Envoy of the UN Secretary-General for Yemen.</p>
<p>The meeting reviewed the efforts under way to consolidate the de-escalation and to address the humanitarian file, foremost among them the release of detainees on all sides.</p>
<p>His Excellency the Minister also received Mr. Mohammed Abdulsalam, spokesman of Ansar Allah and head of its negotiating delegation, who conveyed the group's appreciation of the Sultanate's role.</p>
<p>His Excellency reaffirmed the Sultanate's support for the UN track and its readiness to host the detainee consultations, which are due to begin tomorrow under the auspices of the Special Envoy's office and the International Committee of the Red Cross.</p>
<div class="figure"><img src="/media/fm-grundberg.jpg" alt=""><p>His Excellency the Minister with the UN Special Envoy during a previous meeting on 11 February 2024</p></div>
</div>
<div class="morenews"><b>More news</b>
<p>Foreign Minister receives phone call from Iranian counterpart &ndash; 26/06/2024</p>
<p>Oman participates in GCC ministerial meeting in Doha &ndash; 02/06/2024</p></div>
<div class="pagefoot">&copy; 2024 Ministry of Foreign Affairs, Sultanate of Oman. All rights reserved. Best viewed at 1280x800.</div>
</body></html>
""", [
 ev("2024-06-30", "day", "meeting", "Muscat", [], ["Badr Albusaidi", "Hans Grundberg"],
    "received today at the Ministry's General Diwan Mr. Hans Grundberg"),
 ev("2024-06-30", "day", "meeting", "Muscat", ["Houthis"], ["Badr Albusaidi", "Mohammed Abdulsalam"],
    "His Excellency the Minister also received Mr. Mohammed Abdulsalam, spokesman of Ansar Allah"),
], [
 trap("future-plan", "which are due to begin tomorrow under the auspices of the Special Envoy's office", "future talks (1 July)", date="2024-07-01"),
 trap("caption", "during a previous meeting on 11 February 2024", "photo caption date", date="2024-02-11"),
 trap("headline-list", "Foreign Minister receives phone call from Iranian counterpart", "more-news list", date="2024-06-26"),
 trap("headline-list", "Oman participates in GCC ministerial meeting in Doha", "more-news list", date="2024-06-02"),
])

alias("Zamir Kabulov", "Kabulov")
alias("India", "Indian")
alias("Russia", "Russian", "Moscow")

doc("b36-20.txt", "2024-10-04", """
Russia hosts Taliban at Moscow-format talks, Lavrov urges inclusive government

By Gleb Arsenyev

MOSCOW, Oct 4 (Reuters) - Russia hosted regional envoys and a Taliban delegation headed by acting Foreign Minister Amir Khan Muttaqi on Friday for the latest round of Moscow-format consultations on Afghanistan, with Foreign Minister Sergei Lavrov telling the group that Western sanctions should be lifted.

Envoys from China, India, Iran, Pakistan and the five Central Asian states attended the session, which was chaired by the Kremlin's special envoy for Afghanistan, Zamir Kabulov.

On the sidelines, Lavrov held a separate meeting with Muttaqi, Russia's foreign ministry said, without giving details.

Russia has not formally recognised the Taliban government, but Moscow has been moving towards removing the movement from its list of banned terrorist organisations. President Vladimir Putin said in July that the Taliban were allies in the fight against terrorism.

"We see no alternative to engagement," Kabulov told reporters after the session, adding that the next round would be held in Russia next year.

Muttaqi was expected to fly on to Kazan for talks with Tatarstan's leadership, a Taliban official said, but the programme had not been confirmed.

(Reporting by Gleb Arsenyev; Editing by Nick Farrow)
""", [
 ev("2024-10-04", "day", "talks", "Moscow", ["Taliban", "China", "India", "Iran", "Pakistan"], ["Amir Khan Muttaqi", "Sergey Lavrov", "Zamir Kabulov"],
    "Russia hosted regional envoys and a Taliban delegation headed by acting Foreign Minister Amir Khan Muttaqi on Friday"),
 ev("2024-10-04", "day", "meeting", "Moscow", ["Taliban"], ["Sergey Lavrov", "Amir Khan Muttaqi"],
    "On the sidelines, Lavrov held a separate meeting with Muttaqi"),
], [
 trap("other", "President Vladimir Putin said in July that the Taliban were allies in the fight against terrorism", "statement", date="2024-07", officials=["Vladimir Putin"]),
 trap("future-plan", "the next round would be held in Russia next year", "future"),
 trap("future-plan", "Muttaqi was expected to fly on to Kazan for talks with Tatarstan's leadership", "unconfirmed plan"),
 trap("other", "Moscow has been moving towards removing the movement from its list of banned terrorist organisations", "legal process"),
])
