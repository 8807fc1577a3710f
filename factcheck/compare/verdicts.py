"""The verdict on each claim of a draft, from the comparison of the draft with its sources.

The draft is compared as one more source, by the same comparison as
``factcheck check`` (no second engine): each claim of the draft is then
labelled by the findings and agreements it takes part in:

- **contradicted**: a source states something that cannot hold with the
  claim (which quotes, and the comparison's explanation); the sources that
  support it anyway are listed too, so an editor sees both sides;
- **supported**: sources state the same (which sources, how many independent:
  wire copies count once) and none contradicts it;
- **unverified**: no source speaks of it;
- **suppressed**: contradicted, but only by findings that a
  ``<!-- factcheck: ignore ... -->`` directive in the draft accepts (the
  evidence is kept, so the editor still sees what was accepted).

The discrepancies among the sources themselves (two sides held by sources,
whatever the draft says) follow, with the draft's own quotes left out. A
directive in the draft speaks for the draft's claims only: it never hides a
discrepancy among the sources (:mod:`factcheck.run.audit`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict

from factcheck import __version__
from factcheck.records import (
    SCHEMA_VERSION,
    Claim,
    ClaimRef,
    Corroboration,
    Discrepancy,
    Report,
    Source,
    SourceInfo,
    source_info,
)

if TYPE_CHECKING:
    from factcheck.compare import CompareOptions

Label = Literal["supported", "contradicted", "unverified", "suppressed"]


class Evidence(BaseModel):
    """The sources' quotes on one side of a draft claim."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    sources: tuple[str, ...] = ()
    independent_sources: int = 0
    claims: tuple[ClaimRef, ...] = ()


class DraftClaim(BaseModel):
    """One checkable claim of the draft and its verdict."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    claim: str
    kind: str
    start: int
    end: int
    quote: str
    value: str | None = None
    label: Label
    supported_by: Evidence = Evidence()
    contradicted_by: Evidence = Evidence()
    explanations: tuple[str, ...] = ()
    findings: tuple[str, ...] = ()


class AuditReport(BaseModel):
    """The audit of one draft: its claims with verdicts, then the discrepancies among the sources."""

    model_config = ConfigDict(extra="forbid")

    schema_version: str = SCHEMA_VERSION
    tool_version: str = __version__
    draft: SourceInfo
    sources: list[SourceInfo]
    claims: list[DraftClaim]
    discrepancies: list[Discrepancy]

    def count(self, label: Label) -> int:
        return sum(1 for claim in self.claims if claim.label == label)


# --------------------------------------------------------------------------
# Classifying the draft's claims


Oracle = Callable[[Claim, Sequence[Claim]], list[Discrepancy]]


def comparison_oracle(sources: Sequence[Source], options: CompareOptions | None = None) -> Oracle:
    """The comparison asked about one claim against a few others: the findings that cite the claim."""
    from factcheck.compare import compare

    by_id = {source.id: source for source in sources}

    def conflicts(claim: Claim, others: Sequence[Claim]) -> list[Discrepancy]:
        involved = [by_id[source] for source in sorted({claim.source, *(other.source for other in others)})]
        found = compare(involved, [claim, *others], options).discrepancies
        return [finding for finding in found if any(ref.claim == claim.id for ref in finding.claims)]

    return conflicts


def audit_report(
    draft: Source,
    sources: Sequence[Source],
    report: Report,
    findings: Sequence[Discrepancy],
    conflicts: Oracle,
    groups: Mapping[str, str],
    suppressed: Sequence[Discrepancy] = (),
) -> AuditReport:
    """The verdict on each claim of ``draft`` from the comparison of the draft with ``sources``.

    ``findings`` are the report's discrepancies left after suppressions and the baseline;
    ``conflicts`` asks the comparison about one claim against one source's claims; ``groups``
    maps each source to its independence group (wire copies share one); ``suppressed`` are the
    findings that the draft's own directives name (hidden or, when among the sources, kept).
    """
    checkable = [claim for claim in report.claims if claim.source == draft.id and _checkable(claim)]
    claims = {claim.id: claim for claim in report.claims}
    named = {finding.id for finding in suppressed}
    open_findings = [finding for finding in findings if finding.id not in named]

    def verdict_on(claim: Claim) -> DraftClaim:
        verdict = _verdict(claim, draft.id, open_findings, report.corroborations, claims, conflicts, groups)
        if verdict.label == "contradicted" or not suppressed:
            return verdict
        # contradicted only by what the draft's directives accept: suppressed, never "supported"
        every = [*open_findings, *suppressed]
        accepted = _verdict(claim, draft.id, every, report.corroborations, claims, conflicts, groups)
        if accepted.label != "contradicted":
            return verdict
        return accepted.model_copy(update={"label": "suppressed"})

    verdicts = [
        verdict
        for verdict in (
            verdict_on(claim) for claim in sorted(checkable, key=lambda c: (c.start, -c.end, c.id))
        )
        if verdict.label != "unverified" or not _inside_another(verdict, checkable)
    ]
    among = [_without_draft(f, draft.id, groups) for f in findings if sides_held_by_sources(f, draft.id) >= 2]
    return AuditReport(
        draft=source_info(draft),
        sources=[source_info(s) for s in sorted(sources, key=lambda s: s.id)],
        claims=verdicts,
        discrepancies=among,
    )


def _checkable(claim: Claim) -> bool:
    """A statement about a fact; a bare mention of a person or place (an entity claim tied to no
    event) states nothing that a source could support or contradict."""
    return claim.kind != "entity" or claim.event is not None


def _inside_another(verdict: DraftClaim, claims: Sequence[Claim]) -> bool:
    """Whether the claim's span lies inside a longer claim's ("2019" in "his second visit since
    2019"): unverified, it adds nothing to the longer claim's verdict."""
    return any(
        c.start <= verdict.start
        and verdict.end <= c.end
        and (c.end - c.start) > (verdict.end - verdict.start)
        for c in claims
    )


def _verdict(
    claim: Claim,
    draft: str,
    findings: Sequence[Discrepancy],
    corroborations: Sequence[Corroboration],
    claims: Mapping[str, Claim],
    conflicts: Oracle,
    groups: Mapping[str, str],
) -> DraftClaim:
    """Which sources contradict the claim and which support it.

    The sources that take part in a finding with the claim are asked one at a
    time (the claim with that source's claims of the finding): a finding that
    cites the claim means the source contradicts it, with that finding's quotes
    and explanation. This matters for a series of events, where a finding's
    sides are one of several ways to restore consistency and a claim can sit
    on a side with sources it agrees with only in part. The other sources on
    the claim's side, and those that agree with it, support it.
    """
    support: list[ClaimRef] = []
    against: list[ClaimRef] = []
    explanations: list[str] = []
    ids: list[str] = []
    value: str | None = None
    for finding in findings:
        own = [ref for ref in finding.claims if ref.claim == claim.id]
        if not own:
            continue
        value = value or own[0].value
        ids.append(finding.id)
        by_source: dict[str, list[Claim]] = {}
        for ref in finding.claims:
            if ref.source != draft and ref.claim in claims:
                by_source.setdefault(ref.source, []).append(claims[ref.claim])
        for source in sorted(by_source):
            clashes = conflicts(claim, by_source[source])
            for clash in clashes:
                own_sides = {ref.side for ref in clash.claims if ref.claim == claim.id}
                against += [ref for ref in clash.claims if ref.source != draft and ref.side not in own_sides]
                explanations.append(clash.explanation)
            if not clashes:
                support += [ref for ref in finding.claims if ref.source == source and ref.side == own[0].side]
    for agreement in corroborations:
        own = [ref for ref in agreement.claims if ref.claim == claim.id]
        if own:
            value = value or own[0].value
            support += [ref for ref in agreement.claims if ref.source != draft]
    contradicting = {ref.source for ref in against}
    supported_by = _evidence([ref for ref in support if ref.source not in contradicting], groups)
    contradicted_by = _evidence(against, groups)
    label: Label = "contradicted" if against else "supported" if supported_by.claims else "unverified"
    return DraftClaim(
        claim=claim.id,
        kind=claim.kind,
        start=claim.start,
        end=claim.end,
        quote=claim.quote,
        value=value,
        label=label,
        supported_by=supported_by,
        contradicted_by=contradicted_by,
        explanations=tuple(dict.fromkeys(explanations)),
        findings=tuple(ids),
    )


def _evidence(refs: Sequence[ClaimRef], groups: Mapping[str, str]) -> Evidence:
    unique = {(ref.source, ref.start, ref.end, ref.claim): ref for ref in refs}
    ordered = tuple(unique[key] for key in sorted(unique))
    sources = sorted({ref.source for ref in ordered})
    return Evidence(
        sources=tuple(sources),
        independent_sources=len({groups.get(source, source) for source in sources}),
        claims=ordered,
    )


def sides_held_by_sources(finding: Discrepancy, draft: str) -> int:
    """How many of the finding's sides hold a source's claim (2 or more: the sources disagree)."""
    return len({ref.side for ref in finding.claims if ref.source != draft})


def _without_draft(finding: Discrepancy, draft: str, groups: Mapping[str, str]) -> Discrepancy:
    """The finding as the sources see it: the draft's quotes out, and out of the independent counts."""
    kept = tuple(ref for ref in finding.claims if ref.source != draft)
    if len(kept) == len(finding.claims):
        return finding
    sides = []
    for side in finding.sides:
        refs = [ref for ref in kept if ref.side == side.label]
        sides.append(
            side.model_copy(
                update={
                    "claims": tuple(c for c in side.claims if c in {ref.claim for ref in refs}),
                    "independent_sources": len({groups.get(ref.source, ref.source) for ref in refs}),
                }
            )
        )
    return finding.model_copy(update={"claims": kept, "sides": tuple(sides)})
