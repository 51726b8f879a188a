"""Saved web pages, as analysts keep them: browser HTML ("HTML only" and "complete" with its
`_files/` folder), single-file MHTML, print-to-PDF and mail, read through the real command line.

The pages in tests/data/pages were written for these tests (make_pages.py made the MHTML and,
with a real Chromium, the PDFs): a nav bar with the site's own date, JSON-LD, `<time>`, a figure
with a dated caption, a related-articles block with clock times, a cookie banner, entities.
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from helpers.cli import SUMMARY_RE, run_cli

PAGES = Path(__file__).resolve().parent / "data" / "pages"
FORMATS = ("txt", "html", "mhtml", "pdf")


def ingest_export(tmp: Path, *paths: Path, name: str = "db") -> tuple[dict, str, str]:
    db = tmp / f"{name}.sqlite"
    run = run_cli(tmp, "ingest", "--db", str(db), *map(str, paths))
    export = run_cli(tmp, "export", "--db", str(db), "--format", "json")
    assert export.returncode == 0, export.stderr
    return json.loads(export.stdout), run.stdout.strip(), run.stderr


def stored(tmp: Path, name: str = "db") -> dict[str, tuple[str, str]]:
    conn = sqlite3.connect(f"{(tmp / f'{name}.sqlite').as_uri()}?mode=ro", uri=True)
    try:
        return {p: (t, h) for p, t, h in conn.execute("SELECT path, text, content_hash FROM documents")}
    finally:
        conn.close()


def event_keys(export: dict) -> set[tuple]:
    return {(e["type"], e["date"], e["location"], tuple(sorted(e["delegations"])),
             tuple(sorted(o["name"] for o in e["officials"]))) for e in export["events"]}


def test_same_article_gives_the_same_events_as_txt_html_mhtml_and_pdf(tmp_path: Path) -> None:
    found = {}
    for fmt in FORMATS:
        export, summary, stderr = ingest_export(tmp_path, PAGES / f"moscow_talks.{fmt}", name=fmt)
        assert summary.startswith("1 files read, 0 skipped as unchanged, 0 failed"), (fmt, summary, stderr)
        found[fmt] = event_keys(export)
        assert all(s["published"] == "2024-03-12" for e in export["events"] for s in e["sources"]), fmt
    assert found["txt"] == {("talks", "2024-03-11", "Moscow", ("Hamas",),
                             ("Bassem Naim", "Mousa Abu Marzouk", "Sergey Lavrov"))}
    assert found["html"] == found["txt"] and found["mhtml"] == found["txt"] and found["pdf"] == found["txt"]


@pytest.mark.parametrize("fmt", ["html", "mhtml", "pdf"])
def test_quotes_and_titles_are_plain_text(tmp_path: Path, fmt: str) -> None:
    export, _, _ = ingest_export(tmp_path, PAGES / f"moscow_talks.{fmt}")
    texts = [e["title"] for e in export["events"]] + [s["quote"] for e in export["events"] for s in e["sources"]]
    texts += [o["name"] for e in export["events"] for o in e["officials"]]
    assert texts
    for text in texts:
        assert not re.search(r"<[a-z/!]|&[a-z]+;|&#\d+;|\u00a0", text, re.I), text
    names = {o["name"] for e in export["events"] for o in e["officials"]}
    assert "Sergey" not in names  # "Sergey&nbsp;Lavrov" is one person
    # the lead sentence glued to its <p><strong> is read, and its quote is the stored text exactly
    (doc_text, _), = stored(tmp_path).values()
    lead = next(s for e in export["events"] for s in e["sources"] if s["quote"].startswith("A Hamas delegation led by"))
    assert doc_text[lead["start"]:lead["end"]] == lead["quote"]


@pytest.mark.parametrize("fmt", ["html", "mhtml"])
def test_stored_text_is_the_article_without_page_furniture(tmp_path: Path, fmt: str) -> None:
    ingest_export(tmp_path, PAGES / f"moscow_talks.{fmt}")
    (path, (text, content_hash)), = stored(tmp_path).items()
    assert text.startswith("Hamas delegation holds talks with Lavrov in Moscow\n\nMOSCOW – A Hamas delegation")
    assert '"We support Palestinian unity on the basis' in text
    for furniture in ("cookies", "Opinion", "Iraqi foreign minister", "14:05", "news conference in Moscow, 18 January",
                      "All rights reserved", "Advertisement", "Tags:", "Saturday, 30 November 2026"):
        assert furniture not in text, furniture
    # "Open original" opens the file as saved; re-ingest keys on that file's own bytes
    original = PAGES / f"moscow_talks.{fmt}"
    assert path == str(original)
    assert content_hash == hashlib.sha256(original.read_bytes()).hexdigest()
    _, again, _ = ingest_export(tmp_path, original)
    assert again.startswith("0 files read, 1 skipped as unchanged, 0 failed")


def test_pdf_print_header_footer_and_page_numbers_are_removed_and_lines_reflowed(tmp_path: Path) -> None:
    ingest_export(tmp_path, PAGES / "moscow_talks.pdf")
    (text, _), = stored(tmp_path).values()
    assert "file://" not in text and "11/30/26" not in text and not re.search(r"^\d+/\d+$", text, re.M)
    assert text.count("Hamas delegation holds talks with Lavrov in Moscow") == 1  # the headline, not the printed title
    assert "\nHamas delegation holds talks with Lavrov in Moscow\n" in text  # wrapped headline joined again
    paragraph = ("MOSCOW – A Hamas delegation led by Mousa Abu Marzouk, deputy head of the movement’s political bureau, "
                 "held talks with Russian Foreign Minister Sergey Lavrov in Moscow on Monday, the Russian Foreign Ministry said.")
    assert f"\n\n{paragraph}\n\n" in text
    assert "30 November 2026" not in text.split(paragraph)[0]  # the site's "today" is the print day, not a dateline


def test_pdf_without_text_layer_is_refused_with_a_reason_and_the_batch_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(PAGES / "scanned_page.pdf", folder)
    shutil.copy(PAGES / "moscow_talks.html", folder)
    run = run_cli(tmp_path, "ingest", "--db", str(tmp_path / "db.sqlite"), str(folder))
    assert run.returncode == 1
    assert run.stdout.startswith("1 files read, 0 skipped as unchanged, 1 failed;")
    (line,) = run.error_lines
    assert line.startswith(f"error: {folder / 'scanned_page.pdf'}: PDF without a text layer") and "OCR" in line


def test_navigation_date_is_never_the_publication_date(tmp_path: Path) -> None:
    """A page whose metadata gives no date: the nav bar's <time> (today) is not taken; the story's
    own date line under the headline is, and the weekday resolves against it."""
    page = (PAGES / "moscow_talks.html").read_text(encoding="utf-8")
    page = re.sub(r'<meta property="article:(published|modified)_time"[^>]*>\n', "", page)
    page = re.sub(r'<script type="application/ld\+json">.*?</script>\n', "", page, flags=re.S)
    page = page.replace('<span class="today">Saturday, 30 November 2026</span>',
                        '<time class="today" datetime="2026-11-30">Saturday, 30 November 2026</time>')
    page = page.replace('<time datetime="2024-03-12T09:40:00+03:00">12 March 2024, 09:40</time>', "<span>Tuesday 12 March 2024</span>")
    target = tmp_path / "undated_meta.html"
    target.write_text(page, encoding="utf-8")
    export, _, _ = ingest_export(tmp_path, target)
    (event,) = export["events"]
    assert event["date"] == "2024-03-11"
    assert {s["published"] for s in event["sources"]} == {"2024-03-12"}


def test_page_date_beats_the_date_written_in_the_text(tmp_path: Path) -> None:
    """The <time>/meta date is the page's publication date, whatever a caption or a related list says."""
    page = (PAGES / "moscow_talks.html").read_text(encoding="utf-8").replace("2024-03-12T09:40", "2024-03-13T09:40")
    target = tmp_path / "later.html"
    target.write_text(page, encoding="utf-8")
    export, _, _ = ingest_export(tmp_path, target)
    (event,) = export["events"]
    assert {s["published"] for s in event["sources"]} == {"2024-03-13"} and event["date"] == "2024-03-11"


def test_mhtml_save_date_is_not_the_publication_date(tmp_path: Path) -> None:
    data = (PAGES / "moscow_talks.mhtml").read_bytes()
    assert b"Date: Sat, 30 Nov 2026" in data
    page = data.replace(b"2024-03-12T09:40", b"2000-01-01T00:00").replace(b"article:published_time", b"x-ignored")
    page = re.sub(rb'"datePublished": "[^"]*",', b"", page)
    target = tmp_path / "saved.mhtml"
    target.write_bytes(page)
    export, _, _ = ingest_export(tmp_path, target)
    published = {s["published"] for e in export["events"] for s in e["sources"]}
    assert "2026-11-30" not in published


def test_folder_of_saved_pages_skips_the_files_folder_and_counts_other_formats(tmp_path: Path) -> None:
    folder = tmp_path / "saved"
    shutil.copytree(PAGES, folder, ignore=shutil.ignore_patterns("*.py", "*.pdf", "moscow_talks.*"))
    shutil.copy(PAGES / "moscow_talks.html", folder)  # "Web page, complete": the page and its _files/
    (folder / "notes.docx.tmp").write_bytes(b"\x00\x01")
    (folder / "clip.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42")
    export, summary, stderr = ingest_export(tmp_path, folder)
    match = re.match(SUMMARY_RE, summary)
    assert match, summary
    assert (match["read"], match["format"], match["failed"]) == ("1", "2", "0"), (summary, stderr)
    assert list(stored(tmp_path)) == [str(folder / "moscow_talks.html")]  # the ad frame in _files/ is not an article
    assert not any("Ankara" in (e["location"] or "") for e in export["events"])


def test_mail_with_an_article_is_read(tmp_path: Path) -> None:
    body = (PAGES / "moscow_talks.txt").read_text(encoding="utf-8").split("\n\n", 1)[1]
    mail = ("From: desk@example.org\r\nTo: analyst@example.org\r\nSubject: Hamas delegation holds talks with Lavrov in Moscow\r\n"
            "Date: Fri, 27 Nov 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
            "Content-Transfer-Encoding: 8bit\r\n\r\n" + body.replace("\n", "\r\n"))
    target = tmp_path / "forwarded.eml"
    target.write_bytes(mail.encode("utf-8"))
    export, summary, _ = ingest_export(tmp_path, target)
    assert summary.startswith("1 files read")
    assert event_keys(export) == {("talks", "2024-03-11", "Moscow", ("Hamas",),
                                   ("Bassem Naim", "Mousa Abu Marzouk", "Sergey Lavrov"))}


def test_pdf_words_broken_at_line_ends_are_joined_across_a_narrow_column_and_pages(tmp_path: Path) -> None:
    export, summary, _ = ingest_export(tmp_path, PAGES / "narrow_column.pdf")
    (text, _), = stored(tmp_path).values()
    assert "held extraordinary consultations with Deputy Foreign Minister Mikhail Bogdanov in Moscow on Monday," in text
    assert "the long-feuding factions’ mediators" in text  # a real hyphen stays
    # this paragraph runs over the page break, through the print footer and header, at "intra-"
    assert ("\n\nThe two sides discussed the humanitarian situation in the Gaza Strip and the preparations for an "
            "intra-Palestinian meeting that Moscow plans to host at the end of the month, the ministry said.\n\n") in text
    (event,) = export["events"]
    assert (event["date"], event["location"], event["delegations"]) == ("2024-03-04", "Moscow", ["Hamas"])
    assert {"Mousa Abu Marzouk", "Mikhail Bogdanov"} <= {o["name"] for o in event["officials"]}


def test_word_document_is_read(tmp_path: Path) -> None:
    import zipfile
    from xml.sax.saxutils import escape

    paragraphs = (PAGES / "moscow_talks.txt").read_text(encoding="utf-8").split("\n\n")[1:]
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(p.strip())}</w:t></w:r></w:p>' for p in paragraphs)
    target = tmp_path / "clipping.docx"
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        archive.writestr("word/document.xml", '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                         f'wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>')
    export, summary, _ = ingest_export(tmp_path, target)
    assert summary.startswith("1 files read")
    assert event_keys(export) == {("talks", "2024-03-11", "Moscow", ("Hamas",),
                                   ("Bassem Naim", "Mousa Abu Marzouk", "Sergey Lavrov"))}
