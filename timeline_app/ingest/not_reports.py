"""Why a trigger word is not a report of an event that happened: plans and hopes ("will soon
travel", "ready to receive"), negations, hypotheses, nouns that name a visit as a thing ("the
visit"), a country's track record ("it hosted talks"), past occasions told in passing ("had visited
Tehran in 2009 and 2013", "arrived from X, where he had attended ..."). The trigger stage
(`triggers.py`) asks these questions of each verb and noun it finds."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .resources import load_json
from .span_keys import may_search
from .trigger_words import words_before
from .vocab_matcher import words

if TYPE_CHECKING:
    from .candidate import Candidate

_DETERMINERS = frozenset("the a an their his her its our this that these those such first second last previous latest recent".split())


# "..., with both sides saying a final text was not yet agreed": what is said after the report
_SAYING = re.compile(r",?\s+(?:with\s+(?:[\w\-\u2019']+\s+){1,3})?(?:saying|adding|stressing|noting|insisting|arguing|warning|describing)\b", re.I)


def negation_scope(text: str, end: int, limit: int) -> int:
    """Where a report's own words end for its negation: at a participle of speech after it ('ended
    on Tuesday, with both sides saying a deal was not yet agreed' negates what they said, not the talks),
    or at a time clause after it ('met X on Monday, a week after a planned meeting was called off')."""
    m = _SAYING.search(text, end, limit) or _TIME_AFTER.search(text, end, limit) or _TOPIC_AFTER.search(text, end, limit)
    return m.start() if m else limit


# "held talks on Tuesday, focusing on the obstacles that have delayed negotiations": what was discussed, after a comma
_TOPIC_AFTER = re.compile(r",\s+(?:focusing|focused|centring|centering|centred|centered|concentrating)\s+on\b", re.I)
# ", a week after ...", ", days before ...": the time clause of another happening, after the report's own words
_TIME_AFTER = re.compile(r",\s+(?:(?:just|only|barely|nearly|almost|some)\s+)?(?:(?:a|an|one|two|three|four|five|six|few|several|\d+)\s+)?(?:days?|weeks?|months?|years?|hours?)\s+(?:after|before|since)\b", re.I)


def negated_aside(text: str, start: int, p: dict) -> bool:
    """'X, who also flew in, did not meet Y'; 'Qatar, which hosts the bureau's leaders, has ...' (a standing state)."""
    return any(m.start() < start < m.end() for m in p["negated_aside"].finditer(text)) or bool(p["standing"].match(text, start) and _WHICH.search(text, 0, start))


_WHICH = re.compile(r",\s+(?:which|who)\s+(?:also\s+)?$", re.I)


def is_nominal(text: str, start: int) -> bool:
    """'the visits', "Lavrov's meeting with": the trigger word names the event as a thing."""
    before = words_before(text, start, 1)
    if before in _DETERMINERS or before.endswith("'s") or before.endswith("\u2019s"):
        return True
    # "a trilateral meeting with", "a wider, longer meeting with": adjectives between the article and the noun
    m = re.search(r"\b(?P<d>(?i:a|an|the|this|that|their|his|her|its))\s+(?P<adj>(?:[a-z][a-z\-]*,?\s+){1,2})$", text[max(0, start - 60):start]) \
        or re.search(r"[\w\-]+['\u2019]s\s+(?P<adj>[a-z][a-z\-]*\s+)$", text[max(0, start - 60):start])  # "Putin's planned meeting with"
    return bool(m) and not re.search(r"\b(?:is|was|were|are|been|be|also|then|later|not|and|or)\b|ly\b", m.group("adj"))


# (the passive's auxiliary may follow the clause: "X, who is on his first visit to the country, was received by Y")
_CLOSED_RELATIVE = re.compile(r",\s+(?:who|which)\s+[^,;\"\u201c\u201d]{0,200},(?P<aux>\s*(?:(?:is|was|were|are|has\s+been|had\s+been|have\s+been)\s+)?)$", re.I)


def modal_ok(text: str, start: int, clause_start: int, p: dict) -> bool:
    """No plan ("will travel", "is expected to meet") nor negation in the words just before the verb.
    (Asked of every verb and noun trigger: each step runs only where its literal signs are.)"""
    window = text[clause_start:start]
    # "X, who flew in amid reports that militias had threatened to attack convoys, met Y": the relative
    # clause's own words neither plan nor negate the main verb after it
    if "," in window:
        window = _CLOSED_RELATIVE.sub(lambda m: " " + m.group("aux").strip() + " ", window)
    window = window[-60:]
    # ('"We will meet again soon," X said after meeting Y': the quote's words are not the report's)
    window = window[max(window.rfind('"'), window.rfind("\u201c"), window.rfind("\u201d")) + 1:]
    words = _WINDOW_WORD.findall(window)[-5:]
    # "to" before a capitalised name is a direction ("a visit to Doha, met"), not an infinitive's plan
    # "May" capitalised is the month ("defence minister until May, also met"), not the modal
    recent = " ".join(w for k, w in enumerate(words) if not (w.lower() == "to" and k + 1 < len(words) and words[k + 1][:1].isupper())
                      and w != "May").lower()
    # "pointed to a meeting": 'to' before a determiner is a preposition, not an infinitive's plan
    if " to " in recent:
        recent = _POINTED_TO.sub(r"\1 ", recent)
        recent = _TO_DETERMINER.sub(" ", recent)  # "closed to the press": an infinitive's 'to' is never before a determiner
    if "-to-" in recent:
        recent = _GLUED_TO.sub("_to_", recent)  # "a face-to-face meeting", "back-to-back talks": no infinitive's 'to'
    if "but" in recent:
        recent = _BUT.split(recent)[-1]  # "did not meet X but held talks with Y": the negation stays before 'but'
    if p["future_before"].search(recent) or p["negation_before"].search(recent):
        return False
    if _TIME_WORD.search(" ".join(words[-4:]).lower()):
        if text.isascii():  # (the lower case of ASCII letters: the verb's own letters)
            verb = _ASCII_LETTERS.match(text, start)
            word = verb.group(0).lower() if verb else ""
        else:
            verb = _LOWER_LETTERS.match(text[start:].lower())
            word = verb.group(0) if verb else ""
        if word.endswith("s") and not word.endswith("ss"):
            return False  # "before Algiers hosts a summit": present tense in a time clause is a plan
    return True


_WINDOW_WORD = re.compile(r"[\w'\u2019\-]+")
_POINTED_TO = re.compile(r"\b(pointed|pointing|referred|referring) to (?=(?:a|an|the|his|her|their|its)(?: |$))")
_TO_DETERMINER = re.compile(r"\bto (?=(?:a|an|the|his|her|their|its|this|that|these|those)(?: |$))")
_GLUED_TO = re.compile(r"(?<=\w)-to-(?=\w)")
_BUT = re.compile(r"\bbut\b")
_TIME_WORD = re.compile(r"\b(?:before|until|till|once|ahead|when|unless)\b")
_ASCII_LETTERS = re.compile(r"[A-Za-z]+")
_LOWER_LETTERS = re.compile(r"[a-z]+")


def tallied(text: str, start: int, p: dict, end: int | None = None) -> bool:
    """'held nine rounds of negotiations', 'several rounds of talks': a tally of occasions, no one
    event (the noun at `start`, or the last word of a verb's span start..end)."""
    if end is not None:
        start = max(start, text.rfind(" ", start, end) + 1)
    return bool(p["tally_before"].search(text, max(0, start - 60), start))


@lru_cache(maxsize=1)
def _earlier_rounds() -> re.Pattern[str]:
    cues = load_json("triggers.json")["earlier_round_subject"]
    plural = [n for n in cues["nouns"] if n.endswith("s")]
    return re.compile(r"\b(?:" + "|".join(cues["words"]) + r")\s+(?:[\w\-]+\s+){0,2}(?:" + "|".join(plural) + r")\s*,\s*$", re.I)


def earlier_rounds_by(text: str, start: int) -> bool:
    """'Earlier rounds, hosted by A, B and C, produced statements': a participle after earlier
    occasions, told together (resources/triggers.json 'earlier_round_subject'), is their history, no event."""
    return bool(re.match(r"\w+\s+by\b", text[start:])) and bool(_earlier_rounds().search(text, max(0, start - 60), start))


def hypothetical(text: str, start: int, clause_start: int, p: dict) -> bool:
    """'if X visits', 'unless they meet': a condition in the clause's words before the trigger
    (asked only when the sentence holds one of its cue words: see span_keys)."""
    if not may_search(p["keys"]["hypothetical"], words(text), text, clause_start, start, sliced=True):
        return False
    return bool(p["hypothetical"].search(text[clause_start:start]))


def future_noun(text: str, start: int, end: int, p: dict) -> bool:
    """'the planned visit', 'a visit that he hopes to make': a noun that names an event still ahead
    or only possible ('A meeting between X and Y could not be ruled out')."""
    if _ONLY_POSSIBLE.match(text, end):
        return True
    if _DURING_FRONT.match(text[:start]) and _PLAN_MAIN.match(text, end):
        return True  # "During the four-day visit to Moscow, the delegation is scheduled to hold meetings with ...": ahead
    if _APPEAL_OR_TERMS.search(text, max(0, start - 120), start):
        return True  # "called on X to come to the negotiating table", "the deal foresees the start of talks": not held yet
    before = " ".join(re.findall(r"[\w'\u2019\-]+", text[max(0, start - 80):start])[-3:]).lower()
    after = " ".join(re.findall(r"[\w'\u2019\-]+", text[end:])[:5]).lower()
    if re.search(r"\b(?:could|would|will|might|may|is to|are to|was to|(?:is|are) (?:due|expected|scheduled|set|slated) to)\s+(?:\w+\s+){0,2}(?:take place|happen|be held|go ahead|come|continue|resume|start|begin|open|follow)\b", text[end:end + 160], re.I):
        return True  # "a visit to Türkiye by Raisi, which ... could take place before the end of the year"
    if p["future_noun_predicate"].match(text, end, end + 100):
        return True  # "a further visit by the Taliban leadership would be considered only after ...": still ahead
    if re.match(r",?\s+(?:which|that)\s+(?:begins|starts|opens|kicks\s+off|gets\s+under\s+way)\b", text[end:end + 40], re.I):
        return True  # "during the two-day visit, which begins on Thursday": the present of a timetable
    if FUTURE_PREDICATE.match(text, end):
        return True  # "A second round with the mediators is planned for next month": the noun's own verb says it is ahead
    if p["future_noun_before"].search(before) or p["negation_before"].search(before):
        return True
    if re.match(r"^(?:that|which)\s+(?:[\w\-]+\s+){0,3}(?:plans?|will|would|is expected|are expected|intends|hopes)\b", after):
        return True
    return bool(p["future_noun_after"].search(" ".join(after.split()[:2])))


# a sentence opening on "During the <noun> ...," whose main clause is a timetable or a future: the noun is still ahead
_DURING_FRONT = re.compile(r"^\W*(?:during|in\s+the\s+course\s+of)\s+(?:the|his|her|its|their)\s+(?:[\w\-]+\s+){0,2}$", re.I)
_PLAN_MAIN = re.compile(r"[^,.;]{0,80},\s+[^,.;]{0,80}?\b(?:will|shall|(?:is|are)\s+(?:(?:scheduled|expected|due|set|slated)\s+)?to)\s+\w", re.I)


# An appeal whose infinitive leads to the noun ("urged X to return to talks"), or an agreement's terms that
# lay the noun down ahead ("the deal foresees the start of negotiations on ..."): the noun is not a report
_APPEAL_OR_TERMS = re.compile(r"(?:\b(?:called\s+on|calls\s+on|calling\s+on|urged|urges|urging|appealed\s+to|appeals\s+to)\s+[^.;:!?]{1,60}?"
                              r"\bto\s+(?:come|return|go|get|sit|head)\s+(?:back\s+)?(?:down\s+)?(?:to|at)\s+(?:the\s+)?(?:[\w\-]+\s+)?"
                              r"|\b(?:foresees?|foresaw|envisages?|envisaged|envisions?|stipulates?|stipulated|provides\s+for|provided\s+for)\s+(?:the\s+)?"
                              r"(?:start|launch|opening|beginning|resumption|holding)\s+of\s+(?:[\w\-]+\s+){0,2})$", re.I)


# "A meeting between X and Y could not be ruled out", "... remains possible": a possibility, no report
_ONLY_POSSIBLE = re.compile(r"[^.;:!?]{0,120}?\b(?:(?:could|can|cannot|can't)\s+(?:not\s+)?be\s+ruled\s+out|(?:is|was|remains|remained|seems|seemed)\s+(?:still\s+)?(?:possible|likely|unlikely|probable|on\s+the\s+cards))\b", re.I)


# "a meeting between X and Y in Z is scheduled for ...": the noun is the subject of a plan's passive, same sentence
FUTURE_PREDICATE = re.compile(r"[^.;:!?]{0,120}?\b(?:is|are)\s+(?:now\s+|also\s+|tentatively\s+)?(?:planned|scheduled|slated|pencilled|penciled|expected|due|set)\s+"
                              r"(?:in\s+|on\s+)?(?:for|to\s+(?:take\s+place|be\s+held|open|start|begin|resume)|later|next|early|this)\b", re.I)
OTHER_OCCASION = re.compile(r"\b(?:previous|prior|earlier|last|next|upcoming|former)\s+(?:[\w\-]+\s+){0,2}(?:meeting|round|session|talks|conference|summit|gathering)\b|"
                             r"\b(?:refused|declined) to (?:attend|join|take part)\b|\bboycotted\b", re.I)
PLAN_BEFORE_NOUN = re.compile(r"\b(?:ready|willing|prepared|eager|keen|hoping|hope|hopes|plans?|planning|intends?|expected|scheduled|slated|due|set|poised|want|wants)\s+to\s+"
                               r"(?:receive|host|send|hold|welcome|meet|attend|visit|join|invite|convene|travel|fly|head|go)\b[^.;]*$"
                               r"|\b(?:will|shall)\s+(?:also\s+|then\s+|later\s+)?(?:receive|host|hold|meet|attend|visit|join|convene|travel|fly|head|go)\b[^.;]*$"
                               r"|\bpreparations?\s+(?:(?:are|is|were|was)\s+)?(?:(?:under\s*way|being\s+made|in\s+progress|continuing)\s+)?for\s+(?:[\w\-]+\s+){0,3}$"
                               r"|\b(?:is|are)\s+(?:due|expected|scheduled|set)\s+(?:in|at|to\s+arrive)\b[^.;,]*\bfor\s+(?:[\w\-]+\s+){0,3}$", re.I)
BACKGROUND_TRIP = re.compile(r"\bas well\b|\bduring (?:a|an|his|her|their) (?:[\w\-]+\s+)?(?:tour|trip)\b", re.I)
# "X, who visited the region in August, welcomed ...": an aside's trip to no named place is background
# ("X, who is visiting six Arab countries, met Y": the tour the report is part of, no visit of its own)
ASIDE_VAGUE_TRIP = re.compile(r",\s+who\s+(?:is\s+|was\s+|has\s+been\s+)?(?:also\s+|recently\s+|last\s+|currently\s+)?$")
VAGUE_DESTINATION = re.compile(r"\s+(?:the\s+(?:wider\s+)?(?:region|area)|(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:[\w\-]+\s+)?(?:countries|nations|capitals|states))\b", re.I)
# "arrived from Islamabad, where he had attended ...": what happened at the stop before
EARLIER_STOP = re.compile(r"\b(?:from|via)\s+(?:the\s+)?[A-Z][\w\-\u2019']+(?:\s+[A-Z][\w\-\u2019']+){0,2},\s*$")
# "Qatar has hosted the movement's office since 2013": a standing state
STANDING_SINCE = re.compile(r"\bsince\s+(?:[\w\-\u2019']+\s+){0,6}?(?:in\s+)?(?:(?:early|late|mid-?)\s*)?(?:\d{4}|the\s+\d{4}s)\b", re.I)
# "... for years", "... for decades": the span of a habit told in the present perfect
HABIT_FOR = re.compile(r"\bfor\s+(?:(?:many|several|some)\s+)?(?:years|decades)\b", re.I)
# "Oman has mediated ..., and it hosted talks last year": a country's or body's record
AND_IT = re.compile(r"(?:,\s*and|;)\s+it\s+(?:(?:also|has|had|even)\s+)*$", re.I)
# "It also hosted talks": a country's record; "It met X" (a plain encounter verb opening the sentence) is the group just told acting
IT_RECORD = re.compile(r"[\s\"\u201c]*It\s+(?!(?:is|was|has been|had been|met|then\s+met|held\s+talks)\b)")
# "had visited Tehran in 2009 and 2013": a date in a list of dates is one of several occasions
DATE_LIST = re.compile(r"(?:\s*,\s*(?:in\s+)?(?:\d{4}|[A-Z][a-z]{2,8}))*,?\s+and\s+(?:again\s+)?(?:in\s+)?(?:\d{4}|(?:January|February|March|April|May|June|July|August|September|October|November|December))\b")
# "held talks in October and again in December": a report of two occasions, one event each
AGAIN = re.compile(r",?\s+and\s+(?:then\s+)?again\s+(?:(?:on|in|at|during)\s+)?", re.I)


def told_again(cand: Candidate, text: str, dates: list) -> object | None:
    """The second date of 'met X in October and again in December' (a DateExpr of the sentence), else
    None. Only an encounter is told twice so: 'flew to Sanaa in August and again in September' with
    nobody met is a shuttle summed up, one journey kept."""
    if cand.date is None or cand.past_perfect or cand.type == "visit":
        return None
    return next((d for d in dates if d.start >= cand.date.end and AGAIN.fullmatch(text, cand.date.end, d.start)), None)


# "Dozens of foreign dignitaries, among them A and B, attended the swearing-in ceremony": a crowd at a rite, its
# named members listed in an apposition; nobody's visit and no meeting (a person who leads a contingent stays one)
_CROWD_HEAD = r"(?:dignitaries|delegations|leaders|guests|mourners|officials|representatives|envoys|ministers|people|heads\s+of\s+state)"
_COUNTRIES = r"\s+(?:of|from)\s+(?:(?:more\s+than|over|some|about|around|nearly)\s+)?(?:\d+|[a-z]+)\s+(?:countries|states|nations)"
CROWD_SUBJECT = re.compile(r"\W*(?:(?:(?:(?:tens\s+of\s+)?(?:dozens|hundreds|thousands|scores)\s+of|many|several|numerous|\d+)\s+(?:[\w\-]+\s+){0,2}"
                           r"|(?:foreign|international|visiting|regional|world|arab|western)\s+(?:[\w\-]+\s+)?)" + _CROWD_HEAD + r"(?:" + _COUNTRIES + r")?"
                           r"|" + _CROWD_HEAD + _COUNTRIES + r")"
                           r",\s+(?:among\s+them|among\s+whom\s+were|including|such\s+as)\b[^;:]*,\s*(?:also\s+|all\s+)?$", re.I)
# "The conference brought together delegations from more than 20 countries, including A, B and C": a crowd told by
# examples; when the examples are all the sides a report has, it names a gathering, no meeting of its own
CROWD_LIST = re.compile(r"\b(?:delegations|representatives|officials|envoys|leaders|ministers|diplomats)\s+" + _COUNTRIES[3:]
                        + r"(?:\s+and\s+(?:[\w\-]+\s+){0,2}(?:organisations|organizations|bodies|agencies))?,?\s+(?:including|among\s+them|such\s+as)\s+[^.;:]*", re.I)


def crowd_only(cand: Candidate, text: str) -> bool:
    """All of a report's sides and people sit in the examples of a crowd ('delegations from 20 countries, including A and B')."""
    named = cand.people + cand.orgs
    if not named or cand.anaphor:
        return False
    base = cand.sentence.start
    spans = [m.span() for m in CROWD_LIST.finditer(text)]
    return bool(spans) and all(any(s <= e.start - base < t for s, t in spans) for e in named)


EARLIER_LEG = re.compile(r"\bhad\s+(?:earlier|previously|already|first)\s+$", re.I)
TENURE_SPAN = re.compile(r"\b(?:during|in|over|throughout)\s+(?:his|her|their|its)\s+(?:(?:\w+|\d+)\s+(?:years?|months?|decades?)\s+(?:in\s+office|as\s+[\w\s]{3,40}?|at\s+the\s+helm)|tenure|time\s+(?:in\s+office|as\s+[\w\s]{3,40}?)|term\s+in\s+office|years?\s+in\s+office)\b", re.I)
NEGATED_NOUN = re.compile(r"\b(?:did not|didn't|was not|were not|never)\s+(?:[\w\u2019'\-]+\s+){0,8}$", re.I)
# "X, who flew in for the occasion, addressed the delegates": no trip of its own, a participant of the event just told
CAME_FOR = re.compile(r"\s*(?:in\s+|over\s+)?(?:(?:especially\s+|specially\s+)?for|to\s+(?:take\s+part|participate|join)\s+in)\s+(?:the|that|this|these)\s+(?:occasion|ceremony|opening|signing|talks|meeting|session|gathering|conference|summit|funeral|negotiations)\b", re.I)
# "Envoys from A and B also took part in the meeting": more participants of the gathering just told
ALSO_TOOK_PART = re.compile(r"[\w\s]*?\balso\s+(?:(?:took|take|takes|taking)\s+part|participated)", re.I)
# "X, who lives in Muscat, flew in with the Omani delegation" (or "flew in from Muscat with the Omani team"): a member of a delegation the article told, no trip of its own
CAME_WITH = re.compile(r"\s*(?:in\s+)?(?:(?:from|via)\s+(?-i:[A-Z])[\w\-\u2019']+(?:\s+(?-i:[A-Z])[\w\-\u2019']+){0,2}\s+)?(?:together\s+)?with\s+(?:the|its|their)\s+(?:[\w\-\u2019']+\s+){0,2}(?:delegation|team|visitors|guests|party)\b", re.I)
# "X, who arrived in Doha earlier in the week, also took part in the meeting": the journey of one who joined the event told
ARRIVED_TO_ATTEND = re.compile(r"[^,;.]{0,80},\s+(?:also\s+)?(?:took\s+part\s+in|attended|participated\s+in|joined)\s+(?:the|that|this|Tuesday's|Monday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)\b")
WHO_BEFORE = re.compile(r",\s+who\s+(?:had\s+|has\s+|also\s+)?$")
# "released photos of X shaking hands with Y", "was shown on TV shaking hands with Y": a picture of the meeting told
IMAGE_OF = re.compile(r"\b(?:showed|shown|shows|showing|photos?|photographs?|pictures?|images?|footage|video)\b[^.;:]{0,100}$", re.I)
HANDSHAKE = re.compile(r"(?:shaking|shook|shakes)\s", re.I)
# "the delegation visited the embassy compound, though no meeting with officials took place", "attended the funeral but
# held no bilateral meetings": a call or a rite with nobody met
NONE_HELD = re.compile(r"\bno\s+(?:[\w\-]+\s+)?(?:meeting|meetings|talks|encounter)\b[^.;]{0,60}?\b(?:took\s+place|was\s+held|were\s+held|happened|occurred)\b"
                       r"|\bbut\s+(?:held|had)\s+no\s+(?:[\w\-]+\s+)?(?:meetings?|talks|encounters?|contacts?)\b", re.I)
# "X opened Sunday's session alongside Y": who runs a gathering's sitting with a co-host, not a meeting between them
PRESIDED = re.compile(r"(?:opened|closed|chaired|co-chaired|presided\s+over|inaugurated)\s+(?:(?!(?:with|between)\b)[\w\-\u2019']+\s+){0,3}?"
                      r"(?:session|sessions|conference|meeting|meetings|forum|summit|gathering)\s+(?:(?!(?:with|between)\b)[\w\-\u2019']+\s+){0,4}?"
                      r"(?:alongside|together\s+with)\b", re.I)
# "A and B opened the first session at the hotel" (no day of its own): who opened a sitting of the gathering told, no meeting between them
OPENED_SITTING = re.compile(r"(?:opened|closed)\s+(?:the|its|their)\s+(?:(?:first|opening|closing|final|last|second|plenary|inaugural)\s+)?(?:session|sitting)\b(?!\s+(?:with|between)\b)", re.I)
# "Had X met Y on Tuesday, the truce might have held", "Were he to visit ...": an inverted condition, no report
INVERTED_CONDITION = re.compile(r"[\s\"\u201c]*(?:Had|Were|Should)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w\-\u2019']+\s+){1,4}(?:not\s+)?$")


FIRST_TIME = re.compile(r"[\s\"\u201c]*(?:It|This|That)\s+(?:was|is|marked|marks|had\s+been)\s+(?:the\s+)?(?:first|second|third|only|rare)\s+"
                        r"(?:time|occasion)\b", re.I)


# "hosted a similar conference in March 2018": a like occasion given for comparison
SIMILAR_OCCASION = re.compile(r"[\w\-]*\s+(?:a|an)\s+(?:similar|comparable)\s+(?:[\w\-]+\s+){0,2}?(?:meeting|conference|summit|gathering|forum|round|session|talks|visit|trip)\b", re.I)
# "visited Moscow in April 2020 and will travel to Russia again soon": the trip before a planned one
PLANNED_AGAIN = re.compile(r"[^.;]*?\b(?:will|shall|plans?\s+to|intends?\s+to|is\s+(?:due|expected|set)\s+to)\s+(?:[\w\-\u2019',]+\s+){0,6}?(?:again|return)\b", re.I)
_VAGUE_DATE = ("year", "month", "month_year")
# "Indian officials have also met Taliban representatives in Doha and on the margins of regional formats": a record of several occasions
HAVE_BEFORE = re.compile(r"\bhave\s+(?:also\s+|often\s+|repeatedly\s+|already\s+)?$", re.I)
HAS_ALSO = re.compile(r"\b(?:has|have)\s+also\s+$", re.I)
SEVERAL_VENUES = re.compile(r"\bin\s+(?-i:[A-Z])[\w\-]+\s+and\s+(?:also\s+)?(?:in|on|at)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?(?:(?-i:[A-Z])|margins|sidelines)", re.I)


def told_in_passing(cand: Candidate, text: str, content_start: int, start: int, c0: int, c1: int) -> bool:
    """A report whose clause is history or a record, not the news: set aside with its nouns."""
    if cand.date is not None and cand.date.kind in _VAGUE_DATE and (SIMILAR_OCCASION.match(text, start) or PLANNED_AGAIN.match(text, cand.date.end)):
        return True  # "hosted a similar conference in March 2018"; "visited X in April 2020 and will travel there again soon"
    if not cand.subject_people and (IT_RECORD.match(text, content_start) or AND_IT.search(text, 0, start)):
        return True  # "It also hosted indirect talks ...", "X has mediated ..., and it hosted talks": a track record
    if (cand.date is None or (cand.date.kind in _VAGUE_DATE or cand.date.kind == "relperiod")) and FIRST_TIME.match(text, content_start):
        return True  # "It was the first time he had received a senior X official", "the second time this year that ...": a remark on the meeting just told
    if re.search(r"\b(?:has|have)\s+(?:long\s+|also\s+)?$", text[max(0, start - 12):start], re.I) and (STANDING_SINCE.search(text, start, c1) or (
            STANDING_SINCE.search(text, c0, start) and (cand.date is None or cand.date.kind == "year"))):
        return True  # "Qatar has hosted the movement's office since 2013", "Since 2021 it has received envoys": a standing state, not one event
    if re.search(r"\b(?:has|have)\s+(?:long\s+|also\s+|often\s+|regularly\s+)?$", text[max(0, start - 16):start], re.I) and HABIT_FOR.search(text, start, c1):
        return True  # "Envoys have travelled to Cairo discreetly for years": a habit, not one event
    if cand.date is None and not cand.subject_people and HAVE_BEFORE.search(text, max(0, start - 20), start) and SEVERAL_VENUES.search(text, start, c1):
        return True  # "Indian officials have also met Taliban representatives in Doha and on the margins of ...": a record, no one event
    if cand.date is None and not cand.subject_people and text[start:start + 4].lower() == "host" and HAS_ALSO.search(text, max(0, start - 16), start):
        return True  # "Oman has also hosted the indirect talks between A and B": one more entry of a host's record, no day of its own
    habit = HABIT_FOR.search(text, start, min(c1, start + 90)) if cand.date is None else None
    if habit and not re.search(r"[,;]", text[start:habit.start()]):
        return True  # "Qatar hosted the movement's office in Doha for years": a standing state in the simple past
    if cand.type == "visit" and cand.date is None and not cand.people[len(cand.subject_people):] and EARLIER_LEG.search(text, max(c0, start - 24), start):
        return True  # "X had earlier travelled to Y and Z" (no day, nobody met): a leg of the tour told in passing
    if (cand.past_perfect or cand.date is None) and TENURE_SPAN.search(text, start, c1):
        return True  # "had met Houthi leaders in Muscat and Hezbollah officials in Beirut during his three years in office": a record
    if cand.past_perfect and BACKGROUND_TRIP.search(text, start, c1):
        return True  # "had visited Damascus in October as well, during a regional tour": background
    if cand.date is not None and cand.date.kind in ("year", "month") and DATE_LIST.match(text, cand.date.end) \
            and (cand.past_perfect or not AGAIN.match(text, cand.date.end)):
        return True  # "had visited Tehran in 2009 and 2013": several past occasions, no one event
    # "arrived from Islamabad, where he had attended a meeting of X": the stop before this one; "flew in from
    # Russia, where he had met President X on Friday" is a meeting of its own, with its counterpart and its day
    return cand.past_perfect and bool(EARLIER_STOP.search(text, 0, c0)) and bool(re.match(r"\s*where\b", text[c0:start], re.I)) \
        and not _dated_encounter(cand)


def _dated_encounter(cand: Candidate) -> bool:
    """A meeting or talks with a named counterpart on a day the clause gives: told for its own sake, even as a stop
    before the trip in the news (an attended gathering, or a month only, stays the stop's background)."""
    return (cand.type in ("meeting", "talks") and cand.date is not None and cand.date.kind not in _VAGUE_DATE
            and cand.date.kind != "relperiod" and bool(cand.people[len(cand.subject_people):]))


# "the March 10 agreement", "the February 2020 Doha agreement": a date that names a deal, not a meeting
_DEAL = r"(?:agreements?|deals?|accords?|exchanges?|truces?|ceasefires?|cease-fires?|pacts?|treaty|treaties|declarations?|announcements?)\b"
DATE_NAMES_DEAL = re.compile(r"(?:\s+[A-Z][\w\-\u2019']+){0,2}\s+" + _DEAL)
# "an exchange agreed in Switzerland last month": a date of the deal's own participle
DEAL_PARTICIPLE = re.compile(_DEAL + r"\s+(?:was\s+|were\s+)?(?:agreed|reached|signed|brokered|struck|announced|concluded)\s+(?:(?:in|at)\s+[A-Z][\w\-\u2019']+\s+)?$", re.I)
# "The talks follow ...", "talks that led to ...": the news set after (or before) a deal told as background
REFERS_BACK = re.compile(r"\b(?:follows?|followed|following|comes?\s+after|came\s+after|led\s+to|leads?\s+to|leading\s+to|paved\s+the\s+way\s+(?:for|to)|resulted\s+in|culminated\s+in)\b", re.I)
# "The Moscow format was established in 2017": the founding of a body or a format, told as history
FOUNDED = re.compile(r"\b(?:was|were)\s+(?:first\s+)?(?:established|founded|created|set\s+up|formed|launched|inaugurated)\s+(?:in\s+)?$", re.I)
# "Negotiators have been meeting in Doha for days": a running process, no dated meeting
RUNNING = re.compile(r"\b(?:has|have|had)\s+been\s+$", re.I)
RUNNING_FOR = re.compile(r"\bfor\s+(?:(?:several|many|a\s+few|some|two|three|four|five)\s+)?(?:days|weeks|months|years|hours|some\s+time|a\s+while)\b", re.I)


def background_deal(cand: Candidate, text: str, start: int, end: int, c1: int) -> bool:
    """A report whose only date is a deal's ("The talks follow the March 10 agreement", "hosted the talks
    that led to the February 2020 Doha agreement"), or a running process ("have been meeting for days"):
    background to the news, no event of its own. 'signed the agreement on Tuesday' keeps its own date."""
    if RUNNING.search(text, max(0, start - 16), start) and re.match(r"\w+ing\b", text[start:]) and RUNNING_FOR.search(text, end, min(c1, end + 60)):
        return True
    d = cand.date
    if d is not None and d.kind == "year" and FOUNDED.search(text, 0, d.start):
        return True  # "The format was established in 2017 on the basis of consultations": a body's history
    if d is None or d.start < end:
        return False
    deal_dated = bool(DATE_NAMES_DEAL.match(text, d.end)) or bool(DEAL_PARTICIPLE.search(text, max(0, d.start - 60), d.start))
    return deal_dated and bool(REFERS_BACK.search(text, end, d.start))
