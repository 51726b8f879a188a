"""Kept for old instructions: `python benchmarks/gui_bench.py` runs `python -m benchmarks gui`."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.gui import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
