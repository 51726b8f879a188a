"""Generate plausible small news articles, each unique, for crash and concurrency tests.

Every article has a dateline ("Friday 5-February-2021") and one or two sentences of the form
"A delegation of the X movement headed by Y met Z in CITY on Thursday.", with names, places and
dates varying, so a real extractor finds events in them and a stub can parse them exactly.
"""
from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

# (movement, people who lead its delegations): every movement about equally often, so that no
# single actor ends up in most events (the merge step compares a new report with every event
# that shares an actor with it)
MOVEMENTS = (
    ("Hamas", ("Ismail Haniyeh", "Mousa Abu Marzouk", "Khalil al-Hayya")),
    ("Palestinian Islamic Jihad", ("Ziad Nakhaleh", "Mohammed al-Hindi")),
    ("Fatah", ("Azzam al-Ahmad", "Mahmoud al-Aloul")),
    ("PFLP", ("Jamil Mezher", "Maher Taher")),
    ("DFLP", ("Fahd Suleiman", "Qais Abdul Karim")),
    ("Palestinian National Initiative", ("Mustafa Barghouti",)),
    ("Taliban", ("Amir Khan Muttaqi", "Suhail Shaheen")),
    ("Houthis", ("Mohammed Abdul Salam", "Abdulmalik al-Ajri")),
    ("Hezbollah", ("Naim Qassem", "Ibrahim Amin al-Sayyed")),
    ("Amal Movement", ("Ali Hassan Khalil",)),
    ("Hayat Tahrir al-Sham", ("Abu Mohammad al-Jolani",)),
    ("Syrian Democratic Forces", ("Ilham Ahmed", "Mazloum Abdi")),
    ("Polisario Front", ("Brahim Ghali", "Mohamed Sidati")),
    ("Muslim Brotherhood", ("Ibrahim Munir", "Mahmoud Hussein")),
    ("Rapid Support Forces", ("Abdel Rahim Dagalo",)),
    ("Popular Mobilization Forces", ("Faleh al-Fayyadh",)),
)
# (adjective, capital): the hosts are this country's foreign ministers, with generated names
COUNTRIES = (
    ("Russian", "Moscow"), ("Qatari", "Doha"), ("Egyptian", "Cairo"), ("Turkish", "Ankara"), ("Iranian", "Tehran"),
    ("Chinese", "Beijing"), ("Algerian", "Algiers"), ("Saudi", "Riyadh"), ("Omani", "Muscat"), ("Norwegian", "Oslo"),
    ("Malaysian", "Kuala Lumpur"), ("South African", "Pretoria"), ("Jordanian", "Amman"), ("Lebanese", "Beirut"),
    ("Iraqi", "Baghdad"), ("Tunisian", "Tunis"), ("Moroccan", "Rabat"), ("Kuwaiti", "Kuwait City"),
    ("Pakistani", "Islamabad"), ("Indonesian", "Jakarta"), ("Kazakh", "Astana"), ("Uzbek", "Tashkent"),
    ("Swiss", "Bern"), ("Swedish", "Stockholm"), ("French", "Paris"), ("German", "Berlin"), ("Italian", "Rome"),
    ("Spanish", "Madrid"), ("Irish", "Dublin"), ("Belgian", "Brussels"), ("Austrian", "Vienna"), ("Greek", "Athens"),
    ("Cypriot", "Nicosia"), ("Serbian", "Belgrade"), ("Cuban", "Havana"), ("Venezuelan", "Caracas"),
    ("Brazilian", "Brasilia"), ("Chilean", "Santiago"), ("Kenyan", "Nairobi"), ("Ethiopian", "Addis Ababa"),
    ("Nigerian", "Abuja"), ("Senegalese", "Dakar"), ("Ghanaian", "Accra"), ("Japanese", "Tokyo"),
    ("Vietnamese", "Hanoi"), ("Thai", "Bangkok"), ("Bangladeshi", "Dhaka"), ("Mauritanian", "Nouakchott"),
)
GIVEN = ("Ahmed", "Sofia", "Jonas", "Leila", "Tomas", "Amina", "Pedro", "Yusuf", "Ingrid", "Kenji", "Nadia", "Omar",
         "Elena", "Samir", "Clara", "Rashid", "Anton", "Mariam", "Lucas", "Farida")
FAMILY = ("Haddad", "Lindqvist", "Okafor", "Rahimi", "Novak", "Tanaka", "Ferreira", "Kowalczyk", "Mensah", "Nasser",
          "Petrov", "Alvarez", "Karimi", "Dubois", "Brennan", "Castillo", "Hakimi", "Moreau", "Sato", "Osei")
TOPICS = (
    "the ceasefire and the exchange of prisoners",
    "reconstruction and humanitarian aid",
    "the upcoming elections and national reconciliation",
    "the peace process and regional security",
)
FILLER = (
    "The talks lasted several hours, according to a statement released afterwards.",
    "Officials described the atmosphere as positive and constructive.",
    "No joint statement was issued at the end of the meeting.",
    "Both sides agreed to continue consultations in the coming weeks.",
    "The ministry said further details would be announced later.",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def article(index: int, rng: random.Random) -> str:
    published = date(2019, 1, 1) + timedelta(days=rng.randrange(0, 1500))
    event_day = published - timedelta(days=1)
    movement, heads = MOVEMENTS[index % len(MOVEMENTS)]
    head = rng.choice(heads)
    adjective, city = rng.choice(COUNTRIES)
    host = f"{adjective} Foreign Minister {rng.choice(GIVEN)} {rng.choice(FAMILY)}"
    topic = rng.choice(TOPICS)
    dateline = f"{WEEKDAYS[published.weekday()]} {published.day}-{published.strftime('%B')}-{published.year}"
    lines = [
        f"{movement} delegation holds talks in {city} (report {index})",
        "",
        f"{city}, {dateline}",
        "",
        f"A delegation of the {movement} movement headed by {head} met {host} in {city} on "
        f"{WEEKDAYS[event_day.weekday()]}. The two sides discussed {topic}.",
        "",
        rng.choice(FILLER) + " " + rng.choice(FILLER),
    ]
    if index % 10 == 0:  # now and then a second, earlier meeting in the same article
        other_adjective, other_city = rng.choice(COUNTRIES)
        lines += [
            "",
            f"Earlier, a delegation of the {movement} movement headed by {head} met {other_adjective} Foreign "
            f"Minister {rng.choice(GIVEN)} {rng.choice(FAMILY)} in {other_city} on "
            f"{WEEKDAYS[(event_day - timedelta(days=3)).weekday()]}.",
        ]
    lines += ["", f"Reference {index:06d}.", ""]
    return "\n".join(lines)


def write_corpus(folder: Path, count: int, *, seed: int = 20210205, per_folder: int = 500) -> list[Path]:
    """Write `count` unique articles into sub-folders of `folder`; returns the paths in walk order."""
    rng = random.Random(seed)
    paths = []
    for i in range(count):
        sub = folder / f"batch{i // per_folder:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        path = sub / f"article{i:05d}.txt"
        path.write_text(article(i, rng), encoding="utf-8")
        paths.append(path)
    return paths
