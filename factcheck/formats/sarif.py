"""SARIF 2.1.0 for code-scanning tools (GitHub code scanning, IDE viewers).

One result per finding: its first quote is the primary location, every quote
(both sides) is a related location; regions give lines and columns (columns
count Unicode code points, declared by ``columnKind``) plus the character
offset and length. ``partialFingerprints`` carries the finding's stable id, so
that a finding keeps its identity across runs. Findings hidden by an inline
suppression or the baseline are kept with a SARIF ``suppressions`` entry.
Rule metadata comes from the rule registry's documentation, each rule's ``helpUri`` is its
section of docs/rules.md. The input problems that did not stop the run (the report's
diagnostics: a source without a date, a stale suppression) are the invocation's
``toolExecutionNotifications``, so a SARIF viewer shows the same warnings as stderr.
"""

from __future__ import annotations

import json
from urllib.parse import quote

from factcheck import PROJECT_URL, __version__
from factcheck.formats.base import RenderContext, position, rule_catalogue, sources_by_id
from factcheck.formats.rule_docs import help_uri
from factcheck.records import ClaimRef, Diagnostic, Report, Severity

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "factcheckFinding/v1"
_LEVEL = {Severity.error: "error", Severity.warning: "warning", Severity.info: "note"}


def artifact_uri(path: str) -> str:
    """A source path as a relative URI reference (forward slashes, reserved characters escaped)."""
    return quote(path.replace("\\", "/"), safe="/")


class SarifRenderer:
    name = "sarif"
    description = "SARIF 2.1.0 log for code scanning, one result per finding with line/column regions."
    extension = "sarif"

    def render(self, report: Report, context: RenderContext) -> str:
        # Accepted findings stay in the log, marked suppressed, so that code scanning closes their
        # alerts instead of losing track of them.
        hidden = {accepted.finding.id: accepted for accepted in context.hidden}
        findings = [*report.discrepancies, *(accepted.finding for accepted in context.hidden)]
        rules = rule_catalogue(report.model_copy(update={"discrepancies": findings}), context)
        rule_index = {code: index for index, code in enumerate(rules)}
        infos = sources_by_id(report)
        artifact_ids = sorted(infos)
        artifact_index = {source_id: index for index, source_id in enumerate(artifact_ids)}

        def location(ref: ClaimRef, message: str | None = None, location_id: int | None = None) -> dict:
            region: dict = {"charOffset": ref.start, "charLength": ref.end - ref.start}
            start, end = position(context, ref.source, ref.start), position(context, ref.source, ref.end)
            if start is not None and end is not None:
                region = {
                    "startLine": start.line,
                    "startColumn": start.column,
                    "endLine": end.line,
                    "endColumn": end.column,
                    **region,
                    "snippet": {"text": ref.quote},
                }
            physical: dict = {
                "artifactLocation": {
                    "uri": artifact_uri(infos[ref.source].path if ref.source in infos else ref.source)
                },
                "region": region,
            }
            if ref.source in artifact_index:
                physical["artifactLocation"]["index"] = artifact_index[ref.source]
            result: dict = {}
            if location_id is not None:
                result["id"] = location_id
            result["physicalLocation"] = physical
            if message is not None:
                result["message"] = {"text": message}
            return result

        results = []
        for finding in findings:
            result: dict = {
                "ruleId": finding.code,
                "ruleIndex": rule_index[finding.code],
                "level": _LEVEL[finding.severity],
                "message": {"text": f"{finding.fact}: {finding.explanation}"},
            }
            if finding.claims:
                result["locations"] = [location(finding.claims[0])]
                result["relatedLocations"] = [
                    location(ref, f"side {ref.side} ({ref.value}): \u201c{ref.quote}\u201d", index)
                    for index, ref in enumerate(finding.claims)
                ]
            result["partialFingerprints"] = {FINGERPRINT_KEY: finding.id}
            if finding.id in hidden:
                accepted = hidden[finding.id]
                result["suppressions"] = [
                    {
                        "kind": "inSource" if accepted.why == "suppressed" else "external",
                        "justification": accepted.reason or f"{accepted.why}: {accepted.where}",
                    }
                ]
            result["properties"] = {"fact": finding.fact, "rule": finding.rule}
            results.append(result)

        log = {
            "$schema": SARIF_SCHEMA,
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {
                        "driver": {
                            "name": "factcheck",
                            "version": report.tool_version or __version__,
                            "informationUri": PROJECT_URL,
                            "rules": [
                                {
                                    "id": info.code,
                                    "name": info.name,
                                    "shortDescription": {"text": info.summary},
                                    "fullDescription": {"text": info.doc or info.summary},
                                    "help": {"text": info.doc or info.summary},
                                    "helpUri": help_uri(info.code),
                                    "defaultConfiguration": {"level": _LEVEL[info.severity]},
                                }
                                for info in rules.values()
                            ],
                        }
                    },
                    "invocations": [_invocation(report, context)],
                    "columnKind": "unicodeCodePoints",
                    "artifacts": [
                        {"location": {"uri": artifact_uri(infos[source_id].path)}}
                        for source_id in artifact_ids
                    ],
                    "results": results,
                }
            ],
        }
        return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def _invocation(report: Report, context: RenderContext) -> dict:
    """The run itself: it completed (a report exists), and each input problem as a notification."""
    invocation: dict = {"executionSuccessful": True}
    if context.gate is not None:
        invocation["exitCode"] = context.gate.exit_code
    invocation["toolExecutionNotifications"] = [_notification(d) for d in report.diagnostics]
    return invocation


def _notification(diagnostic: Diagnostic) -> dict:
    # An input error kept as a warning (--keep-going) is still an error of that input.
    notification: dict = {
        "level": "error" if diagnostic.code.startswith("E") else "warning",
        "message": {"text": diagnostic.message},
        "descriptor": {"id": diagnostic.code},
    }
    if diagnostic.path:
        physical: dict = {"artifactLocation": {"uri": artifact_uri(diagnostic.path)}}
        if diagnostic.line is not None:
            physical["region"] = {"startLine": diagnostic.line}
        notification["locations"] = [{"physicalLocation": physical}]
    return notification


RENDERER = SarifRenderer()
