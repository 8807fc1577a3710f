"""Towns too small for the gazetteer, read as the frame's own place claims where a sentence puts
something in them: "shot at a farm in Dunmore". The frame takes such a town for the incident's place
only when no town the gazetteer knows is, and the story also writes it as a town
(:func:`~factcheck.compare.towns.incident_place`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.compare.readings import place_reading
from factcheck.compare.towns import NOT_THE_TOWN_AFTER, UNKNOWN_TOWN
from factcheck.extract.gazetteer import fold, place_names, slug
from factcheck.extract.patterns import lower_case_words
from factcheck.records import Entity, EntityClaim, Segment, Source
from factcheck.values import MONTHS, WEEKDAYS

# "in Dunmore", "outside of Dunmore", "in the town of Dunmore": a name of up to three capitalised
# words after a locative.
_LOCATIVE_NAME = re.compile(
    r"\b(?:in|outside(?:\s+of)?|near)\s+(?:the\s+(?:town|city|village)\s+of\s+)?"
    r"(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})\b"
)
# What a name goes on to name when it is not a town's (towns.NOT_THE_TOWN_AFTER: "Dunmore County",
# "Dunmore High School"), or a building's: "Dunmore Apartments", "Dunmore Church".
_NOT_A_TOWN_AFTER = re.compile(NOT_THE_TOWN_AFTER.pattern + r"|\s+(?:Apartments|Church|Club)\b")
_CALENDAR = frozenset(fold(word) for word in (*MONTHS, *WEEKDAYS, "Christmas", "Easter", "Thanksgiving"))


def unknown_town_readings(source: Source, segments: Sequence[Segment]) -> list[EntityClaim]:
    """One reading per name, unknown to the gazetteer, that a content sentence puts something in:
    "in Dunmore Friday" reads Dunmore; not a longer name ("in Dunmore Heights Park"), a possessive
    ("in Dunmore's yard"), a numbered thing ("in Week 3", "in Room 12"), a street's or a county's
    name, a day or a month, nor a word the text also writes in lower case: a field in a title ("the
    Prize in Chemistry" beside "the chemistry prize"), no town's name."""
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
            if len(words) == 1 and name.lower() in lower_case_words(text):
                continue
            town = Entity(id=slug(name), kind="place", name=name)
            claims.append(place_reading(source, segment, start, end, town, UNKNOWN_TOWN, "mentions"))
    return claims
