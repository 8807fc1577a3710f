"""The telephone numbers a story gives readers to call: "call police on 0163 488 7710".

Crime and accident reports end with an appeal for witnesses and the number to
call; a digit dropped or changed on the way from one copy to the next sends
callers to nobody. Each number written after a word of calling ("call",
"contact", "phone", "hotline", "tip line") is read as one number, its digits
without spaces, brackets or dashes. Numbers are one line of the story when
they are written the same or one is the other with one digit left out, added,
changed or two digits swapped: two services' numbers differ in far more
places, so a near miss is a misprint (:mod:`factcheck.compare.rules.phone`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from factcheck.compare.readings import entity_reading
from factcheck.records import Entity, EntityClaim, Segment, Source

# Fewer digits are an extension or a short code ("101", "911"); more are no telephone number.
_DIGITS = (7, 13)
_NUMBER = re.compile(
    r"(?<![\w.,/-])(?:\+\d{1,3}[ .-]?|1[ .-])?(?:\(\d{2,5}\)[ .-]?)?\d{2,5}(?:[ .-]\d{2,7}){1,3}(?![\w/-]|[.,]\d)"
)
_CALLING = re.compile(
    r"\b(?:call(?:ed|ing|s)?|contact(?:ed|ing)?|phone|telephone|dial(?:l?ing)?|ring|text|hotline|helpline|"
    r"tip\s*line|tips?\s+line|Crime\s*Stoppers)\b",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# How far before a number its word of calling may stand ("contact Surrey Police or Crimestoppers on ...").
_CALLING_REACH = 120


def phone_readings(source: Source, segments: Sequence[Segment]) -> list[EntityClaim]:
    """One reading per telephone number a content sentence gives, its subject the number's digits."""
    text = source.text
    claims: list[EntityClaim] = []
    for segment in segments:
        for match in _NUMBER.finditer(text, segment.start, segment.end):
            digits = re.sub(r"\D", "", match.group())
            if len(digits) == 11 and digits.startswith("1"):
                digits = digits[1:]  # "1-800-555-0199" is dialled as "800-555-0199" within North America
            if not _DIGITS[0] <= len(digits) <= _DIGITS[1] or _ISO_DATE.fullmatch(match.group()):
                continue
            if not _CALLING.search(text, max(segment.start, match.start() - _CALLING_REACH), match.start()):
                continue
            # as dialled: one value however it is written
            line = Entity(id=f"phone-{digits}", kind="other", name=digits)
            claims.append(entity_reading(source, segment, match, "phone", digits, line))
    return claims


def misprinted(digits: str, other: str) -> bool:
    """Whether two different numbers are one written wrong: a digit left out, added, changed, or two
    neighbours swapped."""
    return digits != other and OSA.distance(digits, other) == 1


@dataclass(frozen=True)
class PhoneBook:
    """The numbers a story's reports give: the reports giving each (by its digits), and the numbers by
    their first and by their last three digits. One digit wrong leaves one end of a number of seven
    or more as it was, so a number's misprints are among those sharing an end with it: each is
    compared with those few, not with every number of a big story."""

    reports: Mapping[str, frozenset[str]]
    by_end: Mapping[str, tuple[str, ...]]

    def near(self, digits: str) -> list[str]:
        """The numbers of the book ``digits`` is a misprint of, smallest first."""
        candidates = {*self.by_end.get("<" + digits[:3], ()), *self.by_end.get(">" + digits[-3:], ())}
        return sorted(other for other in candidates if misprinted(digits, other))


def phone_book(claims: Iterable[EntityClaim]) -> PhoneBook:
    """The phone book of the readings ``claims``."""
    found: dict[str, set[str]] = {}
    for claim in claims:
        if claim.predicate == "phone":
            found.setdefault(claim.subject, set()).add(claim.source)
    by_end: dict[str, list[str]] = {}
    for digits in sorted(found):
        by_end.setdefault("<" + digits[:3], []).append(digits)
        by_end.setdefault(">" + digits[-3:], []).append(digits)
    return PhoneBook(
        {digits: frozenset(sources) for digits, sources in found.items()},
        {end: tuple(numbers) for end, numbers in by_end.items()},
    )


def line_of(digits: str, book: PhoneBook) -> str:
    """The line a number is of among the numbers of a story's ``book``: the smallest of it and those
    it is a misprint of, so that each of a pair names one line. A report that gives both numbers of a
    near pair ("call 555-0142 or 555-0147") gives two lines. A number none of them gives (a draft's)
    is of the line of a number it is a misprint of."""
    if digits not in book.reports:
        near = book.near(digits)
        return line_of(near[0], book) if near else digits
    mine = book.reports[digits]
    return min([digits, *(other for other in book.near(digits) if not mine & book.reports[other])])


def line_name(claims: Sequence[EntityClaim]) -> str:
    """A line as its reports write it most often ("0163 488 7710")."""
    written = Counter(" ".join(claim.quote.split()) for claim in claims)
    return min(written, key=lambda name: (-written[name], name)) if written else ""
