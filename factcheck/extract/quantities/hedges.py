"""Hedges: the one table of tolerances, and where a hedge stands.

A hedge ("about", "more than", "x or so") turns a stated value into a range
(:func:`hedged_range`); a vague amount ("dozens", "several") is a range of
its own (:data:`VAGUE_AMOUNTS`). The table is in the package's docstring.
"""

from __future__ import annotations

import re

# --------------------------------------------------------------------------
# Hedges: the one table of tolerances (see the module docstring)

APPROX_TOLERANCE = 0.1
# How far before a number its hedge may start, in characters ("no fewer than ", "approximately ")
_HEDGE_REACH = 24

HEDGES: dict[str, str] = {
    "about": "approx",
    "approximately": "approx",
    "approx.": "approx",
    "around": "approx",
    "roughly": "approx",
    "some": "approx",
    "an estimated": "approx",
    "estimated": "approx",
    "nearly": "below",
    "almost": "below",
    "close to": "below",
    "just under": "below",
    "just shy of": "below",
    "just below": "below",
    "more than": "above",
    "over": "above",
    "above": "above",
    "upwards of": "above",
    "in excess of": "above",
    "exceeding": "above",
    "at least": "above",
    "no fewer than": "above",
    "no less than": "above",
    "a minimum of": "above",
    "just over": "just_above",
    "just more than": "just_above",
    "just above": "just_above",
    "up to": "at_most",
    "at most": "at_most",
    "as many as": "at_most",
    "no more than": "at_most",
    "a maximum of": "at_most",
    "fewer than": "at_most",
    "less than": "at_most",
    "under": "at_most",
    "below": "at_most",
}
POSTFIX_HEDGES: dict[str, str] = {"or so": "approx", "or more": "above", "plus": "above", "+": "above"}

VAGUE_AMOUNTS: dict[str, tuple[float, float | None]] = {
    "a handful": (2, 9),
    "a few": (2, 9),
    "several": (3, 19),
    "dozens": (20, 199),
    "scores": (40, 199),
    "hundreds": (200, 1999),
    "thousands": (2000, 19999),
    "tens of thousands": (20000, 199999),
    "hundreds of thousands": (200000, 1999999),
    "millions": (2_000_000, 19_999_999),
}


def hedged_range(value: float, kind: str | None) -> tuple[float | None, float | None]:
    """The range a hedge of ``kind`` (a value of :data:`HEDGES`) makes of ``value``."""
    lower, upper = _rounded(value * (1 - APPROX_TOLERANCE)), _rounded(value * (1 + APPROX_TOLERANCE))
    if kind == "approx":
        return lower, upper
    if kind == "below":
        return lower, value
    if kind == "above":
        return value, None
    if kind == "just_above":
        return value, upper
    if kind == "at_most":
        return 0.0, value
    return value, value


def _rounded(value: float) -> float:
    """``value`` without binary noise (55.00000000000001 -> 55.0)."""
    return float(f"{value:.12g}")


_VAGUE_CUES = ("handful", "few", "several", "dozens", "scores", "hundreds", "thousands", "millions")

_HEDGE_BEFORE_RE = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(h) for h in sorted(HEDGES, key=len, reverse=True)) + r")\s+$",
    re.IGNORECASE,
)
_POSTFIX_HEDGE_RE = re.compile(r"^(?:\s+or\s+(so|more)\b|-?(plus)\b|(\+))", re.IGNORECASE)
_VAGUE_RE = re.compile(
    r"(?<![\w-])(a\s+handful|a\s+few|several|tens\s+of\s+thousands|hundreds\s+of\s+thousands|dozens|scores|"
    r"hundreds|thousands|millions)(?:\s+(?:of\s+)?)(?=[A-Za-z])",
    re.IGNORECASE,
)
