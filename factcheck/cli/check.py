"""``factcheck check``: the discrepancy report of one story."""

from __future__ import annotations

import click

from factcheck.cli.options import load_options, one_line_errors, rule_options, source_options, warn
from factcheck.cli.publishing import emit, output_format_for, publishing_options, settings_from
from factcheck.cli.running import make_run_options, run_options, warn_line


@click.command(
    epilog="""\b
Examples:
  factcheck check sources/
  factcheck check sources/ --format json > report.json
  factcheck check sources/ --format html -o report.html
  factcheck check sources/ --format sarif -o factcheck.sarif --fail-on warning
  factcheck check sources/ --baseline factcheck-baseline.json
  factcheck check story/*.html --published 2024-06-18 --keep-going
  cat article.md | factcheck check - other.txt

\b
Exit codes: 0 nothing at or above --fail-on, 1 the gate failed,
2 bad usage or unreadable input."""
)
@source_options(paths_required=False)
@publishing_options
@rule_options
@run_options
def check(
    paths: tuple[str, ...],
    keep_going: bool,
    published: str | None,
    max_bytes: int | None,
    exclude: tuple[str, ...],
    output_format: str | None,
    output: str | None,
    also: tuple[str, ...],
    fail_on: str | None,
    exit_zero: bool,
    min_severity: str | None,
    baseline_path: str | None,
    config_path: str | None,
    color: str,
    verbose: bool,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    jobs: int,
    cache_path: str | None,
    no_cache: bool,
    scheduler: str | None,
) -> None:
    """Check the sources of one story and report where they contradict each other.

    PATHS are files (.txt, .md, .html, .jsonl), directories (read recursively)
    or - for stdin; without PATHS, the configuration's sources are checked.
    """
    from factcheck.compare.selection import compare_options
    from factcheck.config import load_config
    from factcheck.errors import UsageError
    from factcheck.report.publish import publish
    from factcheck.run.pipeline import check_story

    with one_line_errors():
        output_format = output_format_for(output_format, output, also)
        config = load_config(config_path)
        paths = paths or config.sources
        if not paths:
            raise UsageError("no sources given", hint="give PATHS, or 'sources' in factcheck.toml")
        settings = settings_from(
            config,
            fail_on=fail_on,
            exit_zero=exit_zero,
            min_severity=min_severity,
            baseline_path=baseline_path,
            verbose=verbose,
            output=output,
            color=color,
        )
        run = make_run_options(jobs, cache_path, no_cache, scheduler)
        compare_options = compare_options(config, select, ignore)
        report, sources = check_story(
            paths,
            load_options(keep_going, published, max_bytes, exclude, config),
            run,
            compare_options,
            warn=warn_line,
        )
        result = publish(report, sources, settings)
    warn(result.report.diagnostics)
    emit(result, output_format, output, paths, also)
