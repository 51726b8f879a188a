# b36-01 .. b36-08
SOURCES["read_for_shapes"] = [
 "https://scope24.net/en/news_reports/253.html", "https://newsyemen.life/new/94821",
 "https://www.newarab.com/news/omani-delegation-meets-houthi-supreme-political-council-head",
 "https://www.nationthailand.com/world/middle-east-africa/40026470",
 "https://tellerreport.com/news/2023-09-14-with-omani-mediation--houthi-delegation-visits-riyadh.BJx0Gipgka.html",
 "https://www.middleeastmonitor.com/20230411-yemen-houthis-optimistic-about-omans-efforts-for-peace/",
 "https://www.dailyyemen.net/2022/08/04/omani-delegation-left-sanaa-after-three-day-visit/",
 "https://financialtribune.com/articles/national/28785/phone-call-on-region",
 "https://www.urdupoint.com/en/world/iranian-foreign-minister-us-lawmakers-discus-724471.html",
 "https://news.cgtn.com/news/2025-05-03/news-1D48BQ2sRyM/share_amp.html",
 "https://irannewsgazette.com/foreign-minister-araqchi-and-iaea-chief-hold-telephone-discussion-on-iran-u-s-talks/",
 "https://dawn.com/news/1508746/afghan-taliban-delegation-meets-fm-qureshi-at-foreign-ministry-fo",
 "https://www.jambonewsnetwork.com/international/taliban-delegation-arrive-in-islamabad-ahead-of-crisis-talks/",
 "https://technewswheel.com/taliban-minister-muttaqi-in-islamabad-for-talks-as-pak-hosts-meet-on-afghanistan",
 "https://www.thenews.com.pk/latest/535289-afghan-taliban-delegation-to-arrive-in-islamabad-for-talks",
 "http://www.en.roushd.com/taliban-delegation-led-by-mullah-baradar-to-visit-islamabad-today/",
 "https://www.thehawk.in/posts/taliban-delegation-to-visit-islamabad-on-wednesday-amid-stalled-peace-talks:-spokesman",
 "https://www.rferl.org/a/senior-taliban-delegation-in-talks-with-officials-in-pakistan/30196591.html",
 "https://geo.tv/latest/249669",
 "https://eastleighvoice.co.ke/democratic-republic-of-congo/136733/congo-government,-m23-rebel-delegations-in-doha-for-talks,-sources-say",
 "https://afrinz.ru/en/2025/03/media-m23-rebels-arrive-in-qatar-for-talks-with-drc-authorities/",
 "https://www.gmt8press.com/latest/detail/270436",
 "https://news-247.top/n/1939360",
 "https://newsforall.eu/africa-news/tshisekedi-and-kagame-convene-in-doha-urge-truce-in-eastern-drc",
 "https://muslimnetwork.tv/sudan-saudi-arabia-discuss-resuming-jeddah-talks-to-end-north-african-countrys-war",
 "https://nation.africa/kenya/news/world/sudan-s-army-rsf-paramilitaries-in-saudi-arabia-for-direct-talks-4225974",
 "https://radarafrica.com/africa/burhan-sends-delegation-to-jeddah-for-pre-ceasefire-talks-with-us",
 "https://www.anews.com.tr/sport/2024/08/09/sudan-to-send-team-to-jeddah-for-talks-with-us-officials-before-next-weeks-cease-fire-negotiations",
 "https://www.albawaba.com/news/sudanese-army-resume-talks-rsf-jeddah-1526659",
 "https://bobnews24.com/sudan-sends-delegation-to-jeddah-for-pre-geneva-talks-with-u-s-on-peace-negotiations",
 "https://arabpressreleases.com/sudan-paramilitary-rsf-to-attend-jeddah-talks-with-armed-forces/",
 "https://www.malaymail.com/news/world/2023/05/06/sudans-warring-parties-to-meet-for-talks-in-saudi-arabia/67926",
 "https://nation.com.pk/25-Oct-2018/iranian-consul-general-calls-on-governor",
 "https://www.urdupoint.com/en/pakistan/prime-minister-for-enhanced-pakistan-iran-coo-1083267.html",
 "https://archive.pakistantoday.com.pk/2018/11/13/qatari-army-chief-calls-on-pm-khan-expresses-will-to-further-strengthen-ties/",
 "https://nation.com.pk/11-Jan-2019/punjab-cm-iran-envoy-agree-to-enhance-bilateral-ties",
 "https://dunyanews.tv/en/Pakistan/802640-Iranian-ambassador-discusses-bilateral-relations-with-PM-Shehbaz",
 "https://pakobserver.net/pak-iran-bound-together-in-strong-bonds-of-religion-culture-ch-parvez-elahi/",
 "https://www.agenzianova.com/a/6501f343aaca69.24460311/4538035/2023-09-13/algeria-ministro-degli-esteri-riceve-l-inviato-dell-onu-per-il-sahara-occidentale-de-mistura",
 "https://maghress.com/fr/yabiladi/148696",
 "https://actualnewsmagazine.com/english/western-sahara-the-un-envoy-for-the-region-meets-the-separatists",
 "https://newshour.media/2022/09/04/in-algeria-un-envoy-meets-with-the-polisario-front",
 "https://www.kurdistan24.net/en/story/890308",
 "https://www.kurdistan24.net/en/story/868038/damascus-meeting-between-sdf-and-interim-government-ends-after-hours-of-closed-door-talks",
 "https://www.shafaq.com/en/Kurdistan/SDF-AANES-meet-Syrian-President-in-Damascus-under-US-French-auspices",
 "https://syrianobserver.com/news/71629/sdf-calls-for-dialogue-with-turkey-through-u-s-mediation.html",
 "https://www.thelevantnews.com/public/en/article/mazloum-abdi-meets-delegation-from-damascus-to-follow-up-on-agreement-with-the-syrian-governmentapril-13,-2025,-2:14-pm",
 "https://www.shafaq.com/en/Middle-East/SDF-welcomes-Trump-al-Sharaa-meeting-and-Syria-s-return-to-the-Global-Coalition",
 "https://www.algemeiner.com/2023/02/04/islamic-jihad-chief-visits-cairo-to-discuss-israeli-palestinian-escalation/",
 "https://cloudflare.egyptindependent.com/palestinian-islamic-jihad-movement-visits-cairo/",
 "https://english.almayadeen.net/news/politics/pijs-head-egyptian-intelligence-chief-discuss-palestinian-fi",
 "https://www.tabnak.ir/fa/news/941664/islamic-jihad-holds-first-new-politburo-meeting-in-cairo",
 "https://www.alquds.com/en/posts/74837",
 "https://uprootedpalestinians.wordpress.com/2023/02/05/sources-to-al-mayadeen-pij-egypt-fail-to-show-new-breakthrough/",
 "https://www.i24news.tv/en/news/middle-east-stories/1675523126-islamic-jihad-chief-visits-cairo-to-discuss-israeli-palestinian-escalation",
]

alias("Hamas", "Hamas movement", "Islamic Resistance Movement", "the movement")
alias("Palestinian Islamic Jihad", "Islamic Jihad", "PIJ", "Islamic Jihad movement")
alias("Khalil al-Hayya", "Khalil al-Hayyah", "Khalil Al-Hayya", "al-Hayya", "al-Hayyah", "Hayya")
alias("Hassan Rashad", "Hassan Mahmoud Rashad", "Rashad")
alias("Zaher Jabarin", "Jabarin")
alias("Nizar Awadallah", "Awadallah")
alias("Hazem Qassem", "Hazem Qasem")
alias("Mohammed bin Abdulrahman Al Thani", "Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani", "Mohammed bin Abdulrahman bin Jassim Al Thani", "Sheikh Mohammed bin Abdulrahman Al Thani", "Mohammed bin Abdulrahman")
alias("Abdel Fattah al-Sisi", "Sisi", "el-Sisi", "Abdel Fattah el-Sisi")
alias("Ziyad al-Nakhalah", "Ziad al-Nakhala", "Ziyad al-Nakhala", "al-Nakhalah", "Nakhalah", "al-Nakhala")

doc("b36-01.txt", "2025-02-09", """
Hamas team meets Egypt's spy chief on next phase of Gaza truce, sources say

By Mona Eltawil and Peter Haskard

CAIRO, Feb 9 (Reuters) - A Hamas delegation led by the group's Gaza chief Khalil al-Hayya met Egypt's intelligence chief Hassan Rashad in Cairo on Saturday to discuss the second phase of the Gaza ceasefire, two Egyptian security sources said on Sunday.

The delegation, which arrived in the Egyptian capital on Friday evening, also included political bureau members Zaher Jabarin and Nizar Awadallah, a Hamas official told Reuters.

The talks centred on the next exchange of Israeli hostages for Palestinian prisoners, due at the end of the week, and on the entry of tents, mobile homes and heavy machinery into the enclave, the sources said. Egyptian officials are expected to brief Israeli negotiators on the outcome in the coming days.

In a statement, Hamas spokesman Hazem Qassem said the movement remained committed to the agreement "as long as the occupation abides by it", without referring to the Cairo meeting.

Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani is expected to travel to Cairo early next week for talks with President Abdel Fattah al-Sisi, a diplomatic source said.

The three-stage truce took effect on Jan. 19 after more than 15 months of war. Last month al-Hayya held talks in Doha with Qatari and Egyptian mediators in the final days before the deal was announced.

Israel's prime minister's office did not respond to a request for comment.

(Reporting by Mona Eltawil and Ahmed Saber in Cairo; Writing by Peter Haskard; Editing by Alison Rendle)
""", [
 ev("2025-02-08", "day", "meeting", "Cairo", ["Hamas"], ["Khalil al-Hayya", "Hassan Rashad", "Zaher Jabarin", "Nizar Awadallah"],
    "met Egypt's intelligence chief Hassan Rashad in Cairo on Saturday", key="K1-hamas-cairo-feb2025"),
 ev("2025-02-07", "day", "visit", "Cairo", ["Hamas"], [], "The delegation, which arrived in the Egyptian capital on Friday evening", required=False),
 ev("2025-01", "month", "talks", "Doha", ["Hamas"], ["Khalil al-Hayya"], "Last month al-Hayya held talks in Doha with Qatari and Egyptian mediators", required=False),
], [
 trap("other", "two Egyptian security sources said on Sunday", "report date (9 Feb), the meeting was on Saturday 8 Feb", date="2025-02-09"),
 trap("future-plan", "Egyptian officials are expected to brief Israeli negotiators", "plan"),
 trap("other", "Hamas spokesman Hazem Qassem said the movement remained committed", "spokesman only spoke; not a participant", officials=["Hazem Qassem"]),
 trap("future-plan", "is expected to travel to Cairo early next week for talks with President Abdel Fattah al-Sisi", "future trip", officials=["Mohammed bin Abdulrahman Al Thani", "Abdel Fattah al-Sisi"]),
 trap("other", "The three-stage truce took effect on Jan. 19", "truce start, not a meeting", date="2025-01-19"),
])

doc("b36-02.html", "2025-02-09", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Hamas delegation meets head of Egyptian intelligence | Palestine Today Network</title>
<meta property="article:published_time" content="2025-02-09T10:12:00+02:00"><script>window.dataLayer=[{"page":"news"}];</script></head>
<body>
<nav class="top"><ul><li><a href="/">Home</a></li><li><a href="/palestine">Palestine</a></li><li><a href="/region">Region</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/ar">عربي</a></li></ul></nav>
<div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/palestine">Palestine</a> &rsaquo; Politics</div>
<article>
<h1>Hamas delegation meets head of Egyptian intelligence, briefs Islamic Jihad leader</h1>
<div class="meta">Sunday 09 February 2025 &middot; 10:12 &middot; Gaza Desk</div>
<div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Telegram</a></div>
<figure><img src="/img/hamas-cairo.jpg" alt=""><figcaption>File photo: a Hamas delegation arriving in Cairo on 28 November 2024 (archive)</figcaption></figure>
<p>A leadership delegation of the Islamic Resistance Movement (Hamas) headed by Dr. Khalil al-Hayyah, head of the movement in the Gaza Strip, met on Saturday evening with Minister Hassan Mahmoud Rashad, head of Egypt's General Intelligence Service, the movement said in a statement.</p>
<p>According to the statement, the meeting reviewed the implementation of the ceasefire agreement and the preparations for negotiations on its second stage, and the delegation stressed the need to oblige the occupation to deliver the shelter materials stipulated in the humanitarian protocol.</p>
<p>Earlier on Saturday, the delegation held a separate meeting with Ziyad al-Nakhalah, Secretary-General of the Islamic Jihad movement, at his residence in Cairo, where the two sides agreed to keep coordinating their positions, the statement said.</p>
<p>The statement stressed that the delegation had not met any Israeli official and that all contacts went through the Egyptian and Qatari mediators.</p>
<p>The movement thanked Egypt for its efforts and said a further round of contacts with the mediators would be held "in the coming days".</p>
</article>
<aside class="related"><h3>Related</h3><ul>
<li><a href="/n/88121">Abu Marzouk: the occupation is stalling on the protocol</a> <span>06/02/2025</span></li>
<li><a href="/n/88090">Factions welcome Cairo's reconstruction conference plan</a> <span>04/02/2025</span></li>
<li><a href="/n/87975">Hamas delegation arrives in Cairo for talks with mediators</a> <span>31/01/2025</span></li>
</ul></aside>
<footer><p>&copy; 2025 Palestine Today Network. All rights reserved.</p><p><a href="/about">About</a> | <a href="/contact">Contact</a> | <a href="/privacy">Privacy</a></p></footer>
</body></html>
""", [
 ev("2025-02-08", "day", "meeting", "Cairo", ["Hamas"], ["Khalil al-Hayya", "Hassan Rashad"],
    "met on Saturday evening with Minister Hassan Mahmoud Rashad, head of Egypt's General Intelligence Service", key="K1-hamas-cairo-feb2025"),
 ev("2025-02-08", "day", "meeting", "Cairo", ["Hamas", "Palestinian Islamic Jihad"], ["Khalil al-Hayya", "Ziyad al-Nakhalah"],
    "Earlier on Saturday, the delegation held a separate meeting with Ziyad al-Nakhalah"),
], [
 trap("caption", "File photo: a Hamas delegation arriving in Cairo on 28 November 2024 (archive)", "photo caption date", date="2024-11-28"),
 trap("other", "had not met any Israeli official", "negated meeting"),
 trap("future-plan", "a further round of contacts with the mediators would be held", "plan"),
 trap("headline-list", "Hamas delegation arrives in Cairo for talks with mediators", "related-headline list, own date", date="2025-01-31"),
 trap("headline-list", "Abu Marzouk: the occupation is stalling on the protocol", "related-headline list"),
 trap("headline-list", "Factions welcome Cairo's reconstruction conference plan", "related-headline list", date="2025-02-04"),
])

alias("Abbas Araghchi", "Seyed Abbas Araghchi", "Seyyed Abbas Araghchi", "Araghchi", "Abbas Araqchi", "Araqchi")
alias("Iran", "Islamic Republic of Iran", "Iranian")
alias("Palestinian Authority", "State of Palestine", "Palestine")
alias("Mohammad Mustafa", "Dr. Mohammad Mustafa", "Mustafa")
alias("Antony Blinken", "Blinken")
alias("Masoud Pezeshkian", "Pezeshkian")
alias("Tamim bin Hamad Al Thani", "Sheikh Tamim bin Hamad Al Thani", "Emir of Qatar")

doc("b36-03.txt", "2024-10-03", """
PM and FM Meets Iranian Foreign Minister

Doha, October 03 (QNA) - His Excellency Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani met today with HE Minister of Foreign Affairs of the Islamic Republic of Iran Seyed Abbas Araghchi, on the sidelines of the third summit of the Asia Cooperation Dialogue (ACD) held in Doha.

During the meeting, they reviewed bilateral relations and ways to support and enhance them, in addition to discussing the latest developments in the region, particularly in the Gaza Strip and Lebanon, and the efforts to de-escalate and protect civilians.

At the beginning of the meeting, HE the Prime Minister received a written message from HE President of the Islamic Republic of Iran Dr. Masoud Pezeshkian addressed to His Highness the Amir Sheikh Tamim bin Hamad Al Thani, pertaining to relations between the two countries.

---

PM and FM Meets Palestinian Prime Minister

Doha, October 03 (QNA) - HE Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani met with HE Prime Minister and Minister of Foreign Affairs of the State of Palestine Dr. Mohammad Mustafa, who is currently visiting the country.

The meeting dealt with the humanitarian situation in the Gaza Strip and the West Bank, and Qatar's continued support for the brotherly Palestinian people.

---

PM and FM Receives Phone Call from US Secretary of State

Doha, October 03 (QNA) - HE Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani received a phone call today from HE US Secretary of State Antony Blinken.

During the call, they discussed the strategic relations between the two countries and the latest developments in the region, especially the efforts to reach an immediate and permanent ceasefire in the Gaza Strip and to prevent the conflict from expanding.

---

HE the Prime Minister and Minister of Foreign Affairs will head the delegation of the State of Qatar to the meetings of the Gulf Cooperation Council ministerial council, scheduled for next week.

QNA/AM
""", [
 ev("2024-10-03", "day", "meeting", "Doha", ["Iran"], ["Mohammed bin Abdulrahman Al Thani", "Abbas Araghchi"],
    "met today with HE Minister of Foreign Affairs of the Islamic Republic of Iran Seyed Abbas Araghchi"),
 ev("2024-10-03", "day", "meeting", "Doha", ["Palestinian Authority"], ["Mohammed bin Abdulrahman Al Thani", "Mohammad Mustafa"],
    "met with HE Prime Minister and Minister of Foreign Affairs of the State of Palestine Dr. Mohammad Mustafa, who is currently visiting the country"),
 ev("2024-10-03", "day", "call", None, [], ["Mohammed bin Abdulrahman Al Thani", "Antony Blinken"],
    "received a phone call today from HE US Secretary of State Antony Blinken"),
], [
 trap("other", "received a written message from HE President of the Islamic Republic of Iran Dr. Masoud Pezeshkian", "a letter, not a meeting; Pezeshkian and the Amir did not take part", officials=["Masoud Pezeshkian", "Tamim bin Hamad Al Thani"]),
 trap("future-plan", "will head the delegation of the State of Qatar to the meetings of the Gulf Cooperation Council ministerial council", "plan"),
 trap("other", "the third summit of the Asia Cooperation Dialogue (ACD) held in Doha", "summit setting, not itself a bilateral event"),
])

alias("Badr Albusaidi", "Sayyid Badr bin Hamad Albusaidi", "Badr bin Hamad Albusaidi", "Badr Al Busaidi", "Badr bin Hamad Al-Busaidi", "Albusaidi", "Al-Busaidi")
alias("Steve Witkoff", "Witkoff")
alias("United States", "US", "U.S.", "Washington")
alias("Sergey Lavrov", "Sergei Lavrov", "Lavrov")
alias("Faisal bin Farhan", "Prince Faisal bin Farhan", "Faisal bin Farhan Al Saud")

doc("b36-04.html", "2025-04-16", """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Araghchi, Omani FM discuss next round of indirect talks - Ministry of Foreign Affairs</title><style>.nav{float:left}</style></head>
<body>
<div class="nav">Ministry of Foreign Affairs | Islamic Republic of Iran</div>
<ul class="menu"><li>Home</li><li>Minister</li><li>Spokesperson</li><li>Press Releases</li><li>Consular Services</li><li>فارسی</li></ul>
<div class="crumbs">Home / News / Minister</div>
<h1>Araghchi, Omani FM discuss next round of indirect talks in phone call</h1>
<p class="date">16 April 2025 - 09:40</p>
<p>Foreign Minister Seyed Abbas Araghchi spoke by telephone on Tuesday night with his Omani counterpart Sayyid Badr bin Hamad Albusaidi about arrangements for the second round of indirect talks between Iran and the United States.</p>
<p>Araghchi thanked the Sultanate of Oman for hosting the first round, in which he and US special envoy Steve Witkoff exchanged positions through the Omani foreign minister in Muscat on Saturday. The Iranian foreign minister described the atmosphere of that round as calm and constructive.</p>
<p>The two ministers also reviewed the venue and timing of the next round, which is scheduled to be held in Rome on Saturday under Omani mediation.</p>
<p>In recent days the foreign minister has also exchanged messages with several regional counterparts, including Saudi Foreign Minister Prince Faisal bin Farhan, on the course of the talks.</p>
<p>Araghchi is due to travel to Moscow later this week to deliver a message to Russian officials, ministry spokesman Esmaeil Baghaei told reporters on Monday.</p>
<div class="share">Print | Email | Share</div>
<div class="tags">Tags: Oman, Araghchi, Indirect talks</div>
<h3>Latest news</h3>
<ul>
<li>Araghchi, Lavrov meet in Moscow 18 April 2025</li>
<li>Spokesman: Iran will not negotiate its enrichment right 14 April 2025</li>
<li>Deputy FM receives new ambassador of Brazil 13 April 2025</li>
</ul>
<div class="footer">All rights reserved for the Ministry of Foreign Affairs of the Islamic Republic of Iran &copy; 2025</div>
</body></html>
""", [
 ev("2025-04-15", "day", "call", None, [], ["Abbas Araghchi", "Badr Albusaidi"],
    "spoke by telephone on Tuesday night with his Omani counterpart Sayyid Badr bin Hamad Albusaidi"),
 ev("2025-04-12", "day", "talks", "Muscat", ["Iran", "United States"], ["Abbas Araghchi", "Steve Witkoff", "Badr Albusaidi"],
    "exchanged positions through the Omani foreign minister in Muscat on Saturday", required=False),
], [
 trap("future-plan", "which is scheduled to be held in Rome on Saturday under Omani mediation", "next round (19 April), future", date="2025-04-19"),
 trap("other", "exchanged messages with several regional counterparts, including Saudi Foreign Minister Prince Faisal bin Farhan", "messages are not a call or meeting", officials=["Faisal bin Farhan"]),
 trap("future-plan", "Araghchi is due to travel to Moscow later this week", "plan"),
 trap("headline-list", "Araghchi, Lavrov meet in Moscow 18 April 2025", "related list, date after publication", date="2025-04-18", officials=["Sergey Lavrov"]),
 trap("headline-list", "Deputy FM receives new ambassador of Brazil 13 April 2025", "related list", date="2025-04-13"),
 trap("other", "ministry spokesman Esmaeil Baghaei told reporters on Monday", "spokesman briefing, not a meeting", date="2025-04-14"),
])
