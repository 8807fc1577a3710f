"""From a report to what the user sees: filters, the gate, rendering and writing.

In this order: inline suppressions and then the baseline hide accepted
findings (verbose output lists them with
their reasons; stale suppressions become warnings); the gate is computed
once on what is left; ``--min-severity`` then only decides what is shown.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from factcheck.baseline import apply_baseline, read_baseline
from factcheck.compare import CompareOptions
from factcheck.errors import UsageError
from factcheck.execute import Runner, RunOptions
from factcheck.formats import get_format
from factcheck.formats.base import RenderContext, registered_rules
from factcheck.gate import GateResult, evaluate, parse_severity
from factcheck.loaders import LoadOptions, load_sources
from factcheck.records import Discrepancy, Report, Source
from factcheck.suppress import apply_suppressions, suppressions_in


@dataclass(frozen=True)
class Settings:
    """What the user asked for (CLI flags over the configuration file)."""

    fail_on: str = "error"
    exit_zero: bool = False
    min_severity: str = "info"
    baseline: str | None = None
    verbose: bool = False
    color: bool = False


@dataclass(frozen=True)
class Published:
    """The report as shown, the context its renderers need, and the gate's decision.

    ``findings`` are those left after suppressions and the baseline, before the
    display threshold: what the gate judged.
    """

    report: Report
    context: RenderContext
    gate: GateResult
    findings: tuple[Discrepancy, ...] = ()

    def render(self, output_format: str) -> str:
        return get_format(output_format).render(self.report, self.context)


def source_positions(sources: Sequence[Source]) -> tuple[dict[str, str], dict[str, int]]:
    """Each source's text, and the line of its file where that text starts.

    Front matter comes before a Markdown source's text; when the file on disk
    ends with the text, lines are counted from the file's top so that
    positions point into the file. Otherwise (HTML, corpora, stdin) they
    count from the text's own first line.
    """
    texts = {source.id: source.text for source in sources}
    first_lines: dict[str, int] = {}
    for source in sources:
        first_lines[source.id] = 1
        path = Path(source.path)
        if source.path == "-" or not path.is_file():
            continue
        try:
            whole = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            continue
        if whole != source.text and whole.endswith(source.text):
            first_lines[source.id] = 1 + whole[: len(whole) - len(source.text)].count("\n")
    return texts, first_lines


def check_story(
    paths: Sequence[str],
    load: LoadOptions | None = None,
    run: RunOptions | None = None,
    compare_options: CompareOptions | None = None,
    warn: Callable[[str], None] | None = None,
) -> tuple[Report, list[Source]]:
    """The report of the sources under ``paths`` (compared with ``compare_options``), and the sources."""
    loaded = load_sources(paths, load or LoadOptions())
    report, ordered = compare_sources(loaded.sources, run, compare_options, warn)
    report.diagnostics = list(loaded.diagnostics)
    return report, ordered


def compare_sources(
    sources: Sequence[Source],
    run: RunOptions | None = None,
    compare_options: CompareOptions | None = None,
    warn: Callable[[str], None] | None = None,
) -> tuple[Report, list[Source]]:
    """The report of already-loaded sources, and the sources in report order (by id)."""
    ordered = sorted(sources, key=lambda source: source.id)
    # the comparison runs where the extraction does (a worker or the Dask cluster)
    with Runner(run or RunOptions(), warn) as runner:
        return runner.report(ordered, compare_options), ordered


def publish(report: Report, sources: Sequence[Source], settings: Settings) -> Published:
    """Apply suppressions, the baseline, the gate and the display threshold."""
    texts, first_lines = source_positions(sources)
    findings = list(report.discrepancies)

    suppressions, unreadable = suppressions_in(sources, first_lines)
    findings, hidden, stale = apply_suppressions(findings, suppressions)
    if settings.baseline is not None:
        findings, accepted = apply_baseline(findings, read_baseline(settings.baseline), settings.baseline)
        hidden += accepted

    gate = evaluate(findings, settings.fail_on, settings.exit_zero)
    threshold = parse_severity(settings.min_severity)
    shown = [f for f in findings if f.severity >= threshold]
    shown_report = report.model_copy(
        update={"discrepancies": shown, "diagnostics": [*report.diagnostics, *unreadable, *stale]}
    )
    context = RenderContext(
        texts=texts,
        first_lines=first_lines,
        gate=gate,
        color=settings.color,
        verbose=settings.verbose,
        hidden=tuple(hidden),
        hidden_below=len(findings) - len(shown),
        rules=registered_rules(),
    )
    return Published(report=shown_report, context=context, gate=gate, findings=tuple(findings))


def _refuse_non_regular(target: Path, path: str | Path) -> None:
    # the rename would put a regular file where the link or the device node was: never ours to replace
    if target.is_symlink():
        raise UsageError(
            f"cannot write {path}: it is a symbolic link, and factcheck replaces only regular files",
            hint="give the path the link points to, or another file",
        )
    with contextlib.suppress(OSError):
        if not stat.S_ISREG(target.stat().st_mode):
            raise UsageError(
                f"cannot write {path}: it is a folder, a device or a pipe, not a regular file",
                hint="leave out -o to write to stdout, or give a file",
            )


def _refuse_inputs(target: Path, path: str | Path, inputs: Sequence[str]) -> None:
    from factcheck.loaders import FORMATS, SIDECAR_SUFFIXES, LoadOptions, input_files

    for given in inputs:
        if given == "-" or not Path(given).exists():
            continue
        read = input_files(Path(given), LoadOptions())
        if target.exists() and any(os.path.samefile(file, target) for file in read if file.exists()):
            raise UsageError(
                f"-o {path} would overwrite an input or its metadata", hint="write the report to another file"
            )
        # not there yet, but the next run would read it as the metadata of an input
        for suffix in SIDECAR_SUFFIXES:
            if target.name.endswith(suffix):
                beside = target.with_name(target.name[: -len(suffix)])
                if any(_same(beside, file) for file in read):
                    raise UsageError(
                        f"-o {path} would become the metadata of the input {beside}",
                        hint="write the report to another file",
                    )
        inside = Path(given).is_dir() and target.resolve().is_relative_to(Path(given).resolve())
        if inside and (target.suffix.lower() in FORMATS or target.name.endswith(SIDECAR_SUFFIXES)):
            raise UsageError(
                f"-o {path} is inside the input directory {given}: the next run would read it as a source",
                hint="write the report outside the sources",
            )


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def write_atomically(path: str | Path, text: str, inputs: Sequence[str] = ()) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same directory and a rename,
    so that a reader never sees half a report. Never over one of the ``inputs`` or their metadata
    sidecars, nor as a file the next run would read (a .md or .html report, a sidecar, inside an
    input directory), nor in place of a symbolic link or a special file (a device, a pipe)."""
    target = Path(path)
    _refuse_non_regular(target, path)
    _refuse_inputs(target, path, inputs)
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise UsageError(f"cannot write {path}: no directory {directory}", hint="create the directory first")
    try:
        handle, temporary = tempfile.mkstemp(dir=directory, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as error:
        raise UsageError(f"cannot write {path}: {error.strerror}", hint="choose a writable place") from None
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise UsageError(f"cannot write {path}: {error.strerror}", hint="choose a writable place") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
