"""Expand the paths a user gives into the files to ingest, without ever looping or crashing.

Folders are walked recursively in a stable order; symbolic links are followed, but a folder
already visited (a symlink loop) is reported once and skipped. A file whose name is not valid
UTF-8 (old archives, other systems) is reported by name: the database could not store its path.
A file of a format we do not read is listed as skipped (it is counted, not silently dropped),
and the `NAME_files/` folder a browser writes beside `NAME.html` ("Web page, complete") is not
entered: its scripts, styles, images and frames belong to that page and are not articles.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text"})
PAGE_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".mhtml", ".mht", ".pdf", ".eml", ".docx"})
READ_SUFFIXES = TEXT_SUFFIXES | PAGE_SUFFIXES


@dataclass(frozen=True)
class FileItem:
    path: str
    error: str | None = None  # set when the path cannot be ingested at all
    skipped: str | None = None  # set for a file of a format we do not read ("format")


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[FileItem]:
    seen_files: set[str] = set()
    for raw in paths:
        path = Path(os.path.abspath(os.path.expanduser(str(raw))))
        if path.is_dir():
            yield from _walk(path, seen_files)
        elif path.exists() or path.is_symlink():
            key = str(path)
            if key not in seen_files:
                seen_files.add(key)
                yield FileItem(key, _name_problem(key)) if path.exists() else FileItem(key, "broken symbolic link")
        else:
            yield FileItem(str(path), "no such file or folder")


def _name_problem(path: str) -> str | None:
    """Undecodable bytes in a name come back from the OS as lone surrogates (PEP 383); SQLite
    cannot store such a path and the whole batch used to stop with a traceback on it."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return "file name is not valid UTF-8 text; rename the file to ingest it"
    return None


def _walk(root: Path, seen_files: set[str]) -> Iterator[FileItem]:
    visited: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            st = folder.stat()
        except OSError as exc:
            yield FileItem(str(folder), f"cannot open folder ({exc.strerror or exc})")
            continue
        ident = (st.st_dev, st.st_ino)
        if ident in visited:
            yield FileItem(str(folder), "symbolic link loop (folder already visited), skipped")
            continue
        visited.add(ident)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            yield FileItem(str(folder), f"cannot list folder ({exc.strerror or exc})")
            continue
        subfolders = []
        pages = {os.path.splitext(e.name)[0] for e in entries if Path(e.name).suffix.lower() in (".html", ".htm", ".xhtml")}
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir(follow_symlinks=True)
            except OSError:
                is_dir = False
            if is_dir:
                if not _page_resources(entry.name, pages):
                    subfolders.append(Path(entry.path))
            elif Path(entry.name).suffix.lower() not in READ_SUFFIXES:
                if entry.path not in seen_files:
                    seen_files.add(entry.path)
                    yield FileItem(entry.path, None, "format")
            else:
                if entry.path not in seen_files:
                    seen_files.add(entry.path)
                    if entry.is_symlink() and not os.path.exists(entry.path):
                        yield FileItem(entry.path, "broken symbolic link")
                    else:
                        yield FileItem(entry.path, _name_problem(entry.path))
        stack.extend(reversed(subfolders))


def _page_resources(folder: str, pages: set[str]) -> bool:
    """`Article_files` (Chrome, Firefox) or `Article-Dateien` and the like beside `Article.html`."""
    for marker in ("_files", "-Dateien", "_fichiers", "_archivos", "-bestanden"):
        if folder.endswith(marker) and folder[: -len(marker)] in pages:
            return True
    return False
