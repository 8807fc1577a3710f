"""Corpus mode: one report per story plus an index, streamed story by story."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from paths import FIXTURES

from factcheck.errors import BadRecordError, InputError, UsageError
from factcheck.read.loaders import LoadOptions, load_sources
from factcheck.run import corpus as corpus_module
from factcheck.run.corpus import check_corpus, report_file_name
from factcheck.run.workers import Runner, RunOptions

CORPUS = FIXTURES / "corpus"
STORIES = ["bus-crash", "harbour-quake", "mayor-vote"]


def jsonl_corpus(path: Path) -> Path:
    """The fixture stories as one JSON Lines file, their records interleaved."""
    records = []
    for story in STORIES:
        for number, source in enumerate(load_sources([CORPUS / story]).sources):
            record = {"story": story, "text": source.text, "id": source.id}
            if source.published is not None:
                record["published"] = source.published.isoformat()
            records.append((number, story, record))
    records.sort(key=lambda item: (item[0], item[1]))
    path.write_text("".join(json.dumps(record) + "\n" for _, _, record in records), encoding="utf-8")
    return path


def read_index(out: Path) -> dict:
    return json.loads((out / "index.json").read_text(encoding="utf-8"))


def test_folder_corpus_writes_one_report_per_story_and_an_index(run_cli, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_cli("corpus", CORPUS, "--out-dir", out, "--no-cache", "--fail-on", "never")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("3 stories, 6 sources, ")
    index = read_index(out)
    assert [entry["story"] for entry in index["stories"]] == STORIES
    assert sorted(p.name for p in (out / "reports").iterdir()) == [
        f"{story}.{extension}" for story in STORIES for extension in ("html", "json", "md")
    ]
    for entry in index["stories"]:
        report = json.loads((out / entry["report"]).read_text(encoding="utf-8"))
        expected_dir = (CORPUS / entry["story"]).as_posix()
        assert [source["path"].rsplit("/", 1)[0] for source in report["sources"]] == [expected_dir] * 2
        assert entry["sources"] == 2
        assert entry["discrepancies"] == len(report["discrepancies"])
    assert index["totals"]["stories"] == 3 and index["totals"]["sources"] == 6


def test_story_report_equals_check_of_that_story(run_cli, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run_cli("corpus", CORPUS, "--out-dir", out, "--no-cache", "--fail-on", "never").exit_code == 0
    single = run_cli("check", CORPUS / "harbour-quake", "--format", "json", "--no-cache")
    assert json.loads((out / "reports" / "harbour-quake.json").read_text()) == json.loads(single.stdout)


def test_jsonl_corpus_groups_interleaved_records_by_story(tmp_path: Path) -> None:
    corpus = jsonl_corpus(tmp_path / "day.jsonl")
    out = tmp_path / "out"
    result = check_corpus([corpus], out)
    assert result.stories == 3 and result.stats.sources == 6
    for story in STORIES:
        report = json.loads((out / "reports" / f"{story}.json").read_text())
        expected = sorted(source.id for source in load_sources([CORPUS / story]).sources)
        assert [source["id"] for source in report["sources"]] == expected
        assert {source["story"] for source in report["sources"]} == {story}


def test_jsonl_default_ids_name_the_line(tmp_path: Path) -> None:
    corpus = tmp_path / "day.jsonl"
    corpus.write_text(
        '{"story": "b", "text": "The dam burst on Monday."}\n'
        "\n"
        '{"story": "a", "text": "Five people were rescued."}\n'
        '{"story": "b", "text": "The dam gave way on Tuesday."}\n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    check_corpus([corpus], out)
    ids = {
        story: [
            source["id"] for source in json.loads((out / "reports" / f"{story}.json").read_text())["sources"]
        ]
        for story in ("a", "b")
    }
    assert ids == {"a": ["day#3"], "b": ["day#1", "day#4"]}


def test_record_without_story_is_an_error_naming_the_line(run_cli, tmp_path: Path) -> None:
    corpus = tmp_path / "day.jsonl"
    corpus.write_text('{"story": "a", "text": "One."}\n{"text": "Two."}\n', encoding="utf-8")
    result = run_cli("corpus", corpus, "--out-dir", tmp_path / "out", "--no-cache")
    assert result.exit_code == 2
    assert f"{corpus.as_posix()}:2: E109" in result.stderr and '"story"' in result.stderr
    kept = run_cli("corpus", corpus, "--out-dir", tmp_path / "out", "--no-cache", "--keep-going")
    assert kept.exit_code == 0
    assert "warning" in kept.stderr and read_index(tmp_path / "out")["totals"]["stories"] == 1


def test_loose_files_are_skipped_with_a_warning(run_cli, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "stray.txt").write_text("A fire broke out on Sunday.\n")
    result = run_cli("corpus", corpus, "--out-dir", tmp_path / "out", "--no-cache", "--fail-on", "never")
    assert result.exit_code == 0
    assert "stray.txt: W601" in result.stderr
    assert read_index(tmp_path / "out")["diagnostics"][0]["code"] == "W601"


def test_story_without_sources_stops_the_run_unless_keep_going(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "empty-story").mkdir()
    (corpus / "empty-story" / "notes.csv").write_text("a,b\n")
    with pytest.raises(InputError):
        check_corpus([corpus], tmp_path / "out")
    result = check_corpus([corpus], tmp_path / "out", LoadOptions(keep_going=True))
    assert (result.stories, result.skipped) == (3, 1)
    assert "empty-story" in read_index(tmp_path / "out")["diagnostics"][0]["message"]


def test_output_inside_the_corpus_is_refused(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    with pytest.raises(UsageError, match="inside a corpus folder"):
        check_corpus([corpus], corpus / "reports")
    assert not (corpus / "reports").exists()


def test_a_story_name_used_twice_is_an_error(tmp_path: Path) -> None:
    corpus = tmp_path / "day.jsonl"
    corpus.write_text('{"story": "bus-crash", "text": "A bus crashed."}\n', encoding="utf-8")
    with pytest.raises(InputError, match="'bus-crash' is also in"):
        check_corpus([CORPUS, corpus], tmp_path / "out")


def test_report_names_are_safe_and_distinct() -> None:
    names = ["bus-crash", "../etc/passwd", "Quake / Ilari", "Quake | Ilari", ".hidden", "x" * 300]
    files = [report_file_name(name) for name in names]
    assert files[0] == "bus-crash.json"
    assert len(set(files)) == len(files)
    for file in files:
        assert "/" not in file and not file.startswith(".") and len(file) < 120


def _stories_started_at_once(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A list that fills with the number of stories each window hands the runner."""
    loaded_at_once: list[int] = []
    real = Runner.start_stories

    def recording(self, stories, *args, **kwargs):
        loaded_at_once.append(len(stories))
        return real(self, stories, *args, **kwargs)

    monkeypatch.setattr(Runner, "start_stories", recording)
    return loaded_at_once


def test_stories_stream_through_in_windows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corpus_module, "WINDOW_SOURCES_PER_JOB", 2)
    loaded_at_once = _stories_started_at_once(monkeypatch)
    run = RunOptions(cache=tmp_path / "cache.sqlite")
    check_corpus([CORPUS], tmp_path / "out", run=run)
    assert loaded_at_once == [1, 1, 1]
    # A re-run reads nothing, and still writes a window at a time: stories taken from the cache
    # hold their reports until written.
    loaded_at_once.clear()
    check_corpus([CORPUS], tmp_path / "out", run=run)
    assert loaded_at_once == [0, 0, 0]


def test_the_first_window_is_smaller_so_that_the_workers_start_sooner(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(corpus_module, "WINDOW_SOURCES_PER_JOB", 8)  # every story has two sources
    monkeypatch.setattr(corpus_module, "FIRST_WINDOW_SHARE", 4)
    loaded_at_once = _stories_started_at_once(monkeypatch)
    check_corpus([CORPUS], tmp_path / "out")
    assert loaded_at_once == [1, 2]


def test_no_temporary_files_are_left(tmp_path: Path) -> None:
    out = tmp_path / "out"
    check_corpus([CORPUS], out)
    check_corpus([CORPUS], out)
    assert sorted(p.name for p in out.rglob("*")) == sorted(
        [
            "index.html",
            "index.json",
            "reports",
            *(f"{story}.{extension}" for story in STORIES for extension in ("html", "json", "md")),
        ]
    )


def test_bad_jsonl_line_is_reported(tmp_path: Path) -> None:
    corpus = tmp_path / "day.jsonl"
    corpus.write_text('{"story": "a", "text": "One."}\n{"story": \n', encoding="utf-8")
    with pytest.raises(BadRecordError, match="not valid JSON"):
        check_corpus([corpus], tmp_path / "out")


def test_exit_code_follows_the_gate_over_all_stories(run_cli, tmp_path: Path) -> None:
    gated = run_cli("corpus", CORPUS, "--out-dir", tmp_path / "gated", "--no-cache", "--fail-on", "warning")
    totals = read_index(tmp_path / "gated")["totals"]["by_severity"]
    assert gated.exit_code == (1 if totals["error"] + totals["warning"] else 0)
    never = run_cli("corpus", CORPUS, "--out-dir", tmp_path / "never", "--no-cache", "--fail-on", "never")
    assert never.exit_code == 0


def test_configuration_disables_rules_in_every_story(run_cli, tmp_path: Path) -> None:
    plain = run_cli("corpus", CORPUS, "--out-dir", tmp_path / "plain", "--no-cache", "--fail-on", "never")
    assert plain.exit_code == 0
    codes = sorted(
        {
            finding["code"]
            for story in STORIES
            for finding in json.loads((tmp_path / "plain" / "reports" / f"{story}.json").read_text())[
                "discrepancies"
            ]
        }
    )
    assert codes, "the fixture stories hold conflicts (two ages of the mayor-elect, at least)"
    config = tmp_path / "factcheck.toml"
    config.write_text(f"disable = {json.dumps(codes)}\n", encoding="utf-8")
    quiet = run_cli(
        "corpus",
        CORPUS,
        "--out-dir",
        tmp_path / "quiet",
        "--no-cache",
        "--config",
        config,
        "--fail-on",
        "info",
    )
    assert quiet.exit_code == 0, quiet.stderr
    assert read_index(tmp_path / "quiet")["totals"]["discrepancies"] == 0


def test_a_rerun_rewrites_only_the_reports_that_changed(tmp_path: Path) -> None:
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    shutil.copytree(CORPUS, corpus)
    check_corpus([corpus], out)
    before = {story: (out / "reports" / f"{story}.json").stat().st_ino for story in STORIES}
    changed = corpus / "mayor-vote" / "metro-news.md"
    changed.write_text(changed.read_text().replace("turnout was 41%", "turnout was 39%"))
    check_corpus([corpus], out)
    after = {story: (out / "reports" / f"{story}.json").stat().st_ino for story in STORIES}
    assert [story for story in STORIES if before[story] != after[story]] == ["mayor-vote"]


def test_a_rerun_reads_only_the_stories_whose_files_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, out, cache = tmp_path / "corpus", tmp_path / "out", tmp_path / "cache.sqlite"
    shutil.copytree(CORPUS, corpus)
    run = RunOptions(cache=cache)
    check_corpus([corpus], out, run=run)
    first = {story: (out / "reports" / f"{story}.json").read_bytes() for story in STORIES}
    first_index = read_index(out)
    read: list[str] = []
    real_load = corpus_module.load_sources
    monkeypatch.setattr(
        corpus_module,
        "load_sources",
        lambda paths, options: read.append(Path(paths[0]).name) or real_load(paths, options),
    )
    again = check_corpus([corpus], out, run=run)
    assert read == []
    assert again.stats.sources == again.stats.cache_hits == 6  # the six files of the three stories
    assert {story: (out / "reports" / f"{story}.json").read_bytes() for story in STORIES} == first
    # the same index, but that this run compared nothing
    assert json.dumps(read_index(out)["stories"]) == json.dumps(first_index["stories"])
    changed = corpus / "mayor-vote" / "metro-news.md"
    changed.write_text(changed.read_text().replace("turnout was 41%", "turnout was 39%"))
    check_corpus([corpus], out, run=run)
    assert read == ["mayor-vote"]
    assert (out / "reports" / "mayor-vote.json").read_bytes() != first["mayor-vote"]


def test_a_story_taken_from_the_cache_reports_its_input_problems_again(tmp_path: Path) -> None:
    corpus, cache = tmp_path / "corpus", tmp_path / "cache.sqlite"
    (corpus / "ferry").mkdir(parents=True)
    (corpus / "ferry" / "old.txt").write_bytes("The ferry “Aurora” sank on Monday.".encode("cp1252"))
    runs = [
        check_corpus([corpus], tmp_path / f"out{n}", LoadOptions(keep_going=True), RunOptions(cache=cache))
        for n in (1, 2)
    ]
    # the legacy encoding and the missing date, cold and warm alike
    assert [[d.code for d in run.diagnostics] for run in runs] == [["W108", "W109"], ["W108", "W109"]]
    assert read_index(tmp_path / "out1")["diagnostics"] == read_index(tmp_path / "out2")["diagnostics"]


def test_index_replaces_the_old_one_by_a_rename_never_by_writing_into_it(tmp_path: Path) -> None:
    # A reader holding the old index (here: a hard link to it) keeps it whole: a direct write into
    # the file would change what the link shows.
    out = tmp_path / "out"
    out.mkdir()
    (out / "index.json").write_text('{"old": true}\n', encoding="utf-8")
    os.link(out / "index.json", tmp_path / "reader.json")
    check_corpus([CORPUS], out)
    assert (tmp_path / "reader.json").read_text(encoding="utf-8") == '{"old": true}\n'
    assert [entry["story"] for entry in read_index(out)["stories"]] == STORIES


def test_hostile_jsonl_lines_are_warnings_with_keep_going(run_cli, tmp_path: Path) -> None:
    corpus = tmp_path / "day.jsonl"
    lines = [
        '{"story": "a", "text": ' + "[" * 20_000 + "]" * 20_000 + "}",
        '{"story": "a", "n": ' + "1" * 5_000 + "}",
        '{"story": "a", "text": "\\ud800"}',
        '{"story": "b", "text": "Two boats sank."}',
    ]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    stopped = run_cli("corpus", corpus, "--out-dir", tmp_path / "stopped", "--no-cache")
    assert stopped.exit_code == 2 and stopped.stderr.count("factcheck: error") == 1
    result = run_cli("corpus", corpus, "--out-dir", tmp_path / "out", "--no-cache", "--keep-going")
    assert result.exit_code == 0
    assert [line.split(": E109")[0] for line in result.stderr.splitlines() if "E109" in line] == [
        f"factcheck: warning: {corpus.as_posix()}:{n}" for n in (1, 2, 3)
    ]
    assert read_index(tmp_path / "out")["totals"]["stories"] == 1


def test_index_is_identical_between_a_cold_and_a_warm_run(run_cli, tmp_path: Path) -> None:
    store = tmp_path / "claims.sqlite"
    for run in ("cold", "warm"):
        result = run_cli(
            "corpus", CORPUS, "--out-dir", tmp_path / run, "--cache", store, "--fail-on", "never"
        )
        assert result.exit_code == 0
    cold, warm = read_index(tmp_path / "cold"), read_index(tmp_path / "warm")
    assert cold["totals"]["comparisons"] > 0
    assert warm == cold


def test_an_endless_line_is_refused_by_its_size_and_the_next_records_still_load(
    run_cli, tmp_path: Path
) -> None:
    corpus = tmp_path / "day.jsonl"
    with corpus.open("w", encoding="utf-8") as handle:
        handle.write('{"story": "a", "text": "' + "Nine people died. " * 200_000 + '"}\n')
        handle.write('{"story": "b", "text": "Two boats sank on Monday."}\n')
        handle.write('{"story": "b", "text": "Three boats sank on Monday."}\n')
    result = run_cli(
        "corpus", corpus, "--out-dir", tmp_path / "out", "--no-cache", "--keep-going", "--max-bytes", "10000"
    )
    assert result.exit_code in (0, 1)
    assert f"{corpus.as_posix()}:1: E107" in result.stderr
    index = read_index(tmp_path / "out")
    assert [(s["story"], s["sources"]) for s in index["stories"]] == [("b", 2)]


def test_a_pipe_as_a_corpus_is_refused_without_reading(run_cli, tmp_path: Path) -> None:
    pipe = tmp_path / "day.jsonl"
    os.mkfifo(pipe)
    result = run_cli("corpus", pipe, "--out-dir", tmp_path / "out", "--no-cache")
    assert result.exit_code == 2 and "not a regular file" in result.stderr


def test_a_run_removes_the_temporary_files_of_a_killed_run_and_keeps_a_live_ones(tmp_path: Path) -> None:
    import subprocess
    import sys

    out = tmp_path / "out"
    (out / "reports").mkdir(parents=True)
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    gone = int(dead.stdout)  # a process that ran and is over: its id names no process now
    stale = [out / f".index.json.{gone}.tmp", out / "reports" / f".bus-crash.json.{gone}.tmp"]
    live = out / "reports" / f".other.json.{os.getppid()}.tmp"  # a running process's: left alone
    foreign = out / f".notes.txt.{gone}.tmp"  # not a file a corpus run writes in the out folder
    for path in (*stale, live, foreign):
        path.write_text("half", encoding="utf-8")
    check_corpus([CORPUS], out)
    assert not any(path.exists() for path in stale)
    assert live.exists() and foreign.exists()


def test_a_full_disk_under_the_out_dir_is_one_line_naming_the_file(
    run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from factcheck.report import output

    def full(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(corpus_module, "write_atomic", full)
    result = run_cli("corpus", CORPUS, "--out-dir", tmp_path / "out", "--no-cache")
    assert result.exit_code == 2 and result.stderr.count("factcheck: error") == 1
    assert "reports/bus-crash.json: No space left on device" in result.stderr
    assert not any(p.name.endswith(".tmp") for p in (tmp_path / "out").rglob("*"))
    assert output.write_atomic is not full  # only the corpus's writer was made to fail
