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
from email.header import Header
from pathlib import Path


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

def _viewed_today() -> tuple[str, str]:
    """Today as a site's top bar prints it ("Tuesday, 1 December 2026"), on the local clock as the
    browser's print date is."""
    import datetime
    now = datetime.date.today()
    return now.isoformat(), f"{now:%A}, {now.day} {now:%B %Y}"


def _day(line: str) -> str | None:
    """The first full date written in a line, read as the text rules read it."""
    from timeline_app.ingest.dates import full_dates

    found = full_dates(line)
    if not found or not (found[0].year and found[0].month and found[0].day):
        return None
    return f"{found[0].year:04d}-{found[0].month:02d}-{found[0].day:02d}"


def wrap_text(text: str, *, site: str = "The Levant Ledger", today: tuple[str, str] = NAV_DATE) -> str:
    """A plain-text article as a site would serve it. The text's own structure (as the text rules
    read it: headline, date lines, captions, paragraphs, headline lists) becomes markup: what
    precedes the headline goes in a top bar that also shows the site's "today" in a `<time>`,
    the story's date line becomes `<time>` and meta tags, captions become figures, headline
    lists become a related-articles block, later articles of a digest get `<h2>` headlines."""
    from timeline_app.ingest import lines as L
    from timeline_app.ingest.segment import segment

    e = lambda s: html.escape(s, quote=True).replace(" \u2013 ", "&nbsp;&ndash; ")  # noqa: E731
    articles = segment(text)
    first = articles[0]
    headline = first.headline
    if headline is not None and headline.kind == L.CAPTION:  # a photo caption is not what a site puts in <h1>
        headline = next((line for line in reversed(first.header) if line.kind == L.TITLE and line.index < headline.index), headline)
    dated = [line for line in first.header if line.kind == L.DATE and _day(line.text)]
    after = [line for line in dated if headline is None or line.index > headline.index]
    before = [line for line in dated if headline is not None and line.index < headline.index]
    byline = after[0] if after else (before[-1] if before else None)
    published = _day(byline.text) if byline else None
    title = headline.text if headline else text.strip().split("\n", 1)[0][:90]
    meta = f'<meta property="article:published_time" content="{published}T08:00:00+00:00">' if published else ""
    top = [f'<time datetime="{today[0]}">{today[1]}</time>']
    body: list[str] = []
    captions: set[str] = set()
    related: list[str] = []

    def flush_related() -> None:
        if related:
            body.append('<aside class="related-articles"><ul>' + "".join(f"<li>{item}</li>" for item in related) + "</ul></aside>")
            related.clear()

    for article in articles:
        for line in article.lines:
            if line.kind == L.BLANK or not line.text.strip():
                continue
            item = e(line.text)
            if article is first and headline is not None and line.index < headline.index and line is not byline:
                top.append(f"<div>{item}</div>")
            elif line is (headline if article is first else article.headline):
                flush_related()
                body.append(f"<h1>{item}</h1>" if article is first else f"<h2>{item}</h2>")
                if article is first and byline is not None and byline.index < line.index:
                    body.append(f'<div class="byline"><time datetime="{published}">{e(byline.text)}</time></div>')
            elif line is byline:
                body.append(f'<div class="byline"><time datetime="{published}">{item}</time></div>')
            elif line.kind == L.PROSE:
                flush_related()
                body.append(f"<p>{item}</p>")
            elif line.kind == L.CAPTION:
                if line.text not in captions:
                    captions.add(line.text)
                    body.append(f'<figure><img src="photo.jpg" alt=""><figcaption>{item}</figcaption></figure>')
            elif line.kind in (L.BLOCK_MARKER, L.CLOCK) or related:
                related.append(item)
            elif line.kind == L.DATE:
                body.append(f'<div class="dateline">{item}</div>')
            elif line.kind == L.TITLE:
                body.append(f'<p class="standfirst">{item}</p>')
            else:
                body.append(f'<div class="meta">{item}</div>')
    flush_related()
    return "\n".join([
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{e(title)} | {site}</title>',
        f'<meta property="og:title" content="{e(title)}"><meta property="og:site_name" content="{site}">{meta}',
        "</head><body>",
        '<div class="cookie-banner">We use cookies to give you the best experience. <button>Accept</button></div>',
        '<header class="site-header"><div class="topbar">' + "\n".join(top) + "</div>",
        '<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/region">Region</a></li></ul></nav></header>',
        "<main><article>", *body, "</article></main>",
        f"<footer><p>&copy; 2026 {site}. All rights reserved.</p></footer></body></html>\n",
    ])


def write_variants(text: str, stem: str, folder: Path, *, pdf: bool = True) -> None:
    """`stem.html`, `stem.mhtml` and (with chromium) `stem.pdf` of one plain-text article."""
    markup = wrap_text(text)
    page = folder / f"{stem}.html"
    page.write_text(f"<!-- saved from url=(0036)https://ledger.example/world/{stem} -->\n" + markup, encoding="utf-8")
    title = re.search(r"<title>(.*?)</title>", markup).group(1)  # type: ignore[union-attr]
    (folder / f"{stem}.mhtml").write_bytes(to_mhtml(markup, f"https://ledger.example/world/{stem}", html.unescape(title)))
    if pdf:  # a site's top bar shows the day it is viewed: printed now, that is the print day, which the
        # PDF's creation date also carries (a fixed day here would make the test depend on the clock)
        viewed = folder / f"{stem}.viewed.html"
        viewed.write_text(wrap_text(text, today=_viewed_today()), encoding="utf-8")
        print_pdf(viewed, folder / f"{stem}.pdf")


NARROW_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Consultations in Moscow | Ledger</title>
<style>body { font-size: 15pt; } .story { width: 12em; } .spacer { height: 300px; }</style></head><body>
<div class="story"><h1>Hamas team in Moscow for consul&shy;tations</h1>
<p>Tuesday 5 March 2024</p>
<p>MOSCOW &ndash; A Hamas delegation headed by Mousa Abu Marzouk held extra&shy;ordinary consul&shy;tations with Deputy Foreign
Minister Mikhail Bogdanov in Moscow on Monday, the long-feuding factions&rsquo; mediators said in a state&shy;ment issued after
the consul&shy;tations ended.</p>
<div class="spacer"></div>
<p>The two sides discussed the humani&shy;tarian situation in the Gaza Strip and the prepa&shy;rations for an intra-Palestinian
meeting that Moscow plans to host at the end of the month, the ministry said.</p>
<p>Moscow has kept channels open to all the Palestinian factions for decades and hosted several rounds of their
reconciliation talks, most recently in 2019, when the participants could not agree on a final document and the
meeting ended without a joint statement being issued by any of the groups that had attended it in the Russian capital
over two long and difficult days of discussions behind closed doors at a hotel close to the Kremlin and the river.</p></div>
</body></html>
"""


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
        narrow = Path(tmp) / "narrow_column.html"  # a two-page print in a narrow column, words broken at soft hyphens
        narrow.write_text(NARROW_PAGE, encoding="utf-8")
        print_pdf(narrow, HERE / "narrow_column.pdf")
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
