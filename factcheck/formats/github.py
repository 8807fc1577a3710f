"""GitHub Actions workflow commands: one annotation per finding, within GitHub's limits.

GitHub shows at most 10 error and 10 warning annotations per step (and 50 per
job); more are dropped silently. So at most :data:`PER_LEVEL` annotations of
each level are written, the most severe first, one ``notice`` slot is kept
for a summary, and every finding beyond the limits is printed as a plain
log line, so nothing is lost from the log. Data and properties are escaped
as the runner expects (``%``, CR, LF; and ``:``/``,`` in properties), other control
characters written as escapes, and no ``##[`` (the runner's older command form) left whole.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.errors import printable
from factcheck.formats.base import Index, RenderContext, position, summary_line
from factcheck.read.untrusted import inert_log_line
from factcheck.records import Discrepancy, Report, Severity

if TYPE_CHECKING:
    from factcheck.compare.verdicts import AuditReport, DraftClaim

PER_LEVEL = 10
_COMMAND = {Severity.error: "error", Severity.warning: "warning", Severity.info: "notice"}


def escape_data(value: str) -> str:
    """A command's data as the runner reads it back: ``%``, CR and LF encoded; and, as the text
    is the user's, no older-form command (``##[``) inside it either."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A").replace("##[", "## [")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


class GithubRenderer:
    name = "github"
    description = (
        "GitHub Actions annotations (::error file=...,line=...::), capped at GitHub's limits, plus a summary."
    )
    extension = "txt"

    def render(self, report: Report, context: RenderContext) -> str:
        limits = {Severity.error: PER_LEVEL, Severity.warning: PER_LEVEL, Severity.info: PER_LEVEL - 1}
        used = dict.fromkeys(limits, 0)
        annotations: list[str] = []
        overflow: list[str] = []
        index = Index(report, context)
        ordered = sorted(report.discrepancies, key=lambda f: -f.severity.rank)
        for finding in ordered:
            if used[finding.severity] < limits[finding.severity]:
                used[finding.severity] += 1
                annotations.append(self._annotation(finding, index))
            else:
                overflow.append(self._log_line(finding, index))
        # Input problems (a stale suppression, an unreadable file) share the warnings' budget.
        for diagnostic in report.diagnostics:
            line = f",line={diagnostic.line}" if diagnostic.line is not None else ""
            message = f"{diagnostic.code} {diagnostic.message}"
            if used[Severity.warning] < limits[Severity.warning]:
                used[Severity.warning] += 1
                annotations.append(
                    f"::warning file={escape_property(diagnostic.path)}{line},"
                    f"title={escape_property('factcheck ' + diagnostic.code)}::{escape_data(printable(message))}"
                )
            else:
                overflow.append(
                    inert_log_line(printable(f"{diagnostic.path}: {message}").replace("::", ": :"))
                )
        lines = annotations
        if overflow:
            lines.append(f"{len(overflow)} more finding(s) or warning(s) beyond GitHub's annotation limits:")
            lines.extend(overflow)
        summary = summary_line(report, context)
        if overflow:
            summary += f"; {len(overflow)} not annotated (see the log)"
        lines.append(f"::notice title=factcheck summary::{escape_data(summary)}")
        return "\n".join(lines) + "\n"

    def _annotation(self, finding: Discrepancy, index: Index) -> str:
        properties = []
        if finding.claims:
            ref = finding.claims[0]
            properties.append(f"file={escape_property(index.path(ref.source))}")
            start, end = (
                position(index.context, ref.source, ref.start),
                position(index.context, ref.source, ref.end),
            )
            if start is not None and end is not None:
                properties.append(f"line={start.line}")
                properties.append(f"endLine={end.line}")
                if start.line == end.line:
                    properties.append(f"col={start.column}")
                    properties.append(f"endColumn={end.column}")
        properties.append(
            f"title={escape_property(printable(f'{finding.code} {finding.rule}: {finding.fact}'))}"
        )
        return f"::{_COMMAND[finding.severity]} {','.join(properties)}::{escape_data(self._message(finding))}"

    def _message(self, finding: Discrepancy) -> str:
        quotes = [
            f"{ref.side} = {ref.value}: \u201c{ref.quote}\u201d ({ref.source})" for ref in finding.claims
        ]
        # each part on its own line, with no control character of its own (article text may hold any)
        parts = [finding.explanation, *quotes, f"id {finding.id}"]
        return "\n".join(printable(" ".join(part.splitlines())) for part in parts)

    def render_audit(self, audit: AuditReport, report: Report, context: RenderContext) -> str:
        """The audit of a draft: an annotation on the draft's line for each statement that is not
        supported (contradicted at its severity, disputed a warning, unverified a notice), within
        the same limits; the sources' discrepancies only where they trip the gate, else as log lines."""
        from factcheck.formats.audit import audit_summary, verdict_level

        limits = {Severity.error: PER_LEVEL, Severity.warning: PER_LEVEL, Severity.info: PER_LEVEL - 1}
        used = dict.fromkeys(limits, 0)
        lines: list[str] = []
        overflow: list[str] = []
        ranked = sorted(
            ((Severity(level), claim) for claim in audit.claims if (level := verdict_level(claim))),
            key=lambda item: (-item[0].rank, item[1].start),
        )
        for level, claim in ranked:
            if used[level] < limits[level]:
                used[level] += 1
                lines.append(self._verdict_annotation(audit, claim, level, context))
            else:
                where = position(context, audit.draft.id, claim.start)
                at = f"{audit.draft.path}:{where.line}: " if where else ""
                text = f"{at}{claim.label} {claim.quote}".replace("\r", " ").replace("\n", " ")
                overflow.append(inert_log_line(printable(text).replace("::", ": :")))
        index = Index(report, context)
        gate = context.gate
        for finding in audit.discrepancies:
            if gate is not None and gate.trips(finding) and used[finding.severity] < limits[finding.severity]:
                used[finding.severity] += 1
                lines.append(self._annotation(finding, index))
            else:
                overflow.append("among the sources: " + self._log_line(finding, index))
        if overflow:
            lines.append(f"{len(overflow)} more statement(s) or finding(s), not annotated:")
            lines.extend(overflow)
        lines.append(
            f"::notice title=factcheck audit::{escape_data(printable(audit_summary(audit, context)))}"
        )
        return "\n".join(lines) + "\n"

    def _verdict_annotation(
        self, audit: AuditReport, claim: DraftClaim, level: Severity, context: RenderContext
    ) -> str:
        from factcheck.formats.audit import evidence_text, verdict_id, verdict_title

        properties = [f"file={escape_property(audit.draft.path)}"]
        start, end = (
            position(context, audit.draft.id, claim.start),
            position(context, audit.draft.id, claim.end),
        )
        if start is not None and end is not None:
            properties += [f"line={start.line}", f"endLine={end.line}"]
            if start.line == end.line:
                properties += [f"col={start.column}", f"endColumn={end.column}"]
        properties.append(f"title={escape_property(printable('factcheck ' + verdict_title(claim)))}")
        message = f"{evidence_text(claim)}\nid {verdict_id(audit, claim)}"
        text = "\n".join(printable(line) for line in message.splitlines())
        return f"::{_COMMAND[level]} {','.join(properties)}::{escape_data(text)}"

    def _log_line(self, finding: Discrepancy, index: Index) -> str:
        where = ""
        if finding.claims:
            ref = finding.claims[0]
            where = index.where(ref.source, ref.start) + ": "
        text = f"{where}{finding.severity.value} {finding.code} {finding.fact}: {finding.explanation}"
        # A plain log line must not be read as a workflow command.
        return inert_log_line(printable(text.replace("\r", " ").replace("\n", " ")).replace("::", ": :"))


RENDERER = GithubRenderer()
