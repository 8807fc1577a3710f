"""compare.tolls: the killed and the injured as the reports' counts imply them together."""

from __future__ import annotations

import datetime as dt

from claim_builders import count, source

from factcheck.compare import compare
from factcheck.compare.fact_keys import FactKey
from factcheck.compare.tolls import death_told, taken_at_least
from factcheck.extract.claims import canonicalise_claims, claims_of

SUNDAY = dt.date(2023, 4, 16)


def _facts(*texts: str) -> dict[str, list]:
    sources = [source(chr(ord("a") + i), text, SUNDAY) for i, text in enumerate(texts)]
    claims = canonicalise_claims([c for s in sources for c in claims_of(s)])
    return {f.name: [v.value for v in f.values] for f in compare(sources, claims).facts}


INJURED = "the number injured in the shooting"
KILLED = "the number killed in the shooting"


def test_the_shot_less_the_dead_are_the_injured():
    facts = _facts("Four people were shot at a bar in Konya on Friday. One man died at the scene.")
    assert facts[KILLED] == [1]
    assert facts[INJURED] == [3]


def test_where_no_one_died_a_part_of_the_shot_is_not_the_injured():
    facts = _facts(
        "Six people were shot at a party in Konya on Friday. One victim is in critical condition.",
        "Six people were shot at a party in Konya on Friday, police said.",
    )
    assert facts[INJURED] == [6]


def test_one_person_shot_in_a_report_before_the_death_is_not_an_injury():
    facts = _facts(
        "A teen was shot in Konya on Friday night, police said.",
        "A 15-year-old boy was shot and killed in Konya on Friday night.",
    )
    assert facts[KILLED] == [1]
    assert INJURED not in facts


def test_the_victim_shot_in_a_report_of_the_death_is_the_one_who_died():
    facts = _facts(
        "A man was shot and killed in Konya on Friday. Police said the victim was shot in the chest."
    )
    assert facts[KILLED] == [1]
    assert INJURED not in facts


def test_a_new_person_hurt_beside_the_dead_is_injured():
    facts = _facts("A man was killed and a woman was wounded in a shooting in Konya on Friday.")
    assert (facts[KILLED], facts[INJURED]) == ([1], [1])


def test_where_no_one_died_a_zero_of_an_earlier_scuffle_is_not_the_injured():
    facts = _facts(
        "Three people were shot near a park in Konya on Friday night. Earlier, a boy shoved a neighbour "
        "but nobody was hurt. No deaths have been reported."
    )
    assert facts[INJURED] == [3]


def test_one_more_person_killed_beside_the_hurt_is_the_toll():
    facts = _facts(
        "Two guards were hurt and another was killed when gunmen opened fire on a Konya depot on Friday."
    )
    assert facts[KILLED] == [1]
    assert facts[INJURED] == [2]
    # deaths told as another event's ("in another shooting") are no part of this one's toll
    facts = _facts(
        "Gunmen wounded two guards at a Konya depot on Friday. Another two men were killed in "
        "another shooting there."
    )
    assert KILLED not in facts


def test_attempted_murder_tells_no_death():
    assert not death_told("He faces two counts of attempted murder.")
    assert not death_told("Police said no deaths have been reported.")
    assert death_told("One of the men died in hospital.")
    assert not death_told("Two men were shot, neither fatally.")
    assert not death_told("Four were shot, none of them fatally, on Friday.")
    assert death_told("Four were shot, one of them fatally, on Friday.")


def test_a_count_of_the_shot_standing_for_the_injured_is_no_sure_conflict():
    sources = [
        source("a", "Two people were shot at a bar in Konya on Friday, police said.", SUNDAY),
        source("b", "Four people were injured at a bar in Konya on Friday, police said.", SUNDAY),
    ]
    claims = canonicalise_claims([c for s in sources for c in claims_of(s)])
    findings = compare(sources, claims)
    assert [d.severity.value for d in findings.discrepancies if d.fact == INJURED] == ["info"]


def test_others_hurt_beside_the_dead_are_all_the_injured():
    facts = _facts(
        "Three men were killed and four other people were wounded in a shooting in Konya on Friday."
    )
    assert (facts[KILLED], facts[INJURED]) == ([3], [4])
    facts = _facts("A woman was killed and three more people were wounded in a shooting in Konya on Friday.")
    assert facts[INJURED] == [3]


def test_others_hurt_in_the_sentence_after_the_dead_are_all_the_injured():
    facts = _facts("Three men were killed in a shooting in Konya on Friday. Four other people were wounded.")
    assert (facts[KILLED], facts[INJURED]) == ([3], [4])
    # no death in the sentence before: "two other men" stay a part
    facts = _facts(
        "Five people were wounded in a shooting in Konya on Friday. Police said the gunman fled. "
        "Two other men were hurt."
    )
    assert facts[INJURED] == [5]


def test_others_shot_after_the_dead_are_told_are_the_injured():
    facts = _facts(
        "Two men died in a shooting in Konya on Friday. Four others were shot in the incident.",
        "Six people were shot in Konya on Friday. Two men died.",
    )
    assert facts["the number shot in the shooting"] == [6]
    assert facts[INJURED] == [4]
    # "he and three others": a part of a sum, none of them told as dead
    facts = _facts("A man said he and three others had been shot in Konya on Friday.")
    assert INJURED not in facts or facts[INJURED] != [3]


def test_the_shot_a_report_goes_on_to_tell_others_of_are_some_of_them():
    facts = _facts(
        "Officers found four people with gunshot wounds in Konya on Friday. Two other victims went to a "
        "clinic by car.",
        "Six people were shot in Konya on Friday, police said.",
    )
    assert facts["the number shot in the shooting"] == [6]
    # others of another harm are no more of the shot
    facts = _facts("Four people were shot in Konya on Friday. Two other people died in a crash nearby.")
    assert facts["the number shot in the shooting"] == [4]


def test_others_with_wounds_after_the_dead_are_the_injured():
    facts = _facts("The shooting in Konya on Friday left a man dead and five others with gunshot wounds.")
    assert facts[INJURED] == [5]


def test_others_without_a_death_before_them_are_a_part():
    facts = _facts("Five people were shot in Konya on Friday. Police later found two more people wounded.")
    assert facts[INJURED] == [5]


def test_of_tolls_as_widely_reported_the_latest_reports_comes_first():
    early = source("a", "Two men were killed in a shooting in Konya on Friday.", dt.date(2023, 4, 15))
    late = source("b", "Three men were killed in a shooting in Konya on Friday.", dt.date(2023, 4, 20))
    for sources in ([early, late], [late, early]):
        claims = canonicalise_claims([c for s in sources for c in claims_of(s)])
        facts = {f.name: [v.value for v in f.values] for f in compare(sources, claims).facts}
        assert facts[KILLED] == [3, 2]


def test_a_count_of_the_injured_comes_before_none():
    facts = _facts(
        "No one was injured when a car burned in Konya on Friday.",
        "Two people were injured in a shooting in Konya on Friday.",
    )
    assert facts[INJURED][0] == 2


def test_others_left_hurt_beside_the_dead_are_the_injured():
    facts = _facts(
        "A drive-by shooting in Konya left one teenager dead and three other people injured on Friday."
    )
    assert (facts[KILLED], facts[INJURED]) == ([1], [3])


def test_people_fighting_for_their_lives_or_recovering_are_injured():
    facts = _facts(
        "Three people were killed in a shooting in Konya on Friday. Two others are now fighting for their lives."
    )
    assert facts[INJURED] == [2]
    assert _facts("Four young people are recovering after a shooting in Konya on Friday.")[INJURED] == [4]


def test_a_count_of_the_hurt_or_killed_is_neither_toll():
    facts = _facts(
        "A girl was shot and killed in Konya on Friday. In the past two months, eight youths have been "
        "injured or killed by gunfire."
    )
    assert facts[KILLED] == [1]
    assert INJURED not in facts


def test_a_count_after_one_person_and_is_a_part_of_the_sum():
    facts = _facts("A ten year old boy and two adults were wounded in a shooting in Konya on Friday.")
    assert facts.get(INJURED) != [2]
    facts = _facts("A man was killed and two women were wounded in a shooting in Konya on Friday.")
    assert facts[INJURED] == [2]


def test_counts_after_a_partition_are_parts():
    facts = _facts(
        "A shooting at a club in Konya on Friday left a woman dead and five others injured.",
        "A woman was killed in a shooting at a club in Konya on Friday. Three of the victims are in "
        "serious condition and two suffered minor injuries.",
    )
    assert facts[INJURED] == [5]


def test_one_of_a_group_and_the_first_of_those_told_one_by_one_are_parts():
    facts = _facts(
        "Two people died after gunfire at a Konya flat on Friday. One man died in the flat and a second "
        "man died later in a hospital.",
        "Two men were killed when gunfire hit a Konya flat on Friday. One of the men was found dead inside.",
    )
    assert facts[KILLED] == [2]
    facts = _facts(
        "Two men were wounded by gunfire at a Konya flat on Friday. One of them died in a hospital."
    )
    assert facts[KILLED] == [1]
    facts = _facts("Gunfire at a Konya flat on Friday left one girl dead and another badly hurt.")
    assert facts[KILLED] == [1]


def test_no_one_hurt_in_a_report_that_tells_someone_hurt_is_said_of_a_part():
    facts = _facts(
        "A man was killed in a shooting at a bar in Konya on Friday night. Police came at midnight. The bar "
        "was closed. His cousin, who drove him to the bar, was wounded in the arm. Nobody was hurt in the "
        "shooting, police said."
    )
    assert facts[KILLED] == [1]
    assert INJURED not in facts


def test_whether_a_report_tells_someone_hurt_is_read_only_of_one_that_counts_no_one_injured(monkeypatch):
    """A frame built without the sources' parts reads it of the text, and only when the toll asks."""
    from factcheck.compare import frame
    from factcheck.compare.frame import FactKey, build_frame
    from factcheck.read.segment import segment_source

    read: list[str] = []
    monkeypatch.setattr(frame, "tells_someone_hurt", lambda text: read.append(text) or True)
    counting = "Two people were injured in a shooting at a bar in Konya on Friday night, police said."
    none_hurt = "A man was killed in a shooting at a bar in Konya on Friday night. Nobody else was hurt."
    sources = [source("a", counting, SUNDAY), source("b", none_hurt, SUNDAY)]
    claims = canonicalise_claims([c for s in sources for c in claims_of(s)])
    built = build_frame(sources, claims, {s.id: segment_source(s) for s in sources})
    assert read == [none_hurt]
    # the count of no one is of a part, as its report (so the stand-in says) tells of someone hurt
    assert [c.value.low for c in built.facts[FactKey("injured")]] == [2]


def test_a_person_who_passed_away_is_a_death():
    assert death_told("The boy sadly passed away on Monday.")
    facts = _facts(
        "Update: A 9-year-old boy passed away on Monday. He was shot in Konya on Friday.",
        "A 9-year-old boy is fighting for his life after he was shot in Konya on Friday.",
    )
    assert facts[KILLED] == [1]
    assert INJURED not in facts


def test_no_one_hurt_in_a_report_that_counts_people_shot_is_said_of_a_part():
    facts = _facts(
        "Earlier that evening a boy pushed a neighbour, but nobody was hurt. Three people were shot near a "
        "park in Konya on Friday night. Detectives opened a homicide investigation."
    )
    assert 0 not in facts.get(INJURED, [])


def test_a_named_person_in_critical_condition_beyond_the_lead_is_hurt_beside_the_dead():
    facts = _facts(
        "A man shot his wife and their daughter in Konya on Sunday night, police said. Crews arrived at "
        "10 p.m. They found Alba Verin, 50, and Mira Verin, 16, both shot. Alba Verin was pronounced dead "
        "at the scene; Mira Verin, 16, was flown to a hospital in critical condition."
    )
    assert facts[KILLED] == [1]
    assert facts[INJURED] == [1]


def test_a_report_that_counts_no_dead_mourns_no_one_of_its_shot():
    facts = _facts(
        "Three people were shot in Konya on Saturday night and taken to a hospital. "
        "Detectives opened a homicide investigation, but no deaths were reported."
    )
    assert facts[INJURED] == [3]


def test_the_shot_said_to_have_all_survived_are_injured_whatever_else_their_report_tells():
    facts = _facts(
        "Four men were shot in Konya on Saturday, though all are believed to have survived. "
        "Last month a man was killed on the same street."
    )
    assert facts[INJURED] == [4]


def test_the_shot_said_to_be_none_of_them_fatally_are_injured():
    facts = _facts(
        "Two men were shot outside a bar in Konya on Saturday, neither fatally, officers said. "
        "Last month a man was killed on the same street."
    )
    assert facts[INJURED] == [2]


def test_the_shot_of_a_report_that_tells_a_death_elsewhere_are_not_counted_hurt():
    facts = _facts("Four men were shot in Konya on Saturday. Last month a man was killed on the same street.")
    assert INJURED not in facts


def test_one_person_said_to_live_in_a_report_before_the_count_of_dead_is_injured():
    # the second report tells the shooting's death without a count the frame places, and its one
    # person hurt is said to have lived: not the one who died
    facts = _facts(
        "A man was shot and killed at a store in Konya on Friday night.",
        "Police in Konya mourned the man. A woman is expected to recover.",
    )
    assert facts[KILLED] == [1]
    assert facts[INJURED] == [1]


def test_one_person_hurt_whose_death_the_report_tells_later_is_not_injured():
    facts = _facts(
        "A 4-year-old boy remains in critical condition after he was shot in Konya on Friday. "
        "Late on Saturday, police said the boy had died."
    )
    assert facts[KILLED] == [1]
    assert INJURED not in facts


def test_a_death_told_later_of_someone_else_leaves_the_one_hurt_injured():
    facts = _facts(
        "A 4-year-old boy remains in critical condition after a shooting in Konya on Friday. "
        "Late on Saturday, police said the gunman had died."
    )
    assert facts[INJURED] == [1]


def test_one_shot_beside_another_killed_in_one_sentence_is_injured():
    facts = _facts("A man shot his son and killed his wife at their home in Konya on Friday.")
    assert (facts[KILLED], facts[INJURED]) == ([1], [1])


def test_a_count_taken_to_hospital_is_some_of_the_hurt_less_the_dead_who_may_be_among_them():
    taken = count("a", "Four people", 4, 4, "people taken")
    hurt = count("b", "three others", 3, 3, "people injured")
    dead = count("b", "One man", 1, 1, "people killed")
    facts = {FactKey("injured"): [taken, hurt], FactKey("killed"): [dead]}
    bounds = taken_at_least(facts, FactKey, {taken.id})
    assert list(bounds) == [taken.id]
    bound = bounds[taken.id].value
    assert (bound.low, bound.high, bound.hedge) == (3, None, "at least")
    assert facts[FactKey("injured")] == [taken, hurt]  # the fact keeps the count as written


def test_a_clerk_killed_and_a_customer_wounded_are_one_of_each():
    facts = _facts(
        "A clerk was killed and a customer was wounded when shots were fired inside a Konya shop on Friday."
    )
    assert facts[KILLED] == [1]
    assert facts[INJURED] == [1]


def test_one_dead_and_another_wounded_is_one_injured():
    facts = _facts("A shooting at a Konya depot on Friday left one guard dead and another wounded.")
    assert facts[KILLED] == [1]
    assert facts[INJURED] == [1]


def test_one_more_person_grazed_is_counted_with_the_first():
    facts = _facts("A boy was wounded in Konya gunfire on Friday, and a second boy was grazed.")
    assert facts[INJURED] == [2]


def test_a_family_killed_together_is_counted_whole():
    facts = _facts(
        "A man and his two sons were shot dead in Konya on Friday, in gunfire police are investigating."
    )
    assert facts[KILLED] == [3]


def test_two_people_told_by_what_they_did_are_counted_together():
    facts = _facts("A pilot and his passenger died when their small plane crashed near Konya on Friday.")
    assert facts["the number killed in the crash"] == [2]


def test_people_treated_for_a_harm_are_some_of_the_injured():
    text = "A fire gutted a Konya hostel on Friday. Two guests were treated on site for smoke inhalation."
    assert _facts(text)["the number injured in the fire"] == [2]
    sources = [
        source("a", text, SUNDAY),
        source("b", "Three guests were taken to hospital after the Konya hostel fire on Friday.", SUNDAY),
    ]
    claims = canonicalise_claims([c for s in sources for c in claims_of(s)])
    assert [
        d.code for d in compare(sources, claims).discrepancies if d.code == "FC201"
    ] == []  # some of them, at least


def test_no_one_injured_beside_people_treated_in_the_same_report_is_no_one_else():
    facts = _facts(
        "A fire destroyed a Konya depot on Friday. No one was injured. Two firefighters were treated for burns.",
        "A fire gutted a Konya depot on Friday. Two firefighters were treated for burns; no one else was hurt.",
    )
    assert facts["the number injured in the fire"] == [2]


def test_a_count_of_at_least_some_injured_is_kept_from_a_report_that_tells_someone_hurt():
    from factcheck.compare.tolls import settle

    text = "At least three cooks went to hospital by ambulance. One cook was treated for burns."
    at_least = count("a", "three cooks", 3, None, "cooks injured", text=text, exact=False, hedge="at least")
    facts = {FactKey("injured"): [at_least]}
    settle(facts, FactKey, set(), hurt=lambda source: True, texts={"a": text})
    assert facts[FactKey("injured")] == [at_least]  # "at least three" is no count of no one


def test_a_killers_own_death_after_a_count_of_those_killed_is_one_more():
    facts = _facts(
        "A sacked clerk opened fire on staff at a Konya depot on Friday, killing three clerks before taking his own life.",
        "A clerk let go last month shot up a Konya depot on Friday, killing three, before shooting himself.",
    )
    assert facts[KILLED] == [4]


def test_one_who_shot_himself_and_killed_no_one_is_no_death():
    assert KILLED not in _facts("At a Konya home on Friday a boy shot himself, in one hand, with a pistol.")
    assert KILLED not in _facts(
        "A boy was hurt at a Konya home on Friday after shooting himself, in one foot."
    )


def test_a_count_of_the_injured_comes_before_counts_of_some_of_them_treated():
    facts = _facts(
        "Gunfire at a Konya fair on Friday injured ten people.",
        "Seven people were treated after a shooting at a Konya fair on Friday.",
        "Seven people were treated after gunfire at a Konya fair on Friday.",
    )
    assert facts[INJURED][0] == 10


def test_a_count_of_a_kind_of_people_below_a_count_of_everyone_is_info():
    def severities(first: str, second: str) -> list[str]:
        sources = [source("a", first, SUNDAY), source("b", second, SUNDAY)]
        claims = canonicalise_claims([c for s in sources for c in claims_of(s)])
        return [d.severity.value for d in compare(sources, claims).discrepancies if d.code == "FC201"]

    # the men may be some of the victims: a boy was the third
    assert severities(
        "Two men were killed at a bar in Konya on Friday.",
        "Three people were killed at a bar in Konya on Friday.",
    ) == ["info"]
    # more of a kind than of everyone cannot be a part of them
    assert severities(
        "Four men were killed at a bar in Konya on Friday.",
        "Three people were killed at a bar in Konya on Friday.",
    ) == ["error"]


def test_one_person_left_hurt_by_a_clause_after_the_incident_is_the_injured():
    facts = _facts("Gunfire erupted in Konya early Friday, leaving a 30-year-old man critically wounded.")
    assert facts[INJURED] == [1]
    assert KILLED not in facts


def test_one_person_who_did_something_first_is_the_one_their_passive_verb_harmed():
    facts = _facts(
        "A man who opened fire on officers in Konya was killed when police returned fire on Friday."
    )
    assert facts[KILLED] == [1]
    facts = _facts("A woman who ran from the car in Konya was wounded in the shooting on Friday.")
    assert facts[INJURED] == [1]
    # a clause with a second verb of its own tells of someone else
    assert KILLED not in _facts(
        "A man who was with the driver who was killed in Konya on Friday spoke to us."
    )


def test_one_person_hurt_first_who_then_died_is_killed():
    facts = _facts("A man who was shot Friday in Konya died of his injuries on Sunday, police said.")
    assert (facts[KILLED], INJURED in facts) == ([1], False)
    facts = _facts("Police said on Sunday that a woman shot on Friday in Konya has died.")
    assert facts[KILLED] == [1]


def test_one_treated_where_they_were_found_and_released_was_hurt():
    facts = _facts(
        "A man was killed in a shooting in Konya on Friday. A second victim was treated at the scene and released."
    )
    assert (facts[KILLED], facts[INJURED]) == ([1], [1])


def test_people_grazed_by_bullets_were_hurt():
    assert _facts("Two cooks were grazed by bullets in a shooting in Konya on Friday.")[INJURED] == [2]
