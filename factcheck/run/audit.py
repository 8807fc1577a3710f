"""Auditing a draft against its sources: load both, compare the sources, judge the draft, gate.

The sources are compared alone, exactly as ``factcheck check`` compares them, so their
discrepancies and ids do not depend on the draft; the draft's claims are then judged against the
story frame of the sources (:mod:`factcheck.compare.verdicts`) and its checkable sentences without
a typed value against the sources' sentences (:mod:`factcheck.compare.statements`).

Two gates, one exit code: ``--fail-on`` applies to the draft's verdicts (a contradicted claim is an
error; a disputed or unverified one weighs what :class:`AuditGate` says, nothing by default); the
discrepancies among the sources weigh only from ``--fail-on-sources LEVEL``. A
``<!-- factcheck: ignore CODE -->`` directive in the draft accepts a contradiction of the draft's
claim by that rule (the verdict turns to suppressed) and never hides a discrepancy among the sources.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.compare.verdicts import AuditReport, DraftClaim, judge_draft
from factcheck.errors import UsageError
from factcheck.read.drafts import load_draft
from factcheck.read.loaders import LoadOptions, load_sources
from factcheck.records import Diagnostic, Severity, source_info
from factcheck.report.suppress import STALE, find_suppressions

if TYPE_CHECKING:
    from factcheck.report.publish import Published
    from factcheck.run.pipeline import Paths
    from factcheck.run.workers import RunOptions


@dataclass(frozen=True)
class AuditGate:
    """What weighs at an audit's gate besides a contradicted claim (an error, or a warning when the
    story frame is not sure of the fact): the level of a disputed claim (the sources are split), of
    an unverified one, and the level from which the sources' own discrepancies fail the gate
    (``never``: they are reported, not gated)."""

    disputed: str = "never"
    unverified: str = "never"
    sources: str = "never"


def run_audit(
    draft_path: str,
    source_paths: Sequence[str],
    load: LoadOptions | None = None,
    draft_published: dt.date | None = None,
    run=None,
    compare_options=None,
    settings=None,
    warn: Callable[[str], None] | None = None,
    gate: AuditGate | None = None,
) -> tuple[AuditReport, Published]:
    """Load the draft and the sources, compare the sources, judge the draft and gate both:
    returns ``(AuditReport, Published)`` (the published report is the sources')."""
    from factcheck.compare.independence import independence_groups
    from factcheck.compare.statements import sentence_verdicts
    from factcheck.report.gate import GateResult, parse_fail_on
    from factcheck.report.publish import Settings, publish, source_positions
    from factcheck.run.workers import Runner, RunOptions

    load = load or LoadOptions()
    settings = settings or Settings()
    gate = gate or AuditGate()
    loaded = load_sources(source_paths, load)
    # A draft kept among its sources is the draft, not one more source.
    sources = [s for s in loaded.sources if s.path == "-" or not _same_file(s.path, draft_path)]
    if not sources:
        raise UsageError("no sources besides the draft", hint="give the sources the draft was written from")
    draft_load = load if draft_published is None else replace(load, published=draft_published)
    draft = load_draft(draft_path, draft_load, taken=[s.id for s in sources])
    ordered = sorted(sources, key=lambda source: source.id)
    with Runner(run or RunOptions(), warn) as runner:
        report = runner.report(ordered, compare_options)
        draft_claims = runner.claims([draft])
    report.diagnostics = list(loaded.diagnostics)
    published = publish(report, ordered, replace(settings, fail_on=gate.sources, exit_zero=False))

    verdicts = judge_draft(
        draft,
        draft_claims,
        ordered,
        report.claims,
        compare_options,
        independence_groups(sources),
        sentence_verdicts,
    )
    texts, first_lines = source_positions([draft])
    verdicts, stale = _apply_directives(draft, first_lines[draft.id], verdicts)
    verdicts = [_weigh(v, gate) for v in verdicts]
    # a verdict on a fact the sources dispute among themselves names their finding
    disputes: dict[str, list[str]] = {}
    for finding in published.findings:
        disputes.setdefault(finding.fact, []).append(finding.id)
    verdicts = [
        v.model_copy(update={"findings": tuple(disputes[v.fact])}) if v.fact in disputes else v
        for v in verdicts
    ]
    audit = AuditReport(
        draft=source_info(draft),
        sources=[source_info(s) for s in ordered],
        claims=verdicts,
        discrepancies=list(published.findings),
    )
    threshold = parse_fail_on(settings.fail_on)
    failing = [
        v.claim
        for v in verdicts
        if threshold is not None and v.severity is not None and v.severity >= threshold
    ]
    combined = GateResult(
        fail_on=settings.fail_on,
        exit_zero=settings.exit_zero,
        failing=tuple(sorted({*failing, *published.gate.failing})),
    )
    context = replace(
        published.context,
        texts={**published.context.texts, **texts},
        first_lines={**published.context.first_lines, **first_lines},
        gate=combined,
    )
    shown = published.report.model_copy(update={"diagnostics": [*published.report.diagnostics, *stale]})
    return audit, replace(published, report=shown, context=context, gate=combined)


def _weigh(verdict: DraftClaim, gate: AuditGate) -> DraftClaim:
    """The severity a disputed or unverified verdict weighs at the gate (none for ``never``)."""
    level = {"disputed": gate.disputed, "unverified": gate.unverified}.get(verdict.label)
    if level is None:
        return verdict
    return verdict.model_copy(update={"severity": None if level == "never" else Severity(level)})


def _apply_directives(draft, first_line: int, verdicts: list[DraftClaim]) -> tuple[list[DraftClaim], list]:
    """Contradicted claims a directive of the draft covers and whose rule it names turn to
    suppressed (their evidence kept); a directive that accepts nothing is stale (W501)."""
    directives, problems = find_suppressions(draft, first_line)
    used: set[int] = set()
    result = []
    for verdict in verdicts:
        matching = [
            i
            for i, d in enumerate(directives)
            if verdict.label == "contradicted"
            and d.start <= verdict.start < d.end
            and any(code in d.codes for code in verdict.rules)
        ]
        used.update(matching)
        if matching:
            verdict = verdict.model_copy(update={"label": "suppressed", "severity": None})
        result.append(verdict)
    stale = [
        Diagnostic(
            path=d.path,
            line=d.line,
            code=STALE,
            message=f"this directive hides nothing: no contradicted claim by {', '.join(d.codes)} "
            "in the text it covers (remove it)",
        )
        for i, d in enumerate(directives)
        if i not in used
    ]
    return result, [*problems, *stale]


def _same_file(first: str, second: str) -> bool:
    return Path(first).exists() and Path(second).exists() and os.path.samefile(first, second)


def audit(
    draft: str | os.PathLike[str],
    sources: Paths,
    options: LoadOptions | None = None,
    run: RunOptions | None = None,
    *,
    draft_published: dt.date | None = None,
    warn: Callable[[str], None] | None = None,
) -> AuditReport:
    """Each checkable statement of ``draft`` (.md, .txt, .html, .docx) labelled supported,
    contradicted, disputed or unverified against ``sources`` (one path or several), and the
    discrepancies among the sources: ``factcheck audit`` without the gate (``.count(label)``
    counts them)."""
    from factcheck.run.pipeline import as_paths

    result, _ = run_audit(os.fspath(draft), as_paths(sources), options, draft_published, run, warn=warn)
    return result
