"""The report as JSON: the contract other tools build on (schema: ``factcheck schema``).

Exactly :class:`~factcheck.records.Report` serialised by pydantic, indented,
with a final newline; findings hidden by the baseline or suppressions are
already out of the report when it gets here.
"""

from __future__ import annotations

from factcheck.formats.base import RenderContext
from factcheck.records import Report


class JsonRenderer:
    name = "json"
    description = "The report as JSON, valid against the schema printed by `factcheck schema`."
    extension = "json"

    def render(self, report: Report, context: RenderContext) -> str:
        return report.model_dump_json(indent=2) + "\n"


RENDERER = JsonRenderer()
