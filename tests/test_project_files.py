"""The promises a fresh clone makes: README's commands, CI running exactly the documented tests."""
from __future__ import annotations

import re

from conftest import ROOT


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Fresh machine", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_readme_gives_an_install_and_start_command_and_a_test_command() -> None:
    start, tests = readme_commands()
    assert "pip install ." in start and start.rstrip().endswith("timeline-app")
    assert "pytest" in tests


def test_ci_runs_exactly_the_readme_test_command() -> None:
    _, tests = readme_commands()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert tests in ci


def test_bundled_seeds_are_the_shared_ones_when_present() -> None:
    shared = ROOT.parent / "shared" / "seeds"
    ours = sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))
    assert len(ours) == 5
    if shared.exists():
        for name in ours:
            assert (ROOT / "seeds" / name).read_bytes() == (shared / name).read_bytes()
