"""Output formats: one module per format, all behind :class:`~factcheck.formats.base.Renderer`.

A renderer turns a :class:`~factcheck.records.Report` and a
:class:`~factcheck.formats.base.RenderContext` (source texts, the gate's
result, colour, verbosity, suppressed findings) into one string. Renderers
never decide the exit code: the gate (:mod:`factcheck.report.gate`) is computed once,
before rendering, and handed to them in the context.

To add a format, write a module with a ``RENDERER`` object and add one line
to :data:`FORMATS`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from factcheck.errors import UsageError

if TYPE_CHECKING:
    from factcheck.formats.base import Renderer

FORMATS: dict[str, str] = {
    "text": "factcheck.formats.text",
    "markdown": "factcheck.formats.markdown",
    "html": "factcheck.formats.html",
    "json": "factcheck.formats.json",
    "sarif": "factcheck.formats.sarif",
    "junit": "factcheck.formats.junit",
    "github": "factcheck.formats.github",
}


def get_format(name: str) -> Renderer:
    """The renderer called ``name``; a :class:`UsageError` naming the known formats otherwise."""
    module = FORMATS.get(name)
    if module is None:
        raise UsageError(
            f"unknown output format {name!r}", hint=f"choose one of: {', '.join(sorted(FORMATS))}"
        )
    return importlib.import_module(module).RENDERER


def all_formats() -> list[Renderer]:
    """Every renderer, by name."""
    return [get_format(name) for name in sorted(FORMATS)]
