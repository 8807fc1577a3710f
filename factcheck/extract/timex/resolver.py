"""The resolver assembled from its forms, and the entry points.

:func:`resolve` (text and publication date in, mentions out),
:func:`find_times` (the claims of a source's content), :func:`tag_source`
(those as TimeML) and :func:`window_of` (the days a window claim covers).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from factcheck.extract.timex.absolute import _CalendarForms
from factcheck.extract.timex.dates import TimeMention, _shift
from factcheck.extract.timex.durations import _DurationForms
from factcheck.extract.timex.holidays import _HolidayForms
from factcheck.extract.timex.relative import _RelativeForms
from factcheck.records import Duration, DurationClaim, Segment, Source, TimeClaim, TimeSpan


class _Resolver(_CalendarForms, _RelativeForms, _DurationForms, _HolidayForms):
    """Resolves the expressions of one text, sentence by sentence, in order.

    Keeps the last resolved point in time as the anchor of text-anchored
    expressions ("the following day").
    """


_SENTENCE_BREAK = re.compile(r"\n+|(?<=[.!?])[\"')\]]?\s+(?=[\"'(\[]?[A-Z0-9])")
_ABBREVIATION_END = re.compile(
    r"(?:\b(?:[A-Z]|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|No|Gen|Gov|Sen|Rep|Lt|Col|Sgt|Prof|Inc|Co|Corp|vs|[ap]\.m)\.)$"
)


def _sentences(text: str) -> list[tuple[int, int]]:
    bounds = []
    start = 0
    for brk in _SENTENCE_BREAK.finditer(text):
        if brk.group()[:1] != "\n" and _ABBREVIATION_END.search(text, max(0, brk.start() - 6), brk.start()):
            continue
        if brk.start() > start:
            bounds.append((start, brk.start()))
        start = brk.end()
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds


def resolve(text: str, dct: dt.date | None) -> list[TimeMention]:
    """The time expressions of ``text``, in order, resolved against ``dct``.

    Splits ``text`` into sentences with a simple rule (line breaks and
    sentence-final punctuation) for tense decisions; relative expressions
    stay unresolved when ``dct`` is ``None``.
    """
    resolver = _Resolver(text, dct)
    mentions: list[TimeMention] = []
    for start, end in _sentences(text):
        mentions.extend(resolver.scan(start, end))
    return mentions


def find_times(source: Source, segments: Sequence[Segment]) -> list[TimeClaim | DurationClaim]:
    """Time and duration claims of the content segments of ``source``, in text order.

    Relative expressions resolve against ``source.published``; text-anchored
    ones against the previous time expression of the source's content.
    """
    resolver = _Resolver(source.text, source.published)
    claims: list[TimeClaim | DurationClaim] = []
    for segment in segments:
        if not segment.content or segment.duplicate_of is not None:
            continue
        for mention in resolver.scan(segment.start, segment.end):
            claims.append(_claim(source, segment, mention))
    return claims


def _claim(source: Source, segment: Segment, mention: TimeMention) -> TimeClaim | DurationClaim:
    common = {
        "source": source.id,
        "start": mention.start,
        "end": mention.end,
        "quote": mention.text,
        "sentence_start": segment.start,
        "sentence_end": segment.end,
    }
    if isinstance(mention.value, Duration):
        predicate = "frequency" if mention.value.timex_type == "SET" else "duration"
        return DurationClaim(id=f"{source.id}:{mention.start}-{mention.end}:duration", predicate=predicate,
                             value=mention.value, **common)  # fmt: skip
    return TimeClaim(
        id=f"{source.id}:{mention.start}-{mention.end}:time", predicate="time", value=mention.value, **common
    )


def window_of(value: TimeSpan | Duration, published: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    """The interval of days ``[start, end)`` a window claim covers, looking back from ``published``.

    "since 2019" is ``[2019-01-01, published)``; "in 24 years" is
    ``[published - 24 years, published)``; "less than five years" is
    ``(published - 5 years, published)`` (the start is the earliest bound).
    Unknown bounds are ``None``.
    """
    if isinstance(value, TimeSpan):
        return value.start, value.end
    if published is None:
        return None, None
    longest = value.high if value.high is not None else value.low
    if longest is None:
        return None, published
    shifted = _shift(published, longest, value.unit, -1) if longest == int(longest) else None
    if shifted is None:
        return None, published
    return shifted[0], published


def tag_source(source: Source) -> str:
    """``source`` as TimeML with every time expression of its content tagged."""
    from factcheck.read.segment import segment_source
    from factcheck.read.timeml import write_timeml

    return write_timeml(source, find_times(source, segment_source(source)))
