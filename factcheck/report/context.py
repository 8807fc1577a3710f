"""What a report is shown with: the context its renderers get besides the report itself.

:class:`RenderContext` carries the sources' texts and where they start in
their files, the gate's result, colour and verbosity, the findings hidden by
the baseline or suppressions (:class:`HiddenFinding`) and the rules'
documentation; :func:`factcheck.report.publish.publish` builds it once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from factcheck.compare.rules import RuleInfo
from factcheck.records import Discrepancy
from factcheck.report.gate import GateResult


@dataclass(frozen=True)
class HiddenFinding:
    """A finding kept out of the output: accepted in the baseline or suppressed inline."""

    finding: Discrepancy
    why: str
    reason: str | None = None
    where: str | None = None


@dataclass(frozen=True)
class RenderContext:
    """Everything a renderer may need besides the report.

    ``texts`` maps a source id to its text (the report carries metadata only);
    ``first_lines`` to the line of its file where that text starts (front
    matter comes before it), so that positions point into the file;
    ``rules`` documents the rules by code
    (:func:`~factcheck.compare.rules.registered_rules`).
    """

    texts: Mapping[str, str] = field(default_factory=dict)
    first_lines: Mapping[str, int] = field(default_factory=dict)
    gate: GateResult | None = None
    color: bool = False
    verbose: bool = False
    hidden: tuple[HiddenFinding, ...] = ()
    hidden_below: int = 0
    rules: Mapping[str, RuleInfo] = field(default_factory=dict)
