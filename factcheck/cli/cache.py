"""``factcheck cache``: look at or empty the claim cache."""

from __future__ import annotations

import click

from factcheck.cli.options import one_line_errors
from factcheck.cli.running import warn_line

_CACHE_OPTION = click.option(
    "--cache",
    "cache_path",
    type=click.Path(dir_okay=False),
    help="Claim cache file. Default: $FACTCHECK_CACHE, else $XDG_CACHE_HOME/factcheck/claims.sqlite.",
)


@click.group(
    epilog="""\b
Examples:
  factcheck cache info
  factcheck cache prune
  factcheck cache clear
  factcheck cache clear --cache ci-cache.sqlite"""
)
def cache() -> None:
    """The claim cache: the extracted claims of every source already seen.

    Entries are keyed by the source's text and metadata and by a fingerprint
    of the extractor, so a changed source or a new version of factcheck is
    extracted again on its own; clearing is never needed for correctness.
    """


@cache.command()
@_CACHE_OPTION
def info(cache_path: str | None) -> None:
    """Where the cache is, how many entries it holds and how big it is."""
    from factcheck.run.cache import ClaimCache, default_cache_path

    with one_line_errors(), ClaimCache(cache_path or default_cache_path(), warn=warn_line) as store:
        details = store.info()
    click.echo(f"path: {details.path}")
    click.echo(f"entries: {details.entries} ({details.current_entries} for this extractor)")
    click.echo(f"story reports: {details.reports}")
    click.echo(f"size: {details.size_bytes:,} bytes")
    click.echo(f"extractor: {details.extractor}")


@cache.command()
@_CACHE_OPTION
def prune(cache_path: str | None) -> None:
    """Remove the entries this version of factcheck can no longer use (older extractors or rules)."""
    from factcheck.run.cache import ClaimCache, default_cache_path

    with one_line_errors(), ClaimCache(cache_path or default_cache_path(), warn=warn_line) as store:
        removed = store.prune()
    click.echo(f"removed {removed} stale entries from {store.path}")


@cache.command()
@_CACHE_OPTION
def clear(cache_path: str | None) -> None:
    """Remove every entry of the cache."""
    from factcheck.run.cache import ClaimCache, default_cache_path

    with one_line_errors(), ClaimCache(cache_path or default_cache_path(), warn=warn_line) as store:
        removed = store.clear()
    click.echo(f"removed {removed} entries from {store.path}")
