"""Turn a file's bytes into the text we store, or refuse it with a one-line reason.

Plain text (.txt .md .text) is decoded: UTF-8 (with or without BOM), UTF-16/32 with BOM, else
cp1252. Saved web pages go through their format's reader first (`html_page`, `mhtml`,
`pdf_text`), which return the article text and the page's metadata (`page.PageText`); a PDF is
recognised by its content whatever its name. Line endings are normalised to "\\n" so that
character offsets mean the same thing in the database, in exports and in the source viewer.
The content hash is always the ORIGINAL file's, so re-ingest recognises the file itself.
"""
from __future__ import annotations

import hashlib
import os
import re
import stat
from dataclasses import dataclass
from datetime import date, datetime, timezone

from .page import PageText, ReadError, clean_chars

MAX_BYTES = 20 * 1024 * 1024  # a saved news page is kilobytes; 20 MB is already absurd
# single-file archives and prints carry their images: a long article with photos runs to tens of MB
MAX_ARCHIVE_BYTES = 100 * 1024 * 1024
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
ARCHIVE_SUFFIXES = frozenset({".mhtml", ".mht", ".pdf", ".eml", ".docx"})

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a RIFF (WebP/WAV/AVI) file"),
    (b"%PDF-", "a PDF document (convert it to text first)"),
    (b"PK\x03\x04", "a ZIP archive or Office document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a Windows program"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x00\x00\x01\x00", "an icon"),
    (b"OggS", "an audio file"),
    (b"ID3", "an MP3 file"),
)
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


@dataclass(frozen=True)
class SourceText:
    text: str  # what is stored: the article text of a page, the decoded text of a text file
    encoding: str  # how it was read: "utf-8", "cp1252", ..., "html/utf-8", "mhtml", "pdf", "eml"
    content_hash: str  # of the original file's bytes
    size: int
    mtime_ns: int
    title: str | None = None
    published: date | None = None  # from the page's metadata; None: read the dateline in the text
    author: str | None = None
    site: str | None = None

    @property
    def saved_on(self) -> date:
        """The day (UTC) the file was last saved: completes a dateline printed without a year."""
        return datetime.fromtimestamp(self.mtime_ns / 1e9, tz=timezone.utc).date()


@dataclass(frozen=True)
class RawFile:
    """A file's bytes and identity, read once: the hash decides whether it needs analysing."""
    data: bytes
    content_hash: str
    size: int
    mtime_ns: int
    suffix: str  # lower case, with the dot: decides how the bytes are read


def read_raw(path: str | os.PathLike[str]) -> RawFile:
    """The bytes of a file (bounded by the size limits) and their SHA-256; ReadError with a reason.

    Every file of a re-ingest passes here (the hash decides), so it costs one stat and one read
    sized by that stat: a read asked for the limit (20 MB) allocated that much for every page,
    and with a second stat for "is it a file" took five times as long as reading and hashing."""
    path = os.fspath(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise ReadError("file disappeared before it could be read") from None
    except OSError as exc:
        raise ReadError(f"cannot read file ({exc.strerror or exc})") from None
    if not stat.S_ISREG(st.st_mode):
        raise ReadError("not a regular file")
    name = os.path.basename(path)
    dot = name.rfind(".")
    suffix = name[dot:].lower() if 0 < dot < len(name) - 1 else ""  # as Path.suffix reads it
    limit = MAX_ARCHIVE_BYTES if suffix in ARCHIVE_SUFFIXES else MAX_BYTES
    if st.st_size > limit:
        raise ReadError(f"too large ({st.st_size / 1_048_576:.1f} MB; the limit is {limit // 1_048_576} MB)")
    try:
        with open(path, "rb") as handle:
            data = handle.read(st.st_size + 1)
            if len(data) > st.st_size:  # it grew since the stat: read on, up to the limit
                data += handle.read(limit + 1 - len(data))
    except FileNotFoundError:
        raise ReadError("file disappeared before it could be read") from None
    except PermissionError:
        raise ReadError("permission denied") from None
    except OSError as exc:
        raise ReadError(f"cannot read file ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise ReadError(f"too large (over {limit // 1_048_576} MB)")
    return RawFile(data, hashlib.sha256(data).hexdigest(), len(data), st.st_mtime_ns, suffix)


def parse_raw(raw: RawFile) -> SourceText:
    """The text we store from a file's bytes: a page's article, or the decoded text of a text
    file. Pure (no file access), so it can run in a worker process."""
    page, encoding = read_page(raw.data, raw.suffix)
    if page is None:
        text, encoding = decode(raw.data)
        return SourceText(text, encoding, raw.content_hash, raw.size, raw.mtime_ns)
    return SourceText(page.text, encoding, raw.content_hash, raw.size, raw.mtime_ns, page.title, page.published,
                      page.author, page.site)


def read_page(data: bytes, suffix: str) -> tuple[PageText | None, str]:
    """A saved page through its format's reader; (None, "") for a plain text file."""
    if not data:
        raise ReadError("empty file")
    if data.startswith(b"%PDF-") or suffix == ".pdf":
        from .pdf_text import read_pdf
        if not data.startswith(b"%PDF-"):
            raise ReadError("not a PDF document (it does not start with %PDF-)")
        return read_pdf(data), "pdf"
    if suffix in (".mhtml", ".mht"):
        from .mhtml import read_mhtml
        return read_mhtml(data), "mhtml"
    if suffix == ".docx":
        from .docx import read_docx
        return read_docx(data), "docx"
    if suffix == ".eml":
        from .mhtml import read_eml
        return read_eml(data), "eml"
    if suffix in HTML_SUFFIXES:
        from .html_page import decode_html, read_html, saved_from_url
        for magic, what in _MAGIC:
            if data.startswith(magic):
                raise ReadError(f"binary file ({what}), not a web page")
        if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise ReadError("binary data (NUL bytes), not a web page")
        markup = decode_html(data)
        if "<" not in markup[:65536]:  # a text file with an .html name: read it as the text it is
            return None, ""
        return read_html(clean_chars(markup), url=saved_from_url(data)), "html"
    return None, ""


# characters below 32 other than tab, newline, vertical tab and form feed (carriage returns are
# gone by then): counted by the regex engine, a Python loop over every character was 3% of a
# cold ingest's single-process CPU
_CONTROL = re.compile("[\x00-\x08\x0d-\x1f]")


def decode(data: bytes) -> tuple[str, str]:
    """Bytes to normalised text and the encoding used; ReadError for anything that is not text."""
    if not data:
        raise ReadError("empty file")
    text, encoding = _decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ReadError("no text (only whitespace)")
    controls = len(_CONTROL.findall(text, 0, 65536))
    if controls > max(8, len(text[:65536]) // 100):
        raise ReadError("binary data (control characters), not text")
    return text, encoding


def _decode(data: bytes) -> tuple[str, str]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec).lstrip("\ufeff"), codec.replace("-sig", "")
            except UnicodeDecodeError:
                raise ReadError(f"invalid {codec.replace('-sig', '').upper()} text after its byte-order mark") from None
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise ReadError(f"binary file ({what}), not text")
    if b"\x00" in data:
        raise ReadError("binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        raise ReadError("undecodable text (neither UTF-8 nor cp1252)") from None
