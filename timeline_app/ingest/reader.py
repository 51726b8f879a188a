"""Turn a file's bytes into the text we store, or refuse it with a one-line reason.

Decoding order: UTF-8 (with or without BOM), UTF-16/32 with BOM, else cp1252. Line endings are
normalised to "\\n" so that character offsets mean the same thing in the database, in exports
and in the source viewer.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 20 * 1024 * 1024  # a saved news page is kilobytes; 20 MB is already absurd

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


class ReadError(Exception):
    """Why a file cannot be ingested, in words a user understands."""


@dataclass(frozen=True)
class SourceText:
    text: str
    encoding: str
    content_hash: str
    size: int
    mtime_ns: int


def read_document(path: str | os.PathLike[str]) -> SourceText:
    p = Path(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise ReadError("file disappeared before it could be read") from None
    except OSError as exc:
        raise ReadError(f"cannot read file ({exc.strerror or exc})") from None
    if not p.is_file():
        raise ReadError("not a regular file")
    if st.st_size > MAX_BYTES:
        raise ReadError(f"too large ({st.st_size / 1_048_576:.1f} MB; the limit is {MAX_BYTES // 1_048_576} MB)")
    try:
        with p.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise ReadError("file disappeared before it could be read") from None
    except PermissionError:
        raise ReadError("permission denied") from None
    except OSError as exc:
        raise ReadError(f"cannot read file ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise ReadError(f"too large (over {MAX_BYTES // 1_048_576} MB)")
    text, encoding = decode(data)
    return SourceText(text, encoding, hashlib.sha256(data).hexdigest(), len(data), st.st_mtime_ns)


def decode(data: bytes) -> tuple[str, str]:
    """Bytes to normalised text and the encoding used; ReadError for anything that is not text."""
    if not data:
        raise ReadError("empty file")
    text, encoding = _decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ReadError("no text (only whitespace)")
    controls = sum(1 for c in text[:65536] if ord(c) < 32 and c not in "\n\t\f\v")
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
