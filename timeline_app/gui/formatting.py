"""Turning stored values into text for people, safely (no Qt).

Everything that comes from an article is untrusted: labels are drawn as plain text, and the
only place where Qt would interpret markup on its own (tooltips, which are rich-text-detected)
gets text escaped with `html.escape` inside an explicit `<qt>…</qt>` wrapper.
"""
from __future__ import annotations

import html
from datetime import date

from .layout import MONTHS, MONTHS_LONG

PRECISION_WORDS = {"day": "day", "month": "month", "year": "year", "unknown": "unknown"}
BASIS_PHRASES = {
    "explicit": "stated in the text",
    "relative": "worked out from the article's date",
    "publication": "assumed from the article's publication date",
    "corroborated": "publication date of several independent reports",
    "unknown": "no date found in the text",
    "curated": "set by an analyst",
}
TYPE_WORDS = {"visit": "Visit", "meeting": "Meeting", "talks": "Talks", "call": "Phone call"}


def format_date(value: str | None, long: bool = False) -> str:
    """"4 Feb 2021", "Feb 2021", "2021" or "Undated" (month names never depend on the locale)."""
    if not value:
        return "Undated"
    names = MONTHS_LONG if long else MONTHS
    try:
        if len(value) == 10:
            d = date.fromisoformat(value)
            return f"{d.day} {names[d.month - 1]} {d.year}"
        if len(value) == 7:
            return f"{names[int(value[5:7]) - 1]} {value[:4]}"
    except (ValueError, IndexError):
        return value
    return value


def describe_date(value: str | None, precision: str, basis: str) -> str:
    """The details panel's date line: "4 Feb 2021 (day; worked out from the article's date)"."""
    if not value:
        return f"Undated ({BASIS_PHRASES.get(basis, basis)})"
    word = PRECISION_WORDS.get(precision, precision)
    return f"{format_date(value)} ({word}; {BASIS_PHRASES.get(basis, basis)})"


def type_word(event_type: str) -> str:
    return TYPE_WORDS.get(event_type, event_type.capitalize())


def one_line(text: str) -> str:
    """Collapse line breaks and tabs so a label stays on its line."""
    return " ".join(text.split())


def official_line(name: str, organization: str | None, role: str | None) -> str:
    """"Mikhail Bogdanov — Deputy Foreign Minister, Russian Foreign Ministry"."""
    extra = ", ".join(p for p in (role, organization) if p)
    return f"{name} — {extra}" if extra else name


def plain_tooltip(*lines: str, bold_first: bool = False) -> str:
    """A tooltip that shows its text literally: escaped, inside an explicit rich-text wrapper.

    Qt guesses whether a tooltip is rich text; untrusted text such as `<b>x</b>` or
    `<img src=…>` would otherwise be rendered (or fetched). Escaping makes it literal.
    """
    parts = [html.escape(one_line(line)) for line in lines if line]
    if bold_first and parts:
        parts[0] = f"<b>{parts[0]}</b>"
    return "<qt>" + "<br>".join(parts) + "</qt>"


def qt_text_position(text: str, index: int) -> int:
    """Position in a QPlainTextEdit showing `text` of the Python offset `index`.

    Two conversions: UTF-16 code units (characters outside the BMP count 2), and Windows line
    ends, which `setPlainText` turns into a single paragraph break ("\r\n" counts 1).
    """
    prefix = text[:index]
    return len(prefix.encode("utf-16-le")) // 2 - prefix.count("\r\n")


def menu_text(text: str) -> str:
    """Menu and button texts treat "&" as a mnemonic marker: double it to show it literally."""
    return one_line(text).replace("&", "&&")
