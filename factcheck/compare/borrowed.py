"""Dates an undated report borrows from its story: what needs only the year, the month or the week.

A report without a publication date leaves "last year", "this month" and "12
weeks ago" unresolved. The other reports of its story were published within
some span of days; an expression that resolves to the same year, month or
week read from the first day of that span and from the last is resolved so,
with the anchor ``inferred``. What needs the day ("yesterday", "on Friday")
stays unresolved: a day is never invented.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.extract.timex import find_times
from factcheck.read.segment import segment_source
from factcheck.records import Claim, Source

# Granularities a span of publication days can settle without naming a day
_COARSE = frozenset({"week", "month", "quarter", "season", "year", "decade", "century"})


def borrowed_dates(sources: Sequence[Source], claims: Sequence[Claim]) -> dict[str, Claim]:
    """The time claims of undated sources that the story's dated sources resolve, by claim id."""
    dated = [source.published for source in sources if source.published is not None]
    undated = [source for source in sources if source.published is None]
    if not dated or not undated:
        return {}
    first, last = min(dated), max(dated)
    unresolved = {
        claim.id: claim
        for claim in claims
        if claim.kind == "time" and claim.value.start is None and claim.value.anchor == "unresolved"
    }
    with_unresolved = {claim.source for claim in unresolved.values()}
    borrowed: dict[str, Claim] = {}
    for source in undated:
        if source.id not in with_unresolved:
            continue
        segments = segment_source(source)
        early = _times(source.model_copy(update={"published": first}), segments)
        late = _times(source.model_copy(update={"published": last}), segments)
        for claim_id, value in early.items():
            original = unresolved.get(claim_id)
            other = late.get(claim_id)
            if original is None or other is None or value.granularity not in _COARSE:
                continue
            if value.anchor == "publication" and (value.start, value.end) == (other.start, other.end):
                borrowed[claim_id] = original.model_copy(
                    update={"value": value.model_copy(update={"anchor": "inferred"})}
                )
    return borrowed


def _times(source: Source, segments) -> dict:
    return {claim.id: claim.value for claim in find_times(source, segments) if claim.kind == "time"}
