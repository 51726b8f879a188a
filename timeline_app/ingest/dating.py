"""Which day a report is on, and which drafts a day can match.

A report's own date resolves against the publication day; a relative one ("the same night", "a
day earlier") counts from the event the article just told; a report with no date takes the day of
the report it continues (`continuation`) or of a lede announcing a series of meetings. Drafts are
indexed by date so that a chronology of thousands of dated meetings compares each report with the
drafts of its day only (linear in the page). A mixin on the grouper's article state.
"""
from __future__ import annotations

from datetime import date, timedelta

from .candidate import NOUN, VERB, Candidate
from .continuation import FIRST as _FIRST, SERIES as _SERIES, SAME_DAY, THAT_DAY, continued_date, continues, departure_day, on_that_trip, in_week, within_week
from .date_scope import named_anchor, weekday_of_last_week
from .dates import DateExpr, ResolvedDate, resolve, trip_day
from .quoted_days import quoted_from_day
from .drafts import Draft
from .earlier_time import earlier_day, told_day_of_sequel
from .same_event import SameEvent
from .weekday_anchor import weekday_near_anchor


# date kinds counted from a day (not from a year): meaningless against a year heading's anchor
_DAY_COUNTED = frozenset({"weekday", "relday", "dom", "relperiod"})


class Dating(SameEvent):
    """Dates reports and keeps the grouper's drafts indexed by date (set up by the grouper)."""

    lede_day: tuple[DateExpr, ResolvedDate] | None
    _by_value: dict[str, list[Draft]]
    _by_key: dict[str, list[Draft]]
    _undated: list[Draft]
    weekday_anchors: list[tuple[int, date]]  # a page without a publication date: its days told with their weekday
    entry_day: tuple[DateExpr, ResolvedDate] | None  # the day the paragraph opens with (entry_day)
    year_only: bool  # `published` is a year heading's last day, not a day: weekdays and "yesterday" count from nothing

    def _date_report(self, cand: Candidate) -> ResolvedDate | None:
        """The report's day, resolved; `cand.date` is set to the expression that gives it
        (dropped when a relative date has nothing to count from, borrowed when continued)."""
        if cand.date is not None and cand.kind == VERB and told_day_of_sequel(cand) and continues(cand):
            cand.date = None  # "X, who attended the prayers, also met Y, the ministry said on Saturday": the day told, not the saying's
        if cand.date is not None and cand.date.kind == "anaphoric":
            resolved = self._anchor_date(cand)
            if resolved is None:  # "hours after his arrival", no arrival dated: the report is undated
                cand.date = None
        else:
            resolved = resolve(cand.date, self.published, future=False) if cand.date is not None else None
            if self.year_only and cand.date is not None and cand.date.kind in _DAY_COUNTED:
                resolved = None  # "on Monday" under a "2023" heading: which Monday is not known
            if cand.date is not None and cand.date.kind == "weekday":  # "visited X last week and met Y on Wednesday"
                resolved = weekday_of_last_week(cand.sentence.text, cand.date, resolved, self.published, cand.trigger[0] - cand.sentence.start)
                if resolved is None and self.published is None:  # "landed on Friday ... on Saturday, 2 September 2023"
                    resolved = weekday_near_anchor(cand.date, cand.sentence.start, self.weekday_anchors)
        if resolved is not None and cand.date is not None and cand.date.kind == "month" and cand.date.rel not in ("last", "next"):
            resolved = self._month_named_before(cand.date, resolved)
        if cand.date is None and cand.kind == VERB and (earlier := earlier_day(self, cand)) is not None:
            cand.date, resolved = earlier  # "Weeks before that, X had travelled to Y": counted back from the day told
        if cand.date is None and (cand.kind == VERB or _entry_noun(cand)) and self.entry_day is not None and not cand.past_perfect \
                and not cand.background and len(self.paragraphs) > 1 and self.paragraphs[-2] == self.paragraphs[-1]:
            cand.date, resolved = self.entry_day  # "14 August 2024 - Talks open. X meets Y.": the entry's day
        if cand.date is None and cand.kind == VERB and continues(cand):
            cand.date, resolved = continued_date(self, cand)
        elif cand.date is not None and cand.date.undisclosed \
                and cand.kind == VERB and on_that_trip(cand):
            # "During the same visit the delegation also held talks with Y, without giving a date": the trip's month
            expr, trip = continued_date(self, cand)
            if trip is not None:
                cand.date, resolved = expr, trip.month_only()
        if cand.date is None and cand.kind == VERB and not cand.past_perfect and not cand.background \
                and (retold := self._lede_retold(cand)) is not None:
            cand.date, resolved = retold.date_expr, retold.resolved
        if cand.date is None and cand.kind == VERB and not self.drafts and not cand.past_perfect and not cand.background \
                and (told := self._lede_sentence_day()) is not None:
            cand.date, resolved = told  # "A and B agreed on Saturday to ... / X hosted A and B": the lede's day
        if cand.date is None and cand.kind == VERB and self.lede_day is not None and not cand.past_perfect \
                and (not cand.background or _FIRST.search(cand.sentence.text, 0, cand.trigger[0] - cand.sentence.start)):
            cand.date, resolved = self.lede_day  # "Envoys who came for the funeral met officials on Wednesday. X received Y": that day
        elif cand.date is not None and resolved is not None and resolved.precision == "day" and self.lede_day is None \
                and self.paragraphs and self.paragraphs[-1] == 0 and _SERIES.search(cand.sentence.text):
            self.lede_day = (cand.date, resolved)
        return resolved

    def _lede_sentence_day(self) -> tuple[DateExpr, ResolvedDate] | None:
        """The day of a one-sentence lede that made no report ('The ministers agreed on Saturday to
        ...'), when the article's first report opens the next paragraph: it tells that occasion."""
        if len(self.paragraphs) < 2 or self.paragraphs[-1] != self.paragraphs[0] + 1 or self.paragraphs[-2] != self.paragraphs[0] \
                or self.paragraphs.count(self.paragraphs[0]) != 1 or self.published is None:
            return None
        days = [d for d in self.sentence_dates[0] if d.kind == "weekday" and d.rel in (None, "", "on")]
        if len(days) != 1 or len(self.sentence_dates[0]) != 1 or self.sentence_dates[-1]:  # (a day of its own: not the lede's)
            return None
        resolved = resolve(days[0], self.published, future=False)
        return (days[0], resolved) if resolved is not None else None

    def _lede_retold(self, cand: Candidate) -> Draft | None:
        """'X's ambassador held talks with the head of Y's council in Sanaa on Sunday.' then, opening the
        next paragraph, 'Ambassador A met B, the head of the council, at the palace': a lede that names
        its parties by their roles only (no one by name, at most one side) told again with its names,
        so of the lede's day (not the publication's) when a side is shared. A lede that names its
        people or both sides is complete: a meeting in the next paragraph may be another one."""
        if not self.drafts or len(self.paragraphs) < 2 or self.paragraphs[-2] == self.paragraphs[-1]:
            return None
        lede = self.paragraphs[self.drafts[0].last_sentence]
        if self.paragraphs[-1] != lede + 1 or self.paragraphs[-2] != lede:
            return None
        sides = {o.name for o in cand.orgs} | {p.name for p in cand.people} | {p.affiliation for p in cand.people if p.affiliation}
        for d in self.drafts:
            if self.paragraphs[d.last_sentence] == lede and d.date_expr is not None and d.resolved is not None \
                    and d.resolved.precision == "day" and not d.background and not d.past_perfect and d.type != "visit" \
                    and not d.people and len(d.orgs) < 2 and sides & set(d.orgs):
                return d
        return None

    def _month_named_before(self, expr: DateExpr, resolved: ResolvedDate) -> ResolvedDate:
        """'In January 2022 a delegation went to Oslo. The team then travelled to Tehran in January as
        well': a bare month the same paragraph has just named with its year is in that year, not in
        the publication's."""
        for back in range(1, min(len(self.sentence_dates), 3) + 1):
            if self.paragraphs and self.paragraphs[-back] != self.paragraphs[-1]:
                break
            years = [d.year for d in self.sentence_dates[-back] if d.kind in ("month_year", "full") and d.month == expr.month and d.year]
            if years:
                return ResolvedDate(f"{years[-1]:04d}-{expr.month:02d}", "month", "relative")
        return resolved

    def _anchor_date(self, cand: Candidate) -> ResolvedDate | None:
        """'the same night', 'a day earlier': counted from the event the article just reported."""
        assert cand.date is not None
        if (named := named_anchor(cand.sentence.text, cand.date, self.published)) is not None:
            return named  # "the day before Monday's meeting": counted from the day it names
        if (eve := departure_day(self, cand)) is not None:
            return eve
        if (told := quoted_from_day(cand, self.published)) is not None:
            return told
        now = len(self.sentence_people) - 1  # "the next day met X and discussed with him": not a day after that day
        # (a background clause of this very sentence counts: "had arrived on Saturday and met X the same evening")
        current = [d for d in self.drafts if (not d.background or cand.past_perfect or d.last_sentence == now)
                   and d.resolved is not None and d.resolved.precision == "day"
                   and not (d.last_sentence == now and d.date_expr is not None and d.date_expr.key == cand.date.key)]
        if not current:
            # "Earlier in the day the minister met X" after a meeting dated by the publication alone: that day
            undated = [d for d in self.drafts if d.date_expr is None and not d.background and not d.past_perfect]
            if undated and self.published is not None and not cand.date.day and self.section_day is None:
                return ResolvedDate(self.published.isoformat(), "day", "relative")
            return None
        # within a paragraph, the day just reported; opening a new paragraph, the article's lead event
        recent = max(current, key=lambda d: d.last_sentence)
        if trip_day(cand.date.rel or "") is not None:  # "on the second day of his visit": counted from the trip's first day
            trips = [d for d in current if d.type == "visit" and not d.background] or current
            first = min(trips, key=lambda d: (d.resolved.value, d.order))  # type: ignore[union-attr]
            day = date.fromisoformat(first.resolved.value) + timedelta(days=cand.date.day or 0)  # type: ignore[union-attr]
            return ResolvedDate(day.isoformat(), "day", "relative")
        if self.paragraphs and self.paragraphs[-1] != self.paragraphs[recent.last_sentence] and not THAT_DAY.search(cand.date.text) \
                and not (SAME_DAY.search(cand.date.text) and not recent.past_perfect and not recent.background):
            # ("That evening" points at the day just told, whatever the paragraph; a meeting "earlier in
            # the day" counts from the lead meeting, not from an arrival the lede told in passing)
            recent = next((d for d in current if d.type != "visit"), current[0]) if cand.type != "visit" else current[0]
        anchor = date.fromisoformat(recent.resolved.value)  # type: ignore[union-attr]
        return ResolvedDate((anchor + timedelta(days=cand.date.day or 0)).isoformat(), "day", "relative")

    def _date_candidates(self, cand: Candidate, resolved: ResolvedDate | None) -> list[Draft]:
        """The drafts whose date may fit the report's (see _date_fits), in article order."""
        if cand.date is None:
            return self.drafts
        found = list(self._undated)
        found += [d for d in self._by_key.get(cand.date.key, []) if resolved is None or d.resolved is None]
        if resolved is not None:
            found += self._by_value.get(resolved.value, [])
            if resolved.precision == "day":
                found += [d for d in self._by_value.get(resolved.value[:7], []) if within_week(d, resolved, self.published)]
                if cand.date.kind == "relday":  # a quote's "yesterday" may be the day before's meeting (see same_event)
                    found += self._by_value.get((date.fromisoformat(resolved.value) - timedelta(days=1)).isoformat(), [])
            elif self.published is not None and in_week(cand.date, ResolvedDate(self.published.isoformat(), "day", "relative"), self.published):
                for back in range(8):  # "this week's conference": the days of that week told already
                    day = (self.published - timedelta(days=back)).isoformat()
                    found += [d for d in self._by_value.get(day, []) if d.resolved is not None and in_week(cand.date, d.resolved, self.published)]
        return sorted({d.order: d for d in found}.values(), key=lambda d: d.order)

    def _index_date(self, draft: Draft) -> None:
        if draft.date_expr is None or draft.dated_index:
            return
        draft.dated_index = True
        if self._undated and self._undated[-1] is draft:
            self._undated.pop()
        else:
            self._undated = [d for d in self._undated if d is not draft]
        self._by_key.setdefault(draft.date_expr.key, []).append(draft)
        if draft.resolved is not None:
            self._by_value.setdefault(draft.resolved.value, []).append(draft)


def _entry_noun(cand: Candidate) -> bool:
    """'4 May 2022 - Asmara, Eritrea. Talks with X.': a noun report opening a later sentence of a
    chronology entry, given the list's subject (list_subjects), tells the entry's day like a verb would."""
    return cand.kind == NOUN and bool(cand.subject_people or cand.subject_orgs) \
        and not cand.sentence.text[:cand.trigger[0] - cand.sentence.start].strip(" *\u2022-\u2013\u2014")
