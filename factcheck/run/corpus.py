"""Corpus mode: many stories in one run, each checked on its own, one report per story plus an index.

A corpus is either

- a folder whose sub-folders are the stories: ``corpus/<story>/...``, each
  read like ``factcheck check corpus/<story>/`` (recursively); the story's
  name is the folder's name; files lying directly in the corpus folder belong
  to no story and are skipped with a warning; or
- a JSON Lines file whose records carry a ``story`` field (and ``text`` and
  metadata, as for ``factcheck check``); records of one story need not be
  next to each other.

Streaming: stories are loaded, checked and written a window at a time (a
few dozen sources, enough to keep the workers busy), so memory depends on
the largest window, not on the size of the corpus. Only a small index per
story stays in memory: its name, and for a JSON Lines file the byte offsets
of its lines (read in a first pass, so that a story's records can be read
back without holding the text of the others).

Output, in ``--out-dir``::

    index.json               every story: its report file, counts, problems
    reports/<story>.json     the JSON report of each story (``factcheck schema``)

Stories come in the order of the corpus paths given, then by name; report
names are the story names when those are safe file names, else a slug with
a short hash of the name. Each file is written to a temporary name and
renamed, so a reader never sees half a report. Reports of stories no longer
in the corpus are left alone; ``index.json`` lists the current ones.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck import __version__
from factcheck.errors import (
    BadRecordError,
    FileTooLargeError,
    InputError,
    MissingPathError,
    NoSourcesError,
    UndecodableError,
    UsageError,
)
from factcheck.read.loaders import (
    FORMATS,
    LoadOptions,
    LoadResult,
    input_files,
    is_walked,
    load_jsonl_lines,
    load_sources,
    walk_rules,
)
from factcheck.read.untrusted import json_problem, load_json
from factcheck.records import SCHEMA_VERSION, Diagnostic, Source
from factcheck.report.output import remove_stale_temporaries, write_atomic
from factcheck.run.pages import INDEX_PAGE, IndexPage, page_names, write_story_pages
from factcheck.run.workers import KnownStory, Runner, RunOptions, RunStats

if TYPE_CHECKING:
    from factcheck.compare import CompareOptions

INDEX_NAME = "index.json"
REPORTS_DIR = "reports"
LOOSE_FILE_WARNING = "W601"
STORY_SKIPPED_WARNING = "W602"
# sources per window: enough tasks to keep the workers busy past the barriers between windows
# (48 lost half the gain of --jobs 2), few enough to bound memory (a few MB)
WINDOW_SOURCES_PER_JOB = 256
WINDOW_SOURCES_DASK = 512
# The first window is this much smaller: the workers wait for it to be loaded (a tenth of a second for
# 500 sources of 1,000 in 200 stories, all the time they were idle after the start).
FIRST_WINDOW_SHARE = 8
# stories whose files are looked up in the cache at once
KNOWN_LOOKUP_BATCH = 64

_SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
_SEVERITIES = ("error", "warning", "info")

Finish = Callable[[], list[tuple[bytes, dict[str, Any], dict[str, bytes] | None]]]


@dataclass(frozen=True)
class Story:
    """A story of the corpus, not loaded yet: ``load()`` reads its sources from ``files()``."""

    name: str
    origin: str
    load: Callable[[], LoadResult]
    files: Callable[[], list[Path]]


@dataclass
class CorpusResult:
    """What a corpus run wrote and found."""

    out_dir: Path
    stories: int = 0
    skipped: int = 0
    by_severity: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_SEVERITIES, 0))
    stats: RunStats = field(default_factory=RunStats)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def discrepancies(self) -> int:
        return sum(self.by_severity.values())


def check_corpus(
    paths: Iterable[str | Path],
    out_dir: str | Path,
    options: LoadOptions | None = None,
    run: RunOptions | None = None,
    compare_options: CompareOptions | None = None,
    *,
    warn: Callable[[str], None] | None = None,
    on_diagnostic: Callable[[Diagnostic], None] | None = None,
    on_story: Callable[[int, int, int], None] | None = None,
) -> CorpusResult:
    """Check every story of the corpora at ``paths``; write the reports and the index to ``out_dir``.

    Each story gets ``reports/<story>.json`` and, beside it, its HTML and Markdown pages; the
    index is ``index.json`` and ``index.html`` (:mod:`factcheck.run.pages`).
    ``compare_options`` (tolerances, rules switched off) apply to every story;
    ``warn`` gets one-line warnings about the run (an untrustworthy cache);
    ``on_diagnostic`` each input problem that did not stop it (``keep_going``);
    ``on_story(done, total, findings)`` is called after each story is written (for progress).
    """
    options = options or LoadOptions()
    run = run or RunOptions()
    paths = [Path(path) for path in paths]
    out = Path(out_dir)
    _refuse_output_inside_inputs(out, paths)
    (out / REPORTS_DIR).mkdir(parents=True, exist_ok=True)
    # a run killed outright (SIGKILL, a lost machine) could not remove its temporary files
    remove_stale_temporaries(out, INDEX_NAME)
    remove_stale_temporaries(out / REPORTS_DIR)  # the reports folder is ours alone
    result = CorpusResult(out_dir=out)

    def note(diagnostic: Diagnostic) -> None:
        result.diagnostics.append(diagnostic)
        if on_diagnostic is not None:
            on_diagnostic(diagnostic)

    window_size = WINDOW_SOURCES_DASK if run.scheduler else WINDOW_SOURCES_PER_JOB * max(1, run.jobs)
    page = IndexPage(out / INDEX_PAGE)
    with _writing(out / INDEX_NAME):
        index_writer = _IndexWriter(out / INDEX_NAME)
    with Runner(run, warn) as runner, index_writer as index:

        def write(window: list[tuple[Story, LoadResult | KnownStory, str | None]], finish: Finish) -> None:
            computed = iter(finish())
            for story, loaded, _ in window:
                if isinstance(loaded, KnownStory):
                    runner.reuse(loaded)
                    report, summary, rendered = loaded.report, loaded.summary, None
                    sources, problems = loaded.sources, len(loaded.diagnostics)
                    texts_of: Sequence[Source] | Callable[[], Sequence[Source] | None] = _reader(story)
                else:
                    report, summary, rendered = next(computed)
                    sources, problems = len(loaded.sources), len(loaded.diagnostics)
                    texts_of = loaded.sources
                name = report_file_name(story.name)
                with _writing(out / REPORTS_DIR / name):
                    write_atomic(out / REPORTS_DIR / name, report + b"\n")
                write_story_pages(out / REPORTS_DIR, name, report, texts_of, rendered)
                pages = page_names(name)
                # in severity order, whether the summary was just made or read back from the cache
                counts = {severity: summary["by_severity"][severity] for severity in _SEVERITIES}
                for severity, count in counts.items():
                    result.by_severity[severity] += count
                entry = {
                    "story": story.name,
                    "origin": story.origin,
                    "report": f"{REPORTS_DIR}/{name}",
                    "html": f"{REPORTS_DIR}/{pages['html']}",
                    "markdown": f"{REPORTS_DIR}/{pages['markdown']}",
                    "sources": sources,
                    "discrepancies": sum(counts.values()),
                    "by_severity": counts,
                    "diagnostics": problems,
                }
                with _writing(index.path):
                    index.add(entry)
                page.add(entry)
                result.stories += 1
                if on_story is not None:
                    on_story(result.stories, total, result.discrepancies)

        found = list(stories_in(paths, options, note))
        total = len(found)
        stories = _loaded(found, options, note, runner, compare_options)
        # One window is being checked while the next one is loaded: the workers do not wait for it.
        pending: tuple[list, Finish] | None = None
        for window in _windows(stories, window_size):
            todo = [(loaded, files) for _, loaded, files in window if isinstance(loaded, LoadResult)]
            finish = runner.start_stories(
                [loaded.sources for loaded, _ in todo],
                [loaded.diagnostics for loaded, _ in todo],
                compare_options,
                [files for _, files in todo],
                pages=True,
            )
            if pending is not None:
                write(*pending)
            pending = (window, finish)
        if pending is not None:
            write(*pending)
        result.stats = runner.stats
        result.skipped = sum(1 for d in result.diagnostics if d.code == STORY_SKIPPED_WARNING)
        totals = {
            "stories": result.stories,
            "skipped_stories": result.skipped,
            "sources": result.stats.sources,
            "claims": result.stats.claims,
            "comparisons": result.stats.comparisons,
            "discrepancies": result.discrepancies,
            "by_severity": result.by_severity,
        }
        with _writing(index.path):
            index.finish(totals, [diagnostic.model_dump(mode="json") for diagnostic in result.diagnostics])
        page.finish(totals)
    return result


def _reader(story: Story) -> Callable[[], Sequence[Source] | None]:
    """The story's sources read again, for the texts its pages quote (None if it cannot be read)."""

    def read() -> Sequence[Source] | None:
        try:
            return story.load().sources
        except InputError:
            return None

    return read


# --------------------------------------------------------------------------
# Finding the stories


def stories_in(
    paths: Iterable[Path], options: LoadOptions, note: Callable[[Diagnostic], None]
) -> Iterator[Story]:
    """The stories of each corpus path, in path order then by name; names are unique."""
    seen: dict[str, str] = {}
    for path in paths:
        label = path.as_posix()
        if not path.exists():
            raise MissingPathError("no such file or directory", path=label, hint="check the path")
        if path.is_dir():
            stories = _folder_stories(path, options, note)
        elif path.suffix.lower() == ".jsonl":
            stories = _jsonl_stories(path, options, note)
        else:
            raise UsageError(
                "a corpus is a folder of story folders or a .jsonl file with a story field",
                path=label,
                hint="to check the sources of one story, use `factcheck check`",
            )
        for story in stories:
            if story.name in seen:
                raise InputError(
                    f"the story {story.name!r} is also in {seen[story.name]}",
                    path=story.origin,
                    hint="give each story a distinct name",
                )
            seen[story.name] = story.origin
            yield story


def _folder_stories(root: Path, options: LoadOptions, note: Callable[[Diagnostic], None]) -> list[Story]:
    folders, loose = [], []
    rules = walk_rules(root, options)
    for entry in sorted(root.iterdir(), key=lambda p: p.name):
        if not is_walked(entry, options, rules):
            continue  # hidden, a build or tool folder, git-ignored or excluded
        if entry.is_dir():
            folders.append(entry)
        elif entry.suffix.lower() in FORMATS:
            loose.append(entry)
    for path in loose:
        note(
            Diagnostic(
                path=path.as_posix(),
                code=LOOSE_FILE_WARNING,
                message="not inside a story folder, so not part of any story: skipped "
                "(move it into a sub-folder named after its story)",
            )
        )
    if not folders:
        raise NoSourcesError(
            "the corpus folder has no story folders",
            path=root.as_posix(),
            hint="put each story's sources in a sub-folder named after the story",
        )
    return [
        Story(
            name=folder.name,
            origin=folder.as_posix(),
            load=_folder_loader(folder, options),
            files=functools.partial(input_files, folder, options),
        )
        for folder in folders
    ]


def _folder_loader(folder: Path, options: LoadOptions) -> Callable[[], LoadResult]:
    return lambda: load_sources([folder], options)


def _jsonl_stories(path: Path, options: LoadOptions, note: Callable[[Diagnostic], None]) -> list[Story]:
    """First pass: where each story's lines are. Nothing but offsets is kept."""
    label = path.as_posix()
    offsets: dict[str, list[tuple[int, int]]] = {}
    if not path.is_file():  # a pipe would wait for a writer forever
        raise InputError(
            "not a regular file (a pipe, a device or a socket)", path=label, hint="give the corpus file"
        )
    for number, offset, line in _lines(path, options.max_bytes):
        try:
            story = _story_field(line, label, number, options.max_bytes)
        except InputError as error:
            if not options.keep_going:
                raise
            note(Diagnostic(path=label, line=number, code=error.code, message=error.message))
            continue
        if story is not None:
            offsets.setdefault(story, []).append((offset, number))
    if not offsets:
        raise NoSourcesError(
            "the corpus file has no records with a story",
            path=label,
            hint='write one JSON object per line: {"story": "...", "text": "...", ...}',
        )
    return [
        Story(
            name=name,
            origin=label,
            load=_jsonl_loader(path, offsets[name], options),
            files=functools.partial(input_files, path, options),
        )
        for name in sorted(offsets)
    ]


def _lines(path: Path, longest: int) -> Iterator[tuple[int, int, bytes]]:
    """``(line number, byte offset, line)`` of every line of ``path``; a line over ``longest``
    bytes is cut there (one ``longest + 1`` bytes long is over it): a file of one endless line
    must not be held in memory whole."""
    offset = 0
    with path.open("rb") as handle:
        number = 0
        while True:
            line = handle.readline(longest + 1)
            if not line:
                return
            number += 1
            length = len(line)
            if length > longest and not line.endswith(b"\n"):  # pass over the rest of an over-long line
                while True:
                    rest = handle.readline(1 << 20)
                    length += len(rest)
                    if not rest or rest.endswith(b"\n"):
                        break
            yield number, offset, line
            offset += length


def _decode_line(line: bytes, label: str, number: int) -> str:
    if number == 1 and line.startswith(b"\xef\xbb\xbf"):
        line = line[3:]
    try:
        return line.decode("utf-8").rstrip("\r\n")
    except UnicodeDecodeError as error:
        raise UndecodableError(
            f"the line is not UTF-8 (byte {error.start + 1})",
            path=label,
            line=number,
            hint="save the corpus as UTF-8, as JSON Lines requires",
        ) from None


def _story_field(line: bytes, label: str, number: int, max_bytes: int) -> str | None:
    if not line.strip():
        return None
    if len(line) > max_bytes:
        raise FileTooLargeError(
            f"the record is {len(line):,} bytes, over the limit of {max_bytes:,}",
            path=label,
            line=number,
            hint="raise the limit with --max-bytes",
        )
    try:
        record = load_json(_decode_line(line, label, number))
    except ValueError as error:
        raise BadRecordError(
            f"not valid JSON: {json_problem(error)}",
            path=label,
            line=number,
            hint="each line must be one JSON object",
        ) from None
    story = record.get("story") if isinstance(record, dict) else None
    if not isinstance(story, str | int) or not str(story).strip():
        raise BadRecordError(
            'the record has no "story" field',
            path=label,
            line=number,
            hint='add "story": "<name>" to every record of a corpus',
        )
    return str(story).strip()


def _jsonl_loader(
    path: Path, places: list[tuple[int, int]], options: LoadOptions
) -> Callable[[], LoadResult]:
    def load() -> LoadResult:
        label = path.as_posix()
        lines = []
        with path.open("rb") as handle:
            for offset, number in places:
                handle.seek(offset)
                lines.append((number, _decode_line(handle.readline(options.max_bytes + 1), label, number)))
        return load_jsonl_lines(path, lines, options)

    return load


# --------------------------------------------------------------------------
# Loading and batching


def _loaded(
    stories: Iterable[Story],
    options: LoadOptions,
    note: Callable[[Diagnostic], None],
    runner: Runner,
    compare_options: CompareOptions | None,
) -> Iterator[tuple[Story, LoadResult | KnownStory, str | None]]:
    """Each story with its sources, or with its report when its files are as in an earlier run
    (nothing read then); and the fingerprint of its files. With ``keep_going`` a story that cannot
    load is skipped."""
    for batch in _batches(stories, KNOWN_LOOKUP_BATCH):
        files = [_files_fingerprint(story, options) if runner.caching else None for story in batch]
        known = runner.known_stories([f for f in files if f is not None], compare_options)
        for story, fingerprint in zip(batch, files, strict=True):
            if fingerprint in known:
                for diagnostic in known[fingerprint].diagnostics:
                    note(diagnostic)
                yield story, known[fingerprint], fingerprint
                continue
            try:
                loaded = story.load()
            except InputError as error:
                if not options.keep_going:
                    raise
                note(
                    Diagnostic(
                        path=story.origin,
                        code=STORY_SKIPPED_WARNING,
                        message=f"story {story.name!r} skipped: {error.one_line()}",
                    )
                )
                continue
            for diagnostic in loaded.diagnostics:
                note(diagnostic)
            yield story, loaded, fingerprint


def _batches(stories: Iterable[Story], size: int) -> Iterator[list[Story]]:
    batch: list[Story] = []
    for story in stories:
        batch.append(story)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _files_fingerprint(story: Story, options: LoadOptions) -> str | None:
    """What the story's files are now: the path, size, modification time (in nanoseconds) and inode
    of each, with the story's name and the loading options; None when a file cannot be looked at."""
    digest = hashlib.sha256(f"{story.name}\0{story.origin}\0".encode())
    digest.update(json.dumps(dataclasses.asdict(options), sort_keys=True, default=str).encode())
    try:
        for path in story.files():
            status = os.stat(path)
            digest.update(
                f"\n{path.as_posix()}\0{status.st_size}\0{status.st_mtime_ns}\0{status.st_ino}\0{status.st_dev}".encode()
            )
    except OSError:
        return None
    return digest.hexdigest()


def _windows(
    items: Iterable[tuple[Story, LoadResult | KnownStory, str | None]], max_sources: int
) -> Iterator[list[tuple[Story, LoadResult | KnownStory, str | None]]]:
    """Batches of stories with about ``max_sources`` sources (a known story counts its sources too:
    it holds its report until the window is written); the first with a fraction of them
    (:data:`FIRST_WINDOW_SHARE`), so that the workers start while the next is loaded."""
    window: list[tuple[Story, LoadResult | KnownStory, str | None]] = []
    size = 0
    limit = max(1, max_sources // FIRST_WINDOW_SHARE)
    for item in items:
        window.append(item)
        loaded = item[1]
        size += len(loaded.sources) if isinstance(loaded, LoadResult) else loaded.sources
        if size >= limit:
            yield window
            window, size, limit = [], 0, max_sources
    if window:
        yield window


# --------------------------------------------------------------------------
# Writing


def report_file_name(story: str) -> str:
    """The report's file name: the story's name if it is a safe file name, else a slug and a hash."""
    if _SAFE_NAME.fullmatch(story) and not story.endswith("."):
        return f"{story}.json"
    slug = re.sub(r"[^A-Za-z0-9]+", "-", story).strip("-")[:60] or "story"
    return f"{slug}-{hashlib.sha256(story.encode('utf-8')).hexdigest()[:10]}.json"


def _refuse_output_inside_inputs(out: Path, paths: list[Path]) -> None:
    resolved = out.resolve()
    for path in paths:
        root = path.resolve()
        if path.is_dir() and (resolved == root or root in resolved.parents):
            raise UsageError(
                "the output folder is inside a corpus folder; factcheck never writes next to its inputs",
                path=out.as_posix(),
                hint="choose an --out-dir outside the corpus",
            )


@contextlib.contextmanager
def _writing(path: Path) -> Iterator[None]:
    """An output file that cannot be written (a full disk, no permission) as one error naming it."""
    try:
        yield
    except OSError as error:
        raise UsageError(
            f"cannot write {path.as_posix()}: {error.strerror or error}",
            hint="free some space or choose another --out-dir",
        ) from None


class _IndexWriter:
    """``index.json``, written entry by entry to a temporary file and renamed when complete."""

    def __init__(self, path: Path):
        self.path = path
        self._temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        self._handle = self._temporary.open("w", encoding="utf-8")
        self._handle.write(
            "{\n"
            f'  "schema_version": {json.dumps(SCHEMA_VERSION)},\n'
            f'  "tool_version": {json.dumps(__version__)},\n'
            '  "stories": ['
        )
        self._count = 0

    def add(self, entry: dict[str, object]) -> None:
        self._handle.write(("," if self._count else "") + "\n    " + json.dumps(entry, ensure_ascii=False))
        self._count += 1

    def finish(self, totals: dict[str, object], diagnostics: list[dict[str, object]]) -> None:
        self._handle.write(("\n  " if self._count else "") + "],\n")
        self._handle.write(f'  "totals": {json.dumps(totals)},\n')
        self._handle.write(f'  "diagnostics": {json.dumps(diagnostics, ensure_ascii=False)}\n')
        self._handle.write("}\n")
        self._handle.close()
        os.replace(self._temporary, self.path)

    def __enter__(self) -> _IndexWriter:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if not self._handle.closed:
            self._handle.close()
        with contextlib.suppress(FileNotFoundError):
            self._temporary.unlink()
