"""The audit of a draft as text, Markdown or JSON (:class:`~factcheck.compare.verdicts.AuditReport`).

Each claim of the draft with its label and evidence, then the discrepancies
among the sources rendered by the ordinary text or Markdown format. The
machine formats (sarif, junit, github, html) render the comparison of draft
and sources with the ordinary renderers instead, so that CI annotates the
draft's lines.
"""

from __future__ import annotations

from dataclasses import replace

from factcheck.compare.verdicts import AuditReport, DraftClaim
from factcheck.formats.base import RenderContext, gate_phrase, position
from factcheck.formats.markdown import RENDERER as MARKDOWN
from factcheck.formats.markdown import md_escape
from factcheck.formats.text import RENDERER as TEXT
from factcheck.formats.text import one_line
from factcheck.records import Report

AUDIT_FORMATS = ("json", "markdown", "text")
LABEL_ORDER = ("contradicted", "disputed", "supported", "unverified", "suppressed")


def render_audit(audit: AuditReport, report: Report, context: RenderContext, output_format: str) -> str:
    """``audit`` in ``output_format``; ``report`` is the published comparison of the sources, whose
    sources and claims the discrepancies cite. The formats other than :data:`AUDIT_FORMATS` render
    it by their own renderer's ``render_audit``."""
    if output_format == "json":
        return audit.model_dump_json(indent=2) + "\n"
    if output_format not in AUDIT_FORMATS:
        from factcheck.formats import get_format

        return get_format(output_format).render_audit(audit, report, context)
    among = report
    if output_format == "markdown":
        return _markdown(audit, among, context)
    return _text(audit, among, context)


def _where(audit: AuditReport, claim: DraftClaim, context: RenderContext) -> str:
    at = position(context, audit.draft.id, claim.start)
    return f"{audit.draft.path}:{at.line}:{at.column}" if at is not None else audit.draft.path


def _headline(audit: AuditReport) -> str:
    return f"{audit.draft.path}: {verdict_counts(audit)}"


def verdict_counts(audit: AuditReport) -> str:
    """ "12 checkable statements (1 contradicted, 8 supported, 3 unverified)"."""
    # "disputed" and "suppressed" only when there are some: most drafts have none
    counts = ", ".join(
        f"{audit.count(label)} {label}"
        for label in LABEL_ORDER
        if label not in ("suppressed", "disputed") or audit.count(label)
    )
    return f"{len(audit.claims)} checkable statements ({counts})"


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
    if claim.label == "disputed":
        lines.append(("disputed", "as many independent sources on each side"))
    if claim.label == "unverified":
        lines.append(("unverified", "no source speaks of it"))
    return lines


def evidence_text(claim: DraftClaim) -> str:
    """The verdict's evidence on one line each: what a machine format puts in its message."""
    head = f"{claim.label.upper()}" + (f" ({claim.fact})" if claim.fact else "")
    return "\n".join(
        [f"{head}: \u201c{one_line(claim.quote)}\u201d", *(f"{h}: {b}" for h, b in _evidence_lines(claim))]
    )


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
    # the sources' own summary without a gate: the gate is the audit's, said once, last
    lines.append(TEXT.render(among, replace(context, gate=None)).rstrip("\n"))
    lines += ["", audit_summary(audit, context)]
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
    body = MARKDOWN.render(among, replace(context, gate=None))
    lines.append((body.split("\n", 2)[2] if body.startswith("# ") else body).rstrip("\n"))
    lines += ["", md_escape(audit_summary(audit, context)), ""]
    return "\n".join(lines)


# --------------------------------------------------------------------------
# What the machine formats share: a verdict's level, its stable id, the summary


# How a verdict shows in annotations: a contradiction at its severity; a split or unsure fact asks for
# a look; a claim no source speaks of is a notice. Supported claims are not annotated.
VERDICT_LEVEL = {"contradicted": "error", "disputed": "warning", "unverified": "info", "suppressed": "info"}


def verdict_level(claim: DraftClaim) -> str | None:
    """error, warning or info for an annotation of ``claim``; ``None`` for a supported one."""
    if claim.label == "supported":
        return None
    if claim.severity is not None and claim.label != "suppressed":
        return claim.severity.value  # what it weighs at the gate (--fail-on-unverified error: an error)
    return VERDICT_LEVEL[claim.label]


def verdict_id(audit: AuditReport, claim: DraftClaim) -> str:
    """A fingerprint of the statement and its verdict (not of its place), stable across edits elsewhere
    in the draft, so that code scanning and dashboards keep track of it."""
    import hashlib

    content = "\x1f".join([audit.draft.path, claim.kind, claim.quote, claim.fact or "", claim.label])
    return hashlib.sha256(content.encode("utf-8")).hexdigest()[:16]


def verdict_title(claim: DraftClaim) -> str:
    """ "contradicted: the date of the visit" or "unverified statement"."""
    return f"{claim.label}: {claim.fact}" if claim.fact else f"{claim.label} {claim.kind}"


def audit_summary(audit: AuditReport, context: RenderContext) -> str:
    """One line: the draft's verdicts, the sources' discrepancies, and the gate's decision."""
    among = len(audit.discrepancies)
    parts = [
        f"{audit.draft.path}: {verdict_counts(audit)}",
        f"{among} discrepanc{'ies' if among != 1 else 'y'} among {len(audit.sources)} sources",
    ]
    if context.gate is not None:
        parts.append(gate_phrase(context.gate))
    return "; ".join(parts)


def evidence_refs(claim: DraftClaim):
    """Every quote a verdict cites, what it says about the claim first (against, then for)."""
    return [*claim.contradicted_by.claims, *claim.supported_by.claims]
