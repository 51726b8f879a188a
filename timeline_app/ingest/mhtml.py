"""Single-file web archives (.mhtml/.mht, "Save as… Webpage, single file") and saved mail (.eml).

Both are MIME messages, so the standard library's `email` parser reads them: it undoes
quoted-printable and base64 and knows each part's charset. The page's HTML part then goes
through the HTML reader. The archive's own `Date:` header is when the page was SAVED, never its
publication date; its `Snapshot-Content-Location` is the page's address, which can hold a date.
"""
from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

from .html_page import decode_html, read_html
from .page import PageText, ReadError, clean_chars


def _parse(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def _part_text(part: EmailMessage) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    return decode_html(payload, part.get_content_charset()) if part.get_content_type() == "text/html" \
        else payload.decode(part.get_content_charset() or "utf-8", errors="replace")


def read_mhtml(data: bytes) -> PageText:
    message = _parse(data)
    if not message.is_multipart() and message.get_content_type() != "text/html":
        raise ReadError("not a web archive (no MIME parts; is it really .mhtml?)")
    url = message.get("Snapshot-Content-Location")
    parts = [p for p in message.walk() if p.get_content_type() == "text/html"]
    if not parts:
        raise ReadError("web archive without an HTML page in it")
    # the page itself, not an embedded frame (ads, players): the part saved from the snapshot's address
    main = next((p for p in parts if url and p.get("Content-Location") == url), parts[0])
    return read_html(_part_text(main), url=str(url) if url else None)


def read_eml(data: bytes) -> PageText:
    """A mail: its HTML body through the HTML reader, else its plain text; the subject as title."""
    message = _parse(data)
    subject = " ".join(clean_chars(str(message.get("Subject", ""))).split()) or None
    body = message.get_body(preferencelist=("html", "plain"))
    if body is None:
        raise ReadError("mail without a readable text body")
    if body.get_content_type() == "text/html":
        page = read_html(_part_text(body))
        return PageText(page.text, page.title or subject, page.published, page.author, page.site)
    text = clean_chars(_part_text(body)).strip()
    if not text:
        raise ReadError("mail with an empty body")
    if subject and not text.startswith(subject):
        text = f"{subject}\n\n{text}"
    return PageText(text + "\n", subject)
