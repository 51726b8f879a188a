"""Article level: turn sentence reports into events (several sentences, one meeting).

A report joins an event of the same article when they share participants, agree on place and
do not disagree on date: "arrived on Thursday" and "On Thursday afternoon ... held a meeting"
are one visit; "flew in on Sunday" and "on Monday held talks" are two. A report without a date
of its own joins the event it continues, unless it brings in a new counterpart ("he also held
talks with Qatar's Prime Minister" is another meeting). Noun mentions ("during their meeting
with Bogdanov") and attachment sentences ("the delegation included ...") add participants.

The grouper reads the article sentence by sentence (`feed`); each job is a module of its own,
stacked as mixins on the one article state this class sets up:
- `coreference`: who an unnamed participant is ("he", "the Iranian minister", "the delegation");
- `attachment`: which event an attachment sentence's people join;
- `same_event`: whether a report is the event a draft already holds;
- `dating`: which day a report is on, and the drafts indexed by date;
- `placement`: which draft a report goes to (or a new one), and what it adds to it.
One sentence's several events are split by `sides`, and each finished Draft becomes an
EventMention in `drafts`.
"""
from __future__ import annotations

from dataclasses import replace

import re
from datetime import date

from .attendance import outside_asides
from .candidate import ATTACH, VERB, Candidate
from .continuation import note_ceremony, note_departure, note_gathering
from .dates import DateExpr, ResolvedDate
from .drafts import Draft
from .entities import Ent
from .earlier_time import opening_meeting_day
from .entry_day import entry_opening_day
from .gazetteer import PERSON
from .placement import Placement
from .separate_sides import split_separate_sides
from .sides import orgs_of_group, respective_places, split_parties, split_separate, within_one_split, without_past_regimes
from .vocab_matcher import key_words, may_match, words

_ABSENT = re.compile(r"\b(?:did not|didn't|does not|was not|were not|had not|has not|never)\s+(?:\w+\s+)?(?:attend|take part|participate|join|present)\b|\b(?:met|saw|received|talked to|spoke to|spoke with)\s+(?:with\s+)?(?:no|nobody|none\s+of)\b|\bstayed away\b|\b(?:was|is|were|are)\s+absent\b|\bskipped the\b|\b(?:is|was|were|are)\s+not\s+(?:part|a member|members|among the members)\s+of\s+the\s+delegation\b", re.I)
_ABSENT_KEYS = key_words(_ABSENT)  # most sentences hold none of its words: not scanned (vocab_matcher)


_HAD_BEFORE = re.compile(r"\b(?:had\s+(?:\w+ly\s+|also\s+|already\s+)?\w+(?:ed|en|wn|ne|t)|will|(?:is|are)\s+(?:to|due|expected|scheduled|planned|set)|to\s+be\s+held|deadline(?:\s+of)?)\b[^,;]{0,40}$", re.I)

# "after the army announced on Wednesday that ...", "criticised the visit on Friday": the day of a statement, no meeting's
_STATEMENT_BEFORE = re.compile(r"\b(?:announced|declared|said|stated|warned|criticised|criticized|condemned|denounced|welcomed\s+the\s+\w+)\s+(?:(?:late|early)\s+)?(?:on\s+)?$", re.I)

# "their first meeting since the October 7 attack": a day the report counts from, not one a later report continues
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)


class Grouper(Placement):
    """One article's events, built as its sentences are fed in order."""

    def __init__(self, published: date | None) -> None:
        self.published = published
        self.weekday_anchors: list[tuple[int, date]] = []
        self.drafts: list[Draft] = []
        # drafts by date, so a chronology of 3,000 dated meetings compares each report with the
        # drafts of its day (and the undated ones), not with every draft of the page
        self._by_value: dict[str, list[Draft]] = {}
        self._by_key: dict[str, list[Draft]] = {}
        self._undated: list[Draft] = []
        self._created = 0
        self._summaries: list[Draft] = []
        self.pending: list[tuple[Candidate, list[Ent], list[Ent], int]] = []
        self.sentence_people: list[list[Ent]] = []
        self.sentence_actors: list[list[Ent]] = []
        self.heads: dict[str, Ent] = {}  # organisation -> the person said to head its delegation
        self.head_told: dict[str, int] = {}
        self.absent: set[str] = set()  # "He did not attend the meetings"
        self.prior_text = ""  # the sentence fed before the one being read
        self.paragraphs: list[int] = []  # paragraph number of each sentence fed
        self.interviewee: Ent | None = None  # who "I" is, in an interview
        self.sentence_dates: list[list[DateExpr]] = []  # each fed sentence's date layer
        self.remote_speakers: dict[str, str] = {}  # "Speaking at a press conference in Goma, X said": X -> Goma
        self.last_actor: Ent | None = None  # the person who did the last reported visit/meeting
        self.resolved_subject: tuple[int, Ent] | None = None
        self.last_subject: tuple[int, list[Ent], list[Ent]] | None = None  # the last verb's sentence and resolved subject
        self.lede_day: tuple[DateExpr, ResolvedDate] | None = None  # the day a lede gives a series of meetings  # a report's subject named by role, and its sentence
        self.section_day: date | None = None  # a digest item's heading day ("IRAN-LEBANON | Saturday 23 November")
        self.year_only = False  # `published` is only a year heading's last day (see year_headings): no weekdays count from it
        self.section_start = 0  # index of the first sentence under the last heading line (a digest item, a blog entry)
        self.ceremony: tuple[DateExpr, ResolvedDate] | None = None  # the day of the funeral/ceremony last told
        self.departure: ResolvedDate | None = None  # the day the article says the visitor left
        self.gatherings: dict[str, tuple[DateExpr, ResolvedDate]] = {}  # gathering -> the day told for it (note_gathering)
        self.entry_day: tuple[DateExpr, ResolvedDate] | None = None  # the day the paragraph opens with, as a chronology entry

    # ------------------------------------------------------------------ building

    def feed(self, sentence_index: int, ents: list[Ent], cands: list[Candidate], speakers: list[Ent] | None = None,
             text: str = "", paragraph: int = 0, start: int = 0, dates: list[DateExpr] | None = None) -> None:
        if not self.paragraphs or self.paragraphs[-1] != paragraph:  # "6 May 2023 - X ... . Y ...": the entry's day (entry_day)
            self.entry_day = entry_opening_day(text, dates or [], self.published)
        self.paragraphs.append(paragraph)
        # "Y had warned in March", "the next round will be held on Saturday": history or a plan, no day a later undated report continues
        self.sentence_dates.append([d for d in dates or [] if not _HAD_BEFORE.search(text, max(0, d.start - 60), d.start)
                                    and not _STATEMENT_BEFORE.search(text, max(0, d.start - 40), d.start)
                                    and not _SINCE_BEFORE.search(text, max(0, d.start - 12), d.start)])
        note_ceremony(self, text, dates or [])
        note_departure(self, text, dates or [])
        note_gathering(self, text, dates or [])
        self.sentence_people.append([e for e in ents if e.kind == PERSON])
        self.sentence_actors.append(ents)
        absent = _ABSENT.search(text) if may_match(_ABSENT_KEYS, words(text)) else None
        self.previous_text, text_before = text, self.previous_text
        self.prior_text = text_before  # (the sentence before: "Thursday's session lasted two hours. X sat in")
        if absent:
            # who did not attend is the subject before the negation, not the person named after it
            # ("X did not attend and sent a message read out by Y": Y was there)
            before = [e for e in ents if e.kind == PERSON and e.end - start <= absent.start()]
            if re.search(r",\s*who\s+$", text[:absent.start()]):
                before = before[-1:]  # "X did not meet Y, who did not attend": only Y stayed away
            before = outside_asides(before, text, start, absent.start())  # "X, who is to succeed Y, did not attend": not Y
            self.previous_text = text_before
            self._mark_absent(before, text)
            self.previous_text = text
        previous: Candidate | None = None
        # per sentence, keyed by the candidate's position: an object's id() is reused once it is
        # freed, so keying by id() let a later sentence's candidate find an earlier one's draft
        by_candidate: dict[int, Draft] = {}
        subjects: dict[int, tuple[list[Ent], list[Ent]]] = {}  # candidate -> its resolved subject
        split_groups: list[set[str]] = []  # the people of each meeting a verb of this sentence was split into
        for serial, cand in enumerate(cands):
            cand.serial = serial
            if cand.anaphor == "(shared subject)" and previous is not None and previous.kind == VERB:
                # "arrived in Kabul on Monday and met X": the second verb shares time and place
                # (the first verb joined a draft told with its day, "Saturday's visit by X. X called on A and held talks with B": that day)
                joined = by_candidate.get(previous.serial) if previous.date is None else None
                cand.date = cand.date or previous.date or (joined.date_expr if joined is not None and not joined.past_perfect else None)
                cand.places = cand.places or previous.places
                cand.after_arrival = previous.type == "visit" and cand.type != "visit"
            people, orgs = self._resolve(cand, previous, subjects)
            if cand.kind != VERB and len(split_groups) > 1:
                people = within_one_split(people, split_groups)
            if self._recap_goes_on(cand, people):  # "X had visited Beirut on May 4. X then travelled to Damascus": no trip of its own
                previous = cand
                continue
            subjects[serial] = (
                [p for p in people if p.end <= cand.trigger[0] or p not in cand.people],
                [o for o in orgs if o.end <= cand.trigger[0] or o not in cand.orgs],
            )
            self._remember_heads(cand, people, orgs)
            if cand.kind == VERB:  # ("They also met Y": who "they" are)
                self.last_subject = (len(self.sentence_people) - 1, *subjects[serial])
            if cand.kind == VERB and cand.subject_people:
                self.last_actor = cand.subject_people[0]  # named as the subject, not resolved from "the minister"
            elif cand.kind == VERB and cand.anaphor and subjects[serial][0]:
                self.resolved_subject = (len(self.sentence_people) - 1, subjects[serial][0][0])  # "the Houthi official met X. Later he met Y"
            if cand.kind == ATTACH:
                self._attach(cand, people, orgs, sentence_index)
                previous = cand
                continue
            if cand.elaborates and not cand.separate and previous is not None and previous.serial in by_candidate and self._fits_elaboration(cand, previous):
                draft = by_candidate[previous.serial]
                draft.add(cand, people, orgs, sentence_index)
                by_candidate[serial] = draft
                previous = cand
                continue
            siblings: list[Draft] = []
            heads = self._named_group_heads(cand, people, orgs)  # joined once placed: they decide no event
            for group_people, group_orgs in split_parties(cand, people, without_past_regimes(cand, orgs)):
                by_side = split_separate_sides(cand, group_people, group_orgs)  # "separately with the delegation of A and with that of B"
                groups = [g for g, _ in by_side] if by_side else split_separate(cand, group_people)
                if cand.kind == VERB and len(groups) > 1:
                    split_groups.extend({p.name for p in g} for g in groups)
                where = respective_places(cand, groups)  # "took him to A and B, where he met X and Y respectively"
                for i, group in enumerate(groups):
                    told = replace(cand, places=where[i]) if where is not None else cand
                    if (first_day := opening_meeting_day(cand, group)) is not None:
                        told = replace(told, date=first_day)  # "at the end of a two-day visit that began with talks with Y": day one
                    group_sides = by_side[i][1] if by_side else orgs_of_group(cand, group, groups, group_orgs)
                    placed = self._place(told, group, group_sides, sentence_index, avoid=siblings)
                    if placed is not None:
                        siblings.append(placed)
                        by_candidate.setdefault(serial, placed)
                        for head in heads:
                            if head.affiliation in placed.orgs and self._head_came(head, placed):
                                placed.people.setdefault(head.name, head)
                        for head in self._group_head_came(cand, placed, people):  # "On Tuesday the delegation met Z" (rosters)
                            placed.people.setdefault(head.name, head)
            previous = cand
        self._group_head_told(ents, text, start, sentence_index)  # "The RSF team, headed by X, briefed Y" (rosters)
        if not cands and speakers:
            self._speakers(speakers, sentence_index, text, start)
