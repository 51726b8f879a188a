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
from typing import Any
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
                lines = [(_line_text(line), line.x0, line.x1) for line in element if isinstance(line, LTTextLine)]
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


def _line_text(line: Any) -> str:
    """A line's text without invisible spaces: Chromium prints each soft hyphen that does not
    break a line as a space glyph of no advance ("consul tations"); the next letter starts on it."""
    from pdfminer.layout import LTChar

    chars = list(line)
    out = []
    for index, char in enumerate(chars):
        text = char.get_text()
        if text == " " and isinstance(char, LTChar) and index + 1 < len(chars):
            following = chars[index + 1]
            if isinstance(following, LTChar) and following.x0 < char.x0 + 0.3 * max(char.width, 0.1):
                continue
        out.append(text)
    return clean_chars("".join(out)).strip()


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
    story that prints none. Such a date, alone or at either end of a line above the story's
    first paragraph (the layout may glue it to a cookie banner), is dropped. (A story published
    and printed the same day keeps the date of its lede, "MOSCOW, Nov 30 -".)"""
    if printed is None:
        return text
    paragraphs = text.split("\n\n")
    for index, paragraph in enumerate(paragraphs):
        if len(paragraph) > 150 and "\n" not in paragraph:
            break  # the first paragraph of prose: the story has started
        lines = []
        for line in paragraph.split("\n"):  # "Saturday, 30 November 2026 | Beirut 18°C | E-paper"
            parts = [_cut_day(part, printed) for part in re.split(r"\s+\|\s+", line)]
            parts = [part for part in parts if part]
            if parts:
                lines.append(" | ".join(parts))
        paragraphs[index] = "\n".join(lines)
    return "\n\n".join(p for p in paragraphs if p.strip())


_WEEKDAY_BEFORE = re.compile(r"(?i)(?:\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)$")
_TIME_AFTER = re.compile(r"(?i)^[,\s]*(?:\d{1,2}:\d\d(?::\d\d)?\s*(?:am|pm|gmt|utc)?\b)?[\s,.]*")


def _cut_day(part: str, day: date) -> str:
    """`part` without a date of `day` that stands alone or at its start or end."""
    for expr in full_dates(part):
        if (expr.year, expr.month, expr.day) != (day.year, day.month, day.day):
            continue
        start = expr.start
        weekday = _WEEKDAY_BEFORE.search(part[:start])
        if weekday:
            start = weekday.start()
        after = _TIME_AFTER.match(part[expr.end:])
        end = expr.end + (after.end() if after else 0)
        if not part[:start].strip() or not part[end:].strip():
            return (part[:start] + part[end:]).strip()
    return part.strip()


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
    """Each box a paragraph; within it, a line the printer broke joins the next, and a line that
    ended on its own (menu entry, list item, headline) keeps its own line."""
    if not boxes:
        return ""
    vocabulary = Counter(w.lower() for b in boxes for w in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", b.text))
    paragraphs: list[str] = []
    previous: tuple[_Box, float] | None = None  # the last box, and its column
    widest = max(r - x for b in boxes for _, x, r in b.lines)
    by_page: dict[int, list[_Box]] = {}
    for box in boxes:
        by_page.setdefault(box.page, []).append(box)  # columns are found page by page: linear in pages
    for box in boxes:
        column = max(_column(box, by_page[box.page]), 0.6 * widest)  # a lone short box is not a column of its own
        out = ""
        for index, (line, _, _) in enumerate(box.lines):
            if not out:
                out = line
                continue
            out = _join(out, line, vocabulary) if _wrapped(box.lines[index - 1], line, column) else f"{out}\n{line}"
        if previous and previous[0].page != box.page and paragraphs and _continues(previous[0].lines[-1], out, previous[1]):
            paragraphs[-1] = _join(paragraphs[-1], out, vocabulary)  # a paragraph over a page break
        else:
            paragraphs.append(out)
        previous = (box, column)
    return "\n\n".join(paragraphs).strip()


def _continues(last: tuple[str, float, float], following: str, column: float) -> bool:
    return _wrapped(last, following, column) and not last[0].rstrip().endswith((".", "!", "?", ":", '"', "\u201d"))


def _column(box: _Box, page: list[_Box]) -> float:
    """The width of the text column a box sits in: the widest line of the boxes on its page that
    start where it starts (a page's header or cookie banner may be wider than its story)."""
    left = min(x for _, x, _ in box.lines)
    return max(r - x for b in page if abs(min(y for _, y, _ in b.lines) - left) < 12 for _, x, r in b.lines)


_ITEM_START = re.compile(r"^(?:[\u2022\u00b7\u25aa*\u2013\u2014-]\s|\d{1,2}[:.]\d\d\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\d{1,2}\.\s)")


def _wrapped(previous: tuple[str, float, float], line: str, column: float) -> bool:
    """Did the printer break here? Only if the next line's first word would not have fitted in
    the column after this line; never before a list item ("• ...", "16:42 ...", "09.09.2024 ...")."""
    text, left, right = previous
    if text.endswith(("\u2010", "\u00ad")):
        return True
    if not text or _ITEM_START.match(line):
        return False
    width = right - left
    next_word = len(line.split(" ", 1)[0]) + 1
    return width + next_word * width / len(text) > 0.95 * column


def _join(head: str, tail: str, vocabulary: Counter[str]) -> str:
    """Join a wrapped line. A browser breaks a word only at a soft hyphen, which it prints as
    U+2010: "extra‐" + "ordinary" is one word. At a hard hyphen it keeps it: "long-" +
    "feuding" is "long-feuding", unless the text itself writes the word without it elsewhere
    (a typeset PDF that hyphenates with "-")."""
    if head.endswith(("\u2010", "\u00ad")) and tail[:1].isalpha():
        return head[:-1].rstrip() + tail
    if head.endswith("-") and not head.endswith(" -") and tail[:1].isalpha():
        first = re.search(r"([A-Za-z]+)-$", head)
        second = re.match(r"[A-Za-z]+", tail)
        if first and second:
            whole = (first.group(1) + second.group()).lower()
            hyphened = f"{first.group(1)}-{second.group()}".lower()
            if vocabulary[whole] and not vocabulary[hyphened]:
                return head[:-1] + tail
        return head + tail
    return f"{head} {tail}"
