"""The work a run ships to its workers: module-level functions of picklable records.

One story is one task (:func:`story_json`): the extraction of the sources the cache does not hold,
then the comparison. A big story's sources are extracted one task each (:func:`extract_parts`), with
what its comparison reads of each source alone (:class:`~factcheck.compare.parts.SourceParts`), and it
is then compared in one task with them all given. Which tasks run where is :mod:`factcheck.run.workers`'.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from factcheck.records import Claim, Diagnostic, Report, Source

if TYPE_CHECKING:
    from factcheck.compare import CompareOptions
    from factcheck.compare.parts import SourceParts


def extract_json(source: Source) -> bytes:
    """The claims of one source as the JSON of a claim list."""
    from factcheck.extract.claims import claims_of

    return _claim_list().dump_json(claims_of(source))


def read_back(
    extracted: Iterable[tuple[bytes, SourceParts]],
) -> Iterator[tuple[bytes, list[Claim], SourceParts]]:
    """Each source's :func:`extract_parts` as it comes back from a worker, read: its claims' JSON (to
    be cached), its claims and its parts as records. A big story compared in this process has them
    read while the workers extract the rest, not after (this process would otherwise wait, and the
    comparison is what the run waits for last); within :func:`~factcheck.records.values_shared`."""
    for blob, parts in extracted:
        yield blob, _claim_list().validate_json(blob), parts.read()


def extract_parts(source: Source) -> tuple[bytes, SourceParts]:
    """:func:`extract_json` of one source, and its part of its story's comparison, from the one
    reading of its sentences."""
    from factcheck.compare.parts import source_parts
    from factcheck.extract.claims import claims_of
    from factcheck.read.segment import segment_source

    segments = segment_source(source)
    return _claim_list().dump_json(claims_of(source, segments)), source_parts(source, segments)


class BuiltReport:
    """A story's report as :func:`story_built` built it, whose JSON is made only when asked for (the
    cache, a corpus's files); it pickles as that JSON, so that a worker sends the parent the bytes it
    always did. In this process, ``check`` then takes the record itself: for one story of 5,000
    sources, writing its JSON (80 MB) and reading it back as a second report took more memory than
    all the rest of the run. (JSON round trips of records are exact: the report is the same.)"""

    __slots__ = ("report",)

    def __init__(self, report: Report):
        self.report = report

    def json(self) -> bytes:
        """The JSON, made each time it is asked for (once: for the cache, or by a worker's parent), and
        not kept: ``check`` goes on with the record."""
        # the serializer's own bytes: model_dump_json would decode them to a str, encode() copy that
        return self.report.__pydantic_serializer__.to_json(self.report, indent=2)

    def __reduce__(self) -> tuple[type[bytes], tuple[bytes]]:
        return bytes, (self.json(),)


def report_json(report: bytes | BuiltReport) -> bytes:
    """A story's report as JSON, whether it came back from a worker or the cache, or was built here."""
    return report.json() if isinstance(report, BuiltReport) else report


StoryTask = tuple[
    Sequence[Source],
    Iterable[bytes | list[Claim] | None],
    Sequence[Diagnostic],
    "CompareOptions | None",
    Iterable["SourceParts | None"],
]
# the claims extracted, the report, its summary, and its pages (:func:`story_paged`; else None)
StoryResult = tuple[list[bytes | None], bytes | BuiltReport, dict[str, Any], dict[str, bytes] | None]


class _HandedOver:
    """What a big story's comparison task (:func:`_run_stories`) is handed of each source, its claims'
    JSON (or the claims, read back already: :func:`read_back`) or its parts, which the task reads
    once: read in this process, each is let go of as it is read, so that the story's claims are not
    held both as JSON and as records while it is compared (30 MB and 70 MB for 5,000 sources), nor
    its sources' parts once the frame has read them. Sent to a worker, it is the list."""

    __slots__ = ("_items",)

    def __init__(self, items: list[Any]):
        self._items = items

    def __iter__(self) -> Iterator[Any]:
        items, self._items = self._items[::-1], []
        while items:
            yield items.pop()

    def __reduce__(self) -> tuple[type[list], tuple[list[Any]]]:
        return list, (self._items,)


def story_json(task: StoryTask) -> StoryResult:
    """:func:`story_built`, with the report as JSON."""
    extracted, report, summary = _story_compared(task)
    return extracted, report_json(report), summary, None


def story_paged(task: StoryTask) -> StoryResult:
    """:func:`story_json`, with the story's pages (:func:`~factcheck.run.pages.story_pages`) rendered
    from the report as built: a corpus's process that writes the files then neither reads the
    report's JSON back nor renders, and is not the one process the workers wait for."""
    from factcheck.run.pages import story_pages

    extracted, report, summary = _story_compared(task)
    return extracted, report.json(), summary, story_pages(report.report, task[0])


def story_built(task: StoryTask) -> StoryResult:
    """One story's work in one task: the claims its sources (sorted by id) lack (``None`` in place
    of a claim list's JSON, or of the claims a worker extracted and this process read back)
    extracted, then compared with the input problems met loading them and the comparison's options;
    the parts of the sources extracted elsewhere are given (``None`` for the others: those extracted
    here are made with their claims, those cached by the comparison).

    Returns the claims extracted here (``None`` where they were given), the report (as built), its
    summary: the number of claims and of claim comparisons made, and the findings by severity; and
    no pages.
    A story is one task, not a task per source and then one to compare, so that workers never
    wait for each other between the two; only a big story is shared out (:func:`_run_stories`).
    """
    return (*_story_compared(task), None)


def _story_compared(task: StoryTask) -> tuple[list[bytes | None], BuiltReport, dict[str, Any]]:
    from factcheck.records import values_shared

    sources, known, diagnostics, compare_options, given = task
    adapter = _claim_list()
    extracted: list[bytes | None] = []
    claim_lists: list[list[Claim]] = []
    parts: dict[str, SourceParts] = {}
    with values_shared():
        for source, blob, part in zip(sources, known, given, strict=True):
            claims = blob if isinstance(blob, list) else _cached_claims(blob)  # read back, or JSON
            fresh = None
            if claims is None:  # not cached, or a damaged row: extracted (and stored) again, never trusted
                fresh, part = extract_parts(source)
                claims = adapter.validate_json(fresh)
            extracted.append(fresh)
            claim_lists.append(claims)
            if part is not None:
                parts[source.id] = part
    report, summary = _story_report(sources, claim_lists, diagnostics, compare_options, parts)
    return extracted, report, summary


def story_report_json(
    sources: Sequence[Source],
    claims_json: Sequence[bytes | None],
    diagnostics: Sequence[Diagnostic],
    compare_options: CompareOptions | None,
) -> tuple[bytes, dict[str, Any]]:
    """The JSON report of one story from its sources (sorted by id), their claims' JSON, the
    input problems met loading them and the comparison's options; with its summary."""
    adapter = _claim_list()
    claim_lists = [adapter.validate_json(blob) for blob in claims_json if blob is not None]
    report, summary = _story_report(sources, claim_lists, diagnostics, compare_options)
    return report.json(), summary


def _story_report(
    sources: Sequence[Source],
    claim_lists: Sequence[Sequence[Claim]],
    diagnostics: Sequence[Diagnostic],
    compare_options: CompareOptions | None,
    parts: dict[str, SourceParts] | None = None,
) -> tuple[BuiltReport, dict[str, Any]]:
    from factcheck.compare import compare, report_of
    from factcheck.extract.claims import canonicalise_claims, collection_paused

    # the comparison leaves no cycles either (a handful of objects for 1,000 sources), and the
    # collector's passes over a big story's claims took a tenth of it
    with collection_paused():
        # One entity id per entity across the story's sources ("Kim Jong-un" = "Kim Jong Un").
        claims = canonicalise_claims([claim for claims in claim_lists for claim in claims])
        findings = compare(sources, claims, compare_options, parts)
        report = report_of(sources, claims, findings)
    report.diagnostics = list(diagnostics)
    by_severity = {severity: 0 for severity in ("error", "warning", "info")}
    for finding in report.discrepancies:
        by_severity[finding.severity.value] += 1
    summary = {"claims": len(claims), "comparisons": findings.comparisons, "by_severity": by_severity}
    return BuiltReport(report), summary


def _cached_claims(blob: bytes | None) -> list[Claim] | None:
    """The claims of a claim list read from the cache; None when there is none or it is damaged."""
    if blob is None:
        return None
    try:
        return _claim_list().validate_json(blob)
    except ValueError:  # pydantic's ValidationError is one
        return None


@cache
def _claim_list() -> Any:
    from pydantic import TypeAdapter

    return TypeAdapter(list[Claim])
