"""compare.town_readings: towns the entity stage does not read as places, on invented sentences."""

from __future__ import annotations

from claim_builders import source

from factcheck.compare.town_readings import unknown_town_readings
from factcheck.compare.towns import is_unknown_town
from factcheck.read.segment import segment_source


def _unknown(text: str) -> list[str]:
    report = source("a", text)
    found = unknown_town_readings(report, segment_source(report))
    assert all(is_unknown_town(claim) and claim.quote == claim.value.name for claim in found)
    return [c.value.name for c in found]


def test_a_name_after_a_locative_is_read_when_the_gazetteer_does_not_know_it():
    assert _unknown("Two men were shot in Dunmarrow on Friday.") == ["Dunmarrow"]
    assert _unknown("Two men were shot in Dunmarrow Friday night.") == ["Dunmarrow"]
    assert _unknown("A barn burned outside of Upper Brackmoor.") == ["Upper Brackmoor"]
    assert _unknown("She grew up in the town of Fenwick.") == ["Fenwick"]


def test_what_is_not_a_towns_name_is_not_read():
    assert _unknown("Two men were shot in Bradford on Friday.") == []  # the entity stage reads it
    assert _unknown("Two men were shot in Dunmarrow County.") == []
    assert _unknown("Two men were shot in Dunmarrow Heights Park.") == []
    assert _unknown("Two men were shot in Fenwick's yard.") == []
    assert _unknown("Two men were shot in March.") == []
    assert _unknown("Two men were shot in Fenwick Street.") == []
    assert _unknown("He was hurt in Week 3 and missed two games.") == []


def test_a_word_the_text_also_writes_in_lower_case_is_no_town():
    assert _unknown("The Medal in Geology went to a Tarrow lab. It is the top geology medal.") == []
    assert _unknown("The Medal in Geology went to a lab in Dunmarrow. It is the top geology medal.") == [
        "Dunmarrow"
    ]
