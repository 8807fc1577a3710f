"""What a measured value is of, from the words around it: the attribute a sentence opens with ("The
turnout was 61%"), what a distance is measured from ("12 miles from Calbuco"), the group a bare
count is the size of ("a crew of 25", "a 12-member jury"), the people a verb or a place makes a
firm's staff or a vessel's load ("employs 340 people", "carrying 50 people"), and whether a quake's
measure is an aftershock's.
"""

from __future__ import annotations

import re

from factcheck.extract.gazetteer import fold, given_names
from factcheck.extract.numbers import WORD_NUMBERS, NumberMention
from factcheck.extract.quantities.hedges import _HEDGE_BEFORE_RE, _HEDGE_REACH
from factcheck.records import Segment

# "The turnout was 61%", "Turnout was 61%", "officials said (that) turnout in the vote was 61%": a clause
# that opens with the attribute (one word without a determiner) and a copula
_COPULAR_ATTRIBUTE_RE = re.compile(
    r"^(?:[^,;:]*?\b(?:said|says|announced|reported)\s+(?:that\s+)?)?\s*"
    r"(?:(?:the|its|their)\s+([a-z][\w'’-]*(?:\s+[\w'’-]+){0,7}?)|([a-z][\w'’-]*))"
    r"(?:\s+(?:in|on|at|during)\s+[^,;:]{1,60}?)?\s+"
    r"(?:was|is|were|are|stood\s+at|reached|measured)\s+$",
    re.IGNORECASE,
)
_REFERENCE_RE = re.compile(r"^\s*(?:the\s+)?([\w'’-]+(?:[ \t]+[\w'’-]+){0,3})")
_AFTERSHOCK_RE = re.compile(r"\b(?:aftershocks?|foreshocks?)\b", re.IGNORECASE)


def copular_attribute(text: str, segment: Segment, number: NumberMention) -> str | None:
    """The attribute a sentence gives a value to: "The turnout was 61%" is the turnout's.

    Only a sentence that opens with the attribute and a copula, so the value
    is that attribute's and nothing else's ("The nearest hospital was about
    12 miles away").
    """
    prefix = text[segment.start : number.start]
    hedge = _HEDGE_BEFORE_RE.search(prefix[-_HEDGE_REACH:])
    if hedge:
        prefix = prefix[: len(prefix) - (min(len(prefix), _HEDGE_REACH) - hedge.start())]
    match = _COPULAR_ATTRIBUTE_RE.match(prefix)
    attribute = match and (match.group(1) or match.group(2))
    if not attribute or re.search(r"\d", attribute):
        return None
    if match.group(2) and (attribute.lower() in _NOT_ATTRIBUTES or not _common_noun(attribute, text)):
        return None  # "He was 6 feet", "Marsh was 40 metres away": a person's, not an attribute
    return " ".join(attribute.lower().split())


_NOT_ATTRIBUTES = frozenset("he she it they we i you this that these those there which who what".split())


def _common_noun(word: str, text: str) -> bool:
    """Whether a word a sentence opens with may be a common noun: written in lower case, or no first
    name, and never capitalised after a word in lower case elsewhere (as a name is: "said Marsh")."""
    if word.islower():
        return True
    return fold(word) not in given_names() and re.search(rf"[a-z,]\s+{re.escape(word)}\b", text) is None


def distance_reference(after: str) -> str | None:
    """What a distance is measured from: its named place if it has one ("12 miles from the town of
    Calbuco" and "19 km from Calbuco" are both from Calbuco), else its words."""
    match = _REFERENCE_RE.match(after)
    if not match:
        return None
    words = match.group(1).split()
    # "from shore on Sunday": the reference ends where a clause's time or place begins
    ends = [i for i, word in enumerate(words) if i and word.lower() in _REFERENCE_ENDS]
    words = words[: ends[0]] if ends else words
    named = [w for w in words if w[0].isupper()]
    if named:  # in the place's own case: the key names the fact to the reader ("the distance from Calbuco")
        return "from " + " ".join(named)
    if (
        words[0].lower() in ("away", "and", "or", "said", "in", "on", "at")
        or words[0].lower() in WORD_NUMBERS
    ):
        return None
    return "from " + " ".join(words).lower()


_REFERENCE_ENDS = frozenset("on in at and or said after before when while during as by".split())

# Nouns of a body of people whose size a bare number after "of" gives: "the crew of 25", "a family of
# four", "a workforce of 12,000" (not "a total of", "a crew of 25 sailors": the sailors are counted; not
# "a group of eight", "a team of four": a story has many groups)
_COLLECTIVES = (
    r"(?:crew|family|staff|workforce|delegation|contingent|household|crowd|audience|cast|jury|panel|board|"
    r"council|committee)"
)
_COLLECTIVE_OF_RE = re.compile(
    r"\b(?:a|an|the|its|their|his|her|our)\s+(?:[a-z][a-z-]*\s+)?(" + _COLLECTIVES + r")\s+of\s+$",
    re.IGNORECASE,
)
_MEMBER_NOUN_AFTER_RE = re.compile(r"-member\s+(?:[a-z][a-z-]*\s+)?(" + _COLLECTIVES + r")\b", re.IGNORECASE)


def collective_before(before: str) -> str | None:
    """The group a number after "of" is the size of: "crew" for "the crew of 25"."""
    match = _COLLECTIVE_OF_RE.search(before[-60:])
    return match.group(1).lower() if match else None


def collective_after(text: str, end: int, limit: int) -> tuple[str, int] | None:
    """(the group, the end of its noun) a number before "-member" is the size of: "a 25-member crew"."""
    match = _MEMBER_NOUN_AFTER_RE.match(text, end, limit)
    return (match.group(1).lower(), match.end()) if match else None


_ALARMS_AFTER_RE = re.compile(r"-alarms?\b", re.IGNORECASE)


def alarms_after(text: str, end: int, limit: int) -> int | None:
    """The end of "-alarm" after a number that counts a fire's alarms ("a four-alarm fire"), if it follows."""
    match = _ALARMS_AFTER_RE.match(text, end, limit)
    return match.end() if match else None


def aftershock_prefix(text: str, segment: Segment) -> str:
    """An aftershock's or foreshock's measure is not the main quake's."""
    return "aftershock " if _AFTERSHOCK_RE.search(text, segment.start, segment.end) else ""


# the hedge a verb may put before the count it takes: "employs about 340", "will cut up to 12,000"
VERB_HEDGE = r"(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|up\s+to|an\s+estimated)\s+)?"
# The people a firm or a site employs: "employs about 340 people", "employing 90 workers"
_STAFF_HEADS = frozenset("people workers staff staffers".split())
_EMPLOYS_BEFORE_RE = re.compile(
    r"\b(?:employs|employed|employing|employ)\s+" + VERB_HEDGE + "$", re.IGNORECASE
)
# The people a ship, a plane or a bus carries: "was carrying 50 people", "had 56 passengers and crew
# aboard", "with 12 people on board"
_CARRIED_HEADS = frozenset("people passengers persons travellers travelers".split())
_CARRYING_BEFORE_RE = re.compile(r"\b(?:carrying|carried|carries|carry)\s+" + VERB_HEDGE + "$", re.IGNORECASE)
_ABOARD_AFTER_RE = re.compile(r"(?:\s+and\s+crew(?:\s+members)?)?\s+(?:aboard|on\s+board)\b", re.IGNORECASE)

# "carrying 150 passengers and six crew": the passengers are a part of those aboard
_OTHERS_COUNTED_AFTER_RE = re.compile(
    r"\s+(?:and|plus)\s+(?:\d[\d,]*|[a-z]+)\s+(?:[a-z]+\s+)?(?:crew|staff|others)\b"
)


def counted_by_verb(head: str | None, before: str, text: str, end: int, limit: int) -> str | None:
    """What people counted with nothing done to them are by the verb before them or the place after
    them: "employees" ("the mill employs 340 people", as "340 employees" are), "people aboard"
    ("the ferry was carrying 50 people", "56 passengers and crew aboard"); None otherwise."""
    if head in _STAFF_HEADS and _EMPLOYS_BEFORE_RE.search(before):
        return "employees"
    if (
        head in _CARRIED_HEADS
        and (_CARRYING_BEFORE_RE.search(before) or _ABOARD_AFTER_RE.match(text, end, limit))
        and not _OTHERS_COUNTED_AFTER_RE.match(text, end, limit)
    ):
        return "people aboard"
    return None
