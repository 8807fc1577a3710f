"""Two sources give different times for the same event.

What it finds: two claims about the time of one event (the same death, the
same crash, the visit the story is about) whose time spans do not overlap
once both are read at the coarser granularity of the two. Relative
expressions ("yesterday", "last September", "four months ago") are compared
after they have been resolved against each source's publication date.

Why: a date is single-valued for one occurrence of an event; if the spans are
disjoint, at least one source is wrong.

Example: one source says a bridge collapsed "on 3 March 2021", another "in
April 2021": March and April are disjoint at the month level, so this is
reported.

Not flagged: "May 2022" and "2022" (May lies inside 2022 at the coarser,
yearly granularity); "1991" and "the early 1990s"; an approximate date
("around 1950") against the neighbouring unit ("1951"); bounds rather than
dates ("since 2019", "before June"); a month named without its year ("in May")
against another unless neither report is dated (then both are read in one
year: the reports of one story are of one time); different occurrences of a repeatable
event (two visits, two summits): those are handled by the recurrence rule
FC401. Two weekdays are left to FC102.

Configure: disable with ``disable = ["FC101"]`` in ``factcheck.toml`` (or ``[tool.factcheck]``).
"""

from __future__ import annotations

import re

from factcheck.compare.rules import Conflict, Rule, RuleContext
from factcheck.records import Severity
from factcheck.values import MONTHS, coarser, describe_span, interval, is_point_in_time


def check(a, b, ctx: RuleContext) -> Conflict | None:
    if a.kind != "time" or b.kind != "time":
        return None
    if a.value.weekday is not None and b.value.weekday is not None:
        return None
    if not (is_point_in_time(a.value) and is_point_in_time(b.value)):
        return None
    months = _bare_month(a.value), _bare_month(b.value)
    if None not in months and ctx.published_of(a) is None and ctx.published_of(b) is None:
        if months[0] == months[1]:
            return None
        return Conflict(
            f"{MONTHS[months[0] - 1]} and {MONTHS[months[1] - 1]} are different months, read in the same year: "
            "neither report is dated, and reports of one story speak of the same year."
        )
    granularity = coarser(a.value, b.value)
    first, second = interval(a.value, granularity), interval(b.value, granularity)
    if first is None or second is None:
        return None
    if first[0] < second[1] and second[0] < first[1]:
        return None
    return Conflict(
        f"{describe_span(a.value)} and {describe_span(b.value)} do not overlap even at the coarser "
        f"granularity ({granularity})."
    )


def _bare_month(value) -> int | None:
    """The month of a month named without its year in an undated report ("in May": ``XXXX-05``)."""
    found = re.fullmatch(r"XXXX-(\d\d)", value.timex_value or "")
    return int(found.group(1)) if found else None


RULE = Rule(code="FC101", name="time-mismatch", severity=Severity.error, doc=__doc__, check=check)
