"""Word documents (.docx): the paragraphs of `word/document.xml`, read with the standard library.

A .docx is a ZIP of XML parts; its body is a sequence of `<w:p>` paragraphs made of `<w:t>` runs,
with `<w:tab/>` and `<w:br/>` inside them. That is all an article pasted into Word needs, so no
extra dependency is taken. The title comes from the document properties (`docProps/core.xml`);
their dates are when the FILE was made or saved, never the article's publication date.
"""
from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree

from .page import PageText, ReadError, clean_chars

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"
MAX_XML_BYTES = 50 * 1024 * 1024  # the unpacked body; a ZIP bomb stops here


def read_docx(data: bytes) -> PageText:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        info = archive.getinfo("word/document.xml")
    except (zipfile.BadZipFile, KeyError):
        raise ReadError("not a Word document (.docx without word/document.xml)") from None
    if info.file_size > MAX_XML_BYTES:
        raise ReadError("Word document too large to read")
    try:
        body = ElementTree.fromstring(archive.read(info))
    except (ElementTree.ParseError, zipfile.BadZipFile, RuntimeError):
        raise ReadError("damaged or password-protected Word document") from None
    paragraphs = []
    for paragraph in body.iter(f"{_W}p"):
        pieces = []
        for node in paragraph.iter():
            if node.tag == f"{_W}t" and node.text:
                pieces.append(node.text)
            elif node.tag == f"{_W}tab":
                pieces.append("\t")
            elif node.tag in (f"{_W}br", f"{_W}cr"):
                pieces.append("\n")
        line = clean_chars("".join(pieces)).strip()
        if line:
            paragraphs.append(line)
    if not paragraphs:
        raise ReadError("Word document without text")
    title = None
    try:
        core = ElementTree.fromstring(archive.read("docProps/core.xml"))
        found = core.find(_DC_TITLE)
        title = " ".join((found.text or "").split()) or None if found is not None else None
    except (KeyError, ElementTree.ParseError, zipfile.BadZipFile):
        pass
    return PageText("\n\n".join(paragraphs) + "\n", title)
