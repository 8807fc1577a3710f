"""Reading a source's bytes and decoding them to text, for :mod:`factcheck.read.loaders`.

Only regular files are read, and never more than the size limit: a pipe would wait for a writer
forever, a device (``/dev/zero``) never ends, and a file may grow while it is read. Text is
decoded by its byte-order mark, else as UTF-8, else as cp1252/latin-1 with a warning.
"""

from __future__ import annotations

import codecs
import errno
import os
import stat
import sys
from pathlib import Path

from factcheck.errors import BinaryFileError, FileTooLargeError, InputError, UndecodableError
from factcheck.records import Diagnostic

STDIN = "-"
LEGACY_ENCODING_WARNING = "W108"


def _too_large(size: int, limit: int, label: str) -> FileTooLargeError:
    return FileTooLargeError(
        f"the file is {size:,} bytes, over the limit of {limit:,}",
        path=label,
        hint="raise the limit with --max-bytes or split the file",
    )


_READ_HINTS = {
    errno.ELOOP: "a symbolic link on the way loops: fix the link",
    errno.ENOENT: "a symbolic link leads nowhere, or the file went away: fix the link",
    errno.EISDIR: "give the folder, not a file inside it",
}


def read_file(path: Path, limit: int) -> bytes:
    label = path.as_posix()
    try:
        # a pipe would wait for a writer forever, a device (/dev/zero) never ends: only regular
        # files are read, and never more than the limit even if the file grows meanwhile
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise InputError(
                "not a regular file (a pipe, a device or a socket)",
                path=label,
                hint="give a file, or pipe the text into '-' (stdin)",
            )
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                raise _too_large(size, limit, label)
            data = handle.read(limit + 1)
            if len(data) > limit:
                raise _too_large(len(data), limit, label)
            return data
    except OSError as error:
        hint = _READ_HINTS.get(error.errno or 0, "check its permissions")
        raise InputError(f"cannot read the file: {error.strerror}", path=label, hint=hint) from None


def read_stdin(limit: int) -> bytes:
    data = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:
        raise _too_large(len(data), limit, STDIN)
    return data


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(data: bytes, label: str) -> tuple[str, Diagnostic | None]:
    """Text of ``data``: by its byte-order mark, else UTF-8, else cp1252/latin-1 with a warning.

    The byte-order mark is not part of the text.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as error:
                raise UndecodableError(
                    f"invalid {encoding} at byte {error.start + len(bom)} after a {encoding} byte-order mark",
                    path=label,
                    hint="re-save the file as UTF-8",
                ) from None
            if "\x00" in text:
                raise _binary(label)
            return text, None
    if b"\x00" in data:
        raise _binary(label)
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    try:
        text, encoding = data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        text, encoding = data.decode("latin-1"), "latin-1"
    warning = Diagnostic(
        path=label,
        code=LEGACY_ENCODING_WARNING,
        message=f"not valid UTF-8, read as {encoding} (re-save the file as UTF-8 to be sure of its characters)",
    )
    return text, warning


def _binary(label: str) -> BinaryFileError:
    return BinaryFileError(
        "binary data (NUL bytes), not text",
        path=label,
        hint="give the article as text: .txt, .md, .html or .jsonl",
    )
