"""``factcheck audit``: check a draft's claims against its sources."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from factcheck.cli.options import load_options, one_line_errors, rule_options, source_options, warn
from factcheck.cli.publishing import emit, output_format_for, publishing_options, settings_from
from factcheck.cli.running import make_run_options, run_options, warn_line

if TYPE_CHECKING:
    from factcheck.report.publish import Published


@click.command(
    epilog="""\b
Examples:
  factcheck audit draft.md --sources wire/
  factcheck audit draft.docx --sources wire/ other/story.html --draft-published 2024-06-19
  factcheck audit draft.md --sources wire/ --format markdown -o audit.md
  factcheck audit draft.md --sources wire/ --format github --fail-on warning

\b
Exit codes: 0 nothing at or above --fail-on, 1 the gate failed (a
contradicted claim or a discrepancy among the sources), 2 bad usage or input."""
)
@click.argument("draft", metavar="DRAFT")
@source_options(paths_required=False)
@click.option(
    "--sources",
    "source_paths",
    multiple=True,
    metavar="PATHS...",
    help="The sources to check the draft against (files or directories); more PATHS may follow.",
)
@click.option(
    "--draft-published",
    metavar="YYYY-MM-DD",
    help="The draft's date, to resolve its relative times ('on Tuesday'); default: its front matter.",
)
@publishing_options
@rule_options
@run_options
def audit(
    draft: str,
    paths: tuple[str, ...],
    keep_going: bool,
    published: str | None,
    max_bytes: int | None,
    exclude: tuple[str, ...],
    source_paths: tuple[str, ...],
    draft_published: str | None,
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
    """Label every checkable claim of DRAFT (.md, .txt, .html, .docx) as supported (by which
    sources, how many independent), contradicted (by which quotes, and why), unverified, or
    suppressed (contradicted, accepted by an inline directive in the draft), then
    list the discrepancies among the sources.

    The draft is compared with the sources by the same comparison as 'factcheck check'.
    text, markdown and json show the audit; html, sarif, junit and github show the findings of
    the draft and sources together.
    """
    from factcheck.compare.selection import compare_options
    from factcheck.config import load_config
    from factcheck.errors import UsageError
    from factcheck.formats import get_format
    from factcheck.formats.audit import AUDIT_FORMATS, render_audit
    from factcheck.read.loaders import parse_date
    from factcheck.run.audit import run_audit

    with one_line_errors():
        output_format = output_format_for(output_format, output, also)
        config = load_config(config_path)
        sources = (*source_paths, *paths) or config.sources
        if not sources:
            raise UsageError("no sources given", hint="give --sources PATHS, or 'sources' in factcheck.toml")
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
        load = load_options(keep_going, published, max_bytes, exclude, config)
        draft_date = (
            None if draft_published is None else parse_date(draft_published, path="--draft-published")
        )
        result, published_report = run_audit(
            draft,
            sources,
            load,
            draft_date,
            make_run_options(jobs, cache_path, no_cache, scheduler),
            compare_options(config, select, ignore),
            settings,
            warn=warn_line,
        )
    warn(published_report.report.diagnostics)

    def render(published: Published, name: str) -> str:
        # text, markdown and json show the audit; the other formats the findings of draft and sources
        if name in AUDIT_FORMATS:
            return render_audit(result, published.report, published.context, name)
        return get_format(name).render(published.report, published.context)

    emit(published_report, output_format, output, (draft, *sources), also, render)
