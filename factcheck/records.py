"""The typed records every stage takes and returns.

The pipeline is ``Source -> Segment -> Claim -> Discrepancy -> Report``; each
stage is a pure function from records to records. Values (spans, times,
quantities, ...) are frozen; JSON round-trips are exact
(``Model.model_validate_json(m.model_dump_json()) == m``).

The JSON form of :class:`Report` is the contract other tools build on; its
schema is printed by ``factcheck schema`` and versioned by
:data:`SCHEMA_VERSION`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from enum import Enum
from typing import Annotated, Any, Literal, Self, TypeVar

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    ValidatorFunctionWrapHandler,
    model_validator,
)

SCHEMA_VERSION = "1.0"


# The sets of field names the records were validated with, one object per distinct set.
_FIELDS_SETS: dict[frozenset[str], set[str]] = {}


class Value(BaseModel):
    """Base of immutable value records."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    @model_validator(mode="after")
    def _share_fields_set(self) -> Value:
        """Every validated record gets its own set of the names of the fields it was given (700
        bytes for a claim's 15), though records of a kind are nearly always given the same ones: a
        story of 5,000 sources held a million such sets. A frozen record never changes its set in
        place (``model_copy`` changes a copy), so records given the same names share one."""
        _share_names(self)
        return self

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """A copy that shares its set of field names with the records given the same ones: pydantic
        gives each copy a set of its own (a big story copies tens of thousands of claims while it
        fills in their events and merges their entities)."""
        return _share_names(super().model_copy(update=update, deep=deep))


_Record = TypeVar("_Record", bound=Value)


def _share_names(record: _Record) -> _Record:
    names = record.__pydantic_fields_set__
    object.__setattr__(record, "__pydantic_fields_set__", _FIELDS_SETS.setdefault(frozenset(names), names))
    return record


class Severity(str, Enum):  # noqa: UP042 - StrEnum would change str() and format() of members
    """How much a finding matters; ordered ``info < warning < error``."""

    info = "info"
    warning = "warning"
    error = "error"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]

    def __ge__(self, other: object) -> bool:  # type: ignore[override]
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank >= other.rank

    def __gt__(self, other: object) -> bool:  # type: ignore[override]
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank > other.rank

    def __le__(self, other: object) -> bool:  # type: ignore[override]
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank <= other.rank

    def __lt__(self, other: object) -> bool:  # type: ignore[override]
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank < other.rank


_SEVERITY_RANK = {Severity.info: 0, Severity.warning: 1, Severity.error: 2}


# --------------------------------------------------------------------------
# Documents and segments


PublishedFrom = Literal["metadata", "dateline", "url", "inferred"]
"""Where a source's publication date came from, most trusted first.

``metadata``: front matter, a sidecar, a JSON Lines field, the HTML page's
metadata or ``--published``; ``dateline``: a wire dateline or a date line
among the first lines of the body ("Posted May 7, 2021 4:12 PM"); ``url``: a
date in the URL's path; ``inferred``: reserved for a date the story's other
sources imply (never a day a source does not state); not produced yet.
"""


def _published_from(data: object) -> object:
    """``published_from`` is ``None`` exactly when ``published`` is: a date given without
    saying where it came from was given by the caller, i.e. it is metadata."""
    if isinstance(data, dict):
        if data.get("published") is None and data.get("published_from") is not None:
            raise ValueError("published_from is set but published is not")
        if data.get("published") is not None and data.get("published_from") is None:
            data = {**data, "published_from": "metadata"}
    return data


class Source(Value):
    """One input document: its original text and metadata.

    ``text`` is the text as decoded from the file (for HTML: the extracted
    article text). All offsets elsewhere index into it. ``published_from``
    says where ``published`` came from (:data:`PublishedFrom`).
    """

    id: str
    path: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    published_from: PublishedFrom | None = None
    story: str | None = None
    content_hash: str
    metadata: dict[str, str] = Field(default_factory=dict)

    @model_validator(mode="before")
    @classmethod
    def _check_published_from(cls, data: object) -> object:
        return _published_from(data)


class Span(Value):
    """A half-open character range ``[start, end)`` of a source's text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Segment(Value):
    """A sentence (or headline line) of a source, with offsets into its text.

    ``content`` is false for web-page leftovers ("ALSO READ: ...", image
    credits, share lines); ``duplicate_of`` is the index of the first
    segment of the same source with the same text, so a line repeated in
    one source counts once.
    """

    source: str
    index: int = Field(ge=0)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    content: bool = True
    reason: str | None = None
    duplicate_of: int | None = None


# --------------------------------------------------------------------------
# Typed values

# The claim values read from JSON so far by the reading :func:`values_shared` is around, by class and
# JSON; None outside one.
_READ_VALUES: ContextVar[dict[tuple[type, str], ClaimValue] | None] = ContextVar("read_values", default=None)


@contextmanager
def values_shared() -> Iterator[None]:
    """Within: the values of claims read from JSON (:class:`ClaimValue`) that are alike are one record.

    A story's sources give the same few dates, counts, ages and places: 13,315 claims of 1,000 sources
    had 807 distinct values, and each claim's own copy took a third of the memory of its claims. Only
    as long as one story's claims are read, so that a long run keeps no values of stories done."""
    token = _READ_VALUES.set({})
    try:
        yield
    finally:
        _READ_VALUES.reset(token)


class ClaimValue(Value):
    """The base of what a claim says (its ``value``): shared when read within :func:`values_shared`."""

    @model_validator(mode="wrap")
    @classmethod
    def _one_per_value(cls, data: Any, handler: ValidatorFunctionWrapHandler, info: ValidationInfo) -> Any:
        shared = _READ_VALUES.get()
        if shared is None or info.mode != "json" or not isinstance(data, dict):
            return handler(data)
        # repr tells apart what JSON does (1, 1.0, true and "1"); a value that fails is not kept
        key = (cls, repr(data))
        found = shared.get(key)
        if found is None:
            found = shared[key] = handler(data)
        return found


Granularity = Literal["time", "day", "week", "month", "season", "quarter", "year", "decade", "century"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


class TimeSpan(ClaimValue):
    """A half-open interval of days ``[start, end)`` at a granularity.

    ``start``/``end`` are ``None`` when the expression could not be resolved
    (then ``weekday`` may still hold 0=Monday..6=Sunday, comparable with
    another weekday). ``modifier`` is the TimeML ``mod`` (BEFORE, AFTER,
    ON_OR_AFTER, START, MID, END, APPROX, ...); ``signal`` the preposition
    that introduces it ("since", "in", "until", ...). ``anchor`` says what a
    relative expression was resolved against: ``inferred``, the span of the
    publication dates of the story's other sources (a report without one).
    """

    type: Literal["time"] = "time"
    start: dt.date | None = None
    end: dt.date | None = None
    granularity: Granularity = "day"
    approximate: bool = False
    weekday: int | None = Field(default=None, ge=0, le=6)
    clock: str | None = None
    modifier: str | None = None
    signal: str | None = None
    anchor: Literal["absolute", "publication", "text", "inferred", "unresolved"] = "absolute"
    timex_type: TimexType = "DATE"
    timex_value: str


DurationUnit = Literal["second", "minute", "hour", "day", "week", "month", "year", "decade", "century"]


class Duration(ClaimValue):
    """An amount of time as a range ``[low, high]`` of ``unit``.

    "24 years" is (24, 24); "less than five years" is (0, 5) with
    ``modifier="LESS_THAN"``; an open bound is ``None``.
    """

    type: Literal["duration"] = "duration"
    low: float | None = None
    high: float | None = None
    unit: DurationUnit
    modifier: str | None = None
    signal: str | None = None
    timex_type: TimexType = "DURATION"
    timex_value: str


Measure = Literal[
    "count",
    "length",
    "mass",
    "area",
    "volume",
    "speed",
    "money",
    "percent",
    "magnitude",
    "temperature",
    "other",
]


class Quantity(ClaimValue):
    """A numeric range ``[low, high]`` with a unit and the thing counted.

    Exact values have ``low == high``. Hedges widen the range (``hedge`` keeps
    the word); units are canonical pint names ("meter", "foot") and
    ``si_low``/``si_high`` hold the range in the base unit of its dimension
    so that "600 metres" and "2,000 feet" compare directly.
    """

    type: Literal["quantity"] = "quantity"
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    dimension: str | None = None
    si_low: float | None = None
    si_high: float | None = None
    measure: Measure = "count"
    counted: str | None = None
    hedge: str | None = None
    exact: bool = True

    @classmethod
    def count_of(cls, number: int, counted: str) -> Quantity:
        """An exact count: ``number`` of ``counted`` ("3 people injured")."""
        return cls(low=number, high=number, si_low=number, si_high=number, measure="count", counted=counted)


class Recurrence(ClaimValue):
    """The n-th occurrence of a series of events, optionally within a window.

    "for the first time in 24 years" (published 2024-06) is ordinal 1 with
    ``window_start=2000-06-..``, ``previous_gap_years=24``; "his second visit
    since 2019" is ordinal 2 within ``[2019-01-01, published)``; "the 12th
    Doctor" is ordinal 12 of the series ``title``.
    """

    type: Literal["recurrence"] = "recurrence"
    ordinal: int | None = None
    series: str | None = None
    window_start: dt.date | None = None
    window_end: dt.date | None = None
    previous_gap_years: float | None = None
    occurrence: TimeSpan | None = None
    title: str | None = None


class Entity(ClaimValue):
    """A canonical person, place or organisation with its surface forms."""

    type: Literal["entity"] = "entity"
    id: str
    kind: Literal["person", "place", "organisation", "other"]
    name: str
    aliases: tuple[str, ...] = ()


class Role(ClaimValue):
    """A person holding a title (of an organisation) at a time."""

    type: Literal["role"] = "role"
    person: str
    title: str
    organisation: str | None = None
    ordinal: int | None = None
    tense: Literal["current", "former", "then", "future", "unknown"] = "current"
    as_of: dt.date | None = None


class Age(ClaimValue):
    """A person's age in years, as of ``as_of`` (the publication date)."""

    type: Literal["age"] = "age"
    person: str
    years: int = Field(ge=0, le=150)
    as_of: dt.date | None = None


StanceKind = Literal["asserted", "attributed", "alleged", "denied", "expected", "hedged"]


class Stance(Value):
    """How the source holds a claim: asserted, or said by someone, alleged,
    denied, expected/planned, or hedged ("reportedly")."""

    kind: StanceKind = "asserted"
    speaker: str | None = None
    cue: str | None = None
    negated: bool = False

    @model_validator(mode="wrap")
    @classmethod
    def _one_per_stance(
        cls, data: Any, handler: ValidatorFunctionWrapHandler, info: ValidationInfo
    ) -> Stance:
        """Read from JSON (cached claims, a report), one record per distinct stance: a story's claims
        share a few dozen, and each claim's own copy took a tenth of a big story's report. (A record
        built in Python is left alone: ``__init__`` must fill in the record it is given.)"""
        if info.mode != "json" or not isinstance(data, dict):
            return handler(data)
        key = tuple(sorted(data.items()))
        try:
            found = _STANCES.get(key)
        except TypeError:  # a value that is no str, bool or None: invalid, as the handler will say
            return handler(data)
        if found is None:
            found = handler(data)
            if len(_STANCES) < _MAX_STANCES:  # speakers are names: a corpus may hold very many
                _STANCES[key] = found
        return found


_STANCES: dict[tuple, Stance] = {}
_MAX_STANCES = 10_000


# --------------------------------------------------------------------------
# Claims

ClaimKind = Literal["time", "duration", "quantity", "recurrence", "entity", "role", "age"]


class _ClaimBase(Value):
    """Fields every claim has.

    ``start``/``end`` index the source's original text and
    ``text[start:end] == quote``. ``sentence_start``/``sentence_end`` bound
    the segment the claim comes from. ``subject``/``predicate``/``object``
    make the claim's fact slot; ``event`` is the normalised key of the event
    the claim belongs to (e.g. ``visit:putin>north_korea``), used to block
    and align claims across sources.
    """

    id: str
    source: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    quote: str
    sentence_start: int = Field(ge=0)
    sentence_end: int = Field(ge=0)
    subject: str | None = None
    predicate: str
    object: str | None = None
    event: str | None = None
    stance: Stance = Stance()
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)


class TimeClaim(_ClaimBase):
    kind: Literal["time"] = "time"
    value: TimeSpan


class DurationClaim(_ClaimBase):
    kind: Literal["duration"] = "duration"
    value: Duration


class QuantityClaim(_ClaimBase):
    kind: Literal["quantity"] = "quantity"
    value: Quantity


class RecurrenceClaim(_ClaimBase):
    kind: Literal["recurrence"] = "recurrence"
    value: Recurrence


class EntityClaim(_ClaimBase):
    kind: Literal["entity"] = "entity"
    value: Entity


class RoleClaim(_ClaimBase):
    kind: Literal["role"] = "role"
    value: Role


class AgeClaim(_ClaimBase):
    kind: Literal["age"] = "age"
    value: Age


Claim = Annotated[
    TimeClaim | DurationClaim | QuantityClaim | RecurrenceClaim | EntityClaim | RoleClaim | AgeClaim,
    Field(discriminator="kind"),
]


# --------------------------------------------------------------------------
# Findings and the report


class ClaimRef(Value):
    """A claim as cited in a finding: where it is and what it says."""

    claim: str
    source: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    quote: str
    side: str
    value: str


class Side(Value):
    """One position in a dispute, with the number of independent sources."""

    label: str
    value: str
    independent_sources: int = Field(ge=0)
    claims: tuple[str, ...]


class Discrepancy(Value):
    """One disputed fact: the rule that found it, its sides and all quotes.

    ``id`` is a fingerprint of the normalised content (rule, fact, values),
    stable across reordering and re-runs, so it can go in a baseline.
    """

    id: str
    code: str
    rule: str
    severity: Severity
    fact: str
    explanation: str
    sides: tuple[Side, ...]
    claims: tuple[ClaimRef, ...]


class Corroboration(Value):
    """A fact on which several sources agree."""

    fact: str
    value: str
    independent_sources: int = Field(ge=0)
    claims: tuple[ClaimRef, ...]


class FactValue(Value):
    """One value a fact is given, with the sources and quotes that give it.

    ``value`` is the normalised value in a plain JSON form: an ISO date
    ("2015-06-11") for a date, a weekday's name, "HH:MM" for a time of day,
    a place's name, an integer for an exact count or an age, else the
    readable value ("about 50", "3-19"). ``text`` is the readable form.
    """

    value: int | float | str
    text: str
    sources: tuple[str, ...]
    independent_sources: int = Field(ge=0)
    claims: tuple[ClaimRef, ...]


FactStatus = Literal["agreed", "disputed", "single-source"]


class Fact(Value):
    """One fact of the story frame, as an editor reads it.

    ``attribute`` is what is stated (``date``, ``weekday``, ``time``,
    ``place``, ``killed``, ``injured``, ``shot``, ``age``, ...), ``subject``
    whose it is (a person's name; ``None`` for the story's incident) and
    ``name`` the fact in plain words ("the age of Anna Berg", "the weekday
    of the shooting"). ``values`` are most widely reported first;
    ``discrepancy`` is the id of the finding when they cannot all hold.
    """

    id: str
    name: str
    attribute: str
    subject: str | None = None
    event: str | None = None
    status: FactStatus
    values: tuple[FactValue, ...]
    discrepancy: str | None = None


class Diagnostic(Value):
    """A problem with the input that did not stop the run (or would have)."""

    path: str
    line: int | None = None
    code: str
    message: str


class SourceInfo(Value):
    """A source as listed in a report: id, path and metadata, without text."""

    id: str
    path: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    published_from: PublishedFrom | None = None
    story: str | None = None
    content_hash: str

    @model_validator(mode="before")
    @classmethod
    def _check_published_from(cls, data: object) -> object:
        return _published_from(data)


class Report(BaseModel):
    """The result of checking one story."""

    model_config = ConfigDict(extra="forbid")

    schema_version: str = SCHEMA_VERSION
    tool_version: str
    sources: list[SourceInfo]
    claims: list[Claim]
    discrepancies: list[Discrepancy] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    corroborations: list[Corroboration] = Field(default_factory=list)
    single_source: list[str] = Field(default_factory=list)
    diagnostics: list[Diagnostic] = Field(default_factory=list)


def source_info(source: Source) -> SourceInfo:
    """The report's view of a source (metadata, no text)."""
    return SourceInfo(**source.model_dump(include=set(SourceInfo.model_fields)))


# --------------------------------------------------------------------------
# The corpus index (index.json of ``factcheck corpus``): written entry by entry by
# :mod:`factcheck.run.corpus`; these models are its contract (``factcheck schema index``).


class SeverityCounts(BaseModel):
    model_config = ConfigDict(extra="forbid")

    error: int = Field(ge=0)
    warning: int = Field(ge=0)
    info: int = Field(ge=0)


class CorpusIndexEntry(BaseModel):
    """One story of a corpus: where its reports are (relative to the index) and its counts."""

    model_config = ConfigDict(extra="forbid")

    story: str
    origin: str
    report: str
    html: str
    markdown: str
    sources: int = Field(ge=0)
    discrepancies: int = Field(ge=0)
    by_severity: SeverityCounts
    diagnostics: int = Field(ge=0)


class CorpusTotals(BaseModel):
    model_config = ConfigDict(extra="forbid")

    stories: int = Field(ge=0)
    skipped_stories: int = Field(ge=0)
    sources: int = Field(ge=0)
    claims: int = Field(ge=0)
    comparisons: int = Field(ge=0)
    discrepancies: int = Field(ge=0)
    by_severity: SeverityCounts


class CorpusIndex(BaseModel):
    """``index.json``: every story's reports and counts, the totals, and the input problems."""

    model_config = ConfigDict(extra="forbid")

    schema_version: str = SCHEMA_VERSION
    tool_version: str
    stories: list[CorpusIndexEntry]
    totals: CorpusTotals
    diagnostics: list[Diagnostic] = Field(default_factory=list)
