"""The report's ``facts`` section: the story frame as an editor reads it.

One :class:`~factcheck.records.Fact` per fact of the frame, each value with
the sources and quotes that give it: the most widely reported first (by
independent sources, then sources), exact values before hedged ones ("5"
before "as many as 5"), of ages the older, then by the first quote. An age
is one value whatever day each report gives it as of.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence

from factcheck.compare.findings import claim_ref
from factcheck.compare.frame import FactKey, StoryFrame
from factcheck.records import ClaimRef, Fact, FactValue
from factcheck.values import WEEKDAYS, describe, part_of_day_name, value_key


def plain_value(claim, attribute: str = "") -> int | float | str:
    """A claim's value in the plain JSON form a fact of ``attribute`` gives it: a time of day is its
    clock, or its part of the day ("evening")."""
    value = claim.value
    if claim.kind == "time":
        if value.granularity == "time" and value.clock:
            return value.clock
        if attribute == "time" and part_of_day_name(value):
            return part_of_day_name(value)
        if value.start is not None and value.granularity == "day":
            return value.start.isoformat()
        if value.weekday is not None:
            return WEEKDAYS[value.weekday]
    if claim.kind == "quantity" and value.low is not None and value.low == value.high:
        return int(value.low) if float(value.low).is_integer() else value.low
    if claim.kind == "age":
        return value.years
    if claim.kind == "entity":
        return value.name
    return value_key(claim)


def _hedged(claim) -> bool:
    if claim.kind == "quantity":
        return not claim.value.exact or claim.value.low != claim.value.high
    if claim.kind == "time":
        return claim.value.approximate or claim.value.modifier is not None
    return False


# Facts a later report revises as it learns more (a toll rises as the wounded die): of values as widely
# reported, a count comes before none ("no one was hurt" is often said of a part, or of another event),
# then the latest report's first.
_REVISED = frozenset({"killed", "injured"})


def _latest(frame: StoryFrame, sources: Sequence[str]) -> int:
    dates = [frame.published.get(source) for source in sources]
    return max((date.toordinal() for date in dates if date is not None), default=0)


def _shown_value(claim, attribute: str) -> str:
    # an age is one value whatever day each report gives it as of: "2" as of two days is one 2; a time
    # of day is its clock, whatever day each report puts it on (the date is a fact of its own)
    if claim.kind == "age":
        return str(claim.value.years)
    if (
        attribute == "time"
        and claim.kind == "time"
        and claim.value.granularity == "time"
        and claim.value.clock
    ):
        return claim.value.clock
    return value_key(claim)


def _text(members: Sequence) -> str:
    """A value in words, as its claims give it; a time of day they put on different days, its clock."""
    first = members[0]
    if first.kind == "age":
        return str(first.value.years)
    if len({describe(claim) for claim in members}) > 1 and first.kind == "time" and first.value.clock:
        return first.value.clock
    return describe(first)


def story_facts(
    frame: StoryFrame,
    independent: Callable[[Sequence[str]], int],
    disputed: Mapping[FactKey, str],
    agreeing: Mapping[str, ClaimRef] | None = None,
) -> list[Fact]:
    """Every fact of the frame, the incident's first, then each participant's, by attribute.
    ``agreeing``: citations of claims as agreeing made already, by claim id (the corroborations')."""
    agreeing = agreeing or {}
    facts = []
    order = sorted(
        frame.facts, key=lambda k: (bool(k.subject), frame.subject_name(k) or "", k.event, k.attribute)
    )
    for key in order:
        claims = sorted(frame.facts[key], key=lambda c: (c.source, c.start, c.end, c.id))
        groups: dict[str, list] = {}
        for claim in claims:
            groups.setdefault(_shown_value(claim, key.attribute), []).append(claim)
        ranked = []
        for members in groups.values():
            sources = tuple(sorted({c.source for c in members}))
            first = members[0]
            value = FactValue(
                value=plain_value(first, key.attribute),
                text=_text(members),
                sources=sources,
                independent_sources=independent(sources),
                claims=tuple(agreeing.get(c.id) or claim_ref(c, "agree") for c in members),
            )
            # a value read from a role ("a 41-year-old man") comes after the ones stated with a name
            rank = (
                all(c.id in frame.by_role for c in members),
                # a count of people taken to hospital or treated is some of the injured, not their number
                all(c.id in frame.to_hospital for c in members),
                -value.independent_sources,
                -len(sources),
                _hedged(first),
                key.attribute in _REVISED and plain_value(first) == 0,
                -_latest(frame, sources) if key.attribute in _REVISED else 0,
                # of ages as widely given, the older: reports a year apart are both right when a birthday
                # fell between them, and the older is the age now (wider gaps have no better order)
                -plain_value(first) if key.attribute == "age" else 0,
                -len(members),
                first.source,
                first.start,
            )
            ranked.append((rank, value))
        ranked.sort(key=lambda item: item[0])
        finding = disputed.get(key)
        if finding is not None:
            status = "disputed"
        elif independent(sorted({c.source for c in claims})) >= 2:
            status = "agreed"
        else:
            status = "single-source"
        name = frame.name_of(key)
        facts.append(
            Fact(
                id=hashlib.sha256(name.encode("utf-8")).hexdigest()[:16],
                name=name,
                attribute=key.attribute,
                subject=frame.subject_name(key),
                event=None if key.subject else (key.event or frame.incident),
                status=status,
                values=tuple(value for _, value in ranked),
                discrepancy=finding,
            )
        )
    return facts
