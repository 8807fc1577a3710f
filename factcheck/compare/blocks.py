"""Where on a street the story happened, to the block: "the 300 block of Pine Street".

US police and local news give an address by its block ("in the 2100 block of
West Elm Avenue"). Each such mention is read as the block of its street, one
reading per mention; the frame compares the blocks a story gives for one
street (:mod:`factcheck.compare.rules.block`). A sentence that names two
blocks of one street ("ran from the 300 block to the 500 block of Pine
Street") tells of two places, and neither is read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.compare.readings import entity_reading
from factcheck.records import Entity, EntityClaim, Segment, Source

_SUFFIXES = {
    "st": "Street",
    "ave": "Avenue",
    "av": "Avenue",
    "rd": "Road",
    "blvd": "Boulevard",
    "dr": "Drive",
    "ln": "Lane",
    "ct": "Court",
    "pl": "Place",
    "pkwy": "Parkway",
    "hwy": "Highway",
    "ter": "Terrace",
    "cir": "Circle",
}
_DIRECTIONS = {"n": "North", "s": "South", "e": "East", "w": "West"}
# a full word ends the street's name; an abbreviation may keep its full stop ("Elm Ave.")
_SUFFIX = "|".join(
    [
        *(rf"{word}\b" for word in sorted({*_SUFFIXES.values(), "Way", "Pike", "Alley"})),
        *(rf"{abbr.capitalize()}\b\.?" for abbr in _SUFFIXES),
    ]
)
_BLOCK = re.compile(
    r"\b(?P<number>\d{1,3},\d00|\d{1,6})\s*-?\s*block\s+of\s+(?P<street>(?:[NSEW]\.?\s+)?"
    r"(?:[A-Z0-9][\w'’-]*\s+){1,3}?(?:" + _SUFFIX + r"))"
)


def street_name(written: str) -> str:
    """A street as one name whatever its abbreviations: "W. Elm Ave." is "West Elm Avenue"."""
    words = written.replace(".", " ").split()
    if words and words[0].lower() in _DIRECTIONS:
        words[0] = _DIRECTIONS[words[0].lower()]
    if words and words[-1].lower() in _SUFFIXES:
        words[-1] = _SUFFIXES[words[-1].lower()]
    return " ".join(words)


def block_readings(source: Source, segments: Sequence[Segment]) -> list[EntityClaim]:
    """One reading per block a content sentence names, its subject the street's name."""
    if "block of" not in source.text:
        return []
    claims: list[EntityClaim] = []
    for segment in segments:
        found = list(_BLOCK.finditer(source.text, segment.start, segment.end))
        streets = [street_name(match["street"]) for match in found]
        for match, street in zip(found, streets, strict=True):
            if streets.count(street) > 1:
                continue
            number = int(match["number"].replace(",", ""))
            name = f"{number} block of {street}"
            place = Entity(id=f"{number}-{street.lower().replace(' ', '-')}", kind="place", name=name)
            claims.append(entity_reading(source, segment, match, "block", street, place))
    return claims
