"""JUnit XML for CI dashboards: one test case per finding, grouped by source file.

Each source file is a test suite (and the class name of its cases), so a dashboard lists the
files checked and, under each, its findings; a finding belongs to the file of its first quote,
as its SARIF result does, and its case carries that quote's ``file`` and ``line``. A finding's case fails when it trips the gate (``--fail-on``); one
below the gate passes, with its details in ``system-out``. A file without findings has one
passing case, "no findings", so the dashboard shows that it was checked. No timings or
timestamps: the same report gives the same bytes.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape, quoteattr

from factcheck.formats.base import Index, RenderContext, position
from factcheck.records import Discrepancy, Report
from factcheck.report.gate import evaluate

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# The suite of findings that quote nothing (none today; a report read from elsewhere may hold them).
UNPLACED = "factcheck"


def _text(value: str) -> str:
    return escape(_XML_ILLEGAL.sub(" ", value))


def _attr(value: str) -> str:
    return quoteattr(_XML_ILLEGAL.sub(" ", value))


class JunitRenderer:
    name = "junit"
    description = "JUnit XML: one test case per finding, one test suite per source file."
    extension = "xml"

    def render(self, report: Report, context: RenderContext) -> str:
        gate = context.gate or evaluate(report.discrepancies)
        index = Index(report, context)
        by_file: dict[str, list[Discrepancy]] = {index.path(source.id): [] for source in report.sources}
        for finding in report.discrepancies:
            where = index.path(finding.claims[0].source) if finding.claims else UNPLACED
            by_file.setdefault(where, []).append(finding)
        suites = []
        total_tests = total_failures = 0
        for path in sorted(by_file):
            findings = by_file[path]
            cases = []
            failures = 0
            for finding in findings:
                details = _text(self._describe(finding, index))
                opening = (
                    f"    <testcase classname={_attr(path)} name={_attr(self._name(finding))}"
                    f"{self._place(finding, index)}>"
                )
                if gate.trips(finding):
                    failures += 1
                    message = f"{finding.severity.value} at or above --fail-on {gate.fail_on}"
                    body = (
                        f"      <failure message={_attr(message)} type={_attr(finding.severity.value)}>"
                        f"{details}</failure>"
                    )
                else:
                    body = f"      <system-out>{details}</system-out>"
                cases.append(f"{opening}\n{body}\n    </testcase>")
            if not findings:
                cases.append(f'    <testcase classname={_attr(path)} name="no findings"/>')
            suites.append(
                f"  <testsuite name={_attr(path)} {self._counts(len(cases), failures)}>\n"
                + "\n".join(cases)
                + "\n  </testsuite>"
            )
            total_tests += len(cases)
            total_failures += failures
        return "\n".join(
            [
                '<?xml version="1.0" encoding="UTF-8"?>',
                f'<testsuites name="factcheck" {self._counts(total_tests, total_failures)}>',
                *suites,
                "</testsuites>",
                "",
            ]
        )

    @staticmethod
    def _counts(tests: int, failures: int) -> str:
        return f'tests="{tests}" failures="{failures}" errors="0" skipped="0"'

    @staticmethod
    def _place(finding: Discrepancy, index: Index) -> str:
        """``file`` and ``line`` of the first quote: CI reporters annotate that line with the case."""
        if not finding.claims:
            return ""
        ref = finding.claims[0]
        at = position(index.context, ref.source, ref.start)
        line = f' line="{at.line}"' if at is not None else ""
        return f" file={_attr(index.path(ref.source))}{line}"

    @staticmethod
    def _name(finding: Discrepancy) -> str:
        # The id keeps two findings of one rule about one fact apart, as dashboards key cases by name.
        return f"{finding.code} {finding.rule}: {finding.fact} [{finding.id}]"

    def _describe(self, finding: Discrepancy, index: Index) -> str:
        lines = [f"[{finding.severity.value}] {finding.fact}: {finding.explanation} (id {finding.id})"]
        for ref in finding.claims:
            lines.append(
                f"  {ref.side} = {ref.value}: {index.where(ref.source, ref.start)} \u201c{ref.quote}\u201d"
            )
        return "\n".join(lines)


RENDERER = JunitRenderer()
