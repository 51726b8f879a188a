"""Issue 9, round 8: trap CLASSES rather than one set's trap lines. Every new blind set's first
run built false events on new shapes of the same classes (plans, cancellations, denials,
conditions, anniversaries, habits, background happenings, spokesmen's statements, captions and
related-headline lists). Each case below is a sentence written for this test in a shape real
reports use (never a report's words); a trap must yield no event, and where a real report stands
next to the trap, exactly that report with its own day."""
from __future__ import annotations

import pytest

from timeline_app.ingest.extract import extract_document

DATELINE = "Wednesday 10 March 2021"  # Mon 8, Tue 9, Sun 7, Sat 6, Fri 5, Thu 4 March


def dates(body: str) -> list[str | None]:
    doc = extract_document(f"Officials hold talks on regional crisis\n\n{DATELINE}\n\n{body}\n")
    return sorted(m.date for m in doc.mentions)


REAL_MON = "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met Hamas leader Ismail Haniyeh in Doha on Monday. "

# (id, article body, the dates of the events it reports)
CASES: list[tuple[str, str, list[str]]] = [
    # ---- plans and expectations
    ("due-in", "Egyptian intelligence chief Abbas Kamel is due in Doha on Thursday for talks with Hamas leaders, two sources said.", []),
    ("set-to-travel", "A Hamas delegation led by Khalil al-Hayya is set to travel to Cairo later this week to discuss the truce.", []),
    ("will-visit-where-to-meet", "Iranian Foreign Minister Hossein Amir-Abdollahian will visit Beirut on Friday, where he is to meet Hezbollah officials, the ministry said.", []),
    ("is-to-receive", "Russian Deputy Foreign Minister Mikhail Bogdanov is to receive a Taliban delegation in Moscow next week.", []),
    ("plans-to-host", "Turkish President Recep Tayyip Erdogan plans to host Hamas leader Ismail Haniyeh in Istanbul at the weekend.", []),
    ("invited-to-doha", "Qatar has invited Taliban and Afghan government negotiators to Doha for a new round of talks.", []),
    ("offered-to-host", "Oman offered on Tuesday to host a meeting between Houthi and Saudi officials in Muscat.", []),
    ("extended-invitation", "Sergei Lavrov extended an invitation on Monday to Hamas leader Ismail Haniyeh to visit Moscow.", []),
    ("accepted-invitation", "Hamas accepted on Tuesday a Russian invitation to hold talks in Moscow with Fatah, spokesman Hazem Qassem said.", []),
    ("could-travel", "Houthi negotiator Mohammed Abdulsalam could travel to Riyadh as early as next week, a Saudi source said.", []),
    ("might-resume", "Talks between Taliban and Pakistani officials might resume in Istanbul after the holiday, diplomats said.", []),
    ("would-then-fly", "Amir-Abdollahian would then fly to Damascus to consult Syrian President Bashar al-Assad.", []),
    ("expected-to-meet", "Hakan Fidan is expected to meet members of the Hamas political bureau in Doha on Saturday.", []),
    ("called-for-meeting", "Sheikh Mohammed called on Monday for an urgent meeting of Arab foreign ministers in Cairo.", []),
    ("proposed-hosting", "Egypt proposed on Tuesday hosting a meeting of the Palestinian factions in El Alamein next month.", []),
    ("hoped-to-meet", "Amir-Abdollahian said on Tuesday he hoped to meet Saudi Foreign Minister Faisal bin Farhan soon.", []),
    ("was-due-to-arrive", "Amir Khan Muttaqi was due to arrive in Islamabad on Monday for a three-day visit.", []),
    ("was-to-travel", "The Afghan minister was to travel to Agra on Sunday to see the Taj Mahal.", []),
    ("is-travelling-next-week", "Ismail Haniyeh is travelling to Ankara next week for talks with Erdogan, a Hamas official said.", []),
    ("arrival-then-expected", "A Hamas delegation arrived in Cairo on Sunday for a planned meeting with Egyptian intelligence officials. "
                              "An Israeli team is also expected to arrive in Cairo to join the talks.", ["2021-03-07"]),
    ("met-then-scheduled-onward", "Taliban Foreign Minister Amir Khan Muttaqi met Chinese Foreign Minister Wang Yi in Kabul on Monday. "
                                  "Wang is scheduled to travel on to Islamabad on Wednesday for a trilateral meeting with Pakistani officials.", ["2021-03-08"]),
    ("met-then-will-host", REAL_MON + "Erdogan will host Haniyeh in Istanbul on Saturday, Turkish officials said.", ["2021-03-08"]),
    ("met-then-next-round", REAL_MON + "The next round of talks with the Israeli side is slated for Sunday in Cairo.", ["2021-03-08"]),
    ("announced-trip", "The Kremlin announced on Tuesday that Vladimir Putin would receive the Taliban leader in Moscow in April.", []),
    ("agreed-to-meet", "Houthi and Saudi officials agreed on Monday to meet again in Muscat after Ramadan.", []),
    # ---- postponed, cancelled, called off, refused
    ("visit-cancelled", "A planned visit to New Delhi by Taliban Foreign Minister Amir Khan Muttaqi on Thursday was cancelled at the last minute.", []),
    ("trip-postponed", "Muttaqi's trip to Islamabad, which had been scheduled for Monday, was postponed over a travel ban.", []),
    ("meeting-called-off", "The meeting between Ismail Haniyeh and Mahmoud Abbas in Cairo on Saturday was called off after a dispute over the agenda.", []),
    ("refused-to-meet", "The Hamas delegation refused to meet Egyptian officials in Cairo on Monday.", []),
    ("declined-to-receive", "Hezbollah leader Naim Qassem declined to receive French envoy Jean-Yves Le Drian on Tuesday.", []),
    ("put-off", "Talks between Houthi and Saudi negotiators scheduled for Sunday in Muscat were put off indefinitely.", []),
    ("met-then-postponed", REAL_MON + "A planned visit by Haniyeh to Ankara later in the week was postponed.", ["2021-03-08"]),
    ("scrapped-leg", "The Agra leg of the Afghan minister's tour, planned for Sunday, was scrapped.", []),
    ("failed-to-travel", "Muttaqi failed to travel to Islamabad on Monday after the UN refused him an exemption.", []),
    # ---- denied, rumoured, unconfirmed
    ("denied-that", "Hamas denied on Tuesday that its leaders had met Iranian officials in Beirut last week.", []),
    ("rejected-rumours", "Taliban spokesman Zabihullah Mujahid rejected rumours that Muttaqi had held secret talks with Indian diplomats in Dubai on Sunday.", []),
    ("reports-false", "Reports that Sergei Lavrov met Houthi envoys in Moscow on Tuesday were false, the ministry said.", []),
    ("media-claimed-dismissed", "Israeli media claimed that Hamas official Mousa Abu Marzouk had met Russian envoy Mikhail Bogdanov in Doha on Friday, "
                                "a claim Hamas dismissed as fabricated.", []),
    ("denied-meeting", "Hezbollah officials denied meeting Iranian Foreign Minister Hossein Amir-Abdollahian during his stay in Beirut on Monday.", []),
    ("speculation", "There was speculation on Tuesday that Erdogan had received Haniyeh in Istanbul the previous day, but Ankara gave no confirmation.", []),
    # ---- hypothetical, conditional, counterfactual
    ("if-met", "If Hamas leaders met Egyptian officials in Cairo on Monday, a truce could follow.", []),
    ("had-visited-inverted", "Had Muttaqi visited New Delhi on Thursday, it would have marked a new chapter.", []),
    ("could-have-been-if", "It could have been a milestone if Muttaqi had travelled to New Delhi on Thursday.", []),
    ("any-meeting-would", "Any meeting between Erdogan and Haniyeh in Istanbul would anger Washington, analysts said.", []),
    ("should-receive", "Should the Houthis receive the Saudi envoy in Sanaa, the blockade may be eased.", []),
    ("only-once", "Amir-Abdollahian said he would meet Hezbollah leaders in Beirut only once a ceasefire was in place.", []),
    # ---- anniversaries and commemorations
    ("anniversary-killing", "Hezbollah supporters marked on Friday the first anniversary of the killing of Hassan Nasrallah in Beirut.", []),
    ("commemorate", "Iranian officials gathered in Kerman on Sunday to commemorate Qassem Soleimani, who was killed on 3 January 2020.", []),
    ("met-on-anniversary", "Ismail Haniyeh met Iranian Foreign Minister Hossein Amir-Abdollahian in Tehran on Monday, the anniversary of the 1979 revolution.", ["2021-03-08"]),
    ("memorial-hosted", "Hezbollah hosted a memorial ceremony on Sunday for Hamas official Saleh al-Arouri, who was killed in a drone strike in Beirut on January 2.", []),
    # ---- habitual and long-standing hosting
    ("hosted-since", "Qatar has hosted the political office of Hamas in Doha since 2012.", []),
    ("for-years-hosted", "Oman has for years hosted quiet talks between Tehran and Washington.", []),
    ("already-hosted-many", "Qatar has already hosted many meetings between Taliban officials and Western envoys.", []),
    ("every-month", "Egyptian intelligence officials meet Hamas leaders almost every month in Cairo.", []),
    ("previously-hosted-rounds", "The Sultanate had previously hosted several rounds of negotiations between the Yemeni government and the Houthis.", []),
    ("each-year", "Turkey is a regular host to Hamas officials, who visit Istanbul each year.", []),
    ("from-time-to-time", "Russian diplomats have kept in contact with the Taliban since 2015 and receive their envoys in Moscow from time to time.", []),
    ("met-then-habit", REAL_MON + "Qatar has hosted the movement's leaders for more than a decade.", ["2021-03-08"]),
    # ---- background: killings, strikes, agreements, ceasefires, elections
    ("met-months-after-killing", "Iranian Foreign Minister Abbas Araghchi met Hezbollah leader Naim Qassem in Beirut on Monday, "
                                 "two months after Hassan Nasrallah was killed in an Israeli strike on January 5.", ["2021-03-08"]),
    ("come-after-deal", "The talks come a year after the Taliban and Washington signed the Doha agreement on 29 February 2020.", []),
    ("met-ceasefire-held", "Houthi negotiators met Saudi officials in Riyadh on Tuesday. The ceasefire agreed in April last year has largely held.", ["2021-03-09"]),
    ("arrival-follows-election", "Iraqi Foreign Minister Fuad Hussein arrived in Tehran on Monday. The visit follows the Iranian presidential election on February 19.", ["2021-03-08"]),
    ("truce-collapsed", "The truce brokered by Egypt and Qatar on Friday collapsed on Sunday.", []),
    # (the later trip is a report of its own; the strike's day dates nothing)
    ("met-where-killed", REAL_MON + "Haniyeh later travelled to Tehran, where his predecessor's deputy had been killed in a strike on January 31.", ["2021-03-08", "2021-03-08"]),
    # ---- spokesmen, interviews, reporters, press conferences without a counterpart
    ("told-reporters", "Hamas spokesman Hazem Qassem told reporters in Gaza on Monday that the movement was studying the proposal.", []),
    ("interview", "Sergei Lavrov said in an interview with the newspaper Trud on Friday that Hamas was ready to attend talks in Moscow.", []),
    ("press-conference", "Taliban spokesman Zabihullah Mujahid held a press conference in Kabul on Tuesday.", []),
    ("speaking-to-journalists", "Speaking to journalists in Ankara on Friday, Erdogan declined to discuss his talks with the Hamas leader.", []),
    ("told-channel", "Houthi spokesman Mohammed Abdulsalam told Al Jazeera on Sunday that the group had received no new offer.", []),
    ("news-conference", "At a news conference in Tehran on Monday, Foreign Ministry spokesman Nasser Kanaani said Iran backed the talks.", []),
    ("told-lawmakers", "Erdogan told lawmakers of his party in parliament on Wednesday that he would host the Hamas leader.", []),
    ("met-then-press", "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha on Tuesday. "
                       "Speaking at a press conference in Ankara on Friday, Fidan said the risk of a wider war persisted.", ["2021-03-09"]),
    ("statement-issued", "In a statement issued late on Sunday, Taliban spokesman Zabihullah Mujahid welcomed the Qatari offer.", []),
    # ---- captions and related-headline lists
    ("related-list", REAL_MON + "\n\nRelated\n\nErdogan receives Hamas delegation in Istanbul, 12 January 2020\n\n"
                     "Lavrov meets Taliban envoys in Moscow - 3 February 2019", ["2021-03-08"]),
    ("file-photo", REAL_MON + "\n\nFile photo: Hezbollah leader Hassan Nasrallah receives Iranian Foreign Minister Mohammad Javad Zarif in Beirut, February 11, 2019 (AFP)",
     ["2021-03-08"]),
    ("read-more", REAL_MON + "\n\nRead more: Egypt hosts Palestinian factions in Cairo (August 2, 2020)", ["2021-03-08"]),
    # ---- more shapes of the same classes
    ("pushed-back", "Muttaqi's visit, originally planned for Monday, has been pushed back to next month.", []),
    ("heads-to-friday", "Iranian Foreign Minister Abbas Araghchi heads to Beirut on Friday for talks with Hezbollah leaders.", []),
    ("visit-which-begins", "Araghchi will also hold talks with Lebanese Prime Minister Najib Mikati during the two-day visit, which begins on Thursday.", []),
    ("would-likely-head", "Officials said a Hamas delegation would likely head to Cairo in the coming days.", []),
    ("may-meet-sources", "Steve Witkoff may meet Hamas negotiators in Doha, according to two sources.", []),
    ("expected-in-moscow", "The Taliban are expected in Moscow on 20 March for consultations with Russian officials.", []),
    ("stood-ready", "Mikhail Bogdanov said on Monday that Moscow stood ready to host the Palestinian factions at any time.", []),
    ("yet-to-meet", "Hamas leaders are yet to meet the new Egyptian intelligence chief Hassan Rashad.", []),
    ("no-date-set", "No date has been set for a meeting between Ismail Haniyeh and Mahmoud Abbas.", []),
    ("supposed-to", "Talks that were supposed to take place in Doha on Sunday between Hamas and Israeli negotiators did not happen.", []),
    ("shelved", "A summit between Erdogan and Ebrahim Raisi that had been pencilled in for Tuesday in Ankara was shelved.", []),
    ("several-trips-since", "Houthi officials have made several trips to Tehran since the war began.", []),
    ("used-to-receive", "Hassan Nasrallah used to receive Hamas delegations in Beirut every few months.", []),
    ("would-regularly", "In those years Iranian envoys would regularly fly to Sanaa to meet Houthi leaders.", []),
    ("who-hosts-then-met", "The Qatari emir Sheikh Tamim bin Hamad Al Thani, who hosts Hamas leaders in Doha, met Erdogan in Ankara on Tuesday.", ["2021-03-09"]),
    ("arrived-first-since-invaded", "Hakan Fidan arrived in Beirut on Monday, his first trip since Israel invaded southern Lebanon on October 1.", ["2021-03-08"]),
    ("news-conference-not-left", "Hamas official Osama Hamdan told a news conference in Beirut on Monday that the delegation had not yet left for Cairo.", []),
    ("weekly-briefing", "Nasser Kanaani, speaking at his weekly briefing on Monday, said Tehran would welcome a visit by Hamas leaders.", []),
    ("interview-broadcast", "Khalil al-Hayya told Al-Aqsa TV in an interview broadcast on Saturday that talks had stalled.", []),
    ("anonymous-official", "A senior Hamas official, speaking on condition of anonymity, told AFP on Tuesday that Haniyeh would travel to Cairo.", []),
    ("image-caption", REAL_MON + "\n\nImage: Taliban delegates arrive for talks in Moscow, 9 November 2018. Reuters", ["2021-03-08"]),
    ("pictured-caption", REAL_MON + "\n\nPictured: Erdogan meets Haniyeh at Dolmabahce Palace in Istanbul on April 20, 2019.", ["2021-03-08"]),
    ("more-on-this-story", REAL_MON + "\n\nMore on this story:\n\n- Zarif meets Nasrallah in Beirut (11 Feb 2019)\n\n- Hamas leaders visit Moscow (3 March 2020)", ["2021-03-08"]),
    ("dismissed-as-baseless", "Egypt has dismissed as baseless a report that its intelligence chief visited Tel Aviv on Sunday.", []),
    ("no-meeting-took-place", "The Taliban said no meeting with Indian officials took place in Doha on Sunday.", []),
    ("contrary-to-reports", "Contrary to media reports, Haniyeh did not travel to Tehran on Monday.", []),
    ("were-to-send", "Were Hamas to send a delegation to Cairo, Egypt would receive it.", []),
    ("in-the-event", "In the event that the Houthis travel to Riyadh, Omani mediators would accompany them.", []),
    ("provided-that", "Hamas would meet Fatah in Moscow provided the agenda is agreed.", []),
    ("celebrated-anniversary", "Egypt celebrated on Sunday the tenth anniversary of the reconciliation deal signed in Cairo between Hamas and Fatah.", []),
    ("received-regularly", "Hamas leaders have made Doha their home since 2012 and are received by Qatari officials regularly.", []),
    ("each-time", "Each time Hamas leaders visit Cairo, they meet the Egyptian intelligence chief.", []),
    ("met-ahead-of-elections", "Ismail Haniyeh met Egyptian intelligence chief Abbas Kamel in Cairo on Sunday, ahead of Palestinian elections set for May 22.", ["2021-03-07"]),
    ("met-week-after-deal", "Araghchi met Qatari Prime Minister Mohammed bin Abdulrahman Al Thani in Doha on Tuesday, "
                            "a week after Qatar and Iran signed a gas deal in Tehran on 2 March.", ["2021-03-09"]),
    ("interview-aired", "In an interview with Al Mayadeen aired on Sunday, Hezbollah deputy leader Naim Qassem said the group had no contacts with Washington.", []),
    # ---- a second round of shapes, written after the first fixes (same classes, new words)
    ("is-sending", "Hamas is sending a delegation to Cairo on Thursday, the group said.", []),
    ("scheduled-to-hold", "Ismail Haniyeh is scheduled to hold talks with Erdogan in Istanbul on Saturday.", []),
    ("due-to-hold", "The two leaders are due to hold talks in Ankara, officials said.", []),
    ("has-invited", "Vladimir Putin has invited Taliban leaders to the Kazan summit in October.", []),
    ("hopes-to-host", "Qatar hopes to host the next round of talks in Doha.", []),
    ("looks-forward", "Sergei Lavrov looks forward to receiving Ismail Haniyeh in Moscow.", []),
    ("slated-to-visit", "Hakan Fidan is slated to visit Tehran later this month.", []),
    ("in-the-works", "A visit by Erdogan to Cairo is in the works, two officials said.", []),
    ("could-take-place", "Diplomats said a meeting between Hamas and Fatah could take place in Algiers next week.", []),
    ("will-hold-starting", "The Houthi delegation will hold talks with Saudi officials in Riyadh over five days starting Thursday.", []),
    ("will-host-told", "Egypt will host a Hamas delegation next week for talks on the truce, an Egyptian official told Reuters on Monday.", []),
    ("intends-sidelines", "Abbas Araghchi intends to meet his Saudi counterpart in Jeddah on the sidelines of the OIC meeting.", []),
    ("expected-back", "Steve Witkoff is expected back in Doha this weekend for talks with Qatari mediators.", []),
    ("agreed-second-meeting", "Sergei Lavrov met Hamas official Mousa Abu Marzouk in Moscow on Monday. They agreed to hold a second meeting in April.", ["2021-03-08"]),
    ("would-be-held-on", "Mikhail Bogdanov announced that a meeting of Palestinian factions would be held in Moscow on 25 March.", []),
    ("invitations-sent", "Invitations have been sent to Hamas and Fatah for talks in Algiers on 2 April.", []),
    ("called-off-monday", "Erdogan's visit to Tehran was called off on Monday.", []),
    ("did-not-go-ahead", "Ismail Haniyeh's trip to Moscow did not go ahead.", []),
    ("never-took-place", "The Doha round of talks between the Taliban and Kabul never took place.", []),
    ("denied-visas", "The Taliban delegation was denied visas and could not travel to Oslo on Sunday.", []),
    ("boycotted", "Hamas boycotted the Cairo meeting of the factions on Tuesday.", []),
    ("skipped", "Mahmoud Abbas skipped the Algiers summit on Tuesday.", []),
    ("stayed-away", "Amir Khan Muttaqi stayed away from the Moscow format meeting on Wednesday.", []),
    ("not-confirmed-that", "Tehran has not confirmed that Haniyeh arrived in the Iranian capital on Monday.", []),
    ("neither-confirm-nor-deny", "Iraqi officials would neither confirm nor deny that a Houthi delegation visited Baghdad on Sunday.", []),
    ("according-unverified", "According to unverified reports, Houthi envoys met Iranian officials in Muscat on Friday.", []),
    ("newspaper-alleged", "A Saudi newspaper alleged that Houthi leaders had met Iranian officers in Sanaa on Monday.", []),
    ("called-report-a-lie", "Hamas called the report that Haniyeh had met Israeli officials in Cairo on Sunday a lie.", []),
    ("story-fabricated", "The ministry said the story of a secret meeting between Fidan and Israeli officials in Baku on Monday was fabricated.", []),
    ("unless-sends", "Unless Hamas sends a delegation to Cairo by Friday, the talks will collapse.", []),
    ("even-if-meets", "Even if Erdogan meets Haniyeh, little will change, analysts said.", []),
    ("if-it-happens", "A meeting between the two, if it happens, would be the first since 2019.", []),
    ("wonder-whether", "Analysts wonder whether Haniyeh will visit Ankara.", []),
    ("ceremony-commemorated", "The ceremony in Beirut on Monday commemorated Imad Mughniyeh, killed in Damascus in 2008.", []),
    ("coincided-anniversary", "Zalmay Khalilzad arrived in Doha on Monday. The visit coincided with the anniversary of the agreement signed on 29 February 2020.", ["2021-03-08"]),
    ("several-times-a-year", "Hamas delegations travel to Cairo several times a year.", []),
    ("on-many-occasions", "The Taliban have held talks with Chinese officials on many occasions.", []),
    ("frequent-visitors", "Qatari envoys are frequent visitors to Gaza.", []),
    ("venue-of-most", "Since 2013 Doha has been the venue of most meetings between the Taliban and Western diplomats.", []),
    ("typically-meet", "Iranian officials typically meet Houthi representatives in Muscat.", []),
    ("customary", "It is customary for the Egyptian intelligence chief to receive Hamas leaders at his office.", []),
    ("five-times-since", "Ismail Haniyeh has met Erdogan at least five times since 2019.", []),
    ("came-week-after-assassinated", "Hakan Fidan met Ismail Haniyeh in Doha on Tuesday. The meeting came a week after Israel assassinated Hamas official Saleh al-Arouri in Beirut on January 2.", ["2021-03-09"]),
    ("days-after-agreed", "Hakan Fidan met Ismail Haniyeh in Doha on Tuesday, days after Israel and Hamas agreed a ceasefire on Saturday.", ["2021-03-09"]),
    ("had-signed-declaration", "The factions had signed the Algiers declaration in October.", []),
    ("since-elections-twice", "Since the 2020 elections, Hamas officials have visited Moscow twice.", []),
    ("briefed-journalists", "Zabihullah Mujahid briefed journalists in Kabul on Monday.", []),
    ("weekly-briefing-doha", "Qatari spokesman Majed al-Ansari told a weekly briefing in Doha on Tuesday that talks were continuing.", []),
    ("remarks-state-tv", "In remarks to state television on Sunday, Araghchi said Tehran backed Hezbollah.", []),
    ("issued-statement", "Hamas issued a statement on Monday welcoming the Egyptian efforts.", []),
    ("gave-interview", "Hakan Fidan gave an interview to CNN Turk on Friday.", []),
    ("photo-reuters-file", REAL_MON + "\n\nPhoto: Reuters/File - Hamas leader Ismail Haniyeh meets Qatari Emir Sheikh Tamim bin Hamad Al Thani in Doha, 22 October 2019", ["2021-03-08"]),
    ("you-may-also-like", REAL_MON + "\n\nYou may also like:\n\nIran's foreign minister visits Damascus (5 January 2020)\n\nHouthis hold talks with Saudi team in Riyadh (14 September 2019)", ["2021-03-08"]),
    ("most-read", REAL_MON + "\n\nMost read\n\n1. Taliban envoy meets Chinese officials in Beijing 12.07.2019\n\n2. Lavrov receives Hamas leaders in Moscow 03.03.2020", ["2021-03-08"]),
    ("photo-by-afp", REAL_MON + "\n\n(Photo by AFP) Egyptian intelligence chief receives Hamas delegation in Cairo, 3 May 2018.", ["2021-03-08"]),
    # ---- a background day next to a report: an office taken, a quake, a letter, a strike, a posting
    ("took-office-last-august", "Iranian Foreign Minister Abbas Araghchi, who took office last August, met Qatari Prime Minister Mohammed bin Abdulrahman Al Thani in Doha on Monday.", ["2021-03-08"]),
    ("truce-took-effect", "Hamas leader Ismail Haniyeh met Egyptian intelligence chief Abbas Kamel in Cairo on Monday to discuss the truce that took effect on 21 May.", ["2021-03-08"]),
    ("first-since-war-began", "Houthi negotiators held talks with Saudi officials in Riyadh on Tuesday, the first such visit since the war began in March 2015.", ["2021-03-09"]),
    ("earthquake-struck", "Hakan Fidan received Ismail Haniyeh in Ankara. The meeting took place on Monday, two weeks after a deadly earthquake struck Malatya on February 20.", ["2021-03-08"]),
    ("had-warned-in-letter", "Taliban Foreign Minister Amir Khan Muttaqi held talks with Pakistani officials in Islamabad on Tuesday. "
                             "US President Joe Biden had warned in January, in a letter to the Taliban, against harbouring militants.", ["2021-03-09"]),
    ("funds-pledged-at", "Qatari envoy Mohammed al-Emadi arrived in Gaza on Monday with funds pledged at a donor conference in Cairo on 12 October 2014.", ["2021-03-08"]),
    ("statement-issued-later", "Sergei Lavrov met Ismail Haniyeh in Moscow on Tuesday, the ministry said in a statement issued on Wednesday.", ["2021-03-09"]),
    ("statement-posted-sunday", "Erdogan received Ismail Haniyeh in Istanbul on Saturday, according to a statement posted on Sunday.", ["2021-03-06"]),
    ("elected-in-october", "Hezbollah leader Naim Qassem, elected in October, received Abbas Araghchi in Beirut on Monday.", ["2021-03-08"]),
    ("took-power-2013", "The Qatari emir Sheikh Tamim bin Hamad Al Thani received Hamas leaders in Doha on Sunday. The emir took power in 2013 after his father abdicated.", ["2021-03-07"]),
    ("fled-in-2015", "Mohammed Abdulsalam, who fled Sanaa in 2015, met Omani Foreign Minister Badr Albusaidi in Muscat on Monday.", ["2021-03-08"]),
    ("said-tuesday-met-monday", "Turkish officials said on Tuesday that Hakan Fidan had met Ismail Haniyeh in Doha on Monday.", ["2021-03-08"]),
    ("first-since-ceasefire-of", "Abbas Araghchi met Hezbollah leader Naim Qassem in Beirut on Monday, his first visit since the ceasefire of 27 November.", ["2021-03-08"]),
    ("ambassador-posted", "Iranian Foreign Minister Hossein Amir-Abdollahian met Houthi negotiator Mohammed Abdulsalam in Muscat on Monday. Iran sent an ambassador to Sanaa in 2017.", ["2021-03-08"]),
    ("appointed-last-june", "Egypt's new intelligence chief Hassan Rashad, appointed last October, received a Hamas delegation in Cairo on Sunday.", ["2021-03-07"]),
    ("strike-killed-on", "Abbas Araghchi visited Beirut on Monday, months after the Israeli strike that killed Hassan Nasrallah on September 27.", ["2021-03-08"]),
    ("quake-saturday-visit", "A series of earthquakes struck the province of Herat on Saturday. Taliban Foreign Minister Amir Khan Muttaqi met Chinese Foreign Minister Wang Yi in Kabul on Monday.", ["2021-03-08"]),
    # ---- letters, cables, video links, forums addressed, statements of other weeks
    ("announced-recognised", "Russia announced on Monday that it had formally recognised the Taliban government.", []),
    ("addressed-by-video", "Naim Qassem addressed a conference in Tehran by video link on Sunday.", []),
    ("told-the-forum", "Ismail Haniyeh told the Doha Forum on Sunday that the movement wanted a lasting truce.", []),
    ("told-in-a-letter", "Abbas Araghchi told his Omani counterpart in a letter on Monday that Iran backed the talks.", []),
    ("in-a-letter-to", "In a letter to Hamas leader Ismail Haniyeh on Monday, Vladimir Putin thanked the movement for freeing a hostage.", []),
    ("sent-a-message", "Erdogan sent a message to Ismail Haniyeh on Tuesday.", []),
    ("wrote-to", "Sergei Lavrov wrote to Ismail Haniyeh on Monday about the talks.", []),
    ("congratulated-cable", "Ismail Haniyeh congratulated Ebrahim Raisi on his election in a cable on Monday.", []),
    ("travelled-around-months", "China's envoy Zhai Jun travelled around the Middle East in the months that followed the war.", []),
    ("conference-to-be-held-which-attend", "Iran will attend the Baghdad conference to be held on Sunday, officials said.", []),
    ("summit-to-which-invited", "Hamas has been invited to the Istanbul summit due next week.", []),
    ("had-said-last-week-would", "Erdogan had said last week that he would host Ismail Haniyeh.", []),
    ("said-thursday-last-week", "Hamas official Basem Naim said on Thursday last week that talks with the mediators had stalled.", []),
    ("had-previously-been-received", "Ismail Haniyeh had previously been received by Erdogan in 2019 and 2020.", []),
    ("had-met-several-times-before", "Ismail Haniyeh had met Erdogan several times before.", []),
    ("won-runoff-received", "Masoud Pezeshkian, who won the July 5 runoff, received Ismail Haniyeh in Tehran on Monday.", ["2021-03-08"]),
    ("video-call-not-visit", "Erdogan spoke with Ismail Haniyeh by video link on Monday.", ["2021-03-08"]),
    ("cable-received", "Hezbollah received a cable of condolence on Monday from the Hamas leadership.", []),
    ("invitation-received", "The Taliban received an invitation on Monday from Moscow to attend the Kazan forum.", []),
    ("mourners-received", "Mourners received the body of Saleh al-Arouri in Beirut on Friday.", []),
    ("birthday-anniversary-visit", "Iranian officials visited the shrine of Ayatollah Khomeini on Monday to mark the anniversary of his death.", []),
    # ---- wishes, requests, preparations and plans in other words
    ("is-heading-to", "Amir Khan Muttaqi is heading to Tehran next week for talks on water rights.", []),
    ("embarks-next-week", "Abbas Araghchi embarks next week on a regional tour that will take him to Doha and Muscat.", []),
    ("will-be-in", "Hakan Fidan will be in Doha on Saturday to meet Qatari mediators.", []),
    ("arrival-awaited", "The arrival of a Hamas delegation in Cairo is awaited on Thursday.", []),
    ("preparations-under-way", "Preparations are under way for a visit by Erdogan to Cairo in April.", []),
    ("date-yet-to-be-set", "A date for Haniyeh's visit to Moscow has yet to be set.", []),
    ("was-invited-to-visit", "Ismail Haniyeh was invited on Monday to visit Ankara.", []),
    ("had-planned-but", "Ismail Haniyeh had planned to visit Cairo on Monday but stayed in Doha.", []),
    ("was-supposed-to-meet", "Houthi negotiators were supposed to meet Saudi officials in Muscat on Sunday.", []),
    ("seeking-meeting", "Hamas is seeking a meeting with Egyptian intelligence chief Abbas Kamel in Cairo.", []),
    ("requested-meeting", "The Taliban requested a meeting with Chinese officials in Beijing on Monday.", []),
    ("pushing-for-talks", "Qatar is pushing for talks between Hamas and Israel in Doha next week.", []),
    ("possibility-of-meeting", "Erdogan did not rule out on Tuesday the possibility of meeting Ismail Haniyeh in Istanbul.", []),
    ("talks-next-round-tentatively", "A next round of talks in Doha has tentatively been set for 20 March.", []),
    ("the-aim-is-to-meet", "The aim is for Haniyeh to meet Erdogan in Ankara before the end of the month.", []),
    ("met-then-will-travel-where", "Hakan Fidan met Ismail Haniyeh in Doha on Tuesday. He will travel to Tehran on Thursday, where he is due to meet Iranian leaders.", ["2021-03-09"]),
    ("met-then-plan-to-return", "Abbas Araghchi met Naim Qassem in Beirut on Monday and said he planned to return to Beirut next month for further talks.", ["2021-03-08"]),
    # ---- habits, running processes and counts of occasions; a habit in an aside leaves the report
    ("have-been-holding-since", "Hamas and Fatah have been holding talks in Cairo since January.", []),
    ("meeting-regularly", "Officials from both sides have been meeting regularly in Muscat.", []),
    ("dozens-of-times", "Over the past decade, Qatar has received Hamas leaders dozens of times.", []),
    ("five-rounds-in-years", "Iran and Saudi Arabia held five rounds of talks in Baghdad in 2021 and 2022.", []),
    ("in-touch-for-months", "Houthi and Saudi officials have been in touch through Omani channels for months.", []),
    ("numerous-meetings-throughout", "Egyptian officials held numerous meetings with both sides throughout the war.", []),
    ("almost-weekly", "Throughout 2020, Hezbollah officials met Iranian envoys almost weekly.", []),
    ("four-times-since-start", "Since the start of the war, Hakan Fidan has visited Doha four times.", []),
    ("as-is-customary", "As is customary, the Qatari emir Sheikh Tamim bin Hamad Al Thani received the Hamas delegation at the Amiri Diwan on Sunday.", ["2021-03-07"]),
    ("as-usual-took-place", "As usual, the talks between Hamas and Egyptian intelligence chief Abbas Kamel took place at the intelligence headquarters in Cairo on Monday.", ["2021-03-08"]),
    ("who-regularly-hosts", "Erdogan, who regularly hosts Hamas leaders, received Ismail Haniyeh in Istanbul on Saturday.", ["2021-03-06"]),
    ("once-a-month", "Egyptian and Hamas officials meet once a month in Cairo to review the truce.", []),
    ("each-round-since", "Each round of talks since 2019 has been held in Doha.", []),
    # ---- near misses the new rules must leave alone: real reports beside a rumour, a denial, a habit, a count
    ("despite-speculation-of", "Despite speculation of a rift, Erdogan received Ismail Haniyeh in Istanbul on Saturday.", ["2021-03-06"]),
    ("met-then-dismissing-criticism", "Hakan Fidan met Ismail Haniyeh in Doha on Tuesday, dismissing criticism from Israel.", ["2021-03-09"]),
    ("when-arrives-will", "When Hakan Fidan arrives in Doha on Friday, he will meet Qatari mediators.", []),
    ("several-meetings-on-day", "Hakan Fidan held several meetings in Doha on Tuesday with Hamas and Qatari officials.", ["2021-03-09"]),
    ("which-regularly-hosts-received", "Qatar, which regularly hosts such talks, received the Hamas delegation led by Khalil al-Hayya on Sunday.", ["2021-03-07"]),
    ("confirmed-that-met", "Turkish officials confirmed on Tuesday that Hakan Fidan had met Ismail Haniyeh in Doha on Monday.", ["2021-03-08"]),
    ("reports-that-met-confirmed", "Reports that Fidan had met Haniyeh in Doha on Monday were confirmed by the Turkish ministry.", ["2021-03-08"]),
    ("rejected-proposal-met", "Hamas rejected the proposal on Monday after its leaders met Egyptian intelligence chief Abbas Kamel in Cairo.", ["2021-03-08"]),
    ("planned-visit-took-place", "The long-planned visit of Ismail Haniyeh to Moscow took place on Monday, when he met Sergei Lavrov.", ["2021-03-08"]),
    # ---- days still ahead beside a report: deadlines, expiries, elections, holy months
    ("deadline-set-for", "Ismail Haniyeh met Egyptian intelligence chief Abbas Kamel in Cairo on Monday, ahead of a deadline set for 15 March.", ["2021-03-08"]),
    ("before-ramadan-begins", "The Hamas delegation led by Khalil al-Hayya arrived in Cairo on Sunday, hoping to conclude a deal before Ramadan begins on 13 April.", ["2021-03-07"]),
    ("prepare-for-meeting-scheduled", "Sergei Lavrov met Mousa Abu Marzouk in Moscow on Monday to prepare for an intra-Palestinian meeting scheduled for 25 March.", ["2021-03-08"]),
    ("truce-expires", "Hakan Fidan met Ismail Haniyeh in Doha on Tuesday. The truce, which expires on 20 March, was discussed.", ["2021-03-09"]),
    ("week-before-elections", "Erdogan received Ismail Haniyeh in Istanbul on Saturday, a week before local elections on 13 March.", ["2021-03-06"]),
    ("who-is-due-friday", "Abbas Araghchi, who is due to travel to Oman on Friday, met Naim Qassem in Beirut on Monday.", ["2021-03-08"]),
    ("months-after-attack", "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met Ismail Haniyeh in Doha on Monday, five months after the October 7 attack.", ["2021-03-08"]),
    ("undated-arrival-ramadan", "A Hamas delegation arrived in Cairo for ceasefire talks, with mediators hoping for a truce before Ramadan, expected to begin around 13 April.", ["2021-03-10"]),
    ("met-deadline-expired-last", "Houthi negotiators met Saudi officials in Riyadh on Tuesday, after a truce expired on 2 October.", ["2021-03-09"]),
    ("met-summit-hosted-last", "Amir Khan Muttaqi met Chinese Foreign Minister Wang Yi in Kabul on Monday, months after China hosted a regional summit in Tunxi on 31 March.", ["2021-03-08"]),
    ("arrived-as-expected", "The Hamas delegation led by Khalil al-Hayya arrived in Cairo as expected on Sunday.", ["2021-03-07"]),
]


@pytest.mark.parametrize("body,expected", [(b, e) for _, b, e in CASES], ids=[c[0] for c in CASES])
def test_a_trap_class_builds_no_event(body: str, expected: list[str]) -> None:
    assert dates(body) == expected


# (id, article body, the dates of its reports, a spokesman, analyst, journalist or critic who met nobody)
NOT_THERE: list[tuple[str, str, list[str], str]] = [
    ("spokesman-said-met", "Hamas spokesman Hazem Qassem said a Hamas delegation had met Egyptian intelligence chief Abbas Kamel in Cairo on Monday.", ["2021-03-08"], "Hazem Qassem"),
    ("confirmed-by-spokesman", "Amir Khan Muttaqi met Pakistani envoy Mohammad Sadiq in Kabul on Monday. The meeting was confirmed by Taliban spokesman Zabihullah Mujahid.", ["2021-03-08"], "Zabihullah Mujahid"),
    ("spokesman-who-attended-presser", "Taliban deputy spokesman Hamdullah Fitrat, who held a news conference in Kabul on Tuesday, said Amir Khan Muttaqi had met Pakistani envoy Mohammad Sadiq on Monday.", ["2021-03-08"], "Hamdullah Fitrat"),
    ("told-aljazeera-had-held", "Senior Hamas official Osama Hamdan told Al Jazeera on Sunday that Ismail Haniyeh had held talks with Egyptian intelligence chief Abbas Kamel in Cairo on Saturday.", ["2021-03-06"], "Osama Hamdan"),
    ("ansari-told-reporters", "Qatari spokesman Majed al-Ansari told reporters in Doha on Tuesday that Hamas negotiators had met Qatari and Egyptian mediators on Monday.", ["2021-03-08"], "Majed al-Ansari"),
    ("weekly-presser-said-held", "Iranian foreign ministry spokesman Esmaeil Baghaei, speaking at his weekly news conference on Monday, said Abbas Araghchi had held talks with Omani Foreign Minister Badr Albusaidi in Muscat on Sunday.", ["2021-03-07"], "Esmaeil Baghaei"),
    ("quoted-by-agency", "Hakan Fidan met Ismail Haniyeh in Doha on Tuesday, the Anadolu news agency reported, quoting ministry spokesman Oncu Keceli.", ["2021-03-09"], "Oncu Keceli"),
    ("journalist-asked", "Erdogan received Ismail Haniyeh in Istanbul on Saturday. Asked by journalist Ragip Soylu about the meeting, Erdogan declined to comment.", ["2021-03-06"], "Ragip Soylu"),
    ("analyst-said", "Sergei Lavrov met Hamas official Mousa Abu Marzouk in Moscow on Monday. Analyst Nikolay Kozhanov said the meeting showed Russia's ambitions.", ["2021-03-08"], "Nikolay Kozhanov"),
    ("critic-condemned", "Erdogan received Ismail Haniyeh in Istanbul on Saturday. Israeli Foreign Minister Israel Katz condemned the meeting on Sunday.", ["2021-03-06"], "Israel Katz"),
]


@pytest.mark.parametrize("body,expected,speaker", [(b, e, w) for _, b, e, w in NOT_THERE], ids=[c[0] for c in NOT_THERE])
def test_who_tells_or_judges_a_meeting_is_not_at_it(body: str, expected: list[str], speaker: str) -> None:
    doc = extract_document(f"Officials hold talks on regional crisis\n\n{DATELINE}\n\n{body}\n")
    assert sorted(m.date for m in doc.mentions) == expected
    assert all(speaker not in {p.actor.name for p in m.participants} for m in doc.mentions)


# page furniture around a report: print, save and update stamps, related lists, captions told as prose
BODY = ("Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met Hamas leader Ismail Haniyeh in Doha on Monday, the ministry said.\n\n"
        "The two discussed the truce and aid to Gaza.\n")


def page(before: str = "", after: str = "") -> str:
    return f"Qatari premier meets Hamas leader in Doha\n\n{before}{DATELINE}\n\n{BODY}{after}"


FURNITURE: list[tuple[str, str, list[str]]] = [
    ("last-updated-after", page(after="\nLast updated 14 March 2021 | 07:45 GMT\n"), ["2021-03-08"]),
    ("posted-by-admin", page(after="\nPosted on March 15, 2021 by admin\n"), ["2021-03-08"]),
    ("accessed", page(after="\nAccessed 16 March 2021\n"), ["2021-03-08"]),
    ("saved-from", page(before="Saved from https://news.example.org/qatar-hamas on 18 March 2021\n\n"), ["2021-03-08"]),
    ("downloaded", page(before="Downloaded: 2021-03-19 10:22\n\n"), ["2021-03-08"]),
    ("copyright-published", page(after="\n© 2021 Example News. Republished 20/03/2021\n"), ["2021-03-08"]),
    ("related-headline-then-date", page(after="\nRelated Articles\n\nQatar hosts Taliban talks in Doha\n\nMarch 2, 2021\n\nErdogan meets Hamas chief in Istanbul\n\nFebruary 27, 2021\n"), ["2021-03-08"]),
    ("previous-next", page(after="\nPrevious article: Haniyeh meets Lavrov in Moscow on 3 March\n\nNext article: Iran's foreign minister arrives in Beirut on 9 March\n"), ["2021-03-08"]),
    ("trending", page(after="\nTrending now\n\nIranian foreign minister arrives in Beirut - 09/03/2021\n\nTaliban delegation visits Moscow - 05/03/2021\n"), ["2021-03-08"]),
    ("caption-position-marker", page(after="\nHamas leader Ismail Haniyeh (R) meets Qatar's emir Sheikh Tamim bin Hamad Al Thani in Doha on October 22, 2019.\n"), ["2021-03-08"]),
    ("caption-centre", page(after="\nKhalil al-Hayya, centre, arrives in Cairo on 3 May 2018.\n"), ["2021-03-08"]),
    ("caption-left-right", page(after="\nIranian Foreign Minister Mohammad Javad Zarif, left, and Hezbollah leader Hassan Nasrallah meet in Beirut, February 11, 2019.\n"), ["2021-03-08"]),
    ("tags-with-date", page(after="\nTags: Hamas, Qatar, Doha talks, 2019 visit\n"), ["2021-03-08"]),
    ("more-from-author", page(after="\nMore from this author\n\nLavrov receives Taliban envoys (24 February 2021)\n\nHouthi delegation arrives in Muscat (17 February 2021)\n"), ["2021-03-08"]),
]


@pytest.mark.parametrize("text,expected", [(t, e) for _, t, e in FURNITURE], ids=[c[0] for c in FURNITURE])
def test_page_furniture_dates_no_event(text: str, expected: list[str]) -> None:
    doc = extract_document(text)
    assert doc.articles[0].published == "2021-03-10"
    assert sorted(m.date for m in doc.mentions) == expected
