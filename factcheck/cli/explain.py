"""``factcheck explain CODE``: the documentation of one conflict rule."""

from __future__ import annotations

import click

from factcheck.cli.options import one_line_errors


@click.command(
    epilog="""\b
Examples:
  factcheck explain FC401
  factcheck explain fc102"""
)
@click.argument("code")
def explain(code: str) -> None:
    """Print what rule CODE finds, why, an example, what it does not flag, and how to configure it."""
    import inspect

    from factcheck.compare.rules import rule_for

    with one_line_errors():
        rule = rule_for(code)
    click.echo(f"{rule.code} {rule.name} (default severity: {rule.severity.value})\n")
    click.echo(inspect.cleandoc(rule.doc))
