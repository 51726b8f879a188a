"""Axis ticks: the finest step whose labels never overlap, and the sticky context row.

No Qt here (text measurement is passed in as a function). Split from `layout.py`, which
re-exports these names.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from .layout_scale import MONTHS, MONTHS_LONG, TimeScale

TextWidth = Callable[[str], float]
LABEL_GAP = 10.0
TICK_PAD = 3.0


# ----------------------------------------------------------------------------- axis ticks

@dataclass(frozen=True)
class TickLabel:
    t: float
    x: float
    text: str


@dataclass(frozen=True)
class Axis:
    unit: str  # "day" | "month" | "year"
    step: int
    fine: list[TickLabel]  # tick lines with short labels (4, Feb, 2021)
    coarse: list[TickLabel]  # context row (February 2021, 2021); may be empty


_UNITS: tuple[tuple[str, int], ...] = (
    ("day", 1), ("day", 2), ("day", 5), ("day", 10),
    ("month", 1), ("month", 2), ("month", 3), ("month", 6),
    ("year", 1), ("year", 2), ("year", 5), ("year", 10), ("year", 20), ("year", 50), ("year", 100),
    ("year", 200), ("year", 500), ("year", 1000),
)
_MIN_DAYS = {"day": 1, "month": 28, "year": 365}


def _clamp_day(t: float) -> date:
    return date.fromordinal(int(min(max(t, 1), date.max.toordinal())))


def _month_length(day: date) -> int:
    following = date(day.year + day.month // 12, day.month % 12 + 1, 1) if day.year < date.max.year or day.month < 12 else date.max
    return (following - date(day.year, day.month, 1)).days


def _fine_ticks(unit: str, step: int, t0: float, t1: float) -> list[tuple[float, str]]:
    out: list[tuple[float, str]] = []
    first, last = _clamp_day(t0), _clamp_day(t1)
    if unit == "day":
        # days 1, 1+step, 1+2·step … restarting each month, never closer than `step` to the next 1st
        for d in range(first.toordinal(), last.toordinal() + 2):
            day = date.fromordinal(d)
            if (day.day - 1) % step == 0 and day.day + step <= _month_length(day) + 1:
                out.append((d, str(day.day)))
        return out
    if unit == "month":
        y, m = first.year, first.month
        while (y, m) <= (last.year, last.month):
            if (m - 1) % step == 0:
                out.append((date(y, m, 1).toordinal(), MONTHS[m - 1]))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out
    y = first.year - first.year % step
    while y <= last.year and y <= date.max.year:
        if y >= 1:
            out.append((date(y, 1, 1).toordinal(), str(y)))
        y += step
    return out


def _coarse_ticks(unit: str, t0: float, t1: float) -> list[tuple[float, str, str]]:
    """Context labels (long and short form): months above day ticks, years above month ticks."""
    first, last = _clamp_day(t0), _clamp_day(t1)
    out: list[tuple[float, str, str]] = []
    if unit == "day":
        y, m = first.year, first.month
        while (y, m) <= (last.year, last.month):
            out.append((date(y, m, 1).toordinal(), f"{MONTHS_LONG[m - 1]} {y}", f"{MONTHS[m - 1]} {y}"))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    elif unit == "month":
        for y in range(first.year, last.year + 1):
            out.append((date(y, 1, 1).toordinal(), str(y), str(y)))
    return out


def axis_ticks(ts: TimeScale, width: float, text_width: TextWidth, gap: float = LABEL_GAP) -> Axis:
    """Choose the finest tick step whose labels never overlap, then place the context row.

    A label is drawn left-aligned just after its tick (x + TICK_PAD). Labels are checked
    against their real measured widths, so the result holds for any font.
    """
    t0, t1 = ts.visible(width)
    for unit, step in _UNITS:
        min_spacing = _MIN_DAYS[unit] * step * ts.scale
        widest = text_width("28") if unit == "day" else (text_width("May") if unit == "month" else text_width("2000"))
        if min_spacing < widest + TICK_PAD + gap:
            continue
        raw = _fine_ticks(unit, step, t0 - _MIN_DAYS[unit] * step, t1 + 1)
        fine = [TickLabel(t, ts.x(t), text) for t, text in raw]
        if _labels_fit(fine, text_width, gap):
            break
    else:  # pragma: no cover - the widest step always fits at MIN_SCALE
        unit, step, fine = "year", 1000, []
    coarse = _place_coarse(unit, ts, width, text_width, gap)
    return Axis(unit, step, fine, coarse)


def _labels_fit(labels: Sequence[TickLabel], text_width: TextWidth, gap: float) -> bool:
    return all(a.x + TICK_PAD + text_width(a.text) + gap <= b.x for a, b in zip(labels, labels[1:]))


def _place_coarse(unit: str, ts: TimeScale, width: float, text_width: TextWidth, gap: float) -> list[TickLabel]:
    t0, t1 = ts.visible(width)
    ticks = _coarse_ticks(unit, t0 - 400, t1 + 1)
    if not ticks:
        return []
    # long names when all fit, else short names, else drop the ones that would collide
    for form in (1, 2):
        labels = [TickLabel(tk[0], ts.x(tk[0]), tk[form]) for tk in ticks]
        if _labels_fit(labels, text_width, gap):
            break
    # the period the left edge falls into stays named ("sticky"), pushed left by the next one
    placed: list[TickLabel] = []
    for i, lab in enumerate(labels):
        nxt = labels[i + 1].x if i + 1 < len(labels) else math.inf
        if nxt <= 0:
            continue  # wholly left of the view
        x = max(lab.x, 0.0)
        w = text_width(lab.text) + TICK_PAD
        if x + w + gap > nxt:
            x = nxt - w - gap  # pushed by the next label
            if x < lab.x:
                x = lab.x
            if x < 0:
                continue  # would be cut by the left edge: the next label takes over
        if x > width:
            break
        if placed and x < placed[-1].x + text_width(placed[-1].text) + TICK_PAD + gap:
            continue
        placed.append(TickLabel(lab.t, x, lab.text))
    return placed
