"""The day each report gives its incident, read with the clock time it gives it.

A report that tells the incident's time with its day ("about 3:30 a.m. Sunday",
"at 9:30 p.m. Monday") has told its day most precisely: the date the same report
writes elsewhere may be the night the incident belongs to loosely ("Saturday
night" for 3:30 a.m. Sunday), another event's (an earlier shooting "on June 20",
a death days later) or the page's ("Today: cloudy"). A clock time alone ("12:44
p.m.") has a day only by guess (the publication's), and does not count.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

# A word of a time expression that names its day: "Sunday", "today", "Aug. 22", "6/28".
_DAY_WORD = re.compile(
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?|\b(?:today|yesterday|tonight)\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}/\d{1,2}\b",
    re.I,
)
# How far before a clock time a day word still gives its day: "on Monday at approximately 11:28 pm".
_BEFORE_CHARS = 25


def names_its_day(claim, text: str) -> bool:
    """Whether a clock time's words name its day ("3:30 a.m. Sunday"), or the words just before it in
    its sentence ("on Monday at about 11:30 p.m."), not only the hour."""
    if claim.value.start is None:
        return False
    before = text[max(claim.sentence_start, claim.start - _BEFORE_CHARS) : claim.start]
    return bool(_DAY_WORD.search(claim.quote) or _DAY_WORD.search(before))


def dated_by_clock(dates: list, times: list, direct: set[str], texts: Mapping[str, str]) -> tuple[list, list]:
    """The incident's date claims, each report's set by the earliest incident time it gives with its day
    in a clause that names the incident itself (``times``: the incident's time claims, ``direct``: the
    ids of claims told with the incident's own word; "shots were fired at 3:30 a.m. Sunday", not
    "police sent an update at 1 a.m. Sunday"): its date claims of that day stay; where it gives none,
    a date read from the time stands for the report (id ``<time id>:day``, the time's quote). Reports
    that give no such time keep their dates. Returns the claims kept and the readings made."""
    clocked: dict[str, list] = {}
    for claim in times:
        if claim.id in direct and names_its_day(claim, texts[claim.source]):
            clocked.setdefault(claim.source, []).append(claim)
    kept, made = [], []
    for source in sorted({c.source for c in dates} | set(clocked)):
        own = [c for c in dates if c.source == source]
        if source not in clocked:
            kept.extend(own)
            continue
        first = min(clocked[source], key=lambda c: (c.value.start, c.value.clock or ""))
        day = first.value.start
        agreeing = [c for c in own if c.value.start == day]
        if agreeing:
            kept.extend(agreeing)
            continue
        value = first.value.model_copy(
            update={"granularity": "day", "clock": None, "timex_type": "DATE", "timex_value": day.isoformat()}
        )
        reading = first.model_copy(update={"id": f"{first.id}:day", "value": value})
        kept.append(reading)
        made.append(reading)
    return kept, made
