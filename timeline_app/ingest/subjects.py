"""Who a clause's subject is when news names it by role: 'he', 'the delegation', 'His Highness
the Amir', or the phrase a relative clause hangs on ('The delegation, which met X on Monday, ...').
Shared by the verb reports (`triggers`) and read back by `coreference`."""
from __future__ import annotations

import re

ANAPHOR = re.compile(
    r"^[\s\u2014\u2013\-\"\u201c]*(?:(?:on|in|during|at|later|earlier|meanwhile|separately|elsewhere|additionally|likewise|then|also|afterwards|subsequently|yesterday|today|last|this|that (?:day|morning|afternoon|evening)|hours|minutes|shortly|soon|after|before|upon|following|(?:when|once|while)(?=\s+(?:i|we)\b)"
    r"|(?:a|one|two|three)\s+days?\s+(?:earlier|later|before|after)|the\s+(?:next|following|previous|same)\s+(?:day|morning|afternoon|evening|night)|the\s+day\s+(?:before|after))[\w '\u2019,\-]*?,?\s+)?(?:(?:most|some|all|many|several|each|both|two|three)\s+(?:of\s+)?)?(?:(?:HE|H\.\s?E\.|HH|H\.\s?H\.|HRH|H\.\s?R\.\s?H\.|His (?:Royal )?Highness|His Excellency|His Majesty)\s+)?"
    r"(?P<a>he|she|they|it|i|we|the\s+(?:[a-z\-]+\s+)?(?:mediators|envoys|negotiators)|(?:its|their)\s+members|the two (?:leaders|men|sides|ministers|officials|delegations)|the two(?=(?:\s+(?:later|also|then|had))?\s*$)|both (?:sides|parties|men|leaders|ministers|officials|envoys|presidents)|"
    r"the (?:(?!(?:the|day|morning|afternoon|evening|night)\b)[\w\u2019'\-]+\s+){0,3}(?:delegation|delegations|delegates|team|visitors|guests|side|movement|group|participants|visitor|guest|envoy|minister|official|leader|officials|ministers|leaders|diplomat|negotiator|president|speaker|amir|emir|sultan|king|crown prince|secretary-general|secretary general))\b",
    re.I,
)
PERSON_ROLE_END = re.compile(r"\b(?:minister|envoy|official|leader|diplomat|negotiator|president|speaker|amir|emir|sultan|king|crown prince|officials|ministers|leaders)$", re.I)
# "The delegation, which arrived on Saturday, was received on Monday by X": the subject before the relative clause
AFTER_RELATIVE = re.compile(r"(?P<head>[^,;]+),\s+(?:who|which)\s+[^,;]*,\s*(?:(?:is|was|were|are|has been|had been|have been)\s+)?(?:also\s+)?$", re.I)
# "met X on Sunday, media reported, a stop that was not planned": an aside whose negation is not the report's
ASIDE = re.compile(r",\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?(?:that|which|who)\b|,\s+(?:which|who)\b", re.I)
# "The visitor then moved to X, where he was received by Y": the where-clause's subject
WHERE_PRONOUN = re.compile(r",\s*where\s+(?P<a>he|she|they)\s+(?:was|were|had been|has been)\s+(?:also\s+)?$", re.I)
# "received X, who was accompanied by his deputy Y": the relative clause adds Y to the report
ACCOMPANIED = re.compile(r"\s*,?\s*who\s+(?:was|were)\s+(?:also\s+)?accompanied\s+by\b", re.I)
# "met X to discuss the situation in Gaza": a purpose infinitive; places after it are the topic
AIM = re.compile(r"(?<!according )(?<!due )(?<!close )(?<!next )\b(?:in order\s+)?to\s+(?!(?:the|a|an|his|her|its|their|this|that)\b)[a-z]{3,}\b")
# "for a two-day visit that also takes him to X on Tuesday": X is a stop still ahead, not a visitor
# "X, on a tour that had already taken him to A, B and C, was received in D": A, B, C are stops before this one
EARLIER_STOPS = re.compile(r"\b(?:that|which)\s+(?:had\s+|has\s+)?(?:already\s+|also\s+|earlier\s+|previously\s+)?(?:taken|took|brought)\s+(?:him|her|them|the\s+\w+)\s+to\b[^,;]*(?:,[^,;]*?\band\s+[^,;]*)?", re.I)
ITINERARY = re.compile(r"\b(?:that|which)\s+(?:also\s+|will\s+|is\s+to\s+|is\s+due\s+to\s+|(?:has|had)\s+(?:also\s+|already\s+)?)?(?:takes?|take|taken|took|includes?|include|included|brings?|bring|brought)\s+(?:him|her|them|the\s+\w+)\s+(?:to|also)\b", re.I)


def relative_antecedent(text: str, start: int, clause: int, trigger: int) -> str | None:
    """'The delegation, which met X on Monday, included ...': the relative clause's subject is the
    phrase it hangs on, named by role; the clause is a report of its own (with its own day). (An
    arrival in such a clause, 'which arrived on Monday', stays background to the main report.)"""
    if not re.match(r"[\s,]*(?:which|who)\s+(?:[\w\-]+\s+)?$", text[clause:trigger], re.I) and not re.search(r",\s*(?:which|who)\s+$", text[start:clause], re.I):
        return None
    head = re.sub(r",?\s*(?:(?:which|who)\s*)?$", "", text[start:clause], flags=re.I)
    m = ANAPHOR.match(head)
    return m.group("a").lower() if m and m.end() >= len(head.rstrip()) and m.group("a").lower().startswith("the ") else None


def noun_subject(text: str, clause_start: int, start: int) -> bool:
    """'The meeting was hosted by X': the subject is an event, not a side."""
    return bool(re.match(
        r"^\s*(?:the|this|that|a|an)\s+(?:[\w\-]+\s+){0,2}(?:gathering|meeting|talks|session|conference|summit|event|ceremony|round|dialogue|audience|consultations|negotiations)\b",
        text[clause_start:start], re.I))


def passive(text: str, start: int, end: int) -> bool:
    """'was received by X', 'was received on Monday, 2 March, by X': X is the host."""
    return bool(re.match(r"\s+(?:(?:on|in|at)\s+[\w ,]{1,30}?,?\s+)?by\b", text[end:])) and bool(re.search(r"\b(?:is|was|were|are|being|been)\s+$", text[max(0, start - 20):start], re.I))

# "met X, who is trying to form a cabinet, and caretaker Prime Minister Y at ...": after the
# relative clause the list of counterparts goes on (the name must follow at once, titles aside)
LIST_AFTER_WHO = re.compile(r",\s+who\s+[^,;.\"\u201c]*,\s+and\s+(?P<name>(?:the\s+)?(?:[a-z\-]+\s+){0,2}(?:[A-Z][\w\-]*\s+){0,4})")
