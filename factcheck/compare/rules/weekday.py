"""Two sources name different weekdays for the same event.

What it finds: two claims about the time of one event that name a weekday
(or a date whose weekday is known, against a bare weekday) and the weekdays
differ: "died on Thursday" against "died on Friday".

Why: news copy often dates an event only by its weekday; a weekday that
cannot be resolved to a date can still be compared with another weekday.

Example: one report says the victim "died Thursday", another published the
same week says she "died on Friday": reported, naming both weekdays and the
dates they resolve to.

Not flagged: a weekday that cannot be resolved (no publication date) with
"last", "next" or "this" against another (they may lie in different weeks);
the same weekday resolved to different weeks (a resolution
artefact of different publication dates, not a disagreement); adjacent days
when the earlier day is told late or the later one early ("late Friday" and
"early Saturday", "Friday night" and "Saturday" may be the same moment around
midnight). "Friday evening" against "Thursday" is reported: an evening is no
earlier than the night before; so is "Friday night" against "Thursday night".

Configure: disable with ``disable = ["FC102"]`` in ``factcheck.toml`` (or ``[tool.factcheck]``).
"""

from __future__ import annotations

import re

from factcheck.compare.rules import Conflict, Rule, RuleContext
from factcheck.records import Severity
from factcheck.values import WEEKDAYS, describe_span, is_point_in_time

_RELATIVE = re.compile(r"\b(last|next|this|past|coming|previous|following)\b", re.IGNORECASE)
# the earlier of two adjacent days told late, or the later one early: one moment around midnight
_LATE = re.compile(r"\b(night|overnight|midnight|late|evening)\b", re.IGNORECASE)
_EARLY = re.compile(r"\b(early|overnight|midnight|dawn)\b", re.IGNORECASE)
# the later day told at its own end: "Friday night" is no moment of the night before
_EVENING = re.compile(r"\b(night|evening|late)\b", re.IGNORECASE)


def _weekday(claim) -> int | None:
    """The weekday the claim names, or of the single day it resolves to.

    An unresolved weekday counts only when the quote writes it: "2:30 a.m."
    given the weekday of a later "Sunday" in the sentence is a guess.
    """
    span = claim.value
    if span.weekday is not None and span.start is None:
        return span.weekday if WEEKDAYS[span.weekday][:3].lower() in claim.quote.lower() else None
    if span.weekday is not None:
        return span.weekday
    if span.start is not None and span.end is not None and (span.end - span.start).days == 1:
        return span.start.weekday()
    return None


def check(a, b, ctx: RuleContext) -> Conflict | None:
    if a.kind != "time" or b.kind != "time":
        return None
    both_weekdays = a.value.weekday is not None and b.value.weekday is not None
    one_unresolved = a.value.start is None or b.value.start is None
    if not both_weekdays and not (
        one_unresolved and (a.value.weekday is not None or b.value.weekday is not None)
    ):
        return None
    if not (is_point_in_time(a.value) and is_point_in_time(b.value)):
        return None
    if (a.value.start is None or b.value.start is None) and (
        _RELATIVE.search(a.quote) or _RELATIVE.search(b.quote)
    ):
        # Unresolved, "last Thursday" and "Wednesday" may lie in different weeks.
        return None
    first, second = _weekday(a), _weekday(b)
    if first is None or second is None or first == second:
        return None
    if (first - second) % 7 in (1, 6):
        earlier, later = (b, a) if (first - second) % 7 == 1 else (a, b)
        told_late = _LATE.search(ctx.sentence(earlier)) and not _EVENING.search(later.quote)
        if told_late or _EARLY.search(ctx.sentence(later)):
            return None
    return Conflict(f"{_named(a.value, first)} and {_named(b.value, second)} are different days.")


def _named(span, weekday: int) -> str:
    described = describe_span(span)
    return described if WEEKDAYS[weekday] in described else f"{WEEKDAYS[weekday]} ({described})"


RULE = Rule(code="FC102", name="weekday-mismatch", severity=Severity.error, doc=__doc__, check=check)
