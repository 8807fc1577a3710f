"""Plain text for the terminal: one block per finding, the clashing value marked in its sentence.

Colour (ANSI) only when asked for: the CLI asks when writing to a terminal
and ``NO_COLOR`` is not set (https://no-color.org), when ``FORCE_COLOR`` is
set, or with ``--color always``; piped or written to a file, the output is
plain and the marked value is set off by ``>> <<``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TextIO

from factcheck.errors import printable
from factcheck.formats.base import Index, RenderContext, read_dates, summary_line
from factcheck.formats.facts import fact_counts, ordered_facts, value_sources
from factcheck.read.untrusted import inert_log_line
from factcheck.records import Discrepancy, Report, Severity

_RESET = "\x1b[0m"
_STYLE = {
    Severity.error: "\x1b[1;31m",
    Severity.warning: "\x1b[1;33m",
    Severity.info: "\x1b[1;36m",
    "mark": "\x1b[1;4m",
    "dim": "\x1b[2m",
}


COLOR_CHOICES = ("auto", "always", "never")


def should_colour(stream: TextIO, environ: Mapping[str, str] | None = None, mode: str = "auto") -> bool:
    """Whether to colour ``stream``: ``--color always|never`` decide; with ``auto``, ``NO_COLOR``
    (https://no-color.org) turns colour off, ``FORCE_COLOR`` on (CI logs that render ANSI), and
    otherwise a terminal gets colour. An empty variable, or ``FORCE_COLOR=0``, does not count."""
    if mode != "auto":
        return mode == "always"
    environ = os.environ if environ is None else environ
    if environ.get("NO_COLOR"):
        return False
    if environ.get("FORCE_COLOR", "0") not in ("", "0"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def one_line(text: str) -> str:
    """Article text on one line, with no control characters that could drive the terminal."""
    return "".join(" " if ch in "\n\r\t" else ch for ch in text if ch.isprintable() or ch in "\n\r\t")


class TextRenderer:
    name = "text"
    description = "Readable report for the terminal (colour on a TTY unless NO_COLOR is set)."
    extension = "txt"

    def render(self, report: Report, context: RenderContext) -> str:
        paint = _painter(context.color)
        lines: list[str] = []
        index = Index(report, context)
        for finding in report.discrepancies:
            lines.extend(self._finding(finding, index, paint))
            lines.append("")
        if report.facts:
            lines.append(f"Facts of the story ({fact_counts(report)}):")
            for fact in ordered_facts(report):
                values = " | ".join(
                    f"{one_line(text)} ({', '.join(one_line(p) for p in paths)})"
                    for text, paths in value_sources(report, fact)
                )
                lines.append(f"  {fact.status:<13} {one_line(fact.name)}: {values}")
            lines.append("")
        if context.verbose:
            lines.extend(self._hidden(context))
            for corroboration in report.corroborations:
                lines.append(
                    f"agreed: {one_line(corroboration.fact)} = {one_line(corroboration.value)}"
                    f" ({corroboration.independent_sources} independent sources)"
                )
            if report.corroborations:
                lines.append("")
        for diagnostic in report.diagnostics:
            path = printable(diagnostic.path)
            where = f"{path}:{diagnostic.line}" if diagnostic.line is not None else path
            lines.append(f"{where}: {diagnostic.code} {one_line(diagnostic.message)}")
        if report.diagnostics:
            lines.append("")
        dates = read_dates(report)
        for path, date in dates:
            lines.append(f"{printable(path)}: {one_line(date)}")
        if dates:
            lines.append("")
        lines.append(summary_line(report, context))
        # article text and file names are the user's: none may pass as a CI log command
        return "\n".join(inert_log_line(line) for line in lines) + "\n"

    def _finding(self, finding: Discrepancy, index: Index, paint) -> list[str]:
        first = finding.claims[0] if finding.claims else None
        where = f"{index.where(first.source, first.start)}: " if first is not None else ""
        lines = [
            f"{where}{paint(finding.severity.value, finding.severity)} {finding.code} {finding.rule}: "
            f"{one_line(finding.fact)}",
            f"  {one_line(finding.explanation)}",
        ]
        for side in finding.sides:
            plural = "s" if side.independent_sources != 1 else ""
            lines.append(
                f"  {one_line(side.label)}: {one_line(side.value)} ({side.independent_sources} independent source{plural})"
            )
            for ref in finding.claims:
                if ref.side != side.label:
                    continue
                before, quote, after = index.sentence(ref)
                marked = paint(one_line(quote), "mark") if index.context.color else f">>{one_line(quote)}<<"
                lines.append(
                    f"    {index.where(ref.source, ref.start)}  {one_line(before).lstrip()}{marked}{one_line(after).rstrip()}"
                )
        lines.append(paint(f"  id {finding.id}", "dim"))
        return lines

    def _hidden(self, context: RenderContext) -> list[str]:
        lines = []
        for hidden in context.hidden:
            reason = f": {one_line(hidden.reason)}" if hidden.reason else ""
            where = f" at {printable(hidden.where)}" if hidden.where else ""
            lines.append(
                f"hidden ({hidden.why}{where}) {hidden.finding.code} {one_line(hidden.finding.fact)}{reason}"
            )
        if lines:
            lines.append("")
        return lines


def _painter(colour: bool):
    def paint(text: str, style) -> str:
        return f"{_STYLE[style]}{text}{_RESET}" if colour else text

    return paint


RENDERER = TextRenderer()
