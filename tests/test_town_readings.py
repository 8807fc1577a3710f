"""compare.town_readings: towns the entity stage does not read as places, on invented sentences."""

from __future__ import annotations

from claim_builders import source

from factcheck.compare.town_readings import force_town_readings, is_unknown_town, unknown_town_readings
from factcheck.read.segment import segment_source


def _forces(text: str) -> list[str]:
    report = source("a", text)
    return [c.value.name for c in force_town_readings(report, segment_source(report))]


def _unknown(text: str) -> list[str]:
    report = source("a", text)
    found = unknown_town_readings(report, segment_source(report))
    assert all(is_unknown_town(claim) and claim.quote == claim.value.name for claim in found)
    return [c.value.name for c in found]


def test_a_force_at_work_names_its_town():
    assert _forces("The Dayton Police Department said a man was hurt.") == ["Dayton"]
    assert _forces("Two were hurt, according to Dayton Police.") == ["Dayton"]
    assert _forces("Kettering Police are investigating the fire.") == ["Kettering"]


def test_a_force_named_in_passing_names_no_town():
    assert _forces("A detective of the Dayton Police Department coached the team.") == []


def test_the_longest_name_before_the_force_is_its_town():
    assert _forces("Oklahoma City Police said the road was closed.") == ["Oklahoma City"]
    assert _forces("Louisville Metro Police said the road was closed.") == ["Louisville"]
    # a state's force, or a force named only by its kind, has no town
    assert _forces("New York Police said the road was closed.") == []
    assert _forces("Metro Police said the road was closed.") == []


def test_a_name_after_a_locative_is_read_when_the_gazetteer_does_not_know_it():
    assert _unknown("Two men were shot in Dunmarrow on Friday.") == ["Dunmarrow"]
    assert _unknown("Two men were shot in Dunmarrow Friday night.") == ["Dunmarrow"]
    assert _unknown("A barn burned outside of Upper Brackmoor.") == ["Upper Brackmoor"]
    assert _unknown("She grew up in the town of Fenwick.") == ["Fenwick"]


def test_what_is_not_a_towns_name_is_not_read():
    assert _unknown("Two men were shot in Dayton on Friday.") == []  # the entity stage reads it
    assert _unknown("Two men were shot in Dunmarrow County.") == []
    assert _unknown("Two men were shot in Dunmarrow Heights Park.") == []
    assert _unknown("Two men were shot in Fenwick's yard.") == []
    assert _unknown("Two men were shot in March.") == []
    assert _unknown("Two men were shot in Fenwick Street.") == []
    assert _unknown("He was hurt in Week 3 and missed two games.") == []
