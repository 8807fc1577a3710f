"""Writing outputs: a file is written under a temporary name and renamed, never half.

:func:`write_atomically` writes a report the user asked for with ``-o``
(never over an input, nor where the next run would read it as a source);
:func:`write_atomic` writes the files of ``factcheck corpus`` (a file that
already holds the bytes is left alone, so a re-run rewrites only what changed).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from factcheck.errors import UsageError


def write_atomically(path: str | Path, text: str, inputs: Sequence[str] = ()) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same directory and a rename,
    so that a reader never sees half a report. Never over one of the ``inputs``, nor as a file
    the next run would read as a source (a .md or .html report inside an input directory)."""
    from factcheck.read.loaders import FORMATS

    target = Path(path)
    for given in inputs:
        if given == "-" or not Path(given).exists():
            continue
        if target.exists() and os.path.samefile(given, target):
            raise UsageError(f"-o {path} would overwrite an input", hint="write the report to another file")
        inside = Path(given).is_dir() and target.resolve().is_relative_to(Path(given).resolve())
        if inside and target.suffix.lower() in FORMATS:
            raise UsageError(
                f"-o {path} is inside the input directory {given}: the next run would read it as a source",
                hint="write the report outside the sources",
            )
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
