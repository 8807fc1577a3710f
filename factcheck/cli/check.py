"""``factcheck check``: the discrepancy report of one story."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from factcheck.cli.options import load_options, one_line_errors, source_options, warn
from factcheck.cli.running import make_run_options, run_options, warn_line

if TYPE_CHECKING:
    from factcheck.records import Report

FORMATS = ("text", "json")


@click.command(
    epilog="""\b
Examples:
  factcheck check sources/
  factcheck check sources/ --format json > report.json
  factcheck check story/*.html --published 2024-06-18 --keep-going
  cat article.md | factcheck check - other.txt"""
)
@source_options
@click.option(
    "--format",
    "output_format",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="Output format.",
)
@run_options
def check(
    paths: tuple[str, ...],
    keep_going: bool,
    published: str | None,
    max_bytes: int | None,
    output_format: str,
    jobs: int,
    cache_path: str | None,
    no_cache: bool,
    scheduler: str | None,
) -> None:
    """Check the sources of one story and report where they contradict each other.

    PATHS are files (.txt, .md, .html, .jsonl), directories (read recursively)
    or - for stdin. Exit code 2 on bad usage or unreadable input.
    """
    from factcheck.pipeline import check as check_paths

    with one_line_errors():
        run = make_run_options(jobs, cache_path, no_cache, scheduler)
        report = check_paths(paths, load_options(keep_going, published, max_bytes), run, warn=warn_line)
    warn(report.diagnostics)
    click.echo(render(report, output_format), nl=False)


def render(report: Report, output_format: str) -> str:
    """The report as text for a terminal, or as the JSON contract."""
    if output_format == "json":
        return report.model_dump_json(indent=2) + "\n"
    return _render_text(report)


def _render_text(report: Report) -> str:
    lines = []
    for finding in report.discrepancies:
        lines.append(
            f"{finding.severity.value} {finding.code} {finding.fact}: {finding.explanation} [{finding.id}]"
        )
        for ref in finding.claims:
            lines.append(f"  {ref.side}: {ref.source}:{ref.start}-{ref.end} {ref.quote!r} = {ref.value}")
    lines.append(
        f"{len(report.discrepancies)} discrepancies among {len(report.sources)} sources "
        f"({len(report.claims)} claims)"
    )
    return "\n".join(lines) + "\n"
