"""--jobs: worker processes give the output of a single process, in input order."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from paths import FIXTURES, SOURCES

from factcheck.errors import ConfigError
from factcheck.read.loaders import load_sources
from factcheck.records import Source
from factcheck.run.tasks import extract_json, report_json, story_built, story_json
from factcheck.run.workers import (
    BIG_STORY_SOURCES,
    ProcessExecutor,
    Runner,
    RunOptions,
    SerialExecutor,
    _run_stories,
    make_executor,
    run_all,
)

CORPUS = FIXTURES / "corpus"


def square_after_delay(number: int) -> int:
    """Later items finish first, so that order can only come from putting results back in place."""
    import time

    time.sleep(0.002 * (20 - number % 20))
    return number * number


def test_process_pool_keeps_input_order() -> None:
    executor = ProcessExecutor(2)
    try:
        assert run_all(executor, square_after_delay, list(range(60))) == [n * n for n in range(60)]
    finally:
        executor.close()


@pytest.mark.parametrize(
    "paths", [[CORPUS / "bus-crash"], [CORPUS], [SOURCES]], ids=["story", "all", "sources"]
)
def test_jobs_2_report_is_identical_to_jobs_1(run_cli, paths: list[Path]) -> None:
    single = run_cli("check", *paths, "--format", "json", "--no-cache", "--jobs", "1")
    double = run_cli("check", *paths, "--format", "json", "--no-cache", "--jobs", "2")
    assert single.exit_code == double.exit_code
    assert single.stdout == double.stdout
    assert '"sources"' in single.stdout


def test_jobs_2_corpus_is_identical_to_jobs_1(run_cli, tmp_path: Path) -> None:
    for jobs in ("1", "2"):
        result = run_cli(
            "corpus", CORPUS, "--out-dir", tmp_path / jobs, "--jobs", jobs, "--no-cache", "--fail-on", "never"
        )
        assert result.exit_code == 0, result.stderr
    single = sorted(p.relative_to(tmp_path / "1") for p in (tmp_path / "1").rglob("*"))
    double = sorted(p.relative_to(tmp_path / "2") for p in (tmp_path / "2").rglob("*"))
    assert single == double
    assert len([p for p in single if p.parent.name == "reports"]) == 3 * 3  # json, html, md
    for relative in single:
        if (tmp_path / "1" / relative).is_file():
            assert (tmp_path / "1" / relative).read_bytes() == (tmp_path / "2" / relative).read_bytes()


def test_cached_parallel_run_matches_plain_run(tmp_path: Path) -> None:
    sources = load_sources([CORPUS / "harbour-quake"]).sources
    store = tmp_path / "claims.sqlite"
    with Runner(RunOptions()) as runner:
        plain = runner.report_jsons([sources])
    for _ in range(2):  # cold, then every source from the cache
        with Runner(RunOptions(jobs=2, cache=store)) as runner:
            assert runner.report_jsons([sources]) == plain


def test_jobs_must_be_positive() -> None:
    with pytest.raises(ConfigError, match="--jobs must be 1 or more"):
        make_executor(RunOptions(jobs=-1))


def test_jobs_0_uses_every_cpu(run_cli) -> None:
    every = run_cli("check", CORPUS / "mayor-vote", "--jobs", "0", "--no-cache")
    single = run_cli("check", CORPUS / "mayor-vote", "--jobs", "1", "--no-cache")
    assert every.exit_code == single.exit_code
    assert every.stdout == single.stdout


def test_extract_with_jobs_2_prints_the_claims_of_jobs_1(run_cli) -> None:
    single = run_cli("extract", CORPUS, "--no-cache", "--jobs", "1")
    double = run_cli("extract", CORPUS, "--no-cache", "--jobs", "2")
    assert single.exit_code == double.exit_code == 0
    assert single.stdout == double.stdout


def _alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie, dead but not yet reaped by whoever adopted it, does not)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            return not any(line.startswith("State:\tZ") for line in status)
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads process states from /proc")
def test_workers_exit_when_their_parent_is_killed() -> None:
    parent_code = (
        "import time\n"
        "from factcheck.run.workers import ProcessExecutor\n"
        "executor = ProcessExecutor(2)\n"
        "executor.submit(time.sleep, [600, 600])\n"
        "time.sleep(0.5)\n"
        "print(*executor._pool._processes, flush=True)\n"
        "time.sleep(600)\n"
    )
    parent = subprocess.Popen([sys.executable, "-c", parent_code], stdout=subprocess.PIPE, text=True)
    try:
        workers = [int(pid) for pid in parent.stdout.readline().split()]
        assert len(workers) == 2 and all(_alive(pid) for pid in workers)
    finally:
        parent.kill()  # SIGKILL: nothing in the parent can shut the pool down
        parent.wait()
    # a generous bound on how long they may take to notice; a leak keeps them for the 600 s sleep
    deadline = time.monotonic() + 60
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in workers)


# --------------------------------------------------------------------------
# One big story: its extraction shared across the workers

OUTLETS = ["Harbour Courier", "Tarrow Ledger", "Kelby Post", "Vessberg Wire"]
REPORT = (
    "{outlet} — A ferry sank off Port Ilari on {weekday}, killing {killed} people and injuring "
    "{injured}, the coastguard said.\n\n"
    "The captain, Dana Quist, {age}, was rescued. It was the {ordinal} ferry disaster in the bay "
    "this year.\n\n"
    "Rescuers searched {distance} km of coast. Source number {number} quoted a survivor.\n"
)


def invented_story(count: int) -> list[Source]:
    """A story of ``count`` reports of one invented ferry disaster, from one template: most agree,
    a few give another toll, age or weekday."""
    sources = []
    for number in range(count):
        text = REPORT.format(
            outlet=OUTLETS[number % len(OUTLETS)],
            weekday="Monday" if number % 37 else "Sunday",
            killed=12 if number % 53 else 14,
            injured=30 + number % 3,
            age=58 if number % 41 else 61,
            ordinal="second" if number % 29 else "third",
            distance=40 + number % 5,
            number=number,
        )
        sources.append(
            Source(
                id=f"report-{number:04d}",
                path=f"story/report-{number:04d}.txt",
                text=text,
                published=dt.date(2024, 3, 5 + number % 3),
                content_hash=hashlib.sha256(text.encode()).hexdigest(),
            )
        )
    return sources


class RecordingExecutor(SerialExecutor):
    """Runs everything here, and notes each batch of tasks: which function, how many items."""

    def __init__(self) -> None:
        self.batches: list[tuple[str, int]] = []

    def submit(self, function, items):  # type: ignore[no-untyped-def]
        self.batches.append((function.__name__, len(items)))
        return super().submit(function, items)


def test_big_story_is_extracted_a_source_a_task_then_compared_once() -> None:
    executor = RecordingExecutor()
    big, small = invented_story(BIG_STORY_SOURCES), invented_story(3)
    tasks = [(small, [None] * 3, [], None, [None] * 3), (big, [None] * len(big), [], None, [None] * len(big))]
    kept: dict[int, list] = {}
    results = _run_stories(executor, tasks, kept.__setitem__)()
    assert executor.batches == [("extract_parts", len(big)), ("story_json", 1), ("story_json", 1)]
    assert [report_json(result[1]) for result in results] == [
        report_json(story_json(task)[1]) for task in tasks
    ]
    # the big story's claims are kept (to be cached) before it is compared, and not sent back with it
    assert list(kept) == [1] and all(blob is not None for blob in kept[1])
    assert results[1][0] == [None] * len(big) and all(blob is not None for blob in results[0][0])


class ArrivingPool(ProcessExecutor):
    """A pool whose results come back one at a time, each noted in ``events`` as it comes (run here,
    in order); a lone task runs here, as a pool's does."""

    def __init__(self, events: list[str]) -> None:
        super().__init__(2)
        self.events = events

    def submit(self, function, items):  # type: ignore[no-untyped-def]
        if self.runs_here(len(items)):
            return super().submit(function, items)

        def arriving():  # type: ignore[no-untyped-def]
            for item in items:
                result = function(item)
                self.events.append("back")
                yield result

        return arriving


class NotedReading:
    """The claim lists' reader, noting in ``events`` each claim list it reads from JSON."""

    def __init__(self, reader, events: list[str]) -> None:  # type: ignore[no-untyped-def]
        self.reader, self.events = reader, events

    def validate_json(self, blob: bytes):  # type: ignore[no-untyped-def]
        self.events.append("read")
        return self.reader.validate_json(blob)

    def dump_json(self, claims):  # type: ignore[no-untyped-def]
        return self.reader.dump_json(claims)


def test_a_big_story_compared_here_has_each_sources_claims_read_as_they_come_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A pool's lone big story is compared in this process: each source's claims are read while the
    workers still extract the others, once, and not again by the comparison after the last is back."""
    import factcheck.run.tasks

    events: list[str] = []
    reader = factcheck.run.tasks._claim_list()
    monkeypatch.setattr(factcheck.run.tasks, "_claim_list", lambda: NotedReading(reader, events))
    big = invented_story(BIG_STORY_SOURCES)
    task = (big, [None] * len(big), [], None, [None] * len(big))
    kept: dict[int, list] = {}
    ((_, report, _, _),) = _run_stories(ArrivingPool(events), [task], kept.__setitem__, story_built)()
    assert events == ["back", "read"] * len(big)
    assert all(blob is not None for blob in kept[0])  # their JSON is still what the cache keeps
    monkeypatch.undo()
    assert report_json(report) == report_json(story_json(task)[1])


def test_story_with_few_sources_to_extract_stays_one_task() -> None:
    executor = RecordingExecutor()
    story = invented_story(BIG_STORY_SOURCES)
    known = [extract_json(source) for source in story[: -BIG_STORY_SOURCES + 1]]
    kept: dict[int, list] = {}
    blobs = known + [None] * (BIG_STORY_SOURCES - 1)
    _run_stories(executor, [(story, blobs, [], None, [None] * len(story))], kept.__setitem__)()
    assert executor.batches == [("extract_parts", 0), ("story_json", 1), ("story_json", 0)]
    assert not kept


def test_big_story_with_jobs_2_is_byte_identical_to_jobs_1(tmp_path: Path) -> None:
    story = invented_story(300)
    with Runner(RunOptions(jobs=1)) as runner:
        single = runner.report_jsons([story])
    store = tmp_path / "claims.sqlite"
    with Runner(RunOptions(jobs=1, cache=store)) as runner:  # a third of the claims cached
        runner.claims(story[::3])
    for _ in range(2):  # two thirds extracted by the workers, then all from the cache
        with Runner(RunOptions(jobs=2, cache=store)) as runner:
            assert runner.report_jsons([story]) == single
    with Runner(RunOptions(jobs=2)) as runner:
        assert runner.report_jsons([story, invented_story(7)]) == single + [
            Runner(RunOptions()).report_jsons([invented_story(7)])[0]
        ]
    assert b'"severity": "error"' in single[0]


def test_big_story_check_with_jobs_2_prints_what_jobs_1_prints(run_cli, tmp_path: Path) -> None:
    for source in invented_story(120):
        (tmp_path / f"{source.id}.md").write_text(
            f"---\npublished: {source.published}\n---\n{source.text}", encoding="utf-8"
        )
    single = run_cli("check", tmp_path, "--format", "json", "--no-cache", "--jobs", "1")
    double = run_cli("check", tmp_path, "--format", "json", "--no-cache", "--jobs", "2")
    assert single.exit_code == double.exit_code == 1
    assert single.stdout == double.stdout


def test_one_small_story_starts_no_workers() -> None:
    with Runner(RunOptions(jobs=2)) as runner:
        runner.report_jsons([invented_story(BIG_STORY_SOURCES - 1)])
        assert isinstance(runner._executor, ProcessExecutor)
        assert runner._executor._pool is None


def test_lookup_tables_are_built_once_before_the_workers_start(tmp_path: Path) -> None:
    """On a first run (no stored tables), with two stories for two workers: one notice per table,
    from the parent, where each worker used to build the tables again."""
    corpus = tmp_path / "corpus"
    for name, story in (("ferry", invented_story(4)), ("bay", invented_story(8)[4:])):
        (corpus / name).mkdir(parents=True)
        for source in story:
            (corpus / name / f"{source.id}.txt").write_text(source.text, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "factcheck", "corpus", str(corpus), "--out-dir", str(tmp_path / "out")]
        + ["--jobs", "2", "--no-cache", "--fail-on", "never"],
        capture_output=True,
        text=True,
        env={**os.environ, "XDG_CACHE_HOME": str(tmp_path / "home")},
    )
    assert done.returncode == 0, done.stderr
    notes = [line for line in done.stderr.splitlines() if "lookup tables" in line]
    assert [note.split()[4] for note in notes] == ["gazetteer", "units"]


def counted_segmentation(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the sources segmented, by extraction and comparison alike."""
    from factcheck.extract import claims as extraction
    from factcheck.read import segment

    segmented: list[str] = []
    real = segment.segment_source

    def counting(source: Source):  # noqa: ANN202
        segmented.append(source.id)
        return real(source)

    monkeypatch.setattr(segment, "segment_source", counting)
    monkeypatch.setattr(extraction, "segment_source", counting)
    return segmented


def test_each_source_is_segmented_once_for_its_claims_and_its_comparison(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A source's sentences are read once where it is extracted, and its comparison is given them
    (and its other parts): the one task that compares a big story reads no source's sentences again."""
    segmented = counted_segmentation(monkeypatch)
    big, small = invented_story(BIG_STORY_SOURCES), invented_story(3)
    tasks = [(small, [None] * 3, [], None, [None] * 3), (big, [None] * len(big), [], None, [None] * len(big))]
    _run_stories(RecordingExecutor(), tasks, lambda index, blobs: None)()
    assert sorted(segmented) == sorted(source.id for source in [*small, *big])


def test_a_comparison_given_the_sources_parts_reports_what_it_reports_reading_them() -> None:
    from factcheck.compare import compare
    from factcheck.compare.parts import source_parts
    from factcheck.extract.claims import canonicalise_claims, claims_of

    story = invented_story(60)
    claims = canonicalise_claims([claim for source in story for claim in claims_of(source)])
    parts = {source.id: source_parts(source) for source in story[::2]}  # some given, the others read
    given = compare(story, claims, None, parts)
    assert given == compare(story, claims)
    assert given.discrepancies
    assert not parts  # taken, to be let go of once read


def test_a_comparison_searches_for_groups_ages_and_records_only_the_sources_that_give_any(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A source's parts say whether its sentences give a group's ages or a team's record at all; the
    comparison searches only those that do (of the invented story's, only the one added here)."""
    from factcheck.compare import compare, groups, standings
    from factcheck.compare.parts import source_parts
    from factcheck.extract.claims import canonicalise_claims, claims_of

    searched: list[tuple[str, str]] = []
    for module, name in ((groups, "group_ages"), (standings, "standings")):
        real = getattr(module, name)

        def counting(source, *rest, real=real, name=name):  # noqa: ANN001, ANN202
            searched.append((name, source.id))
            return real(source, *rest)

        monkeypatch.setattr(module, name, counting)
    story = invented_story(20)
    text = story[0].text + "\nTwo children, ages 3 and 8, were hurt.\n"
    story.append(story[0].model_copy(update={"id": "report-9999", "text": text}))
    claims = canonicalise_claims([claim for source in story for claim in claims_of(source)])
    given = compare(story, claims, None, {source.id: source_parts(source) for source in story})
    assert searched == [("group_ages", "report-9999")]
    assert compare(story, claims) == given


def test_small_stories_are_sent_largest_first_and_reported_in_input_order() -> None:
    sent: list[int] = []

    class Sizes(SerialExecutor):
        def submit(self, function, items):  # type: ignore[no-untyped-def]
            if function is story_json:
                sent.extend(len(task[0]) for task in items)
            return super().submit(function, items)

    stories = [invented_story(size) for size in (3, 7, 5, 7)]
    tasks = [(story, [None] * len(story), [], None, [None] * len(story)) for story in stories]
    results = _run_stories(Sizes(), tasks, lambda index, blobs: None)()
    assert sent == [7, 7, 5, 3]
    assert [report_json(result[1]) for result in results] == [
        report_json(story_json(task)[1]) for task in tasks
    ]


def test_whether_a_report_tells_of_someone_hurt_is_read_with_its_parts_not_again_by_the_frame(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from factcheck.compare import compare, frame
    from factcheck.compare.parts import source_parts
    from factcheck.extract.claims import canonicalise_claims, claims_of

    story = invented_story(20)
    claims = canonicalise_claims([claim for source in story for claim in claims_of(source)])
    parts = {source.id: source_parts(source) for source in story}
    assert [parts[source.id].frame.hurt for source in story] == [
        frame.tells_someone_hurt(source.text) for source in story
    ]
    read_again: list[str] = []
    monkeypatch.setattr(frame, "tells_someone_hurt", lambda text: read_again.append(text) or False)
    compare(story, claims, None, parts)
    assert read_again == []


def test_which_sentences_may_tell_of_someone_hurt_is_read_with_the_parts_not_again_by_the_frame(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from factcheck.compare import compare, readings
    from factcheck.compare.parts import source_parts
    from factcheck.extract.claims import canonicalise_claims, claims_of

    story = invented_story(20)
    text = story[0].text + "\nOne woman suffered minor injuries.\n"
    story.append(story[0].model_copy(update={"id": "report-9999", "text": text}))
    claims = canonicalise_claims([claim for source in story for claim in claims_of(source)])
    read_here = compare(story, claims)
    parts = {source.id: source_parts(source) for source in story}
    assert parts["report-9999"].frame.hurt_worded  # the added sentence has a word the patterns need
    real = readings.hurt_worded
    monkeypatch.setattr(readings, "hurt_worded", lambda segments: pytest.fail("searched again"))
    assert compare(story, claims, None, parts) == read_here
    monkeypatch.setattr(readings, "hurt_worded", real)
    assert any(claim.id.startswith("report-9999:lead:hurt") for claim in read_here.readings)
