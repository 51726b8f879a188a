"""Time <-> x: the scale of the timeline and the fit of a range of days into a width."""
from __future__ import annotations

from dataclasses import dataclass

MIN_SCALE = 0.01  # px per day: 1,000 px show about 270 years
MAX_SCALE = 1200.0  # px per day: one day is most of the window
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTHS_LONG = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")


# ----------------------------------------------------------------------------- scale

@dataclass(frozen=True)
class TimeScale:
    """x = (t - origin) * scale: `origin` is the day shown at the left edge of the time area."""

    origin: float
    scale: float  # px per day

    def x(self, t: float) -> float:
        return (t - self.origin) * self.scale

    def t(self, x: float) -> float:
        return self.origin + x / self.scale

    def zoomed(self, factor: float, anchor_x: float, lo: float = MIN_SCALE, hi: float = MAX_SCALE) -> "TimeScale":
        """Zoom keeping the day under `anchor_x` under it (Ctrl+wheel around the cursor)."""
        scale = min(hi, max(lo, self.scale * factor))
        anchor_t = self.t(anchor_x)
        return TimeScale(anchor_t - anchor_x / scale, scale)

    def panned(self, dx: float) -> "TimeScale":
        return TimeScale(self.origin + dx / self.scale, self.scale)

    def visible(self, width: float) -> tuple[float, float]:
        return self.origin, self.origin + width / self.scale


def fit_scale(t0: float, t1: float, width: float, margin: float = 0.06, right_px: float = 0.0) -> TimeScale:
    """A scale that shows [t0, t1] with margins (Home / "fit all").

    `right_px` keeps room after the last event for its label.
    """
    span = max(t1 - t0, 1.0)
    left = width * margin
    usable = max(width - left - max(width * margin, right_px), width * 0.3, 1.0)
    scale = min(MAX_SCALE, max(MIN_SCALE, usable / span))
    if scale * span < usable:  # capped zoom (a single day): centre it in the usable part
        left += (usable - scale * span) / 2
    return TimeScale(t0 - left / scale, scale)
