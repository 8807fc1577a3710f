"""The day an age "at the age of N" is told of, when its sentence dates it in a past year.

"She made her first film in 1958, at the age of 17" gives her age in 1958, not on the day the
report was published: compared as of publication, it would be a person's age shrinking from one
report to the next, or within one. An age of the sentence's event ("at the age of 17", "died in
1990, aged 47") is dated (``Age.as_of``) by the first day of the time its sentence gives it, the day
from which it may have grown the most by the news: the nearest written time before the age in its
sentence, else the nearest after it, when that time ended more than a year before publication
("died on Tuesday at the age of 85" stays an age of the news). An age of the other forms ("Ivo
Marsh, 38, jailed in 2019") is the person's age at publication, as news writes it, whatever year
its sentence names.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from factcheck.records import AgeClaim, Claim, TimeClaim

# The forms that tell the age at the sentence's event: "at the age of 17", "died in 1990, aged 47"
_AT_AGE_RE = re.compile(
    r"(?:at\s+)?(?:the\s+)?age\s+of\b|at\s+age\b|(?:died|dies|dead|passed\s+away|aged)\b", re.IGNORECASE
)
# How long before publication a time must have ended to be another time than the news's
_PAST = dt.timedelta(days=366)


def dated_ages(ages: Sequence[AgeClaim], times: Sequence[Claim], published: dt.date | None) -> list[AgeClaim]:
    """``ages``, each "at the age of N" dated by the past year its sentence names."""
    written = [c for c in times if isinstance(c, TimeClaim) and c.value.anchor == "absolute" and c.value.end]
    if published is None or not written:
        return list(ages)
    return [_dated(age, written, published) for age in ages]


def _dated(claim: AgeClaim, times: Sequence[TimeClaim], published: dt.date) -> AgeClaim:
    if not _AT_AGE_RE.match(claim.quote):
        return claim
    sentence = [t for t in times if t.sentence_start == claim.sentence_start]
    before = [t for t in sentence if t.end <= claim.end]
    after = [t for t in sentence if t.start >= claim.end]
    then = max(before, key=lambda t: t.end) if before else min(after, key=lambda t: t.start, default=None)
    if then is None or then.value.end > published - _PAST:
        return claim
    return claim.model_copy(update={"value": claim.value.model_copy(update={"as_of": then.value.start})})
