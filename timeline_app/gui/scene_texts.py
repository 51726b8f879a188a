"""The words the timeline draws (marker labels, undated chips) and where they come from.

Two ways, one per use (a mixin of `TimelineScene`):

* the window's scene has `text_requests` set: a paint only *looks* at what has been read
  (`PagedEvents.peek_title`, `peek`) and asks for the rest, which `TextLoader` reads in the
  background; a label not read yet is drawn without its title, a chip without title and colour,
  and they appear on the repaint that follows. No paint ever waits on SQL.
* a static picture (`timeline-app render`, File ▸ Export, print) has none: it must be complete,
  so a paint reads what it is about to label first, in one query (`_prefetch_texts`).

Events held in memory (`EventColumns`) are read directly either way.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from . import layout as L
from .curation_marks import marked_title
from .formatting import one_line

if TYPE_CHECKING:
    from ..storage.event_pages import PagedEvents

TextRequests = Callable[["PagedEvents", Iterable[int], Iterable[int]], None]


class SceneTexts:
    """Part of `TimelineScene`: titles and labels, read now or asked for."""

    text_requests: TextRequests | None = None  # set by the window: texts are read in the background

    def _paged(self) -> PagedEvents | None:
        """The index's paged text fields when they are read in the background, else None."""
        if self.text_requests is None or self.index is None:
            return None
        return getattr(self.index.cols, "paged", None)

    def title_of(self, event: int) -> str | None:
        """The event's title on one line; None while it is being read (asked for here)."""
        paged = self._paged()
        if paged is None:
            return one_line(self.index.cols.titles[event]) if self.index is not None else ""
        title = paged.peek_title(event)
        if title is None:
            self.text_requests(paged, (event,), ())  # type: ignore[misc]
            return None
        return one_line(title)

    def chip_texts(self, event: int) -> tuple[str | None, int]:
        """(title, lane colour number) of an undated chip; (None, -1) while being read."""
        index = self.index
        assert index is not None
        paged = self._paged()
        if paged is None:
            title, dels = index.cols.titles[event], index.cols.delegations[event]
        else:
            found = paged.peek(event)
            if found is None:
                self.text_requests(paged, (), (event,))  # type: ignore[misc]
                return None, -1
            title, dels = found.title, found.delegations
        lane_no = index.delegations.index(dels[0]) if dels and dels[0] in index.delegations else -1
        return marked_title(index.cols, event, one_line(title)), lane_no

    def _label(self, event: int, room: float) -> tuple[str, float]:
        """(text, width) of a marker's label elided to `room`; ("", 0) while its title is read."""
        key = (event, int(room))
        cached = self._labels.get(key)
        if cached is None:
            title = self.title_of(event) if self.index is not None else ""
            if title is None:
                return "", 0.0  # not kept: the title is on its way
            title = marked_title(self.index.cols, event, title) if self.index is not None else title  # type: ignore[union-attr]
            text = self._metrics.elidedText(title, Qt.TextElideMode.ElideRight, room) if room >= L.MIN_LABEL else ""
            if text in ("…", "..."):
                text = ""
            cached = (text, self.text_width(text) if text else 0.0)
            if len(self._labels) > 50000:
                self._labels.clear()
            self._labels[key] = cached
        return cached

    def _prefetch_texts(self, rows: range) -> None:
        """Titles of every single marker of each *new* lane layout (three view widths, so panning
        within it finds them read) and the fields of the undated chips: asked for in one batch
        (window), or read now in one query (static pictures)."""
        cols = self.index.cols if self.index is not None else None
        paged = getattr(cols, "paged", None)
        if paged is None:
            return
        layouts = [(k, self.lane_layout(k)) for k in rows]
        done = {id(layout) for layout in self._prefetched}  # held below, so no id is reused meanwhile
        fresh = [(k, layout) for k, layout in layouts if not layout.binned and id(layout) not in done]
        self._prefetched = [layout for _k, layout in layouts]
        titles = [self.lanes[k].members[it.members[0]] for k, layout in fresh for it in layout.items if not it.is_cluster]
        chips = [self.undated[chip.position] for chip in self._chips() if chip.kind == "event"] if self.undated else []
        if self.text_requests is not None:
            titles = [p for p in titles if paged.peek_title(p) is None]
            chips = [p for p in chips if paged.peek(p) is None]
            if titles or chips:
                self.text_requests(paged, titles, chips)
            return
        paged.prefetch_titles(titles)
        if chips:
            paged.prefetch(chips)
