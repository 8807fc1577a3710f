"""Sentences and clauses as the story frame reads them: which event word a claim's clause names,
and who a sentence is about.

Pure functions of the text: an event word is found with :mod:`~factcheck.compare.lexicon`, a
clause ends at a semicolon, a colon, a bracket, a dash, or a comma before "which", "who",
"while", "but", "and", "after", "before" or "when".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection
from functools import lru_cache

from factcheck.compare.lexicon import event_words, kind_of
from factcheck.extract.patterns import Breaks

# Where a clause ends: not at a clock's colon ("2:55 p.m."); at a comma before a clause's word or before
# a participle that tells what followed ("struck at 2:55 p.m., killing 32 people")
CLAUSE_BREAK = re.compile(
    r"[;()\u2014]|(?<!\d):(?!\d)|\s[-\u2013]\s"
    r"|,\s(?=(?:which|who|while|but|and|after|before|when|killing|injuring|wounding|leaving|sending|forcing|"
    r"causing|destroying|damaging|triggering|prompting)\b)"
)
# Words that tell of another occurrence than the news: "last year", "a previous shooting", "an
# unrelated case".
_BACKGROUND = re.compile(
    r"\b(?:last|previous|prior|earlier|(?:most\s+)?recent(?:\s+[\w-]+)?|another|other|separate|unrelated|similar)\s+"
    r"(?:year|month|shooting|incident|"
    r"case|crash|fire|attack|killing|arrest|conviction|game|season|operation|raid|bombing|robbery)s?\b",
    re.IGNORECASE,
)
PRONOUN_START = re.compile(r"\s*(?:[^,.;]{0,40},\s*)?(?:[Hh]e|[Ss]he)\b")
# "was signed", "had been arrested": the subject before the verb is the one it was done to.
# "was signed", "were quickly arrested", "was found guilty"
PASSIVE_END = re.compile(r"\b(?:was|were|is|are|been|being|be|got)\s+(?:\w+ly\s+)?(?:found\s+)?\Z", re.I)


PERSONAL = re.compile(r"\b(?:he|she|his|her|him)\b", re.I)

# An event word after one of these, later in the clause than the claim, is another event's.
_SUBORDINATE_BEFORE = re.compile(r"\b(?:after|before|following|since|until|during)\b", re.I)
_LONGEST_SUBORDINATOR = len("following")
_FOR_AN_INCIDENT = re.compile(
    r"\s(?:in|for|over|in\s+connection\s+with|in\s+relation\s+to)\s+(?:the|a|an|his|her|their|last\s+\w+['’]s)"
    r"(?:\s+[\w-]+){0,2}\s*\Z",
    re.I,
)
RELATIVE_START = re.compile(r"\s*(?:who|whom)\b", re.I)


# "after" of an event, not of a time of day ("just after midnight", "soon after 4:10 a.m.")
_AFTER = re.compile(
    r"\b(?:after|following)\b(?!\s+(?:midnight|noon|midday|dark|dawn|dusk|sunset|sunrise|daybreak|\d))", re.I
)
_AND = re.compile(r"\band\b", re.I)
# An event word that names who speaks: "on Sunday, rescuers said", "a mountain rescue spokesman said",
# "fire officials told reporters": the speaker's trade, no event the sentence's time or count is of.
_SPEAKER_AFTER = re.compile(
    r"(?:\s+(?:spokesman|spokeswoman|spokesperson|officials?|workers?|teams?|crews?|services?|department|"
    r"brigade|authorities|chief|officers?|sources?|coordinator|volunteers?))*\s+(?:said|says|say|told)\b",
    re.I,
)


def told_after(sentence: str, word_start: int, family: Collection[str]) -> bool:
    """Whether the event word at ``word_start`` is told after "after" or "following" right after an
    event word of ``family``: "Riots spread on Thursday after police shot dead a boy on Monday" (the
    death came first, at a time of its own). Not after what followed the incident: "faces a charge of
    murder after a cyclist was shot", "an inquiry into the shooting after nine were hurt" tell the
    incident's own harm."""
    afters = list(_AFTER.finditer(sentence, 0, word_start))
    if not afters or re.search(r"[,;:]", sentence[afters[-1].end() : word_start]):
        return False  # "crashed shortly after takeoff, killing all 12": the outcome is the main clause's
    before = [event for event in sentence_events(sentence) if event[1] <= afters[-1].start()]
    if any(kind_of(name) == "follow_up" for *_, name in before):
        return False
    return bool(before) and before[-1][2] in family


def named_by_the_incident(sentence: str, word: tuple[int, int, str], family: Collection[str]) -> bool:
    """Whether ``word`` (an event word of ``sentence``) is a death the incident's own word, of
    ``family``, names right before it: "the shooting death of Jo Reed on Sunday" is the shooting (not
    "her body was recovered": the body's finding, no word of the death's)."""
    return sentence[word[0] : word[1]].lower() in ("death", "deaths") and any(
        w_end < word[0] and not sentence[w_end : word[0]].strip() and name in family
        for _, w_end, name in sentence_events(sentence)
    )


def clause_of(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause of ``sentence`` around ``[start, end)``."""
    clause_start = _breaks(sentence).last_end(max(start, 0)) or 0
    following = CLAUSE_BREAK.search(sentence, end)
    return clause_start, following.start() if following else len(sentence)


def event_word_of(claim, text: str) -> tuple[int, int, str] | None:
    """The nearest event word of the claim's clause, else of its sentence: (start, end, class), with
    offsets in the sentence."""
    start = claim.sentence_start
    return _event_word_in(text[start : claim.sentence_end], claim.start - start, claim.end - start)


# What an event left behind it, told after it: "left nine people dead", "leaving two injured"
_LEFT = re.compile(r"\b(?:left|leaves|leaving)\b")
# A noun phrase set beside the claim after a comma describes its event: "was killed in Tarrow on
# Saturday, the third homicide in the city this year"
_APPOSED = re.compile(r"\s*,\s+(?:the|a|an|its|his|her|their)\s", re.I)


# The story frame asks for the event word of each claim several times (its time, its count, its place,
# the place fact's ranking), and a big story's copies repeat their sentences word for word.
@lru_cache(maxsize=4096)
def _event_word_in(sentence: str, start: int, end: int) -> tuple[int, int, str] | None:
    """:func:`event_word_of` of what stands at ``[start, end)`` of ``sentence``."""
    found = [word for word in sentence_events(sentence) if not _SPEAKER_AFTER.match(sentence, word[1])]
    if not found:
        return None
    clause_start, clause_end = clause_of(sentence, start, end)
    # "arrested Jo Reed on Monday in the shooting of ...": after what followed an incident, the
    # incident in a phrase after the time is what the arrest was for; the time is the arrest's
    followed = any(
        w_end <= start and clause_start <= w_start and kind_of(name) == "follow_up"
        for w_start, w_end, name in found
    )

    def distance(item: tuple[int, int, str]) -> tuple[bool, bool, bool, int]:
        w_start, w_end, _ = item
        inside = clause_start <= w_start < clause_end
        gap = 0 if w_start < end and start < w_end else min(abs(w_start - end), abs(start - w_end))
        # "signed Jo Reed on Monday after an injury": the time is the signing's, not the injury's
        subordinate = w_start >= end and (
            _subordinate_between(sentence, end, w_start)
            or (followed and _FOR_AN_INCIDENT.search(sentence, end, w_start) is not None)
        )
        # "The crash near Tarrow on Monday left nine people dead": the state it left them in is the crash's
        subordinate = subordinate or (
            w_start >= end
            and (
                _LEFT.search(sentence, end, w_start) is not None or _APPOSED.match(sentence, end) is not None
            )
        )
        # "42 people were detained and 12 officers were hurt": a word before an "and" is the conjunct's;
        # "arrested Jo Reed on Monday and charged him": so is one after it
        conjoined = (w_end <= start and _AND.search(sentence, w_end, start) is not None) or (
            w_start >= end and _AND.search(sentence, end, w_start) is not None
        )
        return (not inside, subordinate, conjoined, gap)

    return min(found, key=distance)


def told_as_response(claim, text: str) -> bool:
    """Whether the nearest event word of the claim's clause is a response to the incident ("officers
    were called", "a 911 call"), not the incident itself."""
    word = event_word_of(claim, text)
    return word is not None and word[2] == "response"


# The end of an event, told before its time: "the siege ended at about 3 p.m.", "the blaze was put out at
# 4 a.m." (not a surrender, an event of its own: "surrendered to police Tuesday afternoon" is an arrest's
# time)
_ENDED_BEFORE = re.compile(
    r"\b(?:ended|ends|was\s+over|were\s+over|came\s+to\s+an\s+end|concluded|extinguished|put\s+out|doused"
    r"|under\s+control|contained)\b[^.;:,]{0,40}\Z",
    re.I,
)
# an incident such as a siege ends with a surrender: "gave himself up at 1:20 p.m.", "released the
# hostages and walked out at about 3 p.m." (a person's surrender is their arrest's own time)
_SURRENDERED_BEFORE = re.compile(
    r"\b(?:surrendered|walked\s+out|gave\s+(?:himself|herself|themselves)\s+up)\b[^.;:,]{0,40}\Z", re.I
)


# ... or after it: "by 10:15 the flames were mostly out", "by noon it had been brought under control"
# ("out" and "over" ending their clause: not "when he was out walking")
_ENDED_AFTER = re.compile(
    r"[^.;:,]{0,40}?\b(?:was|were|is|are|had\s+been|has\s+been)\s+(?:\w+ly\s+)?"
    r"(?:(?:out|over)(?=\s*(?:[,.;:!?]|\Z))|(?:extinguished|put\s+out|(?:brought\s+)?under\s+control|contained)\b)",
    re.I,
)
# An event told as going on at a time: "the blaze was still raging on Sunday evening", "fighting
# continued into the night": a time after it began
# (not of what a relative clause tells: "still looking into a stabbing that happened on Monday")
_GOING_ON_BEFORE = re.compile(
    r"\b(?:still|continued|continuing|continues)\b(?:(?!\b(?:that|which|who|when|where)\b)[^.;:,]){0,60}\Z",
    re.I,
)


def told_as_its_end(claim, text: str, incident: bool = False) -> bool:
    """Whether a time is when the event ended ("the standoff ended at 3 p.m.", "by 10:15 the flames were
    out"), not when it happened; an ``incident`` (the story's own) also ends with a surrender
    ("surrendered at noon")."""
    start = max(claim.sentence_start, claim.start - 60)
    return bool(
        _ENDED_BEFORE.search(text, start, claim.start)
        or _ENDED_AFTER.match(text, claim.end, claim.sentence_end)
        or (incident and _SURRENDERED_BEFORE.search(text, start, claim.start))
    )


def told_as_going_on(claim, text: str) -> bool:
    """Whether a time is one the event was still going on at ("still raging on Sunday"): not its
    time, nor its day."""
    return _GOING_ON_BEFORE.search(text, max(claim.sentence_start, claim.start - 80), claim.start) is not None


@lru_cache(maxsize=64)
def _breaks(sentence: str) -> Breaks:
    return Breaks(CLAUSE_BREAK, sentence, 0, len(sentence))


@lru_cache(maxsize=64)
def _subordinators(sentence: str) -> tuple[list[int], list[int]]:
    """Where each "after", "before", "since"... of a sentence starts and ends: whole words, so a
    scan from anywhere finds the same ones."""
    spans = [match.span() for match in _SUBORDINATE_BEFORE.finditer(sentence)]
    return [start for start, _ in spans], [end for _, end in spans]


def _subordinate_between(sentence: str, start: int, end: int) -> bool:
    """``_SUBORDINATE_BEFORE.search(sentence, start, end)``, without rescanning the sentence for every
    event word of every claim: the first stored word after ``start``, if it ends by ``end``; else one
    ending right at ``end``, where the cut makes a word boundary ("since" of "sincere")."""
    starts, ends = _subordinators(sentence)
    first = bisect.bisect_left(starts, start)
    if first < len(starts) and ends[first] <= end:
        return True
    return bool(_SUBORDINATE_BEFORE.search(sentence, max(start, end - _LONGEST_SUBORDINATOR), end))


@lru_cache(maxsize=64)
def tells_background(sentence: str) -> bool:
    """Whether a sentence tells of another occurrence than the news (:data:`_BACKGROUND`): asked for
    each claim of a sentence, and a sentence has many."""
    return _BACKGROUND.search(sentence) is not None


@lru_cache(maxsize=8192)
def sentence_events(sentence: str) -> tuple[tuple[int, int, str], ...]:
    return tuple(event_words(sentence))


# Between two sentences: the end's mark, a closing quote or bracket, then space
_SENTENCE_GAP = re.compile(r"[.!?][\"'’)\u201d]?\s+")


def sentence_starts_before(text: str, start: int, reach: int | None = None) -> list[int]:
    """Where the sentences of ``text`` before the one at offset ``start`` begin, in order (looking back at
    most ``reach`` characters when given; the first start is then where the look begins)."""
    low = 0 if reach is None else max(0, start - reach)
    return [low, *(m.end() for m in _SENTENCE_GAP.finditer(text, low, start) if m.end() < start)]
