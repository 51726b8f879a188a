"""The desktop window (PySide6). Everything it shows comes from storage queries; it never parses text.

`build_main_window(db_url)` returns the main window for a database, not shown; the caller
creates the QApplication first.
"""
from .main_window import MainWindow, build_main_window

__all__ = ["MainWindow", "build_main_window"]
