"""Make the saved-page test data: an article as a browser saves it (.html), as a single-file
archive (.mhtml) and printed to PDF by a real browser (.pdf, with the browser's print header
and footer), plus a PDF without a text layer.

    python tests/data/pages/make_pages.py          # rewrites the committed files beside this script

`moscow_talks.html` and `moscow_talks.txt` are written by hand for the tests (not copied from
the web). `wrap_text()` turns a plain-text article into such a page (nav bar with its own date,
`<time>`, figure, related list, footer) for measuring the dev corpus in every format.
Needs chromium for the PDFs (`apt-get install -y chromium`).
"""
from __future__ import annotations

import base64
import html
import os
import quopri
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib
from datetime import datetime
from email.header import Header
from pathlib import Path

from dateutil import parser as dateparser

HERE = Path(__file__).resolve().parent
SAVE_DATE = "Sat, 30 Nov 2026 03:30:00 -0000"  # when the "user" saved the pages: never a publication date
NAV_DATE = ("2026-11-30", "Monday, 30 November 2026")


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def print_pdf(page: Path, out: Path, *, header_footer: bool = True) -> None:
    """Print with a real browser, as an analyst's "Print > Save as PDF" does (print date and title
    on top, the address and "1/2" below each page)."""
    browser = chromium()
    if browser is None:
        raise RuntimeError("chromium is needed to print PDFs")
    with tempfile.TemporaryDirectory() as profile:
        args = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                f"--user-data-dir={profile}", f"--print-to-pdf={out}"]
        if not header_footer:
            args.append("--no-pdf-header-footer")
        subprocess.run([*args, page.as_uri()], check=True, capture_output=True, timeout=180)


def to_mhtml(markup: str, url: str, title: str, resources: dict[str, tuple[str, bytes]] | None = None) -> bytes:
    """What Chrome's "Webpage, Single File" writes: a MIME multipart/related message, the page
    quoted-printable, its resources base64, the save date in the Date header."""
    boundary = "----MultipartBoundary--Qx7mZ0pLk3vT9sWq2Yf8Hn4Rc6Ue1Jd5----"
    head = (
        "From: <Saved by Blink>\r\n"
        f"Snapshot-Content-Location: {url}\r\n"
        f"Subject: {Header(title, 'utf-8').encode()}\r\n"
        f"Date: {SAVE_DATE}\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: multipart/related;\r\n"
        '\ttype="text/html";\r\n'
        f'\tboundary="{boundary}"\r\n\r\n\r\n'
    )
    markup = markup.replace("<head>", '<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">', 1)
    parts = [
        f"--{boundary}\r\nContent-Type: text/html\r\nContent-ID: <frame-6F1C@mhtml.blink>\r\n"
        f"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: {url}\r\n\r\n"
        + quopri.encodestring(markup.encode("utf-8")).decode("ascii").replace("\n", "\r\n") + "\r\n"
    ]
    for location, (kind, data) in (resources or {}).items():
        body = base64.encodebytes(data).decode("ascii").replace("\n", "\r\n")
        parts.append(f"--{boundary}\r\nContent-Type: {kind}\r\nContent-Transfer-Encoding: base64\r\n"
                     f"Content-Location: {location}\r\n\r\n{body}\r\n")
    return (head + "".join(parts) + f"--{boundary}--\r\n").encode("ascii")


def grey_png(width: int = 400, height: int = 240) -> bytes:
    """A small PNG with stripes like lines of a scanned page (no text layer anywhere)."""
    rows = b"".join(b"\x00" + bytes((40 if (y // 6) % 3 == 0 and 20 < x < width - 20 else 235) for x in range(width)) for y in range(height))
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


# --- a plain-text article (as in the corpus) wrapped into a realistic saved page -------------

_DATEISH = re.compile(r"\b(19|20)\d\d\b|\d{1,2}/\d{1,2}/\d{2,4}")


def _day(line: str) -> str | None:
    for part in re.split(r"\s*\|\s*", line):
        if not _DATEISH.search(part) or len(part) > 60:
            continue
        try:
            when = dateparser.parse(re.sub(r"(?i)\b(published|updated|posted)\b:?", "", part), fuzzy=True, dayfirst=True,
                                    default=datetime(1900, 1, 1))
        except (ValueError, OverflowError):
            continue
        if when.year > 1900:
            return when.date().isoformat()
    return None


def _unwrap(block: str) -> str:
    """A paragraph hard-wrapped in the text file is one paragraph on a web page."""
    lines = block.split("\n")
    if len(lines) > 1 and sum(len(line) for line in lines[:-1]) / (len(lines) - 1) > 55:
        return " ".join(line.strip() for line in lines)
    return block


def wrap_text(text: str, *, site: str = "The Levant Ledger") -> str:
    """A plain-text article as a site would serve it: what precedes the headline in a top bar
    (with the site's own "today" date in a `<time>`), the dateline as `<time>` and meta tags,
    repeated caption lines as a figure, short lines after the story as a related-articles block."""
    e = lambda s: html.escape(s, quote=True).replace(" \u2013 ", "&nbsp;&ndash; ")  # noqa: E731
    blocks = [b.strip("\n") for b in re.split(r"\n\s*\n", text) if b.strip()]
    blocks = [_unwrap(b) for b in blocks]
    prose = [i for i, b in enumerate(blocks) if len(b) > 150 and "\n" not in b.strip()]
    first, last = (prose[0], prose[-1]) if prose else (len(blocks), len(blocks) - 1)
    header_lines = [line for b in blocks[:first] for line in b.split("\n") if line.strip()]
    counts = {line: header_lines.count(line) for line in header_lines}
    headline_at = max((i for i, line in enumerate(header_lines) if counts[line] == 1 and not _day(line) and len(line) > 25), default=None)
    headline = header_lines[headline_at] if headline_at is not None else blocks[first][:80]
    before = header_lines[:headline_at] if headline_at is not None else header_lines
    after = header_lines[headline_at + 1:] if headline_at is not None else []
    dated_after = [line for line in after if _day(line)]
    dated_before = [line for line in before if _day(line)]
    byline = dated_after[0] if dated_after else (dated_before[-1] if dated_before else None)
    published = _day(byline) if byline else None
    if byline in before:  # the story's own date printed above its headline: it belongs to the story header
        before = [line for line in before if line != byline]
        after = [byline, *after]
    meta = f'<meta property="article:published_time" content="{published}T08:00:00+00:00">' if published else ""
    out = [f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{e(headline)} | {site}</title>",
           f'<meta property="og:title" content="{e(headline)}"><meta property="og:site_name" content="{site}">{meta}',
           "</head><body>",
           '<div class="cookie-banner">We use cookies to give you the best experience. <button>Accept</button></div>',
           f'<header class="site-header"><div class="topbar"><time datetime="{NAV_DATE[0]}">{NAV_DATE[1]}</time>',
           *[f"<div>{e(line)}</div>" for line in before],
           '</div><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/region">Region</a></li></ul></nav></header>',
           f'<main><article><h1>{e(headline)}</h1>']
    for line in after:
        if counts.get(line, 0) > 1:
            if f"<figcaption>{e(line)}" not in "".join(out):
                out.append(f'<figure><img src="photo.jpg" alt=""><figcaption>{e(line)}</figcaption></figure>')
        elif _day(line) and published and _day(line) == published:
            out.append(f'<div class="byline"><time datetime="{published}">{e(line)}</time></div>')
        else:
            out.append(f'<div class="byline">{e(line)}</div>')
    for block in blocks[first:last + 1]:
        for line in block.split("\n"):
            if counts.get(line, 0) > 1 or not line.strip():
                continue
            tag = "p" if len(line) > 90 or line.rstrip().endswith((".", '"', "\u201d", ")")) else "h2"
            out.append(f"<{tag}>{e(line)}</{tag}>")
    out.append("</article>")
    tail = [line for b in blocks[last + 1:] for line in b.split("\n") if line.strip()]
    if tail:
        out.append('<section class="related-articles"><ul>' + "".join(f"<li>{e(line)}</li>" for line in tail) + "</ul></section>")
    out.append(f'</main><footer><p>&copy; 2026 {site}. All rights reserved.</p></footer></body></html>\n')
    return "\n".join(out)


def write_variants(text: str, stem: str, folder: Path, *, pdf: bool = True) -> None:
    """`stem.html`, `stem.mhtml` and (with chromium) `stem.pdf` of one plain-text article."""
    markup = wrap_text(text)
    page = folder / f"{stem}.html"
    page.write_text(f"<!-- saved from url=(0036)https://ledger.example/world/{stem} -->\n" + markup, encoding="utf-8")
    title = re.search(r"<title>(.*?)</title>", markup).group(1)  # type: ignore[union-attr]
    (folder / f"{stem}.mhtml").write_bytes(to_mhtml(markup, f"https://ledger.example/world/{stem}", html.unescape(title)))
    if pdf:
        print_pdf(page, folder / f"{stem}.pdf")


def main() -> int:
    markup = (HERE / "moscow_talks.html").read_text(encoding="utf-8")
    url = "https://levantledger.example/world/russia/hamas-delegation-talks-lavrov-moscow"
    css = b"body { font-family: serif; max-width: 46em; margin: auto; }\n"
    (HERE / "moscow_talks.mhtml").write_bytes(to_mhtml(markup, url, "Hamas delegation holds talks with Lavrov in Moscow | The Levant Ledger",
                                                       {"https://levantledger.example/static/site.css": ("text/css", css),
                                                        "https://levantledger.example/static/lavrov.png": ("image/png", grey_png(40, 24))}))
    files = HERE / "moscow_talks_files"  # what "Web page, complete" writes beside the page
    files.mkdir(exist_ok=True)
    (files / "site.css").write_bytes(css)
    (files / "lavrov.png").write_bytes(grey_png(40, 24))
    (files / "ad_frame.html").write_text("<html><body><p>Sponsored: Holidays in Antalya from 299 EUR. A delegation of "
                                         "travel agents met the minister in Ankara on Monday.</p></body></html>\n", encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "moscow_talks.html"  # printed from a neutral place: the footer shows this address
        page.write_text(markup, encoding="utf-8")
        print_pdf(page, HERE / "moscow_talks.pdf")
        scan = Path(tmp) / "scan.html"
        (Path(tmp) / "scan.png").write_bytes(grey_png())
        scan.write_text('<html><body><img src="scan.png" width="560"></body></html>', encoding="utf-8")
        print_pdf(scan, HERE / "scanned_page.pdf", header_footer=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())


def score_formats(corpus: Path, work: Path, scorer: Path, formats: tuple[str, ...] = ("txt", "html", "mhtml", "pdf")) -> dict[str, dict]:
    """Each corpus article saved in each format, ingested with `timeline-app ingest` into its own
    database, exported, and scored against the corpus gold (its file names given the format's
    suffix: the scorer pairs sources with gold documents by file name)."""
    import json
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    results = {}
    for fmt in formats:
        folder = work / fmt
        folder.mkdir(parents=True, exist_ok=True)
        for doc in gold["documents"]:
            source = corpus / doc["file"]
            stem = source.stem
            if fmt == "txt":
                shutil.copy(source, folder / source.name)
            else:
                scratch = work / f"{fmt}-make"
                scratch.mkdir(exist_ok=True)
                write_variants(source.read_text(encoding="utf-8"), stem, scratch, pdf=fmt == "pdf")
                shutil.copy(scratch / f"{stem}.{fmt}", folder / f"{stem}.{fmt}")
        db = work / f"{fmt}.sqlite"
        exe = [sys.executable, "-m", "timeline_app"]
        subprocess.run([*exe, "ingest", "--db", str(db), str(folder)], check=True, capture_output=True, text=True, timeout=600)
        export = work / f"{fmt}.json"
        subprocess.run([*exe, "export", "--db", str(db), "--format", "json", "-o", str(export)], check=True, timeout=300)
        renamed = dict(gold, documents=[dict(d, file=f"{Path(d['file']).stem}.{fmt}") for d in gold["documents"]])
        gold_file = work / f"gold-{fmt}.json"
        gold_file.write_text(json.dumps(renamed), encoding="utf-8")
        run = subprocess.run([sys.executable, str(scorer), str(export), str(gold_file), "--json"], capture_output=True, text=True, timeout=300)
        results[fmt] = json.loads(run.stdout[: run.stdout.rindex("}") + 1])
    return results
