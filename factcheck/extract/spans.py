"""Where a claim stands: the location fields every extractor fills the same way."""

from __future__ import annotations

from factcheck.records import Segment, Source


def claim_span(source: Source, segment: Segment, start: int, end: int) -> dict[str, object]:
    """The ``source``, ``start``/``end``, exact ``quote`` and sentence bounds of a claim."""
    return {
        "source": source.id,
        "start": start,
        "end": end,
        "quote": source.text[start:end],
        "sentence_start": segment.start,
        "sentence_end": segment.end,
    }
