"""reviewdog's diagnostic format (rdjson), so that findings become review comments.

    factcheck check sources/ --format rdjson | reviewdog -f=rdjson -reporter=github-pr-review

One diagnostic per finding at its first quote, every quote (both sides) as a related location;
the code links to the rule's documentation. reviewdog counts columns in UTF-8 bytes, so columns
here are byte counts, not the code points of SARIF. Input problems (a source without a date, a
stale suppression) are diagnostics too, at warning level, so the pull request shows them where
they are. Spec: https://github.com/reviewdog/reviewdog/tree/master/proto/rdf
"""

from __future__ import annotations

import json

from factcheck import PROJECT_URL
from factcheck.formats.base import Index, RenderContext, position
from factcheck.formats.rule_docs import help_uri
from factcheck.records import ClaimRef, Diagnostic, Discrepancy, Report, Severity

_SEVERITY = {Severity.error: "ERROR", Severity.warning: "WARNING", Severity.info: "INFO"}
_SOURCE = {"name": "factcheck", "url": PROJECT_URL}


class RdjsonRenderer:
    name = "rdjson"
    description = "reviewdog diagnostic format (rdjson): findings as pull-request review comments."
    extension = "json"

    def render(self, report: Report, context: RenderContext) -> str:
        index = Index(report, context)
        diagnostics = [self._finding(finding, index) for finding in report.discrepancies]
        diagnostics += [self._input_problem(diagnostic) for diagnostic in report.diagnostics]
        document = {"source": _SOURCE, "diagnostics": diagnostics}
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"

    def _finding(self, finding: Discrepancy, index: Index) -> dict:
        quotes = [
            f"{ref.side} = {ref.value}: \u201c{ref.quote}\u201d ({index.where(ref.source, ref.start)})"
            for ref in finding.claims
        ]
        diagnostic: dict = {
            "message": "\n".join([f"{finding.fact}: {finding.explanation}", *quotes]),
            "severity": _SEVERITY[finding.severity],
            "source": _SOURCE,
            "code": {"value": finding.code, "url": help_uri(finding.code)},
            "original_output": f"{finding.code} {finding.rule} (id {finding.id})",
        }
        if finding.claims:
            diagnostic["location"] = _location(finding.claims[0], index)
            diagnostic["related_locations"] = [
                {"message": f"side {ref.side} ({ref.value})", "location": _location(ref, index)}
                for ref in finding.claims
            ]
        return diagnostic

    def _input_problem(self, problem: Diagnostic) -> dict:
        location: dict = {"path": problem.path}
        if problem.line is not None:
            location["range"] = {"start": {"line": problem.line}}
        return {
            "message": problem.message,
            "severity": "WARNING",
            "source": _SOURCE,
            "code": {"value": problem.code},
            "location": location,
        }


def _location(ref: ClaimRef, index: Index) -> dict:
    location: dict = {"path": index.path(ref.source)}
    start = _byte_position(ref.source, ref.start, index.context)
    end = _byte_position(ref.source, ref.end, index.context)
    if start is not None and end is not None:
        location["range"] = {"start": start, "end": end}
    return location


def _byte_position(source: str, offset: int, context: RenderContext) -> dict | None:
    """Line and 1-based UTF-8 byte column of a character offset, as reviewdog counts them."""
    at = position(context, source, offset)
    if at is None:
        return None
    text = context.texts[source]
    offset = min(offset, len(text))
    line_prefix = text[offset - (at.column - 1) : offset]
    return {"line": at.line, "column": len(line_prefix.encode("utf-8")) + 1}


RENDERER = RdjsonRenderer()
