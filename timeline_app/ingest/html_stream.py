"""Cheap passes over page markup that cost time and memory linear in its size.

`strip_heavy` drops what is never article text (scripts other than JSON-LD, styles, inline SVG,
comments) before any tree is built: browser-saved pages carry megabytes of inline scripts.
`StreamingText` reads the visible text of a page too large for a full tree (an lxml tree and
trafilatura's working copies cost ~70 bytes per byte of markup): block elements become
paragraphs, menus, headers, footers, asides and captions are left out, entities are decoded,
and the text rules sort out what remains, as for a page saved as text.
"""
from __future__ import annotations

from html.parser import HTMLParser

_HEAVY = ("script", "style", "svg", "noscript", "template")
_SKIP = frozenset({*_HEAVY, "nav", "header", "footer", "aside", "figcaption", "figure", "form", "button", "select", "iframe", "head"})
_BLOCK = frozenset({"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
                    "blockquote", "table", "tr", "br", "hr", "dd", "dt", "pre"})
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "source", "wbr", "area", "base", "col", "embed", "track"})


def strip_heavy(markup: str) -> str:
    """Without comments, styles, SVG and scripts except JSON-LD (where a page states its date)."""
    lower = markup.lower()
    out: list[str] = []
    position = 0
    length = len(markup)
    while position < length:
        start = lower.find("<", position)
        if start < 0:
            break
        if lower.startswith("<!--", start):
            end = lower.find("-->", start + 4)
            out.append(markup[position:start])
            position = length if end < 0 else end + 3
            continue
        tag = next((t for t in _HEAVY if lower.startswith(t, start + 1) and not lower[start + 1 + len(t):start + 2 + len(t)].isalnum()), None)
        if tag is None:
            out.append(markup[position:start + 1])
            position = start + 1
            continue
        opening_end = lower.find(">", start)
        end = lower.find(f"</{tag}", start)
        if tag == "script" and "ld+json" in lower[start:opening_end if opening_end > 0 else start + 200]:
            stop = length if end < 0 else lower.find(">", end) + 1 or length
            out.append(markup[position:stop])
            position = stop
            continue
        out.append(markup[position:start])
        position = length if end < 0 else (lower.find(">", end) + 1 or length)
    out.append(markup[position:])
    return "".join(out)


class StreamingText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping: list[str] = []
        self.title: str | None = None
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            if tag in ("br", "hr"):
                self.parts.append("\n")
            return
        if tag == "title":
            self._in_title = True
        if tag in _SKIP or self.skipping:
            self.skipping.append(tag)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if self.skipping:
            if tag in self.skipping:
                while self.skipping and self.skipping.pop() != tag:
                    pass
            return
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title and self.title is None:
            self.title = " ".join(data.split()) or None
        elif not self.skipping:
            self.parts.append(data)

    def text(self) -> str:
        lines = (" ".join(line.split()) for line in "".join(self.parts).split("\n"))
        return "\n\n".join(line for line in lines if line)


def visible_text(markup: str) -> tuple[str, str | None]:
    """The page's visible text in paragraphs, and its <title>."""
    parser = StreamingText()
    parser.feed(markup)
    parser.close()
    return parser.text(), parser.title
