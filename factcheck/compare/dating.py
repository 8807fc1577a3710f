"""The day each report gives its incident, read with the clock time it gives it.

A report that tells the incident's time with its day ("about 3:30 a.m. Sunday",
"at 9:30 p.m. Monday") has told its day most precisely: the date the same report
writes elsewhere may be the night the incident belongs to loosely ("Saturday
night" for 3:30 a.m. Sunday), another event's (an earlier shooting "on June 20",
a death days later) or the page's ("Today: cloudy"). A clock time alone ("12:44
p.m.") has a day only by guess (the publication's), and does not count.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Mapping, Sequence

from factcheck.compare.lexicon import HARMLESS_INCIDENTS, event_words, incident_family
from factcheck.values import add_days, interval, is_point_in_time

# A time this close to a source's publication date is the time of the news.
CURRENT_DAYS = 30
# How far ahead of its report a time the news looks forward to may be
NEAR_FUTURE_DAYS = 366
# Occasions set for a day ahead: "the awards will be held Feb. 24" gives their date, as "were held" does
SCHEDULED = frozenset({"visit", "summit", "election", "launch", "award"})

# A word of a time expression that names its day: "Sunday", "today", "Aug. 22", "6/28".
_DAY_WORD = re.compile(
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?|\b(?:today|yesterday|tonight)\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}/\d{1,2}\b",
    re.I,
)
# How far before a clock time a day word still gives its day: "on Monday at approximately 11:28 pm".
_BEFORE_CHARS = 40


def of_the_news(claim, published: dt.date | None, first: dt.date | None = None) -> bool:
    """Whether a time is the news's: within a month before its report's publication, or before the
    story's first report (a follow-up months later still dates the incident "on Dec. 27")."""
    days = interval(claim.value)
    if days is None:
        return claim.value.weekday is not None
    for reference in (published, first):
        # held at the calendar's ends: a report dated 0001-01-01 or 9999-12-31 still has a month around it
        if (
            reference is not None
            and days[0] <= add_days(reference, 1)
            and add_days(reference, -CURRENT_DAYS) < days[1]
        ):
            return True
    return False


def set_for_ahead(claim, published: dt.date | None) -> bool:
    """Whether a time a report looks forward to ("will be held Feb. 24") is a day within a year after the
    report's: the day an occasion is set for."""
    days = interval(claim.value)
    return (
        claim.stance.kind == "expected"
        and published is not None
        and days is not None
        and published < days[0] <= add_days(published, NEAR_FUTURE_DAYS)
    )


def names_its_day(claim, text: str) -> bool:
    """Whether a clock time's words name its day ("3:30 a.m. Sunday"), or the words just before it in
    its sentence ("on Monday at about 11:30 p.m."), not only the hour."""
    if claim.value.start is None:
        return False
    before = text[max(claim.sentence_start, claim.start - _BEFORE_CHARS) : claim.start]
    return bool(_DAY_WORD.search(claim.quote) or _DAY_WORD.search(before))


# The report's own day, in words that need no date to say so: "1:15 p.m. this afternoon", "tonight".
_OWN_DAY = re.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b", re.I)
# How far from a clock time its own-day words may stand: "at 2 p.m. today", "this morning at 9:15".
_OWN_DAY_CHARS = 20


def on_the_reports_own_day(claim, text: str, published: dt.date | None) -> bool:
    """Whether a clock time of an undated report is given on that report's own day ("shortly after 1 p.m.
    today"): whatever the date, the report tells it as the news of its day, so it is the
    story's time of day as much as a dated report's "2 p.m. Tuesday" is."""
    if published is not None or claim.value.start is not None or not claim.value.clock:
        return False
    around = text[
        max(claim.sentence_start, claim.start - _OWN_DAY_CHARS) : min(
            claim.sentence_end, claim.end + _OWN_DAY_CHARS
        )
    ]
    return bool(_OWN_DAY.search(around))


# A sentence that tells the story's incident again without naming it: "It happened Friday", "The
# incident occurred Aug. 2".
_RETOLD = re.compile(r"\s*(?:It|This|The\s+incident)\s+(?:happened|occurred|took\s+place)\b")
# ... or that tells what someone was doing at its time: "Jo was at work Friday evening when it happened".
_WHEN_RETOLD = re.compile(r"\bwhen\s+(?:it|this|the\s+incident)\s+(?:happened|occurred|took\s+place)\b", re.I)


def retells_its_day(claim, text: str) -> bool:
    """Whether a day is given in a sentence that tells the incident again without naming it ("It
    happened Monday", "... on Friday evening when it happened"): a day alone, or a clock time with the
    day it names ("It happened around 1 p.m. Monday"); not a clock time alone ("it happened around 8
    p.m." may be the call's time or the shots', on a day not said)."""
    start, end = claim.sentence_start, claim.sentence_end
    if claim.kind != "time" or not (_RETOLD.match(text, start, end) or _WHEN_RETOLD.search(text, start, end)):
        return False
    return claim.value.granularity == "day" or (bool(claim.value.clock) and names_its_day(claim, text))


def retells_its_place(claim, text: str) -> bool:
    """Whether a place is given in a sentence that tells the incident again without naming it ("It
    happened on Elm Street in Dunmore", "The incident occurred in Dunmore")."""
    return (
        claim.kind == "entity" and _RETOLD.match(text, claim.sentence_start, claim.sentence_end) is not None
    )


# A date written with its month: "April 28", "Aug. 2, 2014", "on 28 April".
_WRITTEN_DAY = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\b",
    re.I,
)


def written_day(claim, published: dt.date | None) -> bool:
    """Whether a time is a day written with its month, before ``published`` (the story's first
    report: no incident comes after it): a date a follow-up months later can still give its incident
    ("the April 28 shooting"; "June 15" read in the year before a report may be a year too late)."""
    value = claim.value
    return (
        value.granularity == "day"
        and value.start is not None
        and published is not None
        and value.start < published
        and bool(_WRITTEN_DAY.search(claim.quote))
    )


def with_earlier_dates(dates: list, earlier: list) -> list:
    """The incident's date claims, with the earlier dates (:func:`written_day`) of the reports that
    give it no date of the news: a report weeks later about a trial dates its incident only so."""
    dated = {claim.source for claim in dates}
    return dates + [claim for claim in earlier if claim.source not in dated]


def earliest_in_each_source(claims: list) -> list:
    """Of the times one report gives its incident (or a person's event), the earliest: a report dates
    its incident first and its aftermath later ("died Friday of wounds suffered Monday")."""
    by_source: dict[str, list] = {}
    for claim in claims:
        by_source.setdefault(claim.source, []).append(claim)
    kept = []
    for members in by_source.values():
        # a report's clock time says more than its part of the day ("late Friday night ... at 2:10 a.m.
        # Saturday"): the part of the day stands only where the report gives no clock
        members = [c for c in members if c.value.clock] or members
        first = min(_moment(c) for c in members)
        kept.extend(c for c in members if _moment(c) == first)
    return kept


def _moment(claim) -> tuple:
    value = claim.value
    return (value.start or dt.date.min, value.clock or "")


def dated_by_clock(dates: list, times: list, direct: set[str], texts: Mapping[str, str]) -> tuple[list, list]:
    """The incident's date claims, each report's set by the earliest incident time it gives with its day
    in a clause that names the incident itself (``times``: the incident's time claims, ``direct``: the
    ids of claims told with the incident's own word; "shots were fired at 3:30 a.m. Sunday", not
    "police sent an update at 1 a.m. Sunday"): its date claims of that day stay; where it gives none,
    a date read from the time stands for the report (id ``<time id>:day``, the time's quote). Reports
    that give no such time keep their dates. Returns the claims kept and the readings made."""
    clocked: dict[str, list] = {}
    for claim in times:
        # a part of the day ("late Friday night") bounds the time but names its day as any date does
        if claim.value.clock and claim.id in direct and names_its_day(claim, texts[claim.source]):
            clocked.setdefault(claim.source, []).append(claim)
    of_source: dict[str, list] = {}
    for claim in dates:
        of_source.setdefault(claim.source, []).append(claim)
    kept, made = [], []
    for source in sorted(of_source.keys() | clocked.keys()):
        own = of_source.get(source, [])
        if source not in clocked:
            kept.extend(own)
            continue
        first = min(clocked[source], key=lambda c: (c.value.start, c.value.clock or ""))
        day = first.value.start
        agreeing = [c for c in own if c.value.start == day]
        if agreeing:
            kept.extend(agreeing)
            continue
        reading = the_day_of(first)
        kept.append(reading)
        made.append(reading)
    return kept, made


# Time words that name no day of the news: "now" (the time of writing, "he now faces a charge"), a
# day told elsewhere ("that day", "the same day"), and a time counted from another time ("about 30
# minutes earlier", "two hours later").
_NO_DAY = re.compile(
    r"(?:right\s+|by\s+|until\s+|for\s+)?now|(?:on\s+)?(?:that|the|this|the\s+same|that\s+same)\s+day"
    r"|.*\b(?:minutes?|hours?|seconds?)\s+(?:earlier|later|before|after)",
    re.I,
)
# "early that Sunday", "on that same Friday": a day the text named before, which the word alone
# would resolve to the wrong week (not the "that" of a clause: "added that Sunday's shooting")
_ANAPHORIC_BEFORE = re.compile(
    r"\b(?:on|early|late|later|earlier|by|until|since|during)\s+that\s+(?:same\s+)?\Z|\bthat\s+same\s+\Z",
    re.I,
)
# "listed in critical condition on Tuesday", "in stable condition late Thursday": the day the
# condition was told, a day or more after the incident.
_CONDITION_BEFORE = re.compile(
    r"\bcondition\s+(?:(?:on|as\s+of|by|late|early|until|through)\s+){0,2}\Z|\bremained\s+\Z", re.I
)


# "in the Thursday post", "a Friday meeting": a day written before a noun, as its modifier.
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their)\s+\Z", re.I)
_NOUN_AFTER = re.compile(r"\s+(?:(?:night|morning|afternoon|evening)\s+)?(?P<noun>[A-Za-z][\w-]*)")
_NOT_NOUNS = frozenset(
    "before after of in at on and or but when that which who was were is are had has night morning afternoon "
    "evening".split()
)


def dates_a_thing(claim, text: str) -> bool:
    """Whether a day is written before a noun that names no event ("in the Thursday Facebook post", "a
    Friday meeting"): it dates that thing, not what the sentence tells ("the Tuesday shooting" is the
    shooting's day)."""
    if not _DETERMINER_BEFORE.search(text, max(claim.sentence_start, claim.start - 8), claim.start):
        return False
    after = _NOUN_AFTER.match(text, claim.end, claim.sentence_end)
    if after is None or after.group("noun").lower() in _NOT_NOUNS:
        return False
    return not event_words(after.group("noun"))


def names_no_day(claim, text: str) -> bool:
    """Whether a time claim, though read as a day, does not date what its sentence tells: "now", "that
    day", "early that Sunday" (a day named before), "30 minutes earlier", the day a condition was
    reported, or a day modifying a thing that is no event ("the Thursday post")."""
    return bool(
        _NO_DAY.fullmatch(claim.quote.strip())
        or _ANAPHORIC_BEFORE.search(text, max(claim.sentence_start, claim.start - 12), claim.start)
        or _CONDITION_BEFORE.search(text, max(claim.sentence_start, claim.start - 40), claim.start)
        or dates_a_thing(claim, text)
    )


def is_since_bound(span) -> bool:
    """Whether a time is a bound from a time on ("since 2009"): it reaches to now."""
    return (span.signal or "").lower() == "since"


def named_days(span) -> tuple[dt.date, dt.date] | None:
    """The days a time names: its own, or a bound's ("since 2009" names 2009, though it reaches to now);
    ``None`` for an unresolved time or another bound ("until Friday", "by 2030")."""
    if is_since_bound(span) and span.start is not None:
        return interval(span.model_copy(update={"end": add_days(span.start, 1), "signal": None}))
    return interval(span) if is_point_in_time(span) else None


def earlier_occasions_set_apart(
    facts: dict, claims: Sequence, dates: list, texts: Mapping[str, str] | None = None
) -> None:
    """Take out of the incident's tolls and counts what a report tells of an earlier occasion: a
    sentence whose every time ends a month or more before the incident's earliest date, or before it
    for a month named ("in 2011, when 41 people died", "the strongest since 2009, when a
    tremor killed 41", "last year, 12 were shot", "In March, two men were killed")
    tells of another quake, fire or shooting than the story's. ``dates``: the incident's date claims;
    without any, nothing is taken out (a follow-up's incident may be its only time, months back)."""
    incident_days = [days for days in (interval(claim.value) for claim in dates) if days is not None]
    if not incident_days:
        return
    before = add_days(min(days[0] for days in incident_days), -CURRENT_DAYS)
    ends: dict[str, list[tuple[int, dt.date]]] = {}
    texts = texts or {}
    for claim in claims:
        if claim.kind == "time" and (days := named_days(claim.value)) is not None:
            text = texts.get(claim.source, "")
            if _BORN_BEFORE.search(text, max(0, claim.start - 40), claim.start) or (
                _ASIDE_BEFORE.search(text, max(0, claim.start - 40), claim.start)
                and _ASIDE_AFTER.match(text, claim.end)
            ):
                # "born in 1938, she recorded 40 albums", "the ban, imposed in 2021, affected 1,800
                # fishermen": a birth or an aside's past dates no occasion of the sentence's counts
                continue
            if is_since_bound(claim.value) and _THINGS_SINCE_BEFORE.search(
                text, max(0, claim.start - 40), claim.start
            ):
                continue  # "a recall of 2.1 million bikes sold since March 2023": their range reaches to now
            # a month named is read as written ("In March, two men were killed" is not a shooting of April
            # 18); a day may be a week off its report's, and a year ("last year") may be the season before
            # a January story's: they are held a month before
            end = add_days(days[1], -CURRENT_DAYS) if claim.value.granularity == "month" else days[1]
            ends.setdefault(claim.source, []).append((claim.start, end))
    for found in ends.values():
        found.sort()
    for key in [key for key in facts if key.attribute in _TOLLS_AND_COUNTS]:
        kept = [claim for claim in facts[key] if not _dated_before(claim, ends.get(claim.source, []), before)]
        if kept:
            facts[key] = kept
        else:
            del facts[key]


_ASIDE_BEFORE = re.compile(r",\s*(?:[a-z]+ed|built|begun|made|set\s+up)\s+[^,;.]{0,25}\Z")
_ASIDE_AFTER = re.compile(r"[^,;.]{0,20},")
# things a participle without an auxiliary describes by a bound ("models sold since", "cars built
# since"), not a tally of the period ("have been sold since") nor its occasion ("since 2009, when")
_THINGS_SINCE_BEFORE = re.compile(
    r"\b(?!(?:have|has|had|been|being|be|was|were|is|are)\b)[a-z]+\s+(?:[a-z]+ed|sold|made|built|bought|grown)"
    r"\s+since\s+\Z",
    re.I,
)
_BORN_BEFORE = re.compile(r"\bborn\b[^.;,]{0,30}\Z", re.I)  # "born in 1938", "Born in Hollin in 1938"
_TOLLS_AND_COUNTS = frozenset({"killed", "injured", "shot", "count"})


def _dated_before(claim, ends: Sequence[tuple[int, dt.date]], before: dt.date) -> bool:
    low = bisect.bisect_left(ends, (claim.sentence_start, dt.date.min))
    high = bisect.bisect_left(ends, (claim.sentence_end, dt.date.min))
    return high > low and all(end <= before for _, end in ends[low:high])


# "Saturday's shooting", "Friday night's fatal crash": a possessive time and the noun it dates
_POSSESSIVE_TIME_OF = re.compile(r"[\u2019']s\s+(?:[\w-]+\s+){0,2}[\w-]+\b")


def dates_the_incident_named_after(claim, text: str, incident: str | None) -> bool:
    """Whether a possessive time dates a noun of the story's incident ("the victim of Saturday's
    shooting"): the incident's date, whatever the verb of its sentence. Not of an incident of a series
    ("Wednesday's win" in the report of Saturday's game is the game before)."""
    after = _POSSESSIVE_TIME_OF.match(text, claim.end)
    if incident is None or incident in HARMLESS_INCIDENTS or after is None:
        return False
    family = incident_family(incident)
    return any(name in family for *_, name in event_words(after.group()))


# A year written in the clause after a statement: "died in 1994", "was killed in a crash in 2008"
_YEAR_IN_CLAUSE = re.compile(r"[^.;,]{0,60}?\b(1[89]\d\d|20\d\d)\b")


def told_long_ago(text: str, end: int, published: dt.date | None) -> bool:
    """Whether the clause that goes on at ``end`` dates what it tells more than a year before the
    report: "Her brother Ivo Marsh died in 1994" is no death of the news."""
    year = _YEAR_IN_CLAUSE.match(text, end)
    return published is not None and year is not None and int(year.group(1)) < published.year - 1


def the_day_of(claim):
    """A time told with its clock and its day ("at 1:40 a.m. Friday") as the day alone, as the date of
    what it times is compared (the clock is the time of day's fact): a reading ``<claim id>:day``."""
    day = claim.value.start
    value = claim.value.model_copy(
        update={"granularity": "day", "clock": None, "timex_type": "DATE", "timex_value": day.isoformat()}
    )
    return claim.model_copy(update={"id": f"{claim.id}:day", "value": value})
