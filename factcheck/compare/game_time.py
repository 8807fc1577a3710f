"""When in a game a play happened, as recaps write it: the period ("in the third quarter", "late in
the first half", "a second-quarter touchdown", "in overtime") and the game clock ("with 11:42 to play
in the third quarter", "with 4 minutes, 48 seconds remaining", "with just over four minutes left").

A period is a part of the game, not of the calendar: "the third quarter" of a match report is no
date. Halves are read in quarters (the second half is the third and fourth quarters), so that a
half and a quarter compare; periods of other sports (hockey's periods, baseball's innings) compare
only with their own kind, and overtime with every period of regulation.

A clock is the time left, in the period it names, in the game, or in none ("with 3:15 to go"). A
clock written to the second is read to within :data:`CLOCK_SLACK` seconds (reports read the clock
at the snap or at the whistle); in whole minutes ("with four minutes left") it is a range, as
hedged as its words ("just over four minutes": four to four and a half).

Not the time of a play: a period a sentence enters or leaves ("tied 17-17 heading into the fourth
quarter", "led after three quarters", "at halftime"): the score at a boundary, not when the score
was made.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.numbers import WORD_NUMBERS

# How far apart two readings of the clock for one play may be: the snap and the whistle.
CLOCK_SLACK = 15

_ORDINAL = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "5th": 5,
    "sixth": 6,
    "6th": 6,
    "seventh": 7,
    "7th": 7,
    "eighth": 8,
    "8th": 8,
    "ninth": 9,
    "9th": 9,
}
_ORDINAL_WORD = "|".join(sorted(_ORDINAL, key=len, reverse=True))
_UNITS = "quarter|half|period|inning"
# "in the third quarter", "late in the 4th quarter", "early in the second half", "a second-quarter score"
_PERIOD = re.compile(
    rf"\b(?P<ord>{_ORDINAL_WORD})[- ](?P<unit>{_UNITS})\b|\b(?P<ot>overtime|extra\s+time|(?-i:OT))\b",
    re.I,
)
# "heading into the fourth quarter", "after three quarters", "at the end of the third quarter": a boundary
_BOUNDARY_BEFORE = re.compile(
    r"\b(?:into|entering|enter|entered|starting|start\s+of|end\s+of|close\s+of|until|through|before|"
    r"after|since|beginning\s+of|begin)\s+(?:the\s+)?\Z",
    re.I,
)
_COUNT = r"\d{1,2}|" + "|".join(WORD_NUMBERS)
_LEFT = r"(?:to\s+play|to\s+go|left|remaining|on\s+the\s+clock)"
# "with 11:42 to play", "with 4 minutes, 48 seconds remaining", "with just over four minutes left",
# "with 29 seconds left"
_CLOCK = re.compile(
    r"\bwith\s+(?:(?P<hedge>just\s+(?:over|under)|just\s+more\s+than|just\s+less\s+than|about|around|"
    r"roughly|nearly|almost|under|over|less\s+than|more\s+than)\s+)?(?:"
    rf"(?P<mm>\d{{1,2}}):(?P<ss>[0-5]\d)(?:\s+minutes?)?|(?P<min>{_COUNT})\s+minutes?"
    rf"(?:,?\s+(?:and\s+)?(?P<sec>{_COUNT}|\d{{2}})\s+seconds?)?|(?P<only>\d{{1,2}})\s+seconds?)"
    rf"\s+{_LEFT}(?P<scope>\s+(?:in|of)\s+(?:the\s+)?(?:(?P<sord>{_ORDINAL_WORD})[- ](?P<sunit>{_UNITS})|"
    r"(?P<game>game|regulation|the\s+game|match|contest)))?",
    re.I,
)


@dataclass(frozen=True)
class Period:
    """A part of a game: quarters ``first``..``last`` (a half is two), or one of another ``unit``."""

    unit: str
    first: int
    last: int

    @property
    def id(self) -> str:
        return f"period:{self.unit}:{self.first}-{self.last}"

    @property
    def name(self) -> str:
        if self.unit == "overtime":
            return "overtime"
        if self.unit == "quarter" and self.last > self.first:
            return f"the {_ordinal_name(self.last // 2)} half"
        return f"the {_ordinal_name(self.first)} {self.unit}"


@dataclass(frozen=True)
class Clock:
    """Time left, ``[low, high]`` seconds, in ``scope``: a period's id, "game", or "" (none said)."""

    scope: str
    low: int
    high: int
    written: str

    @property
    def id(self) -> str:
        return f"clock:{self.scope}:{self.low}:{self.high}"


def _ordinal_name(number: int) -> str:
    return next(word for word, n in _ORDINAL.items() if n == number and word.isalpha())


def period_of(ordinal: str, unit: str) -> Period | None:
    number = _ORDINAL[ordinal.lower()]
    unit = unit.lower()
    if unit == "half":
        return Period("quarter", 2 * number - 1, 2 * number) if number <= 2 else None
    if unit == "quarter":
        return Period("quarter", number, number) if number <= 4 else None
    return Period(unit, number, number)


def periods_in(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, Period]]:
    """The periods a text names as when something happened, with where: not boundaries ("heading into
    the fourth quarter"), nor counts ("three quarters")."""
    found = []
    for match in _PERIOD.finditer(text, start, len(text) if end is None else end):
        if _BOUNDARY_BEFORE.search(text, max(0, match.start() - 25), match.start()):
            continue
        if match["ot"]:
            found.append((match.start(), match.end(), Period("overtime", 0, 0)))
            continue
        period = period_of(match["ord"], match["unit"])
        if period is not None:
            found.append((match.start(), match.end(), period))
    return found


def compatible_periods(a: Period, b: Period) -> bool | None:
    """Whether two periods may be the same time of one game; None when they cannot be compared (a
    hockey period and a quarter)."""
    if "overtime" in (a.unit, b.unit):
        return a.unit == b.unit
    if a.unit != b.unit:
        return None
    return a.first <= b.last and b.first <= a.last


def _count(word: str) -> int:
    return int(word) if word.isdigit() else WORD_NUMBERS[word.lower()]


def clocks_in(
    text: str, start: int = 0, end: int | None = None
) -> list[tuple[int, int, Clock, Period | None]]:
    """The game clocks a text gives, with where, and the period each names (if any)."""
    found = []
    for match in _CLOCK.finditer(text, start, len(text) if end is None else end):
        hedge = (match["hedge"] or "").lower().split()
        if match["mm"]:
            seconds = int(match["mm"]) * 60 + int(match["ss"])
            low, high = seconds - CLOCK_SLACK, seconds + CLOCK_SLACK
        elif match["only"]:
            seconds = int(match["only"])
            low, high = seconds - CLOCK_SLACK, seconds + CLOCK_SLACK
        else:
            seconds = _count(match["min"]) * 60 + (_count(match["sec"]) if match["sec"] else 0)
            if match["sec"]:
                low, high = seconds - CLOCK_SLACK, seconds + CLOCK_SLACK
            elif hedge[-1:] in (["over"], ["than"]) and hedge[-2:] != ["less", "than"]:
                low, high = seconds, seconds + 45  # "just over four minutes"
            elif hedge[-1:] in (["under"], ["almost"], ["nearly"]) or hedge[-2:] == ["less", "than"]:
                low, high = seconds - 45, seconds  # "just under five minutes"
            else:
                low, high = seconds - 59, seconds + 59  # "four minutes left": read from a clock of 3:01-4:59
        hedged = bool(hedge)
        if hedged and (match["mm"] or match["only"] or match["sec"]):
            low, high = low - 45, high + 45
        period = period_of(match["sord"], match["sunit"]) if match["sord"] else None
        scope = period.id if period is not None else ("game" if match["game"] else "")
        written = text[match.start() + len("with ") : match.end()]
        found.append((match.start(), match.end(), Clock(scope, max(0, low), high, written), period))
    return found


def clock_from_id(identifier: str) -> tuple[str, int, int] | None:
    """The scope and range of a :class:`Clock` from its id."""
    parts = identifier.split(":")
    if len(parts) < 4 or parts[0] != "clock":
        return None
    return ":".join(parts[1:-2]), int(parts[-2]), int(parts[-1])


def period_from_id(identifier: str) -> Period | None:
    """The :class:`Period` of its id."""
    parts = identifier.split(":")
    if len(parts) != 3 or parts[0] != "period":
        return None
    first, _, last = parts[2].partition("-")
    return Period(parts[1], int(first), int(last))
