"""Lane colours readable on light and dark palettes, and colour helpers.

The lane colours are mid-tone (Tableau 10 family, lightness 45–65 %): markers carry a thin
outline in the palette's base colour so they stand out on either background, and labels are
drawn in the palette's text colour, never in the lane colour, so text contrast follows the theme.
"""
from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

LANE_COLORS = (
    "#4e79a7",  # blue
    "#f28e2b",  # orange
    "#59a14f",  # green
    "#e15759",  # red
    "#b07aa1",  # purple
    "#76b7b2",  # teal
    "#edc948",  # yellow
    "#ff9da7",  # pink
    "#9c755f",  # brown
    "#8cd17d",  # light green
    "#d37295",  # magenta
    "#499894",  # dark teal
)
OTHER_COLOR = "#8c8c8c"


def lane_color(index: int) -> QColor:
    """Colour of lane `index` (-1: the "other" lane); beyond the table, hues on a golden-angle walk."""
    if index < 0:
        return QColor(OTHER_COLOR)
    if index < len(LANE_COLORS):
        return QColor(LANE_COLORS[index])
    hue = int((index * 137.508) % 360)
    return QColor.fromHsl(hue, 150, 130)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


def contrasting_text(background: QColor) -> QColor:
    """Black or white, whichever reads better on `background` (badge counts)."""
    r, g, b = background.redF(), background.greenF(), background.blueF()
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return QColor("#000000") if luminance > 0.55 else QColor("#ffffff")


def with_alpha(color: QColor, alpha: int) -> QColor:
    out = QColor(color)
    out.setAlpha(alpha)
    return out


def blend(a: QColor, b: QColor, t: float) -> QColor:
    """a·(1−t) + b·t, for subtle alternating lane backgrounds derived from the palette."""
    return QColor.fromRgbF(
        a.redF() * (1 - t) + b.redF() * t,
        a.greenF() * (1 - t) + b.greenF() * t,
        a.blueF() * (1 - t) + b.blueF() * t,
        1.0,
    )
