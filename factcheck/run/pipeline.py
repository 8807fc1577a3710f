"""The whole pipeline as plain functions: the Python API behind the CLI.

    sources -> segments -> claims -> comparison -> report

Every stage is a pure function from records to records, so the same code
runs in one process, a process pool or on a cluster.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence

from factcheck.compare import CompareOptions
from factcheck.compare import report_of as report_of
from factcheck.read.loaders import LoadOptions, load_sources
from factcheck.records import Claim, Report, Source
from factcheck.run.workers import Runner, RunOptions


def check_sources(
    sources: Sequence[Source], run: RunOptions | None = None, *, warn: Callable[[str], None] | None = None
) -> Report:
    """Extract and compare the claims of already-loaded sources.

    ``run`` chooses the claim cache, worker processes or a Dask cluster
    (:mod:`factcheck.run.workers`); the report is the same whichever is used.
    ``warn`` gets one-line warnings about the run (an untrustworthy cache file).
    """
    with Runner(run or RunOptions(), warn) as runner:
        return runner.report(sources)


Paths = str | os.PathLike[str] | Iterable[str | os.PathLike[str]]


def as_paths(paths: Paths) -> list[str]:
    """One path (a ``str`` or ``Path``) or many, as a list: a string is a path, not its characters."""
    if isinstance(paths, str | os.PathLike):
        return [os.fspath(paths)]
    return [os.fspath(path) for path in paths]


def check(
    paths: Paths,
    options: LoadOptions | None = None,
    run: RunOptions | None = None,
    *,
    warn: Callable[[str], None] | None = None,
) -> Report:
    """Load the sources under ``paths`` (one path or several) and report their discrepancies."""
    loaded = load_sources(as_paths(paths), options or LoadOptions())
    report = check_sources(loaded.sources, run, warn=warn)
    report.diagnostics = list(loaded.diagnostics)
    return report


def extract(
    paths: Paths,
    options: LoadOptions | None = None,
    run: RunOptions | None = None,
    *,
    warn: Callable[[str], None] | None = None,
) -> list[Claim]:
    """The claims of every source under ``paths`` (one path or several)."""
    loaded = load_sources(as_paths(paths), options or LoadOptions())
    with Runner(run or RunOptions(), warn) as runner:
        return runner.claims(loaded.sources)


def check_story(
    paths: Sequence[str],
    load: LoadOptions | None = None,
    run: RunOptions | None = None,
    compare_options: CompareOptions | None = None,
    warn: Callable[[str], None] | None = None,
) -> tuple[Report, list[Source]]:
    """The report of the sources under ``paths`` (compared with ``compare_options``), and the sources."""
    loaded = load_sources(paths, load or LoadOptions())
    report, ordered = compare_sources(loaded.sources, run, compare_options, warn)
    report.diagnostics = list(loaded.diagnostics)
    return report, ordered


def compare_sources(
    sources: Sequence[Source],
    run: RunOptions | None = None,
    compare_options: CompareOptions | None = None,
    warn: Callable[[str], None] | None = None,
) -> tuple[Report, list[Source]]:
    """The report of already-loaded sources, and the sources in report order (by id)."""
    ordered = sorted(sources, key=lambda source: source.id)
    # the comparison runs where the extraction does (a worker or the Dask cluster)
    with Runner(run or RunOptions(), warn) as runner:
        return runner.report(ordered, compare_options), ordered
