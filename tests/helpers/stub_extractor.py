"""A deterministic stand-in for `extract_document` that always finds events in corpus articles.

The real extractor is being rewritten; these tests must show that mentions, participants and
evidence are stored all-or-nothing per document, which needs an extractor that reliably finds
something. It parses exactly the sentences `helpers.corpus` writes and goes through the real
storage and merge code. Install it in a subprocess with `cli_wrapper.py` (TIMELINE_TEST_STUB=1).
"""
from __future__ import annotations

import re
from datetime import date

from timeline_app.domain import ActorRef, ArticleInfo, DocumentExtraction, EventMention, ParticipantRef

_DATELINE = re.compile(r"\b(\d{1,2})-([A-Z][a-z]+)-(\d{4})\b")
_MEETING = re.compile(
    r"[Aa] delegation of the (?P<org>[\w' -]+?) movement headed by (?P<head>[^.\n]+?) met "
    r"(?P<host>[^.\n]+?) in (?P<city>[A-Z][a-z]+(?: [A-Z][a-z]+)?) on (?P<day>[A-Z][a-z]+day)\."
)
_MONTHS = {name: i for i, name in enumerate(
    ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December"), start=1)}


def stub_extract(text: str, *, published_hint: object = None, saved_on: object = None) -> DocumentExtraction:
    published = None
    span = None
    found = _DATELINE.search(text)
    if found and found.group(2) in _MONTHS:
        published = date(int(found.group(3)), _MONTHS[found.group(2)], int(found.group(1))).isoformat()
        span = found.span()
    headline = text.split("\n", 1)[0][:200] or None
    article = ArticleInfo(0, 0, len(text), headline, published, "dateline" if published else "none", span)
    mentions = []
    for m in _MEETING.finditer(text):
        org = m.group("org").strip()
        head = m.group("head").strip()
        host = m.group("host").strip()
        host_name = " ".join(host.split()[-2:])
        participants = [
            ParticipantRef(ActorRef(org, "movement"), "delegation"),
            ParticipantRef(ActorRef(head, "person", org, "movement"), "delegation_member"),
            ParticipantRef(ActorRef(host_name, "person"), "host", " ".join(host.split()[:-2]) or None),
        ]
        evidence = [m.span()]
        end = text.find(".", m.end())
        if end != -1 and "\n" not in text[m.end():end]:
            evidence.append((m.end() + 1, end + 1))  # the sentence after it, when on the same line
        mentions.append(EventMention(
            article=0, type="meeting", date=published, precision="day" if published else "unknown",
            basis="publication" if published else "unknown", date_text=m.group("day"), location=m.group("city"),
            location_country=None, participants=participants, evidence=evidence, topic=("talks", org.lower()),
        ))
    return DocumentExtraction(articles=[article], mentions=mentions)
