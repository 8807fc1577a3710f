"""From a report to what the user sees: suppressions, the baseline, the gate, the threshold.

In this order: inline suppressions and then the baseline hide accepted
findings (verbose output lists them with
their reasons; stale suppressions become warnings); the gate is computed
once on what is left; ``--min-severity`` then only decides what is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from factcheck.compare.rules import registered_rules
from factcheck.records import Discrepancy, Report, Source
from factcheck.report.baseline import apply_baseline, read_baseline
from factcheck.report.context import RenderContext
from factcheck.report.gate import GateResult, evaluate, parse_severity
from factcheck.report.suppress import Suppression, apply_suppressions, suppressions_in


@dataclass(frozen=True)
class Settings:
    """What the user asked for (CLI flags over the configuration file)."""

    fail_on: str = "error"
    exit_zero: bool = False
    min_severity: str = "info"
    baseline: str | None = None
    verbose: bool = False
    color: bool = False


@dataclass(frozen=True)
class Published:
    """The report as shown, the context its renderers need, and the gate's decision.

    ``findings`` are those left after suppressions and the baseline, before the
    display threshold: what the gate judged.
    """

    report: Report
    context: RenderContext
    gate: GateResult
    findings: tuple[Discrepancy, ...] = ()


def source_positions(sources: Sequence[Source]) -> tuple[dict[str, str], dict[str, int]]:
    """Each source's text, and the line of its file where that text starts.

    Front matter comes before a Markdown source's text; when the file on disk
    ends with the text, lines are counted from the file's top so that
    positions point into the file. Otherwise (HTML, corpora, stdin) they
    count from the text's own first line.
    """
    texts = {source.id: source.text for source in sources}
    first_lines: dict[str, int] = {}
    for source in sources:
        first_lines[source.id] = 1
        path = Path(source.path)
        if source.path == "-" or not path.is_file():
            continue
        try:
            whole = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            continue
        if whole != source.text and whole.endswith(source.text):
            first_lines[source.id] = 1 + whole[: len(whole) - len(source.text)].count("\n")
    return texts, first_lines


def publish(
    report: Report,
    sources: Sequence[Source],
    settings: Settings,
    may_hide: Callable[[Suppression, Discrepancy], bool] | None = None,
) -> Published:
    """Apply suppressions (those ``may_hide`` allows: see :func:`apply_suppressions`), the baseline,
    the gate and the display threshold."""
    texts, first_lines = source_positions(sources)
    findings = list(report.discrepancies)

    suppressions, unreadable = suppressions_in(sources, first_lines)
    findings, hidden, stale = apply_suppressions(findings, suppressions, may_hide)
    if settings.baseline is not None:
        findings, accepted = apply_baseline(findings, read_baseline(settings.baseline), settings.baseline)
        hidden += accepted

    gate = evaluate(findings, settings.fail_on, settings.exit_zero)
    threshold = parse_severity(settings.min_severity)
    shown = [f for f in findings if f.severity >= threshold]
    shown_report = report.model_copy(
        update={"discrepancies": shown, "diagnostics": [*report.diagnostics, *unreadable, *stale]}
    )
    context = RenderContext(
        texts=texts,
        first_lines=first_lines,
        gate=gate,
        color=settings.color,
        verbose=settings.verbose,
        hidden=tuple(hidden),
        hidden_below=len(findings) - len(shown),
        rules=registered_rules(),
    )
    return Published(report=shown_report, context=context, gate=gate, findings=tuple(findings))
