"""Running the pipeline on many sources: the claim cache, a process pool or a Dask cluster.

The stages that cost are shipped as plain functions of records
(:mod:`factcheck.run.tasks`), one task per story (:func:`story_json`): the
extraction of the story's sources that the cache does not hold, then their
comparison; a story whose report the cache already holds (same sources,
options and code) is not sent at all. A big story (:data:`BIG_STORY_SOURCES`
sources or more to extract) is shared instead: its sources are extracted one
task each (:func:`extract_parts`: the claims, and what the comparison reads
of that source alone), in chunks across the workers, and then compared in
one task.

Tasks return JSON bytes, the form the cache stores and the report is written
in, so that what comes back from a worker is exactly what a local run makes; a
corpus's tasks render the story's pages too (:func:`story_paged`), from the
report as built.
A story's report compared in this process stays the record it was built as
(:class:`BuiltReport`) until its JSON is asked for: checking one story needs
neither.
Results are always put back in input order: the output of ``--jobs 4`` or of
a cluster is byte-identical to that of ``--jobs 1``.

``RunOptions.scheduler`` (``--scheduler tcp://HOST:PORT`` or
``$FACTCHECK_SCHEDULER``) sends the tasks to an existing Dask distributed
cluster; Dask is the optional extra ``factcheck[dask]`` and is imported only
then. The cluster's workers need factcheck installed (same version).
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import re
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from factcheck.errors import ConfigError
from factcheck.records import Claim, Diagnostic, Report, Source, values_shared
from factcheck.run.pieces import json_pieces
from factcheck.run.tasks import (
    BuiltReport,
    StoryResult,
    StoryTask,
    _cached_claims,
    _claim_list,
    _HandedOver,
    extract_json,
    extract_parts,
    read_back,
    story_built,
    story_json,
    story_paged,
)

if TYPE_CHECKING:
    from factcheck.compare import CompareOptions
    from factcheck.compare.parts import SourceParts

DASK_CONNECT_TIMEOUT_SECONDS = 20
# A story with this many sources to extract has them extracted across the workers, a task each, and
# is compared afterwards; a smaller one stays one task. Fifty sources are a third of a second or more
# of extraction (about 6 ms a source of 3 KB), a hundred times what shipping them and their claims
# between processes costs; below it, a story is work enough for one worker, and a corpus's stories
# keep every worker busy on their own.
BIG_STORY_SOURCES = 50
# how often a worker process looks whether its parent is still there
PARENT_CHECK_SECONDS = 0.5
# What a scheduler address must look like before Dask is asked to reach it: Dask takes a bare
# word for a host name and retries its lookup until the timeout, so a typo would hang the run.
_SCHEDULER_ADDRESS = re.compile(
    r"(?:(?:tcp|tls|ws|wss|ucx)://)?(?:[A-Za-z0-9._-]+|\[[0-9A-Fa-f:.]+\]):\d{1,5}"
)

Item = TypeVar("Item")
Result = TypeVar("Result")


@dataclass(frozen=True)
class RunOptions:
    """How to run: ``jobs`` worker processes (1 runs in this process), the claim
    cache file (``None``: no cache), a Dask scheduler address (overrides ``jobs``)."""

    jobs: int = 1
    cache: Path | None = None
    scheduler: str | None = None


@dataclass(frozen=True)
class KnownStory:
    """A story whose files are as in an earlier run: that run's report and what loading it gave."""

    report: bytes
    summary: dict[str, Any]
    sources: int
    text_bytes: int
    diagnostics: list[Diagnostic]


@dataclass
class RunStats:
    """What a run did, for the summary line and the benchmarks."""

    sources: int = 0
    text_bytes: int = 0
    cache_hits: int = 0
    extracted: int = 0
    stories: int = 0
    claims: int = 0
    comparisons: int = 0


def _die_with_parent(parent: int) -> None:
    """In a worker: exit as soon as the parent is gone. A parent killed outright (SIGKILL, the
    out-of-memory killer) cannot shut its pool down, and forked workers would otherwise wait for
    tasks forever: each holds a copy of the task queue's writing end, so they never see it close."""
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="factcheck-parent-watch", daemon=True).start()


def _prepare_parent() -> None:
    """In the parent, before forking workers: import what the tasks run (extraction and comparison)
    and open the lookup tables, building them if this is the first run (with its one-line notice), so
    that every worker starts with all of it instead of importing and building it on its own."""
    import factcheck.compare  # noqa: F401
    from factcheck.extract.claims import load_lookup_tables

    load_lookup_tables()


def _apply_to_chunk(function: Callable[[Any], Any], chunk: Sequence[Any]) -> list[Any]:
    return [function(item) for item in chunk]


# --------------------------------------------------------------------------
# Executors: an ordered map, in this process, a process pool or on a cluster


class Executor(Protocol):
    # whether the tasks run on this machine, where the sources' files are (a story's pages read them)
    local: bool

    def submit(
        self, function: Callable[[Item], Result], items: Sequence[Item]
    ) -> Callable[[], Iterable[Result]]:
        """Start ``function`` on every item; the returned call gives the results, in input order (a
        process pool's each as soon as it is done, after those before it)."""
        ...

    def close(self) -> None: ...


def run_all(executor: Executor, function: Callable[[Item], Result], items: Sequence[Item]) -> list[Result]:
    """``function`` of every item on ``executor``, in input order."""
    return list(executor.submit(function, items)())


class SerialExecutor:
    """Everything in this process, when the results are asked for."""

    local = True

    def submit(self, function: Callable[[Item], Result], items: Sequence[Item]) -> Callable[[], list[Result]]:
        return lambda: [function(item) for item in items]

    def close(self) -> None:
        pass


class ProcessExecutor:
    """A pool of ``jobs`` processes, started when there are first two tasks or more to share, and
    kept for the rest of the run.

    A run with a single task (one small story: ``check sources/ --jobs 2``) runs it in this process
    and never starts the pool. Before the pool starts, this process imports extraction and
    comparison and opens the lookup tables (:func:`_prepare_parent`): the workers are forked with
    them, so that each neither imports them again nor builds the tables on a first run.
    """

    local = True

    def __init__(self, jobs: int):
        self.jobs = jobs
        self._pool: Any = None

    def _started(self) -> Any:
        if self._pool is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            _prepare_parent()
            # fork where it exists (the workers start with what the parent has imported), else the default
            forking = "fork" in multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context("fork" if forking else None)
            self._pool = ProcessPoolExecutor(
                max_workers=self.jobs,
                mp_context=context,
                initializer=_die_with_parent,
                initargs=(os.getpid(),),
            )
        return self._pool

    def runs_here(self, tasks: int) -> bool:
        """Whether ``tasks`` submitted together run in this process: a lone one does."""
        return tasks <= 1

    def submit(
        self, function: Callable[[Item], Result], items: Sequence[Item]
    ) -> Callable[[], Iterable[Result]]:
        if self.runs_here(len(items)):
            return lambda: [function(item) for item in items]
        # many chunks per worker: the last chunk must not idle the other workers long (a window holds
        # about a hundred stories, a task each), and yet few round trips for thousands of small tasks
        chunk = max(1, len(items) // (self.jobs * 32))
        results = self._started().map(function, items, chunksize=chunk)
        return lambda: results

    def close(self) -> None:
        if self._pool is not None:
            # on an error, tasks still queued are not worth finishing
            self._pool.shutdown(cancel_futures=True)
            self._pool = None


class DaskExecutor:
    """Tasks on an existing Dask distributed cluster, in chunks, gathered in order."""

    local = False

    def __init__(self, address: str):
        check_scheduler_address(address)
        try:
            from distributed import Client
        except ImportError:
            raise ConfigError(
                f"--scheduler {address} needs Dask distributed, which is not installed",
                hint="pip install 'factcheck[dask]'",
            ) from None
        try:
            self._client = Client(address, timeout=DASK_CONNECT_TIMEOUT_SECONDS, set_as_default=False)
        except Exception as error:  # Dask raises many kinds; to the user each is this one problem
            raise ConfigError(
                f"cannot reach the Dask scheduler at {address}: {' '.join(str(error).split())}",
                hint="start one with `dask scheduler` and `dask worker ADDRESS`, or check the address",
            ) from None

    def submit(self, function: Callable[[Item], Result], items: Sequence[Item]) -> Callable[[], list[Result]]:
        if not items:
            return list
        workers = max(1, len(self._client.scheduler_info().get("workers", {})))
        size = max(1, math.ceil(len(items) / (workers * 4)))
        chunks = [list(items[start : start + size]) for start in range(0, len(items), size)]
        futures = self._client.map(_apply_to_chunk, [function] * len(chunks), chunks, pure=False)
        return lambda: [result for chunk in self._client.gather(futures) for result in chunk]

    def close(self) -> None:
        self._client.close()


def check_scheduler_address(address: str) -> None:
    """Refuse a scheduler address that is not ``[tcp://]HOST:PORT`` before anything waits on it."""
    match = _SCHEDULER_ADDRESS.fullmatch(address)
    if match is None or not 0 < int(address.rsplit(":", 1)[1]) < 65536:
        raise ConfigError(
            f"--scheduler {address!r} is not a scheduler address",
            hint="give tcp://HOST:PORT, e.g. tcp://127.0.0.1:8786",
        )


def make_executor(options: RunOptions) -> Executor:
    if options.scheduler:
        return DaskExecutor(options.scheduler)
    if options.jobs < 1:
        raise ConfigError(f"--jobs must be 1 or more, not {options.jobs}", hint="give --jobs 1, 2, ...")
    if options.jobs == 1:
        return SerialExecutor()
    return ProcessExecutor(options.jobs)


def default_jobs() -> int:
    """The number of CPUs this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


# --------------------------------------------------------------------------
# A run


@dataclass
class Runner:
    """Extracts (through the cache) and compares, on the executor the options ask for.

    Use as a context manager: it holds the worker pool or cluster client and
    the cache connection for the whole run. ``warn`` gets one-line warnings
    (an untrustworthy cache file). A cache that cannot be used at all (a
    read-only or full disk, a lock held past the timeout) is warned about and
    the run goes on without it: the cache only ever saves time.
    """

    options: RunOptions = field(default_factory=RunOptions)
    warn: Callable[[str], None] | None = None
    stats: RunStats = field(default_factory=RunStats)

    def __post_init__(self) -> None:
        self._executor = make_executor(self.options)
        self._cache: Any = None
        if self.options.cache is not None:
            from factcheck.run.cache import ClaimCache

            self._cache = self._using_cache(
                lambda: ClaimCache(self.options.cache, warn=self._warn), opening=True
            )

    def __enter__(self) -> Runner:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._executor.close()
        if self._cache is not None:
            self._cache.close()

    @property
    def caching(self) -> bool:
        """Whether the run has a usable cache."""
        return self._cache is not None

    def _warn(self, message: str) -> None:
        if self.warn is not None:
            self.warn(message)
        else:
            from factcheck.run.cache import CacheWarning

            warnings.warn(message, CacheWarning, stacklevel=3)

    def _using_cache(self, operation: Callable[[], Result], *, opening: bool = False) -> Result | None:
        """``operation()``, or None (and no cache from now on) when the cache file cannot be used
        (nor is run once the cache was given up: a full disk, say, in the middle of the run)."""
        import sqlite3

        if self._cache is None and not opening:
            return None
        try:
            return operation()
        except (OSError, sqlite3.Error) as error:
            from factcheck.errors import warning_text
            from factcheck.run.cache import CACHE_UNUSABLE

            self._warn(
                warning_text(
                    str(self.options.cache),
                    CACHE_UNUSABLE,
                    f"cannot use the claim cache ({error}); going on without it",
                )
            )
            if self._cache is not None:
                with contextlib.suppress(sqlite3.Error):
                    self._cache.close()
            self._cache = None
            return None

    def _source_keys(self, sources: Sequence[Source]) -> list[str]:
        if self._cache is None:
            return [""] * len(sources)
        from factcheck.run.cache import cache_key

        return [cache_key(source) for source in sources]

    def _count_sources(self, sources: Sequence[Source]) -> None:
        self.stats.sources += len(sources)
        self.stats.text_bytes += sum(len(source.text.encode("utf-8")) for source in sources)

    def claims_json(self, sources: Sequence[Source], keys: Sequence[str] | None = None) -> list[bytes]:
        """The claims of each source (JSON of a claim list), from the cache or extracted;
        ``keys`` are the sources' cache keys when the caller has them."""
        keys = self._source_keys(sources) if keys is None else keys
        found: dict[str, bytes] = {}
        if self._cache is not None:
            found = self._using_cache(lambda: self._cache.get_many(sorted(set(keys)))) or {}
        missing = [index for index, key in enumerate(keys) if key not in found]
        extracted = run_all(self._executor, extract_json, [sources[index] for index in missing])
        self.stats.extracted += len(missing)
        if self._cache is not None:
            fresh = [(keys[i], sources[i].id, blob) for i, blob in zip(missing, extracted, strict=True)]
            self._using_cache(lambda: self._cache.put_many(fresh))
        results = [found.get(key, b"") for key in keys]
        for index, blob in zip(missing, extracted, strict=True):
            results[index] = blob
        return results

    def known_stories(
        self, fingerprints: Sequence[str], compare_options: CompareOptions | None = None
    ) -> dict[str, KnownStory]:
        """The stories, by the fingerprint of their files, that an earlier run loaded from the same
        files and whose report for these comparison options the cache still holds."""
        if self._cache is None or not fingerprints:
            return {}
        from factcheck.run.cache import remembered_story, story_key

        stories = self._using_cache(lambda: self._cache.get_stories(sorted(set(fingerprints)))) or {}
        loaded: dict[str, dict[str, Any]] = {}
        problems: dict[str, list[Diagnostic]] = {}
        for files, outcome in stories.items():
            remembered = remembered_story(outcome)
            if remembered is not None:  # a damaged row is a miss: the story is read again
                loaded[files], problems[files] = remembered
        report_keys = {
            files: story_key(
                outcome["source_keys"], outcome["source_paths"], problems[files], compare_options
            )
            for files, outcome in loaded.items()
        }
        reports = self._using_cache(lambda: self._cache.get_reports(sorted(set(report_keys.values())))) or {}
        known = {}
        for files, outcome in loaded.items():
            if report_keys[files] in reports:
                report, summary = reports[report_keys[files]]
                known[files] = KnownStory(
                    report,
                    json.loads(summary),
                    len(outcome["source_keys"]),
                    outcome["text_bytes"],
                    problems[files],
                )
        return known

    def reuse(self, story: KnownStory) -> None:
        """Count a known story in the run's statistics, as if it had been loaded and looked up."""
        self.stats.sources += story.sources
        self.stats.text_bytes += story.text_bytes
        self.stats.cache_hits = self.stats.sources - self.stats.extracted
        self.stats.stories += 1
        self.stats.claims += story.summary["claims"]
        self.stats.comparisons += story.summary["comparisons"]

    def story_results(
        self,
        stories: Sequence[Sequence[Source]],
        diagnostics: Sequence[Sequence[Diagnostic]] | None = None,
        compare_options: CompareOptions | None = None,
        files: Sequence[str | None] | None = None,
    ) -> list[tuple[bytes, dict[str, Any], dict[str, bytes] | None]]:
        """The JSON report and summary (see :func:`story_report_json`) of each story, in input order,
        and no pages (see :meth:`start_stories`).

        A story whose sources, input problems, comparison options and code are
        all as in an earlier run gets that run's report from the cache, without
        its claims being read or compared again. ``files`` are the fingerprints
        of the stories' files (None where there is none): the cache remembers
        what each story's files gave, for :meth:`known_stories`.
        """
        return self.start_stories(stories, diagnostics, compare_options, files)()

    def start_stories(
        self,
        stories: Sequence[Sequence[Source]],
        diagnostics: Sequence[Sequence[Diagnostic]] | None = None,
        compare_options: CompareOptions | None = None,
        files: Sequence[str | None] | None = None,
        *,
        pages: bool = False,
    ) -> Callable[[], list[tuple[bytes, dict[str, Any], dict[str, bytes] | None]]]:
        """:meth:`story_results`, started: the stories go to the workers now, and the returned call
        waits for their results (meanwhile the caller may load the next stories). ``pages``: each
        story compared on this machine comes with its pages too (:func:`~factcheck.run.tasks.story_paged`);
        one whose report the cache held, or compared on a cluster, with None."""
        paged = pages and self._executor.local
        return self._start_stories(
            stories, diagnostics, compare_options, files, story_paged if paged else story_json
        )

    def _start_stories(
        self,
        stories: Sequence[Sequence[Source]],
        diagnostics: Sequence[Sequence[Diagnostic]] | None = None,
        compare_options: CompareOptions | None = None,
        files: Sequence[str | None] | None = None,
        work: Callable[[StoryTask], StoryResult] = story_json,
    ) -> Callable[[], list[tuple[bytes | BuiltReport, dict[str, Any], dict[str, bytes] | None]]]:
        """:meth:`start_stories`, each story compared by ``work``; :func:`story_built` keeps the reports
        of the stories compared in this process as built (:class:`BuiltReport`), not as JSON. Only
        one story's is ever kept so: a corpus window's stories as records would all be held until
        the last is done."""
        ordered = [sorted(story, key=lambda source: source.id) for story in stories]
        problems = diagnostics if diagnostics is not None else [()] * len(stories)
        flat = [source for story in ordered for source in story]
        self._count_sources(flat)
        keys = self._source_keys(flat)
        offsets = [0]
        for story in ordered:
            offsets.append(offsets[-1] + len(story))
        story_keys = [""] * len(ordered)
        done: dict[str, tuple[bytes, str]] = {}
        if self._cache is not None:
            from factcheck.run.cache import story_key

            for index, story_problems in enumerate(problems):
                source_keys = keys[offsets[index] : offsets[index + 1]]
                paths = [source.path for source in ordered[index]]
                story_keys[index] = story_key(source_keys, paths, story_problems, compare_options)
            done = self._using_cache(lambda: self._cache.get_reports(sorted(set(story_keys)))) or {}
        todo = [index for index, key in enumerate(story_keys) if key not in done]
        found: dict[str, bytes] = {}
        if self._cache is not None:
            todo_keys = sorted({keys[i] for index in todo for i in range(offsets[index], offsets[index + 1])})
            found = self._using_cache(lambda: self._cache.get_many(todo_keys)) or {}
        tasks = [
            (
                ordered[index],
                [found.get(keys[i]) for i in range(offsets[index], offsets[index + 1])],
                problems[index],
                compare_options,
                [None] * len(ordered[index]),
            )
            for index in todo
        ]

        def keep(task: int, blobs: list[bytes | None]) -> None:
            first, story = offsets[todo[task]], ordered[todo[task]]
            self._keep_claims(
                [(keys[first + i], story[i].id, b) for i, b in enumerate(blobs) if b is not None]
            )

        collect = _run_stories(self._executor, tasks, keep, work)
        return lambda: self._finish_stories(
            ordered, problems, keys, offsets, story_keys, done, todo, collect(), files
        )

    def _finish_stories(
        self,
        ordered: list[list[Source]],
        problems: Sequence[Sequence[Diagnostic]],
        keys: list[str],
        offsets: list[int],
        story_keys: list[str],
        done: dict[str, tuple[bytes, str]],
        todo: list[int],
        computed: list[StoryResult],
        files: Sequence[str | None] | None,
    ) -> list[tuple[bytes | BuiltReport, dict[str, Any], dict[str, bytes] | None]]:
        """Cache what the workers made, and put every story's report and summary in input order."""
        self._keep_claims(
            [
                (keys[offsets[index] + position], ordered[index][position].id, blob)
                for index, (extracted, _, _, _) in zip(todo, computed, strict=True)
                for position, blob in enumerate(extracted)
                if blob is not None
            ]
        )
        if self._cache is not None:
            # one report's JSON at a time, a built one in pieces: the cache keeps it only compressed
            fresh_reports = (
                (
                    story_keys[index],
                    json_pieces(report.report) if isinstance(report, BuiltReport) else report,
                    json.dumps(summary, sort_keys=True),
                )
                for index, (_, report, summary, _) in zip(todo, computed, strict=True)
            )
            self._using_cache(lambda: self._cache.put_reports(fresh_reports))
        results: list[tuple[bytes | BuiltReport, dict[str, Any], dict[str, bytes] | None]] = [
            (report, json.loads(summary), None)
            for report, summary in (done.get(key, (b"", "{}")) for key in story_keys)
        ]
        for index, (_, report, summary, pages) in zip(todo, computed, strict=True):
            results[index] = (report, summary, pages)
        if self._cache is not None and files is not None:
            remembered = [
                (
                    fingerprint,
                    json.dumps(
                        {
                            "source_keys": keys[offsets[index] : offsets[index + 1]],
                            "source_paths": [source.path for source in ordered[index]],
                            "text_bytes": sum(len(source.text.encode("utf-8")) for source in ordered[index]),
                            "diagnostics": [d.model_dump(mode="json") for d in problems[index]],
                        },
                        sort_keys=True,
                    ),
                )
                for index, fingerprint in enumerate(files)
                if fingerprint is not None
            ]
            self._using_cache(lambda: self._cache.put_stories(remembered))
        self.stats.stories += len(ordered)
        self.stats.claims += sum(summary["claims"] for _, summary, _ in results)
        # the comparisons the reports rest on, made now or by the run that cached them: a warm run's
        # totals are those of a cold one
        self.stats.comparisons += sum(summary["comparisons"] for _, summary, _ in results)
        self.stats.cache_hits = self.stats.sources - self.stats.extracted
        return results

    def _keep_claims(self, fresh: list[tuple[str, str, bytes]]) -> None:
        """Count and cache ``(source key, source id, claims' JSON)`` of sources extracted in this run."""
        self.stats.extracted += len(fresh)
        if self._cache is not None:
            self._using_cache(lambda: self._cache.put_many(fresh))

    def report_jsons(
        self,
        stories: Sequence[Sequence[Source]],
        diagnostics: Sequence[Sequence[Diagnostic]] | None = None,
        compare_options: CompareOptions | None = None,
    ) -> list[bytes]:
        """The JSON report of each story (its sources sorted by id, with the input problems
        met loading it), in input order."""
        return [report for report, _, _ in self.story_results(stories, diagnostics, compare_options)]

    def report(self, sources: Sequence[Source], compare_options: CompareOptions | None = None) -> Report:
        """The report of one story."""
        ((report, _, _),) = self._start_stories([sources], None, compare_options, work=story_built)()
        return report.report if isinstance(report, BuiltReport) else Report.model_validate_json(report)

    def claims(self, sources: Sequence[Source]) -> list[Claim]:
        """Every claim of ``sources`` (sorted by id), in text order within each source."""
        ordered = sorted(sources, key=lambda source: source.id)
        self._count_sources(ordered)
        claims = []
        keys = self._source_keys(ordered)
        for source, key, blob in zip(ordered, keys, self.claims_json(ordered, keys), strict=True):
            cached = _cached_claims(blob)
            if cached is None:  # a damaged cache row: extracted again, and stored over it
                blob = extract_json(source)
                self._using_cache(lambda k=key, s=source, b=blob: self._cache.put_many([(k, s.id, b)]))
                cached = _claim_list().validate_json(blob)
            claims += cached
        self.stats.claims += len(claims)
        self.stats.cache_hits = self.stats.sources - self.stats.extracted
        return claims


def _run_stories(
    executor: Executor,
    tasks: Sequence[StoryTask],
    keep: Callable[[int, list[bytes | None]], None],
    work: Callable[[StoryTask], StoryResult] = story_json,
) -> Callable[[], list[StoryResult]]:
    """``work`` (:func:`story_json`, :func:`story_paged` or :func:`story_built`) of every task on
    ``executor``, started now; the returned call waits for the results, in task order.

    A big story (:data:`BIG_STORY_SOURCES` sources or more to extract) is not one task: its sources
    go to the workers one task each, in chunks, first (they are the longest work of the run), then
    the small stories, the largest first; when its claims are back, they go to ``keep(task index, claims' JSON of each
    source, None where it was given)`` (to be cached now) and not in its result, and it is compared
    in one task with them all given. A process pool's lone big story is compared in this process,
    which reads each source's claims back as they come (:func:`~factcheck.run.tasks.read_back`):
    otherwise it would wait for the workers, then read them all while they wait for it.
    """
    big = [index for index, task in enumerate(tasks) if sum(b is None for b in task[1]) >= BIG_STORY_SOURCES]
    # the largest stories first (their results are put back in task order): the last tasks of a run
    # are then the shortest, and no worker is left with a long one while the others have none
    small = sorted(set(range(len(tasks))) - set(big), key=lambda index: (-len(tasks[index][0]), index))
    lacking = [
        source for index in big for source, blob in zip(*tasks[index][:2], strict=True) if blob is None
    ]
    extracting = executor.submit(extract_parts, lacking)
    collect_small = executor.submit(work, [tasks[index] for index in small])

    def handed_over(index: int, made: Iterator[tuple[bytes, bytes | list[Claim], SourceParts]]) -> StoryTask:
        sources, known, problems, options, _ = tasks[index]
        extracted = [next(made) if blob is None else None for blob in known]
        keep(index, [each[0] if each else None for each in extracted])
        return (
            sources,
            _HandedOver([each[1] if each else old for each, old in zip(extracted, known, strict=True)]),
            problems,
            options,
            _HandedOver([each[2] if each else None for each in extracted]),
        )

    def collect() -> list[StoryResult]:
        extracted = extracting()
        # compared here while the workers extract: each source's claims are read as they come back
        reading = isinstance(executor, ProcessExecutor) and executor.runs_here(len(big))
        made = read_back(extracted) if reading else ((blob, blob, parts) for blob, parts in extracted)
        with values_shared():  # alike values read back are one record, as those the comparison reads
            whole = [handed_over(index, made) for index in big]
        del made, extracted  # the claims (their JSON, or read back) are the comparison task's alone now
        compared = executor.submit(work, whole)
        results: list[StoryResult | None] = [None] * len(tasks)
        for index, result in zip(small, collect_small(), strict=True):
            results[index] = result
        for index, result in zip(big, compared(), strict=True):
            results[index] = result  # what it extracted again (a cached row found damaged) is fresh too
        return [result for result in results if result is not None]

    return collect
