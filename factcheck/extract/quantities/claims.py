"""The quantity claims of a source: its numbers, those that are not quantities,
and the claims of the rest.

Each number of a content sentence is read with its range, hedge, measure
and what it counts; years, dates, clock times, ages, codes and labels are
left out. Vague amounts ("dozens of people"), negated counts ("no one was
killed") and magnitudes written with a hyphen or a capital M are found by
their own patterns.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from factcheck.extract.numbers import NumberMention, find_numbers
from factcheck.extract.patterns import words_before
from factcheck.extract.quantities.counted import (
    _DEATH_WORDS,
    _INJURY_WORDS,
    _VERB_BEFORE_RE,
    _counted,
    _counted_key,
    _noun_phrase,
)
from factcheck.extract.quantities.fractions import (
    FRACTION_AFTER_UNIT,
    FRACTION_VALUES,
    amounts_before_units,
)
from factcheck.extract.quantities.hedges import (
    _HEDGE_BEFORE_RE,
    _HEDGE_REACH,
    _POSTFIX_HEDGE_RE,
    _VAGUE_CUES,
    _VAGUE_RE,
    HEDGES,
    POSTFIX_HEDGES,
    VAGUE_AMOUNTS,
    hedged_range,
)
from factcheck.extract.quantities.outcomes import participle_after
from factcheck.extract.quantities.phrases import PART_WORDS, VERB_PARTICIPLE
from factcheck.extract.quantities.units import (
    _CURRENCY_BEFORE_RE,
    _CURRENCY_SYMBOLS,
    _HYPHENATED_MAGNITUDE_RE,
    _MAGNITUDE,
    _MAGNITUDE_CUES,
    _MAGNITUDE_FORM_RE,
    _MONEY_SCALE_RE,
    _MONEY_SCALES,
    BLOOD_ALCOHOL,
    BLOOD_ALCOHOL_CUES,
    BLOOD_ALCOHOL_POINT_RE,
    _Measure,
    _measure_after,
    _quantity,
    _skip_conversion,
)
from factcheck.extract.spans import claim_span
from factcheck.records import DurationClaim, Quantity, QuantityClaim, Segment, Source, TimeClaim

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
# "killing 14 civilians, including five children, and wounding 30": a part's noun is not the one a
# later count without its own noun counts (30 wounded, not 30 children), when there is a whole's before
_PART_BEFORE_RE = re.compile(rf"\b(?:{PART_WORDS})\s+\Z", re.I)
_AGE_BEFORE_RE = re.compile(r"\b(?:aged|age\s+of|ages\s+of)\s+$", re.IGNORECASE)
_RANGE_JOIN_RE = re.compile(r"^\s*(?:-|–|—|to)\s*$")
_BETWEEN_RE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_TEMPORAL_BEFORE_RE = re.compile(
    r"\b(?:in|since|from|by|until|till|to|of|the|early|late|mid|after|before|during|between|and|around|circa|c\.)\s+$",
    re.IGNORECASE,
)

_NEGATED_RE = re.compile(
    r"(?<![\w-])(?:(no[\s-]one|nobody|none)(?:\s+else)?\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|got|being)\s+)?"
    r"(?:(?:reportedly|seriously|critically|immediately)\s+)?(killed|injured|hurt|wounded|dead|died|harmed|missing)\b"
    r"|(?<!\bthe )\b(no|zero)\s+(casualties|deaths|fatalities|injuries|people\s+(?:were\s+)?(?:killed|injured|hurt|dead)))\b",
    re.IGNORECASE,
)

_LABEL_WORDS = frozenset(
    """top bottom number no page chapter level grade size round day week game act season phase stage vol
    volume part step room flight route gate platform row seat""".split()
)

_CLOCK_BEFORE_RE = re.compile(r"\d[:.]$")
_LEADING_ZERO_RE = re.compile(r"0\d")
_CODE_AFTER_RE = re.compile(r"[-–]\d")
_CODE_BEFORE_RE = re.compile(r"\d\s?[-–]$|\(\d{3}\)\s?$|#\s?$|\bNo\.\s?$")
_PREVIOUS_WORD_RE = re.compile(r"([A-Za-z][\w'’.-]*)\s*$")
_PRONOUN_ONE_BEFORE_RE = re.compile(r"\b(?:no|at|any|every|some)[\s-]$", re.IGNORECASE)

_CAPITALISED_ALLOWED_BEFORE = frozenset(
    """rs the a an all some about around nearly almost over more at up only just another another's
    approximately roughly an estimated and but while with of those these its their his her our
    just exactly precisely fewer less under below upwards as between magnitude""".split()
)


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
            (BLOOD_ALCOHOL_POINT_RE, BLOOD_ALCOHOL_CUES),
        )
    )
    amounts = amounts_before_units(text)
    amount_starts = [n.start for n in amounts]
    claims: list[QuantityClaim] = []
    for segment in segments:
        if not segment.content or segment.duplicate_of is not None:
            continue
        # time claims lie inside one sentence each
        inside = masked[
            bisect.bisect_left(masked, (segment.start,)) : bisect.bisect_left(masked, (segment.end,))
        ]
        spelt = amounts[
            bisect.bisect_left(amount_starts, segment.start) : bisect.bisect_left(amount_starts, segment.end)
        ]
        claims.extend(_segment_quantities(source, segment, inside, phrases, spelt))
    claims.sort(key=lambda c: (c.start, c.end, c.id))
    return claims


def _segment_quantities(
    source: Source,
    segment: Segment,
    masked: list[tuple[int, int]],
    phrases: tuple[list[re.Match], ...],
    spelt: Sequence[NumberMention],
) -> list[QuantityClaim]:
    text = source.text
    numbers = [
        n for n in find_numbers(text, segment.start, segment.end) if not _inside(n.start, n.end, masked)
    ]
    spelt = [n for n in spelt if n.end <= segment.end and not _inside(n.start, n.end, masked)]
    if spelt:
        # "three quarters of a mile" is 0.75 miles, not three of something
        spans = [(n.start, n.end) for n in spelt]
        numbers = sorted(
            [*(n for n in numbers if not _inside(n.start, n.end, spans)), *spelt],
            key=lambda n: (n.start, -n.end),
        )
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
        if previous_head is None or not _PART_BEFORE_RE.search(text, max(0, number.start - 25), number.start):
            previous_head = head or previous_head
        found.append(claim)
    vague, negated, magnitudes, blood_alcohol = (
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
    for match in blood_alcohol:
        level = float(match.group(1))
        quantity = _quantity(level, level, BLOOD_ALCOHOL, "blood alcohol level", None)
        found.append(_claim(source, segment, match.start(1), match.end(1), quantity))
    return found


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _number_claim(
    source: Source, segment: Segment, numbers: list[NumberMention], index: int, previous_head: str | None
) -> tuple[QuantityClaim | None, int, str | None]:
    text = source.text
    number = numbers[index]
    before = words_before(text, segment.start, number.start, 60)
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
    fraction = FRACTION_AFTER_UNIT.match(text, measure.end, segment.end) if measure.unit else None
    if fraction and low == high:
        # "two miles and a half", "a mile and a half"
        low = high = low + FRACTION_VALUES[fraction.group(1).lower()]
        measure = _Measure(measure.unit, measure.measure, fraction.end(), measure.currency)
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
    if number.digits and _LEADING_ZERO_RE.match(number.text):
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


def _vague_claim(source: Source, segment: Segment, match: re.Match) -> QuantityClaim | None:
    text = source.text
    word = re.sub(r"\s+", " ", match.group(1).lower())
    low, high = VAGUE_AMOUNTS[word]
    measure = _Measure(None, "count", match.end())
    before = text[max(segment.start, match.start() - 60) : match.start()]
    phrase, phrase_end, head = _noun_phrase(text, segment, match.end() - 1, 2.0, measure)
    if phrase is None:
        return None
    participle, _ = participle_after(text, segment, phrase_end)
    verb_match = _VERB_BEFORE_RE.search(before)
    outcome = (
        VERB_PARTICIPLE.get(verb_match.group(1).lower(), verb_match.group(1).lower()) if verb_match else None
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
