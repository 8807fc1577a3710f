"""``factcheck rules``: the table of conflict rules."""

from __future__ import annotations

import click


@click.command(
    epilog="""\b
Examples:
  factcheck rules
  factcheck explain FC401"""
)
def rules() -> None:
    """List every conflict rule: code, name, default severity and what it finds."""
    from factcheck.compare.rules import all_rules

    table = [(rule.code, rule.name, rule.severity.value, rule.summary) for rule in all_rules()]
    widths = [max(len(row[i]) for row in [("CODE", "NAME", "SEVERITY", ""), *table]) for i in range(3)]
    for row in [("CODE", "NAME", "SEVERITY", "SUMMARY"), *table]:
        click.echo(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False)) + "  " + row[3]
        )
