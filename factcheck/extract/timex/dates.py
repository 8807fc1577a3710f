"""The values a time expression resolves to, and calendar arithmetic.

:class:`TimeMention` (a span of text and its value), the constructors of
:class:`~factcheck.records.TimeSpan` and :class:`~factcheck.records.Duration`
values with their TIMEX3 values, and the calendar helpers they use.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from factcheck.extract.timex.vocabulary import (
    _ISO_UNIT,
    _PARTS_OF_DAY,
    _SEASON_START_MONTH,
    _SMALL_NUMBERS,
    _TIME_UNITS,
    NEARLY_LOW,
)
from factcheck.records import Duration, TimeSpan


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A time expression: its span in the text and its normalised value.

    ``parts`` holds the endpoint mentions of a range ("from 2006 to 2017"),
    which TimeML tags one by one.
    """

    start: int
    end: int
    text: str
    value: TimeSpan | Duration
    parts: tuple[TimeMention, ...] = ()


# --------------------------------------------------------------------------
# Calendar helpers


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _month_start(year: int, month: int) -> dt.date:
    return dt.date(year, month, 1)


def _week_monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _week_value(day: dt.date) -> str:
    iso = day.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def _season_of(day: dt.date) -> tuple[int, str]:
    """The (year, season) containing ``day``; winter belongs to the year it starts in."""
    if day.month == 12:
        return day.year, "WI"
    if day.month <= 2:
        return day.year - 1, "WI"
    return day.year, ("SP", "SU", "FA")[(day.month - 3) // 3]


def _season_span(year: int, season: str) -> tuple[dt.date, dt.date]:
    first = dt.date(year, _SEASON_START_MONTH[season], 1)
    return first, _add_months(first, 3)


_GRANULARITY_RANK = {
    "time": 0, "day": 1, "week": 2, "month": 3, "season": 4, "quarter": 5, "year": 6, "decade": 7, "century": 8,
}  # fmt: skip


def _valid_year(year: int) -> bool:
    return 1 <= year <= 9998


# --------------------------------------------------------------------------
# Value constructors


def _span(
    start: dt.date | None,
    end: dt.date | None,
    granularity: str,
    value: str,
    anchor: str,
    *,
    timex_type: str = "DATE",
    **extra: object,
) -> TimeSpan:
    return TimeSpan(
        start=start,
        end=end,
        granularity=granularity,
        timex_value=value,
        anchor=anchor,
        timex_type=timex_type,
        **extra,
    )


def _day(day: dt.date, anchor: str, **extra: object) -> TimeSpan:
    return _span(day, day + dt.timedelta(days=1), "day", day.isoformat(), anchor, **extra)


def _month(year: int, month: int, anchor: str, **extra: object) -> TimeSpan:
    first = _month_start(year, month)
    return _span(first, _add_months(first, 1), "month", f"{year:04d}-{month:02d}", anchor, **extra)


def _year(year: int, anchor: str, **extra: object) -> TimeSpan:
    return _span(dt.date(year, 1, 1), dt.date(year + 1, 1, 1), "year", f"{year:04d}", anchor, **extra)


def _week(day: dt.date, anchor: str, *, weekend: bool = False, **extra: object) -> TimeSpan:
    monday = _week_monday(day)
    if weekend:
        return _span(monday + dt.timedelta(days=5), monday + dt.timedelta(days=7), "week",
                     _week_value(day) + "-WE", anchor, **extra)  # fmt: skip
    return _span(monday, monday + dt.timedelta(days=7), "week", _week_value(day), anchor, **extra)


def _unresolved(value: str, granularity: str = "day", **extra: object) -> TimeSpan:
    return _span(None, None, granularity, value, "unresolved", **extra)


def _in_part_of_day(value: TimeSpan, part: str | None) -> TimeSpan:
    """A day's span, or an unresolved one, narrowed to a part of the day ("Friday night", "Christmas
    night"); the span itself when no part is named."""
    if not part:
        return value
    base = value.timex_value if value.start is not None else "XXXX-XX-XX"
    return value.model_copy(
        update={"timex_type": "TIME", "timex_value": f"{base}T{_PARTS_OF_DAY[part.lower()]}"}
    )


def _number(text: str) -> float | None:
    """The value of a number in digits or words; ``None`` for vague ones ("several")."""
    words = " ".join(text.lower().split())
    half = 0.0
    if words.endswith(" and a half"):
        words, half = words[: -len(" and a half")], 0.5
    if words[:1].isdigit():
        whole, _, fraction = words.replace("-", " ").partition(" ")
        if fraction:  # "2 1/2", "2-1/2"
            numerator, _, denominator = fraction.partition("/")
            return float(whole) + int(numerator) / int(denominator) + half
        return float(words) + half
    if words in _SMALL_NUMBERS:
        return _SMALL_NUMBERS[words] + half
    tens, _, unit = words.partition("-")
    if tens in _SMALL_NUMBERS and unit in _SMALL_NUMBERS:
        return _SMALL_NUMBERS[tens] + _SMALL_NUMBERS[unit] + half
    return None


def _amount(number: float) -> str:
    return str(int(number)) if number == int(number) else f"{number:g}"


def _duration_value(number: float | None, unit: str, unit_word: str = "") -> str:
    """The TIMEX3 value of ``number`` ``unit`` (decades and centuries in years, as TimeML does)."""
    if unit_word == "quarter":
        return f"P{'X' if number is None else _amount(number / 3)}Q"
    if unit in ("decade", "century"):
        scale = 10 if unit == "decade" else 100
        return "PXY" if number is None else f"P{_amount(number * scale)}Y"
    prefix = "PT" if unit in _TIME_UNITS else "P"
    return f"{prefix}{'X' if number is None else _amount(number)}{_ISO_UNIT[unit]}"


def _duration(
    low: float | None,
    high: float | None,
    number: float | None,
    unit: str,
    modifier: str | None,
    signal: str | None,
    unit_word: str = "",
) -> Duration:
    return Duration(
        low=low,
        high=high,
        unit=unit,
        modifier=modifier,
        signal=signal,
        timex_value=_duration_value(number, unit, unit_word),
    )


def _ranged(number: float, modifier: str | None) -> tuple[float | None, float | None]:
    """The [low, high] a qualifier gives ``number``: "less than 5" is (0, 5), "more than 5" (5, None)."""
    if modifier == "LESS_THAN":
        return 0.0, number
    if modifier in ("MORE_THAN", "EQUAL_OR_MORE"):
        return number, None
    if modifier == "EQUAL_OR_LESS":
        return number * NEARLY_LOW, number
    return number, number


def _shift(day: dt.date, number: float, unit: str, sign: int) -> tuple[dt.date, str] | None:
    """``day`` moved by ``number`` ``unit``s and the granularity of the result."""
    whole = int(number)
    if whole != number or unit in _TIME_UNITS:
        return None
    try:
        if unit == "day":
            return day + dt.timedelta(days=sign * whole), "day"
        if unit == "week":
            return day + dt.timedelta(weeks=sign * whole), "week"
        if unit == "month":
            return _add_months(day, sign * whole), "month"
        years = whole * {"year": 1, "decade": 10, "century": 100}[unit]
        target = day.year + sign * years
        if not _valid_year(target):
            return None
        return dt.date(target, day.month, min(day.day, 28 if day.month == 2 else day.day)), "year"
    except (OverflowError, ValueError):
        return None


def _at_granularity(day: dt.date, granularity: str, anchor: str, **extra: object) -> TimeSpan:
    if granularity == "day":
        return _day(day, anchor, **extra)
    if granularity == "week":
        return _week(day, anchor, **extra)
    if granularity == "month":
        return _month(day.year, day.month, anchor, **extra)
    return _year(day.year, anchor, **extra)


def _mod_name(prefix: str) -> str:
    words = prefix.lower()
    if (
        "first half" in words
        or "beginning" in words
        or "start" in words
        or "early" in words
        or "turn" in words
    ):
        return "START"
    if (
        "end" in words
        or "close" in words
        or "late" in words
        or "second half" in words
        or "latter" in words
        or "last half" in words
    ):
        return "END"
    return "MID"


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
