"""One person is given two ages that the publication dates cannot explain.

What it finds: two ages of one person ("Robert Buckley, 32" and "31-year-old
Robert Buckley") that no single birth date can produce at the two
publication dates.

Why: an age is the number of whole years since birth; between two
publication dates d1 <= d2 it can grow by at most the whole years between
them, or one more if a birthday falls in between, and it never shrinks. A
later report may still give the age at the time of the events, so an age
that stays the same across publication dates is not flagged.

Example: both reports published on 2021-05-04: "Jane Doe, 32" against
"31-year-old Jane Doe" is reported.

Reports a few days apart tell the age at the same events: "24" on Monday
and "25" on Wednesday is reported too, as only a birthday in those two days
would explain it (within a week: a chance of a few in a hundred).

Not flagged: "31" in a story of January and "32" in one of December of the
same year (a birthday in between); two people who only share a surname
(ages are compared only for one canonical person). When a publication date
is missing the ages may differ by ``age_years_without_dates`` (default 1)
without being flagged.

Configure: ``disable = ["FC301"]`` in ``factcheck.toml``; from Python,
``Tolerances(age_years_without_dates=0)`` flags every difference when dates
are unknown.
"""

from __future__ import annotations

import datetime as dt

from factcheck.compare.rules import Conflict, Rule, RuleContext
from factcheck.records import Severity

# Reports this few days apart tell one person's age at the same events: a year more in the later one is
# far more often a slip than a birthday that fell in between (a chance of a few in a hundred).
BIRTHDAY_WINDOW_DAYS = 7


def _whole_years(earlier: dt.date, later: dt.date) -> int:
    years = later.year - earlier.year
    if (later.month, later.day) < (earlier.month, earlier.day):
        years -= 1
    return years


def possible_growth(earlier: dt.date, later: dt.date) -> tuple[int, int]:
    """How many years an age can grow between two dates: up to the whole years, or one more.

    It may also not grow at all: a later report often gives the age at the
    time of the events ("17-year-old" in a report of the trial years later).
    """
    whole = _whole_years(earlier, later)
    return 0, whole + 1 if later > earlier else whole


def check(a, b, ctx: RuleContext) -> Conflict | None:
    if a.kind != "age" or b.kind != "age":
        return None
    date_a = a.value.as_of or ctx.published_of(a)
    date_b = b.value.as_of or ctx.published_of(b)
    years_a, years_b = a.value.years, b.value.years
    # a person written by role on one side ("a 34-year-old hiker") is named by the other's name
    person = next((p for p in (a.value.person, b.value.person) if not p.islower()), a.value.person)
    if date_a is None or date_b is None:
        if abs(years_a - years_b) <= ctx.tolerances.age_years_without_dates:
            return None
        return Conflict(
            f"{person} is {years_a} in one source and {years_b} in the other; without both publication "
            f"dates a difference of more than {ctx.tolerances.age_years_without_dates} year cannot be explained."
        )
    if date_a == date_b:
        if years_a == years_b:
            return None
        return Conflict(f"{person} is {years_a} and {years_b} on the same date ({date_a.isoformat()}).")
    if date_b < date_a:
        (date_a, years_a), (date_b, years_b) = (date_b, years_b), (date_a, years_a)
    low, high = possible_growth(date_a, date_b)
    days = (date_b - date_a).days
    if years_b - years_a == high == 1 and days <= BIRTHDAY_WINDOW_DAYS:
        return Conflict(
            f"{person} is {years_a} as of {date_a.isoformat()} and {years_b} as of {date_b.isoformat()}; only a "
            f"birthday in the {days} day{'s' if days > 1 else ''} between would explain it."
        )
    if low <= years_b - years_a <= high:
        return None
    if low == high:
        allowed = f"the age must stay {years_a}"
    else:
        allowed = f"the age can only be {years_a} to {years_a + high}"
    return Conflict(
        f"{person} is {years_a} as of {date_a.isoformat()} and {years_b} as of {date_b.isoformat()}; "
        f"{allowed} by {date_b.isoformat()}."
    )


RULE = Rule(code="FC301", name="age-mismatch", severity=Severity.error, doc=__doc__, check=check)
