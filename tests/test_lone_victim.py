"""compare.lone_victim: the age of the one person killed or hurt whom no report names."""

from __future__ import annotations

import datetime as dt

import pytest
from claim_builders import source

from factcheck.compare import compare
from factcheck.extract.claims import canonicalise_claims, claims_of

SUNDAY = dt.date(2023, 4, 16)
INJURED = "the age of the person injured in the shooting"
KILLED = "the age of the person killed in the shooting"


def _facts(*texts: str) -> dict[str, list]:
    sources = [source(chr(ord("a") + i), text, SUNDAY) for i, text in enumerate(texts)]
    claims = canonicalise_claims([c for s in sources for c in claims_of(s)])
    return {f.name: sorted(v.value for v in f.values) for f in compare(sources, claims).facts}


def test_the_ages_reports_give_the_one_person_hurt_are_one_fact():
    facts = _facts(
        "An 8-year-old girl was wounded when shots were fired into a home in Kelby on Saturday night.",
        "A 7-year-old girl asleep in her bed was shot in her left leg in Kelby on Saturday night.",
    )
    assert facts[INJURED] == [7, 8]


def test_the_one_person_killed_has_an_age_too():
    facts = _facts(
        "A 63-year-old man was shot and killed outside a store in Kelby on Saturday.",
        "A man, 63, was fatally shot outside a Kelby store on Saturday, police said.",
    )
    assert facts[KILLED] == [63]


def test_two_people_hurt_leave_their_ages_apart():
    facts = _facts(
        "A 16-year-old boy and a 14-year-old girl were wounded in a shooting in Kelby on Saturday.",
        "Two teenagers were shot in Kelby on Saturday. A 15-year-old boy was wounded in the leg.",
    )
    assert INJURED not in facts


def test_a_relative_told_beside_the_one_hurt_is_not_them():
    facts = _facts(
        "A 6-year-old girl playing in the yard with her 10-year-old sister was wounded in Kelby on Saturday.",
        "A 6-year-old girl was wounded by gunfire in Kelby on Saturday.",
    )
    assert facts[INJURED] == [6]


def test_a_named_victim_takes_the_ages_by_name_not_this_fact():
    facts = _facts(
        "Ola Brant, 19, was shot and wounded in Kelby on Saturday.",
        "A 19-year-old woman was wounded by gunfire in Kelby on Saturday.",
    )
    assert INJURED not in facts


def test_the_one_victims_age_is_the_named_victims_where_a_count_names_them():
    facts = _facts(
        # Dana Quist is told in a clause of the killing too, but no count of the killed names her
        "A 15-year-old youth died of gunshot wounds in Kelby on Saturday night. Dana Quist was with him "
        "when he was killed.",
        "Owen Marsh, 16, died after gunfire in Kelby late Saturday, police said.",
    )
    assert facts["the age of Owen Marsh"] == [15, 16]
    assert KILLED not in facts


def test_a_named_person_told_beside_the_incident_takes_no_victims_age():
    facts = _facts(
        "A 15-year-old youth died of gunshot wounds in Kelby on Saturday night.",
        "A youth died of gunshot wounds in Kelby on Saturday. Neighbour Ola Brant, 70, said the killing "
        "shook the street.",
    )
    assert facts["the age of Ola Brant"] == [70]


def test_how_often_the_one_hurt_was_shot_is_no_toll():
    facts = _facts(
        "A 19-year-old man was shot five times in Kelby on Saturday night. He is in critical condition.",
        "A man was wounded by gunfire in Kelby on Saturday night, police said.",
    )
    assert facts["the number injured in the shooting"] == [1]
    assert INJURED in facts


def test_the_one_stabbed_is_the_one_hurt_though_an_arrest_is_told_first():
    facts = _facts(
        "A 13-year-old girl was stabbed behind her Kelby school on Saturday, officers said.",
        "Officers detained a 15-year-old boy hours after a 14-year-old was stabbed behind a Kelby school Saturday.",
    )
    assert facts["the age of the person injured in the stabbing"] == [13, 14]


def test_the_one_arrested_keeps_no_victims_age():
    facts = _facts(
        "A man was stabbed behind a bar in Kelby on Saturday, officers said.",
        "Officers detained a 15-year-old boy hours after a man was stabbed behind a Kelby bar Saturday.",
    )
    assert not [name for name in facts if name.startswith("the age of the person")]


def test_two_people_of_one_sentence_each_take_the_part_of_their_own_verb():
    facts = _facts(
        "A 52-year-old woman was killed and a 57-year-old man was wounded when gunfire hit a Kelby home on Saturday.",
        "Officers said the woman, 25, died after gunfire at the Kelby home on Saturday. The man, 57, was hurt.",
    )
    assert facts[KILLED] == [25, 52]


def test_the_one_who_shot_themselves_is_the_one_hurt():
    facts = _facts(
        "A 5-year-old boy was wounded Saturday after he found a pistol in a Kelby flat, officers said.",
        "A 6-year-old boy accidentally shot himself with a pistol he found in a Kelby flat on Saturday.",
    )
    assert facts[INJURED] == [5, 6]


@pytest.mark.parametrize(
    "told",
    [
        "A 17-year-old boy suffered a bullet wound in his arm in Kelby on Saturday.",
        "A 17-year-old boy is recovering in Kelby after Saturday's gunfire.",
        "A 17-year-old boy was grazed in Kelby during Saturday's gunfire.",
        "A 17-year-old boy remains hospitalized in Kelby since Saturday's gunfire.",
        "A shooting in Kelby on Saturday left a 17-year-old boy with life-threatening injuries.",
        "A 17-year-old remained in serious condition on Sunday, a day after a Kelby gunman wounded him.",
    ],
)
def test_the_wound_or_the_care_of_the_one_hurt_gives_their_part(told: str):
    facts = _facts(told, "Gunfire in Kelby on Saturday wounded a 16-year-old boy.")
    assert facts[INJURED] == [16, 17]


@pytest.mark.parametrize(
    "told",
    [
        "A 40-year-old man suffered a fatal bullet wound in Kelby on Saturday.",
        "A 40-year-old man was gunned down in Kelby on Saturday.",
        "A shooting in Kelby on Saturday claimed the life of a 40-year-old man.",
        "A 40-year-old man died and two more people were wounded by gunfire in Kelby on Saturday.",
    ],
)
def test_a_fatal_wound_or_a_killing_gives_the_part_of_the_one_killed(told: str):
    facts = _facts(told, "A 41-year-old man died in a Kelby shooting on Saturday.")
    assert facts[KILLED] == [40, 41]


def test_the_one_who_shot_themselves_after_doing_something_else_first_is_the_one_hurt():
    facts = _facts(
        "A 5-year-old boy picked up a rifle left in a Kelby shed and shot himself on Saturday.",
        "A 6-year-old boy was hurt by his own shot from a rifle in Kelby on Saturday.",
    )
    assert facts[INJURED] == [5, 6]


def test_the_one_who_shot_another_is_no_victim_though_a_reflexive_follows():
    facts = _facts(
        "A 5-year-old boy was wounded Saturday when a pistol went off in a Kelby flat, officers said.",
        "A 31-year-old man shot his nephew, then himself, in a Kelby flat on Saturday, officers said.",
    )
    assert facts[INJURED] == [5]


def test_the_relative_a_harm_takes_is_the_one_harmed():
    facts = _facts(
        "A woman shot her 38-year-old husband at their home in Kelby on Saturday, officers said.",
        "A 36-year-old man was wounded at his home in Kelby on Saturday.",
    )
    assert facts[INJURED] == [36, 38]


SUSPECT = "the age of the suspect in the shooting"


def test_the_one_suspect_no_report_names_has_one_age():
    facts = _facts(
        "A man was shot dead in Kelby on Saturday. Officers detained a 19-year-old suspect on Sunday.",
        "A man was killed by gunfire in Kelby on Saturday. The suspect, 21, was detained Sunday, officers said.",
    )
    assert facts[SUSPECT] == [19, 21]


def test_suspects_of_a_story_that_tells_of_several_have_no_age_of_the_suspect():
    facts = _facts(
        "A man was shot dead in Kelby on Saturday. Officers detained a 19-year-old suspect on Sunday.",
        "A man was killed by gunfire in Kelby on Saturday. Two men were arrested; the suspect, 21, was held.",
    )
    assert SUSPECT not in facts
    facts = _facts(
        "A man was shot dead in Kelby on Saturday. Officers detained a 19-year-old suspect on Sunday.",
        "A man was killed by gunfire in Kelby on Saturday. Officers detained a 21-year-old suspect; another "
        "suspect is sought.",
    )
    assert SUSPECT not in facts


def test_the_one_who_shot_another_is_the_suspect():
    facts = _facts(
        "A 33-year-old woman shot her husband at their home in Kelby on Saturday, officers said.",
        "Officers charged a 34-year-old woman after a man was hurt by gunfire at a Kelby home on Saturday.",
    )
    assert facts[SUSPECT] == [33, 34]


def test_one_who_shot_an_intruder_is_no_suspect():
    facts = _facts(
        "A 25-year-old man shot an intruder at his home in Kelby on Saturday, officers said.",
        "Officers arrested a 19-year-old burglar after a shooting at a Kelby home on Saturday.",
    )
    assert SUSPECT not in facts  # the householder's 25 is no suspect's age


def test_one_who_killed_an_intruder_is_not_the_one_killed():
    facts = _facts(
        "A 58-year-old man shot and killed an intruder at his home in Kelby on Saturday, officers said.",
        "A homeowner, 58, fatally shot a burglar in Kelby on Saturday, officers said.",
    )
    assert KILLED not in facts  # the householder's 58 is not the dead intruder's age


def test_the_one_killed_keeps_their_age_though_more_were_shot():
    facts = _facts(
        "A 34-year-old woman was killed and a man was wounded in a shooting in Kelby on Saturday. "
        "Officers found the two with gunshot wounds.",
        "A woman, 34, died and a man was hurt after a shooting in Kelby on Saturday.",
    )
    assert facts[KILLED] == [34]
