"""`timeline-app render` filters take names the way analysts type them, and refuse nonsense."""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app import cli

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def seeds_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("seeds") / "seeds.sqlite"
    assert cli.main(["ingest", "--db", str(db), str(ROOT / "seeds")]) == 0
    return db


@pytest.mark.parametrize("spelling", ["Mousa Abu Marzouk", "Abu Marzouq", "abu marzuk", "Musa Abu Marzuq"])
def test_official_matches_spellings_and_aliases(qapp, seeds_file: Path, tmp_path: Path, capsys, spelling: str) -> None:
    out = tmp_path / "x.png"
    code = cli.main(["render", "--db", str(seeds_file), "-o", str(out), "--official", spelling])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert out.exists()
    assert "officials: Mousa Abu Marzouk" not in captured.err
    shown = int(captured.out.split(": ", 1)[1].split(" of ")[0])
    assert shown >= 1


def test_unknown_official_suggests_close_names_and_never_cuts_a_list(qapp, seeds_file: Path, tmp_path: Path, capsys) -> None:
    assert cli.main(["render", "--db", str(seeds_file), "-o", str(tmp_path / "x.png"), "--official", "Lavrow S."]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unknown official 'Lavrow S.'" in err
    assert "…" not in err and "..." not in err


def test_from_after_to_is_an_error(qapp, seeds_file: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "x.png"
    assert cli.main(["render", "--db", str(seeds_file), "-o", str(out), "--from", "2024", "--to", "2020"]) == 2
    assert "--from 2024 is after --to 2020" in capsys.readouterr().err
    assert not out.exists()


def test_a_static_picture_has_no_interactive_legend(qapp, seeds_file: Path, tmp_path: Path, capsys) -> None:
    """The key of a rendered SVG says what a cluster badge is, not "click to zoom"."""
    out = tmp_path / "x.svg"
    assert cli.main(["render", "--db", str(seeds_file), "-o", str(out)]) == 0
    svg = out.read_text(encoding="utf-8")
    assert "click to zoom" not in svg and "n events together" in svg
