"""What a big story keeps in memory: records share what they can, and a report built in this process
is neither written as JSON nor read back (the same report either way)."""

from __future__ import annotations

import pickle

import pytest
from pydantic import TypeAdapter, ValidationError
from test_parallel import invented_story

from factcheck.records import Claim, Report, Stance
from factcheck.run.workers import Runner, RunOptions, extract_json, report_json
from factcheck.run.workers import _story_report as story_report

CLAIMS = TypeAdapter(list[Claim])


def test_claims_read_from_json_share_their_field_names_and_stances() -> None:
    claims = CLAIMS.validate_json(extract_json(invented_story(1)[0]))
    assert len(claims) > 3
    first, second = claims[0], claims[1]
    assert first.__pydantic_fields_set__ is second.__pydantic_fields_set__
    said = [claim.stance for claim in claims if claim.stance == first.stance]
    assert len(said) > 1 and all(stance is said[0] for stance in said)
    # a copy with a change gets a set of its own: the shared one is never changed in place
    names = set(first.__pydantic_fields_set__)
    copy = first.model_copy(update={"event": "visit:x"})
    assert copy.__pydantic_fields_set__ is not first.__pydantic_fields_set__
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
