"""Hand-built claims and sources for the comparison tests (no extractor involved).

Each builder takes the fields a test cares about and fills the rest. Given
``text`` (a one-sentence source), the claim's quote is found in it and the
sentence is the whole text, so rules that read the sentence see it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import re
from collections.abc import Callable

from factcheck.records import (
    Age,
    AgeClaim,
    Entity,
    EntityClaim,
    Quantity,
    QuantityClaim,
    Recurrence,
    RecurrenceClaim,
    Role,
    RoleClaim,
    Source,
    Stance,
    TimeClaim,
    TimeSpan,
)

_ids = itertools.count(1)


def source(source_id: str, text: str, published: dt.date | None = dt.date(2021, 5, 4)) -> Source:
    return Source(
        id=source_id,
        path=f"{source_id}.md",
        text=text,
        published=published,
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
    )


def _base(source_id: str, quote: str, text: str | None, **fields) -> dict:
    start = text.index(quote) if text and quote in text else 0
    return {
        "id": f"{source_id}-c{next(_ids)}",
        "source": source_id,
        "start": start,
        "end": start + len(quote),
        "quote": quote,
        "sentence_start": 0 if text else start,
        "sentence_end": len(text) if text else start + len(quote),
        "predicate": fields.pop("predicate", "occurred"),
        **fields,
    }


def day(year: int, month: int, number: int) -> TimeSpan:
    start = dt.date(year, month, number)
    return TimeSpan(
        start=start, end=start + dt.timedelta(days=1), granularity="day", timex_value=start.isoformat()
    )


def month(year: int, number: int) -> TimeSpan:
    start = dt.date(year, number, 1)
    end = dt.date(year + (number == 12), number % 12 + 1, 1)
    return TimeSpan(start=start, end=end, granularity="month", timex_value=f"{year}-{number:02d}")


def year(number: int, approximate: bool = False) -> TimeSpan:
    return TimeSpan(
        start=dt.date(number, 1, 1),
        end=dt.date(number + 1, 1, 1),
        granularity="year",
        approximate=approximate,
        timex_value=str(number),
    )


def weekday(name: int, resolved: dt.date | None = None) -> TimeSpan:
    if resolved is None:
        return TimeSpan(weekday=name, anchor="unresolved", timex_value=f"XXXX-WXX-{name + 1}")
    return TimeSpan(
        start=resolved,
        end=resolved + dt.timedelta(days=1),
        weekday=name,
        anchor="publication",
        timex_value=resolved.isoformat(),
    )


def time_claim(
    source_id: str, quote: str, span: TimeSpan, event: str | None, text: str | None = None, **fields
):
    return TimeClaim(value=span, **_base(source_id, quote, text, event=event, **fields))


def count(
    source_id: str,
    quote: str,
    low: float | None,
    high: float | None,
    counted: str,
    event: str | None = "crash:bus>bridge",
    text: str | None = None,
    stance: Stance | None = None,
    **value,
) -> QuantityClaim:
    quantity = Quantity(low=low, high=high, counted=counted, **value)
    extra = {"stance": stance} if stance else {}
    return QuantityClaim(value=quantity, **_base(source_id, quote, text, event=event, **extra))


def length(source_id: str, quote: str, amount: float, unit: str, metres_per_unit: float, counted: str, **kw):
    return count(
        source_id,
        quote,
        amount,
        amount,
        counted,
        unit=unit,
        dimension="[length]",
        measure="length",
        si_low=amount * metres_per_unit,
        si_high=amount * metres_per_unit,
        **kw,
    )


def age(source_id: str, quote: str, person: str, years: int, as_of: dt.date | None, text: str | None = None):
    return AgeClaim(
        value=Age(person=person, years=years, as_of=as_of), **_base(source_id, quote, text, subject=person)
    )


def role(source_id: str, quote: str, person: str, title: str, ordinal: int | None = None, **value):
    return RoleClaim(
        value=Role(person=person, title=title, ordinal=ordinal, **value),
        **_base(source_id, quote, None, subject=person),
    )


def entity(
    source_id: str, quote: str, entity_id: str, kind: str, name: str, text: str | None = None, **fields
):
    return EntityClaim(
        value=Entity(id=entity_id, kind=kind, name=name), **_base(source_id, quote, text, **fields)
    )


def place(source_id: str, quote: str, place_id: str, name: str, event: str, text: str | None = None):
    return entity(source_id, quote, place_id, "place", name, text, event=event, predicate="place")


def recurrence(source_id: str, quote: str, event: str, **value) -> RecurrenceClaim:
    return RecurrenceClaim(value=Recurrence(**value), **_base(source_id, quote, None, event=event))


def said(speaker: str) -> Stance:
    return Stance(kind="attributed", speaker=speaker, cue="said")


def people_finder(*names: str) -> Callable[[str], list[tuple[int, int, str]]]:
    """A stand-in for the story frame's ``people_in``: where a sentence names one of ``names`` (invented
    people, each's id its name in lower case with underscores), as (start, end, id) in text order."""

    def people_in(sentence: str) -> list[tuple[int, int, str]]:
        return sorted(
            (m.start(), m.end(), name.lower().replace(" ", "_"))
            for name in names
            for m in re.finditer(re.escape(name), sentence)
        )

    return people_in
