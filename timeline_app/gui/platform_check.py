"""Before Qt starts: can its X11 (xcb) platform plugin load on this machine?

When a system library the xcb plugin needs is missing (plain Debian 12 lacks libxcb-cursor0),
Qt prints a long hint and aborts the process, which no Python code can catch. So the window's
entry point asks first and prints one line naming the library and its Debian package. Only
Linux with the xcb platform (QT_QPA_PLATFORM unset or "xcb") is checked.
"""
from __future__ import annotations

import ctypes
import os
import sys

# library the xcb plugin links -> Debian/Ubuntu package that ships it
XCB_LIBRARIES = (
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
)


def _loadable(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def platform_problem() -> str | None:
    """One line saying which library is missing (and how to install it), or None if none is."""
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "").strip().lower()
    if platform not in ("", "xcb") or (not platform and os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY")):
        return None
    missing = [(lib, package) for lib, package in XCB_LIBRARIES if not _loadable(lib)]
    if not missing:
        return None
    libs = ", ".join(lib for lib, _ in missing)
    packages = " ".join(package for _, package in missing)
    return (f"error: the window cannot start: Qt's X11 platform plugin needs {libs}, not found on this system "
            f"(Debian/Ubuntu: sudo apt install {packages})")
