"""Derived lookup tables: built once, then read from the stored copy."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factcheck.extract.stored_tables import EAGER_SIZE, StoredMapping, StoredSet, stored_tables

BIG = EAGER_SIZE + 10


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "factcheck"


def counting_builder(calls: list[int]):
    def build() -> dict:
        calls.append(1)
        return {
            "cities": {f"city{i}": (f"City {i}", i) for i in range(BIG)},
            "codes": {"UK": ("United Kingdom", 0)},
            "names": frozenset(f"name{i}" for i in range(BIG)),
            "titles": frozenset({"president", "minister"}),
        }

    return build


def open_tables(calls: list[int], fingerprint: str = "v1") -> dict:
    return stored_tables("test", fingerprint, counting_builder(calls), list, tuple)


def test_tables_are_built_once_then_read(cache_home: Path) -> None:
    calls: list[int] = []
    built = open_tables(calls)
    stored = open_tables(calls)
    assert calls == [1]
    assert isinstance(stored["cities"], StoredMapping) and isinstance(stored["names"], StoredSet)
    assert stored["cities"].get("city7") == ("City 7", 7) == built["cities"]["city7"]
    assert stored["cities"].get("nowhere") is None and "nowhere" not in stored["cities"]
    with pytest.raises(KeyError):
        stored["cities"]["nowhere"]
    assert len(stored["cities"]) == BIG and sorted(stored["cities"])[:2] == ["city0", "city1"]
    assert "name3" in stored["names"] and "name" not in stored["names"] and 3 not in stored["names"]
    assert stored["codes"] == {"UK": ("United Kingdom", 0)}
    assert stored["titles"] | {"gen"} == {"president", "minister", "gen"}


def test_a_key_a_stored_table_lacks_is_looked_up_once(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.extract import stored_tables as module

    open_tables([])
    cities = open_tables([])["cities"]  # read from the stored copy
    assert isinstance(cities, StoredMapping)
    queries: list[tuple] = []
    query = module._Store.query
    monkeypatch.setattr(
        module._Store, "query", lambda self, *args: queries.append(args) or query(self, *args)
    )
    for _ in range(3):
        assert cities.get("nowhere") is None and "nowhere" not in cities
        assert cities.get("city7") == ("City 7", 7)
    assert len(queries) == 2  # one for the missing key, one for the other
    with pytest.raises(KeyError):
        cities["nowhere"]


def test_new_fingerprint_builds_again(cache_home: Path) -> None:
    calls: list[int] = []
    open_tables(calls, "v1")
    open_tables(calls, "v2")
    assert calls == [1, 1]
    assert len(list(cache_home.glob("test-*.sqlite"))) == 2
    open_tables(calls, "v1")
    assert calls == [1, 1], "each version reads its own file"


def test_damaged_file_is_rebuilt(cache_home: Path) -> None:
    calls: list[int] = []
    open_tables(calls)
    (stored,) = cache_home.glob("test-*.sqlite")
    stored.write_bytes(b"not a database" * 100)
    tables = open_tables(calls)
    assert calls == [1, 1]
    assert tables["cities"]["city1"] == ("City 1", 1)
    open_tables(calls)
    assert calls == [1, 1]


def test_unwritable_cache_folder_builds_in_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder\n")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    calls: list[int] = []
    assert open_tables(calls)["cities"]["city2"] == ("City 2", 2)
    assert open_tables(calls)["names"] == frozenset(f"name{i}" for i in range(BIG))
    assert calls == [1, 1]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_forked_child_looks_up_on_its_own_connection(cache_home: Path) -> None:
    calls: list[int] = []
    open_tables(calls)
    tables = open_tables(calls)
    assert "city5" in tables["cities"]
    pid = os.fork()
    if pid == 0:
        os._exit(0 if tables["cities"]["city9"] == ("City 9", 9) and "name8" in tables["names"] else 1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert tables["cities"]["city4"] == ("City 4", 4)


def test_the_first_build_is_announced_and_later_reads_are_not(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.extract import stored_tables as module

    told: list[tuple[str, Path]] = []
    monkeypatch.setattr(module, "on_build", lambda name, path: told.append((name, path)))
    for _ in range(2):
        stored_tables("gazette", "v1", counting_builder([]), list, tuple)
    assert [(name, path.parent) for name, path in told] == [("gazette", cache_home)]


def test_the_cli_prints_the_first_build_notice_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import click
    from click.testing import CliRunner

    from factcheck.cli.running import _building_tables

    @click.command()
    def announce() -> None:
        _building_tables("gazetteer", Path("/cache/factcheck/gazetteer-0.sqlite"))
        _building_tables("gazetteer", Path("/cache/factcheck/gazetteer-0.sqlite"))

    result = CliRunner().invoke(announce)
    assert result.stderr == (
        "factcheck: note: building the gazetteer lookup tables (the first run only, a few seconds); "
        "kept in /cache/factcheck\n"
    )
