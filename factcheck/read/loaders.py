"""Loading sources: files, directories, JSON Lines corpora and stdin into :class:`Source` records.

Formats are chosen by file extension (:data:`FORMATS`); a directory is read
recursively in a stable (sorted) order, skipping hidden files and unknown
extensions; ``-`` reads stdin and guesses the format from the first bytes.

Metadata (``id``, ``title``, ``outlet``, ``url``, ``published``, ``story``;
any other key lands in ``Source.metadata``) comes from, later winning:

1. the file itself: YAML front matter of ``.md``, the HTML page's metadata,
   the fields of a JSON Lines record;
2. a sidecar next to the file, named after the whole file name:
   ``story.html.meta.yaml`` (or ``.meta.yml``, ``.meta.json``) for
   ``story.html``; a mapping with the same keys;
3. :class:`LoadOptions` (the CLI flags, e.g. ``--published``).

When none of them gives a publication date, it is read from a dateline or
date line in the first lines of the body, else from the URL's path
(:mod:`factcheck.read.published`); ``Source.published_from`` says which.

Inputs are only ever read. Every problem with an input raises an
:class:`~factcheck.errors.InputError` naming the file, the problem and the
fix; with ``keep_going`` it becomes a :class:`Diagnostic` and the rest loads.

A format parser is a function ``(text: str, path: str) -> list[Document |
InputError]`` registered in :data:`FORMATS` as ``"module:function"`` (so that
e.g. a TimeML reader is one added line and is imported only when used).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib
import json
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from factcheck.errors import (
    BadDateError,
    BadRecordError,
    EmptySourceError,
    FrontMatterError,
    InputError,
    InputErrors,
    MissingPathError,
    NoSourcesError,
)
from factcheck.read.decoding import LEGACY_ENCODING_WARNING as LEGACY_ENCODING_WARNING
from factcheck.read.decoding import STDIN as STDIN
from factcheck.read.decoding import decode as decode
from factcheck.read.decoding import read_file, read_stdin
from factcheck.read.ignore import (
    GITIGNORE,
    VENV_MARKER,
    Pattern,
    compile_pattern,
    excluded,
    inherited_patterns,
    never_walked,
    read_patterns,
)
from factcheck.read.published import archived_before
from factcheck.read.published import resolve as resolve_published
from factcheck.read.untrusted import YamlRefused, json_problem, load_json, load_yaml
from factcheck.records import Diagnostic, Source

DEFAULT_MAX_BYTES = 5 * 1024 * 1024

FORMATS: dict[str, str] = {
    ".txt": "factcheck.read.loaders:parse_plain",
    ".md": "factcheck.read.loaders:parse_markdown",
    ".markdown": "factcheck.read.loaders:parse_markdown",
    ".html": "factcheck.read.loaders:parse_html",
    ".htm": "factcheck.read.loaders:parse_html",
    ".jsonl": "factcheck.read.loaders:parse_jsonl",
    ".tml": "factcheck.read.timeml:parse_timeml",
}

SIDECAR_SUFFIXES = (".meta.yaml", ".meta.yml", ".meta.json")
NO_DATE_WARNING = "W109"
LATE_DATE_WARNING = "W110"

_KNOWN_FIELDS = ("id", "title", "outlet", "url", "published", "story")
_FIELD_ALIASES = {"date": "published"}


@dataclass(frozen=True)
class LoadOptions:
    """How to load sources.

    ``published`` overrides every source's publication date;
    ``max_bytes`` is the largest file accepted; ``keep_going`` turns bad
    inputs into warnings; ``sidecars`` reads ``<file>.meta.yaml`` files;
    ``exclude`` and ``gitignore`` say what a folder walk leaves out
    (:mod:`factcheck.read.ignore`).
    """

    keep_going: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    published: dt.date | None = None
    sidecars: bool = True
    # (folder, gitignore line) pairs: what a folder walk leaves out besides .gitignore (read.ignore)
    exclude: tuple[tuple[str, str], ...] = ()
    gitignore: bool = True


@dataclass(frozen=True)
class LoadResult:
    sources: list[Source]
    diagnostics: list[Diagnostic]


@dataclass(frozen=True)
class Document:
    """What a format parser reads out of a file, before validation.

    ``fields`` holds the metadata as written (validated later);
    ``line`` is where the document starts in its file, when a file holds many.
    """

    text: str
    fields: dict[str, object] = field(default_factory=dict)
    line: int | None = None


Parser = Callable[[str, str], list["Document | InputError"]]


# --------------------------------------------------------------------------
# Entry point


def load_sources(paths: Iterable[str | Path], options: LoadOptions | None = None) -> LoadResult:
    """Every source under ``paths``, in the order given (directories sorted).

    Every bad input is found before anything is raised, so that one run names them all: one
    error is raised as itself, several as one :class:`InputErrors`. With ``keep_going`` they
    are diagnostics instead.
    """
    options = options or LoadOptions()
    paths = [str(path) for path in paths]
    sources: list[Source] = []
    diagnostics: list[Diagnostic] = []
    errors: list[InputError] = []

    def report(error: InputError) -> None:
        if options.keep_going:
            diagnostics.append(_diagnostic(error))
        else:
            errors.append(error)

    seen: set[object] = set()
    listings = _Listings()
    for raw_path in paths:
        problems: list[InputError] = []
        try:
            files = _expand(raw_path, options, problems)
        except InputError as error:
            problems.append(error)  # after the unreadable folders, which may be why it is empty
            files = []
        for problem in problems:
            report(problem)
        for path in files:
            key = STDIN if path is None else _identity(path)
            if key in seen:
                continue
            seen.add(key)
            try:
                _load_one(path, options, sources, diagnostics, report, listings)
            except InputError as error:
                report(error)
    if errors:
        raise errors[0] if len(errors) == 1 else InputErrors(errors)
    if not sources:
        given = ", ".join(paths) or "(nothing)"
        first = f"; {len(diagnostics)} problems, the first: {_where(diagnostics[0])}" if diagnostics else ""
        raise NoSourcesError(
            f"no source could be loaded from {given}{first}",
            hint="give .txt, .md, .html or .jsonl files, or a directory holding them",
        )
    unique = _unique_ids(sources)
    return LoadResult(sources=unique, diagnostics=[*diagnostics, *_undated(unique)])


def _expand(label: str, options: LoadOptions, problems: list[InputError] | None = None) -> list[Path | None]:
    """The files a command-line path stands for (``None`` is stdin); a folder that cannot be
    listed inside a directory is added to ``problems``."""
    if label == STDIN:
        return [None]
    path = Path(label)
    if not path.exists():
        if path.is_symlink():
            raise InputError(
                "the symbolic link leads nowhere (a loop or a missing target)",
                path=label,
                hint="fix the link",
            )
        raise MissingPathError("no such file or directory", path=label, hint="check the path")
    if path.is_dir():
        files = _discover(path, options, problems)
        if not files:
            raise NoSourcesError(
                "no readable sources in this directory",
                path=label,
                hint=f"it needs {', '.join(sorted(FORMATS))} files; hidden, excluded and "
                "git-ignored files are skipped",
            )
        return files
    return [path]


def is_walked(entry: Path, options: LoadOptions, rules: Sequence[Pattern] | None = None) -> bool:
    """Whether a folder walk of ``entry.parent`` would go into ``entry`` (a folder) or read it (a
    file): not hidden, not a build or tool folder, not excluded. ``rules``: :func:`walk_rules` of
    the parent, when several entries of one folder are asked about."""
    if entry.name.startswith(".") or (entry.is_dir() and never_walked(entry.name)):
        return False
    rules = walk_rules(entry.parent, options) if rules is None else rules
    return not excluded(rules, os.path.abspath(entry), entry.is_dir())


def walk_rules(directory: Path, options: LoadOptions) -> list[Pattern]:
    """What decides, in ``directory``, what a walk leaves out: the .gitignore files down to it
    (with its own), then the user's exclusions."""
    rules = []
    if options.gitignore:
        rules = inherited_patterns(directory) + read_patterns(directory / GITIGNORE)
    return rules + _user_patterns(options)


def _user_patterns(options: LoadOptions) -> list[Pattern]:
    compiled = [compile_pattern(line, base, user=True) for base, line in options.exclude]
    return [pattern for pattern in compiled if pattern is not None]


def _discover(
    directory: Path, options: LoadOptions | None = None, problems: list[InputError] | None = None
) -> list[Path]:
    """The source files under ``directory``: hidden ones, symbolic links to folders, build and
    tool folders, virtual environments, and what ``.gitignore`` files or ``options.exclude``
    exclude are left out (:mod:`factcheck.read.ignore`).

    The entries of ``os.scandir`` know their type: no file costs a stat. A folder that cannot be
    listed is added to ``problems`` (its sources would be missing without a word); a link with a
    source's name that loops or leads nowhere is kept, so that reading it reports the problem.
    """
    options = options or LoadOptions()
    # the user's patterns come last, so that they win over any .gitignore
    user = _user_patterns(options)
    found = []
    folders = [(directory, inherited_patterns(directory) if options.gitignore else [])]
    while folders:
        folder, ignored = folders.pop()
        try:
            with os.scandir(folder) as entries:
                listed = list(entries)
        except OSError as error:
            if problems is not None:
                problems.append(
                    InputError(
                        f"cannot list the folder: {error.strerror}",
                        path=Path(folder).as_posix(),
                        hint="check its permissions; its sources were not read",
                    )
                )
            continue
        names = {entry.name for entry in listed}
        if VENV_MARKER in names and folder != directory:
            continue  # a virtual environment, whatever its name
        if options.gitignore and GITIGNORE in names:
            ignored = ignored + read_patterns(Path(folder) / GITIGNORE)
        rules = ignored + user
        for entry in listed:
            if entry.name.startswith("."):
                continue
            absolute = os.path.abspath(entry.path)
            # never follow a link to decide whether it is a folder: links to folders are not
            # walked, so a link back up the tree cannot loop
            if entry.is_dir(follow_symlinks=False):
                if never_walked(entry.name):
                    continue
                if not excluded(rules, absolute, True):
                    folders.append((Path(entry.path), ignored))
            elif os.path.splitext(entry.name)[1].lower() in FORMATS and _is_file(entry):
                if not excluded(rules, absolute, False):
                    found.append(Path(entry.path))
    return sorted(found, key=lambda p: p.parts)


def _is_file(entry: os.DirEntry[str]) -> bool:
    """A regular file, or a link to one; a link that cannot be followed counts, to be reported."""
    try:
        return entry.is_file()
    except OSError:
        return entry.is_symlink()


def input_files(path: Path, options: LoadOptions) -> list[Path]:
    """The files :func:`load_sources` reads for ``path`` (a file or a folder): each source file and
    its sidecar, if it has one."""
    files = _discover(path, options) if path.is_dir() else [path]
    if not options.sidecars:
        return files
    listings = _Listings()
    read = []
    for file in files:
        names = listings.names_beside(file)
        read += [
            file,
            *(
                file.with_name(file.name + suffix)
                for suffix in SIDECAR_SUFFIXES
                if file.name + suffix in names
            ),
        ]
    return read


def _identity(path: Path) -> object:
    """What two paths to one file share (a symbolic link, ``a/../b``): it is loaded once."""
    try:
        status = os.stat(path)
    except OSError:
        return os.path.realpath(path)  # reading it will report the problem
    return (status.st_dev, status.st_ino)


class _Listings:
    """The names in each folder, listed once per load: looking for a sidecar beside each of
    thousands of files would otherwise cost a stat per file and suffix."""

    def __init__(self) -> None:
        self._names: dict[str, frozenset[str]] = {}

    def names_beside(self, path: Path) -> frozenset[str]:
        folder = os.path.dirname(path) or "."
        if folder not in self._names:
            try:
                self._names[folder] = frozenset(os.listdir(folder))
            except OSError:
                self._names[folder] = frozenset()
        return self._names[folder]


def _load_one(
    path: Path | None,
    options: LoadOptions,
    sources: list[Source],
    diagnostics: list[Diagnostic],
    report: Callable[[InputError], None],
    listings: _Listings,
) -> None:
    label = STDIN if path is None else path.as_posix()
    data = read_stdin(options.max_bytes) if path is None else read_file(path, options.max_bytes)
    text, warning = decode(data, label)
    if warning is not None:
        diagnostics.append(warning)
    if not text.strip():
        raise EmptySourceError(
            "the file is empty", path=label, hint="add the article text or leave the file out"
        )
    parser_name = _sniff_format(text) if path is None else FORMATS.get(path.suffix.lower(), FORMATS[".txt"])
    sidecar = (
        _read_sidecar(path, listings.names_beside(path)) if path is not None and options.sidecars else {}
    )
    default_id = "stdin" if path is None else path.stem
    for item in _parser(parser_name)(text, label):
        if isinstance(item, InputError):
            report(item)
            continue
        try:
            sources.append(_build_source(item, label, default_id, sidecar, options, diagnostics))
        except InputError as error:
            report(error)


def _undated(sources: Sequence[Source]) -> list[Diagnostic]:
    """One warning per source without a publication date: its relative times ("last Friday")
    cannot be placed. Made here, where sources are read, so that it is the same whether or not
    the claims come from the cache; a file holding many sources names the record."""
    per_file = Counter(source.path for source in sources)
    return [
        Diagnostic(
            path=source.path,
            code=NO_DATE_WARNING,
            message=(f"record {source.id!r}: " if per_file[source.path] > 1 else "")
            + 'no publication date: relative times (such as "last Friday") stay unresolved '
            "(give 'published: YYYY-MM-DD' or --published)",
        )
        for source in sources
        if source.published is None
    ]


def _where(diagnostic: Diagnostic) -> str:
    line = f":{diagnostic.line}" if diagnostic.line is not None else ""
    return f"{diagnostic.path}{line}: {diagnostic.code} {diagnostic.message}"


def _diagnostic(error: InputError) -> Diagnostic:
    message = f"{error.message} ({error.hint})" if error.hint else error.message
    return Diagnostic(path=error.path or "", line=error.line, code=error.code, message=message)


def _parser(target: str) -> Parser:
    module_name, attr = target.split(":")
    return getattr(importlib.import_module(module_name), attr)


# --------------------------------------------------------------------------
# Text to a format


def _sniff_format(text: str) -> str:
    head = text.lstrip()[:1024].lower()
    if text.startswith("---"):
        return FORMATS[".md"]
    if head.startswith(("<!doctype html", "<html", "<head", "<body", "<article")):
        return FORMATS[".html"]
    if head.startswith("{"):
        return FORMATS[".jsonl"]
    return FORMATS[".txt"]


# --------------------------------------------------------------------------
# Format parsers


def parse_plain(text: str, path: str) -> list[Document | InputError]:
    return [Document(text)]


class _MetadataLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """Safe YAML that keeps dates as strings, so that a bad date gets our own message.

    libyaml's parser where PyYAML has it: eight times faster than the pure-Python one,
    which matters in a corpus of thousands of files.
    """


_MetadataLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

_FRONT_MATTER_OPEN = re.compile(r"\A---[ \t]*\r?\n")
_FRONT_MATTER_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.MULTILINE)


def parse_markdown(text: str, path: str) -> list[Document | InputError]:
    """Markdown with optional YAML front matter; the text is everything after it, byte for byte."""
    opening = _FRONT_MATTER_OPEN.match(text)
    if opening is None:
        return [Document(text)]
    closing = _FRONT_MATTER_CLOSE.search(text, opening.end())
    if closing is None:
        return [
            FrontMatterError(
                "the front matter opened by '---' on line 1 is never closed",
                path=path,
                line=1,
                hint="end it with a line holding only '---'",
            )
        ]
    try:
        fields = _yaml_mapping(text[opening.end() : closing.start()], path, first_line=2)
    except FrontMatterError as error:
        return [error]
    body = text[closing.end() :]
    if not body.strip():
        return [
            EmptySourceError("no article text after the front matter", path=path, hint="add the article text")
        ]
    return [Document(body, fields)]


def _yaml_mapping(raw: str, path: str, first_line: int = 1) -> dict[str, object]:
    try:
        data = load_yaml(raw, _MetadataLoader)
    except YamlRefused as error:
        raise FrontMatterError(
            f"the metadata cannot be read: {error}",
            path=path,
            line=None if error.line is None else first_line + error.line,
            hint="write it as plain 'key: value' lines",
        ) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = first_line + mark.line if mark is not None else None
        problem = getattr(error, "problem", None) or "invalid YAML"
        raise FrontMatterError(
            f"the metadata is not valid YAML: {problem}",
            path=path,
            line=line,
            hint="write it as 'key: value' lines and quote values holding ':'",
        ) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise FrontMatterError(
            "the metadata is not a mapping of keys to values",
            path=path,
            line=first_line,
            hint="write it as 'key: value' lines",
        )
    return {str(key): value for key, value in data.items()}


def parse_html(text: str, path: str) -> list[Document | InputError]:
    """The article text of a web page (trafilatura), with the page's title, site name, URL and date.

    Dates come from the page's metadata only: trafilatura's search of the
    body text guesses dates that are not the publication date.
    """
    import trafilatura

    page = trafilatura.bare_extraction(
        text,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    body = (page.text or "") if page is not None else ""
    if not body.strip():
        return [
            EmptySourceError(
                "no article text found in the HTML page",
                path=path,
                hint="give the page that holds the article itself, or its text as .txt",
            )
        ]
    fields = {"title": page.title, "outlet": page.sitename, "url": page.url, "published": page.date}
    return [Document(body, {key: value for key, value in fields.items() if value})]


def parse_jsonl(text: str, path: str, first_line: int = 1) -> list[Document | InputError]:
    """One document per line: a JSON object with ``text`` and metadata fields.

    A record without ``id`` gets ``<file stem>#<line>``; ``first_line`` is the
    line number of the first line of ``text`` in its file.
    """
    stem = Path(path).stem if path != STDIN else "stdin"
    items: list[Document | InputError] = []
    # split on "\n" only: JSON strings may hold U+2028, which str.splitlines() would break on
    for number, line in enumerate(text.split("\n"), start=first_line):
        if not line.strip():
            continue
        try:
            record = load_json(line)
        except ValueError as error:
            items.append(
                BadRecordError(
                    f"not valid JSON: {json_problem(error)}",
                    path=path,
                    line=number,
                    hint="each line must be one JSON object",
                )
            )
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            items.append(
                BadRecordError(
                    'the record is not a JSON object with a "text" string',
                    path=path,
                    line=number,
                    hint='write {"text": "...", "published": "YYYY-MM-DD", ...}',
                )
            )
            continue
        body = record.pop("text")
        if not body.strip():
            items.append(
                EmptySourceError(
                    "the record's text is empty", path=path, line=number, hint="leave the record out"
                )
            )
            continue
        record.setdefault("id", f"{stem}#{number}")
        items.append(Document(body, record, line=number))
    return items


def load_jsonl_lines(
    path: str | Path, lines: Iterable[tuple[int, str]], options: LoadOptions | None = None
) -> LoadResult:
    """The sources of some ``(line number, line)`` pairs of the JSON Lines file ``path``.

    Corpus mode reads one story's lines at a time with it; ids, metadata and
    errors are as when the whole file is loaded.
    """
    options = options or LoadOptions()
    label = Path(path).as_posix()
    sidecar = _read_sidecar(Path(path), _Listings().names_beside(Path(path))) if options.sidecars else {}
    sources: list[Source] = []
    diagnostics: list[Diagnostic] = []
    for number, line in lines:
        for item in parse_jsonl(line, label, first_line=number):
            try:
                if isinstance(item, InputError):
                    raise item
                sources.append(_build_source(item, label, Path(path).stem, sidecar, options, diagnostics))
            except InputError as error:
                if not options.keep_going:
                    raise
                diagnostics.append(_diagnostic(error))
    unique = _unique_ids(sources)
    return LoadResult(sources=unique, diagnostics=[*diagnostics, *_undated(unique)])


# --------------------------------------------------------------------------
# Metadata


def _read_sidecar(path: Path, names_beside: frozenset[str]) -> dict[str, object]:
    for suffix in SIDECAR_SUFFIXES:
        if path.name + suffix not in names_beside:
            continue
        sidecar = path.with_name(path.name + suffix)
        if not sidecar.is_file():
            continue
        label = sidecar.as_posix()
        text, _ = decode(read_file(sidecar, DEFAULT_MAX_BYTES), label)
        if suffix == ".meta.json":
            try:
                data = load_json(text)
            except ValueError as error:
                raise FrontMatterError(
                    f"the metadata sidecar is not valid JSON: {json_problem(error)}",
                    path=label,
                    hint="fix the JSON object",
                ) from None
            if not isinstance(data, dict):
                raise FrontMatterError(
                    "the metadata sidecar is not a JSON object", path=label, hint='write {"key": "value"}'
                )
            return data
        return _yaml_mapping(text, label)
    return {}


_ISO_DATE = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
)


def parse_date(value: object, *, path: str, line: int | None = None, what: str = "published") -> dt.date:
    """A calendar date from ``YYYY-MM-DD`` (or an ISO 8601 date-time: its date part)."""
    if isinstance(value, dt.date):
        return value if not isinstance(value, dt.datetime) else value.date()
    text = str(value).strip()
    match = _ISO_DATE.fullmatch(text)
    if match is None:
        raise BadDateError(
            f"the {what} date {text!r} is not a date", path=path, line=line, hint="write it as YYYY-MM-DD"
        )
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError as error:
        raise BadDateError(
            f"the {what} date {text!r} does not exist ({error})",
            path=path,
            line=line,
            hint="write a real calendar date as YYYY-MM-DD",
        ) from None


def _build_source(
    document: Document,
    label: str,
    default_id: str,
    sidecar: dict[str, object],
    options: LoadOptions,
    diagnostics: list[Diagnostic],
) -> Source:
    fields: dict[str, object] = {}
    for layer in (document.fields, sidecar):
        for key, value in layer.items():
            fields[_FIELD_ALIASES.get(key, key)] = value
    known = {key: fields.pop(key, None) for key in _KNOWN_FIELDS}
    if options.published is not None:
        known["published"] = options.published
    published = known.pop("published")
    strings = {key: _text(value) for key, value in known.items()}
    given = None if published in (None, "") else parse_date(published, path=label, line=document.line)
    copied = None if options.published is not None else archived_before(given, strings["url"])
    if copied is not None:
        diagnostics.append(
            Diagnostic(
                path=label,
                line=document.line,
                code=LATE_DATE_WARNING,
                message=f"published {given.isoformat()} is after the web archive copied the page on "
                f"{copied.isoformat()}: the date is not used (correct it, or give --published)",
            )
        )
        given = None
    # Metadata first; only without it the body's first lines, then the URL (the date line stays in the text).
    date, date_from = resolve_published(given, document.text, strings["url"])
    return Source(
        id=strings.pop("id") or default_id,
        path=label,
        text=document.text,
        published=date,
        published_from=date_from,
        content_hash=hashlib.sha256(document.text.encode("utf-8")).hexdigest(),
        metadata={key: _metadata_value(fields[key]) for key in sorted(fields) if fields[key] is not None},
        **strings,
    )


def _text(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _metadata_value(value: object) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def _unique_ids(sources: list[Source]) -> list[Source]:
    """Ids clash when two files share a stem: then each clashing source is named by its path
    (and its own id, for a corpus record), and any clash left by its position."""
    counts = Counter(source.id for source in sources)
    if all(count == 1 for count in counts.values()):
        return sources
    renamed = []
    for source in sources:
        if counts[source.id] > 1:
            by_path = source.path if source.id == Path(source.path).stem else f"{source.path}#{source.id}"
            source = source.model_copy(update={"id": by_path})
        renamed.append(source)
    counts = Counter(source.id for source in renamed)
    seen: Counter[str] = Counter()
    unique = []
    for source in renamed:
        seen[source.id] += 1
        if counts[source.id] > 1:
            source = source.model_copy(update={"id": f"{source.id}~{seen[source.id]}"})
        unique.append(source)
    return unique
