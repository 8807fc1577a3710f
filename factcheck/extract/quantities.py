"""Quantity claims: counts, measures, money, percentages and magnitudes.

A number becomes a claim only when the text says what it measures: a unit
("600 metres"), a currency ("$40 billion"), a percentage, an earthquake
magnitude, or a counted noun phrase ("12 people were killed"). Bare numbers,
years, dates ("June 19"), clock times, ages, ordinals, scores ("6-3"), phone
numbers, names with numbers ("Article 5", "Boeing 737", "F-16"), durations
and frequencies ("three days", "five times": the time extractor's), and
definite references that count nothing ("the two nations", "both
countries") are not quantity claims. A count of one needs an outcome or a
person ("one man was killed"; not "at one point", "one thing").

Hedges become ranges. The tolerances, in one place (:data:`HEDGES` and
:data:`VAGUE_AMOUNTS`), for a stated value ``x``:

========================================================  =================
hedge                                                      range
========================================================  =================
about, approximately, around, roughly, some, an estimated  [0.9x, 1.1x]
  (also "x or so")
nearly, almost, close to, just under, just shy of          [0.9x, x]
more than, over, above, upwards of, in excess of,          [x, open)
  exceeding, at least, no fewer/less than, a minimum of
  (also "x or more", "x-plus", "x+")
just over, just more than, just above                      [x, 1.1x]
up to, at most, as many as, no more than, a maximum of,    [0, x]
  fewer than, less than, under, below
a handful (of), a few                                      [2, 9]
several                                                    [3, 19]
dozens (of)                                                [20, 199]
scores (of)                                                [40, 199]
hundreds (of)                                              [200, 1999]
thousands (of)                                             [2000, 19999]
tens of thousands                                          [20000, 199999]
hundreds of thousands                                      [200000, 1999999]
millions                                                   [2e6, 2e7)
========================================================  =================

The bounds are wide on purpose: the product reports a conflict only when two
ranges cannot overlap, and a false alarm costs more than a miss. A bound the
text leaves open is ``None``.

Units convert through pint (loaded on first use, then one conversion per
unit is cached): ``unit`` is pint's canonical name and ``si_low``/``si_high``
the range in base units, so "600 metres (2,000 feet)" and "2,000 feet"
compare directly. A parenthesised conversion right after a measure is part
of the same claim, not a new one. Money keeps its ISO currency code as unit
(``dimension`` ``"currency:USD"``); there is no exchange-rate conversion.

``counted`` says what is counted, normalised to lower case with plural
heads: "people killed", "people injured", "ballistic missiles", "houses
destroyed". Every way of saying deaths ("12 dead", "12 people died", "the
death toll rose to 12", "12 deaths", "killing 12") is "people killed" when
the victims are not named otherwise ("12 children died" is "children
killed"); injuries likewise are "people injured". Distances and depths of
measures are "depth", "distance", "height", "length", "width"; a distance
names what it is measured from ("distance from calbuco": a named place wins
over the words around it; "The nearest hospital was 12 miles away" is
"distance to nearest hospital"), an aftershock's or foreshock's depth and
magnitude are "aftershock depth"/"aftershock magnitude", and a sentence that
opens "The X was/is/reached N unit" gives a measure other than a count the
attribute X ("The turnout was 61%": "turnout"). Negated
counts ("no one was killed", "no casualties") are the value 0. A bare
number takes the head of the count before it ("killing 10 people and
injuring 80": "people injured"), or "people" for what happens to people
("12,000 were left homeless"). Magnitudes read "magnitude 5.9", "a
5.9-magnitude", "magnitude-5.9", "5.9 on the Richter scale" and "M 5.9".

``find_quantities`` fills ``counted``; ``subject``, ``event`` and ``stance``
are left to the extraction stage that knows the story's entities and events.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from factcheck.extract.ages import PERSON_NOUNS
from factcheck.extract.numbers import NumberMention, find_numbers
from factcheck.extract.spans import claim_span
from factcheck.records import DurationClaim, Quantity, QuantityClaim, Segment, Source, TimeClaim
from factcheck.values import OUTCOME_PARTICIPLES

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

_VAGUE_CUES = ("handful", "few", "several", "dozens", "scores", "hundreds", "thousands", "millions")
_NEGATED_CUES = (
    "no one",
    "no-one",
    "nobody",
    "none",
    "no casualt",
    "no death",
    "no fatalit",
    "no injur",
    "no people",
)
_NEGATED_CUES += ("zero ",)
_MAGNITUDE_CUES = ("magnitude-", "m ", "mw", "ml", "mb", *(f"m{digit}" for digit in "123456789"))
# What every match of the pattern below contains. The cues above pass nearly every text ("from "
# has "m "), so the pattern would otherwise scan almost every text for nothing.
_MAGNITUDE_FORM_RE = re.compile(r"[Mm]agnitude-|M[wLb]?\s?\d")
# "magnitude-5.9", "M 5.2", "Mw 4.8": the number reader leaves digits after a hyphen or a capital alone
# ("F-16", "G7"), so these forms have their own pattern
_HYPHENATED_MAGNITUDE_RE = re.compile(
    r"(?:\b[Mm]agnitude-(\d(?:\.\d+)?)|(?<![\w.])(?:M|Mw|ML|Mb)\s?(\d\.\d+))(?![\d.]*\d)(?!\s?(?:km|m|mi)\b)"
)
_MAGNITUDE_BEFORE_RE = re.compile(r"\bmagnitude(?:\s+of)?[\s-]+$|\bmagnitude\s+(?:reading\s+)?of\s+$", re.I)
_MAGNITUDE_AFTER_RE = re.compile(
    r"(?:[\s-]magnitude\b|\s+on\s+the\s+(?:richter|moment\s+magnitude)\s+scale\b)", re.I
)

_TIME_UNIT_AFTER_RE = re.compile(
    r"(?:\s|-)(?:years?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|decades?|centuries|century|"
    r"nights?|year-olds?)\b",
    re.IGNORECASE,
)
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_DATE_BEFORE_RE = re.compile(rf"\b(?:{_MONTHS})\.?\s+(?:the\s+)?$", re.IGNORECASE)
_DATE_AFTER_RE = re.compile(rf"^(?:\s+of)?\s+(?:{_MONTHS})\b", re.IGNORECASE)
_CLOCK_AFTER_RE = re.compile(
    r"^(?::\d|\.\d\d\s*[ap]\.?m|\s*[ap]\.?\s?m\b\.?|\s*o'clock|\s*(?:GMT|UTC|BST|EST|EDT|PST|PDT)\b)", re.I
)
_AGE_BEFORE_RE = re.compile(r"\b(?:aged|age\s+of|ages\s+of)\s+$", re.IGNORECASE)
_RANGE_JOIN_RE = re.compile(r"^\s*(?:-|–|—|to)\s*$")
_BETWEEN_RE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_TEMPORAL_BEFORE_RE = re.compile(
    r"\b(?:in|since|from|by|until|till|to|of|the|early|late|mid|after|before|during|between|and|around|circa|c\.)\s+$",
    re.IGNORECASE,
)

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

# Function words that end a counted noun phrase, and modifiers skipped at its start
_STOP_WORDS = frozenset(
    """a an the of in on at to from by for with and or but nor as than that which who whom whose this these those
    it its their his her our your my we they he she i you is are was were be been being have has had do does did
    will would can could may might must shall should not no so if then there here when where while after before
    during since until about over under into onto out up down off per each every all any some many much more most
    other same own only just also still even yet ago later earlier last next first second this
    said says say told according ever never times""".split()
)
# Heads that make a duration or a frequency, the time extractor's business ("a few days", "three times")
_TIME_HEADS = frozenset(
    "seconds minutes hours days nights weeks weekends months years decades centuries times".split()
)
_SKIPPED_MODIFIERS = frozenset("more other additional further such new total fewer extra".split())
_IRREGULAR_PLURALS = {
    "people": "people",
    "persons": "people",
    "person": "people",
    "children": "children",
    "child": "children",
    "men": "men",
    "man": "men",
    "women": "women",
    "woman": "women",
    "police": "police",
    "staff": "staff",
    "personnel": "personnel",
    "crew": "crew",
    "aircraft": "aircraft",
    "cattle": "cattle",
    "sheep": "sheep",
    "fish": "fish",
    "feet": "feet",
    "teeth": "teeth",
    "mice": "mice",
    "geese": "geese",
    "deer": "deer",
    "livestock": "livestock",
}
_HUMAN_HEADS = frozenset({"people", "others"})
_DEATH_WORDS = frozenset("killed dead died deaths fatalities perished deceased".split())
_INJURY_WORDS = frozenset("injured wounded hurt injuries".split())
_THING_OUTCOMES = frozenset("destroyed damaged collapsed fired launched seized deployed".split())
_IRREGULAR_PARTICIPLES = frozenset("hurt shot left lost held taken stolen built sold sent seen found".split())
_AUXILIARIES = (
    r"(?:were|was|are|is|have|has|had|been|be|being|reportedly|also|later|all|now|confirmed|who|that)"
)
_RAISING_PARTICIPLES = frozenset(
    """expected set scheduled due supposed poised slated bound planned required allowed forced asked urged
    told believed thought said reported understood known feared estimated alleged considered""".split()
)
_STATE_VERBS = frozenset("left confirmed reported feared believed presumed declared pronounced".split())
_LEFT_STATE_RE = re.compile(r"\s+(homeless|dead|killed|injured|stranded|missing|hurt)\b", re.IGNORECASE)
_TO_RE = re.compile(r"\s+to\b")
_PASSIVE_AUXILIARIES = frozenset({"were", "was", "are", "is", "been", "be", "being"})
_INTRANSITIVE_OUTCOMES = frozenset(
    {"died", "perished", "drowned", "disappeared", "vanished", "fled", "survived"}
)
_PARTICIPLE_AFTER_RE = re.compile(rf"^\s+((?:{_AUXILIARIES}\s+){{0,3}})([a-z]+)\b")
_VERB_BEFORE_RE = re.compile(
    r"\b(killing|killed|kills|injuring|injured|injures|wounding|wounded|wounds|leaving|left|arresting|arrested|"
    r"evacuating|evacuated|displacing|displaced|rescuing|rescued|destroying|destroyed|damaging|damaged|"
    r"hospitalizing|hospitalising|hospitalized|hospitalised|firing|fired|launching|launched|affecting|affected)"
    r"\s+(?:(?:an\s+estimated|at\s+least|more\s+than|nearly|almost|about|some|around|over|up\s+to|"
    r"as\s+many\s+as|another|all|a\s+further|at\s+most)\s+)?$",
    re.IGNORECASE,
)
_VERB_PARTICIPLE = {
    "killing": "killed",
    "kills": "killed",
    "injuring": "injured",
    "injures": "injured",
    "wounding": "wounded",
    "wounds": "wounded",
    "leaving": "left",
    "arresting": "arrested",
    "evacuating": "evacuated",
    "displacing": "displaced",
    "rescuing": "rescued",
    "destroying": "destroyed",
    "damaging": "damaged",
    "hospitalizing": "hospitalized",
    "hospitalising": "hospitalised",
    "firing": "fired",
    "launching": "launched",
    "affecting": "affected",
}
_DEATH_TOLL_BEFORE_RE = re.compile(
    r"\b(death\s+toll|toll|injury\s+toll|number\s+of\s+(?:people\s+)?(?:dead|deaths|fatalities|killed|shot\s+dead"
    r"|injured|injuries|hurt|wounded))\b[^.;:!?]{0,40}?"
    r"\b(?:to|at|of|reached|hit|is|was|stood|stands|now|rose|climbed|jumped)\s+$",
    re.IGNORECASE,
)
_INJURY_TOLL_RE = re.compile(r"injur|hurt|wounded", re.IGNORECASE)
_NEGATED_RE = re.compile(
    r"(?<![\w-])(?:(no[\s-]one|nobody|none)(?:\s+else)?\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|got|being)\s+)?"
    r"(?:(?:reportedly|seriously|critically|immediately)\s+)?(killed|injured|hurt|wounded|dead|died|harmed|missing)\b"
    r"|(?<!\bthe )\b(no|zero)\s+(casualties|deaths|fatalities|injuries|people\s+(?:were\s+)?(?:killed|injured|hurt|dead)))\b",
    re.IGNORECASE,
)
_DISTANCE_AFTER_RE = re.compile(
    r"^\s+(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|"
    r"south-west|northern|southern|eastern|western|inland|offshore|outside|away)\s+)?(?:of|from)\b"
    r"|^\s+away\b",
    re.IGNORECASE,
)
_DIMENSION_AFTER_RE = re.compile(r"^\s+(deep|tall|high|long|wide|below|underground)\b", re.IGNORECASE)
_DIMENSION_BEFORE_RE = re.compile(
    r"\b(depth|height|length|width|distance|altitude|elevation)\s+of\s+(?:(?:about|some|around|nearly|"
    r"approximately|roughly|more\s+than|over|up\s+to|at\s+least|just)\s+)?$",
    re.IGNORECASE,
)
_DIMENSION_WORDS = {
    "deep": "depth",
    "below": "depth",
    "underground": "depth",
    "tall": "height",
    "high": "height",
    "long": "length",
    "wide": "width",
    "altitude": "height",
    "elevation": "height",
}
_OF_NOUN_RE = re.compile(r"\s+of\s+([a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){0,2})\b")
_LABEL_WORDS = frozenset(
    """top bottom number no page chapter level grade size round day week game act season phase stage vol
    volume part step room flight route gate platform row seat""".split()
)
_DEFINITE_BEFORE_RE = re.compile(r"\b(?:the|these|those|both)\s+$", re.IGNORECASE)
_CLOCK_BEFORE_RE = re.compile(r"\d[:.]$")
_CODE_AFTER_RE = re.compile(r"[-–]\d")
_CODE_BEFORE_RE = re.compile(r"\d\s?[-–]$|\(\d{3}\)\s?$|#\s?$|\bNo\.\s?$")
_PREVIOUS_WORD_RE = re.compile(r"([A-Za-z][\w'’.-]*)\s*$")
_PRONOUN_ONE_BEFORE_RE = re.compile(r"\b(?:no|at|any|every|some)[\s-]$", re.IGNORECASE)
_MEASURE_OF_RE = re.compile(r"\s+(?:of|in|worth\s+of)\s+")
_NOUN_GAP_RE = re.compile(r"\s*-?\s*")
_SPACES_RE = re.compile(r"[ \t]+")
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*")
_CAPITALISED_ALLOWED_BEFORE = frozenset(
    """rs the a an all some about around nearly almost over more at up only just another another's
    approximately roughly an estimated and but while with of those these its their his her our
    just exactly precisely fewer less under below upwards as between magnitude""".split()
)


@cache
def _unit_registry():
    """pint's registry, built once on first use (it takes about half a second)."""
    import pint

    return pint.UnitRegistry()


@cache
def _unit_conversion(unit: str) -> tuple[str, str, float]:
    """(pint canonical name, dimensionality, factor to base units) of a unit."""
    stored = _stored_conversions().get(unit)
    return tuple(stored) if stored is not None else _pint_conversion(unit)


def _pint_conversion(unit: str) -> tuple[str, str, float]:
    registry = _unit_registry()
    quantity = registry.Quantity(1.0, unit)
    base = quantity.to_base_units()
    return str(quantity.units), str(base.dimensionality), float(base.magnitude)


@cache
def _stored_conversions() -> Mapping[str, list]:
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


def _claim(source: Source, segment: Segment, start: int, end: int, quantity: Quantity) -> QuantityClaim:
    return QuantityClaim(
        id=f"{source.id}:{start}-{end}:quantity",
        **claim_span(source, segment, start, end),
        predicate="quantity",
        value=quantity,
    )


def find_quantities(
    source: Source,
    segments: Sequence[Segment],
    time_claims: Iterable[TimeClaim | DurationClaim] = (),
) -> list[QuantityClaim]:
    """The quantity claims of the content segments of ``source``, in text order.

    ``time_claims`` (from the time extractor) mask their spans: a number
    inside a time expression is not a quantity.
    """
    text = source.text
    masked = sorted((claim.start, claim.end) for claim in time_claims)
    # the phrase patterns are rare: a look for their words first, one pass over the whole text where
    # they occur, then each sentence takes its own
    lower = text.lower()
    phrases = tuple(
        list(pattern.finditer(text)) if any(cue in lower for cue in cues) else []
        for pattern, cues in (
            (_VAGUE_RE, _VAGUE_CUES),
            (_NEGATED_RE, _NEGATED_CUES),
            (_HYPHENATED_MAGNITUDE_RE, _MAGNITUDE_CUES if _MAGNITUDE_FORM_RE.search(text) else ()),
        )
    )
    claims: list[QuantityClaim] = []
    for segment in segments:
        if not segment.content or segment.duplicate_of is not None:
            continue
        # time claims lie inside one sentence each
        inside = masked[
            bisect.bisect_left(masked, (segment.start,)) : bisect.bisect_left(masked, (segment.end,))
        ]
        claims.extend(_segment_quantities(source, segment, inside, phrases))
    claims.sort(key=lambda c: (c.start, c.end, c.id))
    return claims


def _segment_quantities(
    source: Source, segment: Segment, masked: list[tuple[int, int]], phrases: tuple[list[re.Match], ...]
) -> list[QuantityClaim]:
    text = source.text
    numbers = [
        n for n in find_numbers(text, segment.start, segment.end) if not _inside(n.start, n.end, masked)
    ]
    found: list[QuantityClaim] = []
    consumed_until = -1
    previous_head: str | None = None
    for index, number in enumerate(numbers):
        if number.start < consumed_until:
            continue
        claim, end, head = _number_claim(source, segment, numbers, index, previous_head)
        if claim is None:
            continue
        consumed_until = end
        previous_head = head or previous_head
        found.append(claim)
    vague, negated, magnitudes = (
        [m for m in matches if segment.start <= m.start() and m.end() <= segment.end] for matches in phrases
    )
    number_claims = [(c.start, c.end) for c in found]  # in text order, not overlapping
    for match in vague:
        covering = bisect.bisect_right(number_claims, (match.start(), float("inf"))) - 1
        if _inside(match.start(), match.end(), masked) or (
            covering >= 0 and number_claims[covering][1] > match.start()
        ):
            continue
        claim = _vague_claim(source, segment, match)
        if claim is not None:
            found.append(claim)
    for match in negated:
        found.append(_negated_claim(source, segment, match))
    for match in magnitudes:
        group = 1 if match.group(1) else 2
        value = float(match.group(group))
        quantity = _quantity(value, value, _MAGNITUDE, "magnitude", None)
        found.append(_claim(source, segment, match.start(group), match.end(group), quantity))
    return found


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _number_claim(
    source: Source, segment: Segment, numbers: list[NumberMention], index: int, previous_head: str | None
) -> tuple[QuantityClaim | None, int, str | None]:
    text = source.text
    number = numbers[index]
    before = text[max(segment.start, number.start - 60) : number.start]
    if _is_not_a_quantity(text, segment, number, before):
        return None, 0, None
    low = high = number.value
    last = number
    # ranges: "between 10 and 12", "10 to 12", "10-12"
    if index + 1 < len(numbers):
        following = numbers[index + 1]
        joint = text[number.end : following.start]
        is_range = _RANGE_JOIN_RE.match(joint) or (
            _BETWEEN_RE.search(before[-12:]) and re.fullmatch(r"\s+and\s+", joint, re.IGNORECASE)
        )
        if is_range and following.value > number.value and following.digits == number.digits:
            high, last = following.value, following
        elif is_range and re.fullmatch(r"\s*[-–]\s*", joint):
            return None, 0, None  # a score such as "6-3", or a code
    start = number.start
    hedge_kind = None
    hedge_word = None
    hedge_match = _HEDGE_BEFORE_RE.search(before[-_HEDGE_REACH:])
    if hedge_match and high == low:
        hedge_word = hedge_match.group(1).lower()
        hedge_kind = HEDGES[hedge_word]
        start = number.start - (min(len(before), _HEDGE_REACH) - hedge_match.start())

    currency_before = _CURRENCY_BEFORE_RE.search(before[len(before) - 6 :] if len(before) > 6 else before)
    measure = (
        _Measure(None, "count", last.end) if currency_before else _measure_after(text, segment, last, before)
    )
    if measure is None:
        return None, 0, None
    value_scale = 1.0
    currency = measure.currency
    if currency_before:
        currency = _CURRENCY_SYMBOLS[re.sub(r"\s+", "", currency_before.group(0)).lower()]
        symbol_start = number.start - len(currency_before.group(0))
        scale_match = _MONEY_SCALE_RE.match(text, last.end, segment.end)
        end = last.end
        if scale_match and last.glued.lower() in ("", *_MONEY_SCALES):
            value_scale = _MONEY_SCALES[(scale_match.group(1) or scale_match.group(2)).lower()]
            end = scale_match.end()
        elif last.glued:
            return None, 0, None
        measure = _Measure(currency, "money", end, currency)
        if hedge_kind is None:
            start = symbol_start
        hedge_match = _HEDGE_BEFORE_RE.search(text[max(segment.start, symbol_start - 40) : symbol_start])
        if hedge_match and high == low:
            hedge_word = hedge_match.group(1).lower()
            hedge_kind = HEDGES[hedge_word]
            start = symbol_start - (
                len(text[max(segment.start, symbol_start - 40) : symbol_start]) - hedge_match.start()
            )
    elif measure.measure == "count" and last.glued:
        return None, 0, None
    low *= value_scale
    high *= value_scale

    end = measure.end
    postfix = _POSTFIX_HEDGE_RE.match(text[end : segment.end])
    if postfix and hedge_kind is None and high == low and measure.measure == "count":
        word = next(g for g in postfix.groups() if g)
        hedge_word = {"so": "or so", "more": "or more"}.get(word.lower(), word.lower())
        hedge_kind = POSTFIX_HEDGES[hedge_word]
        end += postfix.end()
    if hedge_kind is not None:
        low, high = hedged_range(low, hedge_kind)

    end = _skip_conversion(text, segment, end) if measure.unit and measure.measure not in ("money",) else end
    counted, end_counted, head = _counted(text, segment, number, last, measure, end, before, previous_head)
    if counted is None and measure.measure == "count":
        return None, 0, None
    if measure.measure == "count" and _is_year_like(number, before) and measure.unit is None:
        return None, 0, None
    end = max(end, end_counted)
    return _claim(source, segment, start, end, _quantity(low, high, measure, counted, hedge_word)), end, head


def _is_not_a_quantity(text: str, segment: Segment, number: NumberMention, before: str) -> bool:
    after = text[number.end : min(segment.end, number.end + 30)]
    before = before[-_HEDGE_REACH:]
    if _DATE_BEFORE_RE.search(before) or _DATE_AFTER_RE.match(after):
        return True
    if _CLOCK_AFTER_RE.match(after) or _CLOCK_BEFORE_RE.search(before):
        return True
    if _AGE_BEFORE_RE.search(before) or _TIME_UNIT_AFTER_RE.match(after):
        return True
    if _CODE_AFTER_RE.match(after) or _CODE_BEFORE_RE.search(before):
        return True
    if number.digits and re.match(r"0\d", number.text):
        return True  # "09": a code or a broken decimal
    previous_word = _PREVIOUS_WORD_RE.search(before)
    if previous_word:
        word = previous_word.group(1)
        if (word[0].isupper() or any(char.isupper() for char in word[1:])) and (
            word.lower() not in _CAPITALISED_ALLOWED_BEFORE and not _HEDGE_BEFORE_RE.search(before)
        ):
            return True  # "Article 5", "Route 66", "Boeing 737", "Flight 370", "iPhone 15"
        if word.lower() in _LABEL_WORDS:
            return True  # "day 3", "game 7", "the top 10", "stage 4": a label, not a count
    if number.value == 1 and not number.digits and _PRONOUN_ONE_BEFORE_RE.search(before):
        return True  # "no one", "no-one", "at one point"
    return False


def _is_year_like(number: NumberMention, before: str) -> bool:
    """A number that reads as a year where a preposition or determiner of time comes before it
    ("in 2000 people ..."); "some 1500 protesters" stays a count."""
    return (
        number.digits
        and "," not in number.text
        and number.is_integer
        and 1000 <= number.value <= 2100
        and bool(_TEMPORAL_BEFORE_RE.search(before[-12:]))
    )


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
    if _MAGNITUDE_BEFORE_RE.search(before[-_HEDGE_REACH:]):
        return _Measure(None, "magnitude", position)
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
    if re.match(r"-\s?[A-Za-z]", text[position : position + 3]):
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


def _counted(
    text: str,
    segment: Segment,
    number: NumberMention,
    last: NumberMention,
    measure: _Measure,
    end: int,
    before: str,
    previous_head: str | None,
) -> tuple[str | None, int, str | None]:
    """(counted key, end of the noun phrase, head noun) of the quantity."""
    after = text[end : segment.end]
    if measure.measure == "length":
        dimension_before = _DIMENSION_BEFORE_RE.search(before)
        if dimension_before:
            word = dimension_before.group(1).lower()
            return _aftershock_prefix(text, segment) + _DIMENSION_WORDS.get(word, word), end, None
        dimension_after = _DIMENSION_AFTER_RE.match(after)
        if dimension_after:
            word = _DIMENSION_WORDS[dimension_after.group(1).lower()]
            return _aftershock_prefix(text, segment) + word, end + dimension_after.end(), None
        distance_after = _DISTANCE_AFTER_RE.match(after)
        if distance_after:
            reference = _distance_reference(after[distance_after.end() :])
            if reference is None:
                attribute = _copular_attribute(text, segment, number)
                reference = f"to {attribute}" if attribute else None
            return ("distance " + reference) if reference else "distance", end, None
    if measure.measure == "magnitude":
        return _aftershock_prefix(text, segment) + "magnitude", end, None
    if measure.measure not in ("count", "money"):
        attribute = _copular_attribute(text, segment, number)
        if attribute:
            return attribute, end, None
    toll = _DEATH_TOLL_BEFORE_RE.search(before)
    if measure.measure == "count" and toll:
        injured = _INJURY_TOLL_RE.search(toll.group(1)) is not None
        return ("people injured" if injured else "people killed"), end, "people"
    verb_match = _VERB_BEFORE_RE.search(before)
    verb_participle = None
    if verb_match and measure.measure == "count":
        verb = verb_match.group(1).lower()
        verb_participle = _VERB_PARTICIPLE.get(verb, verb)
    phrase, phrase_end, head = _noun_phrase(
        text, segment, end, number.value if last is number else 2.0, measure
    )
    if measure.measure != "count":
        return phrase, phrase_end if phrase else end, head
    participle, participle_end = _participle_after(text, segment, phrase_end if phrase else end)
    if verb_participle == "left":
        verb_participle = participle if participle in OUTCOME_PARTICIPLES else None
        participle = None
    outcome = verb_participle or participle
    if phrase is None:
        if outcome is None or outcome not in OUTCOME_PARTICIPLES:
            return None, end, None
        if number.value == 1 and not re.match(r"\s+(?:dead|killed|injured|wounded|hurt|missing)\b", after):
            return None, end, None  # "one was taken to hospital" reads as a pronoun; "1 dead" as a count
        if re.search(r"[A-Z][\w'’-]*,\s*$", before):
            return None, end, None  # "Mara Lind, 31 were arrested": an age with a comma missing
        # a bare number takes the head of the count before it ("killing 10 people and injuring 80"),
        # a person's outcome ("12,000 were left homeless") a person's head
        if outcome in _THING_OUTCOMES:
            if previous_head is None:
                return None, end, None
            head = previous_head
        else:
            head = previous_head if previous_head in _PERSON_PLURALS else "people"
        phrase = head
    if outcome is None and _DEFINITE_BEFORE_RE.search(before[-12:]):
        return None, end, None  # "the two nations", "both countries": a reference that counts nothing
    if (
        number.value == 1
        and last is number
        and outcome is None
        and head not in _PERSON_PLURALS
        and head != previous_head
    ):
        # "one point", "one thing": a count of one needs an outcome, a person, or a count of the same
        # thing before it ("three counts of fraud and one count of perjury")
        return None, end, None
    key = _counted_key(phrase, head, outcome)
    return key, (phrase_end if phrase_end > end else end), head


_COPULAR_ATTRIBUTE_RE = re.compile(
    r"^\s*(?:the|its|their)\s+([a-z][\w'’-]*(?:\s+[\w'’-]+){0,7}?)\s+"
    r"(?:was|is|were|are|stood\s+at|reached|measured)\s+$",
    re.IGNORECASE,
)
_REFERENCE_RE = re.compile(r"^\s*(?:the\s+)?([\w'’-]+(?:[ \t]+[\w'’-]+){0,3})")
_AFTERSHOCK_RE = re.compile(r"\b(?:aftershocks?|foreshocks?)\b", re.IGNORECASE)


def _copular_attribute(text: str, segment: Segment, number: NumberMention) -> str | None:
    """The attribute a sentence gives a value to: "The turnout was 61%" is the turnout's.

    Only a sentence that opens with the attribute and a copula, so the value
    is that attribute's and nothing else's ("The nearest hospital was about
    12 miles away").
    """
    prefix = text[segment.start : number.start]
    hedge = _HEDGE_BEFORE_RE.search(prefix[-_HEDGE_REACH:])
    if hedge:
        prefix = prefix[: len(prefix) - (min(len(prefix), _HEDGE_REACH) - hedge.start())]
    match = _COPULAR_ATTRIBUTE_RE.match(prefix)
    if not match or re.search(r"\d", match.group(1)):
        return None
    return " ".join(match.group(1).lower().split())


def _distance_reference(after: str) -> str | None:
    """What a distance is measured from: its named place if it has one ("12 miles from the town of
    Calbuco" and "19 km from Calbuco" are both from Calbuco), else its words."""
    match = _REFERENCE_RE.match(after)
    if not match:
        return None
    words = match.group(1).split()
    named = [w for w in words if w[0].isupper()]
    if named:
        return "from " + " ".join(named).lower()
    if words[0].lower() in ("away", "and", "or", "said", "in", "on", "at"):
        return None
    return "from " + " ".join(words).lower()


def _aftershock_prefix(text: str, segment: Segment) -> str:
    """An aftershock's or foreshock's measure is not the main quake's."""
    return "aftershock " if _AFTERSHOCK_RE.search(text, segment.start, segment.end) else ""


def _counted_key(phrase: str, head: str | None, outcome: str | None) -> str:
    """The normalised key of what is counted (see the module docstring)."""
    if head in ("deaths", "fatalities", "dead", "lives"):
        return "people killed"
    if head == "injuries":
        return "people injured"
    words = phrase.split()
    if len(words) > 1 and words[0] in OUTCOME_PARTICIPLES and outcome is None:
        # "12 injured people" is "people injured"
        outcome, phrase = words[0], " ".join(words[1:])
    if outcome in _DEATH_WORDS:
        outcome = "killed"
    elif outcome in _INJURY_WORDS:
        outcome = "injured"
    if head in _HUMAN_HEADS:
        phrase = phrase[: len(phrase) - len(head)] + "people"
    return f"{phrase} {outcome}" if outcome else phrase


def _noun_phrase(
    text: str, segment: Segment, position: int, value: float, measure: _Measure
) -> tuple[str | None, int, str | None]:
    """(normalised noun phrase, its end, its plural head) right after ``position``."""
    window = text[position : min(segment.end, position + 90)]
    if measure.measure != "count":
        of_match = _MEASURE_OF_RE.match(window)
        if not of_match:
            return None, position, None
        window_offset = of_match.end()
    else:
        of_match = _NOUN_GAP_RE.match(window)
        window_offset = of_match.end() if of_match else 0
    words: list[tuple[str, int]] = []
    cursor = window_offset
    while len(words) < 4:
        match = _WORD_RE.match(window, cursor)
        if match is None:
            break
        words.append((match.group(0), position + match.end()))
        gap = _SPACES_RE.match(window, match.end())
        if gap is None:
            break
        cursor = gap.end()
    tokens: list[str] = []
    cased: list[str] = []
    end = position
    for word, word_end in words:
        lower = word.lower().replace("’", "'")
        if lower in _STOP_WORDS:
            break
        if not tokens and lower in _SKIPPED_MODIFIERS:
            continue
        if tokens and (lower in OUTCOME_PARTICIPLES or lower.endswith("ed")):
            break
        if word[0].isupper() and not (tokens or len(words) > 1):
            break
        if lower.endswith("ly") or "'" in lower:
            break
        tokens.append(lower)
        cased.append(word)
        end = word_end
        if _is_plural(lower) and value != 1 and measure.measure == "count":
            break
    while tokens and not _head_fits(tokens[-1], value, measure):
        tokens.pop()
    # a capitalised head is a name or a headline ("Four Corners", "5 Biggest Surprises")
    if not tokens or not cased[len(tokens) - 1][0].islower():
        return None, position, None
    if measure.measure == "count":
        end = position + _phrase_end(window, tokens)
    if measure.measure != "count":
        return " ".join(tokens), end, tokens[-1]
    head = _plural(tokens[-1])
    phrase = " ".join([*tokens[:-1], head])
    of_phrase = _OF_NOUN_RE.match(text, end, segment.end)
    if of_phrase:
        # "containers of munitions", "counts of attempted murder"; not "people of the village"
        of_words = list(re.finditer(r"[a-z][a-z-]*", of_phrase.group(1)))
        kept = 0
        while kept < len(of_words) and of_words[kept].group(0) not in _STOP_WORDS:
            kept += 1
        while kept > 1 and (
            of_words[kept - 1].group(0).endswith("ed") or of_words[kept - 1].group(0) in OUTCOME_PARTICIPLES
        ):
            kept -= 1
        if kept:
            phrase += " of " + " ".join(word.group(0) for word in of_words[:kept])
            end = of_phrase.start(1) + of_words[kept - 1].end()
    return phrase, end, head


def _phrase_end(window: str, tokens: list[str]) -> int:
    lower = window.lower().replace("’", "'")
    cursor = 0
    for token in tokens:
        found = lower.find(token, cursor)
        cursor = found + len(token)
    return cursor


def _head_fits(word: str, value: float, measure: _Measure) -> bool:
    if (
        word in _STOP_WORDS
        or word in _SKIPPED_MODIFIERS
        or word in _TIME_HEADS
        or word in OUTCOME_PARTICIPLES
        or word.endswith(("ed", "ing"))
        and word not in _IRREGULAR_PLURALS
    ):
        return False
    if measure.measure != "count":
        return True
    if value == 1:
        return not _is_plural(word) or word in _IRREGULAR_PLURALS and _IRREGULAR_PLURALS[word] != word
    return _is_plural(word)


def _is_plural(word: str) -> bool:
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word] == word or word == "persons"
    if len(word) > 4 and word.endswith("men"):
        return True  # "gunmen", "firemen"
    return len(word) > 2 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s"))


def _plural(word: str) -> str:
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if _is_plural(word):
        return word
    if len(word) > 4 and word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


_PERSON_PLURALS = frozenset(_plural(noun) for noun in PERSON_NOUNS) | {"people", "police", "staff", "crew"}


def _participle_after(text: str, segment: Segment, position: int) -> tuple[str | None, int]:
    match = _PARTICIPLE_AFTER_RE.match(text[position : min(segment.end, position + 60)])
    if not match:
        return None, position
    word = match.group(2).lower()
    auxiliaries = set(match.group(1).split())
    state = _LEFT_STATE_RE.match(text, position + match.end()) if word in _STATE_VERBS else None
    if state:
        # "12,000 were left homeless", "ten people are feared dead", "three were confirmed killed"
        return state.group(1).lower(), state.end() - position
    passive = bool(auxiliaries & _PASSIVE_AUXILIARIES)
    if word in _RAISING_PARTICIPLES and _TO_RE.match(text, position + match.end()):
        return None, position  # "are expected to sign", "were believed to be": not what happened to them
    if auxiliaries & {"have", "has", "had"} and not passive and word not in _INTRANSITIVE_OUTCOMES:
        return None, position  # "events that have shaped", "gunmen have killed": active, not an outcome
    if word in OUTCOME_PARTICIPLES or (
        passive and (word.endswith("ed") or word in _IRREGULAR_PARTICIPLES) and word not in _STOP_WORDS
    ):
        return word, position + match.end()
    return None, position


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


def _vague_claim(source: Source, segment: Segment, match: re.Match) -> QuantityClaim | None:
    text = source.text
    word = re.sub(r"\s+", " ", match.group(1).lower())
    low, high = VAGUE_AMOUNTS[word]
    measure = _Measure(None, "count", match.end())
    before = text[max(segment.start, match.start() - 60) : match.start()]
    phrase, phrase_end, head = _noun_phrase(text, segment, match.end() - 1, 2.0, measure)
    if phrase is None:
        return None
    participle, _ = _participle_after(text, segment, phrase_end)
    verb_match = _VERB_BEFORE_RE.search(before)
    outcome = (
        _VERB_PARTICIPLE.get(verb_match.group(1).lower(), verb_match.group(1).lower()) if verb_match else None
    )
    outcome = outcome or participle
    if outcome == "left":
        outcome = None
    key = _counted_key(phrase, head, outcome)
    quantity = Quantity(low=low, high=high, si_low=low, si_high=high, counted=key, hedge=word, exact=False)
    return _claim(source, segment, match.start(), phrase_end, quantity)


def _negated_claim(source: Source, segment: Segment, match: re.Match) -> QuantityClaim:
    pronoun, participle, determiner, noun = match.groups()
    if pronoun:
        outcome = participle.lower()
        counted = (
            "people killed"
            if outcome in _DEATH_WORDS
            else "people injured"
            if outcome in _INJURY_WORDS or outcome == "harmed"
            else f"people {outcome}"
        )
    else:
        noun = re.sub(r"\s+", " ", noun.lower())
        if (
            noun in ("deaths", "fatalities")
            or noun.startswith("people")
            and any(w in noun for w in ("killed", "dead"))
        ):
            counted = "people killed"
        elif noun == "injuries" or noun.startswith("people"):
            counted = "people injured"
        else:
            counted = noun
    quantity = Quantity(low=0.0, high=0.0, si_low=0.0, si_high=0.0, counted=counted, hedge=None, exact=True)
    return _claim(source, segment, match.start(), match.end(), quantity)
