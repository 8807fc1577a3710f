"""What a big story keeps in memory: records share what they can."""

from __future__ import annotations

import pytest
from pydantic import TypeAdapter, ValidationError
from test_parallel import invented_story

from factcheck.records import Claim, Stance
from factcheck.run.workers import extract_json

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
