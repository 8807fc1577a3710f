"""What a person reads of a corpus run: each story's HTML and Markdown report, and ``index.html``.

Beside ``reports/<story>.json`` go ``<story>.html`` and ``<story>.md``, rendered by the
ordinary formats with the story's texts (so that quotes are shown in their sentences and
positions point into the files). A story whose files are as in an earlier run is not read
again; its pages are rendered again only when they are missing, and then its files are read
for their texts. ``index.html`` links every story's pages with its counts, the stories with
errors first; like ``index.json`` it is written under a temporary name and renamed.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Sequence
from html import escape
from pathlib import Path

from factcheck import __version__
from factcheck.compare.rules import registered_rules
from factcheck.formats import get_format
from factcheck.records import Report, Source
from factcheck.report.context import RenderContext
from factcheck.report.output import write_atomic
from factcheck.report.publish import source_positions

INDEX_PAGE = "index.html"
PAGE_FORMATS = {"html": "html", "markdown": "md"}


def page_names(report_name: str) -> dict[str, str]:
    """The file names of a story's pages, from its JSON report's name (``x.json``)."""
    stem = report_name.removesuffix(".json")
    return {name: f"{stem}.{extension}" for name, extension in PAGE_FORMATS.items()}


def write_story_pages(
    folder: Path,
    report_name: str,
    report_json: bytes,
    sources: Sequence[Source] | Callable[[], Sequence[Source] | None],
    rendered: dict[str, bytes] | None = None,
) -> None:
    """Write the story's HTML and Markdown pages into ``folder``.

    ``rendered``: the pages already rendered where the story was compared (:func:`story_pages`);
    without them they are rendered here from ``report_json`` and ``sources``, the story's sources
    or a function that reads them when they were not read (a story known from an earlier run): it
    is called only if a page is missing.
    """
    names = page_names(report_name)
    if rendered is None:
        if callable(sources):
            if all((folder / name).is_file() for name in names.values()):
                return
            sources = sources() or ()
        rendered = story_pages(Report.model_validate_json(report_json), sources)
    for name, file_name in names.items():
        write_atomic(folder / file_name, rendered[name])


def story_pages(report: Report, sources: Sequence[Source]) -> dict[str, bytes]:
    """The story's pages by format name, rendered with its sources' texts."""
    texts, first_lines = source_positions(sources)
    context = RenderContext(texts=texts, first_lines=first_lines, rules=registered_rules())
    return {name: get_format(name).render(report, context).encode("utf-8") for name in PAGE_FORMATS}


_STYLE = (
    "body{font:15px/1.5 system-ui,sans-serif;margin:1.5em;color:#222}"
    "table{border-collapse:collapse}th,td{padding:.3em .8em;border-bottom:1px solid #ddd;text-align:left}"
    "td.n{text-align:right}.error{color:#a93226;font-weight:bold}.meta{color:#555}"
)
_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'none'; base-uri 'none'"


class IndexPage:
    """``index.html``: one row per story (a line of HTML each, sorted when the run ends)."""

    def __init__(self, path: Path):
        self.path = path
        self._temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        self._rows: list[tuple[int, str]] = []

    def add(self, entry: dict) -> None:
        counts = entry["by_severity"]
        story = escape(entry["story"])
        link = f'<a href="{escape(entry["html"], quote=True)}">{story}</a>'
        others = " ".join(
            f'<a href="{escape(entry[key], quote=True)}">{label}</a>'
            for key, label in (("markdown", "md"), ("report", "json"))
        )
        row = (
            f"<tr><td>{link}</td><td class=n>{entry['sources']}</td>"
            f'<td class="n{" error" if counts["error"] else ""}">{counts["error"]}</td>'
            f"<td class=n>{counts['warning']}</td><td class=n>{counts['info']}</td>"
            f"<td class=n>{entry['diagnostics']}</td><td class=meta>{others}</td></tr>"
        )
        # errors first, then warnings; in corpus order within a level
        self._rows.append((-(counts["error"] * 1_000_000 + counts["warning"]), row))

    def finish(self, totals: dict) -> None:
        counts = totals["by_severity"]
        rows = [row for _, row in sorted(self._rows, key=lambda item: item[0])]
        page = "\n".join(
            [
                "<!DOCTYPE html>",
                '<html lang="en">',
                "<head>",
                '<meta charset="utf-8">',
                f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
                f"<title>factcheck: {totals['stories']} stories</title>",
                f"<style>{_STYLE}</style>",
                "</head>",
                "<body>",
                "<h1>factcheck corpus report</h1>",
                f'<p class="summary">{totals["stories"]} stories, {totals["sources"]} sources, '
                f"{totals['discrepancies']} findings ({counts['error']} error, {counts['warning']} warning, "
                f"{counts['info']} info); factcheck {escape(__version__)}</p>",
                "<table>",
                "<thead><tr><th>story</th><th>sources</th><th>errors</th><th>warnings</th><th>info</th>"
                "<th>input problems</th><th>also as</th></tr></thead>",
                "<tbody>",
                *rows,
                "</tbody>",
                "</table>",
                "</body>",
                "</html>",
                "",
            ]
        )
        try:
            self._temporary.write_text(page, encoding="utf-8")
            os.replace(self._temporary, self.path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                self._temporary.unlink()
