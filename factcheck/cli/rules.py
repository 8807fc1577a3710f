"""``factcheck rules``: the table of conflict rules (also as JSON, or as the Markdown of docs/rules.md)."""

from __future__ import annotations

import click


@click.command(
    epilog="""\b
Examples:
  factcheck rules
  factcheck rules --format json | jq -r '.[].code'
  factcheck rules --format markdown > docs/rules.md
  factcheck explain FC401"""
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "markdown"]),
    default="text",
    show_default=True,
    help="text: a table; json: every rule with its documentation and help URL; markdown: docs/rules.md.",
)
def rules(output_format: str) -> None:
    """List every conflict rule: code, name, default severity and what it finds."""
    from factcheck.compare.rules import registered_rules
    from factcheck.formats.rule_docs import rules_json, rules_markdown, rules_text

    render = {"text": rules_text, "json": rules_json, "markdown": rules_markdown}[output_format]
    click.echo(render(registered_rules().values()), nl=False)
