"""The whole pipeline as plain functions: the Python API behind the CLI.

    sources -> segments -> claims -> comparison -> report

Every stage is a pure function from records to records, so the same code
runs in one process, a process pool or on a cluster.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from factcheck import __version__
from factcheck.compare import Findings, compare
from factcheck.execute import RunOptions
from factcheck.extract import extract_claims
from factcheck.read.loaders import LoadOptions, load_sources
from factcheck.read.segment import segment_source
from factcheck.records import Claim, Report, Source, source_info


def claims_of(source: Source) -> list[Claim]:
    """Every claim of one source, in text order.

    Nothing inside an HTML comment is article text: an editor's note or a
    ``factcheck: ignore`` directive (with its reason) in a .md/.txt source.
    """
    claims = extract_claims(source, segment_source(source))
    comments = [match.span() for match in _HTML_COMMENT.finditer(source.text)]
    return [claim for claim in claims if not any(s < claim.end and claim.start < e for s, e in comments)]


_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


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
