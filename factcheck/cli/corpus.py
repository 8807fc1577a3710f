"""``factcheck corpus``: check many stories, one report per story plus an index."""

from __future__ import annotations

import sys

import click

from factcheck.cli.options import (
    EXCLUDE_OPTION,
    QUIET_OPTION,
    load_options,
    one_line_errors,
    rule_options,
    warn,
)
from factcheck.cli.running import make_run_options, run_options, warn_line


@click.command(
    epilog="""\b
Examples:
  factcheck corpus stories/ --out-dir reports/
  factcheck corpus day.jsonl --out-dir reports/ --jobs 2
  factcheck corpus archive/ --out-dir audit/ --scheduler tcp://10.0.0.5:8786 --keep-going"""
)
@click.argument("paths", nargs=-1, required=True, metavar="CORPUS...")
@click.option(
    "-o",
    "--out-dir",
    required=True,
    type=click.Path(file_okay=False),
    help="Folder for index.json, index.html and reports/<story>.json, .html and .md (created if needed; "
    "outside the corpus).",
)
@click.option(
    "--keep-going",
    is_flag=True,
    help="Warn about unreadable inputs (and skip stories left without sources) instead of stopping.",
)
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date of every source.")
@click.option("--max-bytes", type=click.IntRange(min=1), help="Largest file, or corpus record, in bytes.")
@EXCLUDE_OPTION
@QUIET_OPTION
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info", "never"]),
    help="Exit 1 when any story has a discrepancy at or above this severity "
    "(default: the configuration's, else error).",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    help="Configuration file (default: $FACTCHECK_CONFIG, else factcheck.toml or [tool.factcheck] in "
    "pyproject.toml, searched upwards); its tolerances and disabled rules apply to every story.",
)
@rule_options
@run_options
def corpus(
    paths: tuple[str, ...],
    out_dir: str,
    keep_going: bool,
    published: str | None,
    max_bytes: int | None,
    exclude: tuple[str, ...],
    fail_on: str | None,
    config_path: str | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    jobs: int,
    cache_path: str | None,
    no_cache: bool,
    scheduler: str | None,
) -> None:
    """Check every story of a corpus on its own; write each story's report (JSON, HTML, Markdown)
    and an index (index.json, index.html linking the reports with their counts).

    A CORPUS is a folder with one sub-folder per story (the folder's name is
    the story's), or a JSON Lines file whose records have a "story" field.
    Stories stream through a window at a time: memory does not grow with the
    corpus. Exit code 1 when the --fail-on level is reached in any story, 2 on
    bad usage or unreadable input.
    """
    from factcheck.cli.progress import Progress
    from factcheck.config import load_config
    from factcheck.run.corpus import INDEX_NAME, check_corpus
    from factcheck.run.pages import INDEX_PAGE

    with one_line_errors():
        config = load_config(config_path)
        options = None  # the defaults; importing the comparison is left to the stories that need it
        chosen = select or ignore or config.select is not None or config.disable
        if chosen or config.relative_tolerances or config.absolute_tolerances:
            from factcheck.compare.selection import compare_options

            options = compare_options(config, select, ignore)
        progress = Progress()
        try:
            result = check_corpus(
                paths,
                out_dir,
                load_options(keep_going, published, max_bytes, exclude, config),
                make_run_options(jobs, cache_path, no_cache, scheduler),
                options,
                warn=warn_line,
                on_diagnostic=lambda diagnostic: warn([diagnostic]),
                on_story=progress,
            )
        finally:
            progress.close()
    stats = result.stats
    counts = ", ".join(f"{result.by_severity[level]} {level}" for level in ("error", "warning", "info"))
    click.echo(
        f"{result.stories} stories, {stats.sources} sources, {stats.claims} claims, "
        f"{stats.comparisons} comparisons, {result.discrepancies} discrepancies ({counts}); "
        f"{stats.extracted} sources extracted, {stats.cache_hits} from the cache; "
        f"index: {result.out_dir / INDEX_NAME} and {result.out_dir / INDEX_PAGE}"
    )
    levels = {"error": ("error",), "warning": ("error", "warning"), "info": ("error", "warning", "info")}
    if any(result.by_severity[level] for level in levels.get(fail_on or config.fail_on, ())):
        sys.exit(1)
