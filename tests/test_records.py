"""Records: exact JSON round-trips (the Claim union included), frozen values, strict fields."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import BaseModel, TypeAdapter, ValidationError

from factcheck.records import (
    Age,
    AgeClaim,
    Claim,
    ClaimRef,
    Corroboration,
    Diagnostic,
    Discrepancy,
    Duration,
    DurationClaim,
    Entity,
    EntityClaim,
    Quantity,
    QuantityClaim,
    Recurrence,
    RecurrenceClaim,
    Report,
    Role,
    RoleClaim,
    Segment,
    Severity,
    Side,
    Source,
    Span,
    Stance,
    TimeClaim,
    TimeSpan,
    source_info,
)

PUBLISHED = dt.date(2023, 3, 4)
TEXT = "A 5.9 quake hit Varno on Friday, killing 10. Mayor Ida Lund, 52, said it was the first in 30 years."

TIME = TimeSpan(
    start=dt.date(2023, 3, 3),
    end=dt.date(2023, 3, 4),
    granularity="day",
    weekday=4,
    anchor="publication",
    signal="on",
    timex_value="2023-03-03",
)
VALUES = {
    "time": TIME,
    "duration": Duration(low=30, high=30, unit="year", timex_value="P30Y"),
    "quantity": Quantity(
        low=10, high=10, unit="person", measure="count", counted="people killed", si_low=10, si_high=10
    ),
    "recurrence": Recurrence(
        ordinal=1,
        series="quake:varno",
        window_start=dt.date(1993, 3, 4),
        window_end=PUBLISHED,
        previous_gap_years=30,
        occurrence=TIME,
    ),
    "entity": Entity(id="place:varno", kind="place", name="Varno", aliases=("Varno town",)),
    "role": Role(person="Ida Lund", title="mayor", organisation="Varno", tense="current", as_of=PUBLISHED),
    "age": Age(person="Ida Lund", years=52, as_of=PUBLISHED),
}
CLAIM_TYPES = {
    "time": TimeClaim,
    "duration": DurationClaim,
    "quantity": QuantityClaim,
    "recurrence": RecurrenceClaim,
    "entity": EntityClaim,
    "role": RoleClaim,
    "age": AgeClaim,
}


def claim_of(kind: str):
    return CLAIM_TYPES[kind](
        id=f"varno:{kind}",
        source="varno",
        start=0,
        end=10,
        quote=TEXT[0:10],
        sentence_start=0,
        sentence_end=44,
        subject="quake",
        predicate=kind,
        event="quake:varno",
        stance=Stance(kind="attributed", speaker="Ida Lund", cue="said"),
        confidence=0.9,
        value=VALUES[kind],
    )


CLAIMS = [claim_of(kind) for kind in CLAIM_TYPES]
REF = ClaimRef(
    claim="varno:quantity", source="varno", start=0, end=10, quote=TEXT[0:10], side="a", value="10"
)
DISCREPANCY = Discrepancy(
    id="fc-0001",
    code="FC201",
    rule="quantity-mismatch",
    severity=Severity.error,
    fact="quake:varno killed",
    explanation="10 and 12 cannot both be the toll.",
    sides=(Side(label="a", value="10", independent_sources=1, claims=("varno:quantity",)),),
    claims=(REF,),
)
SOURCE = Source(
    id="varno",
    path="s/varno.md",
    text=TEXT,
    title="Quake",
    outlet="Courier",
    url="https://c.example/q",
    published=PUBLISHED,
    story="varno-quake",
    content_hash="ab" * 32,
    metadata={"desk": "world"},
)
RECORDS: list[BaseModel] = [
    SOURCE,
    Span(start=0, end=10, text=TEXT[0:10]),
    Segment(
        source="varno",
        index=0,
        start=0,
        end=44,
        text=TEXT[0:44],
        content=False,
        reason="link",
        duplicate_of=None,
    ),
    *VALUES.values(),
    Stance(kind="denied", negated=True),
    *CLAIMS,
    REF,
    DISCREPANCY,
    Corroboration(fact="quake:varno magnitude", value="5.9", independent_sources=2, claims=(REF,)),
    Diagnostic(path="s/bad.md", line=3, code="E106", message="bad date"),
    source_info(SOURCE),
    Report(
        tool_version="0.0.0",
        sources=[source_info(SOURCE)],
        claims=CLAIMS,
        discrepancies=[DISCREPANCY],
        single_source=["varno:age"],
        diagnostics=[Diagnostic(path="x", code="W108", message="cp1252")],
    ),
]


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: type(r).__name__)
def test_json_round_trip_is_exact(record):
    again = type(record).model_validate_json(record.model_dump_json())
    assert again == record
    assert again.model_dump_json() == record.model_dump_json()


@pytest.mark.parametrize("claim", CLAIMS, ids=lambda c: c.kind)
def test_claim_union_picks_the_type_by_kind(claim):
    adapter = TypeAdapter(Claim)
    again = adapter.validate_json(adapter.dump_json(claim))
    assert type(again) is type(claim)
    assert again == claim


def test_claim_union_rejects_an_unknown_kind():
    data = CLAIMS[0].model_dump(mode="json") | {"kind": "rumour"}
    with pytest.raises(ValidationError):
        TypeAdapter(Claim).validate_python(data)


@pytest.mark.parametrize(
    ("record", "field"),
    [
        (SOURCE, "text"),
        (VALUES["time"], "start"),
        (VALUES["quantity"], "low"),
        (CLAIMS[0], "quote"),
        (DISCREPANCY, "id"),
    ],
    ids=lambda x: type(x).__name__ if isinstance(x, BaseModel) else x,
)
def test_values_are_frozen(record, field):
    with pytest.raises(ValidationError):
        setattr(record, field, None)


def test_unknown_fields_are_rejected():
    with pytest.raises(ValidationError):
        Span(start=0, end=1, text="A", colour="red")


def test_severity_orders_info_warning_error():
    assert Severity.info < Severity.warning < Severity.error
    assert max([Severity.warning, Severity.error, Severity.info]) is Severity.error


def test_source_info_keeps_metadata_and_drops_the_text():
    info = source_info(SOURCE)
    assert (info.id, info.path, info.published, info.content_hash) == (
        "varno",
        "s/varno.md",
        PUBLISHED,
        "ab" * 32,
    )
    assert "text" not in info.model_dump()


def test_a_date_given_without_its_origin_is_metadata():
    source = Source(id="a", path="a.md", text="x", content_hash="ab" * 32, published=PUBLISHED)
    assert source.published_from == "metadata"
    assert source_info(source).published_from == "metadata"
    assert Source(id="a", path="a.md", text="x", content_hash="ab" * 32).published_from is None


def test_published_from_without_a_date_is_rejected():
    with pytest.raises(ValidationError):
        Source(id="a", path="a.md", text="x", content_hash="ab" * 32, published_from="dateline")
