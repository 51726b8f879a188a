"""The one contract every format reader returns: the article text we store, plus page metadata.

A saved web page carries more than its article (menus, related headlines, footers, captions)
and sometimes knows more than its text says (a publication date in its metadata). Readers for
HTML, MHTML, PDF and mail all hand back a `PageText`: `text` is what is stored, shown in the
source viewer and pointed into by evidence offsets; `published` is the page's own publication
date when its metadata gives one (never a print, save or navigation-bar date).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date


class ReadError(Exception):
    """Why a file cannot be ingested, in words a user understands."""


@dataclass(frozen=True)
class PageText:
    text: str
    title: str | None = None
    published: date | None = None
    author: str | None = None
    site: str | None = None


# No-break and thin spaces glue names together ("Sergey\u00a0Lavrov" became a phantom "Sergey");
# soft hyphens and zero-width characters split words invisibly; PDF fonts emit ligatures.
_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"}
_LIGATURE_RE = re.compile("[" + "".join(_LIGATURES) + "]")


def clean_chars(text: str) -> str:
    """Plain spaces, no invisible characters, no ligatures, "\\n" line ends."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SPACES.sub(" ", text)
    text = _INVISIBLE.sub("", text)
    return _LIGATURE_RE.sub(lambda m: _LIGATURES[m.group()], text)


def parse_iso_day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
