"""Building the report's findings: sides, quotes, independent counts, fingerprints.

A discrepancy's ``id`` is a fingerprint of its normalised content (rule code,
fact and the sorted values of its sides), never of claim ids, offsets or run
order, so it survives re-runs, reordering and edits elsewhere in the sources
and can be kept in a baseline.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from factcheck.compare.rules import Rule
from factcheck.records import ClaimRef, Corroboration, Discrepancy, Severity, Side
from factcheck.values import describe

SIDE_LABELS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@dataclass(frozen=True)
class ClaimSide:
    """One position in a dispute before it is labelled: its value and its claims."""

    value: str
    claims: tuple


def fingerprint(code: str, fact: str, values: Sequence[str]) -> str:
    content = "\x1f".join([code, fact, *sorted(values)])
    return hashlib.sha256(content.encode("utf-8")).hexdigest()[:16]


def _ordered(claims) -> list:
    return sorted(claims, key=lambda c: (c.source, c.start, c.end, c.id))


def claim_ref(claim, side: str) -> ClaimRef:
    return ClaimRef(
        claim=claim.id,
        source=claim.source,
        start=claim.start,
        end=claim.end,
        quote=claim.quote,
        side=side,
        value=describe(claim),
    )


def discrepancy(
    rule: Rule,
    severity: Severity,
    fact: str,
    sides: Sequence[ClaimSide],
    explanation: str,
    independent: Callable[[Sequence[str]], int],
) -> Discrepancy:
    """One finding: sides ordered by how many independent sources hold them (fewest first), then value."""

    def weight(side: ClaimSide) -> tuple:
        return (independent(sorted({c.source for c in side.claims})), side.value)

    ranked = sorted(sides, key=weight)
    labelled: list[Side] = []
    refs: list[ClaimRef] = []
    for label, side in zip(SIDE_LABELS, ranked, strict=False):
        claims = _ordered(side.claims)
        labelled.append(
            Side(
                label=label,
                value=side.value,
                independent_sources=independent(sorted({c.source for c in claims})),
                claims=tuple(c.id for c in claims),
            )
        )
        refs.extend(claim_ref(c, label) for c in claims)
    return Discrepancy(
        id=fingerprint(rule.code, fact, [side.value for side in ranked]),
        code=rule.code,
        rule=rule.name,
        severity=severity,
        fact=fact,
        explanation=explanation,
        sides=tuple(labelled),
        claims=tuple(refs),
    )


def corroboration(fact: str, value: str, independent_sources: int, claims) -> Corroboration:
    return Corroboration(
        fact=fact,
        value=value,
        independent_sources=independent_sources,
        claims=tuple(claim_ref(c, "agree") for c in _ordered(claims)),
    )
