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

    def render_audit(self, audit, report: Report, context: RenderContext) -> str:
        return render_audit(audit, report, context)

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


# The audit's verdicts as SARIF rules: one per label, so that a code-scanning view filters by verdict.
AUDIT_RULES = {
    "contradicted": "a source states something that cannot hold with this statement of the draft",
    "disputed": "the sources are split on this statement, or not sure they speak of the same fact",
    "unverified": "no source speaks of this statement of the draft",
    "suppressed": "a contradiction accepted by a factcheck: ignore directive in the draft",
    "supported": "sources state the same as this statement of the draft",
}
# SARIF's result kinds: a supported statement passed, a contradicted one failed, the rest need review.
_KIND = {
    "contradicted": "fail",
    "suppressed": "fail",
    "disputed": "review",
    "unverified": "open",
    "supported": "pass",
}


def render_audit(audit, report: Report, context: RenderContext) -> str:
    """The audit of a draft: the draft is the artifact. One result per checked statement at its place in
    the draft (supported ones as passes), the sources' quotes as related locations; then the sources'
    own discrepancies, as :meth:`SarifRenderer.render` gives them."""
    from factcheck.formats.audit import verdict_id, verdict_level

    log = json.loads(SarifRenderer().render(report, context))
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    offset = len(driver["rules"])
    labels = list(AUDIT_RULES)
    driver["rules"] += [
        {
            "id": f"audit/{label}",
            "name": f"draft-{label}",
            "shortDescription": {"text": text},
            "fullDescription": {"text": text},
            "defaultConfiguration": {"level": "none" if label == "supported" else _AUDIT_LEVEL[label]},
        }
        for label, text in AUDIT_RULES.items()
    ]
    run["artifacts"].insert(
        0, {"location": {"uri": artifact_uri(audit.draft.path)}, "roles": ["analysisTarget"]}
    )
    for result in run["results"]:
        for place in [*result.get("locations", []), *result.get("relatedLocations", [])]:
            artifact = place["physicalLocation"]["artifactLocation"]
            if "index" in artifact:
                artifact["index"] += 1
    draft_ref = {"uri": artifact_uri(audit.draft.path), "index": 0}
    infos = sources_by_id(report)
    artifact_index = {source_id: i + 1 for i, source_id in enumerate(sorted(infos))}
    verdicts = []
    for claim in audit.claims:
        level = verdict_level(claim)
        result: dict = {
            "ruleId": f"audit/{claim.label}",
            "ruleIndex": offset + labels.index(claim.label),
            "kind": _KIND[claim.label],
            "level": "none" if level is None else _LEVEL[Severity(level)],
            "message": {"text": _verdict_message(claim)},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": dict(draft_ref),
                        "region": _region(context, audit.draft.id, claim.start, claim.end, claim.quote),
                    }
                }
            ],
        }
        related = []
        for number, ref in enumerate([*claim.contradicted_by.claims, *claim.supported_by.claims]):
            artifact: dict = {
                "uri": artifact_uri(infos[ref.source].path if ref.source in infos else ref.source)
            }
            if ref.source in artifact_index:
                artifact["index"] = artifact_index[ref.source]
            related.append(
                {
                    "id": number,
                    "physicalLocation": {
                        "artifactLocation": artifact,
                        "region": _region(context, ref.source, ref.start, ref.end, ref.quote),
                    },
                    "message": {
                        "text": f"{'against' if ref.side == 'against' else 'for'}: \u201c{ref.quote}\u201d"
                    },
                }
            )
        if related:
            result["relatedLocations"] = related
        result["partialFingerprints"] = {AUDIT_FINGERPRINT_KEY: verdict_id(audit, claim)}
        if claim.label == "suppressed":
            result["suppressions"] = [
                {"kind": "inSource", "justification": "factcheck: ignore directive in the draft"}
            ]
        result["properties"] = {"fact": claim.fact, "statement": claim.kind, "scope": "draft"}
        verdicts.append(result)
    for result in run["results"]:
        result.setdefault("properties", {})["scope"] = "sources"
    run["results"] = [*verdicts, *run["results"]]
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


AUDIT_FINGERPRINT_KEY = "factcheckVerdict/v1"
_AUDIT_LEVEL = {"contradicted": "error", "disputed": "warning", "unverified": "note", "suppressed": "note"}


def _verdict_message(claim) -> str:
    head = f"{claim.label}: \u201c{claim.quote}\u201d" + (f" ({claim.fact})" if claim.fact else "") + "."
    parts = [head, *claim.explanations]
    for name, evidence in (("contradicted", claim.contradicted_by), ("supported", claim.supported_by)):
        if evidence.sources:
            parts.append(
                f"{name.capitalize()} by {', '.join(evidence.sources)} ({evidence.independent_sources} independent)."
            )
    return " ".join(parts)


def _region(context: RenderContext, source: str, start_offset: int, end_offset: int, quote: str) -> dict:
    region: dict = {"charOffset": start_offset, "charLength": end_offset - start_offset}
    start, end = position(context, source, start_offset), position(context, source, end_offset)
    if start is not None and end is not None:
        region = {
            "startLine": start.line,
            "startColumn": start.column,
            "endLine": end.line,
            "endColumn": end.column,
            **region,
            "snippet": {"text": quote},
        }
    return region


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
