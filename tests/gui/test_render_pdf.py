"""`timeline-app render -o FILE.pdf`: a vector PDF through Qt's QPdfWriter, read back with pypdf:
one page for a short range, one page per year for a long one, text that is real text."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers.cli import run_cli

pypdf = pytest.importorskip("pypdf")


def test_long_range_is_one_page_per_year(seeds_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "timeline.pdf"
    run = run_cli(tmp_path, "render", "--db", str(seeds_db), "-o", str(out), "--width", "1600", "--height", "900")
    assert run.returncode == 0, run.stderr
    reader = pypdf.PdfReader(str(out))
    assert len(reader.pages) == 3  # the seeds' dated events lie in 2021, 2022 (none) and 2023
    for page, year in zip(reader.pages, ("2021", "2022", "2023")):
        assert (float(page.mediabox.width), float(page.mediabox.height)) == (1200.0, 675.0)  # 1600x900 px at 96 dpi
        text = " ".join(page.extract_text().split())  # pypdf separates words by tabs
        assert f"— {year}" in text and "Timeline of diplomatic visits and meetings" in text
    assert "Mikhail Bogdanov" in reader.pages[0].extract_text() or "Hamas" in reader.pages[0].extract_text()
    assert not any("/Image" in str(page.get("/Resources", {}).get("/XObject", {})) for page in reader.pages)


def test_short_range_is_one_page(seeds_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "feb.pdf"
    run = run_cli(tmp_path, "render", "--db", str(seeds_db), "-o", str(out), "--from", "2021-01", "--to", "2021-12")
    assert run.returncode == 0, run.stderr
    reader = pypdf.PdfReader(str(out))
    assert len(reader.pages) == 1
    assert "Hamas" in reader.pages[0].extract_text()


def test_unknown_suffix_names_pdf(seeds_db: Path, tmp_path: Path) -> None:
    run = run_cli(tmp_path, "render", "--db", str(seeds_db), "-o", str(tmp_path / "x.gif"))
    assert run.returncode == 2 and "must end in .png, .svg or .pdf" in run.stderr


def test_window_exports_pdf_and_prints_the_same_pages(make_window, seeds_db: Path, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    window = make_window(seeds_db)
    actions = window.report_actions
    assert {a.objectName() for a in window.menuBar().actions()[0].menu().actions()} >= {"actionExportPdf", "actionPrint"}
    out = tmp_path / "window.pdf"
    assert actions.export_pdf(str(out)) == 3
    assert len(pypdf.PdfReader(str(out)).pages) == 3
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert actions.print_to(printer) == 3
    text = " ".join(pypdf.PdfReader(str(printed)).pages[0].extract_text().split())
    assert "Hamas" in text
