"""The trigger vocabulary (resources/triggers.json) compiled once, and small word helpers that
the verb, noun and attachment reports share."""
from __future__ import annotations

import re
from functools import lru_cache

from .resources import load_json, phrase_alternatives
from .vocab_matcher import Alternation, KeyedPatterns, key_words


@lru_cache(maxsize=1)
def patterns() -> dict:
    data = load_json("triggers.json") or {}

    def compile_group(entries: list[dict]) -> list[tuple[str, re.Pattern[str]]]:
        return [(e["type"], re.compile(r"\b(?:" + e["pattern"] + r")\b", re.I)) for e in entries]

    modality = data.get("modality", {})
    compiled = {
        "verbs": compile_group(data.get("verbs", [])),
        "nouns": compile_group(data.get("nouns", [])),
        "attach": re.compile(r"\b(?:" + "|".join(data.get("attach", [])) + r")\b", re.I) if data.get("attach") else None,
        "future_before": phrase_set(modality.get("future_before", [])),
        "future_noun_before": phrase_set(modality.get("future_noun_before", [])),
        "future_noun_after": phrase_set(modality.get("future_noun_after", [])),
        # "a further visit by X would be considered": the noun's own modal predicate, before any full stop or semicolon
        "future_noun_predicate": re.compile(r"[^.;:!?]{0,60}?\b(?:could|would|will|might|may)\s+(?:(?:only|not|also|then|now|still)\s+){0,2}(?:"
                                            + phrase_alternatives(modality.get("future_noun_predicates", ["be considered"])) + r")\b", re.I),
        "topic_noun_before": re.compile(r"\b(?:" + "|".join(re.escape(t) for t in modality.get("topic_noun_before", ["state of"])) + r")\s+(?:the\s+|their\s+|its\s+)?(?:[\w\-\u2019']+\s+){0,2}$", re.I),  # "addressed the forum's opening session"
        "negation_before": phrase_set(modality.get("negation_before", [])),
        "negation": re.compile(r"\b(?:" + "|".join(map(re.escape, modality.get("negation_words", ["cancelled"]))) + r")\b", re.I),
        # "Talks between A and B collapsed on Sunday": the noun's own predicate tells a breakdown, no meeting that day
        "failed_after": re.compile(r"(?:\s+(?:between|with|among|in|on|over)\b(?:(?!\b(?:that|which|who|after|when|before|because|as|since|but|while|and\s+(?:then|later|also))\b)[^.;,:!?]){0,90}?)?"
                                   r"\s+(?:" + phrase_alternatives(modality.get("failed_after_noun", ["collapsed"])) + r")\b", re.I),
        "habitual": re.compile(r"\b(?:" + "|".join(map(re.escape, modality.get("habitual", ["regularly"]))) + r")\b", re.I),
        # "met no foreign officials", "none of the ministers met": the report is negated by its object
        "negated_object_before": re.compile(r"\b(?:" + phrase_alternatives(modality.get("negating_determiners", ["no"])) + r")\s+(?:[\w\-\u2019']+\s+){0,5}$", re.I),
        "negated_object_after": re.compile(r"\s+(?:with\s+)?(?:" + phrase_alternatives(modality.get("negating_determiners", ["no"])) + r")\b", re.I),
        # "X's body was flown to Doha": the deceased travels to a funeral, no visit
        # "X, who also travelled to Y, did not meet Z": a report in an open relative clause, the main verb negated after it
        "negated_aside": re.compile(r",\s+who\s+[^,;]{0,80},\s*(?:" + phrase_alternatives(modality.get("negated_main_verb", ["did not"])) + r")\b", re.I),
        "standing": re.compile(r"(?:" + phrase_alternatives(modality.get("standing_relative_verbs", ["hosts"])) + r")\b", re.I),
        # "visited the tomb of X", "laid a wreath at the grave of X": a place of the dead, no counterpart and no event
        # "the six-side consultations mechanism": the event noun only qualifies the noun after it
        "noun_modifier": re.compile(r"\s+(?:" + phrase_alternatives(modality.get("modifier_heads", ["mechanism"])) + r")\b", re.I),
        "resting_place_object": re.compile(r"\s+(?:the\s+|a\s+)?(?:[\w\-]+\s+){0,2}?(?:" + phrase_alternatives(modality.get("resting_places", ["tomb"])) + r")\b", re.I),
        # "visited the site where X was killed in a strike": a place of a death, X is no counterpart
        "death_site_object": re.compile(r"\s+(?:the|a)\s+(?:[\w\-]+\s+){0,2}?(?:" + phrase_alternatives(modality.get("death_sites", ["site"]))
                                        + r")\b[^.;]{0,80}?\b(?:" + phrase_alternatives(modality.get("death_verbs", ["killed"])) + r")\b", re.I),
        # "Qatar received X's body", "received the coffin of X": the dead arrive, nobody is met
        "deceased_object": re.compile(r"\s+(?:(?:the|a)\s+)?(?:(?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*['\u2019]s\s+)?(?:"
                                      + phrase_alternatives(modality.get("deceased_nouns", ["body"])) + r")\b", re.I),
        # "the group had received the proposal", "received a letter from X": a paper arrives, nobody is met
        "document_object": re.compile(r"\s+(?:(?:the|a|an|its|their|his|her|our|this|that)\s+)?(?:[\w\-\u2019']+\s+){0,2}?(?:"
                                      + phrase_alternatives(modality.get("received_documents", ["proposal"]) + modality.get("received_freed", [])) + r")\b", re.I),
        # "Doha also hosted the Taliban's political office", "hosts Hamas's leadership": a seat, not a gathering
        "institution_object": re.compile(r"\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:(?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*['\u2019]s?\s+)?(?:[a-z\-]+\s+)?(?:"
                                         + phrase_alternatives(modality.get("hosted_institutions", ["office"])) + r")\b(?!\s+(?:meeting|talks|session))"),
        # "13 detainees released by X landed in Sanaa", "the freed hostages arrived in Doha": freed people brought home, no visit
        "freed_subject": re.compile(r"(?<!\bof\s)(?<!\bof\sthe\s)(?<!\bfor\sthe\s)(?<!\bwith\sthe\s)(?<![a-z]\s)\b(?:(?:freed|released|former|the|\d+|[a-z]+-?\d*)\s+)?(?:" + phrase_alternatives(modality.get("received_freed", ["prisoners"])) + r")\b(?:\s+(?:released|freed|held|handed\s+over|swapped|exchanged)\b[^,;]{0,60}?)?\s+(?:also\s+|had\s+|have\s+|were\s+)?$", re.I),
        # "The Iranian wrestling team visited Ankara", "an Egyptian orchestra toured Moscow": no diplomatic visit
        "cultural_subject": re.compile(r"\b(?:" + phrase_alternatives(modality.get("cultural_visitors", ["orchestra"])) + r")\s+(?:also\s+|had\s+|has\s+|have\s+|then\s+|later\s+)?$", re.I),
        "deceased_subject": re.compile(r"\b(?:" + phrase_alternatives(modality.get("deceased_nouns", ["body"])) + r")(?:\s+of\s+[^,;]{1,60}?)?\s+(?:was|were|had been|has been|is|are)?\s*$", re.I),
        # "though neither side has confirmed it": a hedge later in the sentence cancels the report
        "unconfirmed": re.compile(r"\b(?:" + phrase_alternatives(modality.get("unconfirmed", ["unconfirmed"])) + r")\b", re.I),
        # "hosted three rounds of talks", "has hosted most rounds of ...": a tally of occasions, not one
        "aggregate_object": re.compile(r"\s+(?:(?:" + "|".join(sorted(modality.get("aggregate_counts", ["several"]), key=len, reverse=True))
                                       + r")\s+(?:of\s+(?:the\s+)?)?(?:[\w\-]+\s+)?(?:rounds|meetings|sessions|visits|times|delegations|summits))\b", re.I),
        # "held nine rounds of negotiations": the noun after a tally of rounds names no one event
        "tally_before": re.compile(r"\b(?:" + "|".join(sorted(modality.get("aggregate_counts", ["several"]), key=len, reverse=True))
                                   + r")\s+(?:[\w\-]+\s+)?(?:rounds|sessions)\s+of\s+(?:[\w\-]+\s+)?$", re.I),
        # "In a separate call, X spoke with Y": a conversation verb that the opening makes a call
        "call_opener": re.compile(data.get("call_opener", "(?!x)x"), re.I),
        "call_verbs": re.compile(r"\b(?:" + data.get("call_verbs_after_opener", "(?!x)x") + r")\b", re.I),
        "also_call": re.compile(r"\b(?:" + data.get("call_verbs_after_call", "(?!x)x") + r")\b", re.I),
        "hypothetical": re.compile(r"\b(?:" + "|".join(map(re.escape, modality.get("hypothetical", ["if"]))) + r")\b", re.I),
    }
    # the words one of which each pattern's matches hold (vocab_matcher): a sentence without any
    # of them is not scanned for that pattern
    compiled["verb_set"] = KeyedPatterns([pattern for _, pattern in compiled["verbs"]])
    compiled["noun_set"] = KeyedPatterns([pattern for _, pattern in compiled["nouns"]])
    compiled["keys"] = {name: key_words(compiled[name]) for name in ("unconfirmed", "hypothetical", "negation", "negated_object_before", "negated_object_after")}
    # the same alternations, run on a sentence with only the alternatives it holds the words of
    compiled["attach_on"] = Alternation(data.get("attach", [])) if data.get("attach") else None
    compiled["habitual_on"] = Alternation(list(map(re.escape, modality.get("habitual", ["regularly"]))))
    # the words one of which a sentence needs for any verb, noun or attachment trigger: most sentences
    # hold none and are answered by one set test (None: some pattern always runs, no such shortcut)
    vocabularies = [compiled["verb_set"].vocabulary, compiled["noun_set"].vocabulary,
                    compiled["attach_on"].vocabulary if compiled["attach_on"] is not None else frozenset()]
    compiled["trigger_vocabulary"] = None if None in vocabularies else frozenset().union(*vocabularies)
    return compiled



def phrase_set(phrases: list[str]) -> re.Pattern[str]:
    if not phrases:
        return re.compile(r"(?!x)x")
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(r"\b(?:" + alternatives + r")\b", re.I)


def words_before(text: str, pos: int, n: int) -> str:
    return " ".join(re.findall(r"[\w'\u2019\-]+", text[max(0, pos - 30 * n):pos])[-n:]).lower()


@lru_cache(maxsize=1)
def speech() -> re.Pattern[str]:
    verbs = "|".join(map(re.escape, load_json("triggers.json")["speech_verbs"]))
    return re.compile(rf"^\s*(?:also\s+)?(?:{verbs})\b", re.I)


@lru_cache(maxsize=1)
def object_role() -> re.Pattern[str]:
    """'met the Hamas leader at noon', 'received His Majesty the Sultan': a counterpart named only by
    a role (resources/titles.json 'object_roles'), whom the article named before."""
    titles = load_json("titles.json") or {}
    roles = phrase_alternatives(titles.get("object_roles", ["minister"]))
    honorifics = phrase_alternatives(titles.get("object_role_honorifics", []) or ["(?!x)x"])
    # ("met in Sanaa with the UN envoy": a place or day may stand between the verb and "with")
    return re.compile(r"(?:\s+(?:in|on|at)\s+(?-i:[A-Z])[\w\-\u2019']*(?:\s+(?-i:[A-Z])[\w\-\u2019']*){0,2}(?=\s+with\b))?"
                      r"\s+(?:with\s+)?(?:(?:" + honorifics + r")\s+)?(?P<o>the\s+(?:[\w\-]+\s+)?(?:" + roles
                      + r"))\b(?!\s+of\b|['\u2019]s|,)", re.I)



@lru_cache(maxsize=1)
def honorific_subject() -> re.Pattern[str]:
    """'His Highness also held ...', 'Earlier in the day, His Excellency met ...': a press release's
    dignitary named by his honorific alone (resources/titles.json 'object_role_honorifics')."""
    honorifics = phrase_alternatives((load_json("titles.json") or {}).get("object_role_honorifics", []) or ["(?!x)x"])
    # ("His Excellency Minister of State also met X": the honorific and a bare title, no name)
    title = r"(?:(?:the\s+)?(?-i:[A-Z])[\w\-]+(?:\s+(?:(?:of|for|and|the)\s+)*(?-i:[A-Z])[\w\-]+){0,5}\s+)?"
    return re.compile(r"(?:^|[,:]\s*|\b(?:then|also|later)\s+)(?-i:" + honorifics + r")\s+" + title + r"(?:(?:also|then|later|later\s+on)\s+)?$")


def refine_type(etype: str, text: str, trig: tuple[int, int]) -> str:
    """"received ... a call" reports a call, not a meeting."""
    is_call = etype == "meeting" and re.search(r"\bcall\b", text[trig[1]:trig[1] + 40], re.I) and text[trig[0]:trig[1]].lower().startswith("receiv")
    # "X discussed Gaza in a phone call with Y": the talk was on the telephone
    is_call = is_call or (etype == "meeting" and text[trig[0]:trig[1]].lower().startswith("discuss")
                          and bool(_IN_A_CALL.match(text, trig[1])))
    return "call" if is_call else etype


# ("A and B discussed the truce in a phone call", "X discussed it with Y by phone": the other end named before)
_IN_A_CALL = re.compile(r"[^.;:\"\u201c]{0,80}?(?:\b(?:in|during)\s+(?:a\s+|an\s+)?(?:tele)?phone\s+(?:call|conversation)\b(?!\s+(?:with|to)\s+(?:reporters|journalists)\b)"
                        r"|\b(?:by|over\s+the)\s+(?:tele)?phone\b)", re.I)
