"""compare.roundups and the frame's reading of dates and tolls that are not the incident's own."""

from __future__ import annotations

import datetime as dt

from claim_builders import source

from factcheck.compare import compare
from factcheck.compare.roundups import (
    counts_several,
    roundup_sources,
    several_incidents_in,
    told_after_one_of_several,
)
from factcheck.extract.claims import canonicalise_claims, claims_of

SUNDAY = dt.date(2023, 4, 16)
INJURED = "the number injured in the shooting"
KILLED = "the number killed in the shooting"
DATE = "the date of the shooting"
PLACE = "the place of the shooting"


def _facts(*texts: str, titles: tuple[str, ...] = ()) -> dict[str, list]:
    sources = [source(chr(ord("a") + i), text, SUNDAY) for i, text in enumerate(texts)]
    sources = [
        s.model_copy(update={"title": title}) for s, title in zip(sources, titles, strict=False)
    ] + sources[len(titles) :]
    claims = canonicalise_claims([c for s in sources for c in claims_of(s)])
    return {f.name: [v.value for v in f.values] for f in compare(sources, claims).facts}


def test_a_sentence_of_several_incidents_or_of_a_period_is_told_apart():
    assert several_incidents_in("Two people died in three shootings across the county on Friday.")
    assert several_incidents_in("A pair of shootings left one man dead.")
    assert several_incidents_in("Five people were hurt in four separate attacks.")
    assert not several_incidents_in("Police said the shootings happened minutes apart at one house.")
    assert not several_incidents_in("The victims were taken to several different hospitals.")
    assert counts_several("Nearly 40 people have been shot since March 2 in the district.")
    assert counts_several("The city has counted 19 homicides so far this year.")
    assert not several_incidents_in("It was the city's 19th homicide this year.")
    # violence all over a place is several incidents'; one incident's reach over it is not
    assert several_incidents_in("Gunfire across the city left four people wounded on Friday.")
    assert not several_incidents_in("A cable was cut on Friday, slowing the internet across the region.")


def test_a_report_that_leads_with_several_incidents_is_a_roundup():
    leads = {
        "a": ["3 dead, 5 hurt in weekend shootings", "Violence flared across the city on Saturday."],
        "b": ["Man shot in Ardmoor", "A man was shot outside a store in Ardmoor on Saturday."],
    }
    assert roundup_sources(leads) == {"a"}


def test_a_count_of_several_incidents_is_not_the_incidents_toll():
    facts = _facts(
        "A man was wounded in a shooting in Ardmoor on Saturday. Seven people were shot in four shootings "
        "over the holiday, police said.",
    )
    assert facts.get(INJURED) == [1]


def test_a_tally_of_a_period_is_not_the_incidents_toll():
    facts = _facts(
        "Two men were wounded outside a bar in Ardmoor on Saturday. Nearly 40 people have been shot since "
        "March 2 and 11 killed, police said."
    )
    assert KILLED not in facts
    assert facts[INJURED] == [2]


def test_a_roundup_reports_tolls_and_towns_are_not_the_incidents():
    facts = _facts(
        "Three shootings across the region on Saturday left 2 dead and 6 wounded, police said. A man was "
        "shot in the leg in a shooting in Amarillo.",
        "A man was shot in the leg in a shooting at a park in Odessa on Saturday, police said.",
        titles=("2 dead, 6 wounded in weekend shootings", "Man shot in park"),
    )
    assert KILLED not in facts
    assert facts[INJURED] == [1]
    assert facts[PLACE] == ["Odessa"]


def test_a_roundups_day_stands_only_where_no_other_report_gives_one():
    facts = _facts(
        "Three people were wounded in a shooting across the city on Saturday night, police said.",
        "A man was shot at a park in Ardmoor, police said.",
        titles=("3 wounded in weekend shootings", "Man shot in park"),
    )
    assert facts[DATE] == ["2023-04-15"]
    assert facts[INJURED] == [1]


def test_now_that_day_and_a_time_counted_from_another_are_no_day_of_the_incident():
    facts = _facts(
        "A man was shot at a park in Ardmoor. Witnesses said the shooting that day was loud. The "
        "gunman now faces an assault charge in the shooting. About 30 minutes earlier, a woman was shot."
    )
    assert DATE not in facts


def test_the_day_a_condition_was_told_is_not_the_incidents_day():
    facts = _facts(
        "A man was shot in Ardmoor on Saturday night. He was listed in stable condition late Sunday.",
        "Two people were wounded in the shooting and were in stable condition on Sunday, police said.",
    )
    assert facts[DATE] == ["2023-04-15"]


def test_a_count_shot_to_death_is_of_the_killed():
    facts = _facts("Neighbours mourned the three men shot to death in Ardmoor on Saturday.")
    assert facts[KILLED] == [3]
    assert INJURED not in facts


def test_a_count_told_before_its_correction_and_a_part_of_a_sum_are_not_the_toll():
    facts = _facts(
        "Ten people were wounded in a shooting at a party in Ardmoor on Saturday. Initially, officials said "
        "eight people were injured. Officials said two children and eight adults were wounded."
    )
    assert facts[INJURED] == [10]


def test_a_day_written_before_a_thing_that_is_no_event_dates_that_thing():
    facts = _facts(
        "A woman was shot at her home in Ardmoor on Thursday. In the Tuesday post, her brother thanked "
        "neighbours. The Thursday shooting shocked the street."
    )
    assert facts[DATE] == ["2023-04-13"]


def test_a_sentence_with_several_claims_is_read_once_for_all_of_them():
    """Whether a sentence tells of several incidents, and whether a time dates its event, are asked by
    the frame of each claim (and by the alignment of each time): a sentence is read once."""
    from factcheck.compare.align import _dates_the_event

    several_incidents_in.cache_clear()
    _dates_the_event.cache_clear()
    text = "Two men were killed and three were injured in a shooting in Odessa on Friday, police said."
    _facts(text, text.replace("Two men", "Three men"))
    assert several_incidents_in.cache_info().hits > 0
    assert _dates_the_event.cache_info().hits > 0


def test_a_time_of_a_release_or_a_post_dates_that_act_not_the_shooting():
    facts = _facts(
        "A boy shot himself in the arm at a home in Marlow, police said. "
        "In a 911 call released by authorities Saturday afternoon, a woman says the boy shot himself.",
        "A boy was shot at a home in Marlow on Friday.",
    )
    assert facts[DATE] == ["2023-04-14"]
    assert "the time of day of the shooting" not in facts


def test_a_time_of_a_statement_dates_the_statement_not_the_shooting():
    facts = _facts(
        "A boy was shot at a home in Marlow. Officers found a stolen car nearby, "
        "Marlow police said in a statement early Saturday.",
        "A boy was shot at a home in Marlow on Friday.",
    )
    assert facts[DATE] == ["2023-04-14"]


def test_someone_new_right_after_the_incident_is_made_one_of_several_is_another_incident():
    text = (
        "A teen was shot on Brill Lane on Sunday. The shooting was the second reported Sunday in Varn.\n"
        "A 41-year-old man was hurt shortly before noon when he was shot on Kell Road."
    )
    assert told_after_one_of_several(text, text.index("A 41"))
    text = "The incident was the third shooting in Varn this week. Police found a man, 30, near the dock."
    assert told_after_one_of_several(text, text.index("Police found"))


def test_the_incidents_own_people_and_a_plain_sequence_are_not_another_incident():
    # the victim told again, or someone new with no word that the incident was one of several
    text = "The shooting was the second reported Sunday in Varn. The victim, a 41-year-old man, was hurt."
    assert not told_after_one_of_several(text, text.index("The victim"))
    text = "The shooting happened on Brill Lane on Sunday. A 41-year-old man was hurt."
    assert not told_after_one_of_several(text, text.index("A 41"))


def test_the_time_of_another_incident_told_after_one_of_several_is_not_the_incidents():
    facts = _facts(
        "A teen was shot on Brill Lane in Varn around 4:05 p.m. Sunday, police said. The shooting was the "
        "second reported Sunday in Varn. A 41-year-old man was hurt shortly before noon when he was shot "
        "on Kell Road."
    )
    assert facts["the time of day of the shooting"] == ["16:05"]


def test_another_person_harmed_is_not_another_incident():
    from factcheck.compare.roundups import event_told_as_another

    sentence = "The gunfire left a cook dead and another wounded."
    wounded = sentence.index("wounded")
    assert event_told_as_another(sentence, wounded, wounded + len("wounded")) is None
    again = "Police said another shooting followed."
    shooting = again.index("shooting")
    assert event_told_as_another(again, shooting, shooting + len("shooting")) is not None


def test_the_day_of_gunfire_with_one_dead_and_another_hurt_is_the_incidents():
    facts = _facts(
        "Detectives looked into gunfire that left a cook dead and another wounded before dawn Sunday in Toledo."
    )
    assert facts[DATE] == ["2023-04-16"]
    assert facts[PLACE] == ["Toledo"]
