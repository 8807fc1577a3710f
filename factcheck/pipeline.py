"""The whole pipeline as plain functions: the Python API behind the CLI.

    sources -> segments -> claims -> comparison -> report

Every stage is a pure function from records to records, so the same code
runs in one process, a process pool or on a cluster.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from factcheck import __version__
from factcheck.compare import compare
from factcheck.extract import extract_claims
from factcheck.loaders import LoadOptions, load_sources
from factcheck.records import Claim, Report, Source, source_info
from factcheck.segment import segment_source


def claims_of(source: Source) -> list[Claim]:
    """Every claim of one source, in text order."""
    return extract_claims(source, segment_source(source))


def check_sources(sources: Sequence[Source]) -> Report:
    """Extract and compare the claims of already-loaded sources."""
    ordered = sorted(sources, key=lambda s: s.id)
    claims = [claim for source in ordered for claim in claims_of(source)]
    findings = compare(ordered, claims)
    return Report(
        tool_version=__version__,
        sources=[source_info(s) for s in ordered],
        claims=claims,
        discrepancies=findings.discrepancies,
        corroborations=findings.corroborations,
        single_source=findings.single_source,
    )


def check(paths: Iterable[str | Path], options: LoadOptions | None = None) -> Report:
    """Load the sources under ``paths`` and report their discrepancies."""
    loaded = load_sources(paths, options or LoadOptions())
    report = check_sources(loaded.sources)
    report.diagnostics = list(loaded.diagnostics)
    return report


def extract(paths: Iterable[str | Path], options: LoadOptions | None = None) -> list[Claim]:
    """The claims of every source under ``paths``."""
    loaded = load_sources(paths, options or LoadOptions())
    return [claim for source in sorted(loaded.sources, key=lambda s: s.id) for claim in claims_of(source)]
