"""What a number measures, and its value in base units.

Units (surface form -> pint unit and measure), currencies and money scales,
percentages and earthquake magnitudes; :func:`_measure_after` reads the
measure from the words after a number, :func:`_quantity` builds the
:class:`~factcheck.records.Quantity` with its range in base units (pint's
conversions computed once and kept as a stored table).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache

from factcheck.extract.numbers import NumberMention, find_numbers
from factcheck.extract.quantities.attributes import alarms_after, collective_after
from factcheck.extract.quantities.hedges import _HEDGE_REACH
from factcheck.records import Quantity, Segment

# --------------------------------------------------------------------------
# Units (surface form -> pint unit, measure)

_UNIT_FORMS: tuple[tuple[str, str, str], ...] = (
    (r"square\s+kilomet(?:re|er)s?|sq\.?\s*km|km2|km²", "kilometer**2", "area"),
    (r"square\s+miles?|sq\.?\s*mi(?:les?)?", "mile**2", "area"),
    (r"square\s+met(?:re|er)s?|sq\.?\s*m|m2|m²", "meter**2", "area"),
    (r"square\s+(?:feet|foot)|sq\.?\s*ft", "foot**2", "area"),
    (r"hectares?|ha", "hectare", "area"),
    (r"acres?", "acre", "area"),
    (r"cubic\s+met(?:re|er)s?|m3|m³", "meter**3", "volume"),
    (r"kilomet(?:re|er)s?\s+(?:per|an|a)\s+hour|km/h|kph|kmh|km/hr", "kilometer/hour", "speed"),
    (r"miles?\s+(?:per|an|a)\s+hour|mph", "mile/hour", "speed"),
    (r"met(?:re|er)s?\s+per\s+second|m/s", "meter/second", "speed"),
    (r"knots?", "knot", "speed"),
    (r"nautical\s+miles?", "nautical_mile", "length"),
    (r"kilomet(?:re|er)s?|kms?", "kilometer", "length"),
    (r"centimet(?:re|er)s?|cm", "centimeter", "length"),
    (r"millimet(?:re|er)s?|mm", "millimeter", "length"),
    (r"met(?:re|er)s?|m", "meter", "length"),
    (r"miles?|mi", "mile", "length"),
    (r"feet|foot|ft", "foot", "length"),
    (r"inch(?:es)?", "inch", "length"),
    (r"yards?|yds?", "yard", "length"),
    (r"kilo(?:gram|gramme)?s?|kg", "kilogram", "mass"),
    (r"grams?|grammes?", "gram", "mass"),
    (r"(?:metric\s+)?tonnes?|(?:metric\s+)?tons?", "metric_ton", "mass"),
    (r"pounds|lbs?", "pound", "mass"),
    (r"ounces?|oz", "ounce", "mass"),
    (r"millilit(?:re|er)s?|ml", "milliliter", "volume"),
    (r"lit(?:re|er)s?", "liter", "volume"),
    (r"gallons?", "gallon", "volume"),
    (r"barrels?", "oil_barrel", "volume"),
    (r"degrees?\s+(?:celsius|centigrade|c)\b|°\s?c|c(?=\b)", "degree_Celsius", "temperature"),
    (r"degrees?\s+(?:fahrenheit|f)\b|°\s?f|f(?=\b)", "degree_Fahrenheit", "temperature"),
)
# Forms that read as a unit only glued to the digits or abbreviated after them ("20C", "5 m")
_CASE_SENSITIVE_FORMS = {"m", "mi", "c", "f", "ha", "ml", "mm", "cm"}

_UNIT_RE = re.compile(
    "|".join(f"(?P<u{i}>{form})" for i, (form, _, _) in enumerate(_UNIT_FORMS)),
    re.IGNORECASE,
)
_UNIT_AFTER_RE = re.compile(rf"(?:\s?-\s?|\s*)(?:{_UNIT_RE.pattern})(?![\w²³])", re.IGNORECASE)

_PERCENT_RE = re.compile(r"\s?(?:%|per\s?cent\b|pct\b|percentage\s+points?\b)", re.IGNORECASE)

_CURRENCY_SYMBOLS = {
    "us$": "USD",
    "us $": "USD",
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "nz$": "NZD",
    "hk$": "HKD",
    "s$": "SGD",
    "$": "USD",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "rs": "INR",
    "rs.": "INR",
    "₩": "KRW",
}
_CURRENCY_BEFORE_RE = re.compile(
    r"(?:(?<![A-Za-z])(?:US|A|AU|C|CA|NZ|HK|S)\s?\$|\$|£|€|¥|₹|₩|(?<![A-Za-z])Rs\.?)\s?$"
)
_CURRENCY_WORDS = {
    "us dollars": "USD",
    "dollars": "USD",
    "usd": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "eur": "EUR",
    "pounds sterling": "GBP",
    "gbp": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupees": "INR",
    "roubles": "RUB",
    "rubles": "RUB",
    "won": "KRW",
}
_CURRENCY_AFTER_RE = re.compile(
    r"\s+(us\s+dollars|dollars|usd|euros?|eur|pounds\s+sterling|gbp|yen|yuan|renminbi|rupees|roubles|rubles)\b",
    re.IGNORECASE,
)
_MONEY_SCALE_RE = re.compile(
    r"(?:\s?(bn|mn|m|b|k|tn)\b|\s+(million|billion|trillion|thousand)\b)", re.IGNORECASE
)
_MONEY_SCALES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9}
_MONEY_SCALES |= {"billion": 1e9, "tn": 1e12, "trillion": 1e12}

_MAGNITUDE_CUES = ("magnitude-", "m ", "mw", "ml", "mb", *(f"m{digit}" for digit in "123456789"))
# What every match of the pattern below contains. The cues above pass nearly every text ("from "
# has "m "), so the pattern would otherwise scan almost every text for nothing.
_COMPOUND_ADJECTIVE = re.compile(r"-\s?[A-Za-z]")
_MAGNITUDE_FORM_RE = re.compile(r"[Mm]agnitude-|M[wLb]?\s?\d")
# "magnitude-5.9", "M 5.2", "Mw 4.8": the number reader leaves digits after a hyphen or a capital alone
# ("F-16", "G7"), so these forms have their own pattern
_HYPHENATED_MAGNITUDE_RE = re.compile(
    r"(?:\b[Mm]agnitude-(\d(?:\.\d+)?)|(?<![\w.])(?:M|Mw|ML|Mb)\s?(\d\.\d+))(?![\d.]*\d)(?!\s?(?:km|m|mi)\b)"
)
_MAGNITUDE_BEFORE_RE = re.compile(r"\bmagnitude(?:\s+of)?[\s-]+$|\bmagnitude\s+(?:reading\s+)?of\s+$", re.I)
# "an earthquake measuring 7.0", "the quake, which registered 6.2", "a tremor of 5.1": a quake's number
_QUAKE_MEASURING_RE = re.compile(
    r"\b(?:earthquake|quake|tremor|temblor|aftershock)s?,?\s+(?:(?:that|which)\s+)?"
    r"(?:measuring|measured|registering|registered|of)\s+(?:(?:about|around|nearly|some)\s+)?$",
    re.I,
)
_MAGNITUDE_AFTER_RE = re.compile(
    r"(?:[\s-]magnitude\b|\s+on\s+the\s+(?:richter|moment\s+magnitude)\s+scale\b)", re.I
)


@cache
def _unit_registry():
    """pint's registry, built once on first use (it takes about half a second)."""
    import pint

    return pint.UnitRegistry()


@cache
def _unit_conversion(unit: str) -> tuple[str, str, float]:
    """(pint canonical name, dimensionality, factor to base units) of a unit."""
    stored = stored_conversions().get(unit)
    return tuple(stored) if stored is not None else _pint_conversion(unit)


def _pint_conversion(unit: str) -> tuple[str, str, float]:
    registry = _unit_registry()
    quantity = registry.Quantity(1.0, unit)
    base = quantity.to_base_units()
    return str(quantity.units), str(base.dimensionality), float(base.magnitude)


@cache
def stored_conversions() -> Mapping[str, list]:
    """The conversion of every unit of ``_UNIT_FORMS``, computed with pint once and then read from the
    user's cache folder (:mod:`factcheck.extract.stored_tables`): importing pint and building its registry
    costs about a second in every process, every ``--jobs`` worker included."""
    from factcheck.extract.installed import installed_version
    from factcheck.extract.stored_tables import stored_tables

    units = sorted({unit for _, unit, _ in _UNIT_FORMS})
    fingerprint = f"pint {installed_version('pint')}: {' '.join(units)}"
    return stored_tables(
        "units", fingerprint, lambda: {"units": {unit: _pint_conversion(unit) for unit in units}}, list, list
    )["units"]


@lru_cache(maxsize=4096)
def _to_base(value: float, unit: str) -> float:
    """``value`` of ``unit`` in base units; offset units (temperatures) need pint each time."""
    registry = _unit_registry()
    return float(registry.Quantity(value, unit).to_base_units().magnitude)


@dataclass(frozen=True, slots=True)
class _Measure:
    unit: str | None
    measure: str
    end: int
    currency: str | None = None


_MAGNITUDE = _Measure(None, "magnitude", 0)
# the words before a blood-alcohol reading: "level was", "content of", "BAC of"
_BLOOD_ALCOHOL_WORDS = (
    r"\b(?:blood[\s-]+alcohol(?:\s+(?:level|content|concentration|reading))?|BAC)"
    r"(?:\s*:|(?:\s+(?:was|of|at|is|stood|measured|registered|tested\s+at|showed))*)\s+(?:about\s+|nearly\s+|almost\s+)?"
)
_BLOOD_ALCOHOL_BEFORE_RE = re.compile(_BLOOD_ALCOHOL_WORDS + "$", re.IGNORECASE)
_BLOOD_ALCOHOL_REACH = 60
# the level written without its zero, as American reports often do (a reading of ".09"):
# no number elsewhere (a bare ".22" is a calibre)
BLOOD_ALCOHOL_POINT_RE = re.compile(_BLOOD_ALCOHOL_WORDS + r"(\.\d{2,3})\b(?!-)", re.IGNORECASE)
BLOOD_ALCOHOL_CUES = ("alcohol", "bac")
BLOOD_ALCOHOL = _Measure(None, "other", 0)


def blood_alcohol_before(before: str) -> bool:
    """Whether the words before a number make it a blood-alcohol reading ("... alcohol level stood at")."""
    return bool(_BLOOD_ALCOHOL_BEFORE_RE.search(before[-_BLOOD_ALCOHOL_REACH:]))


def _measure_after(text: str, segment: Segment, number: NumberMention, before: str) -> _Measure | None:
    """What the number measures, from the words right after it (and "magnitude" before it)."""
    position = number.end
    if number.glued:
        unit = _glued_unit(number.glued)
        if unit is not None:
            return _Measure(unit[0], unit[1], position + len(number.glued))
        if number.glued.lower() in _MONEY_SCALES:
            return _Measure(None, "count", position)
        return None
    if _MAGNITUDE_BEFORE_RE.search(before[-_HEDGE_REACH:]) or (
        number.value < 11
        and _QUAKE_MEASURING_RE.search(before[-_HEDGE_REACH:])
        and not _UNIT_AFTER_RE.match(text, position, segment.end)  # "a quake of 10 km depth"
    ):
        return _Measure(None, "magnitude", position)
    if number.value < 1 and blood_alcohol_before(before):
        # a driver's blood-alcohol reading (0.12): a share of the blood, written bare or as a percent
        percent = _PERCENT_RE.match(text, position, segment.end)
        return _Measure(None, "other", percent.end() if percent else position)
    magnitude_after = _MAGNITUDE_AFTER_RE.match(text, position, segment.end)
    if magnitude_after and number.value < 11:
        return _Measure(None, "magnitude", magnitude_after.end())
    percent = _PERCENT_RE.match(text, position, segment.end)
    if percent:
        unit = "percentage_point" if "point" in percent.group(0).lower() else "percent"
        return _Measure(unit, "percent", percent.end())
    currency_after = _CURRENCY_AFTER_RE.match(text, position, segment.end)
    if currency_after:
        code = _CURRENCY_WORDS[re.sub(r"\s+", " ", currency_after.group(1)).lower()]
        return _Measure(code, "money", currency_after.end(), code)
    unit_match = _UNIT_AFTER_RE.match(text, position, segment.end)
    if unit_match:
        surface = unit_match.group(0).strip(" -")
        index = int(unit_match.lastgroup[1:])
        form_unit, measure = _UNIT_FORMS[index][1], _UNIT_FORMS[index][2]
        bare = surface.lower() in _CASE_SENSITIVE_FORMS
        if bare and (surface != surface.lower() and surface.lower() not in ("c", "f")):
            return _Measure(None, "count", position)
        if bare and surface.lower() in ("c", "f") and not re.fullmatch(r"[CF]", surface):
            return _Measure(None, "count", position)
        if bare and surface.lower() in ("c", "f") and unit_match.group(0)[:1].isspace():
            return _Measure(None, "count", position)
        if bare and surface in ("m",) and not number.digits:
            return _Measure(None, "count", position)
        return _Measure(form_unit, measure, unit_match.end())
    if collective_after(text, position, segment.end):
        return _Measure(None, "count", position)  # "a 25-member crew": the size of the crew
    if alarms_after(text, position, segment.end):
        return _Measure(None, "count", position)  # "a four-alarm fire": a count of its alarms
    if _COMPOUND_ADJECTIVE.match(text[position : position + 3]):
        return None  # a compound adjective: "one-storey", "two-time", "100-catch"
    return _Measure(None, "count", position)


@lru_cache(maxsize=256)
def _glued_unit(glued: str) -> tuple[str, str] | None:
    match = _UNIT_RE.fullmatch(glued)
    if match is None:
        return None
    if glued in ("C", "F") or glued.lower() not in ("c", "f"):
        index = int(match.lastgroup[1:])
        return _UNIT_FORMS[index][1], _UNIT_FORMS[index][2]
    return None


def _skip_conversion(text: str, segment: Segment, end: int) -> int:
    """The end of a parenthesised conversion right after a measure ("(2,000 feet)"), else ``end``."""
    match = re.match(
        r"\s*\(\s*(?:(?:about|some|around|approximately|roughly|nearly|almost|over|more than)\s+)?",
        text[end : segment.end],
    )
    if not match:
        return end
    inner_start = end + match.end()
    numbers = find_numbers(text, inner_start, min(segment.end, inner_start + 40))
    if not numbers or numbers[0].start != inner_start:
        return end
    number = numbers[0]
    unit = _measure_after(text, segment, number, "")
    if unit is None or unit.unit is None:
        return end
    close = re.match(r"\s*\)", text[unit.end : segment.end])
    return unit.end + close.end() if close else end


def _quantity(
    low: float | None, high: float | None, measure: _Measure, counted: str | None, hedge: str | None
) -> Quantity:
    unit = measure.unit
    dimension = None
    si_low = si_high = None
    if measure.measure == "money":
        dimension = f"currency:{measure.currency}"
        si_low, si_high = low, high
    elif measure.measure == "percent":
        dimension = unit
        si_low, si_high = low, high
    elif unit is not None:
        name, dimension, factor = _unit_conversion(unit)
        if measure.measure == "temperature":
            si_low = None if low is None else _to_base(low, unit)
            si_high = None if high is None else _to_base(high, unit)
        else:
            si_low = None if low is None else low * factor
            si_high = None if high is None else high * factor
        unit = name
    elif measure.measure in ("count", "magnitude"):
        si_low, si_high = low, high
    return Quantity(
        low=low,
        high=high,
        unit=unit,
        dimension=dimension,
        si_low=si_low,
        si_high=si_high,
        measure=measure.measure,
        counted=counted,
        hedge=hedge,
        exact=hedge is None and low == high,
    )
