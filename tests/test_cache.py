"""The claim cache: hits, misses on change, extractor versions, untrustworthy files, shared use."""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from paths import FIXTURES

from factcheck import compare as comparison
from factcheck.errors import ForeignCacheError
from factcheck.extract import claims as extraction
from factcheck.read.loaders import load_sources
from factcheck.records import Source
from factcheck.run import cache as cache_module
from factcheck.run.cache import (
    APPLICATION_ID,
    ClaimCache,
    cache_key,
    default_cache_path,
    extraction_fingerprint,
)
from factcheck.run.workers import Runner, RunOptions

STORY = FIXTURES / "corpus" / "bus-crash"
# the story's reports give its driver two ages: the gate fails, and these tests are about the cache
GATE_OFF = ("--fail-on", "never")


def make_source(text: str, **fields: object) -> Source:
    return Source(
        id=str(fields.pop("id", "a")),
        path="a.txt",
        text=text,
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        **fields,
    )


@pytest.fixture
def counted_extraction(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the sources actually extracted (runs in this process: ``--jobs 1``)."""
    extracted: list[str] = []
    real = extraction.claims_of

    def counting(source: Source, segments=None):  # noqa: ANN001
        extracted.append(source.id)
        return real(source, segments)

    monkeypatch.setattr(extraction, "claims_of", counting)
    return extracted


def copy_story(tmp_path: Path) -> Path:
    story = tmp_path / "story"
    shutil.copytree(STORY, story)
    return story


def report_json(story: Path, cache: Path | None) -> str:
    sources = load_sources([story]).sources
    with Runner(RunOptions(cache=cache)) as runner:
        return runner.report_jsons([sources])[0].decode()


def test_second_run_extracts_nothing(tmp_path: Path, counted_extraction: list[str]) -> None:
    story, store = copy_story(tmp_path), tmp_path / "claims.sqlite"
    first = report_json(story, store)
    assert sorted(counted_extraction) == ["daily-ledger", "valley-courier"]
    counted_extraction.clear()
    second = report_json(story, store)
    assert counted_extraction == []
    assert second == first == report_json(story, None)


def test_changed_source_is_extracted_alone(tmp_path: Path, counted_extraction: list[str]) -> None:
    story, store = copy_story(tmp_path), tmp_path / "claims.sqlite"
    report_json(story, store)
    counted_extraction.clear()
    changed = story / "daily-ledger.md"
    changed.write_text(changed.read_text().replace("29 people", "31 people"))
    report_json(story, store)
    assert counted_extraction == ["daily-ledger"]


def test_publication_date_is_part_of_the_key() -> None:
    text = "The bridge reopened on Friday."
    assert cache_key(make_source(text, published="2024-01-05")) != cache_key(
        make_source(text, published="2024-01-12")
    )
    assert cache_key(make_source(text)) == cache_key(make_source(text).model_copy(update={"path": "b/a.txt"}))


def test_new_extractor_version_misses(
    tmp_path: Path, counted_extraction: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    story, store = copy_story(tmp_path), tmp_path / "claims.sqlite"
    report_json(story, store)
    counted_extraction.clear()
    monkeypatch.setattr(cache_module, "extractor_version", lambda: "9.9.9+feedfacefeedface")
    report_json(story, store)
    assert sorted(counted_extraction) == ["daily-ledger", "valley-courier"]
    with ClaimCache(store) as claims:
        info = claims.info()
    assert (info.entries, info.current_entries) == (4, 2)


def test_fingerprint_follows_extraction_code_only(tmp_path: Path) -> None:
    package = tmp_path / "factcheck"
    for name in ("extract/dates.py", "segment.py", "cli/check.py", "formats/html.py", "data/places.tsv"):
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text(f"# {name}\n")
    before = extraction_fingerprint(package, "1.0")
    (package / "cli" / "check.py").write_text("# another CLI\n")
    (package / "formats" / "html.py").write_text("# another renderer\n")
    assert extraction_fingerprint(package, "1.0") == before
    (package / "extract" / "dates.py").write_text("# another date rule\n")
    after_code = extraction_fingerprint(package, "1.0")
    assert after_code != before
    (package / "data" / "places.tsv").write_text("Salonika\tThessaloniki\n")
    assert extraction_fingerprint(package, "1.0") != after_code
    assert extraction_fingerprint(package, "1.1") != extraction_fingerprint(package, "1.0")
    assert extraction_fingerprint(package, "1.0", [("pint", "0.25")]) != extraction_fingerprint(
        package, "1.0"
    )


def test_cache_location_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("FACTCHECK_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_path() == tmp_path / "xdg" / "factcheck" / "claims.sqlite"
    monkeypatch.setenv("FACTCHECK_CACHE", str(tmp_path / "mine.sqlite"))
    assert default_cache_path() == tmp_path / "mine.sqlite"


def write_garbage(path: Path) -> None:
    path.write_bytes(b"this is not a database\n" * 50)


def write_foreign_sqlite(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE invoices (number INTEGER, total REAL)")
    connection.execute("INSERT INTO invoices VALUES (1, 99.5)")
    connection.commit()
    connection.close()


def write_other_schema(path: Path) -> None:
    with ClaimCache(path):
        pass
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 99")
    connection.close()


def write_truncated(path: Path) -> None:
    with ClaimCache(path) as claims:
        claims.put_many([(f"k{i}", "a", b"[]" * 500) for i in range(200)])
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    data = path.read_bytes()
    path.write_bytes(data[:100] + b"\xff" * (len(data) - 100))


@pytest.mark.parametrize(
    ("spoil", "reason"),
    [
        (write_other_schema, "cache schema 99"),
        (write_truncated, "damaged"),
    ],
)
def test_an_untrustworthy_cache_of_ours_is_reported_and_rebuilt(tmp_path: Path, spoil, reason: str) -> None:
    store = tmp_path / "claims.sqlite"
    spoil(store)
    spoiled = store.read_bytes()
    warnings: list[str] = []
    source = make_source("A bridge collapsed.")
    with ClaimCache(store, warn=warnings.append) as claims:
        assert claims.get_many([cache_key(source)]) == {}
        claims.put_many([(cache_key(source), source.id, b"[]")])
        assert claims.get_many([cache_key(source)]) == {cache_key(source): b"[]"}
    assert len(warnings) == 1
    assert str(store) in warnings[0] and reason in warnings[0]
    assert Path(f"{store}.invalid").read_bytes() == spoiled
    connection = sqlite3.connect(store)
    assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    connection.close()


def write_article(path: Path) -> None:
    path.write_text("A bridge collapsed on Monday, the mayor said.\n", encoding="utf-8")


@pytest.mark.parametrize(
    ("spoil", "reason"),
    [
        (write_article, "not an SQLite file"),
        (write_garbage, "not an SQLite file"),
        (write_foreign_sqlite, "another program"),
    ],
)
def test_a_file_factcheck_did_not_write_is_never_replaced(
    tmp_path: Path, run_cli, spoil, reason: str
) -> None:
    store = tmp_path / "mine.txt"
    spoil(store)
    before = store.read_bytes()
    with pytest.raises(ForeignCacheError, match=reason):
        ClaimCache(store)
    result = run_cli("check", STORY, *GATE_OFF, "--cache", store)
    assert result.exit_code == 2 and result.stderr.count("factcheck: error") == 1 and reason in result.stderr
    assert store.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.txt"]  # no .invalid, no .lock


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_special_file_as_cache_is_refused_without_being_opened(tmp_path: Path, run_cli, kind: str) -> None:
    if kind == "fifo":
        store = tmp_path / "pipe"
        os.mkfifo(store)  # opening it to read would wait for a writer forever
    else:
        store = Path(os.devnull)
    result = run_cli("check", STORY, *GATE_OFF, "--cache", store)
    assert result.exit_code == 2 and "not a regular file" in result.stderr


def test_cli_warns_about_a_damaged_cache_and_still_reports(tmp_path: Path, run_cli) -> None:
    store = tmp_path / "claims.sqlite"
    write_truncated(store)
    spoiled = run_cli("check", STORY, *GATE_OFF, "--format", "json", "--cache", store)
    clean = run_cli("check", STORY, *GATE_OFF, "--format", "json", "--no-cache")
    assert spoiled.exit_code == 0
    assert spoiled.stdout == clean.stdout
    assert f"warning: {store}: W701 not a valid factcheck cache" in spoiled.stderr


def test_no_cache_touches_no_file(tmp_path: Path, run_cli) -> None:
    store = tmp_path / "claims.sqlite"
    assert run_cli("check", STORY, *GATE_OFF, "--no-cache").exit_code == 0
    assert not store.exists()
    result = run_cli("check", STORY, *GATE_OFF, "--no-cache", "--cache", store)
    assert result.exit_code == 2
    assert "--cache and --no-cache" in result.stderr


def test_cache_info_and_clear(tmp_path: Path, run_cli) -> None:
    store = tmp_path / "claims.sqlite"
    assert run_cli("check", STORY, *GATE_OFF, "--cache", store).exit_code == 0
    info = run_cli("cache", "info", "--cache", store)
    assert "entries: 2 (2 for this extractor)" in info.stdout and "story reports: 1" in info.stdout
    cleared = run_cli("cache", "clear", "--cache", store)
    assert cleared.stdout.startswith("removed 2 entries")
    assert "entries: 0 (0" in run_cli("cache", "info", "--cache", store).stdout


def test_default_cache_is_used_without_flags(run_cli, private_claim_cache: Path) -> None:
    assert run_cli("check", STORY, *GATE_OFF).exit_code == 0
    with ClaimCache(private_claim_cache) as claims:
        assert claims.info().entries == 2


def write_entries(path: str, writer: int, rounds: int) -> None:
    with ClaimCache(path) as claims:
        for number in range(rounds):
            shared = f"shared-{number}"
            own = f"writer{writer}-{number}"
            claims.put_many([(shared, "s", json.dumps([writer]).encode()), (own, "o", b"[]")])
            assert shared in claims.get_many([shared])


def test_two_processes_write_one_cache(tmp_path: Path) -> None:
    store = str(tmp_path / "claims.sqlite")
    context = multiprocessing.get_context("spawn")
    writers = [context.Process(target=write_entries, args=(store, writer, 150)) for writer in (1, 2)]
    for process in writers:
        process.start()
    for process in writers:
        process.join(timeout=120)
        assert process.exitcode == 0
    connection = sqlite3.connect(store)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert connection.execute("SELECT count(*) FROM claims").fetchone()[0] == 450
    connection.close()


def test_two_cli_runs_share_a_cache(tmp_path: Path, run_cli) -> None:
    store = tmp_path / "claims.sqlite"
    corpus = FIXTURES / "corpus"
    command = [
        sys.executable,
        "-m",
        "factcheck",
        "corpus",
        str(corpus),
        "--cache",
        str(store),
        "--fail-on",
        "never",
    ]
    runs = [subprocess.Popen([*command, "--out-dir", str(tmp_path / f"out{n}")]) for n in (1, 2)]
    assert [run.wait(timeout=300) for run in runs] == [0, 0]
    plain = run_cli("corpus", corpus, "--out-dir", tmp_path / "plain", "--no-cache", "--fail-on", "never")
    assert plain.exit_code == 0
    for out in ("out1", "out2"):
        for report in sorted((tmp_path / "plain" / "reports").iterdir()):
            assert (tmp_path / out / "reports" / report.name).read_bytes() == report.read_bytes()
    with ClaimCache(store) as claims:
        assert claims.info().entries == 6


def test_a_story_checked_by_another_path_names_its_sources_by_that_path(
    tmp_path: Path, run_cli, monkeypatch
) -> None:
    store = tmp_path / "claims.sqlite"
    story = tmp_path / "story"
    story.mkdir()
    for name in ("a", "b"):
        (story / f"{name}.md").write_text(
            "---\npublished: 2024-09-14\n---\nA fire at the Tamsin works killed 3 people on Friday.\n",
            encoding="utf-8",
        )
    by_absolute = run_cli("check", story, "--cache", store, "--format", "json", "--exit-zero")
    monkeypatch.chdir(tmp_path)
    by_relative = run_cli("check", "story", "--cache", store, "--format", "json", "--exit-zero")
    uncached = run_cli("check", "story", "--no-cache", "--format", "json", "--exit-zero")
    paths = [source["path"] for source in json.loads(by_relative.stdout)["sources"]]
    assert paths == ["story/a.md", "story/b.md"]
    assert by_relative.stdout == uncached.stdout
    assert [s["path"] for s in json.loads(by_absolute.stdout)["sources"]] == [
        (story / "a.md").as_posix(),
        (story / "b.md").as_posix(),
    ]


def test_unusable_cache_location_is_warned_and_the_run_goes_on(tmp_path: Path, run_cli) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be\n")
    store = blocker / "claims.sqlite"
    result = run_cli("check", STORY, *GATE_OFF, "--format", "json", "--cache", store)
    assert result.exit_code == 0
    assert f"warning: {store}: W702 cannot use the claim cache" in result.stderr
    assert result.stdout == run_cli("check", STORY, *GATE_OFF, "--format", "json", "--no-cache").stdout


def test_unchanged_story_is_neither_extracted_nor_compared_again(tmp_path: Path, monkeypatch) -> None:
    from factcheck.compare import CompareOptions

    compared: list[int] = []
    real = comparison.report_of

    def counting(*args, **kwargs):
        compared.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(comparison, "report_of", counting)
    sources = load_sources([STORY]).sources
    store = tmp_path / "claims.sqlite"
    with Runner(RunOptions(cache=store)) as runner:
        first = runner.report_jsons([sources])
    with Runner(RunOptions(cache=store)) as runner:
        assert runner.report_jsons([sources]) == first
        assert (runner.stats.extracted, runner.stats.cache_hits) == (0, 2)
    assert compared == [1]
    with Runner(RunOptions(cache=store)) as runner:
        runner.report_jsons([sources], None, CompareOptions(disabled_rules=frozenset({"FC301"})))
    assert compared == [1, 1], "other comparison options need another report"
    monkeypatch.setattr(cache_module, "report_version", lambda: "new comparison code")
    with Runner(RunOptions(cache=store)) as runner:
        assert runner.report_jsons([sources]) == first
        assert runner.stats.extracted == 0
    assert compared == [1, 1, 1], "new comparison code needs another report, from the cached claims"


def test_prune_keeps_only_what_this_version_can_use(
    tmp_path: Path, run_cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "claims.sqlite"
    assert run_cli("check", STORY, *GATE_OFF, "--cache", store).exit_code == 0
    monkeypatch.setattr(cache_module, "extractor_version", lambda: "9.9.9+feedfacefeedface")
    monkeypatch.setattr(cache_module, "report_version", lambda: "9.9.9+feedfacefeedface")
    assert run_cli("check", STORY, *GATE_OFF, "--cache", store).exit_code == 0
    assert run_cli("cache", "prune", "--cache", store).stdout.startswith("removed 3 stale entries")
    with ClaimCache(store) as claims:
        info = claims.info()
    assert (info.entries, info.current_entries, info.reports) == (2, 2, 1)


def test_a_disk_that_fills_mid_run_is_a_warning_and_the_run_goes_on(
    tmp_path: Path, run_cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "claims.sqlite"
    calls = []

    def full(self, items) -> None:
        calls.append(1)
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(ClaimCache, "put_many", full)
    corpus = FIXTURES / "corpus"
    result = run_cli("corpus", corpus, "--out-dir", tmp_path / "out", "--cache", store, "--fail-on", "never")
    run_cli("corpus", corpus, "--out-dir", tmp_path / "plain", "--no-cache", "--fail-on", "never")
    assert result.exit_code == 0 and len(calls) == 1  # given up after the first failure
    assert result.stderr.count("cannot use the claim cache (database or disk is full)") == 1
    for report in sorted((tmp_path / "plain" / "reports").iterdir()):
        assert (tmp_path / "out" / "reports" / report.name).read_bytes() == report.read_bytes()
    assert (tmp_path / "out" / "index.json").exists()


@pytest.mark.parametrize(
    ("table", "column", "damage"),
    [
        ("claims", "claims", b'[{"kind": "count", "oops'),
        ("claims", "claims", b"[" * 5000),
        ("reports", "report", b'{"schema_version": "1", "sources": []}'),
        ("reports", "summary", "not json"),
        ("stories", "loaded", '{"source_keys": 3}'),
    ],
)
def test_damaged_cache_rows_are_misses_and_never_trusted(
    tmp_path: Path, run_cli, table: str, column: str, damage
) -> None:
    store = tmp_path / "claims.sqlite"
    corpus = FIXTURES / "corpus"
    first = run_cli("corpus", corpus, "--out-dir", tmp_path / "cold", "--cache", store, "--fail-on", "never")
    assert first.exit_code == 0
    connection = sqlite3.connect(store)
    assert connection.execute(f"UPDATE {table} SET {column} = ?", (damage,)).rowcount > 0
    connection.commit()
    connection.close()
    warm = run_cli("corpus", corpus, "--out-dir", tmp_path / "warm", "--cache", store, "--fail-on", "never")
    assert warm.exit_code == 0 and "Traceback" not in warm.stderr
    for name in sorted(p.name for p in (tmp_path / "cold" / "reports").iterdir()):
        assert (tmp_path / "warm" / "reports" / name).read_bytes() == (
            tmp_path / "cold" / "reports" / name
        ).read_bytes()
    assert (tmp_path / "warm" / "index.json").read_bytes() == (tmp_path / "cold" / "index.json").read_bytes()
    checked = run_cli("check", STORY, *GATE_OFF, "--format", "json", "--cache", store)
    assert checked.stdout == run_cli("check", STORY, *GATE_OFF, "--format", "json", "--no-cache").stdout
    extracted = run_cli("extract", STORY, "--cache", store)
    assert extracted.stdout == run_cli("extract", STORY, "--no-cache").stdout


def test_a_report_is_stored_compressed_and_one_stored_whole_before_is_a_miss(tmp_path: Path) -> None:
    report = b'{\n  "claims": [\n' + b'    {"quote": "Nine people died."},\n' * 2_000 + b"  ]\n}"
    made = []

    def one_at_a_time():  # the cache takes each report as it comes, and keeps it only compressed
        for number in range(2):
            made.append(number)
            yield f"story-{number}", report, json.dumps({"claims": number})

    with cache_module.ClaimCache(tmp_path / "c.sqlite") as store:
        store.put_reports(one_at_a_time())
        assert made == [0, 1]
        assert store.get_reports(["story-0", "story-1"]) == {
            "story-0": (report, '{"claims": 0}'),
            "story-1": (report, '{"claims": 1}'),
        }
    with sqlite3.connect(tmp_path / "c.sqlite") as connection:
        (stored,) = connection.execute("SELECT report FROM reports WHERE key = 'story-0'").fetchone()
        assert len(stored) * 20 < len(report)
        # a row as the cache wrote it before (the JSON itself, sealed with its checksum)
        whole = json.dumps({"claims": 0, "report_sha256": hashlib.sha256(report).hexdigest()}, sort_keys=True)
        connection.execute(
            "UPDATE reports SET report = ?, summary = ? WHERE key = 'story-0'", (report, whole)
        )
    with cache_module.ClaimCache(tmp_path / "c.sqlite") as store:
        assert list(store.get_reports(["story-0", "story-1"])) == ["story-1"]


def test_a_report_is_compressed_into_one_buffer_not_pieces_joined(tmp_path: Path) -> None:
    """The compressed pieces of a report were kept in a list and joined: the compressed report twice
    over while SQLite copied it twice more (a report of 5,000 sources is 4-7 MB compressed)."""
    import random
    import tracemalloc

    generator = random.Random(14)  # letters that barely compress: the compressed report is ~2 MB
    pieces = [
        bytes(generator.choices(b"abcdefghijklmnopqrstuvwxyz0123456789", k=1_000)) for _ in range(2_600)
    ]
    with cache_module.ClaimCache(tmp_path / "c.sqlite") as store:
        tracemalloc.start()
        try:
            store.put_reports([("story", iter(pieces), json.dumps({"claims": 1}))])
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        ((stored, _),) = store.get_reports(["story"]).values()
    assert stored == b"".join(pieces)
    with sqlite3.connect(tmp_path / "c.sqlite") as connection:
        (compressed,) = connection.execute("SELECT length(report) FROM reports").fetchone()
    assert compressed > 1_500_000 and peak < 1.5 * compressed


def test_the_heaps_freed_memory_is_given_back_before_a_report_is_stored(tmp_path: Path, monkeypatch) -> None:
    """Comparing a big story leaves tens of MB freed in holes of the C heap: the compressed report and
    SQLite's copies of its row grew the heap past the run's peak unless that memory went back first."""
    cache_module._give_back_freed_memory()  # wherever it runs: glibc's malloc_trim, or nothing
    done = []
    monkeypatch.setattr(cache_module, "_give_back_freed_memory", lambda: done.append("given back"))

    def report():
        done.append("compressed")
        yield b"{}"

    with cache_module.ClaimCache(tmp_path / "c.sqlite") as store:
        store.put_reports([("story", report(), json.dumps({"claims": 0}))])
    assert done == ["given back", "compressed"]


def test_a_report_built_here_keeps_no_json_of_itself() -> None:
    from factcheck.run.tasks import BuiltReport

    assert BuiltReport.__slots__ == ("report",)  # its JSON (80 MB for 5,000 sources) is made and let go of
