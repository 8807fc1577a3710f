"""``factcheck extract``: the claims of every source, as JSON Lines."""

from __future__ import annotations

import click

from factcheck.cli.options import load_options, one_line_errors, source_options, warn
from factcheck.cli.running import make_run_options, run_options, warn_line


@click.command(
    epilog="""\b
Examples:
  factcheck extract sources/ > claims.jsonl
  factcheck extract article.txt --published 2024-06-17
  factcheck extract corpus.jsonl --keep-going | jq .kind
  factcheck extract article.tml --format timeml > tagged.tml"""
)
@source_options
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["jsonl", "timeml"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one claim per line; timeml: the one source given, with TIMEX3 tags around its time expressions.",
)
@run_options
def extract(
    paths: tuple[str, ...],
    keep_going: bool,
    published: str | None,
    max_bytes: int | None,
    exclude: tuple[str, ...],
    output_format: str,
    jobs: int,
    cache_path: str | None,
    no_cache: bool,
    scheduler: str | None,
) -> None:
    """Print the claims of every source under PATHS, one JSON object per line.

    Sources are taken in order of their id, claims in text order. With
    ``--format timeml`` the source (a .tml file, or any other) is printed as a
    TimeML document for temporal NLP tools and the TempEval-3 scorer.
    """
    from pydantic import TypeAdapter

    from factcheck.read.loaders import load_sources
    from factcheck.records import Claim
    from factcheck.run.workers import Runner

    with one_line_errors():
        loaded = load_sources(paths, load_options(keep_going, published, max_bytes, exclude))
    warn(loaded.diagnostics)
    if output_format == "timeml":
        from factcheck.errors import UsageError
        from factcheck.extract.timex import tag_source

        with one_line_errors():
            if len(loaded.sources) != 1:
                raise UsageError(
                    f"--format timeml writes one document, but {len(loaded.sources)} sources were given",
                    hint="give one source file",
                )
        click.echo(tag_source(loaded.sources[0]), nl=False)
        return
    with (
        one_line_errors(),
        Runner(make_run_options(jobs, cache_path, no_cache, scheduler), warn_line) as runner,
    ):
        claims = runner.claims(loaded.sources)
    adapter = TypeAdapter(Claim)
    for claim in claims:
        click.echo(adapter.dump_json(claim).decode())
