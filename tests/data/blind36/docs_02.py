# b36-05 .. b36-08
alias("Houthis", "Houthi", "Ansar Allah", "Houthi movement", "Houthi delegation")
alias("Saudi Arabia", "Saudi", "the kingdom")
alias("Oman", "Omani", "Sultanate of Oman")
alias("Mohammed Al Jaber", "Mohammed bin Saeed Al Jaber", "Al Jaber")
alias("Mahdi al-Mashat", "Mahdi Al-Mashat", "al-Mashat", "Mashat")
alias("Mohammed Abdulsalam", "Mohammed Abdul Salam", "Muhammad Abdulsalam", "Mohammed Abdel-Salam", "Abdulsalam", "Abdul Salam")
alias("Khalid bin Salman", "Prince Khalid bin Salman", "Khalid bin Salman Al Saud")
alias("Hans Grundberg", "Grundberg")

doc("b36-05.txt", "2024-01-12", """
Saudi-Houthi talks, 2022-2024 (chronology)

From the reference section "Yemeni civil war: peace process". Last updated 12 January 2024.

Background

After the UN-brokered truce of April 2022 expired in October of that year, Saudi Arabia and the Houthis (Ansar Allah) kept talking through Omani mediators rather than through the United Nations track. Oman hosted the Houthi negotiating team in Muscat throughout the period.

2023

In January and February, Omani officials travelled several times between Muscat, Riyadh and Sanaa; the talks were not announced.

On 9 April, a Saudi delegation headed by ambassador Mohammed Al Jaber arrived in Sanaa together with an Omani team and held talks with Mahdi al-Mashat, president of the Houthi Supreme Political Council. The visit, the first by Saudi officials to be publicly acknowledged since 2015, ended on the 13th without a final agreement.

A prisoner exchange of almost 900 detainees, agreed in Switzerland in March, was carried out between 14 and 16 April.

On 14 September, a five-member Houthi delegation headed by chief negotiator Mohammed Abdulsalam landed in Riyadh aboard an Omani aircraft, the group's first publicly announced visit to the kingdom since the war began. Five days later, Saudi Defence Minister Prince Khalid bin Salman received the delegation and said the kingdom stood with Yemen and its people.

In December, UN special envoy Hans Grundberg held meetings in Riyadh and then in Muscat, where he saw Abdulsalam. On 23 December he announced that the parties had committed to a set of measures, including a nationwide ceasefire and the payment of public-sector salaries.

2024

A signing round that diplomats had pencilled in for Muscat in January was put off indefinitely after the Houthis' attacks on shipping in the Red Sea and the US and British strikes on Houthi positions that began on 12 January.

See also: Yemen truce (2022); Houthi attacks on commercial shipping.
""", [
 ev("2023-04-09", "day", "talks", "Sanaa", ["Saudi Arabia", "Oman", "Houthis"], ["Mohammed Al Jaber", "Mahdi al-Mashat"],
    "On 9 April, a Saudi delegation headed by ambassador Mohammed Al Jaber arrived in Sanaa together with an Omani team and held talks with Mahdi al-Mashat"),
 ev("2023-09-14", "day", "visit", "Riyadh", ["Houthis"], ["Mohammed Abdulsalam"],
    "On 14 September, a five-member Houthi delegation headed by chief negotiator Mohammed Abdulsalam landed in Riyadh"),
 ev("2023-09-19", "day", "meeting", "Riyadh", ["Houthis"], ["Khalid bin Salman", "Mohammed Abdulsalam"],
    "Five days later, Saudi Defence Minister Prince Khalid bin Salman received the delegation"),
 ev("2023-12", "month", "meeting", "Muscat", ["Houthis"], ["Hans Grundberg", "Mohammed Abdulsalam"],
    "held meetings in Riyadh and then in Muscat, where he saw Abdulsalam"),
], [
 trap("other", "ended on the 13th without a final agreement", "end of the April visit, not a separate event", date="2023-04-13"),
 trap("other", "was carried out between 14 and 16 April", "prisoner exchange, not a meeting", date="2023-04-14"),
 trap("other", "On 23 December he announced that the parties had committed", "announcement, not a meeting", date="2023-12-23"),
 trap("future-plan", "A signing round that diplomats had pencilled in for Muscat in January was put off indefinitely", "postponed round never held", date="2024-01"),
 trap("other", "strikes on Houthi positions that began on 12 January", "military strikes", date="2024-01-12"),
 trap("other", "the UN-brokered truce of April 2022 expired in October of that year", "truce dates", date="2022-04"),
 trap("other", "Omani officials travelled several times between Muscat, Riyadh and Sanaa; the talks were not announced", "unnamed, undated shuttle trips; not an event with named counterparts"),
 trap("other", "Oman hosted the Houthi negotiating team in Muscat throughout the period", "standing hosting arrangement, not a dated meeting"),
])

alias("United Kingdom", "UK", "Britain", "British")
alias("France", "French")
alias("Germany", "German")
alias("European Union", "EU")
alias("David Lammy", "Lammy")
alias("Jean-Noel Barrot", "Jean-Noël Barrot", "Barrot")
alias("Johann Wadephul", "Wadephul")
alias("Kaja Kallas", "Kallas")
alias("Recep Tayyip Erdogan", "Erdogan", "Recep Tayyip Erdoğan", "Erdoğan")
alias("Vladimir Putin", "Putin")
alias("Xi Jinping", "Xi")
alias("Marco Rubio", "Rubio")
alias("Donald Trump", "Trump")
alias("Karoline Leavitt", "Leavitt")

doc("b36-06.txt", "2025-06-20", """
Israel-Iran war, day eight: Araghchi meets European ministers in Geneva - as it happened

Friday 20 June 2025
Live coverage by Hannah Strand (Geneva), Omar Velic and Tessa Lindqvist (London)

18:55 BST
Geneva meeting ends after three and a half hours
The talks between Iran's foreign minister and his European counterparts have ended, a German diplomat told us. No joint statement is expected tonight. Araghchi told Iranian state TV afterwards that Tehran was ready to consider diplomacy again "once the aggression stops".

15:10 BST
Araghchi sits down with E3 and EU
Iranian Foreign Minister Abbas Araghchi has begun talks at a hotel in Geneva with Britain's David Lammy, France's Jean-Noël Barrot and Germany's Johann Wadephul, who were joined by the EU's foreign policy chief Kaja Kallas. It is the first face-to-face contact between Tehran and Western governments since Israel started its strikes on 13 June.

11:30 BST
Erdogan calls Pezeshkian
Turkish President Recep Tayyip Erdogan told Iranian President Masoud Pezeshkian in a phone call late on Thursday that Ankara was working to stop the fighting "before the whole region is set on fire", the Turkish presidency said this morning.

09:05 BST
Putin and Xi condemn the strikes
Russian President Vladimir Putin and Chinese President Xi Jinping held a phone call on Thursday in which both condemned Israel's attacks, according to the Kremlin's foreign policy aide Yuri Ushakov, who briefed reporters afterwards.

08:20 BST
Trump decision "within two weeks"
White House press secretary Karoline Leavitt said on Thursday that President Donald Trump would decide within the next two weeks whether to join the strikes, citing "a substantial chance of negotiations" with Iran.

07:45 BST
Araghchi lands in Geneva
The Iranian foreign minister's plane touched down in Geneva in the early hours, Iranian media report. He is also due to address the UN Human Rights Council later today.

07:30 BST
Recap
Lammy met Secretary of State Marco Rubio and envoy Steve Witkoff at the State Department yesterday, before flying to Geneva. A further round between Iran and the Europeans is possible next week, a French official said, but nothing has been fixed.
""", [
 ev("2025-06-20", "day", "talks", "Geneva", ["Iran", "United Kingdom", "France", "Germany", "European Union"],
    ["Abbas Araghchi", "David Lammy", "Jean-Noel Barrot", "Johann Wadephul", "Kaja Kallas"],
    "Iranian Foreign Minister Abbas Araghchi has begun talks at a hotel in Geneva with Britain's David Lammy"),
 ev("2025-06-19", "day", "call", None, [], ["Recep Tayyip Erdogan", "Masoud Pezeshkian"],
    "told Iranian President Masoud Pezeshkian in a phone call late on Thursday"),
 ev("2025-06-19", "day", "call", None, [], ["Vladimir Putin", "Xi Jinping"],
    "Russian President Vladimir Putin and Chinese President Xi Jinping held a phone call on Thursday"),
 ev("2025-06-20", "day", "visit", "Geneva", ["Iran"], ["Abbas Araghchi"],
    "The Iranian foreign minister's plane touched down in Geneva in the early hours", required=False),
 ev("2025-06-19", "day", "meeting", "Washington", ["United Kingdom"], ["David Lammy", "Marco Rubio", "Steve Witkoff"],
    "Lammy met Secretary of State Marco Rubio and envoy Steve Witkoff at the State Department yesterday", required=False),
], [
 trap("other", "Karoline Leavitt said on Thursday that President Donald Trump would decide within the next two weeks", "spokeswoman briefing; future decision", officials=["Karoline Leavitt", "Donald Trump"]),
 trap("other", "since Israel started its strikes on 13 June", "start of strikes", date="2025-06-13"),
 trap("future-plan", "A further round between Iran and the Europeans is possible next week", "possible future round"),
 trap("future-plan", "He is also due to address the UN Human Rights Council later today", "plan; an address is not a meeting"),
 trap("other", "according to the Kremlin's foreign policy aide Yuri Ushakov, who briefed reporters afterwards", "aide only briefed; not a participant", officials=["Yuri Ushakov"]),
 trap("other", "Live coverage by Hannah Strand (Geneva), Omar Velic and Tessa Lindqvist (London)", "reporters", officials=["Hannah Strand"]),
 trap("other", "18:55 BST", "clock time of a live-blog entry"),
])
alias("Yuri Ushakov", "Ushakov")
alias("Hannah Strand")

alias("Pakistan", "Pakistani", "Islamabad")
alias("Taliban", "Afghan Taliban", "Islamic Emirate of Afghanistan", "Taliban administration", "Afghanistan")
alias("Ishaq Dar", "Mohammad Ishaq Dar", "Senator Mohammad Ishaq Dar", "Dar")
alias("Mohammad Hassan Akhund", "Mullah Mohammad Hassan Akhund", "Hassan Akhund", "Mohammad Hasan Akhund", "Akhund")
alias("Amir Khan Muttaqi", "Muttaqi", "Mawlawi Amir Khan Muttaqi", "Amir Khan Mottaki")
alias("Mohammad Sadiq", "Mohammad Sadiq Khan", "Ambassador Mohammad Sadiq", "Sadiq")
alias("Shah Mahmood Qureshi", "Qureshi", "Shah Mehmood Qureshi")
alias("Hina Rabbani Khar", "Khar")
alias("Nooruddin Azizi", "Nooruddin Aziz", "Azizi")

doc("b36-07.txt", "2025-04-23", """
Analysis: Pakistan and the Taliban try again, with old grievances on the table

By Farah Qazi
Published Wednesday

ISLAMABAD - Few relationships in the region have soured as fast as the one between Pakistan and the Taliban administration it once counted as a friend.

When the Taliban seized Kabul on 15 August 2021, officials in Islamabad spoke openly of a strategic gain. Within weeks Shah Mahmood Qureshi became the first foreign minister to visit the new rulers, flying to Kabul that October, and Amir Khan Muttaqi made his own first trip to Islamabad in November 2021, leading a 20-member team.

The goodwill did not last. Attacks by the Pakistani Taliban (TTP) rose steadily, and by the time Hina Rabbani Khar made a day trip to Kabul in late November 2022 her hosts were being asked, politely but firmly, to rein in militants sheltering on their side of the border. Islamabad's decision in October 2023 to expel undocumented Afghans made matters worse.

Diplomats say the two sides have kept quieter channels open, including a visit to Kabul by Pakistan's special representative Mohammad Sadiq in December, but those rarely produced more than statements of intent.

That is the backdrop to Saturday's visit by Deputy Prime Minister and Foreign Minister Ishaq Dar, the most senior Pakistani official to go to Kabul in more than two years. Dar called on acting Prime Minister Mullah Mohammad Hassan Akhund in the morning and held delegation-level talks with acting Foreign Minister Amir Khan Muttaqi in the afternoon, according to both sides.

The readouts stressed trade, transit and refugees, with Islamabad agreeing to speed up clearance of stranded containers. Security, the real issue, got one line in the Pakistani statement.

Muttaqi is expected to join Dar and China's Wang Yi in Beijing next month for a trilateral meeting, though no date has been announced.

"This was about resetting the tone," said a former Pakistani ambassador to Kabul who asked not to be named. "Whether it lasts depends on the TTP, not on the communiques."
""", [
 ev("2025-04-19", "day", "meeting", "Kabul", ["Pakistan"], ["Ishaq Dar", "Mohammad Hassan Akhund"],
    "Dar called on acting Prime Minister Mullah Mohammad Hassan Akhund in the morning", key="K2-dar-kabul-akhund"),
 ev("2025-04-19", "day", "talks", "Kabul", ["Pakistan"], ["Ishaq Dar", "Amir Khan Muttaqi"],
    "held delegation-level talks with acting Foreign Minister Amir Khan Muttaqi in the afternoon", key="K3-dar-kabul-muttaqi"),
 ev("2021-10", "month", "visit", "Kabul", ["Pakistan"], ["Shah Mahmood Qureshi"],
    "Shah Mahmood Qureshi became the first foreign minister to visit the new rulers, flying to Kabul that October", required=False),
 ev("2021-11", "month", "visit", "Islamabad", ["Taliban"], ["Amir Khan Muttaqi"],
    "Amir Khan Muttaqi made his own first trip to Islamabad in November 2021", required=False),
 ev("2022-11", "month", "visit", "Kabul", ["Pakistan"], ["Hina Rabbani Khar"],
    "Hina Rabbani Khar made a day trip to Kabul in late November 2022", required=False),
 ev("2024-12", "month", "visit", "Kabul", ["Pakistan"], ["Mohammad Sadiq"],
    "a visit to Kabul by Pakistan's special representative Mohammad Sadiq in December", required=False),
], [
 trap("other", "When the Taliban seized Kabul on 15 August 2021", "takeover, not a diplomatic event", date="2021-08-15"),
 trap("other", "Islamabad's decision in October 2023 to expel undocumented Afghans", "policy decision", date="2023-10"),
 trap("future-plan", "Muttaqi is expected to join Dar and China's Wang Yi in Beijing next month", "plan", officials=["Wang Yi"]),
 trap("other", "said a former Pakistani ambassador to Kabul who asked not to be named", "anonymous commentator"),
 trap("other", "Published Wednesday", "publication day (23 April), not the visit day"),
])
alias("Wang Yi", "Wang")

doc("b36-08.html", "2025-04-19", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Press Release: Deputy Prime Minister/Foreign Minister visits Kabul</title>
<script src="/js/menu.js"></script><style>body{font-family:Arial}</style></head>
<body>
<header><div class="logo">Ministry of Foreign Affairs &ndash; Government of Pakistan</div>
<nav><a href="/">Home</a> <a href="/minister">Minister</a> <a href="/press-releases">Press Releases</a> <a href="/briefings">Weekly Briefings</a> <a href="/missions">Missions Abroad</a> <a href="/contact">Contact Us</a></nav></header>
<div class="breadcrumbs">Home &gt; Media &gt; Press Releases</div>
<main>
<h1>Deputy Prime Minister/Foreign Minister Senator Mohammad Ishaq Dar visits Kabul</h1>
<p class="pr-no">No. 118/2025 &nbsp; Kabul, 19 April 2025</p>
<figure><img src="/uploads/dpm-kabul.jpg" alt=""><figcaption>DPM/FM with Afghan interim Foreign Minister during the earlier meeting in Islamabad on 29 November 2021</figcaption></figure>
<p>Deputy Prime Minister/Foreign Minister Senator Mohammad Ishaq Dar undertook a day-long visit to Kabul today at the head of a high-level delegation.</p>
<p>On arrival at Kabul International Airport, the Deputy Prime Minister was received by Afghan interim Minister of Commerce and Industry Nooruddin Azizi and other senior officials.</p>
<p>The Deputy Prime Minister called on the Afghan interim Prime Minister, Mullah Mohammad Hassan Akhund. He conveyed the warm greetings of the Prime Minister of Pakistan and underlined Pakistan's desire for a positive and productive relationship.</p>
<p>The Deputy Prime Minister also held delegation-level talks with the interim Afghan Foreign Minister, Mawlawi Amir Khan Muttaqi. The two sides exchanged views on the entire spectrum of bilateral relations, including security, trade and transit cooperation, connectivity and people-to-people contacts. The Pakistani delegation included Special Representative for Afghanistan Ambassador Mohammad Sadiq and Additional Secretary (Afghanistan &amp; West Asia).</p>
<p>Both sides agreed to maintain the momentum of high-level exchanges. The interim Foreign Minister was invited to visit Islamabad at a mutually convenient date.</p>
<p>Islamabad<br>19 April 2025</p>
</main>
<aside><h4>Other press releases</h4><ul>
<li>Foreign Secretary receives Ambassador of Uzbekistan &ndash; 18 April 2025</li>
<li>Pakistan condemns terrorist attack in Balochistan &ndash; 16 April 2025</li>
<li>DPM/FM holds telephone conversation with Turkish Foreign Minister &ndash; 15 April 2025</li>
</ul></aside>
<footer><span>Copyright &copy; 2025 Ministry of Foreign Affairs, Islamabad.</span> <a href="/sitemap">Sitemap</a> <a href="/rss">RSS</a></footer>
</body></html>
""", [
 ev("2025-04-19", "day", "meeting", "Kabul", ["Pakistan"], ["Ishaq Dar", "Mohammad Hassan Akhund"],
    "The Deputy Prime Minister called on the Afghan interim Prime Minister, Mullah Mohammad Hassan Akhund", key="K2-dar-kabul-akhund"),
 ev("2025-04-19", "day", "talks", "Kabul", ["Pakistan"], ["Ishaq Dar", "Amir Khan Muttaqi", "Mohammad Sadiq"],
    "The Deputy Prime Minister also held delegation-level talks with the interim Afghan Foreign Minister, Mawlawi Amir Khan Muttaqi", key="K3-dar-kabul-muttaqi"),
 ev("2025-04-19", "day", "visit", "Kabul", ["Pakistan"], ["Ishaq Dar", "Nooruddin Azizi"],
    "undertook a day-long visit to Kabul today at the head of a high-level delegation", required=False),
], [
 trap("caption", "during the earlier meeting in Islamabad on 29 November 2021", "photo caption date", date="2021-11-29"),
 trap("future-plan", "The interim Foreign Minister was invited to visit Islamabad at a mutually convenient date", "invitation, no event"),
 trap("headline-list", "Foreign Secretary receives Ambassador of Uzbekistan", "related list", date="2025-04-18"),
 trap("headline-list", "DPM/FM holds telephone conversation with Turkish Foreign Minister", "related list", date="2025-04-15"),
 trap("headline-list", "Pakistan condemns terrorist attack in Balochistan", "related list", date="2025-04-16"),
 trap("future-plan", "Both sides agreed to maintain the momentum of high-level exchanges", "future intent"),
])
