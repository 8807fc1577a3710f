"""Writing outputs: a file is written under a temporary name and renamed, never half.

:func:`write_atomically` writes a report the user asked for with ``-o``
(never over an input or its metadata sidecar, nor where the next run would read
it as a source, nor in place of a symbolic link, a device or a pipe);
:func:`write_atomic` writes the files of ``factcheck corpus`` (a file that
already holds the bytes is left alone, so a re-run rewrites only what changed).
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
from collections.abc import Sequence
from pathlib import Path

from factcheck.errors import UsageError


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
    from factcheck.read.loaders import FORMATS, SIDECAR_SUFFIXES, LoadOptions, input_files

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
    remove_stale_temporaries(directory, target.name)  # a run killed mid-write could not
    temporary = str(directory / f".{target.name}.{os.getpid()}.tmp")
    try:
        # named by this process: one left over is an earlier process's that had this id
        Path(temporary).unlink(missing_ok=True)
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
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


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename; a file that already
    holds exactly ``data`` is left alone (a re-run rewrites only the reports that changed)."""
    with contextlib.suppress(OSError):
        if path.stat().st_size == len(data) and path.read_bytes() == data:
            return
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()


_OUR_TEMPORARY = re.compile(r"\.(?P<name>.+)\.(?P<pid>[0-9]+)\.tmp")


def remove_stale_temporaries(folder: Path, name: str | None = None) -> list[Path]:
    """Remove the temporary files an earlier run left in ``folder`` when it was killed before it
    could (``.NAME.PID.tmp``, as :func:`write_atomic`, :func:`write_atomically` and the corpus
    index name theirs; only those for ``name`` when given): those of a process that no longer
    runs. Another run's, still writing, are left alone. The files removed."""
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _OUR_TEMPORARY.fullmatch(entry.name)
        if match is None or (name is not None and match["name"] != name):
            continue
        if not entry.is_file(follow_symlinks=False) or _running(int(match["pid"])):
            continue
        with contextlib.suppress(OSError):
            os.unlink(entry.path)
            removed.append(Path(entry.path))
    return removed


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True  # someone else's process (or not one we may ask about): not ours to judge
    return True
