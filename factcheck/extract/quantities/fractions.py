"""Measures whose amount is an article or a fraction, not a number.

"half a mile", "a quarter mile", "a half-mile", "three quarters of a mile",
"a mile away" and "a mile and a half" measure a length as surely as "0.5
miles" does. The words before the unit become a number mention ("half a"
is 0.5), so the measure, its hedge ("about half a mile") and what it
measures are read as for any number; "and a half" after a unit adds its
half to whatever number came before ("two miles and a half" is 2.5).

Only unit words spelt out count ("a mile", not "a mi"; not "a pound",
which is as often money), and a bare "a" only where what follows makes it
a measure ("a mile away", "a metre long", "a mile and a half"): "found in a
yard", "on foot" and "a ton of praise" measure nothing, and neither does
"a yard" or "a foot" alone, which are as often a garden or a body part.
"""

from __future__ import annotations

import re

from factcheck.extract.numbers import NumberMention

# Units spelt out in full, as news writes them after "a" or "half a".
_UNIT_WORDS = (
    r"miles?|kilomet(?:re|er)s?|met(?:re|er)s?|feet|foot|yards?|inch(?:es)?|acres?|hectares?"
    r"|tons?|tonnes?|kilo(?:gram|gramme)?s?|ounces?|gallons?|lit(?:re|er)s?"
)
# Where a bare "a" before a unit is its amount: the measure goes on to say how far or how long.
_MEASURE_GOES_ON = (
    r"(?:-long|-wide|-high|-deep)\b|\s+(?:away|long|wide|high|deep|tall|from|north|south|east|west"
    r"|north-?east|north-?west|south-?east|south-?west)\b"
)
_AMOUNT_BEFORE_UNIT = re.compile(
    r"\b(?:(?P<half>half\s+an?)|(?P<a_half>an?\s+half)[\s-]|(?P<quarter>an?\s+quarter(?:\s+of\s+an?|[\s-]))"
    r"|(?P<three_quarters>three[\s-]quarters\s+of\s+an?)|(?P<one>an?))"
    rf"(?=\s*(?<![^\s-])(?P<unit>{_UNIT_WORDS})\b(?P<after>\s+and\s+an?\s+(?:half|quarter)\b|{_MEASURE_GOES_ON})?)",
    re.IGNORECASE,
)
# the pattern runs only on texts with a unit word (lowered: a case-sensitive search is the faster)
_ANY_UNIT_WORD = re.compile(rf"\b(?:{_UNIT_WORDS})\b")
# Unit words with another everyday sense ("a yard from the road", "a foot from the pool"): only a
# fraction makes them a measure ("half a yard").
_NOT_ONLY_UNITS = frozenset({"yard", "foot"})
_VALUES = {"half": 0.5, "a_half": 0.5, "quarter": 0.25, "three_quarters": 0.75, "one": 1.0}
# "and a half" (or a quarter) right after a measure's unit
FRACTION_AFTER_UNIT = re.compile(r"\s+and\s+an?\s+(half|quarter)\b", re.IGNORECASE)
FRACTION_VALUES = {"half": 0.5, "quarter": 0.25}


def amounts_before_units(text: str) -> list[NumberMention]:
    """The articles and fractions that give a spelt-out unit its amount, in text order."""
    if not _ANY_UNIT_WORD.search(text.lower()):
        return []
    found = []
    for match in _AMOUNT_BEFORE_UNIT.finditer(text):
        form = next(name for name in _VALUES if match.group(name))
        if form == "one" and (match.group("after") is None or match.group("unit").lower() in _NOT_ONLY_UNITS):
            continue
        words = match.group(0)
        if form in ("a_half", "quarter") and words[-1] in " -":
            words = words[:-1]
        found.append(NumberMention(match.start(), match.start() + len(words), _VALUES[form], words, False))
    return found
