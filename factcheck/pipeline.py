"""The whole pipeline as plain functions: the Python API behind the CLI.

    sources -> segments -> claims -> comparison -> report

Every stage is a pure function from records to records, so the same code
runs in one process, a process pool or on a cluster.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from factcheck import __version__
from factcheck.compare import Findings, compare
from factcheck.execute import RunOptions
from factcheck.read.loaders import LoadOptions, load_sources
from factcheck.records import Claim, Report, Source, source_info


def report_of(sources: Sequence[Source], claims: Sequence[Claim], findings: Findings | None = None) -> Report:
    """The report of one story from its sources (in report order) and their claims.

    ``findings`` is the comparison's result when the caller already has it.
    """
    findings = compare(sources, claims) if findings is None else findings
    return Report(
        tool_version=__version__,
        sources=[source_info(s) for s in sources],
        claims=list(claims),
        discrepancies=findings.discrepancies,
        corroborations=findings.corroborations,
        single_source=findings.single_source,
    )


def check_sources(
    sources: Sequence[Source], run: RunOptions | None = None, *, warn: Callable[[str], None] | None = None
) -> Report:
    """Extract and compare the claims of already-loaded sources.

    ``run`` chooses the claim cache, worker processes or a Dask cluster
    (:mod:`factcheck.execute`); the report is the same whichever is used.
    ``warn`` gets one-line warnings about the run (an untrustworthy cache file).
    """
    from factcheck.execute import Runner

    with Runner(run or RunOptions(), warn) as runner:
        return runner.report(sources)


def check(
    paths: Iterable[str | Path],
    options: LoadOptions | None = None,
    run: RunOptions | None = None,
    *,
    warn: Callable[[str], None] | None = None,
) -> Report:
    """Load the sources under ``paths`` and report their discrepancies."""
    loaded = load_sources(paths, options or LoadOptions())
    report = check_sources(loaded.sources, run, warn=warn)
    report.diagnostics = list(loaded.diagnostics)
    return report


def extract(
    paths: Iterable[str | Path],
    options: LoadOptions | None = None,
    run: RunOptions | None = None,
    *,
    warn: Callable[[str], None] | None = None,
) -> list[Claim]:
    """The claims of every source under ``paths``."""
    from factcheck.execute import Runner

    loaded = load_sources(paths, options or LoadOptions())
    with Runner(run or RunOptions(), warn) as runner:
        return runner.claims(loaded.sources)
