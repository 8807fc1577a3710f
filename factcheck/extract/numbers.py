"""Numbers and ordinals in English text, with their exact character spans.

Cardinals in digits ("11,000", "1.2", "5.9", "1.2 million") and in words
("ten", "two hundred", "twenty-one", "a dozen", "two dozen", "two million",
"two hundred and fifty"), halves and quarters ("two and a half", "half a
million", "a quarter of a million"), and ordinals ("first", "twenty-first",
"12th").

Hand-written rather than a library: number-parser (the candidate measured
for this) rewrites the text instead of giving spans, leaves "a dozen" and
"1.2 million" unparsed (the latter becomes "1.2 1000000") and runs at about
290 KB/s on news text on its own, more than the whole extraction may spend.
English number words are a small closed grammar; one compiled regex per form
finds them and a few lines fold them into a value.

This module only reads numbers. Whether a number is a claim (and not a year,
a date, a clock time, a model name such as "F-16") is decided by the callers
(:mod:`factcheck.extract.quantities`, :mod:`factcheck.extract.ages`,
:mod:`factcheck.extract.recurrence`), which see the context.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from factcheck.extract.patterns import CASE_FOLDING_ODDITIES, not_after, word_trie

# The most words one number takes ("two hundred and fifty-three thousand four hundred and twenty-one": 11)
MAX_NUMBER_WORDS = 16

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
# The one-word numbers from one to twenty, for patterns elsewhere that read a small count in words
# ("a fifteen-yard run", "two touchdowns")
WORD_NUMBERS = {**{word: value for word, value in _UNITS.items() if value}, "twenty": 20}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 10**12,
    # Indian English, as in wire copy from South Asia: "5 lakh people", "Rs 200 crore"
    "lakh": 100_000,
    "lakhs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
}
_DOZEN = {"dozen": 12}

ORDINAL_UNITS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
}
_ORDINAL_TENS = {
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
}
_ORDINAL_SCALES = {"hundredth": 100, "thousandth": 1000}


_NUMBER_WORD = word_trie([*_UNITS, *_TENS, *_SCALES, *_DOZEN])
_SCALE_WORD = word_trie([*_SCALES, *_DOZEN])
# The words as written in running text, sentence starts and all-capital headlines: a case-sensitive
# pattern runs half again as fast as an IGNORECASE one
_CASED_NUMBER_WORD = word_trie(
    [
        form
        for word in [*_UNITS, *_TENS, *_SCALES, *_DOZEN]
        for form in (word, word.capitalize(), word.upper())
    ]
)
# What the digit patterns below check right after their first digit (see ``not_after``): a run of
# digits starts there; the digits are not glued to what comes before them.
_DIGITS_START = not_after(r"\d")
_DIGITS_UNGLUED = not_after(r"\w.,/:\-\u2010\u2011")

# A run of number words joined by spaces, hyphens or "and" ("two hundred and fifty");
# "a" counts as one only before a scale word ("a dozen", "a hundred").
_WORDS_RE = re.compile(
    rf"\b(?:[Aa]n?\s+(?=(?:{_SCALE_WORD})\b))?(?:{_CASED_NUMBER_WORD})"
    rf"(?:(?:\s+(?:and|AND)\s+|[\s-]+)(?:{_CASED_NUMBER_WORD}))*\b"
)
# Digits not glued to a letter, digit group or hyphen before them ("G7", "F-16", "COVID-19"),
# optionally followed by a scale word ("1.2 million").
# The longest run of digits read as a number (a trillion with separators is 17 characters).
MAX_DIGITS = 30
_DIGITS_RE = re.compile(
    rf"(\d{_DIGITS_UNGLUED}(?:\d{{0,2}}(?:,\d{{3}})+|\d*))(\.\d+)?(?![\d,.]\d)"
    rf"(?:\s+({word_trie(_SCALES)})\b)?",
    re.IGNORECASE,
)
# Halves and quarters of a number: "two and a half", "1 and a half million", "half a million",
# "a quarter of a million", "a half dozen"
_FRACTION_RE = re.compile(
    rf"\b(?:(?P<whole>(?:{_NUMBER_WORD})(?:[\s-]+(?:{_NUMBER_WORD})){{0,{MAX_NUMBER_WORDS}}}|\d+)"
    rf"\s+and\s+an?\s+(?P<part>half|quarter)"
    rf"|(?P<lone>half|an?\s+quarter)\s+(?:of\s+)?an?|(?P<lone_before_scale>an?\s+(?:half|quarter)))"
    rf"(?:\s+(?P<scale>{word_trie([*_SCALES, *_DOZEN])}))?\b",
    re.IGNORECASE,
)
# Halves and quarters are rare: the fraction pattern runs only on texts with one of these words
# (looked up as plain strings, six times faster than one regex of them).
_FRACTION_CUES = ("half", "Half", "HALF", "quarter", "Quarter", "QUARTER")
_LETTERS_RE = re.compile(r"[A-Za-z]+")
# "twenty-first" is an ordinal, not 20
_ORDINAL_UNIT_AFTER = re.compile(r"-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b", re.I)
_WORD_SPLIT_RE = re.compile(r"[\s-]+")
_SEPARATOR_RE = re.compile(r"\s+and\s+|[\s-]+", re.IGNORECASE)
_ORDINAL_WORD = word_trie([*ORDINAL_UNITS, *_ORDINAL_TENS, *_ORDINAL_SCALES])
_ORDINAL_RE = re.compile(
    rf"(?<![\w\-])(?:(?:({word_trie(_TENS)})[\s-])?({_ORDINAL_WORD})\b|(\d+)(st|nd|rd|th)\b)",
    re.IGNORECASE,
)
_ORDINAL_SUFFIX = {"1": "st", "2": "nd", "3": "rd"}


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A cardinal number found in text.

    ``start``/``end`` index the text given to :func:`find_numbers`;
    ``digits`` tells "12" from "twelve"; ``glued`` holds letters stuck to the
    digits ("km" in "10km", "bn" in "5bn"), for the caller to accept as a
    unit or reject.
    """

    start: int
    end: int
    value: float
    text: str
    digits: bool
    glued: str = ""

    @property
    def is_integer(self) -> bool:
        return float(self.value).is_integer()


@dataclass(frozen=True, slots=True)
class OrdinalMention:
    """An ordinal ("first", "twenty-first", "12th") and its value."""

    start: int
    end: int
    value: int
    text: str


def words_value(words: str) -> int | None:
    """The value of a run of number words, or None when the run is not one number.

    >>> words_value("two hundred and fifty"), words_value("a dozen"), words_value("twenty-one")
    (250, 12, 21)
    """
    tokens = [t for t in _WORD_SPLIT_RE.split(words.lower()) if t and t != "and"]
    consumed, value = _longest_number(tokens)
    return value if tokens and consumed == len(tokens) else None


def _longest_number(tokens: list[str]) -> tuple[int, int | None]:
    """(how many of ``tokens`` make the longest number at their start, its value), in one pass."""
    total = 0
    current = 0
    previous = None
    last_scale: int | None = None
    best: tuple[int, int | None] = (0, None)
    for index, token in enumerate(tokens):
        if token in ("a", "an") and index == 0:
            current = 1
            previous = "unit"
            continue  # "a" is a number only before a scale word ("a dozen")
        if token in _UNITS:
            if previous == "unit" or (previous == "tens" and _UNITS[token] >= 10) or previous == "teen":
                break
            current += _UNITS[token]
            previous = "teen" if _UNITS[token] >= 10 else "unit"
        elif token in _TENS:
            if previous in ("unit", "tens", "teen"):
                break
            current += _TENS[token]
            previous = "tens"
        elif token == "dozen":
            current = (current or 1) * 12
            previous = "scale"
        elif token == "hundred":
            if current % 100 == 0 and current:
                break
            current = (current or 1) * 100
            previous = "scale"
        elif token in _SCALES:
            scale = _SCALES[token]
            if last_scale is not None and scale >= last_scale:
                break
            last_scale = scale
            total += (current or 1) * scale
            current = 0
            previous = "scale"
        else:
            break
        best = (index + 1, total + current)
    return best


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[NumberMention]:
    """Cardinal numbers inside ``text[start:end]``, in text order, spans indexing ``text``.

    The whole text is read once and kept (for a few texts), so that the extractors calling this for
    every sentence of a source share one pass.
    """
    return _within(*_document_numbers(text), start, len(text) if end is None else end)


def _within(mentions: tuple, starts: tuple[int, ...], start: int, end: int) -> list:
    """The mentions (sorted by start, ``starts`` their starts) lying inside ``[start, end)``."""
    first = bisect.bisect_left(starts, start)
    last = bisect.bisect_left(starts, end, lo=first)
    return [m for m in mentions[first:last] if m.end <= end]


@lru_cache(maxsize=8)
def _document_numbers(text: str) -> tuple[tuple[NumberMention, ...], tuple[int, ...]]:
    found: list[NumberMention] = []
    for match in _DIGITS_RE.finditer(text):
        integer, fraction, scale = match.group(1), match.group(2), match.group(3)
        if len(integer) > MAX_DIGITS:
            continue  # a serial number, a hash, a run of digits: no count a story states
        value = float(integer.replace(",", "") + (fraction or ""))
        if scale:
            value *= _SCALES[scale.lower()]
        glued_match = None if scale else _LETTERS_RE.match(text, match.end(), match.end() + 12)
        glued = glued_match.group(0) if glued_match else ""
        if glued.lower() in ("st", "nd", "rd", "th"):
            continue
        found.append(NumberMention(match.start(), match.end(), value, match.group(0), True, glued))
    for match in _WORDS_RE.finditer(text):
        found.extend(_words_mentions(text, match.start(), match.end()))
    if any(cue in text for cue in _FRACTION_CUES):
        for match in _matches_where_they_can_start(_FRACTION_RE, _fraction_starts(), text):
            mention = _fraction_mention(match)
            if mention is not None:
                found.append(mention)
    found.sort(key=lambda m: (m.start, -m.end))
    kept = tuple(_without_overlaps(found))
    return kept, tuple(m.start for m in kept)


def _fraction_mention(match: re.Match) -> NumberMention | None:
    scale = match.group("scale")
    multiplier = 1 if scale is None else _SCALES.get(scale.lower(), 12)
    lone = match.group("lone") or match.group("lone_before_scale")
    if lone:
        if scale is None:
            return None  # "half a" without a number word after it ("half an hour") is the caller's
        value = 0.5 if lone.lower().split()[-1] == "half" else 0.25
    else:
        whole = match.group("whole")
        base = float(whole) if whole.isdigit() else words_value(whole)
        if base is None:
            return None
        value = base + (0.5 if match.group("part").lower() == "half" else 0.25)
    return NumberMention(
        match.start(), match.end(), value * multiplier, match.group(0), match.group(0)[0].isdigit()
    )


def _words_mentions(text: str, begin: int, end: int) -> list[NumberMention]:
    """The numbers of a run of number words, longest first ("ten and twelve" is two)."""
    if _ORDINAL_UNIT_AFTER.match(text[end : end + 8]):
        return []
    if end < len(text) and (text[end].isalnum() or text[end] == "'" and text[end + 1 : end + 2].isalpha()):
        return []
    if begin >= 2 and text[begin - 1] == "-" and text[begin - 2].isalpha():
        return []  # "no-one", "all-one"
    mentions: list[NumberMention] = []
    chunk = text[begin:end]
    separators = list(_SEPARATOR_RE.finditer(chunk))
    starts = [0, *(m.end() for m in separators)]
    ends = [*(m.start() for m in separators), len(chunk)]
    tokens = [chunk[s:e].lower() for s, e in zip(starts, ends, strict=True)]
    index = 0
    while index < len(tokens):
        # one number has at most MAX_NUMBER_WORDS words; longer runs ("one one one ...") are many numbers
        consumed, value = _longest_number(tokens[index : index + MAX_NUMBER_WORDS])
        if value is None:
            index += 1
            continue
        first, last = begin + starts[index], begin + ends[index + consumed - 1]
        mentions.append(NumberMention(first, last, float(value), text[first:last], False))
        index += consumed
    return mentions


def _without_overlaps(mentions: list[NumberMention]) -> list[NumberMention]:
    kept: list[NumberMention] = []
    for mention in mentions:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


def find_ordinals(text: str, start: int = 0, end: int | None = None) -> list[OrdinalMention]:
    """Ordinals in ``text[start:end]`` ("first", "twenty-first", "12th"), spans indexing ``text``.

    A digit ordinal must have its own suffix ("21st", not "21th").
    """
    return _within(*_document_ordinals(text), start, len(text) if end is None else end)


@lru_cache(maxsize=8)
def _document_ordinals(text: str) -> tuple[tuple[OrdinalMention, ...], tuple[int, ...]]:
    found: list[OrdinalMention] = []
    for match in _matches_where_they_can_start(_ORDINAL_RE, _ordinal_starts(), text):
        tens, word, digits, suffix = match.groups()
        if digits is not None:
            if suffix.lower() != _expected_suffix(digits) or len(digits) > MAX_DIGITS:
                continue  # (past Python's digit limit, int() would raise)
            value = int(digits)
        else:
            word_lower = word.lower()
            value = (
                ORDINAL_UNITS.get(word_lower) or _ORDINAL_TENS.get(word_lower) or _ORDINAL_SCALES[word_lower]
            )
            if tens:
                if word_lower not in ORDINAL_UNITS or ORDINAL_UNITS[word_lower] >= 10:
                    continue
                value += _TENS[tens.lower()]
        found.append(OrdinalMention(match.start(), match.end(), value, match.group(0)))
    return tuple(found), tuple(m.start for m in found)


def _matches_where_they_can_start(
    pattern: re.Pattern[str], starts: tuple[re.Pattern[str], ...], text: str
) -> list[re.Match[str]]:
    """``pattern.finditer(text)`` for a case-insensitive ``pattern`` of lower-case words, tried only where
    it can start: where one of the case-sensitive ``starts`` matches the lowered text.

    The case-insensitive pattern would try every position of the text; the places ``starts`` find are
    several times faster to find, and are tried with ``pattern`` itself, in text order, as finditer
    tries them. A text with a letter that case-folding takes for another than lowering gives is scanned
    whole.
    """
    if any(odd in text for odd in CASE_FOLDING_ODDITIES):
        return list(pattern.finditer(text))
    lower = text.lower()
    positions = sorted({m.start() for start in starts for m in start.finditer(lower)})
    matches: list[re.Match[str]] = []
    resume = 0
    for position in positions:
        if position >= resume and (match := pattern.match(text, position)):
            matches.append(match)
            resume = match.end()
    return matches


@cache
def _ordinal_starts() -> tuple[re.Pattern[str], ...]:
    """Where an ordinal can start in a lowered text: a tens or ordinal word, digits with a suffix (none
    starts inside another or inside a word, so none is skipped). Compiled on first use."""
    words = re.compile(word_trie([*_TENS, *ORDINAL_UNITS, *_ORDINAL_TENS, *_ORDINAL_SCALES]))
    # tried only where a run of digits begins; tried at every digit of a long run, each try would read
    # to the run's end, and a run of n digits would cost n squared
    return words, re.compile(rf"\d{_DIGITS_START}\d*(?:st|nd|rd|th)")


@cache
def _fraction_starts() -> tuple[re.Pattern[str], ...]:
    """Where a half or a quarter can start in a lowered text: a number word, digits before "and a half",
    "half", "a half", "a quarter" (none starts inside another or inside a word). Compiled on first use."""
    return (
        re.compile(_NUMBER_WORD),
        re.compile(rf"\d{_DIGITS_START}\d*\s+and\s+an?\s+(?:half|quarter)"),
        re.compile(r"half|an?\s+quarter"),
        # apart: "a half" would hide the "half" inside it from the pattern above
        re.compile(r"an?\s+half"),
    )


def _expected_suffix(digits: str) -> str:
    if len(digits) >= 2 and digits[-2] == "1":
        return "th"
    return _ORDINAL_SUFFIX.get(digits[-1], "th")
