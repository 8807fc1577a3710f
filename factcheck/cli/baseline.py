"""``factcheck baseline``: accept the current findings, so that later checks show only new ones."""

from __future__ import annotations

import click

from factcheck.cli.options import load_options, one_line_errors, rule_options, source_options, warn
from factcheck.cli.running import make_run_options, run_options, warn_line


@click.command(
    epilog="""\b
Examples:
  factcheck baseline sources/ -o factcheck-baseline.json
  factcheck check sources/ --baseline factcheck-baseline.json"""
)
@source_options(paths_required=False)
@click.option(
    "-o",
    "--output",
    metavar="FILE",
    required=True,
    help="The baseline file to write (JSON: the id, code and fact of each accepted finding).",
)
@click.option(
    "--config",
    "config_path",
    metavar="FILE",
    help="Read settings from FILE (default: $FACTCHECK_CONFIG, else the factcheck.toml or pyproject.toml "
    "found upwards).",
)
@rule_options
@run_options
def baseline(
    paths: tuple[str, ...],
    keep_going: bool,
    published: str | None,
    max_bytes: int | None,
    exclude: tuple[str, ...],
    output: str,
    config_path: str | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    jobs: int,
    cache_path: str | None,
    no_cache: bool,
    scheduler: str | None,
) -> None:
    """Write the fingerprints of the current findings of PATHS to a baseline file.

    Findings hidden by inline suppressions are not written; a finding whose
    disputed values change later gets a new fingerprint and shows again.
    """
    from factcheck.compare.selection import compare_options
    from factcheck.config import load_config
    from factcheck.errors import UsageError
    from factcheck.report.baseline import baseline_text
    from factcheck.report.output import write_atomically
    from factcheck.report.publish import Settings, publish
    from factcheck.run.pipeline import check_story

    with one_line_errors():
        config = load_config(config_path)
        paths = paths or config.sources
        if not paths:
            raise UsageError("no sources given", hint="give PATHS, or 'sources' in factcheck.toml")
        compare_options = compare_options(config, select, ignore)
        report, sources = check_story(
            paths,
            load_options(keep_going, published, max_bytes, exclude, config),
            make_run_options(jobs, cache_path, no_cache, scheduler),
            compare_options,
            warn=warn_line,
        )
        result = publish(report, sources, Settings(fail_on="never"))
        write_atomically(output, baseline_text(result.report.discrepancies), paths)
    warn(result.report.diagnostics)
    count = len(result.report.discrepancies)
    click.echo(f"factcheck: wrote {count} finding{'s' if count != 1 else ''} to {output}", err=True)
