"""One report, several events: the sides a single sentence puts into separate events.

"A Hamas delegation ... and Iran's deputy minister have arrived" is two visits; "held separate
calls with A and with B" and "held telephone conversations with A and B" are one call each.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .candidate import NOUN, VERB, Candidate
from .entities import Ent
from .gazetteer import COUNTRY, MOVEMENT, PERSON, gazetteer, org_key, person_key

_WITH = re.compile(r"\bwith\b", re.I)
# "Qatar, which has mediated since the Taliban took power, sent a delegation": who took power is no traveller
_TIME_ASIDE = re.compile(r"\b(?:since|after|before|until|when)\s+[^,;]{1,80}?(?=,)", re.I)



def split_parties(cand: Candidate, people: list[Ent], orgs: list[Ent]) -> list[tuple[list[Ent], list[Ent]]]:
    """'A Hamas delegation ... and Iran's deputy minister have arrived': two visits, not one.

    Arrivals are not interactions between the arriving sides, so each side gets its own
    visit; the people of the host country stay with every side.
    """
    if cand.kind != VERB or cand.type != "visit" or (cand.anaphor and not cand.subject_people and not cand.subject_orgs):
        return [(people, orgs)]
    text, base = cand.sentence.text, cand.sentence.start
    asides = [(m.start() + base, m.end() + base) for m in _TIME_ASIDE.finditer(text, 0, cand.trigger[0] - base)]
    people = [e for e in people if not any(a <= e.start < b for a, b in asides)]
    orgs = [e for e in orgs if not any(a <= e.start < b for a, b in asides)]
    host = next((p.country or (p.name if p.kind == COUNTRY else None) for p in cand.places), None)
    sides: dict[str, tuple[list[Ent], list[Ent]]] = {}
    shared: list[Ent] = []
    # ("The Omani delegation and the Houthi negotiator arrived in Sanaa": a movement landing at home came with the visitors)
    for o in orgs:
        if (o.kind == MOVEMENT and not _at_home(o.name, host)) or (o.kind != MOVEMENT and o.country and o.country != host):
            sides.setdefault(o.name, ([], []))[1].append(o)
        else:
            shared.append(o)
    for p in people:
        side = p.affiliation if p.affiliation and p.affiliation != host and (
            (p.affiliation_kind == MOVEMENT and not _at_home(p.affiliation, host)) or (p.affiliation_kind != MOVEMENT and gazetteer().home_of(p.affiliation) != host)) else None
        if side is None:
            shared.append(p)
        else:
            sides.setdefault(side, ([], []))[0].append(p)
    subject_sides = {side for side, (side_people, side_orgs) in sides.items()
                     if any(e.end <= cand.trigger[0] for e in side_people + side_orgs)}
    if len(sides) < 2 or len(subject_sides) < 2:
        return [(people, orgs)]  # "arrived ..., accompanied by Omani mediators": one journey
    subject_orgs = [o for side_people, side_orgs in sides.values() for o in side_orgs if o.end <= cand.trigger[0]]
    if _one_group(cand, subject_orgs):
        return [(people, orgs)]  # "a Saudi and Omani delegation travelled": one joint delegation
    if _THEN_MET.match(cand.sentence.text, cand.trigger[1] - cand.sentence.start):
        return [(people, orgs)]  # "A and an Omani delegation travelled to Sanaa and sat down with X": one journey to one meeting
    if _FOR_TALKS.match(cand.sentence.text, cand.trigger[1] - cand.sentence.start):
        cand.type = "talks"  # "Fatah and Hamas delegations came to Beijing for talks": the sides came to one table
        return [(people, orgs)]
    if _plural_group_of(cand, subject_orgs):
        return [(people, orgs)]  # "the foreign ministers of A, B and C visited": one joint trip (asked after "for talks":
        # "Representatives of Fatah and Hamas came ... for talks" is the sides at one table)
    shared_people = [e for e in shared if e.kind == PERSON]
    shared_orgs = [e for e in shared if e.kind != PERSON]
    return [(side_people + shared_people, side_orgs + shared_orgs) for side_people, side_orgs in sides.values()]


def _at_home(movement: str, host: str | None) -> bool:
    """A movement of the country the journey ends in (resources/organisations.json 'country')."""
    known = gazetteer().orgs.get(org_key(movement.split()))
    return host is not None and known is not None and known.kind == MOVEMENT and known.country == host


# "met A on Sunday, after talks in Jerusalem with B": the talks named after the report are another meeting
_AFTER_TALKS_WITH = re.compile(r",\s+after\s+(?:(?:his|her|their)\s+)?(?:talks|a\s+meeting|meetings|consultations|a\s+session)"
                               r"(?:\s+(?:in|at)\s+(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*){0,2})?\s+with\s+", re.I)


# "In separate meetings with A and B, X ...", "In separate meetings, the president also received A and B"
_FRONTED_SEPARATE = re.compile(r"\W*(?:in|during|at)\s+(?:two\s+|three\s+|several\s+)?separate\s+(?:meetings|talks|audiences|sessions|encounters|consultations)"
                               r"(?:\s+(?:on|in|at|late|early|earlier|later)\s+[^,;]{1,40}?)?(?P<with>\s+with\s+[^;]{3,240}?)?\s*,\s+"
                               r"(?=(?:the|a|an|his|her|its|their|he|she|they)\b|(?-i:[A-Z]))", re.I)


def _fronted_separate(cand: Candidate, people: list[Ent]) -> list[list[Ent]] | None:
    """A fronted 'In separate meetings (with A and B),' makes one meeting per person met, each with
    the sentence's subject; None when the sentence does not open so. The noun in that opening tells
    the meetings only through its 'with' (without one, the verb after it tells them: [])."""
    base = cand.sentence.start
    m = _FRONTED_SEPARATE.match(cand.sentence.text)
    if m is None or cand.kind not in (VERB, NOUN):
        return None
    inside = cand.trigger[0] < m.end() + base
    if inside != (cand.kind == NOUN):
        return None
    if m.group("with"):
        met = [p for p in people if m.start("with") + base <= p.start < m.end("with") + base]
        rest = [p for p in people if p not in met]
    elif inside:
        return []  # "In separate meetings, the president received A and B": the verb's report
    else:
        met = [p for p in people if p.start >= cand.trigger[1]]
        rest = [p for p in people if p.end <= cand.trigger[0]]
    if len(met) < 2 or not (rest or cand.kind == VERB):  # ("the president also received A and B": the subject resolved later)
        return None
    return [rest + [p] for p in met]


def split_separate(cand: Candidate, people: list[Ent]) -> list[list[Ent]]:
    """'held separate calls on Monday with A, ..., and with B': one event per counterpart.

    A telephone call has two ends: 'held telephone conversations with A and B' of two sides
    is one call with each."""
    # the finer readings first; the first that parts the people in two or more wins
    splitters: tuple[Callable[[Candidate, list[Ent]], list[list[Ent]]], ...] = (split_respectively, split_office_holders, split_plural_meetings)
    for split in ((split_call, *splitters) if cand.kind == VERB and cand.type == "call" else splitters):
        parts = split(cand, people)
        if len(parts) > 1:
            return parts
    text = cand.sentence.text
    base = cand.sentence.start
    earlier = _AFTER_TALKS_WITH.search(text, cand.trigger[1] - base, cand.clause[1] - base) if cand.kind == VERB else None
    if earlier is not None:
        # "met A in Ramallah on Sunday, after talks in Jerusalem with B": the talks with B are a meeting of their own
        subject = [p for p in people if p.end <= cand.trigger[0]]
        first = [p for p in people if cand.trigger[1] <= p.start < earlier.start() + base]
        second = [p for p in people if p.start >= earlier.end() + base]
        if subject and first and second:
            return [subject + first, subject + second]
    fronted = _fronted_separate(cand, people)
    if fronted is not None:
        return fronted
    if not cand.separate or cand.kind != VERB:
        return [people]
    marks = [m.start() + base for m in _WITH.finditer(text) if m.start() + base > cand.trigger[0]]
    subject = [p for p in people if p.end <= cand.trigger[0]]
    groups = []
    for i, start in enumerate(marks):
        end = marks[i + 1] if i + 1 < len(marks) else cand.clause[1]
        inside = [p for p in people if start <= p.start < end]
        if inside:
            groups.append(subject + inside)
    if len(groups) >= 2 and _ONE_SIDE_TWICE.search(text, cand.trigger[0] - base, cand.clause[1] - base) is None \
            and len({p.affiliation for g in groups for p in g if p not in subject}) == 1 and groups[0][-1].affiliation is not None:
        return [people]  # "held talks with US envoy A and with B, the White House coordinator": one side's two men, one meeting
    if len(groups) >= 2:
        return groups
    if not groups and len(marks) >= 2 and cand.date is None and WHOLE_TRIP.search(text):
        return []  # "has held talks with Lebanese officials and with Hezbollah's leadership during a two-day visit": the trip's summary
    # one 'with' names them all ("separate meetings with A and B, urging them to act with sincerity")
    objects = [p for p in people if p.start >= cand.trigger[1]]
    if subject and len(objects) >= 2:
        return [subject + [p] for p in objects]  # "met Lavrov and then Kabulov": one meeting each
    return groups or [people]


_ONE_SIDE_TWICE = re.compile(r"\bseparate(?:ly)?\b|\bthen\b|\blater\b|\bin\s+turn\b", re.I)  # (said to be apart: kept apart)
_THEN_MET = re.compile(r"[^.;]{0,60}?\band\s+(?:then\s+|later\s+|together\s+)?(?:met|sat\s+down|held\s+(?:talks|a\s+meeting|meetings)|were\s+received|was\s+received)\b", re.I)
# the purpose of a journey: talks the travelling sides hold ("for reconciliation talks", "to hold talks with Egyptian officials")
_FOR_TALKS = re.compile(r"[^.;]{0,60}?\b(?:for|to\s+(?:hold|attend|join|take\s+part\s+in))\s+(?:(?!separate\b|individual\b|bilateral\b)[\w\-]+,?\s+(?:and\s+)?){0,4}?"
                        r"(?:talks|negotiations|consultations|dialogue|meeting|meetings)\b(?!\s+(?:separately|respectively))", re.I)
WHOLE_TRIP = re.compile(r"\bduring\s+(?:a|an|his|her|their|the)\s+(?:[\w\-]+\s+){0,2}(?:visit|trip|tour)\b", re.I)
_FIRST_SINCE = re.compile(r"\b(?:first|highest-level|first-ever)\s+(?:[\w\-]+\s+){0,3}visit\b[^.;]{0,120}?\bsince\b", re.I)
_WITH_COMPANY = re.compile(r"[^.;]{0,60}?\bwith\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,3}(?:company|companies|firm|firms|consortium|corporation|bank|investors?)\b", re.I)


def no_counterpart(cand: Candidate, people: list[Ent], orgs: list[Ent]) -> bool:
    """A report that names sides but no encounter between them makes no event of its own: 'signed
    an oil deal with a Chinese company' (business), a past-perfect trip with nobody met told in
    passing. (Standing states, track records and the stop before a trip are set aside earlier, with
    their nouns, by `not_reports.told_in_passing`.)"""
    text, base = cand.sentence.text, cand.sentence.start
    if not people and cand.kind == VERB and _WITH_COMPANY.match(text, cand.trigger[1] - base):
        return True
    if cand.type == "meeting" and _CHAIRED.search(text, cand.trigger[1] - base) \
            and len({p.affiliation or p.name for p in people} | {o.name for o in orgs}) <= 1:
        return True  # "a coordination meeting for the trip was held under the chairmanship of X": one side's own session
    if cand.kind == NOUN and cand.type == "visit" and not people and cand.date is None \
            and _FIRST_SINCE.search(text, max(0, cand.trigger[0] - base - 40)):
        return True  # "This is the first public visit by a Houthi delegation to X since the war began": a trip's rank, told of one told elsewhere
    return cand.past_perfect and cand.date is None and len(people) < 2 and not any(o.kind == MOVEMENT for o in orgs)


def orgs_of_group(cand: Candidate, group: list[Ent], groups: list[list[Ent]], orgs: list[Ent]) -> list[Ent]:
    """'held calls with Hamas's Abu Marzouk and with Fatah's Rajoub': each call keeps its own side.

    A call has two ends: when one report splits into several calls, a movement or state that
    only the people of another call belong to is that call's side, not this one's."""
    if len(groups) < 2 or cand.type != "call":
        return orgs
    mine = {p.affiliation for p in group if p.affiliation}
    others = {p.affiliation for g in groups if g is not group for p in g if p.affiliation} - mine
    return [o for o in orgs if o.name not in others]


def split_call(cand: Candidate, people: list[Ent]) -> list[list[Ent]]:
    subject = [p for p in people if p.end <= cand.trigger[0]]
    sides: dict[str, list[Ent]] = {}
    for p in people:
        if p.start >= cand.trigger[1]:
            sides.setdefault(p.affiliation or p.name, []).append(p)
    base = cand.sentence.start
    joint = _TOGETHER.search(cand.sentence.text[cand.clause[0] - base:cand.trigger[1] - base + 20])
    if len(sides) < 2 or not subject or joint:
        return [people]  # "held a joint call with A and B", "a three-way call": one call
    return [subject + side for side in sides.values()]


_CHAIRED = re.compile(r"\b(?:under\s+the\s+chairmanship\s+of|chaired\s+by|presided\s+over\s+by)\b", re.I)
_AIDE = re.compile(r"\b(?:advis[eo]r|aide|deputy|assistant|spokes\w*|envoy|secretary|chief of staff|director|former|ex-)", re.I)
_FORMER = re.compile(r"\b(?:former|ex-|previous|then-)\s*(?:[\w\-]+\s+){0,2}$", re.I)
# ("met A, in the presence of B": B sat in A's meeting)
_TOGETHER = re.compile(r"\b(?:together|jointly|joint|trilateral|tripartite|three-way|four-way|all three|both men|both of them|in the presence of)\b", re.I)


def split_office_holders(cand: Candidate, people: list[Ent]) -> list[list[Ent]]:
    """'X met President A and Speaker B': a visitor received in turn by the heads of a host
    state's offices is one meeting per office ('met them together', 'a joint meeting' stay one)."""
    if cand.kind != VERB or cand.type not in ("meeting", "talks") or cand.passive:
        return [people]
    subject = [p for p in people if p.end <= cand.trigger[0]]
    objects = [p for p in people if p.start >= cand.trigger[1]]
    homes = {p.affiliation for p in subject}
    if len(objects) < 2 or not subject or None in homes:
        return [people]
    if len({p.affiliation for p in objects}) != 1 or objects[0].affiliation in homes:
        return [people]
    if objects[0].affiliation_kind != "government" or len({(p.title or "").lower() for p in objects}) != len(objects):
        return [people]
    if any(not p.title or _AIDE.search(p.title) for p in objects) or _TOGETHER.search(cand.sentence.text):
        return [people]  # "met the president and his adviser": the adviser was in the president's meeting
    base = cand.sentence.start
    if any(re.search(r"\b(?:his|her|their|its)\s+(?:[\w\-]+\s+){0,3}$", cand.sentence.text[max(0, p.start - base - 40):p.start - base]) for p in objects):
        return [people]
    if any(_FORMER.search(cand.sentence.text, max(0, p.start - base - 40), p.start - base) for p in objects):
        return [people]  # "met the council's chairman and former president X": no longer the state's office holders
    host = next((p.country or (p.name if p.kind == COUNTRY else None) for p in cand.places), None)
    if cand.host_verb or (host is not None and gazetteer().home_of(objects[0].affiliation) != host):
        return [people]  # "the president received A and B": the visitors came together; the hosts must be at home
    return [subject + [p] for p in objects]


_PLURAL_MEETINGS = re.compile(r"\bmeetings$", re.I)


def split_plural_meetings(cand: Candidate, people: list[Ent]) -> list[list[Ent]]:
    """'The delegation held meetings with the movement's leader A and the council's head B': meetings,
    one with each office holder named (each with a title of his own, none an aide of another)."""
    if cand.kind != VERB or not _PLURAL_MEETINGS.search(cand.sentence.text[cand.trigger[0] - cand.sentence.start:cand.trigger[1] - cand.sentence.start]):
        return [people]
    subject = [p for p in people if p.end <= cand.trigger[0]]
    objects = [p for p in people if p.start >= cand.trigger[1]]
    titles = [(p.title or "").lower() for p in objects]
    if len(objects) < 2 or not all(titles) or len(set(titles)) != len(objects) or any(_AIDE.search(t) for t in titles) \
            or _TOGETHER.search(cand.sentence.text):
        return [people]
    return [subject + [p] for p in objects]


def _one_group(cand: Candidate, side_orgs: list[Ent]) -> bool:
    """Are the sides adjectives sharing one group noun ('Saudi and Omani envoys')?"""
    named = sorted({(o.start, o.end) for o in side_orgs if o.t0 == -1})
    merged: list[tuple[int, int]] = []
    for start, end in named:  # "a Saudi-Omani delegation": one phrase names both states
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    if len(merged) == 1 and len(named) >= 2 and len({o.name for o in side_orgs}) >= 2:
        return True
    if len(named) < 2 or len(named) != len({o.name for o in side_orgs}):
        return False
    text, base = cand.sentence.text, cand.sentence.start
    return all(re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[e1 - base:s2 - base]) for (_, e1), (s2, _) in zip(named, named[1:]))


_PLURAL_OF = re.compile(r"\b(?:ministers|envoys|delegations|delegates|leaders|officials|representatives|heads|presidents|diplomats)\s+(?:of|from)\s+(?:the\s+)?$", re.I)


def _plural_group_of(cand: Candidate, side_orgs: list[Ent]) -> bool:
    """'The foreign ministers of France, Germany and Italy made a visit': one plural noun owns the
    list of sides; they travelled together, one visit with several sides."""
    named = sorted({(o.start, o.end) for o in side_orgs})
    if len(named) < 2:
        return False
    text, base = cand.sentence.text, cand.sentence.start
    if not _PLURAL_OF.search(text, max(0, named[0][0] - base - 60), named[0][0] - base):
        return False
    return all(re.fullmatch(r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?", text[e1 - base:s2 - base]) for (_, e1), (s2, _) in zip(named, named[1:]))


def known_for_country(name: str, country: str) -> bool:
    """'Hamid Karzai', 'Abdullah Abdullah': people the resources give the country itself as side (the
    state's figures before a de facto ruler took over) stay on that side after the takeover; only
    people the text calls 'Afghan' go to the ruler of the day."""
    entity = gazetteer().people.get(person_key(name.split()))
    return entity is not None and not entity.weak and entity.affiliation == country


# "an official in the previous Afghan government", "the ousted government of X": a state's past rulers,
# named to describe a person, are no side of the meeting (and never the de facto ruler of the day)
_PAST_REGIME = re.compile(r"\b(?:previous|former|ousted|deposed|toppled|fallen|collapsed|overthrown|old)\s+(?:[\w\-]+\s+)?$", re.I)


def without_past_regimes(cand: Candidate, orgs: list[Ent]) -> list[Ent]:
    """The report's groups less the past governments it mentions ('the previous Afghan government')."""
    text, base = cand.sentence.text, cand.sentence.start
    return [o for o in orgs if not (o.kind != MOVEMENT and _PAST_REGIME.search(text, max(0, o.start - base - 30), o.start - base))]


def within_one_split(people: list[Ent], groups: list[set[str]]) -> list[Ent]:
    """'As part of his trip to Doha, X also met the emir, the prime minister and the foreign minister':
    the sentence's verb told one meeting per office holder, so a noun of the same sentence ('his trip')
    naming them all joins no single one of them with the others; it keeps the people every one of
    those meetings shares (the visitor), plus those of no meeting at all."""
    everyone = set().union(*groups)
    shared = set.intersection(*groups)
    return [p for p in people if p.name in shared or p.name not in everyone]


_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)


def _told_respectively(cand: Candidate) -> bool:
    """Whether a verb's clause pairs its objects off with 'respectively' (up to just after the clause)."""
    base = cand.sentence.start
    return cand.kind == VERB and _RESPECTIVELY.search(cand.sentence.text, cand.trigger[1] - base, cand.clause[1] - base + 30) is not None


def split_respectively(cand: Candidate, people: list[Ent]) -> list[list[Ent]]:
    """'The tour took him to A and B, where he met X and Y respectively': one meeting with each
    counterpart (in the places' order, see `respective_places`), not one meeting of all four."""
    if not _told_respectively(cand):
        return [people]
    subject = [p for p in people if p.end <= cand.trigger[0]]
    objects = [p for p in people if p.start >= cand.trigger[1]]
    if len(objects) < 2:
        return [people]
    return [subject + [p] for p in objects]


def respective_places(cand: Candidate, groups: list[list[Ent]]) -> list[list[Ent]] | None:
    """The place of each 'respectively' meeting: the places named before, in order, when there are as
    many places as meetings (else None: the clause's places stay every meeting's)."""
    if len(groups) < 2 or not _told_respectively(cand):
        return None
    places = sorted(cand.places, key=lambda e: e.start)
    return [[p] for p in places] if len(places) == len(groups) else None
