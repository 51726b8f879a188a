"""Loading the knowledge files in resources/ (data, not code: reviewable and extendable)."""
from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from ..paths import resources_dir


@lru_cache(maxsize=None)
def load_json(name: str) -> Any:
    path = resources_dir() / name
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


@lru_cache(maxsize=None)
def load_lines(name: str) -> tuple[str, ...]:
    path = resources_dir() / name
    if not path.exists():
        return ()
    with path.open(encoding="utf-8") as handle:
        return tuple(line.strip() for line in handle if line.strip() and not line.startswith("#"))
