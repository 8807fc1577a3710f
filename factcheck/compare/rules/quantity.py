"""Two sources give numbers for the same measured thing that cannot both be right.

What it finds: two quantities of the same thing (people killed in one crash,
the depth of one quake, the length of one bridge) whose ranges do not overlap
after converting units and reading hedges as ranges. "About 50" and "dozens",
"at least 12", "over 11,000", "nearly 600" are ranges; an exact count is a
point.

Why: a measured value of one thing at one time is single-valued.

Example: "10 people were killed" against "12 people died" in the same crash
(exact counts that differ); a quake "10 km deep" against "100 km deep" (a
factor of ten); "1.2 miles" against "12 miles".

Not flagged: hedged numbers that overlap ("dozens" and "about 50"); the same
length in different units ("600 metres" and "2,000 feet": 2,000 is read as
rounded to the thousand, and 600 m is 1,969 ft); different things (people
killed and people injured are different facts); a toll that rises between an
earlier and a later publication, or a value the sentence states as revised
("raised the toll to 12", "revised to 4.2"): those are updates. Numbers
attributed to different speakers who disagree are reported by FC802 as a
dispute instead. A count told only by "several", "a few" or "a handful"
against a number is reported at info: such a word often counts a part of the
whole ("searched several villages" against "30 villages damaged").

Each side is widened by its rounding or by the measure's relative tolerance,
whichever is wider: "$5.4 billion" stands for 5.35 to 5.45 billion, so it
agrees with "$5.5 billion" and not with "$5.6 billion"; a whole "89 percent"
stands for 88.5 to 89.5 percent against "89.2 percent", which it may be
rounded from (not against "90 percent", written to the same place). Two
round numbers of one figure that meet only at the half between them
disagree: "$2 million" and "$3 million" could both be right only of exactly
2.5 million, which news writes as "$2.5 million". Counts are
read as rounded only to the hundred or more ("about 2,000 people"), and a
number under 100 as exact ("10 km deep" is not "12 km deep"). The
relative tolerance is for a conversion or a hedge: two exact numbers in one
unit are widened by their rounding alone, so "a 6.1-inch screen" and "a
6.3-inch screen" disagree.

Configure: tolerances per measure in ``factcheck.toml``:
``[tolerances.relative]`` (a fraction of the larger value, e.g. ``length =
0.05``; counts default to 0, money to 0.01, other measures to 0.02) and
``[tolerances.absolute]`` (in the measure's base unit; magnitude defaults to
0.05). From Python, ``Tolerances(rounding=False)`` reads "2,000" as exact.
``disable = ["FC201"]`` turns the rule off.
"""

from __future__ import annotations

import math

from factcheck.compare.rules import Conflict, Rule, RuleContext
from factcheck.records import Severity
from factcheck.values import (
    base_unit_symbol,
    describe_quantity,
    quantity_range,
    rounding_step,
)


def _widened(
    quantity, ctx: RuleContext, against_decimals: int = 0, as_written: bool = False
) -> tuple[float, float]:
    """The range a quantity may stand for: widened by its rounding ("$5.4 billion": to the hundred
    million; a whole "89 percent" against "89.2 percent": to the unit; "6.3" against "6.25": to the
    tenth) or by the measure's tolerance, whichever is wider, and by the absolute tolerance.
    ``against_decimals``: the decimal places the other side is written to. ``as_written``: both sides
    exact in one unit, so no conversion or hedge calls for the built-in relative tolerance."""
    low, high = quantity_range(quantity)
    tolerances = ctx.tolerances
    rounding = 0.0
    if tolerances.rounding and quantity.exact and quantity.low is not None and quantity.low == quantity.high:
        step = rounding_step(quantity.low) or _coarser_by(quantity.low, against_decimals)
        if quantity.measure != "count" or step >= 50:
            scale = (quantity.si_low / quantity.low) if quantity.si_low is not None and quantity.low else 1.0
            rounding = step * scale
    magnitude = (
        max(abs(x) for x in (low, high) if math.isfinite(x)) if any(map(math.isfinite, (low, high))) else 0
    )
    relative = tolerances.relative_for(quantity.measure, as_written) * (magnitude + rounding)
    slack = max(rounding, relative) + tolerances.absolute_for(quantity.measure)
    return low - slack, high + slack


def _in_base_units(quantity) -> str:
    """The range of ``quantity`` as compared with a measure in another unit: in the base unit ("185
    nautical miles" against "300 km": "342,620 m")."""
    low, high = quantity_range(quantity)

    def number(x: float) -> str:
        if abs(x) < 1e6:
            return f"{x:,.6g}"
        # "48,562,500" (an area in square metres), not "4.85625e+07"
        return f"{x:,.0f}" if abs(x) < 1e15 else f"{x:.3e}"

    if low == high:
        shown = number(low)
    elif math.isinf(high):
        shown = f">= {number(low)}"
    elif math.isinf(low):
        shown = f"<= {number(high)}"
    else:
        shown = f"{number(low)} to {number(high)}"
    symbol = base_unit_symbol(quantity.dimension)
    return f"{shown} {symbol}" if symbol else shown


def check(a, b, ctx: RuleContext) -> Conflict | None:
    if a.kind != "quantity" or b.kind != "quantity":
        return None
    if (a.value.dimension or a.value.measure) != (b.value.dimension or b.value.measure):
        return None
    as_written = a.value.unit == b.value.unit and a.value.exact and b.value.exact
    first = _widened(a.value, ctx, _decimals(b.value), as_written)
    second = _widened(b.value, ctx, _decimals(a.value), as_written)
    if first[0] <= second[1] and second[0] <= first[1]:
        if not _one_figure_apart(a.value, b.value, first, second):
            return None
        return Conflict(
            f"{describe_quantity(a.value)} and {describe_quantity(b.value)} are round numbers of one figure "
            "each: both could be right only of the half between them, which is written with a second figure."
        )
    converted = a.value.unit != b.value.unit and a.value.si_low is not None
    unit = " (in base units, after conversion)" if converted else ""
    return Conflict(
        f"{_described(a.value, converted)} and {_described(b.value, converted)} do not "
        f"overlap{unit}, even with rounding and tolerance."
    )


def _one_figure_apart(a, b, first: tuple[float, float], second: tuple[float, float]) -> bool:
    """Whether two round numbers of one figure each meet only at the half between them ("$2 million" and
    "$3 million", "200" and "300"): only a value of exactly the half could be rounded to both, and a
    half is written with its second figure ("$2.5 million")."""
    touching = min(first[1], second[1]) <= max(first[0], second[0])
    return touching and _one_figure(a) and _one_figure(b) and a.low != b.low


def _one_figure(quantity) -> bool:
    """An exact round number written with one figure ("3 million", "200", "40,000"): under ten times the
    place its rounding is read to."""
    value = quantity.low
    if not quantity.exact or value is None or value != quantity.high:
        return False
    step = rounding_step(value)  # half the place of its last figure; none for a number under 100
    return step > 0 and abs(value) < 20 * step


def _coarser_by(value: float, other_decimals: int) -> float:
    """Half a unit of the last place ``value`` is written to, when the other side is written to a finer
    place: it may be that side rounded ("89 percent" from "89.2", "6.3" from "6.25"). A whole number
    under ten is not read so: "1 mile" and "1.4 miles" differ."""
    own = _places(value)
    if other_decimals <= own or (own == 0 and abs(value) < 10):
        return 0.0
    return 0.5 * 10.0**-own


def _places(value: float) -> int:
    """The decimal places a number read from text is written to (6.25 -> 2, 6.0 -> 0)."""
    if not math.isfinite(value) or value == int(value):
        return 0
    return len(repr(value).partition(".")[2].rstrip("0"))


def _decimals(quantity) -> int:
    """The finest decimal place a quantity is written to ("89.2 percent": 1)."""
    return max((_places(x) for x in (quantity.low, quantity.high) if x is not None), default=0)


def _described(quantity, converted: bool) -> str:
    """A side in its own words and unit, and in the base unit when the other side's unit differs."""
    words = describe_quantity(quantity)
    return f"{words} ({_in_base_units(quantity)})" if converted else words


RULE = Rule(code="FC201", name="quantity-mismatch", severity=Severity.error, doc=__doc__, check=check)
