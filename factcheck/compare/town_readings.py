"""Towns the entity stage does not read as places, read here as the frame's own place claims.

- A local force's town: "the Leeds Police Department" is one organisation to the entity stage, and
  its town is not mentioned apart, as it is in "Leeds police said".
- A town too small for the gazetteer, where a sentence puts something in it: "shot at a farm in
  Dunmore". The frame takes such a town for the incident's place only when the story also writes
  it as a town (:func:`~factcheck.compare.towns.incident_place`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extract.gazetteer import Place, fold, place_names, slug
from factcheck.records import Entity, EntityClaim, Segment, Source
from factcheck.values import WEEKDAYS

# "The Leeds Police Department", "a Leeds Metropolitan Police officer", "Leeds Metro Police".
_FORCE_WORDS = frozenset({"metropolitan", "metro", "city", "state", "county", "transit"})
_FORCE_NAME = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,3}?(?=(?:Metropolitan\s+|Metro\s+|City\s+)?Police\b)")

# "in Dunmore", "outside of Dunmore", "in the town of Dunmore": a name of up to three capitalised
# words after a locative.
_LOCATIVE_NAME = re.compile(
    r"\b(?:in|outside(?:\s+of)?|near)\s+(?:the\s+(?:town|city|village)\s+of\s+)?"
    r"(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})\b"
)
# What a name goes on to name when it is not a town's: "Dunmore County", "Dunmore Street", "Dunmore
# High School".
_NOT_A_TOWN_AFTER = re.compile(
    r"\s+(?:County|Parish|Township|Street|Avenue|Road|Boulevard|Drive|Lane|Park|High|School|Hospital|"
    r"University|College|Center|Centre|Mall|Airport|Apartments|Church|Club)\b"
)
_CALENDAR = frozenset(
    fold(word)
    for word in (*WEEKDAYS, "January", "February", "March", "April", "May", "June", "July", "August")
    + ("September", "October", "November", "December", "Christmas", "Easter", "Thanksgiving")
)


def force_town_readings(source: Source, segments: Sequence[Segment]) -> list[EntityClaim]:
    """One reading of a town per local force a content sentence names by it, where the sentence tells
    what the force says or does of a case ("the Leeds Police Department said", "Leeds Police are
    investigating"), not where its name comes in passing ("a detective of the Leeds Police")."""
    claims = []
    for segment in segments:
        if not _FORCE_AT_WORK.search(source.text, segment.start, segment.end):
            continue
        for match in _FORCE_NAME.finditer(source.text, segment.start, segment.end):
            found = _town_of_force(source.text, match)
            if found is not None:
                place, start, end = found
                claims.append(_reading(source, segment, start, end, "force", place.id, place.name))
    return claims


_FORCE_AT_WORK = re.compile(
    r"\b(?:said|says?|told|tells|report(?:s|ed)?|confirm(?:s|ed)?|stated?|announced?|believes?|"
    r"according\s+to|identifie[sd]|investigat\w+|respond(?:s|ed)?|arrest(?:s|ed))\b"
)


def _town_of_force(text: str, match: re.Match) -> tuple[Place, int, int] | None:
    """The town the capitalised words before a force's name end with, and where it is written: the
    longest run of them that names a place, if it is a town ("An Leeds" is Leeds; "New York" is a
    state, not York); before "City Police", the town with "City" ("Leeds City") before the one
    without."""
    words = list(re.finditer(r"\S+", match.group()))
    city = text.startswith("City", match.end())
    for first in range(len(words)):
        for with_city in (True, False) if city else (False,):
            name = fold(match.group()[words[first].start() :].strip() + (" City" if with_city else ""))
            place = place_names().get(name)
            if place is None or name in _FORCE_WORDS:
                continue
            if place.kind != "city":
                return None
            end = match.start() + words[-1].end() + (len(" City") if with_city else 0)
            return place, match.start() + words[first].start(), end
    return None


def unknown_town_readings(source: Source, segments: Sequence[Segment]) -> list[EntityClaim]:
    """One reading per name, unknown to the gazetteer, that a content sentence puts something in:
    "in Dunmore Friday" reads Dunmore; not a longer name ("in Dunmore Heights Park"), a possessive
    ("in Dunmore's yard"), a numbered thing ("in Week 3", "in Room 12"), a street's or a county's
    name, a day or a month."""
    text, claims = source.text, []
    for segment in segments:
        for match in _LOCATIVE_NAME.finditer(text, segment.start, segment.end):
            words = match["name"].split(" ")
            while words and fold(words[-1]) in _CALENDAR:
                words.pop()
            start = match.start("name")
            end = start + len(" ".join(words))
            name = text[start:end]
            if (
                not words
                or (end == match.end() and re.match(r"['’.-]\w|\s+[A-Z0-9]", text[end : end + 2]))
                or place_names().get(fold(name)) is not None
                or any(_NOT_A_TOWN_AFTER.match(" " + word) for word in words[1:])
                or _NOT_A_TOWN_AFTER.match(text, end)
            ):
                continue
            claims.append(_reading(source, segment, start, end, "unknown-town", slug(name), name))
    return claims


def is_unknown_town(claim) -> bool:
    """Whether a claim is a town :func:`unknown_town_readings` read."""
    return ":unknown-town:" in claim.id


def is_town_reading(claim) -> bool:
    """Whether a claim is a town read here (which the report lists only if it is the place's)."""
    return ":unknown-town:" in claim.id or ":force:" in claim.id


def _reading(source: Source, segment: Segment, start: int, end: int, tag: str, place: str, name: str):
    return EntityClaim(
        id=f"{source.id}:{tag}:{start}",
        source=source.id,
        start=start,
        end=end,
        quote=source.text[start:end],
        sentence_start=segment.start,
        sentence_end=segment.end,
        subject=place,
        predicate="mentions",
        value=Entity(id=place, kind="place", name=name),
    )
