"""Markdown (GitHub-flavoured): a summary, then a table of quotes per finding.

Article text is data, never markup: every ASCII punctuation character that
Markdown could read as syntax is backslash-escaped, ``&``/``<``/``>`` become
entities (so no HTML passes through) and line breaks become spaces (so no
table row can be broken or a block started).
"""

from __future__ import annotations

from factcheck.formats.base import Index, RenderContext, read_dates, summary_line
from factcheck.formats.facts import fact_counts, ordered_facts, value_sources
from factcheck.records import Report

_ESCAPED = set("\\`*_{}[]()#+-.!|~:\"'=$^")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def md_escape(text: str) -> str:
    """``text`` as literal inline Markdown on one line."""
    out = []
    for char in text:
        if char in _ENTITIES:
            out.append(_ENTITIES[char])
        elif char in _ESCAPED:
            out.append("\\" + char)
        elif char in "\r\n\t" or not char.isprintable():
            out.append(" ")
        else:
            out.append(char)
    return "".join(out)


class MarkdownRenderer:
    name = "markdown"
    description = "Markdown report with a table of quotes per finding; article text is escaped."
    extension = "md"

    def render(self, report: Report, context: RenderContext) -> str:
        lines = ["# factcheck report", "", md_escape(summary_line(report, context)), ""]
        if not report.discrepancies:
            lines += ["No discrepancies found.", ""]
        index = Index(report, context)
        for finding in report.discrepancies:
            lines += [
                f"## {md_escape(finding.severity.value)} {md_escape(finding.code)}: {md_escape(finding.fact)}",
                "",
                f"{md_escape(finding.explanation)} (rule {md_escape(finding.rule)}, id `{_code_span(finding.id)}`)",
                "",
                "| side | value | source | quote |",
                "| --- | --- | --- | --- |",
            ]
            values = {side.label: side.value for side in finding.sides}
            for ref in finding.claims:
                before, quote, after = index.sentence(ref)
                cells = [
                    md_escape(ref.side),
                    md_escape(values.get(ref.side, ref.value)),
                    md_escape(index.where(ref.source, ref.start)),
                    f"{md_escape(before.lstrip())}**{md_escape(quote)}**{md_escape(after.rstrip())}",
                ]
                lines.append("| " + " | ".join(cells) + " |")
            lines.append("")
        if report.facts:
            lines += ["## Facts of the story", "", md_escape(fact_counts(report)), ""]
            lines += ["| status | fact | values (sources) |", "| --- | --- | --- |"]
            for fact in ordered_facts(report):
                values = "; ".join(
                    f"{md_escape(text)} ({', '.join(md_escape(p) for p in paths)})"
                    for text, paths in value_sources(report, fact)
                )
                lines.append(f"| {md_escape(fact.status)} | {md_escape(fact.name)} | {values} |")
            lines.append("")
        if context.verbose and context.hidden:
            lines += ["## Hidden findings", ""]
            for hidden in context.hidden:
                reason = f": {md_escape(hidden.reason)}" if hidden.reason else ""
                lines.append(
                    f"- {md_escape(hidden.why)} {md_escape(hidden.finding.code)} {md_escape(hidden.finding.fact)}{reason}"
                )
            lines.append("")
        if report.diagnostics:
            lines += ["## Input problems", ""]
            for diagnostic in report.diagnostics:
                lines.append(
                    f"- {md_escape(diagnostic.path)}: {md_escape(diagnostic.code)} {md_escape(diagnostic.message)}"
                )
            lines.append("")
        dates = read_dates(report)
        if dates:
            lines += ["## Publication dates read from the text or URL", ""]
            lines += [f"- {md_escape(path)}: {md_escape(date)}" for path, date in dates]
            lines.append("")
        return "\n".join(lines)


def _code_span(text: str) -> str:
    """Ids are hex, but a code span must not be closed early by whatever a future id holds."""
    return text.replace("`", "")


RENDERER = MarkdownRenderer()
