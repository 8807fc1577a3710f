"""What a report's lead says without a number or a named entity, read for the story frame.

Extraction reads numbers, times and names. A lead also states facts without
them, which the frame needs:

- a singular outcome: "A 10-year-old boy was shot and killed", "a man is
  dead", "a woman was wounded": one person killed, one injured;
- the town of the incident: "in north Raleigh", "outside of Leeds", "Leeds
  police said", where the town is in the gazetteer but the name was read as
  something else (a given name) or not at all.

Each reading is a claim like extraction's (id ``<source>:lead:<offset>``), so
that the facts it fills cite their quote. Only the first sentences of a
report are read: a lead tells the story's own incident, later sentences
tell many things.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.compare.lexicon import PERSON_NOUNS
from factcheck.extract.gazetteer import fold, place_names
from factcheck.records import Entity, EntityClaim, Quantity, QuantityClaim, Source

LEAD_SENTENCES = 3
_PERSON = "|".join(sorted(PERSON_NOUNS | {"victim"}, key=len, reverse=True))
# "A 10-year-old boy was shot and killed", "one man is dead", "the victim died": one person.
_ONE_PERSON = (
    r"\b(?P<np>(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:[\w-]+\s+){0,3}?(?:" + _PERSON + r"))\b"
    r"(?:\s*,\s*(?:\d{1,3}|identified\s+as\s+[^,]{3,40}|who\s+[^,]{3,60})\s*,)?"
)
_KILLED = re.compile(
    _ONE_PERSON + r"\s+(?:(?:was|is|has\s+been|had\s+been)\s+)?(?:(?:shot|stabbed|struck|hit)\s+and\s+)?"
    r"(?:killed|dead|died|slain|fatally\s+(?:shot|stabbed|wounded|injured|struck)|shot\s+dead|shot\s+to\s+death"
    r"|stabbed\s+to\s+death|beaten\s+to\s+death)\b"
)
_INJURED = re.compile(
    _ONE_PERSON + r"\s+(?:was|is|has\s+been)\s+(?:(?:critically|seriously|badly|slightly|severely)\s+)?"
    r"(?:shot|wounded|injured|hurt|stabbed)\b(?!\s+(?:and\s+killed|dead|to\s+death))"
)
_DEATH_AFTER = re.compile(r"\b(?:died|dies|dead|killed|fatal|fatally|death)\b", re.I)
_DIRECTION = (
    r"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|northern|southern|eastern|western|"
    r"central|downtown)\s+)?"
)
_NAME = r"(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})"
_TOWN = re.compile(
    r"\b(?:in|at|near|outside(?:\s+of)?)\s+(?:the\s+(?:city|town|village)\s+of\s+)?" + _DIRECTION + _NAME
    + r"|" + r"(?<![\w.] )\b" + _NAME.replace("name", "force") + r"\s+(?:police|officers|detectives)\b"
)


def lead_readings(source: Source, lead: Sequence) -> list:
    """The claims read from the first sentences of one source (``lead``: its content segments)."""
    claims: list = []
    for segment in lead[:LEAD_SENTENCES]:
        for match in _KILLED.finditer(segment.text):
            claims.append(_count(source, segment, match, "people killed"))
        for match in _INJURED.finditer(segment.text):
            if not _DEATH_AFTER.search(segment.text, match.end()):  # "was shot Friday and died"
                claims.append(_count(source, segment, match, "people injured"))
        for match in _TOWN.finditer(segment.text):
            name = match.group("name") or match.group("force")
            place = _town(name)
            if place is not None:
                start = segment.start + match.start("name" if match.group("name") else "force")
                claims.append(
                    EntityClaim(
                        id=f"{source.id}:lead:{start}",
                        source=source.id,
                        start=start,
                        end=start + len(name),
                        quote=name,
                        sentence_start=segment.start,
                        sentence_end=segment.end,
                        subject=place.id,
                        predicate="place",
                        value=place,
                    )
                )
    return claims


def _town(name: str) -> Entity | None:
    """The gazetteer town of a name, trying its longest start first ("Baton Rouge Police" -> Baton Rouge)."""
    words = name.split()
    for size in range(len(words), 0, -1):
        place = place_names().get(fold(" ".join(words[:size])))
        if place is not None and place.kind == "city":
            return Entity(id=place.id, kind="place", name=place.name)
    return None


def _count(source: Source, segment, match: re.Match, counted: str) -> QuantityClaim:
    start, end = segment.start + match.start("np"), segment.start + match.end()
    return QuantityClaim(
        id=f"{source.id}:lead:{start}",
        source=source.id,
        start=start,
        end=end,
        quote=source.text[start:end],
        sentence_start=segment.start,
        sentence_end=segment.end,
        predicate="quantity",
        value=Quantity(low=1, high=1, si_low=1, si_high=1, measure="count", counted=counted),
    )
