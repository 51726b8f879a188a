"""Round 24, speed39: the re-ingest path reads every file once, with one stat and a read sized by it.

`read_raw` is what every file of a re-ingest costs (its hash decides whether it is analysed), so it
no longer asks read() for the 20 MB limit; these tests pin what it must still do: the whole file,
also one that grew after the stat, the limits, the suffix as Path reads it, and that a re-ingest
replaces an edited file's events and skips the unchanged ones, even an edit that kept size and time.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from timeline_app.ingest import reader
from timeline_app.ingest.page import ReadError
from timeline_app.ingest.pipeline import ingest_paths
from timeline_app.storage import Database
from timeline_app.storage.export import export_records

FIRST = ("VIENNA, 14 May 2019 - Austrian Foreign Minister Karin Kneissl met Hungarian Foreign Minister "
         "Peter Szijjarto in Vienna on Tuesday, her office said.\n\nThe two ministers discussed "
         "transport links across the border.\n")
SECOND = ("WARSAW, 9 October 2018 - Polish President Andrzej Duda received Lithuanian President Dalia "
          "Grybauskaite in Warsaw on Tuesday.\n\nThey spoke about energy and defence.\n")
EDITED = ("VIENNA, 14 May 2019 - Austrian Foreign Minister Karin Kneissl met Slovak Foreign Minister "
          "Miroslav Lajcak in Vienna on Tuesday, her office said.\n\nThe two ministers discussed "
          "transport links across the border.\n")


@pytest.mark.parametrize("name, suffix", [("a.TXT", ".txt"), ("a.", ""), ("..txt", ".txt"), ("page.html", ".html"),
                                          ("noext", ""), ("x.tar.GZ", ".gz")])
def test_suffix_is_read_as_path_reads_it(tmp_path: Path, name: str, suffix: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"some words")
    raw = reader.read_raw(path)
    assert raw.suffix == suffix == Path(name).suffix.lower()
    assert (raw.data, raw.size) == (b"some words", 10)
    assert raw.content_hash == hashlib.sha256(b"some words").hexdigest()
    assert raw.mtime_ns == os.stat(path).st_mtime_ns


def test_a_folder_or_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="not a regular file"):
        reader.read_raw(tmp_path)
    with pytest.raises(ReadError, match="disappeared"):
        reader.read_raw(tmp_path / "gone.txt")


def test_a_file_that_grew_after_the_stat_is_read_whole_up_to_the_limit(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    small, grown = tmp_path / "small.txt", tmp_path / "grown.txt"
    small.write_bytes(b"abc")
    grown.write_bytes(b"abc" + b"x" * 5000)
    real_stat = os.stat
    monkeypatch.setattr(reader.os, "stat", lambda p, *a, **k: real_stat(small) if os.fspath(p) == str(grown) else real_stat(p, *a, **k))
    raw = reader.read_raw(grown)
    assert raw.data == grown.read_bytes() and raw.size == 5003
    monkeypatch.setattr(reader, "MAX_BYTES", 1000)
    with pytest.raises(ReadError, match="too large"):
        reader.read_raw(grown)


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "big.txt"
    path.write_bytes(b"y" * 3000)
    monkeypatch.setattr(reader, "MAX_BYTES", 2048)
    with pytest.raises(ReadError, match="the limit is"):
        reader.read_raw(path)


def _quotes(db: Database) -> list[str]:
    with db.session() as session:
        return sorted(s["quote"] for r in export_records(session) for s in r["sources"])


def test_reingest_replaces_the_edited_file_and_skips_the_unchanged(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "one.txt").write_text(FIRST, encoding="utf-8")
    (pages / "two.txt").write_text(SECOND, encoding="utf-8")
    db = Database(f"sqlite:///{tmp_path / 'db.sqlite'}")
    try:
        first = ingest_paths(db, [pages])
        assert first.count("added") == 2 and not first.failures
        before = _quotes(db)
        assert any("Szijjarto" in q for q in before) and any("Grybauskaite" in q for q in before)

        again = ingest_paths(db, [pages])
        assert again.count("unchanged") == 2 and again.count("added", "replaced") == 0
        assert _quotes(db) == before

        # an edit that keeps the size and has its time put back: the content hash still tells
        one = pages / "one.txt"
        stamp = os.stat(one)
        edited = EDITED + " " * (len(FIRST.encode()) - len(EDITED.encode()))
        assert len(edited.encode()) == stamp.st_size
        one.write_text(edited, encoding="utf-8")
        os.utime(one, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
        redo = ingest_paths(db, [pages])
        outcomes = {Path(o.path).name: o.status for o in redo.outcomes}
        assert outcomes == {"one.txt": "replaced", "two.txt": "unchanged"}
        after = _quotes(db)
        assert not any("Szijjarto" in q for q in after)  # the old version's events are gone
        assert any("Lajcak" in q for q in after)
        assert [q for q in after if "Grybauskaite" in q] == [q for q in before if "Grybauskaite" in q]
    finally:
        db.close()
