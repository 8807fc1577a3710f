"""Extraction: a :class:`~factcheck.records.Source` (and its segments) in, typed claims out.

:mod:`~factcheck.extract.claims` runs every extractor on a source's content
and says what each claim is about (subject, event, stance); one module or
package per kind of claim: :mod:`~factcheck.extract.timex` (times,
durations), :mod:`~factcheck.extract.quantities` (counts, measures, money),
ages, roles, entities, recurrences. :mod:`~factcheck.extract.evaluate`
scores extraction against hand-checked claims. The lookup tables it builds
once (gazetteer, units) are kept on disk by
:mod:`~factcheck.extract.stored_tables`, their fingerprints read the
installed versions through :mod:`~factcheck.extract.installed`.

The names below are imported on first use, so that reading the stored tables
or the installed versions (as the claim cache does) does not compile every
extractor's patterns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factcheck.extract.claims import (
        canonicalise_claims,
        claims_of,
        extract_claims,
    )

__all__ = ["canonicalise_claims", "claims_of", "extract_claims"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from factcheck.extract import claims

        return getattr(claims, name)
    raise AttributeError(f"module 'factcheck.extract' has no attribute {name!r}")
