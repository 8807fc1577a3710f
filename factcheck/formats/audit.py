"""The audit of a draft as text, Markdown or JSON (:class:`~factcheck.compare.verdicts.AuditReport`).

Each claim of the draft with its label and evidence, then the discrepancies
among the sources rendered by the ordinary text or Markdown format. The
machine formats (sarif, junit, github, html) render the comparison of draft
and sources with the ordinary renderers instead, so that CI annotates the
draft's lines.
"""

from __future__ import annotations

from factcheck.compare.verdicts import AuditReport, DraftClaim
from factcheck.formats.base import RenderContext, position
from factcheck.formats.markdown import RENDERER as MARKDOWN
from factcheck.formats.markdown import md_escape
from factcheck.formats.text import RENDERER as TEXT
from factcheck.formats.text import one_line
from factcheck.records import Report

AUDIT_FORMATS = ("json", "markdown", "text")
LABEL_ORDER = ("contradicted", "supported", "unverified", "suppressed")


def render_audit(audit: AuditReport, report: Report, context: RenderContext, output_format: str) -> str:
    """``audit`` in ``output_format`` (one of :data:`AUDIT_FORMATS`); ``report`` is the published
    comparison, whose sources and claims the discrepancies cite."""
    if output_format == "json":
        return audit.model_dump_json(indent=2) + "\n"
    among = report.model_copy(
        update={
            "sources": [source for source in report.sources if source.id != audit.draft.id],
            "discrepancies": audit.discrepancies,
        }
    )
    if output_format == "markdown":
        return _markdown(audit, among, context)
    return _text(audit, among, context)


def _where(audit: AuditReport, claim: DraftClaim, context: RenderContext) -> str:
    at = position(context, audit.draft.id, claim.start)
    return f"{audit.draft.path}:{at.line}:{at.column}" if at is not None else audit.draft.path


def _headline(audit: AuditReport) -> str:
    # "suppressed" only when a directive in the draft made some: most drafts have none
    counts = ", ".join(
        f"{audit.count(label)} {label}"
        for label in LABEL_ORDER
        if label != "suppressed" or audit.count(label)
    )
    return f"{audit.draft.path}: {len(audit.claims)} checkable claims ({counts})"


def _evidence_lines(claim: DraftClaim) -> list[tuple[str, str]]:
    lines = []
    if claim.supported_by.claims:
        lines.append(
            (
                f"supported by {', '.join(claim.supported_by.sources)}"
                f" ({claim.supported_by.independent_sources} independent)",
                "; ".join(f"\u201c{ref.quote}\u201d ({ref.source})" for ref in claim.supported_by.claims),
            )
        )
    if claim.contradicted_by.claims:
        lines.append(
            (
                f"contradicted by {', '.join(claim.contradicted_by.sources)}"
                f" ({claim.contradicted_by.independent_sources} independent)",
                "; ".join(f"\u201c{ref.quote}\u201d ({ref.source})" for ref in claim.contradicted_by.claims),
            )
        )
    if claim.label in ("contradicted", "suppressed"):
        lines.extend(("why", explanation) for explanation in claim.explanations)
    if claim.label == "suppressed":
        lines.append(("suppressed", "accepted by a factcheck: ignore directive in the draft"))
    if claim.label == "unverified":
        lines.append(("unverified", "no source speaks of it"))
    return lines


def _text(audit: AuditReport, among: Report, context: RenderContext) -> str:
    lines = [_headline(audit), ""]
    for claim in audit.claims:
        lines.append(
            f"{_where(audit, claim, context)}: {claim.label.upper()} \u201c{one_line(claim.quote)}\u201d"
        )
        for head, body in _evidence_lines(claim):
            lines.append(f"    {head}: {one_line(body)}")
    if audit.claims:
        lines.append("")
    lines += ["Discrepancies among the sources:", ""]
    lines.append(TEXT.render(among, context).rstrip("\n"))
    return "\n".join(lines) + "\n"


def _markdown(audit: AuditReport, among: Report, context: RenderContext) -> str:
    lines = [
        f"# Audit of {md_escape(audit.draft.path)}",
        "",
        md_escape(_headline(audit)),
        "",
        "| where | verdict | claim | evidence |",
        "| --- | --- | --- | --- |",
    ]
    for claim in audit.claims:
        evidence = "; ".join(f"{md_escape(head)}: {md_escape(body)}" for head, body in _evidence_lines(claim))
        lines.append(
            f"| {md_escape(_where(audit, claim, context))} | **{claim.label}** | {md_escape(claim.quote)} | {evidence} |"
        )
    lines += ["", "## Discrepancies among the sources", ""]
    body = MARKDOWN.render(among, context)
    lines.append(body.split("\n", 2)[2] if body.startswith("# ") else body)
    return "\n".join(lines)
