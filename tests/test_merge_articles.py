"""Two articles saved in one file are two sources (issue 9, merging): the merge joins a second
article's report of the first article's meeting, as it would across files, while reports of one
article stay as the extractor grouped them. Through `timeline-app ingest` / `export`, as a user
runs it; the articles are written for this test."""
from __future__ import annotations

import json
from pathlib import Path

from helpers.cli import run_cli

FIRST = ("On the deputy minister's meeting with a PFLP delegation\n\n25 November 2019\n\n"
         "On November 25, Deputy Foreign Minister Mikhail Bogdanov received in Moscow a delegation of the "
         "Popular Front for the Liberation of Palestine led by Abu Ahmad Fuad. The sides discussed Palestinian "
         "national unity and the situation in the region.\n\n")
CONFIRMING = ("*******\n\n"
              "PFLP confirms Moscow talks\n\n"
              "Gaza, Nov. 26 - The Popular Front for the Liberation of Palestine confirmed Monday's meeting with "
              "the Russian deputy foreign minister, saying in a statement that its delegation had stressed "
              "Palestinian national unity.\n")


def exported(tmp: Path, text: str) -> list[dict]:
    page = tmp / "page.txt"
    page.write_text(text, encoding="utf-8")
    db = tmp / "t.sqlite"
    assert run_cli(tmp, "ingest", str(page), "--db", str(db)).returncode == 0
    run = run_cli(tmp, "export", "--db", str(db), "--format", "json")
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)["events"]


def test_a_second_article_confirming_the_first_articles_meeting_joins_that_event(tmp_path: Path) -> None:
    events = exported(tmp_path, FIRST + CONFIRMING)
    assert [(e["date"], e["location"]) for e in events] == [("2019-11-25", "Moscow")]
    quotes = [s["quote"] for s in events[0]["sources"]]
    assert len(quotes) == 2 and "confirmed Monday's meeting" in quotes[1]  # both articles are its sources


def test_the_confirming_article_alone_keeps_its_meeting_without_taking_the_dateline_as_its_place(tmp_path: Path) -> None:
    events = exported(tmp_path, CONFIRMING.replace("*******\n\n", "").replace("Nov. 26 -", "Nov. 26, 2019 -"))
    assert [e["date"] for e in events] == ["2019-11-25"]
    assert events[0]["location"] != "Gaza"  # Gaza is where the statement came from, not where they met


def test_reports_of_one_article_are_one_source_and_articles_of_one_file_are_two() -> None:
    from timeline_app.ingest.merge_rules import _mention_view, source_of
    from timeline_app.storage.regroup import MentionRow

    def report(id: int, article: int | None) -> MentionRow:
        return MentionRow(id, 5, article, "hash", None, "2019-11-25", "day", "explicit", "meeting", None, None,
                          frozenset({"unity"}), ((1, "delegation", False),))

    same, other, loose = report(1, 10), report(2, 10), report(3, 11)
    assert source_of(same) == source_of(other) != source_of(loose)
    assert _mention_view(same, 1).sources & _mention_view(other, 2).sources  # never joined by the merge
    assert not _mention_view(same, 1).sources & _mention_view(loose, 3).sources
    assert source_of(report(4, None)) == -5  # a report stored without an article stands for its file
