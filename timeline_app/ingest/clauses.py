"""Parts of a sentence that must not feed an event: attributions, quotations, topics.

"..., the Russian Foreign Ministry said." names who reported, not who met; "Hamas said in a
statement posted on Thursday" dates the statement, not the meeting; words inside quotation
marks are speech; "to discuss upcoming elections in Palestine" is the topic, not the place.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .date_patterns import FULL_WEEKDAYS
from .entities import Ent
from .gazetteer import CITY, COUNTRY
from .resources import load_json
from .span_keys import LeftmostOf
from .speech_frames import referring_to_meeting, said_at_meeting
from .vocab_matcher import Keys, key_words, may_match, words

_SPLIT = re.compile(r";\s+|,\s+(?:and\s+|then\s+|but\s+)?(?=(?:who|when|where|while|after|before|and)\b)|\s+and\s+(?=(?:on|in|last|later|then|also|earlier|subsequently)\b)|,\s+(?:and|but)\s+|\s+(?:and|but)\s+(?=(?:held|met|received|hosted|visited|arrived|flew|travelled|traveled|spoke|signed|had)\b)"
                    # "arrived last night and is also due to be received by Y": the plan is a clause of its own
                    r"|\s+and\s+(?=(?:(?:is|are|was|were)\s+(?:also\s+|then\s+)?(?:due|expected|scheduled|set|slated)\s+to|will|would)\s)", re.I)
_RELATIVE = re.compile(r",\s+(?:who|which)\s+", re.I)
_OPENING_SUBORDINATE = re.compile(r"[\s\"\u201c]*(?:[\w\-]+\s+){0,4}?(?:after|before|since|when|once|while|until)\s", re.I)
_AND_WITH = re.compile(r",\s+and\s+(?:also\s+|later\s+|then\s+)?with\b", re.I)


@lru_cache(maxsize=1)
def _cues() -> dict:
    return load_json("triggers.json") or {}


@lru_cache(maxsize=1)
def _attribution_verbs() -> tuple[str, ...]:
    return tuple(sorted(map(re.escape, _cues().get("attribution_verbs", ["said"])), key=len, reverse=True))


def _patterns_for(text_words: frozenset[str] | None) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The attribution patterns with only the attribution verbs a sentence holds as words (a verb
    of several words or signs is always kept); all of them when the words are not known."""
    if text_words is None:
        return _attribution_patterns()
    return _patterns_holding(_verb_words() & text_words)


@lru_cache(maxsize=512)
def _patterns_holding(held: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return _attribution_patterns(tuple(v for v, word in _plain_verbs() if word is None or word in held))


@lru_cache(maxsize=1)
def _verb_words() -> frozenset[str]:
    return frozenset(word for _, word in _plain_verbs() if word is not None)


@lru_cache(maxsize=1)
def _plain_verbs() -> tuple[tuple[str, str | None], ...]:
    """Each attribution verb with its lower-cased word (None when it is not one plain word)."""
    return tuple((v, v.lower() if re.fullmatch(r"\w+", v) else None) for v in _attribution_verbs())


@lru_cache(maxsize=512)
def _attribution_patterns(verbs_held: tuple[str, ...] | None = None) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The trailing and leading attributions and the 'according to' hedge; with `verbs_held`,
    built with only those attribution verbs. Each verb stands there as a whole word (after a space,
    a comma or a word boundary, before a boundary or a space), so a verb the sentence lacks
    matches nowhere in it: leaving it out changes no match, and re tries far fewer verbs at each
    of the leading pattern's 200 places."""
    verbs = "|".join(v for v in _attribution_verbs() if verbs_held is None or v in verbs_held) or "(?!x)x"
    # '"...," X said after meeting Y on Monday': the speaker's own meeting is a report, not an attribution;
    # "X, the US envoy, met Y on Friday and later announced that ...": a report, then what he said after it
    trailing = re.compile(
        rf",[\"\u201d]?\s*(?:(?:the|a|an|its|his|her|their)\s+)?(?:(?!and\s+(?:later|then|subsequently|afterwards)\b)[\w\u2019'\-.]+\s+){{0,8}}?(?:{verbs})\b(?!\s+(?:after|following|upon)\s+(?:meeting|talks|talking|holding|speaking|a\s+meeting|(?:his|her|their)\s+(?:meeting|talks)))[^,;]*[.!?\"\u201d]*$"
        rf"|,\s*according\s+to\b[^;]*$|,\s*(?:citing|quoting)\b[^;]*$"
        # '..." Hafiz Ahmad, the ministry's deputy spokesman, wrote on X.': the speaker after a quote, with his title
        rf"|,?\s*[\"\u201d]\s*(?:[\w\u2019'\-.]+\s+){{0,5}}[\w\u2019'\-.]+,\s*(?:the|a|an|his|her|its|their)\s+[^,;\"\u201c\u201d]{{1,100}},\s*(?:{verbs})\b[^,;]*$"
        # "..., a State Department spokeswoman, Jane Doe, told reporters.": the title, the name, the verb
        rf"|,\s*(?:the|a|an|his|her|its|their)\s+[^,;\"\u201c\u201d]{{1,80}},\s*(?:[\w\u2019'\-.]+\s+){{0,4}}[\w\u2019'\-.]+,\s*(?:{verbs})\b[^,;]*$",
        re.I,
    )
    leading = re.compile(
        rf"^(?:[A-Z][a-z]+:\s+)?[^\"\u201c;]{{0,200}}?\b(?<!and later )(?<!and then )(?:(?:{verbs})\s+(?:on\s+\w+\s+|in\s+an?\s+(?:[\w\-]+\s+)?\w+\s+|at\s+(?:a|an|the|his|her|its|their)\s+(?:[\w\-]+\s+){{0,2}}?(?:briefing|conference)\s+|earlier\s+|later\s+|today\s+|also\s+)?|told\s+(?:[\w\u2019'\-]+\s+){{1,5}})"
        rf"(?:,\s*[^,]{{1,80}},\s*)?(?:that\s+|(?=(?:the\s+)?(?:(?-i:[A-Z])[\w\-\u2019']+\s+){{1,4}}(?:(?:delegation|team|envoy|envoys|officials|leaders?|negotiators?)\s+)?(?:had|has|have)\s+(?:also\s+)?(?:held|met|received|spoken|visited|talked|hosted|arrived|travelled|traveled|flown)\b)"
        # ("X said members of the movement's political office met Y": the speaker, then whom he reports on)
        rf"|(?=(?:members|representatives|delegates)\s+of\s+(?:[\w\-\u2019']+\s+){{1,6}}?(?:met|held|received|visited|arrived|travelled|traveled)\b))",
        re.I,
    )
    # "According to reports in Lebanese media(,) he met ...": a hedge, the report stays a report
    # (the source ends at a comma or before a pronoun subject, never after the report's own verb:
    # "According to reports he met X later in the day, but ...")
    according = re.compile(r"^(?:[A-Z][a-z]+:\s+)?according\s+to\s+(?:(?:[\w\u2019'\-]+\s+){1,8}?(?=(?:he|she|they)\s)|"
                           r"(?:[\w\u2019'\-]+\s+){1,6}?(?=(?-i:[A-Z][\w\u2019'\-]+\s+){1,4}(?:also\s+)?(?:met|held|received|hosted|visited|arrived|travelled|traveled)\b)|"
                           r"(?:(?!\b(?:met|meets|received|hosted|held|visited|arrived|travelled|traveled)\b)[^,]){1,100},\s*)", re.I)
    return trailing, leading, according


@lru_cache(maxsize=1)
def _attribution_keys() -> tuple[Keys | None, Keys | None]:
    """The words the trailing and leading attributions need (an attribution verb, 'according')."""
    trailing, leading, _ = _attribution_patterns()
    return key_words(trailing), key_words(leading)


_LABEL = re.compile(r"^(?:Details|Update|Updated|Background|Source|Context|Breaking|Exclusive|Analysis|Editor's note):\s+")
_QUOTES = re.compile(r"\u201c[^\u201d]*\u201d|\"[^\"]*\"")
_QUOTED_PHRASE = re.compile(r"[\"\u201c](?:with|between|among|alongside)\s(?![^\"\u201d]*\b(?:I|we|We|our|us|my|will|would|could|should|may|might|must|can|if)\b)")  # 'held talks "with a delegation of X headed by Y"': the reporter's own words
_SAID_COLON = re.compile(r"^[^\"\u201c:]{0,120}\b(?:said|says|added|stated|wrote|reads?)\s*:\s*(?=[\"\u201c])", re.I)
_AS_SAYING = re.compile(r"\bas\s+saying\b", re.I)


@dataclass(frozen=True)
class Masked:
    """A sentence's spans (local offsets) that hold speech or attribution."""

    attribution: tuple[tuple[int, int], ...]
    quotes: tuple[tuple[int, int], ...]
    content: tuple[int, int]  # what remains: where events are read from

    def hidden(self, start: int, end: int) -> bool:
        if start < self.content[0] or end > self.content[1]:
            return True
        return any(s <= start and end <= e for s, e in self.quotes)


class MaskOnDemand:
    """`mask` of a sentence, made the first time it is asked for: most sentences hold no trigger
    and need none (it reads the attribution patterns and quotations of the whole sentence)."""

    def __init__(self, sentence: str, in_quote: bool) -> None:
        self.sentence, self.in_quote, self.masked = sentence, in_quote, None

    def __call__(self) -> Masked:
        if self.masked is None:
            self.masked = mask(self.sentence, in_quote=self.in_quote)
        return self.masked


# ("I had a constructive meeting with X": the noun of a meeting one had with someone)
_HAD_MEETING = r"had\s+(?:an?\s+)?(?:(?!with\b)[\w\-]+\s+){0,2}(?:meeting|talks|discussions|conversation)\s+with"
# ("The head of the political bureau arrived in Egypt ... at the head of a delegation that discussed X with Y": a movement's readout)
# ("... and his delegation also participated in the meeting," tweeted X: the readout names who was there)
# ('reported: "On Monday the delegation sat down with X"': a readout too)
# ('"Foreign Minister X holds an official session of talks with Y, during which ...," the ministry posted': a
# ministry's readout in the present of its captions is a readout too)
_READOUT_VERB = re.compile(r"\b(?:met|received|hosted|(?:held|holding|holds)\s+(?:an?\s+)?(?:(?:official|formal|expanded|bilateral)\s+)?(?:session\s+of\s+)?(?:talks|meeting|meetings|consultations)|"
                           r"(?:receives|meets)\s+(?=(?-i:[A-Z]))|sat\s+down\s+with|arrived\s+in|discussed\s[^.;]{0,120}?\bwith|"
                           r"(?:participated|took\s+part)\s+in\s+the\s+(?:meeting|talks)|attended\s+the\s+(?:meeting|talks)|"
                           + _HAD_MEETING + r")\b", re.I)
_SPEECH_MARK = re.compile(r"\b(?:I|we|We|you|You|our|Our|my|My|us|will|would|could|should|may|might|must|can|if|If)\b")


_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# '"On 5 March we met the prime minister in Doha," he said', '"I met the minister yesterday"': a first-person
# report of a meeting that names its day, with no plan or condition in the quote
_FIRST_PERSON_MET = re.compile(r"\b(?:I|[Ww]e)\s+(?:also\s+|then\s+|had\s+|first\s+)?(?:met|received|hosted|held\s+(?:talks|a meeting|meetings)|" + _HAD_MEETING + r")\b")
_QUOTE_DAY = re.compile(r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"|" + _MONTH + r"\s+\d{1,2}\b|yesterday|last night|this morning|"
                        r"(?:on|last)\s+(?:" + FULL_WEEKDAYS + r"))", re.I)
_QUOTE_PLAN = re.compile(r"\b(?:will|would|could|should|may|might|must|can|if|hope|hopes|plan|plans|want|wants|going to|tomorrow|next|soon)\b", re.I)


def reports_meeting(quote: str) -> bool:
    """A quoted readout ("Earlier in the day the minister met and held talks with ...") reports
    an event; speech in the first person, plans and conditions stay speech."""
    if len(quote.split()) < 6 or not _READOUT_VERB.search(quote):
        return False
    if not _SPEECH_MARK.search(quote):
        return True
    return bool(_FIRST_PERSON_MET.search(quote) and _QUOTE_DAY.search(quote)) and not _QUOTE_PLAN.search(quote)


def mask(sentence: str, *, in_quote: bool = False) -> Masked:
    """in_quote: the sentence begins inside a quotation opened by an earlier sentence."""
    start, end = 0, len(sentence)
    attribution: list[tuple[int, int]] = []
    label = _LABEL.match(sentence)
    if label:
        start = label.end()
    seen = words(sentence)
    trailing, leading, according = _patterns_for(seen)
    m = according.match(sentence, start) or according.match(sentence[start:])
    if m:
        s = start + (m.end() if m.string is not sentence else m.end() - start)
        attribution.append((start, s))
        start = s
    # ("According to the agency, the spokesman, X, stated that A met B": a hedge, then the speaker's words)
    if not m or may_match(_attribution_keys()[1], words(sentence[start:])):
        rest = sentence[start:]
        m = (leading.match(rest) if may_match(_attribution_keys()[1], words(rest)) else None) or _SAID_COLON.match(rest)
        if m and (_MEETING_ADVERBIAL.match(sentence, start) or _TOLD_AT.search(m.group(0))):
            m = None  # "In a meeting with the visitors on Sunday, the minister underlined that ...": a report
        if m and _inside_relative(m.group(0)):
            m = None  # "X met Y, who told his guests that ...": Y's words, after a report of its own
        if m and _REPORT_THEN_SPEAKER.search(m.group(0)):
            m = None  # "X met Y, the ministry said in a post that showed ...": a trailing attribution, 'that' a relative
        if m and _REPORT_THEN_SUBORDINATE.search(m.group(0)):
            m = None  # "X met Y on Tuesday, after the movement announced on Sunday that ...": the clause's speaker, not the report's
        if m and _REPORT_AND_SPEECH.search(m.group(0)):
            m = None  # "X received Y at the palace and told them that ...": a report, then what was said there
        if m and _RELATIVE_REPORT.search(m.group(0)):
            m = None  # "X, who met Y on Sunday, told reporters that ...": the speaker's own report, in a closed relative
        if m and len(sentence[start + m.end():].split()) >= 4:
            attribution.append((start, start + m.end()))
            start += m.end()
    referring = referring_to_meeting(sentence, start, seen)
    if referring is not None:  # "..., X wrote on Tuesday, referring to the Monday meeting of A and B" (speech_frames)
        attribution.append((start, referring))
        start = referring
    # (a search from an offset sees the text's own word boundaries: the sentence's words hold)
    m = trailing.search(sentence, start) if may_match(_attribution_keys()[0], seen) else None
    if m and len(sentence[start:m.start()].split()) >= 4 and said_at_meeting(sentence, m.start()):
        # "Qatar is a partner, Fidan said in a meeting held in Ankara on Tuesday with Y": the words are speech, the meeting a report
        attribution.append((start, m.start()))
        start = m.start()
    elif m and len(sentence[start:m.start()].split()) >= 4:
        attribution.append((m.start(), end))
        end = m.start()
    said = _AS_SAYING.search(sentence)
    if said and reports_meeting(sentence[said.end():end]) and said.end() > start:
        attribution.append((start, said.end()))  # "quoted X as saying the delegation held talks with Y": a report
        start = said.end()
    elif said:
        end = start  # "X quoted Y as saying ...": all speech
    quotes = [(q.start(), q.end()) for q in _QUOTES.finditer(sentence) if not reports_meeting(q.group(0)) and not _QUOTED_PHRASE.match(q.group(0))]
    if in_quote:  # "... The movement's leadership has not moved," a spokesman said.
        close = re.search(r"[\u201d\"]", sentence)
        head = (0, close.end() if close else len(sentence))
        # ('... X and his delegation also participated in the meeting," tweeted Y': the readout goes on, a report)
        kept = [] if reports_meeting(sentence[:head[1]]) else [head]
        if close:
            quotes = kept + [(q.start(), q.end()) for q in _QUOTES.finditer(sentence, close.end())]
        elif kept:
            quotes = kept + quotes
    quotes = tuple(quotes)
    return Masked(tuple(attribution), quotes, (start, max(start, end)))


# ("Speaking at a joint press conference with X in Tehran on Tuesday, Y said": they met)
_MEETING_ADVERBIAL = re.compile(r"\s*(?:speaking\s+)?(?:in|during|at)\s+(?:a|an|the|his|her|their)\s+(?:[\w\-]+\s+){0,2}"
                                r"(?:meeting|talks|conversation|call|session|(?:press|news)\s+conference)\s+with\b[^,]{0,100},", re.I)
_CALENDAR_WORD = re.compile(r"(?:" + FULL_WEEKDAYS + r"|January|February|March|April|May|June|July|"
                            r"August|September|October|November|December)", re.I)
_TOLD_AT = re.compile(r"\btold\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,3}\s+(?:at|during|in)\s+(?:the|their|a|his|her)\s+(?:[\w\-]+\s+){0,2}"
                      r"(?:palace|office|residence|headquarters|meeting|talks|ministry|serail|parliament)\b")  # "X told Y at the palace that": they met
_NAME_APPOSITION = re.compile(r",\s+(?:(?:[A-Z][\w\u2019'\-]*|bin|bint|ibn|al|el|de)\s+){1,7}[A-Z][\w\u2019'\-]*,")
_OPEN_RELATIVE = re.compile(r",\s+(?:who|which)\s+[^,]*$", re.I)


_REPORT_VERB_COMMA = r"\b(?:met|received|hosted|held|visited|arrived|travelled|traveled|welcomed)\b[^\"\u201c]*,\s*"  # (for the two below)
# a report verb, then a comma and the speaker: the speech verb attributes the report before it
_REPORT_THEN_SPEAKER = re.compile(_REPORT_VERB_COMMA + r"(?:the|a|an|his|her|its|their)\s+[^,]{0,60}$", re.I)


# a report verb, then "and" and the speech verb of the same subject: the speech is said at the meeting just told
# a report, then a clause opened by 'after', 'days after', 'as' ... whose subject announced something
_REPORT_THEN_SUBORDINATE = re.compile(_REPORT_VERB_COMMA +
                                      # (", just two days after Wang told a diplomat that ...")
                                      r"(?:(?:just|only|barely|some)\s+)?(?:(?:a|one|two|three|four|five|six|several|\d+)\s+(?:days?|weeks?|hours?)\s+|(?:days|weeks|hours|shortly|just|only)\s+)?"
                                      r"(?:after|before|since|following)\s+[^,\"\u201c]{0,80}$", re.I)


_REPORT_AND_SPEECH = re.compile(r"\b(?:met|received|hosted|welcomed|held\s+talks)\b[^\"\u201c,;]*\band\s+(?:then\s+|later\s+|also\s+)?"
                                r"(?:told|said|stressed|assured|informed|urged|affirmed|underlined)\b", re.I)


# the speaker's own report in a closed relative clause before the speech verb ("X, who had met Y on Sunday, said that")
_RELATIVE_REPORT = re.compile(r",\s+who\s+(?:had\s+)?(?:also\s+)?(?:met|received|hosted|visited|held\s+talks)\b[^\"\u201c,;]*"
                              r"(?:,[^\"\u201c,;]*)?,\s+(?:also\s+|later\s+|then\s+)?(?:(?:has|have|had)\s+(?:also\s+|since\s+)?)?"  # (", has told RT that": the perfect too)
                              r"(?:told|said|stressed|assured|informed|affirmed)\b", re.I)


def _inside_relative(prefix: str) -> bool:
    """Is the speech verb of a leading attribution inside a relative clause still open
    ("..., who told the visitors that")? Then the sentence's main clause comes before it."""
    return bool(_OPEN_RELATIVE.search(prefix[:prefix.lower().rfind("that")]))


def opens_quote(text: str) -> bool:
    """Does this text leave a quotation open (more opening than closing marks)?"""
    curly = text.count("\u201c") - text.count("\u201d")
    return curly > 0 or (curly == 0 and "\u201c" not in text and text.count('"') % 2 == 1)


_NOT_A_TIME = r")\b(?!(?<=over the)\s+(?:weekend|past|last|previous|following|next|coming)\b)"


@lru_cache(maxsize=1)
def topic_marker() -> re.Pattern[str]:
    markers = _cues()["topic_cut_markers"]
    # ("met X over the weekend", "over the past week": a time, not a topic)
    return re.compile(r"\b(?:" + "|".join(re.escape(m) for m in sorted(markers, key=len, reverse=True)) + _NOT_A_TIME, re.I)


@lru_cache(maxsize=1)
def _topic_markers() -> LeftmostOf:
    """The marker alternation and each marker's own pattern (run only when the sentence holds its words)."""
    markers = sorted(_cues()["topic_cut_markers"], key=len, reverse=True)
    return LeftmostOf(topic_marker(), [re.compile(r"\b(?:" + re.escape(m) + _NOT_A_TIME, re.I) for m in markers])


def split_clauses(text: str, masked: Masked, starts: list[int]) -> list[tuple[int, int]]:
    """Cut the sentence between consecutive triggers at a clause boundary."""
    c0, c1 = masked.content
    if not starts:
        return []
    bounds = [c0]
    for a, b in zip(starts, starts[1:]):
        cut = None
        for m in _SPLIT.finditer(text, a, b):
            cut = m.start()
        if cut is None and len(bounds) == 1 and _OPENING_SUBORDINATE.match(text, c0, a) and text.rfind(", ", a, b) != -1:
            cut = text.rfind(", ", a, b)  # "Nearly a decade after X visited Gaza in 2012, Hamas officials met Y": the time clause ends at its comma
        bounds.append(cut if cut is not None else b)
    bounds.append(c1)
    out = []
    for i in range(len(starts)):
        s, e = bounds[i], bounds[i + 1]
        if i > 0:
            m = _SPLIT.match(text, s)
            if m:
                s = m.end()
        else:
            s = _own_coordinate(text, s, starts[0])
        rel = None
        for m in _RELATIVE.finditer(text, s, starts[i]):
            rel = m
        if rel is not None and "," not in text[rel.end():starts[i]]:
            s = max(s, _antecedent_start(text, rel.start()))
            end_rel = text.find(",", starts[i])
            appos = _NAME_APPOSITION.match(text, end_rel) if end_rel != -1 else None
            if appos:  # "..., who met the Emir of Qatar, Sheikh Tamim, at the palace": the name is the object
                end_rel = appos.end() - 1
            if end_rel != -1 and end_rel < e:
                e = end_rel
        else:
            for m in _RELATIVE.finditer(text, starts[i], e):
                close = text.find(",", m.end(), e)
                if close != -1 and _AND_WITH.match(text, close):
                    continue  # "talks with A, who led his delegation, and with B": the list of counterparts goes on
                e = m.start()
                break
        out.append((s, max(s, e)))
    return out


# ", and Saudi Arabia's foreign minister visited": a coordinate clause that opens with its own subject
_COORDINATE = re.compile(r"(?:,\s+(?:and|but|while)|;)\s+(?=(?:the\s+)?(?-i:[A-Z])[^,;]*$)", re.I)
# "Iran reopened its embassy in Riyadh": a finite verb of its own (a list of names has none)
_FINITE_BEFORE = re.compile(r"\b[a-z]{3,}ed\s+(?:its|his|her|their|the|a|an|on|in|to|with|from|at)\b")


def _own_coordinate(text: str, c0: int, trigger: int) -> int:
    """Where the first trigger's clause starts: after the last coordinate break before it when the part
    before is a clause of its own with no trigger ('Iran reopened its embassy in Riyadh on June 6, and
    Saudi Arabia's foreign minister visited Tehran on June 17': Iran and Riyadh are not the visit's)."""
    last = None
    for m in _COORDINATE.finditer(text, c0, trigger):
        last = m
    if last is None or not _FINITE_BEFORE.search(text, c0, last.start()):
        return c0
    return last.end()


def where_antecedent(text: str, ents: list[Ent], base: int, a: int, trigger: int | None = None) -> Ent | None:
    """The city right before ", where" when the clause starting at a is that where-clause, or
    (given the trigger) when the trigger's own words open with one: "follows a visit to Syria,
    where he held talks with X" -- the talks were in Syria, not wherever the sentence began."""
    m = re.match(r"\s*where\b", text[a:], re.I)
    if m:
        before = text[:a].rstrip(" ,")
    else:
        inner = _WHERE_BEFORE.search(text, a, trigger) if trigger is not None else None
        if inner is None:
            return None
        before = text[:inner.start()].rstrip(" ,")
    return next((e for e in ents if e.kind in (CITY, COUNTRY) and e.end - base == len(before)), None)


_WHERE_BEFORE = re.compile(r",\s*where\s+(?:[\w\u2019'\-]+\s+){0,6}$", re.I)  # ", where Amir-Abdollahian " right before the verb


def in_relative(text: str, a: int, trigger: int) -> bool:
    """Does the clause [a, trigger) start at the antecedent of ", who ..."?"""
    return bool(re.search(r",\s+(?:who|which)\s+(?:[\w\u2019'\-]+\s+){0,3}$", text[a:trigger], re.I))


def _antecedent_start(text: str, comma: int) -> int:
    """Start of the capitalised name (or noun phrase) right before ", who"."""
    window = max(0, comma - 120)
    m = re.search(r"((?:[A-Z][\w\u2019'\-]*\s+){0,5}[A-Z][\w\u2019'\-]*)\s*$", text[window:comma])
    if m and _CALENDAR_WORD.fullmatch(m.group(1).split()[-1]):
        return comma  # "organised the conference on Tuesday, which brought together ...": a day, not the antecedent
    return window + m.start(1) if m else comma


def topic_cut(text: str, start: int, a: int, b: int) -> int:
    """Where the clause's topic begins after `start` (a topic marker: 'to discuss', 'about'), else b."""
    cut = _topic_markers().start(text, start, b, words(text))
    return b if cut is None else cut
