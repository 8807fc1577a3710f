"""The senses of an event word that tell no such event.

"The summit of Mount Rellan" is no meeting, "the fire department" no fire, "a stolen van" no theft
told, "a bus overturned" a crash and not a court's ruling, "police named the dead man" no
appointment, "a basketball court" no court of law, "shot while visiting relatives" no visit, and
"Memorial Day" no memorial service. Each test takes a lowered text and the span of the word in it;
the event lexicons (:mod:`factcheck.extract.events`, :mod:`factcheck.compare.lexicon`) ask them before
they count a word.
"""

from __future__ import annotations

import re

from factcheck.extract.patterns import search_at_end

# A mountain's top, no meeting: "the 4,000-metre summit", "reached the summit", "the summit of Mount Rellan"
_MOUNTAIN_TOP_BEFORE = re.compile(
    r"(?:\d[\d.]*[-\s](?:metres?|meters?|m|foot|feet|ft)|(?:reach|climb|scal|conquer)(?:ed|ing|es|s|e)?"
    r"(?:\s+(?:the|its))?|(?:mountain|peak|volcano)'s)\s+\Z"
)
_MOUNTAIN_TOP_AFTER = re.compile(r"\s+(?:of\s+(?:mount|mt\b|the\s+(?:mountain|peak|volcano))|ridge)")


def mountain_top(lower: str, start: int, end: int) -> bool:
    """Whether the word "summit" at ``start:end`` of a lowered text is a mountain's top, not a meeting."""
    return lower[start:end] in ("summit", "summits") and bool(
        search_at_end(_MOUNTAIN_TOP_BEFORE, lower, start) or _MOUNTAIN_TOP_AFTER.match(lower, end)
    )


# "the fire department", "the fire crews": the service, not a fire
_FIRE_SERVICE_AFTER = re.compile(
    r"\s+(?:department|dept|brigade|service|services|chief|station|marshal|engines?|crews?|fighters?|trucks?"
    r"|tenders?|appliances?|units?|hydrants?|alarms?|authority|rescue|officials?|investigators?|captain"
    r"|commissioner|safety|escapes?|exits?|doors?|code|district|company|hazard|risk)\b"
)


def fire_service(lower: str, start: int, end: int) -> bool:
    """Whether "the fire" at ``start:end`` of a lowered text names the fire service or its things, not a fire."""
    return lower[start:end] == "the fire" and _FIRE_SERVICE_AFTER.match(lower, end) is not None


# "a stolen car", "the stolen gun": what a thing is, taken in some theft before, not a theft told
_STOLEN_THING_BEFORE = re.compile(r"\b(?:a|an|the|his|her|their|its)\s+(?:\w+ly\s+)?\Z")
_NOUN_AFTER = re.compile(r"\s+[a-z]")


def stolen_thing(lower: str, start: int, end: int) -> bool:
    """Whether "stolen" at ``start:end`` of a lowered text says what a thing is ("a stolen car"), not a theft."""
    return (
        lower[start:end] == "stolen"
        and _NOUN_AFTER.match(lower, end) is not None
        and search_at_end(_STOLEN_THING_BEFORE, lower, start) is not None
    )


# "the bus overturned on a highway", "a truck overturned twice": a crash; "the court overturned his
# conviction", "overturned several of them", "the verdict was overturned": a ruling (an object, or passive)
_NO_OBJECT_AFTER = re.compile(
    r"\s*(?:[,.;:)]|\Z)|\s+(?:on|in|at|near|onto|into|off|along|across|down|over|after|before|while|when|as"
    r"|and|but|during|outside|twice|(?:several|multiple|two|three|\w+al)\s+times|\w+ly)\b"
)
_BEEN_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+\Z")


def overturned_vehicle(lower: str, start: int, end: int) -> bool:
    """Whether "overturned" at ``start:end`` of a lowered text is a vehicle's crash, not a court's ruling."""
    return (
        lower[start:end] == "overturned"
        and _NO_OBJECT_AFTER.match(lower, end) is not None
        and search_at_end(_BEEN_BEFORE, lower, start) is None
    )


# "police named the man killed", "the victims have been named as": who someone is, no appointment. Only
# the nouns of people harmed or held: "named the new coach", "named a player captain" are appointments
_HARMED_NOUNS = (
    r"(?:victims?|dead|deceased|m[ae]n|wom[ae]n|boys?|girls?|teens?|teenagers?|youths?|child(?:ren)?|toddlers?"
    r"|person|people|drivers?|pedestrians?|motorcyclists?|cyclists?|suspects?|gunm[ae]n|shooters?|pair|couple)"
)
_IDENTIFIED_AFTER = re.compile(
    r"\s+(?:as\s+)?(?:the|a|an|both|all|two|three|four|five|\d+)?\s*(?:[a-z-]+\s+){0,2}?"
    + _HARMED_NOUNS
    + r"\b"
)
_IDENTIFIED_BEFORE = re.compile(
    r"\b" + _HARMED_NOUNS + r"(?:\s+[a-z-]+){0,3}?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+\Z"
)


def named_as_identified(lower: str, start: int, end: int) -> bool:
    """Whether "named" at ``start:end`` of a lowered text tells who a person harmed or held is ("police
    named the dead man", "the victim was named as"), not an appointment ("named Jo Reed its coach")."""
    return lower[start:end] == "named" and bool(
        _IDENTIFIED_AFTER.match(lower, end) or search_at_end(_IDENTIFIED_BEFORE, lower, start)
    )


# "a basketball court", "the tennis courts", "the mall's food court": a place to play or eat, no court of law
_PLAYING_COURT_BEFORE = re.compile(
    r"\b(?:basketball|tennis|volleyball|handball|squash|racquetball|pickleball|badminton|paddle|netball"
    r"|futsal|food|outdoor|indoor|half|full)[\s-]+\Z"
)


def playing_court(lower: str, start: int, end: int) -> bool:
    """Whether "court" at ``start:end`` of a lowered text is a place to play or eat, not a court of law."""
    return (
        lower[start:end] in ("court", "courts")
        and search_at_end(_PLAYING_COURT_BEFORE, lower, start) is not None
    )


# "a cook was hurt while visiting relatives in Kelby on Sunday": what the one harmed was doing, told
# for the harm, whose time and place the clause gives; no visit of the story's
_HARM_BEFORE = re.compile(
    r"\b(?:shot|killed|wounded|injured|hurt|stabbed|struck|hit|slain|attacked|robbed|murdered|died)\b"
)


def circumstance_of_harm(lower: str, start: int, end: int) -> bool:
    """Whether the event word at ``start:end`` of a lowered text is what someone harmed was doing: a
    participle after "while" with a word of harm before it in its sentence."""
    if not lower.endswith("ing", start, end) or not lower.endswith("while ", 0, start):
        return False
    sentence_start = max(lower.rfind(". ", 0, start), lower.rfind("\n", 0, start)) + 1
    return _HARM_BEFORE.search(lower, sentence_start, start) is not None


def memorial_day(lower: str, start: int, end: int) -> bool:
    """Whether "memorial" at ``start:end`` of a lowered text names the holiday, "Memorial Day", not a service."""
    return lower[start:end] == "memorial" and lower.startswith(" day", end)


def another_sense(lower: str, start: int, end: int) -> bool:
    """Whether the event word at ``start:end`` of a lowered text is used in a sense that tells no
    event of its class: a mountain's top, the fire service, a stolen thing, a person identified, a
    court to play on, what someone harmed was doing, a holiday's name."""
    return (
        mountain_top(lower, start, end)
        or fire_service(lower, start, end)
        or stolen_thing(lower, start, end)
        or named_as_identified(lower, start, end)
        or playing_court(lower, start, end)
        or circumstance_of_harm(lower, start, end)
        or memorial_day(lower, start, end)
    )
