"""Run the real command line in a subprocess, isolated from the user's data and database.

Subprocesses do not inherit pytest monkeypatches, so every run gets HOME/XDG folders inside the
test's tmp_path and no TIMELINE_APP_DB unless the test passes one explicitly.
"""
from __future__ import annotations

import os
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

WRAPPER = Path(__file__).resolve().parent / "cli_wrapper.py"
SUMMARY_RE = (
    r"^(?P<read>\d+) files read, (?P<skipped>\d+) skipped as unchanged, (?:(?P<format>\d+) skipped \(format\), )?"
    r"(?P<failed>\d+) failed; "
    r"events: (?P<added>\d+) added, (?P<merged>\d+) merged, (?P<total>\d+) total$"
)


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    max_rss_kb: int = 0  # peak resident memory of the child (only from run_measured)

    @property
    def error_lines(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.strip()]


def isolated_env(tmp: Path, *, db_env: str | None = None, extra: dict[str, str] | None = None) -> dict[str, str]:
    home = tmp / "_home"
    (home / "data").mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("TIMELINE_")}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_CACHE_HOME=str(home / "cache"), PYTHONIOENCODING="utf-8")
    if db_env is not None:
        env["TIMELINE_APP_DB"] = db_env
    env.update(extra or {})
    return env


def command(*args: str, wrapper: bool = False) -> list[str]:
    return [sys.executable, str(WRAPPER), *args] if wrapper else [sys.executable, "-m", "timeline_app", *args]


def run_cli(tmp: Path, *args: str, wrapper: bool = False, db_env: str | None = None,
            extra_env: dict[str, str] | None = None, timeout: float = 120, cwd: Path | None = None) -> Run:
    proc = subprocess.run(
        command(*args, wrapper=wrapper), capture_output=True, text=True, encoding="utf-8", errors="replace",
        env=isolated_env(tmp, db_env=db_env, extra=extra_env), timeout=timeout, cwd=cwd or tmp,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)


def run_measured(tmp: Path, *args: str, timeout: float = 120, wrapper: bool = False) -> Run:
    """Like run_cli, but also return the child's own peak RSS (os.wait4 gives per-child rusage).

    resource.getrusage(RUSAGE_CHILDREN) would report the largest child pytest ever waited for.
    """
    out_path, err_path = tmp / "_stdout.txt", tmp / "_stderr.txt"
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        proc = subprocess.Popen(command(*args, wrapper=wrapper), stdout=out, stderr=err, env=isolated_env(tmp), cwd=tmp)
        watchdog = threading.Timer(timeout, proc.kill)
        watchdog.start()
        try:
            _pid, status, usage = os.wait4(proc.pid, 0)
        finally:
            watchdog.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
    rss_kb = usage.ru_maxrss // 1024 if sys.platform == "darwin" else usage.ru_maxrss  # macOS: bytes
    return Run(proc.returncode, out_path.read_text("utf-8", "replace"), err_path.read_text("utf-8", "replace"), rss_kb)
