"""What the commands that read sources share: their options, warnings and one-line errors.

Whatever goes to stderr goes through :func:`factcheck.errors.printable`: file names and
article text may hold terminal escapes or newlines, and one message must stay one line.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from factcheck.config import Config
    from factcheck.read.loaders import LoadOptions
    from factcheck.records import Diagnostic


class CommandError(click.ClickException):
    """A :class:`~factcheck.errors.FactcheckError` as one line on stderr and exit code 2."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        from factcheck.errors import printable

        # several bad inputs come as several lines: each is one error, named and explained
        for line in self.message.splitlines():
            click.echo(f"factcheck: error: {printable(line)}", err=True)


@contextlib.contextmanager
def one_line_errors() -> Iterator[None]:
    """Turn the library's errors into the CLI's one-line error (one per bad input) and exit code 2.

    Control characters are escaped, so that a file name cannot drive the terminal or split a line.
    """
    from factcheck.errors import FactcheckError, InputErrors, printable

    try:
        yield
    except FactcheckError as error:
        errors = error.errors if isinstance(error, InputErrors) else [error]
        raise CommandError("\n".join(printable(each.one_line()) for each in errors)) from None


EXCLUDE_OPTION = click.option(
    "--exclude",
    multiple=True,
    metavar="PATTERN",
    help="Leave out what a folder walk finds that matches PATTERN (gitignore syntax, relative to the "
    "working directory; repeat for more), besides .gitignore and the configuration's exclude. "
    "Files named on the command line are always read.",
)


def source_options(command: Callable[..., Any] | None = None, *, paths_required: bool = True) -> Any:
    """PATHS and the options that say how to load them.

    ``@source_options(paths_required=False)`` when PATHS may come from the configuration file.
    """
    if command is None:
        return lambda decorated: source_options(decorated, paths_required=paths_required)
    decorators = [
        click.argument("paths", nargs=-1, required=paths_required, metavar="PATHS..."),
        click.option(
            "--keep-going",
            is_flag=True,
            help="Warn about unreadable inputs and check the rest, instead of stopping at the first.",
        ),
        click.option(
            "--published",
            metavar="YYYY-MM-DD",
            help="Publication date of every source (overrides front matter and sidecars).",
        ),
        click.option(
            "--max-bytes",
            type=click.IntRange(min=1),
            help="Largest input file accepted, in bytes (default: 5 MiB).",
        ),
        EXCLUDE_OPTION,
        QUIET_OPTION,
    ]
    for decorator in reversed(decorators):
        command = decorator(command)
    return command


def _codes(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> tuple[str, ...]:
    """``--select FC1,FC201 --select FC3`` as ("FC1", "FC201", "FC3")."""
    return tuple(code.strip() for item in value for code in item.split(",") if code.strip())


def rule_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """``--select`` and ``--ignore``: which conflict rules run, by code or prefix, as in ruff."""
    decorators = [
        click.option(
            "--select",
            multiple=True,
            metavar="CODES",
            callback=_codes,
            help="Run only these rules: codes or prefixes, comma-separated (FC1,FC201); overrides the "
            "configuration's select. See 'factcheck rules'.",
        ),
        click.option(
            "--ignore",
            multiple=True,
            metavar="CODES",
            callback=_codes,
            help="Leave these rules out (codes or prefixes, comma-separated), besides the configuration's "
            "ignore. An unknown code is an error naming the known ones.",
        ),
    ]
    for decorator in reversed(decorators):
        command = decorator(command)
    return command


def load_options(
    keep_going: bool,
    published: str | None,
    max_bytes: int | None,
    exclude: Sequence[str] = (),
    config: Config | None = None,
) -> LoadOptions:
    """The loader's options from the CLI flags and the configuration (inside :func:`one_line_errors`).

    ``--exclude`` patterns are relative to the working directory, the file's ``exclude`` to the
    file's folder, as a .gitignore's are to its own."""
    import os

    from factcheck.read.loaders import DEFAULT_MAX_BYTES, LoadOptions, parse_date

    date = None if published is None else parse_date(published, path="--published")
    patterns = [(os.getcwd(), pattern) for pattern in exclude]
    if config is not None and config.path is not None:
        patterns = [(str(config.path.parent), pattern) for pattern in config.exclude] + patterns
    return LoadOptions(
        keep_going=keep_going,
        published=date,
        max_bytes=max_bytes or DEFAULT_MAX_BYTES,
        exclude=tuple(patterns),
    )


def warn(diagnostics: Sequence[Diagnostic]) -> None:
    """Each input problem that did not stop the run, one line on stderr (see :func:`warn_text`)."""
    for diagnostic in diagnostics:
        where = f"{diagnostic.path}:{diagnostic.line}" if diagnostic.line is not None else diagnostic.path
        warn_text(f"{where}: {diagnostic.code} {diagnostic.message}")


def warn_text(text: str) -> None:
    """The one warning channel: ``factcheck: warning: FILE: CODE message`` on stderr.

    Once per cause in a run (a warning met while running and again in the report is printed
    once), with control characters escaped (a file name or an article cannot drive the terminal
    or start a CI log command), and not at all with ``-q``.
    """
    _say("warning", text)


def note_text(text: str) -> None:
    """A notice (not a problem) on stderr, ``factcheck: note: ...``: once, and not with ``-q``."""
    _say("note", text)


def _say(kind: str, text: str) -> None:
    from factcheck.errors import printable

    state = warning_state()
    if (kind, text) in state["seen"]:
        return
    state["seen"].add((kind, text))
    if state["quiet"]:
        return
    if state.get("progress"):
        click.echo("\r\x1b[K", err=True, nl=False)  # the progress line gives way, then comes back
    click.echo(f"factcheck: {kind}: {printable(text)}", err=True)


def warning_state() -> dict[str, Any]:
    """This invocation's warnings (kept on the click context, so that runs in one process stay apart)."""
    context = click.get_current_context(silent=True)
    meta = context.meta if context is not None else {}
    return meta.setdefault("factcheck.warnings", {"quiet": False, "seen": set()})


def _set_quiet(ctx: click.Context, param: click.Parameter, value: bool) -> bool:
    warning_state()["quiet"] = value
    return value


QUIET_OPTION = click.option(
    "-q",
    "--quiet",
    is_flag=True,
    is_eager=True,
    expose_value=False,
    callback=_set_quiet,
    help="Print no warnings on stderr (they stay in the report's diagnostics); errors are still printed.",
)
