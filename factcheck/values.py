"""Reading typed values for comparison: time intervals, numeric ranges, display.

Shared by the alignment and by the rules; pure functions of the records.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import math
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factcheck.records import Claim, Quantity, Recurrence, TimeSpan

GRANULARITY_RANK = {
    "time": 0,
    "day": 1,
    "week": 2,
    "month": 3,
    "season": 4,
    "quarter": 4,
    "year": 5,
    "decade": 6,
    "century": 7,
}

# Words for harm done to people, each to the one fact it counts.
HARM_WORDS = {
    "killed": "killed",
    "kill": "killed",
    "dead": "killed",
    "died": "killed",
    "die": "killed",
    "death": "killed",
    "deaths": "killed",
    "fatality": "killed",
    "fatalities": "killed",
    "perished": "killed",
    "drowned": "killed",
    "lives": "killed",
    "toll": "killed",
    "injured": "injured",
    "injuries": "injured",
    "injury": "injured",
    "wounded": "injured",
    "hurt": "injured",
    "grazed": "injured",
    "hospitalised": "injured",
    "hospitalized": "injured",
    "casualties": "casualties",
    "casualty": "casualties",
    "victims": "casualties",
}
_HARM_WORD = re.compile(r"[a-z]+")


# What happens to counted people and things in the news: a count with one of these after its noun
# ("12 homes destroyed", "40 people evacuated") is the count of an outcome of the story's event.
OUTCOME_PARTICIPLES = frozenset(
    """killed dead died perished drowned injured wounded hurt missing arrested detained evacuated displaced rescued
    destroyed damaged affected hospitalized hospitalised infected stranded trapped charged convicted shot
    fired launched seized deployed collapsed homeless cut escaped captured""".split()
)


# Words news uses for one counted thing, each to one word ("rounds" and "shots" are one count; so are
# "detained" and "arrested", "houses" and "homes"). General vocabulary, not any one story's.
_COUNTED_GROUPS = (
    ("shot", "shots round rounds bullet bullets gunshot gunshots"),
    ("home", "homes house houses residence residences dwelling dwellings"),
    ("arrested", "detained apprehended jailed arrests captured seized"),
    ("vehicle", "vehicles car cars automobile automobiles"),
    ("engine", "engines appliance appliances fire-engine fire-engines pump pumps"),
    ("child", "children kid kids"),
    ("building", "buildings structure structures"),
    ("firefighter", "firefighters firemen fireman"),
    ("employee", "employees staff staffers workforce"),
    ("crew", "crews crewmen crewman crewmembers sailors seafarers"),
    # a program's weaknesses, in a software maker's words or a reporter's
    ("vulnerability", "vulnerabilities flaw flaws hole holes bug bugs weakness weaknesses"),
    ("victim", "victims"),
    # the people who did it, by whatever they did
    (
        "attacker",
        "attackers gunman gunmen shooter shooters assailant assailants robber robbers thief thieves burglar "
        "burglars raider raiders pirate pirates hijacker hijackers kidnapper kidnappers intruder intruders",
    ),
    ("inmate", "inmates prisoner prisoners escapee escapees convict convicts"),
    # the drunk-driving offence, named by each jurisdiction's abbreviation
    ("dui", "dui duis dwi dwis owi owis oui ouis duii dwai"),
)
COUNTED_SYNONYMS = {word: canonical for canonical, words in _COUNTED_GROUPS for word in words.split()}


@functools.lru_cache(maxsize=4096)  # asked of every count at every step that weighs it, of a few things
def harm_of(counted: str | None) -> str | None:
    """ "killed", "injured" or "casualties" (both) when ``counted`` names one kind of harm."""
    words = {HARM_WORDS[w] for w in _HARM_WORD.findall((counted or "").lower()) if w in HARM_WORDS}
    if len(words) == 2 and "casualties" in words:
        words.discard("casualties")  # "victims killed": of the victims, the killed
    return words.pop() if len(words) == 1 else None


def harms_overlap(denied: str, counted: str) -> bool:
    """Whether denying harm ``denied`` ("no casualties") denies a count of harm ``counted``."""
    return denied == counted or denied == "casualties"


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# TimeML modifiers that make a span an open or one-sided bound: such a time is
# not the time of the event and is never compared as if it were.
OPEN_MODIFIERS = frozenset(
    {
        "BEFORE",
        "AFTER",
        "ON_OR_BEFORE",
        "ON_OR_AFTER",
        "LESS_THAN",
        "MORE_THAN",
        "EQUAL_OR_LESS",
        "EQUAL_OR_MORE",
    }
)
OPEN_SIGNALS = frozenset(
    {"since", "until", "till", "by", "before", "after", "from", "within", "over", "through"}
)


def add_days(day: dt.date, days: int) -> dt.date:
    """``day`` moved by ``days``, held at the ends of the calendar (0001-01-01, 9999-12-31): a
    source published on the last day Python can hold still has a "tomorrow" to compare."""
    ordinal = day.toordinal() + days
    return dt.date.fromordinal(min(max(ordinal, 1), dt.date.max.toordinal()))


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    year = min(max(year, 1), 9999)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def add_years(day: dt.date, years: float) -> dt.date:
    return add_months(day, round(years * 12))


def _unit_start(day: dt.date, granularity: str) -> dt.date:
    if granularity in ("time", "day"):
        return day
    if granularity == "week":
        return add_days(day, -day.weekday())
    if granularity in ("month", "season", "quarter"):
        return day.replace(day=1)
    if granularity == "year":
        return dt.date(day.year, 1, 1)
    if granularity == "decade":
        return dt.date(max(day.year // 10 * 10, 1), 1, 1)
    return dt.date(max(day.year // 100 * 100, 1), 1, 1)


def _unit_step(day: dt.date, granularity: str, count: int) -> dt.date:
    if granularity in ("time", "day"):
        return add_days(day, count)
    if granularity == "week":
        return add_days(day, 7 * count)
    if granularity in ("month", "season", "quarter"):
        return add_months(day, count)
    if granularity == "year":
        return add_months(day, 12 * count)
    if granularity == "decade":
        return add_months(day, 120 * count)
    return add_months(day, 1200 * count)


# A story's times are few distinct values (its claims share them), each asked for by every claim that
# gives it, at each step of the comparison that dates it.
@functools.lru_cache(maxsize=4096)
def interval(span: TimeSpan, granularity: str | None = None) -> tuple[dt.date, dt.date] | None:
    """The days ``[start, end)`` of ``span`` widened to whole units of ``granularity``.

    An approximate span is widened by one unit of its own granularity on each
    side first ("around 1950" may be 1949). ``None`` when unresolved.
    """
    if span.start is None or span.end is None:
        return None
    start, end = span.start, max(span.end, add_days(span.start, 1))
    if span.approximate:
        start = _unit_step(_unit_start(start, span.granularity), span.granularity, -1)
        end = _unit_step(_unit_start(add_days(end, -1), span.granularity), span.granularity, 2)
    target = granularity or span.granularity
    coarse_start = _unit_start(start, target)
    coarse_end = _unit_step(_unit_start(add_days(end, -1), target), target, 1)
    return coarse_start, coarse_end


def coarser(a: TimeSpan, b: TimeSpan) -> str:
    return max(a.granularity, b.granularity, key=lambda g: GRANULARITY_RANK[g])


def is_point_in_time(span: TimeSpan) -> bool:
    """Whether ``span`` says when something happened (not a bound such as "since 2019")."""
    if span.modifier and span.modifier.upper() in OPEN_MODIFIERS:
        return False
    if span.signal and span.signal.lower() in OPEN_SIGNALS:
        return False
    return span.timex_type in ("DATE", "TIME")


# TIMEX3's parts of the day, as a time of day in words
PARTS_OF_DAY = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}


def part_of_day_name(span: TimeSpan) -> str | None:
    """The part of the day a time gives instead of a clock ("Friday evening": "evening")."""
    value = span.timex_value or ""
    if span.clock or len(value) < 3 or value[-3] != "T":
        return None
    return PARTS_OF_DAY.get(value[-2:])


# A story's claims share a few values (:func:`~factcheck.records.values_shared`), and each claim's is
# described for every finding, fact and class of values it is in.
@functools.lru_cache(maxsize=4096)
def describe_span(span: TimeSpan) -> str:
    """A short, normalised rendering: ``2024-06-13 (Thursday)``, ``2024-06-13 (Thursday) evening``,
    ``2000-07``, ``Friday``, ``14:00`` (a time of day of no known day)."""
    if span.start is None:
        part = part_of_day_name(span)
        if span.weekday is not None:
            return WEEKDAYS[span.weekday] + (f" {span.clock}" if span.clock else f" {part}" if part else "")
        # "1:15 p.m." in a report without a date: the time of day, not a TIMEX3 pattern of unknowns
        return span.clock or part or span.timex_value
    text = span.timex_value
    if span.granularity in ("day", "time") and span.end and (span.end - span.start).days <= 1:
        text = f"{span.start.isoformat()} ({WEEKDAYS[span.start.weekday()]})"
        part = part_of_day_name(span)
        if span.granularity == "time" and span.clock:
            text = f"{text} {span.clock}"
        elif part:
            text = f"{text} {part}"
    elif span.granularity in ("day", "time"):
        last = add_days(span.end, -1) if span.end else span.start
        text = f"{span.start.isoformat()}/{last.isoformat()}"
    if span.approximate:
        text = f"about {text}"
    return text


def _number(value: float) -> str:
    if math.isfinite(value) and value == int(value):
        return f"{int(value):,}"
    return f"{value:g}"


def rounding_step(value: float) -> float:
    """Half the place of the last non-zero digit of a whole number ("2,000" -> 500).

    Numbers under 100 and fractional numbers are read as exact: "1.2 miles"
    is not "about 1 mile", and a quake "10 km deep" is not one 12 km deep.
    """
    if value != int(value) or abs(value) < 100:
        return 0.0
    whole = abs(int(value))
    place = 1
    while whole % (place * 10) == 0:
        place *= 10
    return place / 2 if place > 1 else 0.0


# The units extraction reads, by pint's name, as news writes them: (one of them, several)
_UNIT_WORDS = {
    "acre": ("acre", "acres"),
    "centimeter": ("cm", "cm"),
    "degree_Celsius": ("°C", "°C"),
    "degree_Fahrenheit": ("°F", "°F"),
    "foot": ("foot", "feet"),
    "foot ** 2": ("square foot", "square feet"),
    "gallon": ("gallon", "gallons"),
    "gram": ("g", "g"),
    "hectare": ("hectare", "hectares"),
    "inch": ("inch", "inches"),
    "kilogram": ("kg", "kg"),
    "kilometer": ("km", "km"),
    "kilometer ** 2": ("km²", "km²"),
    "kilometer / hour": ("km/h", "km/h"),
    "knot": ("knot", "knots"),
    "liter": ("liter", "liters"),
    "meter": ("m", "m"),
    "meter ** 2": ("m²", "m²"),
    "meter ** 3": ("m³", "m³"),
    "meter / second": ("m/s", "m/s"),
    "metric_ton": ("tonne", "tonnes"),
    "mile": ("mile", "miles"),
    "mile ** 2": ("square mile", "square miles"),
    "mile / hour": ("mph", "mph"),
    "milliliter": ("ml", "ml"),
    "millimeter": ("mm", "mm"),
    "nautical_mile": ("nautical mile", "nautical miles"),
    "oil_barrel": ("barrel", "barrels"),
    "ounce": ("ounce", "ounces"),
    "percent": ("percent", "percent"),
    "percentage_point": ("percentage point", "percentage points"),
    "pound": ("pound", "pounds"),
    "yard": ("yard", "yards"),
}
# The base unit of each dimension pint converts to, as the range of a converted measure is shown
_BASE_UNIT_SYMBOLS = {
    "[length]": "m",
    "[length] ** 2": "m²",
    "[length] ** 3": "m³",
    "[mass]": "kg",
    "[length] / [time]": "m/s",
    "[temperature]": "K",
}


def unit_words(unit: str, one: bool = False) -> str:
    """A unit as news writes it ("nautical_mile" -> "nautical miles", "kilometer" -> "km"); a unit
    without words of its own is shown as named."""
    words = _UNIT_WORDS.get(unit)
    return unit.replace("_", " ") if words is None else words[0 if one else 1]


def base_unit_symbol(dimension: str | None) -> str | None:
    """The symbol of the base unit a measure of ``dimension`` is converted to ("[length]" -> "m")."""
    return _BASE_UNIT_SYMBOLS.get(dimension or "")


def quantity_range(quantity: Quantity) -> tuple[float, float]:
    """The range of ``quantity`` in its base unit when it has one; open ends are infinite."""
    if quantity.si_low is not None or quantity.si_high is not None:
        low, high = quantity.si_low, quantity.si_high
    else:
        low, high = quantity.low, quantity.high
    return (-math.inf if low is None else low, math.inf if high is None else high)


_CURRENCY_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}
_LARGE_NUMBERS = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def money_amount(value: float, currency: str | None) -> str:
    """A sum as news writes it: "$4.5 billion", "€85 million", "$21.50", "12,000 CHF"."""
    scaled = next(
        (f"{value / scale:,.6g} {word}" for scale, word in _LARGE_NUMBERS if abs(value) >= scale), None
    )
    if scaled is None:
        scaled = _number(value) if value == int(value) else f"{value:,.2f}"
    sign = _CURRENCY_SIGNS.get(currency or "")
    if sign:
        return f"{sign}{scaled}"
    return f"{scaled} {currency}" if currency else scaled


# What a sum of money is the amount of (:mod:`factcheck.extract.quantities.money`), and how a sum of
# each is written: "$4.5 billion deal", "$799" (a price), "$25 a share", "€85 million haul" (stolen),
# "$185,000 salary" (a year's pay)
DEAL = "deal"
PRICE = "price"
PER_SHARE = "price per share"
STOLEN = "haul"
SALARY = "salary"
# the cost of what an incident destroyed ("caused $2 million in damage", "damage estimated at $3 million")
DAMAGE = "damage"
# the sum set for a suspect's release before trial ("held on $50,000 bail", "freed on a $7,500 bond")
RELEASE_SUMS = frozenset({"bail", "bond"})
_SUM_WORDS = {PRICE: "", PER_SHARE: "a share"}


# Things a number names one of rather than counts ("stopped in round 7")
_NUMBERED = frozenset({"round"})


@functools.lru_cache(maxsize=4096)  # as describe_span; equal numbers are written alike (1 and 1.0)
def describe_quantity(quantity: Quantity, with_counted: bool = True) -> str:
    low = quantity.low
    high = quantity.high
    money = quantity.measure == "money"

    def number(value: float) -> str:
        return money_amount(value, quantity.unit) if money else _number(value)

    if low is not None and high is not None and low == high:
        amount = number(low)
    elif low is not None and high is not None:
        amount = f"{number(low)}-{number(high)}"
    elif low is not None:
        amount = f"at least {number(low)}"
    elif high is not None:
        amount = f"at most {number(high)}"
    else:
        amount = "an unknown number of"
    if quantity.hedge and quantity.hedge.lower() not in amount:
        amount = f"{amount} ({quantity.hedge})"
    if quantity.counted in _NUMBERED and with_counted:
        return f"{quantity.counted} {amount}"  # "round 7": one of a numbered series, not seven of them
    words = [amount]
    if quantity.unit and quantity.measure not in ("count", "money"):
        words.append(unit_words(quantity.unit, one=low == high == 1))
    if money and quantity.counted in _SUM_WORDS:
        words.append(_SUM_WORDS[quantity.counted] if with_counted else "")
    elif quantity.counted and with_counted:
        words.append(_singular_counted(quantity.counted) if amount == "1" else quantity.counted)
    return " ".join(word for word in words if word)


# Extraction says a count of persons in the plural whatever the number ("One person died": "people
# killed"); one of them is said in the singular.
_SINGULAR_PERSONS = {"people": "person", "children": "child", "men": "man", "women": "woman"}


_SAME_IN_THE_SINGULAR = frozenset({"series", "species", "news", "means", "bus", "gas"})


def _singular_counted(counted: str) -> str:
    """What one of a count is: "people killed" -> "person killed", "losses" -> "loss", "counts of
    arson" -> "count of arson" (the first word, a noun in the plural)."""
    words = counted.split()
    if not words:
        return counted
    first = words[0]
    if first in _SINGULAR_PERSONS:
        first = _SINGULAR_PERSONS[first]
    elif first not in _SAME_IN_THE_SINGULAR:
        first = singular_noun(first)
    return " ".join([first, *words[1:]])


def singular_noun(word: str) -> str:
    """A lower-case noun without its plural ending ("summits" -> "summit", "injuries" -> "injury",
    "losses" -> "loss", "ties" -> "tie"); a word of no plural ending ("boss", "status") or the same in
    both ("species") stays."""
    if word in _SAME_IN_THE_SINGULAR:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


# English plurals of the nouns counts count: "child" -> "children", "injury" -> "injuries"
IRREGULAR_PLURALS = {
    "people": "people",
    "persons": "people",
    "person": "people",
    "children": "children",
    "child": "children",
    "men": "men",
    "man": "men",
    "women": "women",
    "woman": "women",
    "wives": "wives",
    "wife": "wives",
    "passersby": "passersby",
    "passerby": "passersby",
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


def is_plural(word: str) -> bool:
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word] == word or word == "persons"
    if len(word) > 4 and word.endswith("men"):
        return True  # "gunmen", "firemen"
    return len(word) > 2 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s"))


def plural(word: str) -> str:
    """The plural of a noun ("child" -> "children", "injury" -> "injuries"); a plural stays as it is."""
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if is_plural(word):
        return word
    if len(word) > 4 and word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def ordinal_word(number: int) -> str:
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def describe_recurrence(recurrence: Recurrence) -> str:
    parts = []
    if recurrence.ordinal is not None:
        parts.append(ordinal_word(recurrence.ordinal))
    else:
        parts.append("an")
    parts.append(recurrence.title or "occurrence")  # "the 86th Marlow Awards", "the 12th Doctor"
    if recurrence.previous_gap_years is not None:
        parts.append(f"in {_number(recurrence.previous_gap_years)} years")
    if recurrence.window_start is not None:
        parts.append(f"since {recurrence.window_start.isoformat()}")
    if recurrence.occurrence is not None and recurrence.occurrence.start is not None:
        parts.append(f"({describe_span(recurrence.occurrence)})")
    return " ".join(parts)


def describe(claim: Claim) -> str:
    """The claim's normalised value as one short string, for reports."""
    value = claim.value
    kind = claim.kind
    if kind == "time":
        return describe_span(value)
    if kind == "duration":
        low, high = value.low, value.high
        if low is not None and low == high:
            return f"{_number(low)} {value.unit if low == 1 else plural(value.unit)}"
        if low is None and high is not None:
            return f"less than {_number(high)} {value.unit}s"
        if high is None and low is not None:
            bound = "at least" if value.modifier == "EQUAL_OR_MORE" else "more than"  # "no less than"
            return f"{bound} {_number(low)} {value.unit}s"
        return f"{_number(low or 0)}-{_number(high or 0)} {value.unit}s"
    if kind == "quantity":
        return describe_quantity(value)
    if kind == "recurrence":
        return describe_recurrence(value)
    if kind == "entity":
        return value.name
    if kind == "role":
        title = f"{ordinal_word(value.ordinal)} {value.title}" if value.ordinal is not None else value.title
        return f"{value.person} ({title})"
    if kind == "age":
        return f"{value.person}, {value.years}" + (
            f" (as of {value.as_of.isoformat()})" if value.as_of else ""
        )
    return claim.quote


def value_key(claim: Claim) -> str:
    """The claim's value alone, without the words for what it is about: claims of one slot
    with equal value keys say the same thing ("10 killed" and "10 dead" are both "10")."""
    value = claim.value
    if claim.kind == "quantity":
        return describe_quantity(value, with_counted=False)
    if claim.kind == "age":
        return f"{value.years}" + (f" (as of {value.as_of.isoformat()})" if value.as_of else "")
    return describe(claim)
