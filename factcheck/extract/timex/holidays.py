"""Holidays named as days: "on Christmas Eve", "on New Year's Day", "the Fourth of July", "on
Thanksgiving", "Easter Sunday", "Memorial Day", "Halloween night".

A holiday is the one nearest the report's publication that its sentence's tense allows: the last one in
a sentence of the past ("was shot on Christmas Eve" in a report of January 3: the last year's), the
next in one of the future, else the nearest. Holidays fixed in the calendar
are their date; Thanksgiving (the fourth Thursday of November), Memorial Day (the last Monday of May),
Labor Day (the first Monday of September), Mother's Day and Father's Day (the second Sunday of May, the
third of June) and Easter (the Gregorian computus) move with the year. A holiday is a day only after a word that dates ("on", "over", "before"): "Christmas shopping", "a
Halloween party" and "the Easter Sunday shooting" (mostly another one, told as background) date nothing.
"""

from __future__ import annotations

import datetime as dt
import re

from factcheck.extract.timex.dates import TimeMention, _day, _in_part_of_day, _unresolved
from factcheck.extract.timex.scanner import _Scanner

_FIXED = {
    "christmas eve": (12, 24),
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
    "halloween": (10, 31),
    "independence day": (7, 4),
    "the fourth of july": (7, 4),
    "valentine's day": (2, 14),
    "veterans day": (11, 11),
}
# (month, weekday, which: 1 the first ... -1 the last)
_MOVING = {
    "thanksgiving": (11, 3, 4),
    "thanksgiving day": (11, 3, 4),
    "memorial day": (5, 0, -1),
    "labor day": (9, 0, 1),
    "labour day": (9, 0, 1),
    "mother's day": (5, 6, 2),
    "father's day": (6, 6, 3),
}
_DATING_WORDS = frozenset("on over before after until till since by through during this last".split())
# "New Years Eve", "Mothers Day", "Father’s Day": one name, however the possessive is written
_POSSESSOR = re.compile(r"\b(year|valentine|mother|father)(?:['’]s|s)?\b")


def _nth_weekday(year: int, month: int, weekday: int, which: int) -> dt.date:
    if which > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (which - 1))
    last = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def easter(year: int) -> dt.date:
    """Easter Sunday of ``year`` (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 (the computus's own letters)
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    return dt.date(year, month, (h + l - 7 * m + 33 * month + 19) % 32)


def holiday_in(name: str, year: int) -> dt.date | None:
    """The date of the holiday ``name`` (lower case, "easter sunday" or "easter") in ``year``."""
    if name in _FIXED:
        return dt.date(year, *_FIXED[name])
    if name in _MOVING:
        return _nth_weekday(year, *_MOVING[name])
    if name in ("easter", "easter sunday"):
        return easter(year)
    return None


class _HolidayForms(_Scanner):
    """The form of holidays named as days."""

    def _form_holiday(self, m: re.Match[str], s: int, e: int) -> TimeMention | None:
        name = " ".join(_POSSESSOR.sub(r"\1's", m["hol"].lower()).split())
        if self._preceding_word(s, m.start()) not in _DATING_WORDS:
            return None  # "Christmas shopping", "a Halloween party", "the Easter Sunday shooting"
        if self.dct is None:
            fixed = _FIXED.get(name)
            value = _unresolved(f"XXXX-{fixed[0]:02d}-{fixed[1]:02d}" if fixed else "XXXX-XX-XX")
        else:
            days = [
                d for year in range(self.dct.year - 1, self.dct.year + 2) if (d := holiday_in(name, year))
            ]
            tense = self._tense(s, e, m.start())
            # a past sentence's holiday is the last one, a future's the next; else the nearest
            told = [d for d in days if (d <= self.dct if tense < 0 else d >= self.dct if tense > 0 else True)]
            day = min(told or days, key=lambda d: (abs((d - self.dct).days), d > self.dct))
            value = _day(day, "publication")
        return self._finish(m, s, _in_part_of_day(value, m["hol_pod"]))
