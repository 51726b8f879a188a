"""Loading the knowledge files in resources/ (data, not code: reviewable and extendable)."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..paths import resources_dir


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
    with _path(name).open(encoding="utf-8") as handle:
        return json.load(handle)


@lru_cache(maxsize=None)
def load_lines(name: str) -> tuple[str, ...]:
    with _path(name).open(encoding="utf-8") as handle:
        return tuple(line.strip() for line in handle if line.strip() and not line.startswith("#"))


def phrase_alternatives(phrases: list[str]) -> str:
    """A vocabulary list as one regex alternation: longest first (so "met with" wins over "met"),
    spaces as any whitespace ("none of" also matches across a line break)."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))
