"""Round 11 (datex): the event date of small documents printed the way news sites, agencies and
ministries print them -- publication lines, stamps, datelines, bylines, saved-page metadata --
and the ways a body refers to its days. Each row is a document written for this test (a
publication form and a body sentence in the shape real reports use, never a report's words)
and the (date, precision) of every event it holds. Plain text rows go through
`extract_document`; saved-page rows through the HTML reader first, as an ingest does."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_app.ingest.extract import extract_document
from timeline_app.ingest.html_page import read_html

SAVED = date(2026, 11, 30)
HEAD = "Ministers hold talks on regional situation"
MORE = "The two sides discussed bilateral relations and the latest developments in the region, the statement added."


def _doc(publine: str, body: str, head: str = HEAD, above: str = "") -> str:
    top = f"{above}\n\n" if above else ""
    lines = f"\n\n{publine}" if publine else ""
    return f"{top}{head}{lines}\n\n{body}\n\n{MORE}\n"


def _dates(text: str, hint: date | None = None, saved: date = SAVED) -> list[tuple[str | None, str]]:
    result = extract_document(text, published_hint=hint, saved_on=saved)
    return sorted({(m.date, m.precision) for m in result.mentions})


def _day(value: str) -> list[tuple[str, str]]:
    return [(value, "day")]


# ----------------------------------------------------------------- publication lines (plain text)
# (publication line under the headline, body sentence, the event's day)
PUBLINES = [
    ("Published: 03/04/2021 14:05",
     "Turkish Foreign Minister Mevlut Cavusoglu met Hamas political bureau chief Ismail Haniyeh in Istanbul on Saturday.",
     "2021-04-03"),
    ("Updated: Wed 5 Jul 2023",
     "Iranian Foreign Minister Hossein Amir-Abdollahian received Houthi spokesman Mohammed Abdulsalam in Tehran on Tuesday.",
     "2023-07-04"),
    ("5 July, 2023 | 09:12 GMT",
     "Omani Foreign Minister Badr Albusaidi met Houthi negotiator Mohammed Abdulsalam in Muscat on Wednesday.",
     "2023-07-05"),
    ("Jul 5, 2023 - 09:12",
     "Russian Foreign Minister Sergey Lavrov held talks with Taliban foreign minister Amir Khan Muttaqi in Moscow on Monday.",
     "2023-07-03"),
    ("Last Modified: 12 March 2024",
     "Turkish Foreign Minister Hakan Fidan met Hamas political bureau chief Ismail Haniyeh in Ankara on Sunday.",
     "2024-03-10"),
    ("Posted on March 12, 2024 by Staff Writer",
     "Chinese Foreign Minister Wang Yi met Taliban foreign minister Amir Khan Muttaqi in Beijing on Monday.",
     "2024-03-11"),
    ("By Leila Haddad | 14 Feb 2024",
     "Lebanese Parliament Speaker Nabih Berri received Iranian Foreign Minister Hossein Amir-Abdollahian in Beirut on Tuesday.",
     "2024-02-13"),
    ("14.02.2024",
     "Egyptian Foreign Minister Sameh Shoukry met a Hamas delegation headed by Khalil al-Hayya in Cairo on Wednesday.",
     "2024-02-14"),
    ("17:33 GMT 14.02.2024",
     "Russian Foreign Minister Sergey Lavrov received Hamas leader Ismail Haniyeh in Moscow on Tuesday.",
     "2024-02-13"),
    ("2024-02-14 19:15:00",
     "Chinese Foreign Minister Wang Yi held talks with Turkish Foreign Minister Hakan Fidan in Beijing on Wednesday.",
     "2024-02-14"),
    ("Published: 2024-2-14 17:56:56",
     "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met Hamas leader Ismail Haniyeh in Doha on Monday.",
     "2024-02-12"),
    ("Published March 24,2021",
     "Turkish Foreign Minister Mevlut Cavusoglu met Iranian Foreign Minister Mohammad Javad Zarif in Istanbul on Tuesday.",
     "2021-03-23"),
    ("Tuesday\u060c 05 September 2023 - 01:02 PM",
     "Egyptian Foreign Minister Sameh Shoukry received Hamas leader Ismail Haniyeh in Cairo on Monday.",
     "2023-09-04"),
    ("Wed - 14 Aug 2019 - 02:58 AM",
     "Iranian Foreign Minister Mohammad Javad Zarif met Houthi spokesman Mohammed Abdulsalam in Tehran on Tuesday.",
     "2019-08-13"),
    ("Sunday 20, January 2019 in 9:52 PM",
     "Omani Foreign Minister Yusuf bin Alawi received Iranian Foreign Minister Mohammad Javad Zarif in Muscat on Saturday.",
     "2019-01-19"),
    ("2024.10.09 13:15",
     "Saudi Foreign Minister Faisal bin Farhan received Iranian Foreign Minister Abbas Araghchi in Riyadh on Wednesday.",
     "2024-10-09"),
    ("Xinhua) 08:29, December 13, 2022",
     "Chinese Foreign Minister Wang Yi met Iranian Foreign Minister Hossein Amir-Abdollahian in Beijing on Monday.",
     "2022-12-12"),
    ("April 7, 2023 at 1:18 pm | Published in: News",
     "Turkish Foreign Minister Mevlut Cavusoglu met Russian Foreign Minister Sergey Lavrov in Ankara on Friday.",
     "2023-04-07"),
    ("Published September 12, 2022 | 10:28 PM",
     "Russian Foreign Minister Sergey Lavrov met Hamas leader Ismail Haniyeh in Moscow on Monday.",
     "2022-09-12"),
    ("\u0660\u0665/\u0660\u0667/\u0662\u0660\u0662\u0663",
     "Lebanese Parliament Speaker Nabih Berri received Iranian Foreign Minister Hossein Amir-Abdollahian in Beirut on Tuesday.",
     "2023-07-04"),
    ("\u06f1\u06f4/\u06f0\u06f3/\u06f2\u06f0\u06f2\u06f4",
     "Iranian Foreign Minister Hossein Amir-Abdollahian met Houthi spokesman Mohammed Abdulsalam in Tehran on Wednesday.",
     "2024-03-13"),
    ("Friday, 3 February 2023 / 12 Rajab 1444 AH",
     "Qatari Foreign Minister Mohammed bin Abdulrahman Al Thani received Hamas leader Ismail Haniyeh in Doha on Thursday.",
     "2023-02-02"),
    ("12 Rajab 1444 - 3 February 2023",
     "Turkish Foreign Minister Mevlut Cavusoglu met Iranian Foreign Minister Hossein Amir-Abdollahian in Ankara on Wednesday.",
     "2023-02-01"),
    ("Yesterday 14:05 | Tuesday 12 March 2024",
     "Egyptian Foreign Minister Sameh Shoukry met a Hamas delegation headed by Khalil al-Hayya in Cairo on Monday.",
     "2024-03-11"),
    ("Published: 12 March 2024 | Updated: 14 March 2024",
     "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met Hamas leader Ismail Haniyeh in Doha on Monday.",
     "2024-03-11"),
    ("Updated 14 March 2024, first published 12 March 2024",
     "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Istanbul on Monday.",
     "2024-03-11"),
    ("Thu 14 Mar 2024 10.05 GMT",
     "Russian Foreign Minister Sergey Lavrov received a Hamas delegation headed by Mousa Abu Marzouk in Moscow on Wednesday.",
     "2024-03-13"),
    ("March 14th, 2024",
     "Chinese Foreign Minister Wang Yi met Taliban foreign minister Amir Khan Muttaqi in Beijing on Wednesday.",
     "2024-03-13"),
    ("14th March 2024",
     "Saudi Foreign Minister Faisal bin Farhan received Iranian Foreign Minister Hossein Amir-Abdollahian in Riyadh on Wednesday.",
     "2024-03-13"),
    ("14 MAR 2024",
     "Omani Foreign Minister Badr Albusaidi met Houthi negotiator Mohammed Abdulsalam in Muscat on Thursday.",
     "2024-03-14"),
    ("Mar. 14, 2024 11:05 a.m. ET",
     "Egyptian Foreign Minister Sameh Shoukry received Hamas leader Ismail Haniyeh in Cairo on Wednesday.",
     "2024-03-13"),
    ("14/03/2024 - 11:05",
     "Turkish Foreign Minister Hakan Fidan met Iranian Foreign Minister Hossein Amir-Abdollahian in Istanbul on Wednesday.",
     "2024-03-13"),
    ("Date: 2024/03/14",
     "Lebanese Parliament Speaker Nabih Berri received Iranian Foreign Minister Hossein Amir-Abdollahian in Beirut on Thursday.",
     "2024-03-14"),
    ("Publish date: Thursday 14 March 2024 - 11:05",
     "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met Hamas leader Ismail Haniyeh in Doha on Wednesday.",
     "2024-03-13"),
    ("14 March 2024 | 11:05 Kabul time",
     "Chinese Foreign Minister Wang Yi met Taliban foreign minister Amir Khan Muttaqi in Kabul on Wednesday.",
     "2024-03-13"),
    ("Last Updated: Thursday, March 14, 2024 - 11:05",
     "Russian Foreign Minister Sergey Lavrov met Taliban foreign minister Amir Khan Muttaqi in Moscow on Wednesday.",
     "2024-03-13"),
    ("Politics | 14-03-2024 | 11:05",
     "Iranian Foreign Minister Hossein Amir-Abdollahian met Hamas leader Ismail Haniyeh in Doha on Wednesday.",
     "2024-03-13"),
    ("14 March 2024 (IRNA)",
     "Iranian Foreign Minister Hossein Amir-Abdollahian met Houthi spokesman Mohammed Abdulsalam in Tehran on Wednesday.",
     "2024-03-13"),
    ("Source: Xinhua | 2024-03-14 21:04:36 | Editor: huaxia",
     "Chinese Foreign Minister Wang Yi met Iranian Foreign Minister Hossein Amir-Abdollahian in Beijing on Wednesday.",
     "2024-03-13"),
    ("By Mehmet Yilmaz, Anadolu Agency\n14.03.2024 - Update : 15.03.2024",
     "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Istanbul on Wednesday.",
     "2024-03-13"),
    ("Thursday, 14 March 2024 | 4 Ramadan 1445",
     "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met Hamas leader Ismail Haniyeh in Doha on Wednesday.",
     "2024-03-13"),
    ("Esfand 24, 1402 - March 14, 2024",
     "Iranian Foreign Minister Hossein Amir-Abdollahian received Hamas leader Ismail Haniyeh in Tehran on Wednesday.",
     "2024-03-13"),
    ("14 Mar, 2024 | 11:05 PM IST",
     "Russian Foreign Minister Sergey Lavrov met Taliban foreign minister Amir Khan Muttaqi in Moscow on Wednesday.",
     "2024-03-13"),
    ("11:05 AM, March 14, 2024",
     "Omani Foreign Minister Badr Albusaidi met Houthi negotiator Mohammed Abdulsalam in Muscat on Wednesday.",
     "2024-03-13"),
    ("Published on: 14 March, 2024 at 11:05 am",
     "Egyptian Foreign Minister Sameh Shoukry received a Hamas delegation headed by Khalil al-Hayya in Cairo on Wednesday.",
     "2024-03-13"),
    ("Posted by Editor on 14/03/2024 at 11:05",
     "Lebanese Parliament Speaker Nabih Berri received Iranian Foreign Minister Hossein Amir-Abdollahian in Beirut on Wednesday.",
     "2024-03-13"),
    ("2 hours ago | 14 March 2024",
     "Saudi Foreign Minister Faisal bin Farhan received Iranian Foreign Minister Hossein Amir-Abdollahian in Riyadh on Wednesday.",
     "2024-03-13"),
    ("Story by Leila Haddad \u2022 14 March 2024",
     "Turkish Foreign Minister Hakan Fidan met Iranian Foreign Minister Hossein Amir-Abdollahian in Ankara on Wednesday.",
     "2024-03-13"),
    ("Wednesday, 13 March 2024 - 11:05 PM | Thursday, 14 March 2024 - 09:00 AM",
     "Chinese Foreign Minister Wang Yi met Taliban foreign minister Amir Khan Muttaqi in Beijing on Wednesday.",
     "2024-03-13"),
    ("2024\u5e743\u670814\u65e5 14 March 2024",
     "Chinese Foreign Minister Wang Yi held talks with Iranian Foreign Minister Hossein Amir-Abdollahian in Beijing on Wednesday.",
     "2024-03-13"),
]


@pytest.mark.parametrize("publine, body, day", PUBLINES, ids=[p[0][:40] for p in PUBLINES])
def test_a_publication_line_dates_the_weekday_of_its_report(publine: str, body: str, day: str) -> None:
    assert _dates(_doc(publine, body)) == _day(day)


# ----------------------------------------------------------------- datelines and the year of year-less ones
DATELINES = [
    ("dateline with agency in slashes",
     _doc("", "MOSCOW, October 4. /TASS/. Russian Foreign Minister Sergey Lavrov held talks with Hamas leader Ismail Haniyeh on Tuesday.",
          above="04.10.2022"),
     "2022-10-04"),
    ("place and agency after a comma",
     _doc("", "Beirut, Jan 12, 2014, IRNA \u2013 Iranian Foreign Minister Mohammad Javad Zarif met Lebanese Parliament Speaker Nabih Berri on Sunday."),
     "2014-01-12"),
    ("colon dateline under a stamp",
     _doc("Published: 27 October 2021",
          "KUWAIT CITY, Oct 26: Kuwaiti Foreign Minister Ahmad Nasser Al-Mohammad Al-Sabah met Iranian Foreign Minister Hossein Amir-Abdollahian on Tuesday."),
     "2021-10-26"),
    ("agency stamp then wire dateline",
     _doc("2022-12-12 19:15:00",
          "BEIJING, Dec. 12 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with Iranian Foreign Minister Hossein Amir-Abdollahian in Beijing on Monday."),
     "2022-12-12"),
    ("syndicated wire with an ordinal date and the agency inside brackets",
     _doc("", "ABU DHABI, (Gulf Wire / WAM - 16th Feb, 2020) Emirati Foreign Minister Abdullah bin Zayed received Omani Foreign Minister Yusuf bin Alawi on Sunday."),
     "2020-02-16"),
    ("Sputnik-style bracketed date",
     _doc("", "MOSCOW (Agency Wire / Sputnik - 12th September, 2022) Russian Foreign Minister Sergey Lavrov met Hamas leader Ismail Haniyeh on Monday."),
     "2022-09-12"),
    ("year-less wire dateline whose year the page stamp gives",
     _doc("Published: 22 February 2024",
          "KUWAIT, Feb 22 (KUNA) -- Kuwaiti Foreign Minister Abdullah Al-Yahya met Iranian Foreign Minister Hossein Amir-Abdollahian on Thursday."),
     "2024-02-22"),
    ("year-less dateline of the last day of a year under a stamp of the new year",
     _doc("Published: 2 January 2025",
          "TEHRAN, Dec. 31 (MNA) \u2013 Iranian Foreign Minister Abbas Araghchi received Houthi spokesman Mohammed Abdulsalam in Tehran on Tuesday."),
     "2024-12-31"),
    ("year-less dateline under a site clock of the new year",
     _doc("", "KUWAIT, Dec 30 (KUNA) -- Kuwaiti Foreign Minister Abdullah Al-Yahya met Iranian Foreign Minister Abbas Araghchi on Monday.",
          above="Sat. Jan 4th, 2025"),
     "2024-12-30"),
    ("agency line above the headline, place and date in the lede",
     _doc("", "ANKARA (AA) - 14.02.2024 - Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Ankara on Tuesday."),
     "2024-02-13"),
    ("Yemeni site stamp with an Arabic clock word",
     _doc("English - Thursday 14 September 2023 \u0627\u0644\u0633\u0627\u0639\u0629 05:24 pm",
          "Sanaa, NewsWire: Omani Foreign Minister Badr Albusaidi met Houthi negotiator Mohammed Abdulsalam in Muscat on Wednesday."),
     "2023-09-13"),
    ("Mehr-style stamp above the headline and wire dateline under it",
     _doc("", "TEHRAN, Apr. 30 (MNA) \u2013 Iranian Foreign Minister Mohammad Javad Zarif met Houthi spokesman Mohammed Abdulsalam in Tehran on Tuesday.",
          above="30 April 2019 - 19:19"),
     "2019-04-30"),
    ("dateline with the weekday in words",
     _doc("", "DOHA, Monday, 11 March 2024 (QNA) - Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met Hamas leader Ismail Haniyeh in Doha."),
     "2024-03-11"),
    ("Saudi agency dateline with the Hijri date first",
     _doc("", "Jeddah, Jumada II 12, 1445, Dec 25, 2023, SPA -- Saudi Foreign Minister Faisal bin Farhan received Iranian Foreign Minister "
              "Hossein Amir-Abdollahian in Jeddah on Monday."),
     "2023-12-25"),
    ("year-less dateline over a plan told with the next year's date",
     _doc("", "CAIRO, Dec 29 (MENA) - Egyptian Foreign Minister Badr Abdelatty met a Hamas delegation headed by Khalil al-Hayya in Cairo on Sunday. "
              "The next round of talks is due to be held on January 10, 2025."),
     "2024-12-29"),
    ("year-less dateline over a round told with last year's date",
     _doc("", "DOHA, Jan 5 (QNA) - Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met a Hamas delegation headed by Khalil al-Hayya "
              "in Doha on Sunday. The talks follow a round held in Cairo on December 20, 2024."),
     "2025-01-05"),
    ("Al-Ahram style stamp with its last update",
     _doc("Thursday, 14 March 2024 6:05 PM [ Last Update: Friday, 15 March 2024 9:10 AM ] Local time in Cairo",
          "Egyptian Foreign Minister Sameh Shoukry received Hamas leader Ismail Haniyeh in Cairo on Wednesday."),
     "2024-03-13"),
    ("Kabul-time stamp with the weekday",
     _doc("Published: Tuesday, 12 March 2024 22:35 Kabul time",
          "Chinese Foreign Minister Wang Yi met Taliban foreign minister Amir Khan Muttaqi in Kabul on Tuesday."),
     "2024-03-12"),
    ("wire dateline with a full date after it on the headline line",
     _doc("", "Kabul (BNA) Sept 12, 2024 -- Chinese Foreign Minister Wang Yi met Taliban foreign minister Amir Khan Muttaqi in Kabul on Thursday."),
     "2024-09-12"),
]


DATELINES += [
    ("a sign-off told as a sentence",
     f"{HEAD}\n\nTurkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Istanbul on Wednesday.\n\n{MORE}\n\n"
     "This article was originally published on 14 March 2024.\n",
     "2024-03-13"),
    ("a printed page's stamp above the headline",
     f"Printed: 30 Nov 2026 10:52\n\n{HEAD}\n\nISTANBUL, March 14, 2024 (AA) - Turkish Foreign Minister Hakan Fidan met Hamas leader "
     f"Ismail Haniyeh in Istanbul on Wednesday.\n\n{MORE}\n\nPage 1 of 2\n",
     "2024-03-13"),
    ("a site name and the day above the headline",
     f"Tehran Times - Thursday, March 14, 2024\n\n{HEAD}\n\nIranian Foreign Minister Hossein Amir-Abdollahian met Houthi spokesman "
     f"Mohammed Abdulsalam in Tehran on Wednesday.\n\n{MORE}\n",
     "2024-03-13"),
    ("a mail header's sent line",
     f"From: Desk <desk@example.org>\nSent: Thursday, March 14, 2024 11:05 AM\nSubject: {HEAD}\n\nChinese Foreign Minister Wang Yi met "
     f"Taliban foreign minister Amir Khan Muttaqi in Beijing on Wednesday.\n\n{MORE}\n",
     "2024-03-13"),
]


# datelines of other shapes opening the lede
_QW = "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met Hamas leader Ismail Haniyeh on Wednesday."
DATELINES += [
    (f"lede dateline: {opening.strip(' -:')}", _doc("", opening + _QW), "2024-03-13") for opening in [
        "(ANTARA) - Doha, 14 March 2024 - ",
        "14 March 2024 \u2014 Doha: ",
        "Thursday, 14 March 2024 (Doha) \u2014 ",
        "DOHA // March 14, 2024 // ",
        "Doha, 14/03/2024 (QNA) - ",
        "Doha-QNA, 14 March 2024: ",
        "Doha, Thursday, 14 March 2024 (QNA) - ",
        "Doha, 4 Ramadan 1445 / 14 March 2024 (QNA) - ",
        "Doha, 14-3-2024 (QNA) - ",
        "Islamabad, March 14, 2024 (APP): ",
        "DOHA, Qatar (AP) \u2014 March 14, 2024 \u2014 ",
    ]
]
DATELINES += [
    ("a wire's date under its reporting line",
     f"{HEAD}\n\nDOHA (Reuters) - {_QW}\n\n{MORE}\n\nReporting by A. Writer; Editing by B. Editor\n\nMarch 14, 2024 11:05 AM GMT+3\n",
     "2024-03-13"),
    ("a lede that opens with a day that is no dateline",
     _doc("Thursday 14 March 2024", "On 12 March 2024 - the day the mediators met - Qatari Prime Minister Mohammed bin Abdulrahman Al Thani "
          "received Hamas leader Ismail Haniyeh on Wednesday."),
     "2024-03-13"),
]


# a date line under the headline that is a later posting or update: the lede's dateline counts the weekdays
_FS = "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Istanbul on Saturday."
DATELINES += [
    ("an update line over a year-less dateline", _doc("Updated: 2 May 2024", "ISTANBUL, April 21 (AA) - " + _FS), "2024-04-20"),
    ("a reposting's date over a full dateline", _doc("2 May 2024", "ISTANBUL, April 21, 2024 (AA) - " + _FS), "2024-04-20"),
    ("a new year's stamp over a year-less December dateline",
     _doc("5 January 2025", "DOHA, Dec 30 (QNA) - Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met a Hamas delegation "
          "headed by Khalil al-Hayya in Doha on Monday."),
     "2024-12-30"),
]


# year-less wires: the year the saved day, the weekday and the office holders' terms leave (saved 30 November 2026)
DATELINES += [
    (f"year-less wire {i}", _doc("", lede), day) for i, (lede, day) in enumerate([
        ("TEHRAN, Jan 9 (Reuters) - Iranian Foreign Minister Hossein Amir-Abdollahian met Hamas leader Ismail Haniyeh in Doha on Tuesday.",
         "2024-01-09"),
        ("MOSCOW, Feb 29 (TASS) - Russian Foreign Minister Sergey Lavrov met a Hamas delegation headed by Mousa Abu Marzouk in Moscow on Thursday.",
         "2024-02-29"),
        ("BEIRUT, Oct 4 (Reuters) - Iranian Foreign Minister Abbas Araghchi met Lebanese Parliament Speaker Nabih Berri in Beirut on Friday.",
         "2024-10-04"),
        ("MUSCAT, Jan 12 (ONA) - Iranian Foreign Minister Abbas Araghchi met Houthi spokesman Mohammed Abdulsalam in Muscat on Sunday.",
         "2025-01-12"),
        ("ISTANBUL, Dec 21 (AA) - Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Istanbul on Thursday.",
         "2023-12-21"),
    ], 1)
]


@pytest.mark.parametrize("name, text, day", DATELINES, ids=[d[0] for d in DATELINES])
def test_a_dateline_dates_its_report(name: str, text: str, day: str) -> None:
    assert _dates(text) == _day(day)


# ----------------------------------------------------------------- how the body refers to days
# Under "Wednesday 10 July 2024" (so Tuesday is the 9th, Monday the 8th).
PUB = "Wednesday 10 July 2024"
BODIES = [
    ("on a weekday", "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha on Tuesday.",
     _day("2024-07-09")),
    ("last weekday", "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha last Tuesday.",
     _day("2024-07-09")),
    ("on the ordinal", "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha on the 8th.",
     _day("2024-07-08")),
    ("on the ordinal of this month", "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha on the 2nd of this month.",
     _day("2024-07-02")),
    ("earlier this month", "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha earlier this month.",
     [("2024-07", "month")]),
    ("last month", "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha last month.",
     [("2024-06", "month")]),
    ("a named month", "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha in June.",
     [("2024-06", "month")]),
    ("a month and day", "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha on June 30.",
     _day("2024-06-30")),
    ("yesterday", "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha yesterday.",
     _day("2024-07-09")),
    ("overnight", "Turkish Foreign Minister Hakan Fidan held talks overnight with Hamas leader Ismail Haniyeh in Doha.",
     _day("2024-07-09")),
    ("today and the weekday", "Turkish Foreign Minister Hakan Fidan met today, Wednesday, with Hamas leader Ismail Haniyeh in Doha.",
     _day("2024-07-10")),
    ("weekday with the date in brackets", "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha on Sunday (July 7).",
     _day("2024-07-07")),
    ("weekday with the date after a comma", "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha on Monday, July 8.",
     _day("2024-07-08")),
    ("late on a weekday", "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha late on Tuesday.",
     _day("2024-07-09")),
    ("weekday evening", "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha on Tuesday evening.",
     _day("2024-07-09")),
    ("weekday of last week", "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha on Monday last week.",
     _day("2024-07-01")),
    ("the following day", "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha on Monday. "
     "The following day, Fidan held talks with Qatari Prime Minister Mohammed bin Abdulrahman Al Thani.",
     [("2024-07-08", "day"), ("2024-07-09", "day")]),
    ("the day before", "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha on Tuesday. "
     "The day before, Fidan held talks with Qatari Prime Minister Mohammed bin Abdulrahman Al Thani.",
     [("2024-07-08", "day"), ("2024-07-09", "day")]),
    ("a statement's day in a subordinate clause", "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha on Tuesday, "
     "two days after the movement announced on Sunday that it had accepted the proposal.",
     _day("2024-07-09")),
    ("an arrival's day in a relative clause", "Turkish Foreign Minister Hakan Fidan, who arrived in Doha on Sunday, "
     "met Hamas leader Ismail Haniyeh on Tuesday.",
     [("2024-07-07", "day"), ("2024-07-09", "day")]),  # the arrival is the visit's own day
    ("a two-day visit that began on a weekday", "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh "
     "in Doha on Monday, on the first day of a two-day visit to Qatar.",
     _day("2024-07-08")),
    ("a full date in a quotation", "\u201cI met Hamas leader Ismail Haniyeh in Doha on 8 July 2024,\u201d Turkish Foreign Minister Hakan Fidan told reporters.",
     _day("2024-07-08")),
    ("a report of a ministry's statement day", "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha on Monday, "
     "the ministry said on Tuesday.",
     _day("2024-07-08")),
    ("earlier on a weekday", "Earlier on Tuesday, Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha.",
     _day("2024-07-09")),
    ("earlier this week", "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha earlier this week.",
     [("2024-07", "month")]),
    ("the same weekday as the publication", "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha on Wednesday.",
     _day("2024-07-10")),
    ("the day before yesterday", "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha the day before yesterday.",
     _day("2024-07-08")),
    ("days ago", "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha two days ago.",
     _day("2024-07-08")),
    ("a weekday's meeting as a noun", "Sunday's meeting between Turkish Foreign Minister Hakan Fidan and Hamas leader Ismail Haniyeh "
     "in Doha focused on the ceasefire.",
     _day("2024-07-07")),
    ("a numeric date in the body", "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha on 8/7/2024.",
     _day("2024-07-08")),
    ("an ordinal month day", "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha on July 8th.",
     _day("2024-07-08")),
    ("an ordinal day before the month", "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha on 8th July.",
     _day("2024-07-08")),
    ("weekday, day and month", "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha on Monday 8 July.",
     _day("2024-07-08")),
    ("the evening of a month day", "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha on the evening of July 8.",
     _day("2024-07-08")),
    ("a wire dateline under the publication line", "DOHA, July 9 (Xinhua) -- Turkish Foreign Minister Hakan Fidan met Hamas leader "
     "Ismail Haniyeh in Doha on Tuesday.",
     _day("2024-07-09")),
    ("a month's middle", "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha in mid-June.",
     [("2024-06", "month")]),
    ("a document's date in an object clause", "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha on Tuesday "
     "to discuss the agreement signed on 12 March 2023.",
     _day("2024-07-09")),
    ("a term's start in an apposition", "Turkish Foreign Minister Hakan Fidan, who took office on 3 June 2023, met Hamas leader Ismail Haniyeh "
     "in Doha on Tuesday.",
     _day("2024-07-09")),
    ("a ceasefire's day after the meeting's", "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha on Tuesday, "
     "a week after the ceasefire took effect on July 2.",
     _day("2024-07-09")),
    ("a statement's day after a comma", "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha on Monday, "
     "the ministry said in a statement on Wednesday.",
     _day("2024-07-08")),
    ("a summit ahead", "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha on Tuesday, "
     "ahead of Thursday's summit in Cairo.",
     _day("2024-07-09")),
    ("arrival and the next day's meeting", "Turkish Foreign Minister Hakan Fidan arrived in Doha on Monday. "
     "He met Hamas leader Ismail Haniyeh the next day.",
     [("2024-07-08", "day"), ("2024-07-09", "day")]),
    ("the first week of a month", "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha in the first week of July.",
     [("2024-07", "month")]),
    ("the last days of a month", "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha in the last days of June.",
     [("2024-06", "month")]),
    ("a span of days before the month", "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha on 28-29 June.",
     _day("2024-06-28")),
    ("a span of days after the month", "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha on June 28-29.",
     _day("2024-06-28")),
    ("a span with its year", "Turkish Foreign Minister Hakan Fidan held talks with Hamas leader Ismail Haniyeh in Doha on 28-29 June 2023.",
     _day("2023-06-28")),
    ("the middle of a year", "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha in mid-2023.",
     [("2023", "year")]),
    ("a past year's meeting told as background", "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha on Tuesday. "
     "The two men last met in Ankara in April 2023.",
     [("2023-04", "month"), ("2024-07-09", "day")]),
]


@pytest.mark.parametrize("name, body, expected", BODIES, ids=[b[0] for b in BODIES])
def test_the_body_names_the_day(name: str, body: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(_doc(PUB, body)) == expected


# ----------------------------------------------------------------- saved pages (HTML)
LEDE = ("Turkish Foreign Minister Hakan Fidan met Hamas political bureau chief Ismail Haniyeh in Istanbul on Saturday, "
        "diplomatic sources said, in talks on a ceasefire in Gaza and the exchange of captives.")
PARA = ("The two sides discussed the humanitarian situation in the Gaza Strip, the delivery of aid and the efforts "
        "of the mediators, the sources added, without giving further details of the meeting.")


def _page(head: str = "", article_top: str = "", after: str = "", aside: str = "", lede: str = LEDE, figure: str = "") -> str:
    return (f"<html><head><title>Fidan meets Haniyeh in Istanbul</title>{head}</head><body>"
            f"<header class='site-header'><div class='topbar'>{aside}</div></header>"
            f"<main><article><h1>Fidan meets Haniyeh in Istanbul</h1>{article_top}{figure}"
            f"<p>{lede}</p><p>{PARA}</p><p>{MORE} The talks lasted three hours.</p>{after}</article></main>"
            f"<footer><p>Copyright 2026 Example News</p></footer></body></html>")


def _html_dates(markup: str, url: str | None = None) -> list[tuple[str | None, str]]:
    page = read_html(markup, url)
    return _dates(page.text, page.published)


PAGES = [
    ("meta published time", _page(head="<meta property='article:published_time' content='2024-04-21T09:12:00+03:00'>"),
     "2024-04-20"),
    ("JSON-LD datePublished and dateModified",
     _page(head="<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                "\"datePublished\":\"2024-04-21T09:12:00+03:00\",\"dateModified\":\"2024-05-02T10:00:00+03:00\"}</script>"),
     "2024-04-20"),
    ("time element in the article", _page(article_top="<p class='byline'>By Staff <time datetime='2024-04-21T09:12:00Z'>21 April 2024</time></p>"),
     "2024-04-20"),
    ("visible byline only", _page(article_top="<div class='meta'>By Staff Writer | Published 21 April 2024, 09:12</div>"),
     "2024-04-20"),
    ("site clock in the top bar, dateline under the headline",
     _page(aside="Monday, 30 November 2026", article_top="<p class='date'>Sunday 21 April 2024</p>"),
     "2024-04-20"),
    ("site clock in the top bar and metadata",
     _page(aside="Monday, 30 November 2026", head="<meta name='pubdate' content='2024-04-21'>"),
     "2024-04-20"),
    ("dated caption", _page(head="<meta property='article:published_time' content='2024-04-21T09:12:00+03:00'>",
                            figure="<figure><img src='x.jpg'><figcaption>Fidan and Haniyeh in Ankara on March 5, 2022. (Photo: Agency)</figcaption></figure>"),
     "2024-04-20"),
    ("related list with dates and a dated byline",
     _page(article_top="<p class='byline'>21 April 2024 09:12</p>",
           after="<aside class='related'><ul><li>Erdogan receives Haniyeh <span>2 March 2023</span></li>"
                 "<li>Fidan visits Doha <span>14 January 2024</span></li></ul></aside>"),
     "2024-04-20"),
    ("comments with their own dates", _page(
        article_top="<p class='byline'>21 April 2024</p>",
        after="<section class='comments'><p>reader1 22 April 2024, 21:10</p><p>Good news for everyone</p>"
              "<p>reader2 25 April 2024, 08:47</p><p>We will see</p></section>"),
     "2024-04-20"),
    ("date in the URL only", _page(), "2024-04-20"),
    ("og updated time beside published time",
     _page(head="<meta property='article:modified_time' content='2024-05-02T10:00:00Z'>"
                "<meta property='article:published_time' content='2024-04-21T09:12:00Z'>"),
     "2024-04-20"),
    ("more stories inside the article with their own times, a byline date",
     _page(article_top="<p class='byline'>By Staff Writer - 21 April 2024</p>",
           after="<div class='more-stories'><h3>More stories</h3><p><time datetime='2023-03-02T10:00:00Z'>2 March 2023</time> "
                 "Erdogan receives Haniyeh</p></div>"),
     "2024-04-20"),
    ("site date bar outside the header, a byline date",
     _page(article_top="<p class='byline'>21 April 2024</p>",
           aside="").replace("<main>", "<div class='site-date'>Monday, 30 November 2026</div><main>"),
     "2024-04-20"),
    ("published time as an RFC date in JSON-LD",
     _page(head="<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"Sun, 21 Apr 2024 09:12:00 GMT\"}</script>"),
     "2024-04-20"),
    ("dated caption under a byline date",
     _page(article_top="<p class='byline'>21 April 2024</p>",
           figure="<figure><img src='x.jpg'><figcaption>Fidan receives Haniyeh in Ankara, 5 March 2022. (Photo: Agency)</figcaption></figure>"),
     "2024-04-20"),
    ("a header clock in an hdr-date element, a byline date",
     _page(article_top="<p class='byline'>21 April 2024</p>").replace("<main>", "<div class='hdr-date'>Wednesday, 15 January 2025</div><main>"),
     "2024-04-20"),
    ("a date strip with its city glued to the day, a byline date",
     _page(article_top="<p class='byline'>21 April 2024</p>").replace("<main>", "<div class='date-strip'>Amman, JordanTuesday, 24 December 2024</div><main>"),
     "2024-04-20"),
    ("only a modified time in the metadata, a byline date",
     _page(head="<meta property='article:modified_time' content='2024-05-02T10:00:00Z'>", article_top="<p class='byline'>21 April 2024</p>"),
     "2024-04-20"),
    ("updated then published in one visible line",
     _page(article_top="<p class='meta'>Updated: 2 May 2024 | Published: 21 April 2024</p>"),
     "2024-04-20"),
    ("a teaser's time inside the article before the byline",
     _page(article_top="<div class='teaser'><a href='/x'>Erdogan receives Haniyeh</a> <time datetime='2023-03-02'>2 March 2023</time></div>"
                       "<p class='byline'>Published 21 April 2024</p>"),
     "2024-04-20"),
    ("an itemprop datePublished span", _page(article_top="<p>By Staff <span itemprop='datePublished' content='2024-04-21'>21 April 2024</span></p>"),
     "2024-04-20"),
    ("Arabic-Indic digits in the byline", _page(article_top="<p class='byline'>\u0662\u0661/\u0660\u0664/\u0662\u0660\u0662\u0664</p>"),
     "2024-04-20"),
    ("a graph in JSON-LD",
     _page(head="<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"WebPage\"},{\"@type\":\"NewsArticle\","
                "\"datePublished\":\"2024-04-21T09:12:00+03:00\"}]}</script>"),
     "2024-04-20"),
    ("a comment's time before nothing else dates the page",
     _page(article_top="<p class='byline'>21 April 2024</p>",
           after="<div class='comment'><time datetime='2024-04-25T08:00:00Z'>25 April 2024</time> great</div>"),
     "2024-04-20"),
    ("published and modified metadata, a dated caption under the headline",
     _page(head="<meta property='article:published_time' content='2024-04-21T09:12:00+03:00'>"
                "<meta property='article:modified_time' content='2024-04-21T12:40:00+03:00'>",
           figure="<figure><img src='x.jpg'><figcaption>Aid trucks wait at the crossing, 5 March 2024. (File photo)</figcaption></figure>"),
     "2024-04-20"),
    ("latest news sidebar times and the article's own time",
     _page(article_top="<time datetime='2024-04-21'>21 April 2024</time>",
           after="<div class='latest'><time datetime='2026-11-29'>29 November 2026</time> Other news</div>"),
     "2024-04-20"),
]


@pytest.mark.parametrize("name, markup, day", PAGES, ids=[p[0] for p in PAGES])
def test_a_saved_page_dates_its_report(name: str, markup: str, day: str) -> None:
    url = "https://news.example.com/world/2024/04/21/fidan-meets-haniyeh" if name == "date in the URL only" else None
    assert _html_dates(markup, url) == _day(day)


# ----------------------------------------------------------------- a stamp told from the day the page was read
@pytest.mark.parametrize("stamp, published", [("Yesterday 14:05", "2024-03-13"), ("Published: Today, 09:12", "2024-03-14"),
                                              ("Posted yesterday at 9.12 pm", "2024-03-13")])
def test_a_relative_stamp_counts_from_the_day_the_page_was_saved(stamp: str, published: str) -> None:
    # saved on Thursday 14 March 2024: "yesterday" was Wednesday the 13th; "on Tuesday" is the 12th either way
    body = "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Istanbul on Tuesday."
    result = extract_document(_doc(stamp, body), saved_on=date(2024, 3, 14))
    assert result.articles[0].published == published
    assert sorted({(m.date, m.precision) for m in result.mentions}) == _day("2024-03-12")


def test_without_a_saved_day_a_relative_stamp_dates_nothing() -> None:
    body = "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Istanbul on Tuesday."
    assert extract_document(_doc("Yesterday 14:05", body)).articles[0].published is None


def test_a_headline_lists_clock_above_the_headline_is_no_stamp() -> None:
    body = "Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Istanbul on Tuesday."
    result = extract_document(_doc("", body, above="Today 13:02"), saved_on=date(2024, 3, 14))
    assert result.articles[0].published is None
