"""Run a command as a user would and measure it: wall time, CPU of the whole process tree, peak RSS.

CPU time comes from `getrusage(RUSAGE_CHILDREN)` (the child and every process it waited for,
pool workers included). Peak RSS is sampled from /proc as the sum over the process tree, because
the largest single process understates a pool of workers. When `progress` is given, stderr is a
pseudo-terminal so the app draws its real progress bar, and the time each "done/total" first
appears is recorded (that gives the rate of the first and the last tenth of a batch).
"""
from __future__ import annotations

import os
import pty
import re
import resource
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

BAR = re.compile(rb"(\d+)/(\d+)")


@dataclass
class Run:
    wall: float
    cpu: float
    peak_rss_mb: float
    returncode: int
    stdout: str
    stderr: str = ""
    done_at: dict[int, float] = field(default_factory=dict)
    timed_out: bool = False
    main_cpu: float = 0.0  # CPU seconds of the command's own process (sampled; workers excluded)

    @property
    def cores(self) -> float:
        return self.cpu / self.wall if self.wall else 0.0


def _tree_rss_kb(pid: int) -> int:
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
                    break
            for task in Path(f"/proc/{p}/task").iterdir():
                stack += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, ValueError):
            continue
    return total


def run(cmd: list[str], *, progress: bool = False, timeout: float | None = None, env: dict | None = None) -> Run:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done_at: dict[int, float] = {}
    master = slave = None
    if progress:
        master, slave = pty.openpty()
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=slave if progress else subprocess.PIPE,
                            env={**os.environ, **(env or {})})
    peak = [0]
    main_cpu = [0.0]
    stop = threading.Event()
    tick = os.sysconf("SC_CLK_TCK")

    def sample() -> None:
        while not stop.wait(0.1):
            peak[0] = max(peak[0], _tree_rss_kb(proc.pid))
            try:
                fields = Path(f"/proc/{proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
                main_cpu[0] = max(main_cpu[0], (int(fields[11]) + int(fields[12])) / tick)
            except (OSError, IndexError, ValueError):
                pass

    def read_bar() -> None:
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                return
            if not chunk:
                return
            now = time.perf_counter() - started
            for m in BAR.finditer(chunk):
                done_at.setdefault(int(m.group(1)), now)

    threads = [threading.Thread(target=sample, daemon=True)]
    if progress:
        os.close(slave)
        threads.append(threading.Thread(target=read_bar, daemon=True))
    for t in threads:
        t.start()
    chunks: dict[str, list[bytes]] = {"out": [], "err": []}

    def drain(name: str, stream) -> None:  # type: ignore[no-untyped-def]
        for block in iter(lambda: stream.read(65536), b""):
            chunks[name].append(block)

    readers = [threading.Thread(target=drain, args=("out", proc.stdout), daemon=True)]
    if proc.stderr is not None:
        readers.append(threading.Thread(target=drain, args=("err", proc.stderr), daemon=True))
    for t in readers:
        t.start()
    timed_out = threading.Event()

    def kill() -> None:
        timed_out.set()
        proc.kill()

    watchdog = threading.Timer(timeout, kill) if timeout else None
    if watchdog:
        watchdog.start()
    # wait4 gives this child's own peak RSS (RUSAGE_CHILDREN would be the largest child ever run)
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    if watchdog:
        watchdog.cancel()
    proc.returncode = os.waitstatus_to_exitcode(status)
    for t in readers:
        t.join()
    out, err = b"".join(chunks["out"]), b"".join(chunks["err"])
    stop.set()
    threads[0].join()
    if progress:
        threads[1].join(timeout=2)
        os.close(master)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    peak_kb = max(peak[0], usage.ru_maxrss)
    return Run(wall, cpu, peak_kb / 1024, proc.returncode, out.decode("utf-8", "replace"),
               err.decode("utf-8", "replace"), done_at, timed_out.is_set(), main_cpu[0])


def tenth_rates(done_at: dict[int, float], total: int) -> tuple[float | None, float | None]:
    """Pages per second over the first and over the last tenth of the batch."""
    tenth = max(1, total // 10)
    t = lambda n: done_at.get(n)  # noqa: E731
    first = (t(tenth) - t(0)) if t(tenth) is not None and t(0) is not None else None
    last = (t(total) - t(total - tenth)) if t(total) is not None and t(total - tenth) is not None else None
    rate = lambda span: tenth / span if span else None  # noqa: E731
    return rate(first), rate(last)
