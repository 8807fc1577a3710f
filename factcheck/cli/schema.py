"""``factcheck schema``: the JSON Schema of the report."""

from __future__ import annotations

import click


@click.command(
    epilog="""\b
Examples:
  factcheck schema > report.schema.json
  factcheck check sources/ --format json | check-jsonschema --schemafile report.schema.json -"""
)
def schema() -> None:
    """Print the JSON Schema of the JSON report (check --format json), keys sorted."""
    import json

    from factcheck.records import Report

    click.echo(json.dumps(Report.model_json_schema(), indent=2, sort_keys=True))
