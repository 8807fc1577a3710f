"""``factcheck eval``: extraction scored against hand-checked expected claims."""

from __future__ import annotations

import click

from factcheck.cli.options import one_line_errors


@click.command(
    epilog="""\b
Examples:
  factcheck eval
  factcheck eval sources/ claims/ --details"""
)
@click.argument("sources_dir", default="sources", type=click.Path(file_okay=False))
@click.argument("claims_dir", default="claims", type=click.Path(file_okay=False))
@click.option("--details", is_flag=True, help="Also list every miss, false alarm and wrong value.")
def eval_command(sources_dir: str, claims_dir: str, details: bool) -> None:
    """Score extraction on SOURCES_DIR against the expected claims in CLAIMS_DIR.

    Prints precision, recall and F1 per claim kind, and the share of matched
    claims whose value and stance are exactly right.
    """
    from pathlib import Path

    from factcheck.extract.evaluate import evaluate, format_table

    with one_line_errors():
        evaluation = evaluate(Path(sources_dir), Path(claims_dir))
    click.echo(format_table(evaluation))
    if details:
        for title, lines in (
            ("missed", evaluation.misses),
            ("false alarms", evaluation.false_alarms),
            ("wrong values", evaluation.wrong_values),
        ):
            click.echo(f"\n{title} ({len(lines)}):")
            for line in lines:
                click.echo(f"  {line}")
