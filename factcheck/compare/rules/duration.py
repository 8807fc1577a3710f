"""Two sources give lengths of time for the same thing that cannot both be right.

What it finds: two durations of one fact of the story (the length of one
person's sentence, of one contract, of a fugitive's time on the run, of
someone's service: "a seven-year veteran of the force" against "has been with
the force for nine years") whose ranges do not overlap once both are in days:
"sentenced to 2 years" against "sentenced to 2 1/2 years", "after 9 years on
the run" against "a fugitive for 14 years".

Why: a sentence handed down, a contract signed, a term served, a flight
ended by an arrest has one length; two different lengths for it mean one
report is wrong.

Example: "He was sentenced to 2 years" in one report and "a 2-1/2 year
sentence" in another, about the same case: reported.

Not flagged: "less than five years" against "four years" (the bound holds);
"about a year" against "13 months" (a hedge widens the length by a tenth);
"a decade in hiding" against "11 years on the run" (one decade or century is a
round figure, widened by a quarter);
lengths of different things ("9 months to serve" of a "2-year sentence"; a
career, "a nine-year veteran", and the years with one employer); a service
told up to another time ("a three-year veteran at the time").

Configure: disable with ``disable = ["FC203"]`` in ``factcheck.toml`` (or ``[tool.factcheck]``).
"""

from __future__ import annotations

from factcheck.compare.rules import Conflict, Rule, RuleContext
from factcheck.records import Severity

_DAYS = {
    "second": 1 / 86400,
    "minute": 1 / 1440,
    "hour": 1 / 24,
    "day": 1,
    "week": 7,
    "month": 30.44,
    "year": 365.25,
    "decade": 3652.5,
    "century": 36525,
}
_HEDGE = 0.1
# One of a long unit ("a decade", "a century") is said of a length near it, as a round figure
_ROUND_UNITS = frozenset({"decade", "century"})
_ROUND_ONE = 0.25
# Months and years are not whole numbers of days: "24 months" is 2 years give or take a day.
_UNITS_SLACK = 0.01


def _days(claim) -> tuple[float, float] | None:
    value = claim.value
    if value.low is None and value.high is None:
        return None
    scale = _DAYS[value.unit]
    low = (value.low or 0) * scale
    high = value.high * scale if value.high is not None else float("inf")
    slack = (
        _HEDGE if value.modifier in ("APPROX", "ABOUT") or "about" in claim.quote.lower() else _UNITS_SLACK
    )
    if value.unit in _ROUND_UNITS and value.low == value.high == 1:
        slack = max(slack, _ROUND_ONE)  # "after a decade in hiding": a round figure, not ten years to the day
    return low * (1 - slack), high * (1 + slack)


def check(a, b, ctx: RuleContext) -> Conflict | None:
    if a.kind != "duration" or b.kind != "duration":
        return None
    first, second = _days(a), _days(b)
    if first is None or second is None or (first[0] <= second[1] and second[0] <= first[1]):
        return None
    return Conflict(f'"{a.quote}" and "{b.quote}" are different lengths of time for one thing.')


RULE = Rule(code="FC203", name="duration-mismatch", severity=Severity.warning, doc=__doc__, check=check)
