"""A printed page (.pdf, "Print… Save as PDF") to article-like text, or a clear refusal.

pdfminer.six rather than pypdf: on browser prints pypdf emits the print header after the page
body and gives no paragraph structure, while pdfminer's layout analysis returns text boxes in
reading order with their positions: one box per paragraph, so paragraphs survive, and the
running header and footer can be recognised by where they sit.

Removed: what a browser prints in the page margins (the PRINT date and the page title on top,
the address and "1/3" below), anything repeated at the same height on several pages, and bare
page numbers. The print date is never the publication date: the date comes from the article's
own dateline, as for text. Lines wrapped by the printer are joined back into paragraphs and
words broken at a line-end hyphen are joined. No OCR: a PDF without a text layer (a scan) is
refused, as is an encrypted one.
"""
from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from .dates import full_dates
from .page import PageText, ReadError, clean_chars

MARGIN_SHARE = 0.06  # browsers print header and footer within the top/bottom ~6% of the page; a box
# counts as running text only when it lies wholly inside that band
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?$", re.I)
_ADDRESS = re.compile(r"^(?:https?|file)://\S+$|^www\.\S+$", re.I)
_PRINT_STAMP = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]\.?M\.?)?$", re.I)


@dataclass
class _Box:
    page: int
    top: float  # from the top of the page to the box's lower edge (share of the page height)
    bottom: float  # from the bottom of the page to the box's upper edge
    lines: list[tuple[str, float, float]]  # text, left, right

    @property
    def text(self) -> str:
        return " ".join(t for t, _, _ in self.lines)


def read_pdf(data: bytes) -> PageText:
    try:
        from pdfminer.high_level import extract_pages
        from pdfminer.layout import LAParams, LTTextBox, LTTextLine
        from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
        from pdfminer.pdfparser import PDFSyntaxError
        from pdfminer.psparser import PSException
    except ImportError:  # pragma: no cover - declared dependency
        raise ReadError("PDF support is not installed (pdfminer.six)") from None
    boxes: list[_Box] = []
    pages = 0
    try:
        for number, layout in enumerate(extract_pages(io.BytesIO(data), laparams=LAParams())):
            pages += 1
            height = layout.height or 1.0
            for element in layout:
                if not isinstance(element, LTTextBox):
                    continue
                lines = [(clean_chars(line.get_text()).strip(), line.x0, line.x1) for line in element if isinstance(line, LTTextLine)]
                lines = [line for line in lines if line[0]]
                if lines:
                    boxes.append(_Box(number, (height - element.y0) / height, element.y1 / height, lines))
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise ReadError("encrypted PDF (remove the password, or print the page to PDF again)") from None
    except (PDFSyntaxError, PSException):
        raise ReadError("damaged or unreadable PDF") from None
    except Exception as exc:  # pdfminer raises many kinds on broken files; one file, one line
        raise ReadError(f"unreadable PDF ({exc.__class__.__name__})") from None
    if pages == 0:
        raise ReadError("PDF without pages")
    if not any(b.text.strip() for b in boxes):
        raise ReadError("PDF without a text layer (a scan or images only); text recognition (OCR) is not done here: "
                        "run OCR first or save the page as HTML")
    kept = _drop_running_text(boxes, pages)
    text = _without_print_day(_reflow(kept), _print_day(data))
    if not text:
        raise ReadError("PDF with nothing but page headers and footers")
    return PageText(text + "\n")


def _print_day(data: bytes) -> date | None:
    """The day the page was printed, from the PDF's creation date (browsers set it when printing)."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1
    try:
        for info in PDFDocument(PDFParser(io.BytesIO(data))).info:
            value = resolve1(info.get("CreationDate"))
            found = re.match(rb"D:(\d{4})(\d\d)(\d\d)", value if isinstance(value, bytes) else str(value or "").encode())
            if found:
                return date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
    except Exception:  # no usable info dictionary: nothing to compare with
        return None
    return None


def _without_print_day(text: str, printed: date | None) -> str:
    """A site prints the day it is viewed in its top bar ("Monday, 30 November 2026"); printed
    to PDF that is the print day, and the text rules would take it as the publication date of a
    story that prints none. Such a bare date line above the story's first paragraph is dropped.
    (A story published and printed the same day keeps the date of its lede, "MOSCOW, Nov 30 -".)"""
    if printed is None:
        return text
    paragraphs = text.split("\n\n")
    for index, paragraph in enumerate(paragraphs):
        if len(paragraph) > 150 and "\n" not in paragraph:
            break  # the first paragraph of prose: the story has started
        lines = []
        for line in paragraph.split("\n"):  # "Saturday, 30 November 2026 | Beirut 18°C | E-paper"
            parts = [part for part in re.split(r"\s+\|\s+", line) if not _is_date_of(part, printed)]
            if parts:
                lines.append(" | ".join(parts))
        paragraphs[index] = "\n".join(lines)
    return "\n\n".join(p for p in paragraphs if p.strip())


def _is_date_of(line: str, day: date) -> bool:
    exprs = full_dates(line)
    if len(exprs) != 1 or (exprs[0].year, exprs[0].month, exprs[0].day) != (day.year, day.month, day.day):
        return False
    rest = line[:exprs[0].start] + line[exprs[0].end:]
    rest = re.sub(r"(?i)\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b\d{1,2}:\d\d(?::\d\d)?\b|\b(?:am|pm|gmt|utc|today)\b|[,.|\u2022\u00b7\-]", "", rest)
    return not rest.strip()


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower())


def _drop_running_text(boxes: list[_Box], pages: int) -> list[_Box]:
    """Without the print header/footer and page numbers."""
    repeated = Counter((_shape(b.text), round(b.top, 2)) for b in boxes)
    kept = []
    for box in boxes:
        in_margin = box.top < MARGIN_SHARE or box.bottom < MARGIN_SHARE
        text = box.text.strip()
        if pages > 1 and repeated[(_shape(text), round(box.top, 2))] >= 2 and in_margin:
            continue
        if in_margin and (_PAGE_NUMBER.match(text) or _ADDRESS.match(text) or _PRINT_STAMP.match(text)):
            continue
        if _PAGE_NUMBER.match(text) and (box.top < MARGIN_SHARE * 2 or box.bottom < MARGIN_SHARE * 2):
            continue
        kept.append(box)
    # the page title a browser prints beside the print date, on every page of a one-page print too
    stamped_pages = {b.page for b in boxes if b.top < MARGIN_SHARE and _PRINT_STAMP.match(b.text.strip())}
    return [b for b in kept if not (b.page in stamped_pages and b.top < MARGIN_SHARE)]


def _reflow(boxes: list[_Box]) -> str:
    """Each box a paragraph; a line reaching across most of the text column was wrapped by the
    printer and joins the next, a short line (menu item, list entry) keeps its own line."""
    if not boxes:
        return ""
    column = {p: max(r for b in boxes if b.page == p for _, _, r in b.lines) - min(l for b in boxes if b.page == p for _, l, _ in b.lines)
              for p in {b.page for b in boxes}}
    vocabulary = Counter(w.lower() for b in boxes for w in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", b.text))
    paragraphs: list[str] = []
    carry = False  # the previous page ended inside a paragraph
    previous_page = boxes[0].page
    for box in boxes:
        out = ""
        for index, (line, left, right) in enumerate(box.lines):
            if not out:
                out = line
                continue
            previous = box.lines[index - 1]
            wrapped = previous[2] - previous[1] >= 0.6 * column[box.page]
            out = _join(out, line, vocabulary) if wrapped else f"{out}\n{line}"
        last = box.lines[-1]
        if carry and box.page != previous_page and paragraphs and out[:1].islower():
            paragraphs[-1] = _join(paragraphs[-1], out, vocabulary)
        else:
            paragraphs.append(out)
        carry = last[2] - last[1] >= 0.85 * column[box.page] and not last[0].rstrip().endswith((".", "!", "?", ":", '"', "\u201d"))
        previous_page = box.page
    return "\n\n".join(paragraphs).strip()


def _join(head: str, tail: str, vocabulary: Counter[str]) -> str:
    """Join a wrapped line; "consul-" + "tations" is one word unless the text itself writes it
    with a hyphen elsewhere, and "long-" + "feuding" keeps the hyphen a browser broke at."""
    if head.endswith("-") and not head.endswith(" -") and tail[:1].isalpha():
        first = re.search(r"([A-Za-z]+)-$", head)
        second = re.match(r"[A-Za-z]+", tail)
        if first and second:
            whole = (first.group(1) + second.group()).lower()
            hyphened = f"{first.group(1)}-{second.group()}".lower()
            if vocabulary[whole] and not vocabulary[hyphened]:
                return head[:-1] + tail
        return head + tail
    if head.endswith("\u00ad"):
        return head[:-1] + tail
    return f"{head} {tail}"
