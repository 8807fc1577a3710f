"""compare.injuries: where on the body a named person was hurt, and which parts may be one injury."""

from __future__ import annotations

import re

import pytest
from claim_builders import source

from factcheck.compare import compare
from factcheck.compare.fact_keys import FactKey
from factcheck.compare.injuries import compatible, injury_readings, several_injuries_set_apart
from factcheck.extract.claims import canonicalise_claims, claims_of
from factcheck.read.segment import segment_source

_PEOPLE = {"Ivo Marsh": "ivo_marsh", "Marsh": "ivo_marsh", "Owen Hale": "owen_hale", "Hale": "owen_hale"}
_NAMES = re.compile("|".join(sorted(_PEOPLE, key=len, reverse=True)))


def _people_in(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), _PEOPLE[m.group(0)]) for m in _NAMES.finditer(text)]


def _readings(text: str, source_id: str = "a", incident: str | None = "game") -> list:
    report = source(source_id, text)
    segments = [s for s in segment_source(report) if s.content]
    return injury_readings(report, segments, _people_in, incident)


def _injuries(text: str, incident: str | None = "game") -> list[tuple[str, str]]:
    return [(c.subject, c.value.id) for c in _readings(text, incident=incident)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ivo Marsh broke his right fibula on Sunday.", [("ivo_marsh", "right fibula")]),
        ("Ivo Marsh (sprained ankle) will not play.", [("ivo_marsh", "ankle")]),
        ("Ivo Marsh (left ankle) is doubtful for Sunday.", [("ivo_marsh", "left ankle")]),
        ("Marsh tore the ACL in his left knee on Friday.", [("ivo_marsh", "left acl")]),
        ("Marsh has a right knee injury, coach Owen Hale said.", [("ivo_marsh", "right knee")]),
        # the person named nearest before the injury is the one hurt
        ("Hale said Marsh had fractured his collarbone.", [("ivo_marsh", "collarbone")]),
    ],
)
def test_an_injury_is_read_as_the_part_and_side_of_the_person_named_before_it(text, found):
    assert _injuries(text) == found


def test_a_pronoun_carries_the_one_person_of_the_sentence_before():
    assert _injuries("Ivo Marsh left the game early. He had broken his left wrist.") == [
        ("ivo_marsh", "left wrist")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # someone no report names again stands between: the injury is theirs
        "Ivo Marsh left the game early. Lineman Jo Reed sprained his ankle.",
        "Marsh ran for 80 yards before lineman Jo Reed sprained his ankle.",
        # an earlier injury is the person's too, not the news's
        "Ivo Marsh tore his ACL in 2019.",
        "Marsh sat out two games earlier this year after breaking his wrist.",
        # a wound: a victim may have several
        "Ivo Marsh, hit by a bullet in the hip, broke his arm as he fell.",
    ],
)
def test_no_injury_is_read_where_its_person_or_occasion_is_in_doubt(text):
    assert _injuries(text) == []


def test_no_injury_is_read_in_a_story_of_violence():
    assert _injuries("Ivo Marsh suffered a broken jaw.", incident="assault") == []
    assert _injuries("Ivo Marsh suffered a broken jaw.", incident="game") == [("ivo_marsh", "jaw")]


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("leg", "right fibula", True),  # told more broadly
        ("knee", "acl", True),
        ("mcl", "meniscus", True),  # a joint's soft tissue, hurt together
        ("tibia", "fibula", False),  # two bones: two breaks
        ("left knee", "right knee", False),
        ("ankle", "knee", False),
        ("right leg", "right fibula", True),
    ],
)
def test_parts_are_one_injury_only_when_one_may_be_the_other_told_more_or_less_narrowly(one, other, same):
    assert compatible(one, other) is same
    assert compatible(other, one) is same


def test_a_person_one_report_gives_two_injuries_has_no_one_injury():
    (wrist, ankle) = _readings("Ivo Marsh broke his wrist and sprained his ankle.")
    (knee,) = _readings("Ivo Marsh hurt his knee.", "b")
    facts = {FactKey("injury", "ivo_marsh"): [wrist, ankle, knee]}
    several_injuries_set_apart(facts)
    assert facts == {}
    told_once = {FactKey("injury", "ivo_marsh"): [wrist, knee]}
    several_injuries_set_apart(told_once)
    assert told_once == {FactKey("injury", "ivo_marsh"): [wrist, knee]}


def _findings(*texts: str):
    sources = [source(chr(ord("a") + i), text) for i, text in enumerate(texts)]
    claims = canonicalise_claims([c for s in sources for c in claims_of(s)])
    return compare(sources, claims)


def test_two_reports_giving_one_player_two_bones_are_a_discrepancy():
    found = _findings(
        "The Otters beat the Larks 24-17 on Sunday. Otters back Ivo Marsh broke his right fibula in the game.",
        "The Otters won 24-17 over the Larks. Ivo Marsh (broken tibia) is out for the season.",
    )
    (finding,) = [d for d in found.discrepancies if d.code == "FC704"]
    assert finding.fact == "the injury of Ivo Marsh"
    assert sorted(side.value for side in finding.sides) == ["right fibula", "tibia"]


def test_a_break_told_as_the_leg_in_one_report_is_no_discrepancy():
    found = _findings(
        "The Otters beat the Larks 24-17 on Sunday. Otters back Ivo Marsh broke his right fibula in the game.",
        "The Otters won 24-17 over the Larks. Ivo Marsh, who broke his leg, is out for the season.",
    )
    assert not [d for d in found.discrepancies if d.code == "FC704"]
    (fact,) = [f for f in found.facts if f.name == "the injury of Ivo Marsh"]
    assert sorted(v.value for v in fact.values) == ["leg", "right fibula"]
