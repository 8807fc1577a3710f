"""A hand-made audit of an invented draft about the bridge collapse of ``report_samples``.

The draft (``story/draft.md``, two lines of front matter before its text) holds one statement of each
verdict: a weekday the herald gives (supported), a toll the two sources split on (disputed), a
count of the injured both contradict (contradicted, failing the gate), a sentence with Markdown and
HTML look-alikes no source states (unverified), and a contradiction its directive accepts
(suppressed). The sources' discrepancies are those of ``report_samples``.
"""

from __future__ import annotations

import datetime as dt

from report_samples import DEATHS, FIRST_LINES, INJURED, TEXTS, WEEKDAY, _ref, sample_context, sample_report

from factcheck.compare.verdicts import AuditReport, DraftClaim, Evidence
from factcheck.records import Severity, SourceInfo
from factcheck.report.gate import GateResult

DRAFT = (
    "The Harlow Bridge fell on Tuesday.\n"
    "It killed 9 people and injured 50.\n"
    "The mayor *wept* at the <b>scene</b> | said nothing.\n"
    "Rescuers counted 12 dead. <!-- factcheck: ignore FC201 -->\n"
)


def _at(quote: str) -> tuple[int, int]:
    start = DRAFT.index(quote)
    return start, start + len(quote)


def _verdict(quote: str, label: str, kind: str = "quantity", **fields) -> DraftClaim:
    start, end = _at(quote)
    return DraftClaim(
        claim=f"draft:{start}", kind=kind, start=start, end=end, quote=quote, label=label, **fields
    )


def _evidence(*refs) -> Evidence:
    sources = tuple(sorted({ref.source for ref in refs}))
    return Evidence(sources=sources, independent_sources=len(sources), claims=tuple(refs))


VERDICTS = [
    _verdict(
        "on Tuesday",
        "supported",
        kind="time",
        value="Tuesday",
        fact="the weekday of the collapse",
        supported_by=_evidence(_ref("herald:c2", "agree", "2025-03-04 (Tuesday)")),
    ),
    _verdict(
        "killed 9 people",
        "disputed",
        value="9",
        fact="the number killed in the collapse",
        supported_by=_evidence(_ref("beacon:c1", "agree", "9")),
        contradicted_by=_evidence(_ref("herald:c1", "against", "12")),
        explanations=("9 and 12 people killed cannot both be the toll of one collapse.",),
        rules=("FC201",),
    ),
    _verdict(
        "injured 50",
        "contradicted",
        value="50",
        fact="the number injured in the collapse",
        severity=Severity.error,
        contradicted_by=_evidence(_ref("beacon:c3", "against", "41"), _ref("herald:c3", "against", "30")),
        explanations=("50 and 41 people injured cannot both be the count of one collapse.",),
        rules=("FC201",),
    ),
    _verdict(
        "The mayor *wept* at the <b>scene</b> | said nothing.",
        "unverified",
        kind="statement",
        severity=Severity.info,
    ),
    _verdict(
        "12 dead",
        "suppressed",
        value="12",
        fact="the number killed in the collapse",
        supported_by=_evidence(_ref("herald:c1", "agree", "12")),
        contradicted_by=_evidence(_ref("beacon:c1", "against", "9")),
        explanations=("12 and 9 people killed cannot both be the toll of one collapse.",),
        rules=("FC201",),
    ),
]


def sample_audit() -> AuditReport:
    report = sample_report()
    return AuditReport(
        tool_version="0.1.0",
        draft=SourceInfo(
            id="draft", path="story/draft.md", published=dt.date(2025, 3, 5), content_hash="d" * 64
        ),
        sources=report.sources,
        claims=VERDICTS,
        discrepancies=[DEATHS, WEEKDAY, INJURED],
    )


def sample_audit_context(**changes):
    """The sample's context with the draft's text; the gate fails on the contradicted claim (error) and
    on the sources' error (as --fail-on-sources error would)."""
    failing = tuple(sorted({VERDICTS[2].claim, DEATHS.id}))
    values = {
        "texts": {**TEXTS, "draft": DRAFT},
        "first_lines": {**FIRST_LINES, "draft": 4},
        "gate": GateResult(fail_on="error", exit_zero=False, failing=failing),
    }
    return sample_context(**{**values, **changes})
