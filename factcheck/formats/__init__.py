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
import os
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
    "rdjson": "factcheck.formats.rdjson",
}


# ``-o FILE`` without ``--format``: the format its extension names. rdjson and github have no
# extension of their own (.json is the report; annotations go to stdout), so they are asked for.
BY_EXTENSION: dict[str, str] = {
    ".html": "html",
    ".htm": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".json": "json",
    ".sarif": "sarif",
    ".xml": "junit",
    ".txt": "text",
}


def format_for_output(path: str) -> str:
    """The format ``-o path`` asks for by its extension; a :class:`UsageError` for another one."""
    suffix = os.path.splitext(path)[1].lower()
    if suffix in BY_EXTENSION:
        return BY_EXTENSION[suffix]
    known = ", ".join(f"{ext} ({name})" for ext, name in BY_EXTENSION.items())
    raise UsageError(
        f"-o {path}: cannot tell the format from the extension {suffix or '(none)'!r}",
        hint=f"give --format, or use one of: {known}",
    )


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
