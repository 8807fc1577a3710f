"""JUnit XML for CI dashboards: one test case per rule.

A rule's test case fails when at least one of its findings trips the gate
(``--fail-on``); findings below the gate are listed in its ``system-out``.
Rules without findings pass, so a dashboard shows what was checked. No
timings or timestamps: the same report gives the same bytes.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape, quoteattr

from factcheck.formats.base import Index, RenderContext, rule_catalogue
from factcheck.records import Discrepancy, Report
from factcheck.report.gate import evaluate

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(value: str) -> str:
    return escape(_XML_ILLEGAL.sub(" ", value))


def _attr(value: str) -> str:
    return quoteattr(_XML_ILLEGAL.sub(" ", value))


class JunitRenderer:
    name = "junit"
    description = "JUnit XML: one test case per rule, failing when its findings trip the gate."
    extension = "xml"

    def render(self, report: Report, context: RenderContext) -> str:
        gate = context.gate or evaluate(report.discrepancies)
        rules = rule_catalogue(report, context)
        index = Index(report, context)
        cases = []
        failures = 0
        for code, info in rules.items():
            findings = [f for f in report.discrepancies if f.code == code]
            tripping = [f for f in findings if gate.trips(f)]
            below = [f for f in findings if not gate.trips(f)]
            body = []
            if tripping:
                failures += 1
                message = (
                    f"{len(tripping)} finding{'s' if len(tripping) != 1 else ''} at or above {gate.fail_on}"
                )
                details = "\n\n".join(self._describe(f, index) for f in tripping)
                body.append(
                    f"      <failure message={_attr(message)} type={_attr(max(f.severity for f in tripping).value)}>"
                    f"{_text(details)}</failure>"
                )
            if below:
                details = "\n\n".join(self._describe(f, index) for f in below)
                body.append(f"      <system-out>{_text(details)}</system-out>")
            opening = f"    <testcase classname={_attr('factcheck.' + info.name)} name={_attr(f'{code} {info.name}')}"
            cases.append(opening + ("/>" if not body else ">\n" + "\n".join(body) + "\n    </testcase>"))
        counts = f'tests="{len(rules)}" failures="{failures}" errors="0" skipped="0"'
        return "\n".join(
            [
                '<?xml version="1.0" encoding="UTF-8"?>',
                f'<testsuites name="factcheck" {counts}>',
                f'  <testsuite name="factcheck" {counts}>',
                *cases,
                "  </testsuite>",
                "</testsuites>",
                "",
            ]
        )

    def _describe(self, finding: Discrepancy, index: Index) -> str:
        lines = [f"[{finding.severity.value}] {finding.fact}: {finding.explanation} (id {finding.id})"]
        for ref in finding.claims:
            lines.append(
                f"  {ref.side} = {ref.value}: {index.where(ref.source, ref.start)} \u201c{ref.quote}\u201d"
            )
        return "\n".join(lines)


RENDERER = JunitRenderer()
