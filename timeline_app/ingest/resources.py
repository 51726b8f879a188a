"""Loading the knowledge files in resources/ (data, not code: reviewable and extendable)."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..paths import resources_dir
from .date_patterns import FULL_MONTHS, FULL_WEEKDAYS

# placeholders a resource's pattern may hold for a shared list, so the names are spelled in one place
PLACEHOLDERS = {"%WEEKDAYS%": FULL_WEEKDAYS, "%MONTHS%": FULL_MONTHS}


class KnowledgeMissing(RuntimeError):
    """The knowledge files are not where the package expects them: a broken install. Extracting
    without them would silently find almost nothing, so we stop instead."""


def _path(name: str) -> Path:
    path = resources_dir() / name
    if not path.is_file():
        raise KnowledgeMissing(f"knowledge file {path} is missing; reinstall timeline-app")
    return path


@lru_cache(maxsize=None)
def load_json(name: str) -> Any:
    """A knowledge file, its placeholders ('%WEEKDAYS%') put in: every reader sees the full pattern."""
    with _path(name).open(encoding="utf-8") as handle:
        return expand_placeholders(json.load(handle))


def expand_placeholders(value: Any) -> Any:
    """Every string in a loaded resource with its shared lists put in (a string without '%' is kept as it is)."""
    if isinstance(value, str):
        if "%" in value:
            for key, names in PLACEHOLDERS.items():
                value = value.replace(key, names)
        return value
    if isinstance(value, list):
        return [expand_placeholders(v) for v in value]
    if isinstance(value, dict):
        return {k: expand_placeholders(v) for k, v in value.items()}
    return value


@lru_cache(maxsize=None)
def load_lines(name: str) -> tuple[str, ...]:
    with _path(name).open(encoding="utf-8") as handle:
        return tuple(line.strip() for line in handle if line.strip() and not line.startswith("#"))


def phrase_alternatives(phrases: list[str]) -> str:
    """A vocabulary list as one regex alternation: longest first (so "met with" wins over "met"),
    spaces as any whitespace ("none of" also matches across a line break)."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))
