"""Options of the commands that extract: the claim cache, worker processes, a Dask cluster."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from factcheck.run.workers import RunOptions

SCHEDULER_ENV = "FACTCHECK_SCHEDULER"


def run_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """``--jobs``, ``--cache``, ``--no-cache`` and ``--scheduler``."""
    decorators = [
        click.option(
            "-j",
            "--jobs",
            type=click.IntRange(min=0),
            default=1,
            show_default=True,
            help="Worker processes for extraction and comparison; 0 uses every CPU. "
            "The output is the same for any number.",
        ),
        click.option(
            "--cache",
            "cache_path",
            type=click.Path(dir_okay=False),
            help="Claim cache file (SQLite). Default: $FACTCHECK_CACHE, else "
            "$XDG_CACHE_HOME/factcheck/claims.sqlite (~/.cache/factcheck/claims.sqlite).",
        ),
        click.option(
            "--no-cache",
            is_flag=True,
            help="Extract every source again, and neither read nor write the claim cache.",
        ),
        click.option(
            "--scheduler",
            metavar="tcp://HOST:PORT",
            envvar=SCHEDULER_ENV,
            help=f"Run extraction and comparison on this Dask distributed scheduler (also ${SCHEDULER_ENV}); "
            "needs pip install 'factcheck[dask]'.",
        ),
    ]
    for decorator in reversed(decorators):
        command = decorator(command)
    return command


def make_run_options(jobs: int, cache_path: str | None, no_cache: bool, scheduler: str | None) -> RunOptions:
    """The run's options from the CLI flags (inside ``one_line_errors``)."""
    from factcheck.errors import UsageError
    from factcheck.run.cache import default_cache_path
    from factcheck.run.workers import RunOptions, default_jobs

    if no_cache and cache_path is not None:
        raise UsageError("--cache and --no-cache cannot be given together", hint="keep one of them")
    if scheduler:
        from factcheck.run.workers import check_scheduler_address

        check_scheduler_address(scheduler)
    from factcheck.extract import stored_tables

    stored_tables.on_build = _building_tables
    cache = None if no_cache else Path(cache_path) if cache_path else default_cache_path()
    return RunOptions(jobs=jobs or default_jobs(), cache=cache, scheduler=scheduler or None)


def _building_tables(name: str, path: Path) -> None:
    from factcheck.cli.options import note_text

    note_text(f"building the {name} lookup tables (the first run only, a few seconds); kept in {path.parent}")


def warn_line(message: str) -> None:
    """A warning about the run (not about an input: "PATH: CODE message"), through the one channel."""
    from factcheck.cli.options import warn_text

    warn_text(message)
