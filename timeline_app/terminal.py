"""Text that names a file, made safe to print on one terminal line.

File names are untrusted: a name may contain a newline (which would forge a second
`error: ...` line), a carriage return (which would overwrite the line), or ESC/OSC sequences
(which a terminal would execute). Every line that names a file goes through `printable`.
"""
from __future__ import annotations

import unicodedata

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\x1b": "\\e"}


def printable(text: str) -> str:
    """Control and format characters shown as escapes (\\n, \\x07, \\u202e), everything else kept.

    Surrogates left by undecodable file names (os.fsdecode's surrogateescape) are shown as
    \\xNN, the byte they stand for.
    """
    if text.isprintable():
        return text
    out: list[str] = []
    for ch in text:
        if ch in _NAMED:
            out.append(_NAMED[ch])
        elif "\udc80" <= ch <= "\udcff":
            out.append(f"\\x{ord(ch) - 0xDC00:02x}")
        elif ch.isprintable() or ch == " ":
            out.append(ch)
        elif unicodedata.category(ch) in ("Cc", "Cs") or ord(ch) < 0x100:
            out.append(f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")
        else:  # format characters (bidi overrides, zero-width), line/paragraph separators
            out.append(f"\\u{ord(ch):04x}")
    return "".join(out)
