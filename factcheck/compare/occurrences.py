"""Which of a fact's claims stand for each report.

A report may state one fact several times, or the frame may read it from the
lead besides what extraction found; and extraction may tie one fact to two
occurrences it cannot tell apart. These choose, per fact, the claims that
speak for each report.
"""

from __future__ import annotations

from factcheck.compare.towns import town_of_id
from factcheck.extract.gazetteer import within


def one_occurrence(claims: list) -> list:
    """The claims of a fact that extraction does not tell apart: where their event keys name towns
    that cannot be one place ("visit:mayor>paris", "visit:mayor>lyon"), two occurrences are told, and
    only those of the most reported town, then the most often named (and those naming none, or a
    street) stay."""
    towns: dict[str, set[str]] = {}
    mentions: dict[str, int] = {}
    for claim in claims:
        patient = (claim.event or "").partition(">")[2]
        if patient and town_of_id(patient) is not None:
            towns.setdefault(patient, set()).add(claim.source)
            mentions[patient] = mentions.get(patient, 0) + 1
    apart = [
        (a, b)
        for a in towns
        for b in towns
        if a < b
        and within(town_of_id(a), town_of_id(b)) is False
        and within(town_of_id(b), town_of_id(a)) is False
    ]
    if not apart:
        return claims
    # among towns as many reports name, the one they name most often: a roundup's one line on another
    # town's incident does not outweigh a report's telling of its own
    kept = min(towns, key=lambda town: (-len(towns[town]), -mentions[town], town))
    dropped = set(towns) - {kept}
    return [c for c in claims if (c.event or "").partition(">")[2] not in dropped]


def is_read(claim) -> bool:
    """Whether the frame read the claim itself from a lead (:mod:`~factcheck.compare.readings`)."""
    return ":lead:" in claim.id


def stated_before_read(claims: list) -> list:
    """Of one report's claims on a fact, those extraction found (a number, a name) win over what the
    frame read from its lead, but for a number that is part of a reading that counts more people ("killed
    two men and a woman", "a man and his two sons were killed": three); of several readings, the
    one that counts the most people stands for the report (the named dead of the whole report over the
    one person of its lead: "Jo Reed was killed ... Amy Ray was also killed"), then the first."""
    by_source: dict[str, list] = {}
    for claim in claims:
        by_source.setdefault(claim.source, []).append(claim)
    kept = []
    for members in by_source.values():
        readings = [c for c in members if is_read(c)]
        stated = [c for c in members if not is_read(c) and not any(_part_of(c, r) for r in readings)]
        kept.extend(stated or sorted(members, key=lambda c: (-_people_counted(c), c.start))[:1])
    return kept


def _people_counted(claim) -> float:
    """How many people a reading counts ("people killed": 2), 0 for any other reading."""
    value = claim.value if claim.kind == "quantity" else None
    if value is None or not (value.counted or "").startswith("people ") or value.low != value.high:
        return 0
    return value.low or 0


def _part_of(claim, reading) -> bool:
    """Whether a count is written inside a reading that counts more people than it."""
    value = claim.value if claim.kind == "quantity" else None
    return (
        value is not None
        and reading.source == claim.source
        and reading.start <= claim.start
        and claim.end <= reading.end
        and _people_counted(reading) > (value.high or 0)
    )
