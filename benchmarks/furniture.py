"""Page furniture for generated pages: site headers, datelines, captions, headline lists, filler.

Everything here is the noise that saved news pages carry around an article (see the seeds and
../shared/corpus/dev): navigation lines, several dateline forms, photo captions that carry a
different date and place, "related" lists with clock times, and paragraphs of background that
name no meeting. The traps it plants are returned so the gold can list them.
"""
from __future__ import annotations

import random
from datetime import date, timedelta

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")

HEADERS = (
    ("World | Middle East | Russia | Markets | Sport", "Sign in    Subscribe    Edition: International"),
    ("Home › World › Middle East", "Search...  |  Subscribe  |  Log in  |  Newsletters"),
    ("☰ Menu    Search    Login    العربية | English", "Politics   Economy   Society   Sports   Culture   Opinion   Video"),
    ("Middle East Desk  >  Diplomacy",),
    ("NEWS  ANALYSIS  OPINION  PODCASTS  VIDEO",),
    ("Skip to main content", "Latest  |  Region  |  World  |  Business  |  Opinion"),
    (),
)
FOOTERS = ("Share   |   Print   |   Comments (0)", "Short link:", "Tags: diplomacy, Middle East, politics",
           "(Reporting by the regional desk; editing by the foreign desk)", "Copyright 2024. All rights reserved.")
HEADLINES = (
    "Wheat futures slip as export supplies stay ample", "Senior diplomats to gather in Riyadh next week, sources say",
    "Heavy snowfall disrupts flights across northern Europe", "Central bank leaves key interest rate unchanged",
    "Markets open higher as energy prices ease", "Parliament to debate budget amendments this week",
    "Ice warning for motorways in the north", "Tennis: top seed withdraws with injury",
    "Ministers to meet in Brussels on energy prices", "Opinion: What the Gulf wants from its neighbours",
    "Grain corridor talks stall again", "Envoy expected in Cairo for consultations on Sunday",
    "Prices of vegetables climb ahead of holiday", "Municipal elections: turnout figures published",
    "Heatwave warning issued for the weekend", "Football: league leaders held to a draw",
)
LIST_TITLES = ("MORE FROM WORLD", "MOST READ", "Related", "Most read", "RELATED NEWS", "Latest news")
CAPTIONS = (
    "A flag is waved during a rally in {city}, {date}. (File photo)",
    "Protesters gather outside the parliament building in {city} on {date}. REUTERS/Staff",
    "Delegates arrive for a conference in {city}, {date}. (AFP)",
    "A man walks past a mural in {city} on {date}. Photo: Archive",
)
FILLER = (
    "The {adj} side reaffirmed its support for a negotiated settlement and for the rights of the civilian population.",
    "Diplomats in the region say the contacts are part of a broader effort to keep channels open with all parties.",
    "Analysts noted that the two sides have kept up regular contacts despite deep differences over the conflict.",
    "The statement gave no details about the proposals that were discussed or about any timetable.",
    "Humanitarian agencies have repeatedly warned that shortages of fuel, food and medicine are growing worse.",
    "Observers say the outcome will depend largely on the positions of the regional powers and their partners.",
    "{mov} has said it is open to any initiative that ends the fighting and lifts the restrictions on movement.",
    "Officials familiar with the discussions said there had been progress on several technical questions.",
    "Critics argue that such contacts lend legitimacy to armed groups, a charge the ministry rejects.",
    "The ministry said it would continue to work with the United Nations and other partners on relief deliveries.",
    "According to local media, security around the building was tightened ahead of the arrival of the guests.",
    "The issue of prisoners and detainees remains one of the most sensitive points in any future agreement.",
    "Economic conditions in the territories have deteriorated sharply, with unemployment at record levels.",
    "Several countries in the region have offered to host further rounds if the parties agree to them.",
    "A spokesperson declined to comment on reports that a written proposal had been handed over.",
    "The foreign ministry later published photographs showing the delegations seated around a long table.",
    "Both sides, the statement said, stressed the importance of unity and of coordination in the coming period.",
    "Independent experts cautioned that statements of principle rarely translate quickly into concrete steps.",
    "Local newspapers devoted several pages to the contacts, most of them focusing on the economic dimension.",
    "The government has repeatedly said it will talk to anyone who can help bring about a lasting calm.",
)
QUOTES = (
    "We came to listen and to explain our position clearly",
    "There is no alternative to a political solution",
    "Our friends understand the difficult situation of our people",
    "The door to dialogue remains open",
)


def dateline(published: date, rng: random.Random, city: str) -> list[str]:
    """One of the dateline forms saved pages use; returns the lines to put above the headline."""
    d = published
    clock = f"{rng.randrange(6, 23):02d}:{rng.randrange(60):02d}"
    forms = (
        f"{d.isoformat()}T{clock}:00+03:00",
        f"Published {d.day:02d}/{d.month:02d}/{d.year} {clock}",
        f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year} | {clock}",
        f"{WEEKDAYS[d.weekday()][:3]} {d.day}-{MONTHS[d.month - 1]}-{d.year}",
        f"Updated {d.day} {MONTHS[d.month - 1]} {d.year} {clock} GMT",
        f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
    )
    return [rng.choice(forms)]


def wire_prefix(published: date, city: str, rng: random.Random) -> str:
    """A wire-service dateline that opens the first paragraph, or nothing."""
    if rng.random() < 0.3:
        return f"{city.upper()}, {MONTHS[published.month - 1][:3]} {published.day} (Reuters) - "
    return ""


def header(rng: random.Random) -> list[str]:
    return list(rng.choice(HEADERS))


def caption(rng: random.Random, published: date, cities: list[str]) -> tuple[str, dict]:
    """A photo caption with another date and place, and the trap it plants."""
    when = published - timedelta(days=rng.randrange(40, 2000))
    text = rng.choice(CAPTIONS).format(city=rng.choice(cities), date=f"{when.day} {MONTHS[when.month - 1]} {when.year}")
    return text, {"kind": "caption-date", "text": text, "date": when.isoformat(),
                  "note": "photo caption; its date and place must not become an event"}


def headline_list(rng: random.Random) -> tuple[list[str], dict]:
    """A related-stories list with clock times (or numbers), and the trap it plants."""
    picks = rng.sample(HEADLINES, rng.randrange(3, 6))
    style = rng.randrange(3)
    lines = [rng.choice(LIST_TITLES)]
    for i, title in enumerate(picks):
        if style == 0:
            lines.append(f"{rng.randrange(6, 23):02d}:{rng.randrange(60):02d}  {title}")
        elif style == 1:
            lines.append(f"{i + 1}. {title}")
        else:
            lines.append(f"- {title}")
    return lines, {"kind": "headline-list", "text": picks[0], "note": "unrelated related-links list"}


def filler(rng: random.Random, words: int, adj: str, mov: str) -> list[str]:
    """Background paragraphs (two or three sentences each) until about `words` words."""
    paragraphs: list[str] = []
    count = 0
    pool: list[str] = []
    while count < words:
        if len(pool) < 3:  # each sentence once before any repeats, as a real page would
            pool += rng.sample(FILLER, len(FILLER))
        sentences = [pool.pop().format(adj=adj, mov=mov) for _ in range(rng.randrange(2, 4))]
        text = " ".join(sentences)
        paragraphs.append(text)
        count += len(text.split())
    return paragraphs


def footer(rng: random.Random) -> list[str]:
    return [rng.choice(FOOTERS)] if rng.random() < 0.6 else []
