"""Bad files in one batch: each costs exactly one line naming it and the reason, nothing else.

The same folder is ingested by the real command line in a subprocess (exit status, stderr lines,
peak memory) and in-process through `ingest_paths` (outcomes). Whether the extractor finds any
events is irrelevant here: only which files are stored or refused, and how.
"""
from __future__ import annotations

import os
import re
import sqlite3
import struct
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from helpers.cli import SUMMARY_RE, run_cli, run_measured

MB = 1024 * 1024
ARTICLE = (
    "Hamas delegation visits Moscow\n\n"
    "Moscow, Friday 5-February-2021\n\n"
    "A delegation of the Hamas movement headed by Ismail Haniyeh met Russian Foreign Minister Sergey Lavrov "
    "in Moscow on Thursday. The two sides discussed the upcoming elections.\n"
)


def tiny_png() -> bytes:
    """A real, valid 1x1 PNG (signature, IHDR, IDAT, IEND with correct CRCs)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b"")


@dataclass
class Batch:
    folder: Path
    extra_args: list[Path] = field(default_factory=list)  # files named on the command line
    bad: dict[str, str] = field(default_factory=dict)  # path -> regex the reason must match
    good: dict[str, str | None] = field(default_factory=dict)  # path -> exact stored text (None: any)
    either: set[str] = field(default_factory=set)  # stored, or refused with a reason


def _write(path: Path, data: bytes | str) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return str(path)


def build_batch(root: Path) -> Batch:
    folder = root / "saved pages"
    b = Batch(folder)
    # --- files that must be refused, each with its reason
    b.bad[_write(folder / "empty.txt", b"")] = r"empty"
    b.bad[_write(folder / "blank.txt", b"   \n\t\r\n  \n")] = r"whitespace"
    b.bad[_write(folder / "screenshot.txt", tiny_png())] = r"PNG"  # an image saved under a text name
    b.bad[_write(folder / "nul bytes.txt", b"Some text\x00with NUL bytes\x00inside it.\n" * 20)] = r"NUL|binary"
    b.bad[_write(folder / "undecodable.txt", b"Bad bytes: \x81\x8d\x8f\x90\x9d here\n")] = r"undecodable|neither UTF-8 nor cp1252"
    with open(folder / "huge.txt", "wb") as handle:  # real bytes, not sparse: 50 MB of prose
        block = (ARTICLE * 200).encode()
        while handle.tell() < 50 * MB:
            handle.write(block)
    b.bad[str(folder / "huge.txt")] = r"too large"
    (folder / "loop").mkdir()
    os.symlink("..", folder / "loop" / "back to parent")
    b.bad[str(folder / "loop" / "back to parent")] = r"symbolic link loop"
    os.symlink(root / "moved away.txt", folder / "dangling link.txt")
    b.bad[str(folder / "dangling link.txt")] = r"broken symbolic link"
    if hasattr(os, "mkfifo"):  # opening a FIFO would block forever
        os.mkfifo(folder / "named pipe.txt")
        b.bad[str(folder / "named pipe.txt")] = r"not a regular file"
    png = _write(root / "photo.png", tiny_png())  # named explicitly: refused, not silently ignored
    b.extra_args.append(Path(png))
    b.bad[png] = r"PNG"
    _write(folder / "ignored.png", tiny_png())  # in a folder, non-text suffixes are not candidates
    # --- files that must be ingested, with their decoded text
    utf16 = "Ἀθῆναι, Friday 5-February-2021\nA delegation met the minister in Athens — café “quoted”.\n"
    b.good[_write(folder / "utf16.txt", "\ufeff".encode("utf-16-le") + utf16.encode("utf-16-le"))] = utf16
    b.good[_write(folder / "utf16be.txt", "\ufeff".encode("utf-16-be") + utf16.encode("utf-16-be"))] = utf16
    cp = "caf\xe9 \x93quoted\x94 \x96 a saved Windows page\r\nsecond line\r\n"
    b.good[_write(folder / "cp1252.txt", cp.encode("latin-1"))] = "café “quoted” – a saved Windows page\nsecond line\n"
    b.good[_write(folder / "plain article.txt", ARTICLE)] = ARTICLE
    b.good[_write(folder / "Москва новости 北京 Ἀθῆναι.txt", ARTICLE.replace("Thursday", "Wednesday"))] = None
    b.good[_write(folder / "Ordner mit Leerzeichen" / "ñandú résumé.md", ARTICLE.replace("Moscow", "Doha"))] = None
    caption = "Russian Deputy Foreign Minister Mikhail Bogdanov arrives for a meeting in Geneva June 5, 2013. REUTERS/Denis Balibouse\n"
    b.good[_write(folder / "captions.txt", "Photo gallery\n\n" + caption * 10_000)] = None
    # a saved page whose markup is one 2 MB line, with some prose in it
    piece = '<div class="c"><p>Officials described the atmosphere as positive.</p><span>Share</span></div>'
    line = (piece * 40 + "<p>" + ARTICLE.replace("\n", " ") + "</p>") * 1000
    b.either.add(_write(folder / "one line.html", line[: 2 * MB]))
    # a file whose name is not valid UTF-8 (e.g. unpacked from an old archive)
    try:
        bad_name = os.path.join(os.fsencode(folder), b"caf\xe9 latin-1 name.txt")
        with open(bad_name, "wb") as handle:
            handle.write(ARTICLE.encode())
        b.bad[os.fsdecode(bad_name)] = r"not valid UTF-8"
    except OSError:
        pass  # the file system refuses such names: nothing to test
    return b


def stored_documents(db_file: Path) -> dict[str, str]:
    conn = sqlite3.connect(f"{db_file.as_uri()}?mode=ro", uri=True)
    try:
        return dict(conn.execute("SELECT path, text FROM documents"))
    finally:
        conn.close()


def check_stored(batch: Batch, docs: dict[str, str]) -> None:
    for path, text in batch.good.items():
        assert path in docs, f"{path} was not ingested"
        if text is not None:
            assert docs[path] == text
    for path in batch.bad:
        assert path not in docs


def error_lines_by_path(stderr: str, paths: set[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {p: [] for p in paths}
    for line in stderr.splitlines():
        for path in paths:
            if line.startswith(f"error: {path}: "):
                found[path].append(line[len(f"error: {path}: "):])
    return found


def _surrogate_safe(path: str) -> str:
    """How a path with undecodable bytes or control characters appears on stderr."""
    from timeline_app.terminal import printable

    return printable(path)


# --------------------------------------------------------------------------- subprocess

def test_bad_batch_command_line(tmp_path: Path) -> None:
    batch = build_batch(tmp_path)
    deny = None
    if os.geteuid() != 0:  # root reads chmod 000 files anyway; the in-process test covers that case
        deny = _write(batch.folder / "locked.txt", ARTICLE.replace("Moscow", "Cairo"))
        os.chmod(deny, 0)
        batch.bad[deny] = r"permission denied"
    db_file = tmp_path / "db" / "timeline.sqlite"
    started = time.monotonic()
    try:
        run = run_measured(tmp_path, "ingest", str(batch.folder), *map(str, batch.extra_args), "--db", str(db_file), timeout=300)
    finally:
        if deny:
            os.chmod(deny, 0o644)
    elapsed = time.monotonic() - started
    _write(tmp_path / "tiny" / "a.txt", ARTICLE)
    baseline = run_measured(tmp_path, "ingest", str(tmp_path / "tiny"), "--db", str(tmp_path / "tiny.sqlite"))
    grown_mb = (run.max_rss_kb - baseline.max_rss_kb) / 1024

    assert "Traceback" not in run.stdout + run.stderr
    assert run.returncode == 1, run.stderr
    stdout_lines = run.stdout.splitlines()
    assert len(stdout_lines) == 1 and re.match(SUMMARY_RE, stdout_lines[0]), run.stdout

    shown = {_surrogate_safe(p): p for p in (*batch.bad, *batch.either)}
    lines = error_lines_by_path(run.stderr, set(shown))
    for shown_path, reasons in lines.items():
        path = shown[shown_path]
        if path in batch.either:
            assert len(reasons) <= 1 and all(r.strip() for r in reasons)
            continue
        assert len(reasons) == 1, f"{path}: expected one error line, got {reasons!r}\n{run.stderr}"
        assert re.search(batch.bad[path], reasons[0], re.IGNORECASE), reasons[0]
    # every stderr line is an error line for one of the bad files (no warnings, no noise)
    assert len(run.error_lines) == sum(len(v) for v in lines.values()), run.stderr
    assert all(line.startswith("error: ") for line in run.error_lines)
    summary = re.match(SUMMARY_RE, stdout_lines[0])
    assert summary and int(summary["failed"]) == len(run.error_lines)

    docs = stored_documents(db_file)
    check_stored(batch, docs)
    assert not any(p.endswith("ignored.png") for p in docs)
    assert elapsed < 240, f"batch took {elapsed:.0f}s"
    # the 50 MB file is never read; the 2 MB line and the 10,000 captions are held a few times over
    assert grown_mb < 40, f"peak memory grew by {grown_mb:.0f} MB over a one-file ingest"


def test_fifty_megabytes_are_refused_without_reading_them(tmp_path: Path) -> None:
    """Peak RSS of the ingest of one 50 MB file stays near that of a tiny file."""
    small, big = tmp_path / "small", tmp_path / "big"
    _write(small / "a.txt", ARTICLE)
    _write(big / "a.txt", ARTICLE)
    with open(big / "huge.txt", "wb") as handle:
        chunk = (ARTICLE * 500).encode()
        while handle.tell() < 50 * MB:
            handle.write(chunk)
    baseline = run_measured(tmp_path, "ingest", str(small), "--db", str(tmp_path / "small.sqlite"))
    measured = run_measured(tmp_path, "ingest", str(big), "--db", str(tmp_path / "big.sqlite"))
    assert baseline.returncode == 0, baseline.stderr
    assert measured.returncode == 1
    (line,) = measured.error_lines
    assert re.fullmatch(rf"error: {re.escape(str(big / 'huge.txt'))}: too large \(50\.\d MB; the limit is \d+ MB\)", line), line
    grown_mb = (measured.max_rss_kb - baseline.max_rss_kb) / 1024
    assert grown_mb < 12, f"peak memory grew by {grown_mb:.1f} MB for a refused 50 MB file"


def test_file_vanishing_or_unreadable_after_listing_command_line(tmp_path: Path) -> None:
    """Fault injection in the real command line (cli_wrapper.py): one file is deleted after the
    folder walk listed it, another cannot be opened (PermissionError, which chmod 000 cannot
    produce when the tests run as root)."""
    folder = tmp_path / "pages"
    ok = _write(folder / "b ok.txt", ARTICLE)
    vanish = _write(folder / "a vanishing.txt", ARTICLE.replace("Moscow", "Doha"))
    deny = _write(folder / "c locked.txt", ARTICLE.replace("Moscow", "Cairo"))
    run = run_cli(tmp_path, "ingest", str(folder), "--db", str(tmp_path / "t.sqlite"), wrapper=True,
                  extra_env={"TIMELINE_TEST_VANISH": vanish, "TIMELINE_TEST_DENY": deny})
    assert run.returncode == 1
    assert "Traceback" not in run.stdout + run.stderr
    assert run.error_lines == [
        f"error: {vanish}: file disappeared before it could be read",
        f"error: {deny}: permission denied",
    ]
    assert set(stored_documents(tmp_path / "t.sqlite")) == {ok}
    assert run.stdout.startswith("1 files read, 0 skipped as unchanged, 2 failed;")


# --------------------------------------------------------------------------- in-process

def test_bad_batch_in_process(tmp_path: Path, db, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline_app.ingest import pipeline

    batch = build_batch(tmp_path)
    vanish = _write(batch.folder / "vanishing.txt", ARTICLE.replace("Moscow", "Tehran"))
    deny = _write(batch.folder / "locked.txt", ARTICLE.replace("Moscow", "Cairo"))
    batch.bad[vanish] = r"^file disappeared before it could be read$"
    batch.bad[deny] = r"^permission denied$"

    real_expand = pipeline.expand_paths

    def expand_then_delete(paths):  # type: ignore[no-untyped-def]
        yield from real_expand(paths)
        os.remove(vanish)  # listed, then gone before it is read

    real_open = Path.open

    def guarded_open(self: Path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(self) == deny:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(pipeline, "expand_paths", expand_then_delete)
    monkeypatch.setattr(Path, "open", guarded_open)
    import builtins

    from timeline_app.ingest import reader

    def guarded_builtin_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        if isinstance(file, (str, os.PathLike)) and os.fspath(file) == deny:
            raise PermissionError(13, "Permission denied", os.fspath(file))
        return builtins.open(file, *args, **kwargs)

    monkeypatch.setattr(reader, "open", guarded_builtin_open, raising=False)  # read_raw opens with the builtin
    report = pipeline.ingest_paths(db, [batch.folder, *batch.extra_args])

    by_path: dict[str, list] = {}
    for outcome in report.outcomes:
        by_path.setdefault(outcome.path, []).append(outcome)
    assert all(len(v) == 1 for v in by_path.values()), "a file was reported twice"
    for path, pattern in batch.bad.items():
        (outcome,) = by_path[path]
        assert outcome.status == "failed" and re.search(pattern, outcome.reason or "", re.IGNORECASE), outcome
    for path in batch.good:
        assert by_path[path][0].status == "added", by_path[path][0]
    for path in batch.either:
        (outcome,) = by_path[path]
        assert outcome.status == "added" or (outcome.status == "failed" and outcome.reason), outcome
    assert report.count("failed") == len(batch.bad) + sum(1 for p in batch.either if by_path[p][0].status == "failed")
    check_stored(batch, stored_documents(db_path))
    summary = report.summary()
    assert re.match(SUMMARY_RE, summary), summary
