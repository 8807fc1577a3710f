"""The town of the story's incident: which place mentions say where it happened, and which one a
report means when it names several (a neighbourhood and its city, its station's dateline town).

Only towns the gazetteer knows count, as written (not an alternate name of a town elsewhere, nor the
start of a county's or a street's name).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from factcheck.extract.gazetteer import fold, place_names

# "shot in Leeds", "a crash near Leeds", "in north Leeds", "outside of Leeds": the place of what the
# clause tells.
_LOCATIVE = re.compile(
    r"\b(?:in|at|near|outside(?:\s+of)?)\s+(?:the\s+(?:city|town|village)\s+of\s+)?"
    r"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|northern|southern|eastern|western|"
    r"central|downtown|suburban)\s+)?\Z",
    re.I,
)
# A dateline: "LEEDS -", "Leeds, England (AP) -", "LEEDS, Yorks. (June 15, 2014) -".
_DATELINE_AFTER = re.compile(
    r"(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s*(?:\([^()]{1,40}\))?\s*[-\u2013\u2014:]\s"
)
# "Leeds police said": a local force names its town.
_FORCE_AFTER = re.compile(r"(?:\s+Metropolitan|\s+City)?\s+(?:police|officers|detectives)\b", re.I)


def place_evidence(claim, text: str, incident: bool) -> int | None:
    """How a place mention says it is the incident's (lower is stronger), or None when it does not:
    0 the place of the incident's own clause (``incident``: the claim's clause tells the incident),
    1 the town of the police that speak of it, 2 a dateline."""
    extracted = claim.predicate == "place" and ":lead:" not in claim.id
    if incident and (extracted or _LOCATIVE.search(text, claim.sentence_start, claim.start)):
        return 0
    if _FORCE_AFTER.match(text, claim.end):
        return 1
    if claim.start == claim.sentence_start and _DATELINE_AFTER.match(text, claim.end):
        return 2
    return None


# What a town's name goes on to name when it is not the town: "Orange County", "Turk Street".
_NOT_THE_TOWN_AFTER = re.compile(
    r"\s+(?:County|Parish|Township|Borough|Street|St\b|Streets|Avenue|Ave\b|Road|Rd\b|Boulevard|Drive|Lane|"
    r"Park|Neighborhood|Neighbourhood|neighborhood|neighbourhood|section|area|district|community|High|"
    r"School|Hospital|University|College|Center|Centre|Mall|Airport)\b"
)


def written_as_town(claim, text: str) -> bool:
    """Whether a place claim names a gazetteer town as written: not an alternate name of a town
    elsewhere ("Puna" read as "Pune"), nor the start of a county, street or building's name."""
    place = place_names().get(fold(claim.value.name))
    if place is None or place.kind != "city":
        return False
    written = fold(text[claim.start : claim.end])
    at = written.rfind(fold(claim.value.name))
    if at < 0:
        return False
    return not _NOT_THE_TOWN_AFTER.match(text, claim.start + at + len(claim.value.name))


def best_place_in_each_source(claims: list, texts: Mapping[str, str], evidence: Callable) -> list:
    """Of the towns one report places the incident in, the one most reports of the story name (a
    neighbourhood is named by fewer than its city), then the larger (a neighbourhood that shares its
    name with a town elsewhere is still smaller than its city), then the one its strongest evidence
    gives: the incident's own clause before the police force's town before the dateline (a station's
    dateline is often its own city), the first in the text among equals. ``evidence(claim)`` is
    :func:`place_evidence` of the claim."""
    names = {claim.value.name for claim in claims}
    folded = {source: fold(text) for source, text in texts.items()}
    reach = {name: sum(fold(name) in text for text in folded.values()) for name in names}
    size = {name: getattr(place_names().get(fold(name)), "population", 0) for name in names}
    by_source: dict[str, list] = {}
    for claim in claims:
        strength = evidence(claim)
        rank = (-reach[claim.value.name], -size[claim.value.name], strength, claim.start)
        by_source.setdefault(claim.source, []).append((rank, claim))
    kept = []
    for members in by_source.values():
        best = min(members, key=lambda item: item[0])[1].value.name
        kept.extend(claim for _, claim in members if claim.value.name == best)
    return kept


def town_of_id(entity_id: str):
    """The gazetteer place an event key's patient id names, if any ("north_korea", "paris")."""
    return place_names().get(entity_id.replace("_", " "))
