"""The interface every output format implements, and what they share.

A renderer gets a :class:`~factcheck.records.Report` and a
:class:`RenderContext` (defined in :mod:`factcheck.report.context`, with
:class:`HiddenFinding`; :class:`RuleInfo` in :mod:`factcheck.compare.rules`;
all three are importable from here too).

Findings are shown in the report's own order (the comparison sorts them);
nothing here reads the clock or iterates a set, so the same report renders
to the same bytes.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import Protocol

from factcheck.compare.rules import RuleInfo as RuleInfo
from factcheck.errors import printable
from factcheck.formats.facts import fact_counts
from factcheck.records import Claim, ClaimRef, Discrepancy, Report, Severity, SourceInfo
from factcheck.report.context import HiddenFinding as HiddenFinding
from factcheck.report.context import RenderContext as RenderContext
from factcheck.report.gate import GateResult

SEVERITY_ORDER = (Severity.error, Severity.warning, Severity.info)


class Renderer(Protocol):
    """One output format."""

    name: str
    description: str
    extension: str

    def render(self, report: Report, context: RenderContext) -> str: ...


@dataclass(frozen=True)
class Position:
    """1-based line and column of a character offset (columns count code points)."""

    line: int
    column: int


def position(context: RenderContext, source: str, offset: int) -> Position | None:
    """Where ``offset`` of ``source``'s text lies in its file; ``None`` without the text."""
    text = context.texts.get(source)
    if text is None:
        return None
    offset = min(offset, len(text))
    starts = _line_starts(text)
    index = bisect.bisect_right(starts, offset) - 1
    return Position(line=index + context.first_lines.get(source, 1), column=offset - starts[index] + 1)


@functools.lru_cache(maxsize=64)
def _line_starts(text: str) -> tuple[int, ...]:
    """Where each line of ``text`` starts; cached, as every finding asks about the same few texts."""
    return (0, *(match.end() for match in _NEWLINE.finditer(text)))


_NEWLINE = re.compile("\n")


def sources_by_id(report: Report) -> dict[str, SourceInfo]:
    return {source.id: source for source in report.sources}


_DATE_ORIGIN = {
    "dateline": "from the dateline",
    "url": "from the URL",
    "inferred": "inferred from the story's other sources",
}


def read_dates(report: Report) -> list[tuple[str, str]]:
    """``(path, "published 2021-05-07 (from the dateline)")`` for each source whose date is not metadata.

    A date read from the text or the URL is less sure than one the publisher
    gave, and relative times ("yesterday") are resolved against it, so the
    reader is told which dates were read that way.
    """
    return [
        (source.path, f"published {source.published.isoformat()} ({_DATE_ORIGIN[source.published_from]})")
        for source in report.sources
        if source.published is not None and source.published_from in _DATE_ORIGIN
    ]


class Index:
    """Lookups a renderer makes for every quote, built once per rendering."""

    def __init__(self, report: Report, context: RenderContext):
        self.context = context
        # a file name may hold any character but "/" and NUL: shown, its control characters are escaped
        self.paths = {source.id: printable(source.path) for source in report.sources}
        self.claims: dict[str, Claim] = {claim.id: claim for claim in report.claims}

    def path(self, source: str) -> str:
        return self.paths.get(source, source)

    def where(self, source: str, offset: int) -> str:
        """``path:line:column`` of an offset, or the path alone without the source's text."""
        at = position(self.context, source, offset)
        return f"{self.path(source)}:{at.line}:{at.column}" if at is not None else self.path(source)

    def sentence(self, ref: ClaimRef) -> tuple[str, str, str]:
        """The sentence around a cited claim, cut as (before, the claim's span, after).

        Falls back to the quote alone when the source text or the claim is missing.
        """
        text = self.context.texts.get(ref.source)
        claim = self.claims.get(ref.claim)
        if text is None or claim is None or text[ref.start : ref.end] != ref.quote:
            return "", ref.quote, ""
        start = min(claim.sentence_start, ref.start)
        end = max(claim.sentence_end, ref.end)
        return text[start : ref.start], ref.quote, text[ref.end : end]


def severity_counts(findings: list[Discrepancy]) -> dict[Severity, int]:
    return {severity: sum(1 for f in findings if f.severity == severity) for severity in SEVERITY_ORDER}


def summary_line(report: Report, context: RenderContext) -> str:
    """One line: counts by severity, sources, what was hidden and the gate's verdict."""
    counts = severity_counts(report.discrepancies)
    total = len(report.discrepancies)
    parts = [
        f"{total} finding{'s' if total != 1 else ''}"
        f" ({counts[Severity.error]} error, {counts[Severity.warning]} warning, {counts[Severity.info]} info)"
        f" among {len(report.sources)} source{'s' if len(report.sources) != 1 else ''}",
        fact_counts(report),
    ]
    if context.hidden:
        parts.append(f"{len(context.hidden)} hidden (baseline or suppression)")
    if context.hidden_below:
        parts.append(f"{context.hidden_below} below --min-severity not shown")
    if context.gate is not None:
        parts.append(gate_phrase(context.gate))
    return "; ".join(parts)


def gate_phrase(gate: GateResult) -> str:
    """The gate's decision in words, as every summary line ends."""
    if gate.fail_on == "never":
        return "gate: off (--fail-on never)"
    if gate.failed:
        verdict = "FAILED" + (" (ignored: --exit-zero)" if gate.exit_zero else "")
        return f"gate {verdict}: {len(gate.failing)} at or above {gate.fail_on}"
    return f"gate passed: nothing at or above {gate.fail_on}"


def rule_catalogue(report: Report, context: RenderContext) -> dict[str, RuleInfo]:
    """Every rule's documentation by code: the context's rules, then any code only the report knows
    (a report read from a file may come from another version)."""
    catalogue = dict(context.rules)
    for finding in report.discrepancies:
        if finding.code not in catalogue:
            catalogue[finding.code] = RuleInfo(
                code=finding.code, name=finding.rule, severity=finding.severity, doc=finding.rule
            )
    return dict(sorted(catalogue.items()))
