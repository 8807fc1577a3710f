"""The incremental cache: the extracted claims of each source, in one SQLite file.

Extraction is the expensive stage and a pure function of the source, so its
result is stored under a key that changes whenever the result could:

- the source: the sha256 of its text and every metadata field but ``path``
  (the publication date anchors relative times; the id names the claims);
- the extractor: :func:`extractor_version`, the package version plus a hash
  of every module that can change what extraction returns (everything in the
  package but the folders of the stages after it: compare/, report/,
  formats/, run/ and cli/, which extraction cannot import), plus the
  versions of the installed runtime dependencies. Editing the extractor, the
  reader, the segmenter or the records invalidates the cache on its own.

A second run over an unchanged corpus extracts nothing; a changed source is
re-extracted alone.

The report of each story is cached too, under a key made of its sources'
keys, the input problems met loading them, the comparison's options and
:func:`report_version` (the comparison, rules and records): an unchanged
story is neither compared nor rendered again. Reports are stored compressed
(zlib of their JSON).

In corpus mode a story is not even read when its files are as before: the
``stories`` table keeps, under a fingerprint of the story's files (path,
size, modification time in nanoseconds and inode of each, as ``make`` and
``git`` judge a file unchanged) and of the loading options, what loading it
gave: its sources' keys, their size and the input problems met.

Where it lives: ``--cache PATH``, else ``$FACTCHECK_CACHE``, else
``$XDG_CACHE_HOME/factcheck/claims.sqlite`` (``~/.cache/factcheck/...``). The
cache is per user, not per project, so that nothing is written next to the
inputs, and the same article checked from two projects is extracted once.

Two runs may share the file: it is in WAL mode with a busy timeout, and each
batch of writes is one ``BEGIN IMMEDIATE`` transaction. Opening and
rebuilding are serialised by an advisory lock on ``<file>.lock``.

A path that holds something factcheck did not write (an article, another
program's SQLite file, a folder, a device or a pipe) is refused with an
error: it is never moved nor replaced. A factcheck cache (its
``application_id``) of another schema, or that turns out damaged, is never
trusted: a warning names it, it is moved aside to ``<file>.invalid``, and an
empty cache is built in its place. A report or claim list whose stored bytes
are damaged is a miss, made again. A disk that fills up or turns read-only
mid-run gives a warning, and the run goes on without the cache.
"""

from __future__ import annotations

import contextlib
import dataclasses
import enum
import hashlib
import json
import os
import re
import sqlite3
import stat
import sys
import time
import warnings
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.errors import warning_text
from factcheck.extract.installed import installed_distributions, normalised
from factcheck.records import Diagnostic, Source

if TYPE_CHECKING:
    from factcheck.compare import CompareOptions

CACHE_ENV = "FACTCHECK_CACHE"
APPLICATION_ID = 0x46434B43  # "FCKC"
SCHEMA_VERSION = 3
BUSY_TIMEOUT_SECONDS = 60.0

_SQLITE_MAGIC = b"SQLite format 3\x00"
_HEADER_BYTES = 100
_TABLES_SQL = {
    "claims": "CREATE TABLE claims ("
    "key TEXT PRIMARY KEY, extractor TEXT NOT NULL, source_id TEXT NOT NULL, claims BLOB NOT NULL"
    ") WITHOUT ROWID",
    "reports": "CREATE TABLE reports ("
    "key TEXT PRIMARY KEY, version TEXT NOT NULL, report BLOB NOT NULL, summary TEXT NOT NULL"
    ") WITHOUT ROWID",
    "stories": "CREATE TABLE stories ("
    "files TEXT PRIMARY KEY, version TEXT NOT NULL, loaded TEXT NOT NULL"
    ") WITHOUT ROWID",
}
# Folders and modules that cannot change what extraction returns (the stages after it: extraction
# imports none of them); everything else in the package counts.
_NOT_EXTRACTION = ("cli", "compare", "formats", "report", "run")
# Folders and modules that cannot change a story's JSON report: what is done with a report once made,
# and the run machinery but the tasks (run/tasks.py assembles the report, from what run/workers.py
# hands it).
_NOT_REPORT = ("cli", "formats", "report", "run/audit.py", "run/cache.py", "run/corpus.py", "run/pipeline.py")
# SQLite caps the number of parameters of one statement; look keys up in batches below it.
_LOOKUP_BATCH = 500


CACHE_SET_ASIDE = "W701"
CACHE_UNUSABLE = "W702"


class CacheWarning(UserWarning):
    """The cache file could not be trusted and was rebuilt."""


def default_cache_path() -> Path:
    """``$FACTCHECK_CACHE``, else the user's cache directory."""
    from factcheck.extract.stored_tables import cache_folder

    explicit = os.environ.get(CACHE_ENV)
    return Path(explicit) if explicit else cache_folder() / "claims.sqlite"


@cache
def extractor_version() -> str:
    """A fingerprint of everything extraction depends on (see the module docstring)."""
    import factcheck

    return _fingerprint(_installed_files(), factcheck.__version__, _dependency_versions(), _NOT_EXTRACTION)


@cache
def report_version() -> str:
    """A fingerprint of everything a story's report depends on besides its claims: the comparison,
    the rules, the records and the report's assembly."""
    import factcheck

    return _fingerprint(_installed_files(), factcheck.__version__, _dependency_versions(), _NOT_REPORT)


def extraction_fingerprint(
    package: Path,
    version: str,
    dependencies: Sequence[tuple[str, str]] = (),
    excluded: Sequence[str] = _NOT_EXTRACTION,
) -> str:
    """``version+hash`` of the files of ``package`` but the ``excluded`` ones, and ``dependencies``."""
    return _fingerprint(_file_digests(package), version, dependencies, excluded)


def _fingerprint(
    files: Sequence[tuple[str, bytes]],
    version: str,
    dependencies: Sequence[tuple[str, str]],
    excluded: Sequence[str],
) -> str:
    digest = hashlib.sha256(f"factcheck {version}\n".encode())
    for relative, file_digest in files:
        if not _excluded(relative, excluded):
            digest.update(f"{relative}\n".encode())
            digest.update(file_digest)
    for name, dependency_version in dependencies:
        digest.update(f"{name}=={dependency_version}\n".encode())
    return f"{version}+{digest.hexdigest()[:16]}"


def _excluded(relative: str, excluded: Sequence[str]) -> bool:
    """Whether the file at ``relative`` (a posix path in the package) is, or lies in, one of ``excluded``."""
    parts = relative.split("/")
    return any("/".join(parts[:count]) in excluded for count in range(1, len(parts) + 1))


@cache
def _installed_files() -> tuple[tuple[str, bytes], ...]:
    import factcheck

    return _file_digests(Path(factcheck.__file__).parent)


def _file_digests(package: Path) -> tuple[tuple[str, bytes], ...]:
    """``(path relative to package, sha256)`` of every file of ``package`` but compiled bytecode, sorted."""
    found = []
    for root, folders, files in os.walk(package):
        folders[:] = [folder for folder in folders if folder != "__pycache__"]
        for name in files:
            if not name.endswith((".pyc", ".pyo")):
                path = Path(root, name)
                relative = path.relative_to(package)
                found.append(
                    (relative.parts, relative.as_posix(), hashlib.sha256(path.read_bytes()).digest())
                )
    return tuple((posix, digest) for _, posix, digest in sorted(found))


@cache
def _dependency_versions() -> tuple[tuple[str, str], ...]:
    """``(name, version)`` of each installed runtime requirement of factcheck (its METADATA's
    ``Requires-Dist`` lines without an extra)."""
    installed = installed_distributions()
    if "factcheck" not in installed:
        return ()
    try:
        lines = (installed["factcheck"][1] / "METADATA").read_text(encoding="utf-8").splitlines()
    except OSError:
        return ()
    versions = set()
    for line in lines:
        if line.startswith("Requires-Dist:") and "extra ==" not in line:
            name = normalised(re.split(r"[\s;\[<>=!~(]", line.split(":", 1)[1].strip())[0])
            if name in installed:
                versions.add((name, installed[name][0]))
    return tuple(sorted(versions))


def cache_key(source: Source, extractor: str | None = None) -> str:
    """The key of a source's claims: its text, its metadata but the path, and the extractor."""
    fields = source.model_dump(mode="json", exclude={"path", "text", "content_hash"})
    fields["text_sha256"] = hashlib.sha256(source.text.encode("utf-8")).hexdigest()
    fields["extractor"] = extractor or extractor_version()
    return hashlib.sha256(json.dumps(fields, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


@dataclass(frozen=True)
class CacheInfo:
    path: str
    entries: int
    current_entries: int
    reports: int
    size_bytes: int
    extractor: str


def _warn_python(message: str) -> None:
    warnings.warn(message, CacheWarning, stacklevel=3)


class ClaimCache:
    """Claims (as the JSON of a claim list) by :func:`cache_key`.

    Use as a context manager; ``warn`` receives a one-line message when the
    file had to be rebuilt.
    """

    def __init__(self, path: str | Path, *, warn: Callable[[str], None] = _warn_python):
        self.path = Path(path)
        self.extractor = extractor_version()
        self._warn = warn
        self._connection = self._open()

    # -- public API

    def get_many(self, keys: Sequence[str]) -> dict[str, bytes]:
        """The stored claims of those ``keys`` that are in the cache."""
        rows = self._rows_for("SELECT key, claims FROM claims WHERE key IN ({marks})", keys)
        return {key: bytes(blob) for key, blob in rows}

    def put_many(self, items: Iterable[tuple[str, str, bytes]]) -> None:
        """Store ``(key, source id, claims JSON)`` triples in one transaction."""
        self._insert("claims", [(key, self.extractor, source_id, blob) for key, source_id, blob in items])

    def get_reports(self, keys: Sequence[str]) -> dict[str, tuple[bytes, str]]:
        """The stored ``(report JSON, summary JSON)`` of those story ``keys`` that are in the cache
        and intact: a report is written out as stored, so one whose bytes no longer match the
        checksum stored with it (or that an earlier format stored) is a miss, to be made again."""
        rows = self._rows_for("SELECT key, report, summary FROM reports WHERE key IN ({marks})", keys)
        found = {}
        for key, stored, sealed in rows:
            summary = _intact_summary(bytes(stored), sealed)
            if summary is not None:
                with contextlib.suppress(zlib.error):
                    found[key] = (zlib.decompress(stored), summary)
        return found

    def put_reports(self, items: Iterable[tuple[str, bytes | Iterable[bytes], str]]) -> None:
        """Store ``(story key, report JSON, summary JSON)`` triples in one transaction.

        Each report is compressed as it comes: ``items`` may make them one at a time, and a report may
        come in pieces (:mod:`factcheck.run.pieces`). One story of 5,000 sources has a report of 80 MB,
        which SQLite copied twice as it stored it; JSON compresses 15-20 times."""
        _give_back_freed_memory()
        rows = []
        for key, report, summary in items:
            packer = zlib.compressobj(_REPORT_COMPRESSION)
            # one buffer grown in place: a list of the compressed pieces joined was the report twice
            stored = bytearray()
            for piece in [report] if isinstance(report, bytes) else report:
                stored += packer.compress(piece)
            stored += packer.flush()
            del report  # the caller may hold it no longer: only the compressed bytes are kept
            rows.append((key, report_version(), stored, _sealed_summary(stored, summary)))
        self._insert("reports", rows)

    def get_stories(self, fingerprints: Sequence[str]) -> dict[str, str]:
        """What loading gave (JSON: the sources' cache keys, their text size, the input problems) for
        those story file ``fingerprints`` that are in the cache (a story whose files are unchanged
        need not be read again)."""
        query = "SELECT files, loaded FROM stories WHERE version = ? AND files IN ({marks})"
        return dict(self._rows_for(query, fingerprints, self.extractor))

    def put_stories(self, items: Iterable[tuple[str, str]]) -> None:
        """Store ``(story file fingerprint, what loading gave as JSON)`` pairs in one transaction."""
        self._insert("stories", [(files, self.extractor, loaded) for files, loaded in items])

    def _rows_for(self, query: str, keys: Sequence[str], *parameters: object) -> list[tuple[Any, ...]]:
        """The rows of ``query`` (``{marks}``: the keys' placeholders, after ``parameters``) for
        ``keys``, looked up in batches."""
        rows: list[tuple[Any, ...]] = []
        for start in range(0, len(keys), _LOOKUP_BATCH):
            batch = list(keys[start : start + _LOOKUP_BATCH])
            sql = query.format(marks=",".join("?" * len(batch)))
            rows += self._run(lambda c, q=sql, b=batch: c.execute(q, [*parameters, *b]).fetchall())
        return rows

    def _insert(self, table: str, rows: list[tuple[Any, ...]]) -> None:
        """Insert (or replace) ``rows`` into ``table`` in one transaction."""
        if not rows:
            return
        sql = f"INSERT OR REPLACE INTO {table} VALUES ({','.join('?' * len(rows[0]))})"

        def write(connection: sqlite3.Connection) -> None:
            with _transaction(connection):
                connection.executemany(sql, rows)

        self._run(write)

    def info(self) -> CacheInfo:
        entries, current = self._run(
            lambda c: c.execute(
                "SELECT count(*), coalesce(sum(extractor = ?), 0) FROM claims", (self.extractor,)
            ).fetchone()
        )
        reports = self._run(lambda c: c.execute("SELECT count(*) FROM reports").fetchone()[0])
        size = sum(_size(Path(f"{self.path}{suffix}")) for suffix in ("", "-wal"))
        return CacheInfo(str(self.path), entries, current, reports, size, self.extractor)

    def prune(self) -> int:
        """Remove the entries no run of this version can use (other extractors, other comparison
        code); the number removed."""

        def prune_old(connection: sqlite3.Connection) -> int:
            with _transaction(connection):
                removed = connection.execute(
                    "DELETE FROM claims WHERE extractor != ?", (self.extractor,)
                ).rowcount
                removed += connection.execute(
                    "DELETE FROM reports WHERE version != ?", (report_version(),)
                ).rowcount
                connection.execute("DELETE FROM stories WHERE version != ?", (self.extractor,))
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.execute("VACUUM")
            return removed

        return self._run(prune_old)

    def clear(self) -> int:
        """Remove every entry; the number removed."""

        def wipe(connection: sqlite3.Connection) -> int:
            with _transaction(connection):
                removed = connection.execute("DELETE FROM claims").rowcount
                connection.execute("DELETE FROM reports")
                connection.execute("DELETE FROM stories")
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.execute("VACUUM")
            return removed

        return self._run(wipe)

    def close(self) -> None:
        self._connection.close()

    def __enter__(self) -> ClaimCache:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- opening, checking and rebuilding the file

    def _open(self) -> sqlite3.Connection:
        _refuse_foreign(self.path)  # before the lock file is made beside it
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with _file_lock(Path(f"{self.path}.lock")):
            problem = _problem_with(self.path)
            if problem is not None:
                self._set_aside(problem)
            return _connect(self.path)

    def _set_aside(self, problem: str) -> None:
        invalid = Path(f"{self.path}.invalid")
        self._warn(
            warning_text(
                str(self.path),
                CACHE_SET_ASIDE,
                f"not a valid factcheck cache ({problem}); moved it to {invalid.name} and started an empty cache",
            )
        )
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.replace(f"{self.path}{suffix}", f"{invalid}{suffix}")

    def _run(self, operation: Callable[[sqlite3.Connection], object]):  # noqa: ANN202
        """Run ``operation``; if the file turns out damaged, set it aside, rebuild and retry once."""
        try:
            return operation(self._connection)
        except sqlite3.DatabaseError as error:
            if _is_not_damage(error):
                raise
            self._connection.close()
            with _file_lock(Path(f"{self.path}.lock")):
                # another run may have rebuilt the file meanwhile: look again before setting it aside
                problem = _problem_with(self.path) or _integrity_problem(self.path)
                if problem is not None:
                    self._set_aside(problem)
                self._connection = _connect(self.path)
            return operation(self._connection)


# The checksum of a report as stored (zlib of its JSON) in its summary; reports stored uncompressed
# before had theirs under "report_sha256", so they are misses.
_REPORT_SUM = "zlib_report_sha256"
# zlib's default level: a report's JSON (repeated keys and quotes) shrinks 15-20 times (its fastest,
# 10-12 times, took 0.2 s less for 80 MB, and SQLite holds the row twice over as it stores it)
_REPORT_COMPRESSION = 6


def _give_back_freed_memory() -> None:
    """Return to the system the memory the C heap holds freed (glibc only; elsewhere nothing).

    Comparing a story of 5,000 sources leaves some 30 MB freed in holes of the heap, which glibc keeps
    for the process; the compressed report and SQLite's two copies of its row each want one block of
    4 MB, which those holes cannot give, so the heap grew past the run's peak to store it."""
    trim = getattr(_c_library(), "malloc_trim", None)
    if trim is not None:
        trim(0)


@cache
def _c_library() -> object:
    import ctypes

    try:
        return ctypes.CDLL(None)
    except (OSError, TypeError):  # no C library of the process to open (Windows)
        return None


def _sealed_summary(report: bytes | bytearray, summary: str) -> str:
    """The summary JSON with the report's checksum added."""
    return json.dumps(
        {**json.loads(summary), _REPORT_SUM: hashlib.sha256(report).hexdigest()}, sort_keys=True
    )


def _intact_summary(report: bytes, stored: object) -> str | None:
    """The summary JSON stored with ``report``, without its checksum; None when either was damaged."""
    try:
        summary = json.loads(stored) if isinstance(stored, str) else None
    except ValueError:
        return None
    if not isinstance(summary, dict) or summary.pop(_REPORT_SUM, None) != hashlib.sha256(report).hexdigest():
        return None
    return json.dumps(summary, sort_keys=True)


def _is_contention(error: sqlite3.DatabaseError) -> bool:
    message = str(error).lower()
    return isinstance(error, sqlite3.OperationalError) and ("locked" in message or "busy" in message)


def _is_not_damage(error: sqlite3.DatabaseError) -> bool:
    """Errors of the disk or of other runs, not of the file: a full or read-only disk, an I/O error,
    a lock held too long. Rebuilding the file would not help (and a full disk is no reason to
    set a good cache aside)."""
    message = str(error).lower()
    return _is_contention(error) or any(
        words in message for words in ("disk is full", "disk i/o error", "readonly database", "read-only")
    )


def _integrity_problem(path: Path) -> str | None:
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_SECONDS)
        try:
            verdict = connection.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return f"damaged: {error}"
    return None if verdict == "ok" else f"damaged: {verdict}"


def _refuse_foreign(path: Path) -> None:
    """Raise :class:`ForeignCacheError` unless ``path`` is missing, empty, or an SQLite file that is
    a factcheck cache or was left empty by one: only then may it be rebuilt or set aside. A pipe or
    a device is never opened (reading a FIFO would wait forever).

    An unmarked SQLite file with tables is looked at again for a moment before it is refused: another
    run may be making the cache that instant (this check is made before taking the cache's lock)."""
    from factcheck.errors import ForeignCacheError

    def refuse(what: str) -> ForeignCacheError:
        return ForeignCacheError(
            f"the claim cache path is {what}; factcheck never replaces a file it did not write",
            path=str(path),
            hint="give --cache a new file name, or remove the file if it is an old cache",
        )

    try:
        status = path.stat()
    except OSError:
        return  # nothing there (or no way there): opening it fails, with a warning, and the run goes on
    if not stat.S_ISREG(status.st_mode):
        raise refuse("a folder, a device or a pipe, not a regular file")
    if status.st_size == 0:
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(_HEADER_BYTES)
    except OSError as error:
        raise refuse(f"not readable ({error.strerror})") from None
    if not header.startswith(_SQLITE_MAGIC):
        raise refuse("not an SQLite file")
    # the header's application_id (big-endian, at byte 68) is readable even when the rest is
    # damaged; but a cache in WAL mode may hold its id in the WAL only, so SQLite is asked too
    if int.from_bytes(header[68:72], "big") == APPLICATION_ID:
        return
    for _ in range(_MAKING_CHECKS):
        found = _application_id_and_tables(path)
        if found is None:
            raise refuse("an SQLite file that cannot be read, and not marked as a factcheck cache")
        application_id, tables = found
        if application_id == APPLICATION_ID or (application_id == 0 and not tables):
            return
        if application_id != 0:
            break
        time.sleep(_MAKING_PAUSE_SECONDS)
    raise refuse(f"an SQLite file of another program (application_id {application_id:#x})")


# How long an unmarked SQLite file with tables is watched for another run to finish making it a cache
_MAKING_CHECKS = 10
_MAKING_PAUSE_SECONDS = 0.05


def _application_id_and_tables(path: Path) -> tuple[int, int] | None:
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_SECONDS)
        try:
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            return application_id, connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return None


def _problem_with(path: Path) -> str | None:
    """Why the file at ``path`` is not a usable cache, or None (also when it does not exist yet)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_MAGIC))
    except FileNotFoundError:
        return None
    except OSError as error:
        return f"cannot read it: {error.strerror}"
    if not header:
        return None
    if header != _SQLITE_MAGIC:
        return "not an SQLite database"
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_SECONDS)
        try:
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            user_version = connection.execute("PRAGMA user_version").fetchone()[0]
            tables = connection.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"
            ).fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return f"damaged: {error}"
    if application_id == 0 and not tables:
        return None  # an empty SQLite file, e.g. created by a run that was interrupted
    if application_id != APPLICATION_ID:
        return f"an SQLite file of another program (application_id {application_id:#x})"
    if user_version != SCHEMA_VERSION:
        return f"cache schema {user_version}, this version of factcheck uses {SCHEMA_VERSION}"
    if tables != sorted(_TABLES_SQL.items()):
        return "unexpected tables"
    return None


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    connection.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
    if connection.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
        connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")
    with _transaction(connection):
        if connection.execute("PRAGMA application_id").fetchone()[0] == 0:
            for sql in _TABLES_SQL.values():
                connection.execute(sql)
            connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    return connection


@contextlib.contextmanager
def _transaction(connection: sqlite3.Connection) -> Iterator[None]:
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        # SQLite may have rolled back already (a full disk does): a second ROLLBACK would fail and
        # hide the error that matters
        if connection.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


@contextlib.contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    """An exclusive advisory lock on ``path`` (a no-op where ``fcntl`` does not exist)."""
    if sys.platform == "win32":
        yield
        return
    import fcntl

    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def remembered_story(outcome: str) -> tuple[dict[str, Any], list[Diagnostic]] | None:
    """What the cache remembers of loading a story, and its input problems; None if the row is
    not what :meth:`factcheck.run.workers.Runner._finish_stories` writes (damaged, or edited by hand)."""
    from pydantic import ValidationError

    try:
        remembered = json.loads(outcome)
        keys, size = remembered["source_keys"], remembered["text_bytes"]
        paths = remembered["source_paths"]
        if not (
            all(isinstance(items, list) and all(isinstance(k, str) for k in items) for items in (keys, paths))
            and isinstance(size, int)
        ):
            return None
        return remembered, [Diagnostic.model_validate(item) for item in remembered["diagnostics"]]
    except (ValueError, TypeError, KeyError, RecursionError, ValidationError):
        return None


def story_key(
    source_keys: Sequence[str],
    source_paths: Sequence[str],
    diagnostics: Sequence[Diagnostic],
    compare_options: CompareOptions | None,
) -> str:
    """The cache key of a story's report: its sources' keys and paths (the report names each source
    by the path it was given as), input problems, options and code."""
    fields = {
        "report": report_version(),
        "sources": list(source_keys),
        "paths": list(source_paths),
        "diagnostics": [diagnostic.model_dump(mode="json") for diagnostic in diagnostics],
        "options": _canonical(compare_options),
    }
    return hashlib.sha256(json.dumps(fields, sort_keys=True).encode()).hexdigest()


def _canonical(value: Any) -> Any:
    """``value`` as JSON-able data that is the same in every process (sets sorted, dataclasses as dicts)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _canonical(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict | Mapping):
        return {str(key): _canonical(item) for key, item in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, set | frozenset):
        return sorted(_canonical(item) for item in value)
    if isinstance(value, list | tuple):
        return [_canonical(item) for item in value]
    if isinstance(value, enum.Enum):
        return value.value
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return repr(value)
