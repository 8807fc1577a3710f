"""Cross-source comparison: alignment, conflict rules and verdicts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from factcheck.records import Claim, Corroboration, Discrepancy, Source


@dataclass(frozen=True)
class Findings:
    discrepancies: list[Discrepancy] = field(default_factory=list)
    corroborations: list[Corroboration] = field(default_factory=list)
    single_source: list[str] = field(default_factory=list)


def compare(sources: Sequence[Source], claims: Sequence[Claim]) -> Findings:
    """Align the claims of ``sources`` and report conflicts. (Lands in issue 4.)"""
    return Findings()
