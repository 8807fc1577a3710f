"""``factcheck extract``: the claims of every source, as JSON Lines."""

from __future__ import annotations

import click

from factcheck.cli.options import load_options, one_line_errors, source_options, warn


@click.command(
    epilog="""\b
Examples:
  factcheck extract sources/ > claims.jsonl
  factcheck extract article.txt --published 2024-06-17
  factcheck extract corpus.jsonl --keep-going | jq .kind"""
)
@source_options
def extract(paths: tuple[str, ...], keep_going: bool, published: str | None, max_bytes: int | None) -> None:
    """Print the claims of every source under PATHS, one JSON object per line.

    Sources are taken in order of their id, claims in text order.
    """
    from pydantic import TypeAdapter

    from factcheck.loaders import load_sources
    from factcheck.pipeline import claims_of
    from factcheck.records import Claim

    with one_line_errors():
        loaded = load_sources(paths, load_options(keep_going, published, max_bytes))
    warn(loaded.diagnostics)
    adapter = TypeAdapter(Claim)
    for source in sorted(loaded.sources, key=lambda s: s.id):
        for claim in claims_of(source):
            click.echo(adapter.dump_json(claim).decode())
