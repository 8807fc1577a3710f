"""What a big story keeps in memory: records share what they can, and a report built in this process
is neither written as JSON nor read back (the same report either way)."""

from __future__ import annotations

import pickle

import pytest
from pydantic import TypeAdapter, ValidationError
from test_parallel import invented_story

from factcheck.records import Claim, Report, Stance
from factcheck.run.tasks import _story_report as story_report
from factcheck.run.tasks import extract_json, report_json
from factcheck.run.workers import Runner, RunOptions

CLAIMS = TypeAdapter(list[Claim])


def test_claims_read_from_json_share_their_field_names_and_stances() -> None:
    claims = CLAIMS.validate_json(extract_json(invented_story(1)[0]))
    assert len(claims) > 3
    first, second = claims[0], claims[1]
    assert first.__pydantic_fields_set__ is second.__pydantic_fields_set__
    said = [claim.stance for claim in claims if claim.stance == first.stance]
    assert len(said) > 1 and all(stance is said[0] for stance in said)
    # a copy with a change is given the names it now has, shared too: the shared set it was copied
    # from is never changed in place
    names = set(first.__pydantic_fields_set__)
    copy = first.model_copy(update={"event": "visit:x"})
    again = second.model_copy(update={"event": "visit:y"})
    assert copy.__pydantic_fields_set__ == names | {"event"}
    assert copy.__pydantic_fields_set__ is again.__pydantic_fields_set__
    assert first.__pydantic_fields_set__ == names and copy.event == "visit:x" and first.event != "visit:x"


def test_a_shared_stance_is_only_ever_read_from_json_and_still_validated() -> None:
    made = Stance(kind="attributed", speaker="police")
    assert made is not Stance(kind="attributed", speaker="police") and made == Stance(
        kind="attributed", speaker="police"
    )
    text = '{"kind": "attributed", "speaker": "police", "cue": "said", "negated": false}'
    assert Stance.model_validate_json(text) is Stance.model_validate_json(text)
    for invalid in ('{"kind": "maybe"}', '{"kind": "attributed", "speaker": ["a"]}', '{"speaker": {"a": 1}}'):
        with pytest.raises(ValidationError):
            Stance.model_validate_json(invalid)


def test_a_report_built_here_is_the_report_its_json_reads_as() -> None:
    sources = sorted(invented_story(6), key=lambda source: source.id)
    claims = [CLAIMS.validate_json(extract_json(source)) for source in sources]
    built, _ = story_report(sources, claims, [], None)
    again = Report.model_validate_json(built.json())
    assert again == built.report and again.model_dump_json(indent=2).encode() == built.json()
    # a worker sends the parent the JSON, as before
    assert pickle.loads(pickle.dumps(built)) == built.json() == report_json(built)
    with Runner(RunOptions()) as runner:
        assert runner.report(sources).model_dump_json() == again.model_dump_json()
        assert runner.report_jsons([sources]) == [built.json()]


def test_claims_of_a_story_read_together_share_their_alike_values() -> None:
    from factcheck.records import values_shared

    blobs = [extract_json(source) for source in invented_story(3)]
    with values_shared():
        together = [claim for blob in blobs for claim in CLAIMS.validate_json(blob)]
    apart = [claim for blob in blobs for claim in CLAIMS.validate_json(blob)]
    assert together == apart
    distinct = {(type(claim.value), claim.value.model_dump_json()) for claim in together}
    assert len({id(claim.value) for claim in together}) == len(distinct) < len(together)
    assert len({id(claim.value) for claim in apart}) == len(apart)  # outside: each its own, as before


def test_independence_holds_no_shingle_sets_for_all_sources() -> None:
    import tracemalloc

    from factcheck.compare.independence import independence_groups

    sources = invented_story(300)  # about 40 shingles each
    tracemalloc.start()
    try:
        groups = independence_groups(sources)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(groups) == 300
    # as sets held for every source (a table and an int object per shingle) they took 3.8 KB a source
    # here; as arrays, 0.4 KB
    assert peak < 300 * 1_500


def test_the_comparison_keeps_each_content_segment_small() -> None:
    import tracemalloc

    from factcheck.compare.parts import source_parts
    from factcheck.read.segment import segment_source

    def content_sentences(source):  # noqa: ANN001, ANN202
        return source_parts(source).sentences(source)

    sources = invented_story(100)
    for source in sources:
        expected = [(s.start, s.end, s.text, s.duplicate_of) for s in segment_source(source) if s.content]
        assert [(s.start, s.end, s.text, s.duplicate_of) for s in content_sentences(source)] == expected

    def held(read) -> int:  # noqa: ANN001
        tracemalloc.start()
        try:
            kept = [read(source) for source in sources]
            assert kept
            return tracemalloc.get_traced_memory()[0]
        finally:
            tracemalloc.stop()

    assert held(content_sentences) < held(segment_source) / 3


def test_a_big_storys_claims_json_is_let_go_of_as_its_comparison_reads_it() -> None:
    from factcheck.run.tasks import _HandedOver

    blobs = [b"[]", None, b"[]"]
    handed = _HandedOver(blobs)
    assert pickle.loads(pickle.dumps(handed)) == [b"[]", None, b"[]"]  # a worker gets the list
    reading = iter(handed)
    assert next(reading) == b"[]"
    assert handed._items == []  # held only by the reading, which gives each away as it goes
    assert list(reading) == [None, b"[]"]


def test_a_reports_json_in_pieces_is_its_json() -> None:
    from factcheck.run.pieces import json_pieces

    sources = sorted(invented_story(6), key=lambda source: source.id)
    claims = [CLAIMS.validate_json(extract_json(source)) for source in sources]
    built, _ = story_report(sources, claims, [], None)
    assert built.report.discrepancies and built.report.corroborations and not built.report.diagnostics
    pieces = list(json_pieces(built.report))
    assert b"".join(pieces) == built.json()
    # the biggest piece holds one finding or claim, not the report (its JSON is never made whole)
    assert max(map(len, pieces)) < len(built.json()) / 10


def test_a_finding_citing_thousands_of_claims_comes_in_pieces_of_one_claim() -> None:
    """A fact's values cite every claim that gives them: one fact of a story of 5,000 sources was 4 MB
    of JSON, made whole, then cut and indented again (three copies at once) as one piece."""
    from factcheck.records import ClaimRef, Fact, FactValue
    from factcheck.run.pieces import json_pieces

    sources = sorted(invented_story(3), key=lambda source: source.id)
    claims = [CLAIMS.validate_json(extract_json(source)) for source in sources]
    built, _ = story_report(sources, claims, [], None)
    cited = tuple(
        ClaimRef(claim=f"s{n}:age", source=f"s{n}", start=n, end=n + 2, quote="32", side="a", value="32")
        for n in range(3_000)
    )
    values = tuple(
        FactValue(value=age, text=str(age), sources=("s1",), independent_sources=1, claims=cited)
        for age in (32, 33)
    )
    fact = Fact(id="f", name="the age of Anna Berg", attribute="age", status="disputed", values=values)
    report = built.report.model_copy(update={"facts": [*built.report.facts, fact]})
    pieces = list(json_pieces(report))
    assert b"".join(pieces) == report.__pydantic_serializer__.to_json(report, indent=2)
    assert max(map(len, pieces)) < 2_000
