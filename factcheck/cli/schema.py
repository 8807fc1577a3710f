"""``factcheck schema [report|audit|index|rules]``: the JSON Schema of each JSON the tool writes."""

from __future__ import annotations

import click

SCHEMAS = ("report", "audit", "index", "rules")


@click.command(
    epilog="""\b
Examples:
  factcheck schema > report.schema.json
  factcheck schema audit > audit.schema.json
  factcheck schema index > index.schema.json
  factcheck check sources/ --format json | check-jsonschema --schemafile report.schema.json -"""
)
@click.argument("document", type=click.Choice(SCHEMAS), default="report", required=False)
def schema(document: str) -> None:
    """Print the JSON Schema of DOCUMENT, keys sorted: report (check --format json, the default),
    audit (audit --format json), index (corpus's index.json) or rules (rules --format json)."""
    import json

    click.echo(json.dumps(json_schema(document), indent=2, sort_keys=True))


def json_schema(document: str) -> dict:
    """The JSON Schema of one of :data:`SCHEMAS`."""
    if document == "audit":
        from factcheck.compare.verdicts import AuditReport

        return AuditReport.model_json_schema()
    if document == "index":
        from factcheck.records import CorpusIndex

        return CorpusIndex.model_json_schema()
    if document == "rules":
        from factcheck.formats.rule_docs import RULES_SCHEMA

        return RULES_SCHEMA
    from factcheck.records import Report

    return Report.model_json_schema()
