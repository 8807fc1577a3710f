"""Auditing a draft against its sources: load both, compare them together, publish, judge.

The draft (.md, .txt, .html or .docx) is read by :mod:`factcheck.read.drafts`
and compared as one more source, by the same comparison as ``factcheck
check``; the verdict on each of its claims (contradicted, supported,
unverified) is :mod:`factcheck.compare.verdicts`'.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.compare.verdicts import audit_report, comparison_oracle, sides_held_by_sources
from factcheck.errors import UsageError
from factcheck.read.drafts import load_draft
from factcheck.read.loaders import LoadOptions, load_sources
from factcheck.records import Discrepancy
from factcheck.report.suppress import Suppression, find_suppressions

if TYPE_CHECKING:
    from factcheck.compare.verdicts import AuditReport
    from factcheck.run.pipeline import Paths
    from factcheck.run.workers import RunOptions


def run_audit(
    draft_path: str,
    source_paths: Sequence[str],
    load: LoadOptions | None = None,
    draft_published: dt.date | None = None,
    run=None,
    compare_options=None,
    settings=None,
    warn: Callable[[str], None] | None = None,
):
    """Load the draft and the sources, compare them together, publish (suppressions, baseline,
    gate) and classify: returns ``(AuditReport, Published)``."""
    from factcheck.report.publish import Settings, publish
    from factcheck.run.pipeline import compare_sources

    load = load or LoadOptions()
    loaded = load_sources(source_paths, load)
    # A draft kept among its sources is the draft, not one more source.
    sources = [s for s in loaded.sources if s.path == "-" or not _same_file(s.path, draft_path)]
    if not sources:
        raise UsageError("no sources besides the draft", hint="give the sources the draft was written from")
    draft_load = load if draft_published is None else replace(load, published=draft_published)
    draft = load_draft(draft_path, draft_load, taken=[s.id for s in sources])
    report, ordered = compare_sources([*sources, draft], run, compare_options, warn)
    report.diagnostics = list(loaded.diagnostics)
    published = publish(report, ordered, settings or Settings(), may_hide=_draft_may_hide(draft.id))
    from factcheck.compare.independence import independence_groups

    directives, _ = find_suppressions(draft)
    suppressed = [f for f in report.discrepancies if any(d.hides(f) for d in directives)]
    groups = independence_groups(sources)
    oracle = comparison_oracle([*sources, draft], compare_options)
    audit = audit_report(draft, sources, report, published.findings, oracle, groups, suppressed)
    return audit, published


def _draft_may_hide(draft: str):
    """Which findings a suppression may hide in the audit of the draft whose id is ``draft``: a
    directive in the draft speaks for the draft's claims only, so it never hides a discrepancy among
    the sources themselves (two sides held by sources), which stays in the report and the gate."""

    def may_hide(suppression: Suppression, finding: Discrepancy) -> bool:
        return suppression.source != draft or sides_held_by_sources(finding, draft) < 2

    return may_hide


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
    """Each checkable claim of ``draft`` (.md, .txt, .html, .docx) labelled supported,
    contradicted or unverified against ``sources`` (one path or several), and the discrepancies
    among the sources: ``factcheck audit`` without the gate (``.count(label)`` counts them)."""
    from factcheck.run.pipeline import as_paths

    result, _ = run_audit(os.fspath(draft), as_paths(sources), options, draft_published, run, warn=warn)
    return result
