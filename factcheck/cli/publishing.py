"""Options shared by the commands that publish a report (check, audit): format, output, the gate,
baseline, configuration; and writing the result with the gate's exit code."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import click

from factcheck.cli.options import one_line_errors
from factcheck.config import FAIL_ON_CHOICES, SEVERITY_CHOICES
from factcheck.formats import FORMATS, format_for_output, get_format

if TYPE_CHECKING:
    from factcheck.config import Config
    from factcheck.report.publish import Published, Settings


def publishing_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--format, -o, --fail-on, --exit-zero, --min-severity, --baseline, --config, --verbose."""
    decorators = [
        click.option(
            "--format",
            "output_format",
            type=click.Choice(sorted(FORMATS)),
            help="Output format: text for a terminal, markdown, html (one self-contained page), json (the "
            "contract, see 'factcheck schema'), sarif (code scanning), junit (CI dashboards), github "
            "(workflow annotations), rdjson (reviewdog). Default: from the extension of -o FILE (.html, "
            ".md, .json, .sarif, .xml for junit, .txt), else text.",
        ),
        click.option(
            "-o",
            "--output",
            metavar="FILE",
            help="Write the report to FILE (atomically: a temporary file, then a rename) instead of stdout; "
            "without --format, FILE's extension chooses the format.",
        ),
        click.option(
            "--write",
            "also",
            multiple=True,
            metavar="FILE",
            help="Also write the report to FILE, in the format its extension names (.sarif, .xml for "
            "junit, .html, .md, .json, .txt); repeat for more. One run, one gate, every format.",
        ),
        click.option(
            "--fail-on",
            type=click.Choice(FAIL_ON_CHOICES),
            help="Exit 1 when a finding at or above this severity is left after the baseline and "
            "suppressions (default: error, or the configuration's fail-on).",
        ),
        click.option("--exit-zero", is_flag=True, help="Exit 0 even when the gate fails (report only)."),
        click.option(
            "--min-severity",
            type=click.Choice(SEVERITY_CHOICES),
            help="Show only findings at or above this severity (does not change the gate).",
        ),
        click.option(
            "--baseline",
            "baseline_path",
            metavar="FILE",
            help="Hide the findings accepted in FILE (written by 'factcheck baseline').",
        ),
        click.option(
            "--config",
            "config_path",
            metavar="FILE",
            help="Read settings from FILE (default: $FACTCHECK_CONFIG, else the factcheck.toml or "
            "pyproject.toml found from the working directory upwards).",
        ),
        click.option(
            "--color",
            "--colour",
            "color",
            type=click.Choice(["auto", "always", "never"]),
            default="auto",
            show_default=True,
            help="Colour the text on stdout: auto (on a terminal, unless NO_COLOR is set; FORCE_COLOR "
            "forces it), always or never. Files are never coloured.",
        ),
        click.option(
            "-v",
            "--verbose",
            is_flag=True,
            help="Also list hidden findings (with their reasons) and agreements.",
        ),
    ]
    for decorator in reversed(decorators):
        command = decorator(command)
    return command


def settings_from(
    config: Config,
    *,
    fail_on: str | None,
    exit_zero: bool,
    min_severity: str | None,
    baseline_path: str | None,
    verbose: bool,
    output: str | None,
    color: str = "auto",
) -> Settings:
    """The flags given, over the configuration file, over the defaults."""
    from factcheck.formats.text import should_colour
    from factcheck.report.publish import Settings

    return Settings(
        fail_on=fail_on or config.fail_on,
        exit_zero=exit_zero,
        min_severity=min_severity or config.min_severity,
        baseline=baseline_path or config.baseline,
        verbose=verbose,
        color=output is None and should_colour(sys.stdout, mode=color),
    )


def output_format_for(output_format: str | None, output: str | None, also: Sequence[str] = ()) -> str:
    """--format as given, else the one ``-o FILE``'s extension names, else text (in one_line_errors).

    The ``--write`` files' extensions are checked here too, so that a bad one stops the run before
    any work is done.
    """
    for path in also:
        format_for_output(path)
    if output_format is not None:
        return output_format
    return "text" if output is None else format_for_output(output)


def emit(
    published: Published,
    output_format: str,
    output: str | None,
    inputs: Sequence[str],
    also: Sequence[str] = (),
    render: Callable[[Published, str], str] | None = None,
) -> None:
    """Write the report (stdout or ``output``) and each ``--write`` file, then exit with the gate's code.

    ``render(published, format)`` renders (default: the report's renderers); every file is
    written without colour, whatever the terminal.
    """
    import dataclasses

    from factcheck.report.output import write_atomically

    render = render or (lambda result, name: get_format(name).render(result.report, result.context))
    plain = dataclasses.replace(published, context=dataclasses.replace(published.context, color=False))
    with one_line_errors():
        text = render(published if output is None else plain, output_format)
        if output is None:
            click.echo(text, nl=False, color=published.context.color)
        else:
            write_atomically(output, text, inputs)
        for path in also:
            write_atomically(path, render(plain, format_for_output(path)), inputs)
    raise SystemExit(published.gate.exit_code)
