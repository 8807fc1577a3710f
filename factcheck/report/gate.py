"""The publication gate: does a report pass, and with which exit code.

Computed once, outside the renderers, from the findings that are left after
the baseline and inline suppressions have hidden the accepted ones (the
``--min-severity`` display filter does not change it). Exit codes:
0 nothing at or above the threshold (or ``--exit-zero``), 1 the gate failed,
2 bad usage or bad input (raised as errors, never decided here).

The levels ``--fail-on`` and ``--min-severity`` accept are the
configuration's (:data:`factcheck.config.FAIL_ON_CHOICES`,
:data:`~factcheck.config.SEVERITY_CHOICES`). The records are imported on use.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.config import FAIL_ON_CHOICES, SEVERITY_CHOICES
from factcheck.errors import UsageError

if TYPE_CHECKING:
    from factcheck.records import Discrepancy, Severity

EXIT_PASSED = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2


def parse_fail_on(value: str) -> Severity | None:
    """The threshold named by ``--fail-on``: a severity, or ``None`` for ``never``."""
    from factcheck.records import Severity

    if value not in FAIL_ON_CHOICES:
        raise UsageError(
            f"unknown --fail-on level {value!r}", hint=f"choose one of: {', '.join(FAIL_ON_CHOICES)}"
        )
    return None if value == "never" else Severity(value)


def parse_severity(value: str) -> Severity:
    """A severity named on the command line or in the configuration."""
    from factcheck.records import Severity

    if value not in SEVERITY_CHOICES:
        raise UsageError(f"unknown severity {value!r}", hint=f"choose one of: {', '.join(SEVERITY_CHOICES)}")
    return Severity(value)


@dataclass(frozen=True)
class GateResult:
    """The gate's decision: the threshold, the findings that trip it, and the exit code."""

    fail_on: str
    exit_zero: bool
    failing: tuple[str, ...]

    @property
    def failed(self) -> bool:
        return bool(self.failing)

    @property
    def exit_code(self) -> int:
        return EXIT_FAILED if self.failed and not self.exit_zero else EXIT_PASSED

    def trips(self, finding: Discrepancy) -> bool:
        return finding.id in self.failing


def evaluate(findings: Sequence[Discrepancy], fail_on: str = "error", exit_zero: bool = False) -> GateResult:
    """Which ``findings`` are at or above ``fail_on`` (``never``: none)."""
    threshold = parse_fail_on(fail_on)
    failing = () if threshold is None else tuple(sorted({f.id for f in findings if f.severity >= threshold}))
    return GateResult(fail_on=fail_on, exit_zero=exit_zero, failing=failing)
