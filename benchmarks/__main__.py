"""Benchmarks that print numbers (never assert them); the last line of each is one JSON object.

    python -m benchmarks ingest  --docs 1000     cold, unchanged and 1%-edited ingest; accuracy; dateparser
    python -m benchmarks gui     --events 100000 window open, filter change, paint p95, peak RSS
    python -m benchmarks hostile                 pathological single pages at two sizes (growth ratio)
    python -m benchmarks corpus  OUT --docs N    just write the generated pages and their gold
    python -m benchmarks extract [--dump OUT]    extraction alone: CPU ms/page (or every page's output)
"""
from __future__ import annotations

import sys


def main() -> int:
    commands = ("ingest", "gui", "hostile", "corpus", "extract")
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(__doc__)
        return 2
    command = sys.argv.pop(1)
    sys.argv[0] = f"python -m benchmarks {command}"
    if command == "ingest":
        from .ingest import main as run
    elif command == "gui":
        from .gui import main as run
    elif command == "hostile":
        from .hostile import main as run
    elif command == "extract":
        from .extract_speed import main as run
    else:
        from .corpus import main as run
    return run() or 0


if __name__ == "__main__":
    sys.exit(main())
