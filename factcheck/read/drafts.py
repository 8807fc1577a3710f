"""Reading a draft to audit: a .md, .txt or .html file as the loaders read a source, or a .docx.

A draft is one :class:`~factcheck.records.Source` whose id differs from its
sources' ids; a Word document gives its paragraphs, one per line with a blank
line between, and its title from the document properties.
"""

from __future__ import annotations

import hashlib
import zipfile
import zlib
from collections.abc import Sequence
from pathlib import Path

from factcheck.errors import InputError, UsageError
from factcheck.read.loaders import LoadOptions, load_sources
from factcheck.read.published import resolve as resolve_published
from factcheck.records import Source

DRAFT_FORMATS = (".md", ".markdown", ".txt", ".html", ".htm", ".docx")


def load_draft(path: str, options: LoadOptions | None = None, taken: Sequence[str] = ()) -> Source:
    """The draft as a :class:`Source` whose id differs from the ``taken`` source ids."""
    options = options or LoadOptions()
    suffix = Path(path).suffix.lower()
    if path == "-" or suffix not in DRAFT_FORMATS:
        raise UsageError(
            f"cannot audit {path!r} as a draft", hint=f"give a file ending in {', '.join(DRAFT_FORMATS)}"
        )
    if Path(path).is_dir():
        raise UsageError(
            f"the draft {path} is a directory", hint="give the draft's file; sources go after --sources"
        )
    if suffix == ".docx":
        draft = _load_docx(path, options)
    else:
        draft = load_sources(
            [path], LoadOptions(max_bytes=options.max_bytes, published=options.published)
        ).sources[0]
    draft_id = draft.id
    while draft_id in taken:
        draft_id = f"draft:{draft_id}"
    return draft.model_copy(update={"id": draft_id})


def _refuse_expanding(path: str, limit: int) -> None:
    """A .docx is a zip: a small file may unpack to gigabytes. --max-bytes bounds what it unpacks
    to (the sizes its directory declares, which zipfile never reads past)."""
    from factcheck.errors import FileTooLargeError

    try:
        with zipfile.ZipFile(path) as archive:
            expanded = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return  # not a readable zip: python-docx reports it
    if expanded > limit:
        raise FileTooLargeError(
            f"the Word document unpacks to {expanded:,} bytes, over the limit of {limit:,}",
            path=path,
            hint="raise the limit with --max-bytes, or save the draft as .md/.txt",
        )


def _load_docx(path: str, options: LoadOptions) -> Source:
    """The paragraphs of a Word document, one per line with a blank line between (so that
    suppressions and positions work by paragraph), and its title from the document properties."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    file = Path(path)
    if not file.is_file():
        from factcheck.errors import MissingPathError

        raise MissingPathError("no such file", path=path, hint="check the draft's path")
    if file.stat().st_size > options.max_bytes:
        from factcheck.errors import FileTooLargeError

        raise FileTooLargeError(
            f"the draft is over {options.max_bytes} bytes", path=path, hint="use --max-bytes"
        )
    _refuse_expanding(path, options.max_bytes)
    try:
        document = docx.Document(path)
    except (
        PackageNotFoundError,
        KeyError,
        ValueError,
        OSError,
        EOFError,
        NotImplementedError,  # an unsupported compression method
        RuntimeError,  # an encrypted part
        SyntaxError,  # lxml's XMLSyntaxError: a part that is not well-formed XML
        zipfile.BadZipFile,
        zlib.error,  # a damaged compressed part
    ) as error:
        reason = " ".join(str(error).split()) or type(error).__name__
        raise InputError(
            f"cannot read the Word document: {reason}",
            path=path,
            hint="save it again as .docx, or as .md/.txt",
        ) from None
    text = "\n\n".join(p.text.strip() for p in document.paragraphs if p.text.strip())
    if not text:
        from factcheck.errors import EmptySourceError

        raise EmptySourceError("the Word document holds no text", path=path, hint="check the draft")
    title = (document.core_properties.title or "").strip() or None
    # As for any source: --published, else a date line at the top of the draft.
    published, published_from = resolve_published(options.published, text + "\n", None)
    return Source(
        id=file.stem,
        path=path,
        text=text + "\n",
        title=title,
        published=published,
        published_from=published_from,
        content_hash=hashlib.sha256((text + "\n").encode("utf-8")).hexdigest(),
    )
