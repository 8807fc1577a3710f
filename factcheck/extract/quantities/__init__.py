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

The package, by concern: :mod:`.hedges` (the tolerances and hedge patterns),
:mod:`.units` (units, currencies, magnitudes, conversion), :mod:`.counted`
(what a count counts) and :mod:`.claims` (the numbers of a source and their
claims); number words are read by :mod:`factcheck.extract.numbers`.

``find_quantities`` fills ``counted``; ``subject``, ``event`` and ``stance``
are left to the extraction stage that knows the story's entities and events.
"""

from factcheck.extract.quantities.claims import find_quantities
from factcheck.extract.quantities.hedges import (
    APPROX_TOLERANCE,
    HEDGES,
    POSTFIX_HEDGES,
    VAGUE_AMOUNTS,
    hedged_range,
)

__all__ = ["APPROX_TOLERANCE", "HEDGES", "POSTFIX_HEDGES", "VAGUE_AMOUNTS", "find_quantities", "hedged_range"]
