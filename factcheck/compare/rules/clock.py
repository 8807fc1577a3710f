"""Two sources give times of day for the same event that cannot both hold.

What it finds: two clock times of one event (the story's incident) whose
windows do not overlap once each is widened by how it is written: "about
1:00 a.m." against "about 1:30 a.m.", "a little before 8 p.m." against
"about 8:15 p.m.", or a clock time and a part of the day: "Friday evening"
against "shortly after 1 p.m.".

How times are widened: an exact time on the five minutes ("8:45 p.m.") by 5
minutes either way (reports round to the nearest five), one off them ("8:49
p.m.": not rounded) by 3; "about", "around", "approximately" by 15
minutes on the hour and 10 minutes otherwise; "shortly, just or
a little before" by 30 minutes before, "shortly, just or a little after" by
30 minutes after. A part of the day allows a wide window: morning 00:00-12:00
("early Saturday morning" is after midnight), afternoon 12:00-18:30, evening
16:00-24:00 (a winter evening starts early), night 18:00-06:00.

Why: a time of day is single-valued for one occurrence of an event; half an
hour apart is beyond rounding.

Example: one report says the fire "broke out about 1 a.m.", another "at about
1:30 a.m.": 00:45-01:15 and 01:20-01:40 do not meet, so this is reported.

Not flagged: "around 9 p.m." and "8:49 p.m." (within the hedge); times in
different time zones ("20:49 GMT" and "3:49 p.m. ET"), or in GMT or UTC against a
time with no zone (the place's own: "0755 GMT" and "2:55 p.m."); times on different
days, unless both are clock times written with their weekdays on consecutive days ("11:30 p.m.
Saturday" against "shortly after 1 a.m. Sunday" is reported) or neither writes its day (each took
one from the words around it: "which struck at 11:30 a.m." after a sentence about Tuesday is
compared with "shortly after 10 a.m." as of one day); "11:50 p.m." and "12:05 a.m." (the
windows meet across midnight); two
parts of the day ("Saturday night" and "early Sunday morning"); times
of different events (the shooting and the arrest).

Configure: disable with ``disable = ["FC103"]`` in ``factcheck.toml`` (or ``[tool.factcheck]``).
"""

from __future__ import annotations

import re

from factcheck.compare.rules import Conflict, Rule, RuleContext
from factcheck.records import Severity
from factcheck.values import part_of_day_name

_APPROXIMATE = re.compile(r"\b(?:about|around|approximately|roughly|some|circa|nearly|almost)\s+$", re.I)
_BEFORE = re.compile(r"\b(?:shortly|just|a\s+little|a\s+bit|moments|minutes)\s+before\s+$", re.I)
_AFTER = re.compile(r"\b(?:shortly|just|a\s+little|a\s+bit|moments|minutes|soon)\s+after\s+$", re.I)
_ZONE = re.compile(r"\b(UTC|GMT|[ECMP][SD]?T|BST|CET|CEST)\b")
_UNIVERSAL = frozenset({"UTC", "GMT"})
_DAY = 24 * 60
_EXACT_MINUTES = 5
_UNROUNDED_MINUTES = 3
_HEDGE_ROUND = 15
_HEDGE_OTHER = 10
_SIDE = 30


def part_of_day(value) -> tuple[int, int] | None:
    """The minutes of the day a part of the day allows ("Friday evening": 16:00-23:59), widely, as
    reports use them loosely: a night runs from evening to dawn, across midnight."""
    name = part_of_day_name(value)
    return _PART_WINDOWS[name] if name else None


_PART_WINDOWS = {
    "morning": (0, 12 * 60),
    "afternoon": (12 * 60, 18 * 60 + 30),
    "evening": (16 * 60, _DAY - 1),
    "night": (18 * 60, 30 * 60),
}


def window(claim, ctx: RuleContext) -> tuple[int, int] | None:
    """The minutes of the day a clock claim, or a part of the day, allows, as (earliest, latest)."""
    if claim.kind != "time":
        return None
    clock = claim.value.clock
    part = part_of_day(claim.value)
    if part is not None:
        return part
    if not clock or not re.fullmatch(r"\d{1,2}:\d\d", clock):
        return None
    hours, minutes = map(int, clock.split(":"))
    at = hours * 60 + minutes
    text = ctx.texts.get(claim.source, "")
    before = text[max(0, claim.start - 30) : claim.start] if text else ""
    if _BEFORE.search(before):
        return at - _SIDE, at
    if _AFTER.search(before):
        return at, at + _SIDE
    if _APPROXIMATE.search(before) or claim.value.approximate or claim.value.signal == "about":
        spread = _HEDGE_ROUND if minutes == 0 else _HEDGE_OTHER
        return at - spread, at + spread
    if claim.value.modifier is not None:
        return None
    spread = _EXACT_MINUTES if minutes % 5 == 0 else _UNROUNDED_MINUTES
    return at - spread, at + spread


def windows_meet(first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Whether two windows of minutes of the day overlap, across midnight too."""
    return any(first[0] <= second[1] + shift and second[0] + shift <= first[1] for shift in (-_DAY, 0, _DAY))


def _clock_words(minutes: int) -> str:
    hours, minute = divmod(minutes % _DAY, 60)
    return f"{hours:02d}:{minute:02d}"


def check(a, b, ctx: RuleContext) -> Conflict | None:
    first, second = window(a, ctx), window(b, ctx)
    if first is None or second is None or (part_of_day(a.value) and part_of_day(b.value)):
        return None  # "Saturday night" and "early Sunday": two parts of the day are too loose to clash
    written = [m.group(1) if (m := _ZONE.search(claim.quote)) else None for claim in (a, b)]
    zones = {zone for zone in written if zone}
    if len(zones) > 1 or (zones & _UNIVERSAL and None in written):
        return None  # "0755 GMT" and "2:55 p.m." (local): the world's time and the place's
    days = (b.value.start - a.value.start).days if a.value.start and b.value.start else 0
    if days and a.value.anchor == b.value.anchor == "text":
        days = 0  # "the blasts, which struck at 11:30 a.m.": neither writes its day, each took one nearby
    if days:
        return _across_midnight(a, b, first, second, days)
    if windows_meet(first, second):
        return None
    return Conflict(
        f'"{a.quote}" allows {_clock_words(first[0])}-{_clock_words(first[1])} and "{b.quote}" '
        f"{_clock_words(second[0])}-{_clock_words(second[1])}: the windows do not meet."
    )


def _across_midnight(a, b, first: tuple[int, int], second: tuple[int, int], days: int) -> Conflict | None:
    """Two clock times each written with its weekday, on consecutive days ("11:30 p.m. Saturday" and
    "shortly after 1 a.m. Sunday"): compared as one stretch of time. Other times on different days are
    the date's rules' concern, and a time whose day is only its report's may be of the day before."""
    if abs(days) != 1 or part_of_day(a.value) or part_of_day(b.value):
        return None
    if not (_WRITES_ITS_DAY.search(a.quote) and _WRITES_ITS_DAY.search(b.quote)):
        return None
    later = (second[0] + days * _DAY, second[1] + days * _DAY)
    if first[0] <= later[1] and later[0] <= first[1]:
        return None
    return Conflict(
        f'"{a.quote}" allows {a.value.start:%A} {_clock_words(first[0])}-{_clock_words(first[1])} '
        f'and "{b.quote}" {b.value.start:%A} {_clock_words(second[0])}-{_clock_words(second[1])}: '
        "the windows do not meet."
    )


_WRITES_ITS_DAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


RULE = Rule(code="FC103", name="clock-time-mismatch", severity=Severity.warning, doc=__doc__, check=check)
