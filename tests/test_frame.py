"""compare.frame: the story's incident, people and facts, on invented reports."""

from __future__ import annotations

import datetime as dt

import pytest
from claim_builders import source

from factcheck.compare import compare
from factcheck.compare.align import slots
from factcheck.compare.frame import build_frame, incident_class
from factcheck.extract.claims import canonicalise_claims, claims_of
from factcheck.read.segment import segment_source

SUNDAY = dt.date(2023, 4, 16)


def _story(*texts: str, published=SUNDAY):
    sources = [source(chr(ord("a") + i), text, published) for i, text in enumerate(texts)]
    claims = canonicalise_claims([c for s in sources for c in claims_of(s)])
    return sources, claims


def _facts(*texts: str, published=SUNDAY) -> dict[str, list]:
    sources, claims = _story(*texts, published=published)
    return {f.name: [v.value for v in f.values] for f in compare(sources, claims).facts}


def test_the_incident_is_what_most_reports_lead_with():
    sources, _ = _story(
        "A gunman opened fire at a market on Saturday. Police later arrested a man.",
        "Three people were hurt in a shooting at a market. The mayor spoke.",
    )
    assert incident_class(sources, {s.id: segment_source(s) for s in sources}) == "shooting"


def test_a_coach_fired_is_a_dismissal_and_shots_fired_a_shooting():
    sources, _ = _story(
        "The Otters fired coach Ravi Dorn on Saturday after a 9-14 start.",
        "Ravi Dorn was fired as coach of the Otters on Saturday, before their game at Rockford.",
    )
    assert incident_class(sources, {s.id: segment_source(s) for s in sources}) == "dismissal"
    sources, _ = _story("A gunman fired shots at a market on Saturday.", "Shots were fired at a market.")
    assert incident_class(sources, {s.id: segment_source(s) for s in sources}) == "shooting"


def test_a_heart_attack_is_no_attack():
    sources, _ = _story(
        "Ola Brenn died on Thursday, a week after suffering a heart attack.",
        "Ola Brenn died on Thursday after a heart attack, his family said.",
    )
    assert incident_class(sources, {s.id: segment_source(s) for s in sources}) == "death"


def test_a_life_told_after_a_death_is_no_incident_of_the_story():
    sources, _ = _story(
        "Singer Ola Brenn dies at 85. Ola Brenn died on Sunday at her home. She won four awards.",
        "Ola Brenn, who won three awards and a prize, has died at 86, her family said.",
    )
    assert incident_class(sources, {s.id: segment_source(s) for s in sources}) == "death"
    # an incident that may have caused the death is the story's, wherever it is told
    sources, _ = _story(
        "Ola Brenn died on Sunday at her home. She was shot by a burglar.",
        "Ola Brenn has died, her family said. She was shot at home. She won three awards.",
    )
    assert incident_class(sources, {s.id: segment_source(s) for s in sources}) == "shooting"


def test_the_day_of_a_named_persons_death_is_the_day_of_a_story_of_that_death():
    sources, claims = _story(
        "Singer Ola Brenn died on Saturday in Tarnby, her family said. She won four awards.",
        "Ola Brenn dies at 85. The singer Ola Brenn died on Friday in Tarnby.",
    )
    found = compare(sources, claims).discrepancies
    assert [(d.code, d.fact) for d in found] == [("FC102", "the date of the death")]


def test_a_plane_that_skidded_off_the_runway_is_a_crash():
    sources, _ = _story(
        "A jet skidded off the runway at Tarnby airport in heavy rain on Sunday, injuring 12 people.",
        "A plane overran the runway at Tarnby airport during a storm on Sunday.",
    )
    assert incident_class(sources, {s.id: segment_source(s) for s in sources}) == "crash"


def test_a_decade_beside_the_day_of_an_event_is_another_times():
    sources, claims = _story(
        "Ola Brenn, the model who became a cult figure in the 1950s, died Thursday at a hospital in Tarnby.",
        "Ola Brenn, the model who became a cult figure in the 1950s, died on Friday in Tarnby.",
    )
    texts = {s.id: s.text for s in sources}
    [slot] = [s for s in slots(claims, {s.id: s.published for s in sources}, texts) if s.family == "time"]
    assert sorted(c.quote for c in slot.claims) == ["Friday", "Thursday"]


def test_a_report_dates_its_incident_first_and_its_aftermath_later():
    facts = _facts("A woman is recovering on Saturday after she was stabbed late Friday in Konya.")
    assert facts["the date of the stabbing"] == ["2023-04-14"]


def test_the_call_for_help_at_a_clock_time_with_its_day_dates_the_incident():
    sources, claims = _story(
        "A man was found wounded on Quellmoor Road in Kelby. A neighbour called 911 at 2:25 a.m. Friday.",
        "Police said a man was hurt by gunfire in Kelby on Thursday.",
    )
    found = {(d.code, d.fact) for d in compare(sources, claims).discrepancies}
    assert ("FC101", "the date of the shooting") in found


def test_a_persons_event_at_a_clock_time_with_its_day_is_dated_by_the_day():
    facts = _facts(
        "Two men were hurt by gunfire in Kelby on Friday. Police arrested Ivo Marsh at 6:15 a.m. Saturday.",
        "Two men were hurt by gunfire in Kelby on Friday. Officers arrested Ivo Marsh on Saturday.",
    )
    assert facts["the date of Ivo Marsh's arrest"] == ["2023-04-15"]


def test_a_clock_time_alone_dates_no_persons_event():
    facts = _facts("Two men were hurt by gunfire in Kelby on Friday. Police arrested Ivo Marsh at 6:15 a.m.")
    assert "the date of Ivo Marsh's arrest" not in facts


def test_a_time_before_what_an_event_left_behind_dates_the_event():
    facts = _facts(
        "The crash on a mountain road near Tarrow on Friday left 11 people dead and 30 injured, the governor said."
    )
    assert facts["the date of the crash"] == ["2023-04-14"]


def test_a_noun_phrase_set_beside_the_time_does_not_take_it_from_the_event():
    facts = _facts(
        "A youth was shot and killed at Ambry Park in Kelby on Friday night, the fifth homicide in the "
        "town this year."
    )
    assert facts["the date of the killing"] == ["2023-04-14"]


def test_shot_to_death_is_the_killing_and_dates_it():
    sources, claims = _story(
        "Ivo Marsh, 19, was shot to death at Ambry Park in Kelby late Friday.",
        "A youth was gunned down at Ambry Park in Kelby on Friday night.",
    )
    [date] = [f for f in compare(sources, claims).facts if f.name == "the date of the shooting"]
    assert {s for v in date.values for s in v.sources} == {"a", "b"}


def test_the_shooting_death_of_someone_is_the_shooting_and_dates_it():
    facts = _facts(
        "A Kelby woman was charged on Saturday in the shooting death of her neighbour at his home on Friday.",
        "Police said the shooting followed an argument between neighbours in Kelby.",
    )
    assert facts["the date of the shooting"] == ["2023-04-14"]
    # what followed it, told after it, is dated by its own time
    facts = _facts(
        "A Kelby guard indicted in the shooting death of a boy was released from jail on Saturday.",
        "A guard shot the boy in Kelby in March, police said.",
    )
    assert "2023-04-15" not in facts.get("the date of the shooting", [])


def test_the_incident_told_after_a_named_persons_death_dates_it():
    facts = _facts(
        "Ivo Marsh, 27, died on Saturday of a gunshot wound suffered in a robbery in Kelby on Thursday night.",
        "A man was shot during a robbery at a Kelby store, police said.",
    )
    assert set(facts["the date of the robbery"]) == {"2023-04-13"}


def test_the_day_a_wounded_man_succumbed_does_not_date_the_shooting():
    facts = _facts(
        "Ivo Marsh, 27, succumbed to his injuries on Friday at Kelby General, police said.",
        "Ivo Marsh was shot in Kelby on April 7, police said.",
    )
    assert facts["the date of the shooting"] == ["2023-04-07"]


def test_two_days_a_wounded_man_died_on_conflict():
    sources, claims = _story(
        "Ivo Marsh, 27, who was shot in Kelby on April 7, died at a hospital on Friday, police said.",
        "Ivo Marsh was shot in Kelby on April 7. He succumbed to his injuries on Thursday, police said.",
    )
    found = {d.fact for d in compare(sources, claims).discrepancies}
    assert any(fact.endswith("Ivo Marsh's death") for fact in found)


def test_a_later_event_of_the_story_does_not_date_the_incident():
    facts = _facts(
        "Two men were wounded in a shooting in Konya on Friday.",
        "Two men were wounded in a shooting in Konya on Friday. Police arrested a suspect on Saturday.",
    )
    assert facts["the date of the shooting"] == ["2023-04-14"]


def test_the_day_an_occasion_is_set_for_is_a_fact_apart_from_the_news_day():
    facts = _facts(
        "Actor Ivo Marsh will host the 81st Kelby Film Awards on May 21, organizers announced Saturday.",
        "Ivo Marsh has been picked to host the 81st Kelby Film Awards, which will be held May 23.",
    )
    assert facts["the date of the award to come"] == ["2023-05-21", "2023-05-23"]
    assert "2023-05-21" not in facts.get("the date of the award", [])


def test_a_streaks_ordinal_names_the_game_itself():
    # "their fourth straight win" is this game, where "a second game" would be another one
    facts = _facts(
        "The Rockford Herons beat the Springfield Otters 104-99 on Saturday for their fourth straight win."
    )
    assert facts["the date of the game"] == ["2023-04-15"]  # the Saturday before the Sunday report


def test_a_surnames_age_beside_the_full_names_other_age_in_one_report_is_someone_elses():
    # "the 16-year-old Marsh was with": the friend's age, told after the victim's by full name
    facts = _facts(
        "Police said 14-year-old Ivo Marsh was shot on Pell Road. Detectives spoke to the 16-year-old Marsh"
        " was with.",
        "A boy, Ivo Marsh, 14, was shot on Pell Road.",
    )
    assert facts["the age of Ivo Marsh"] == [14]


def test_a_surnames_age_in_another_report_is_still_compared():
    facts = _facts(
        "Ivo Marsh, 14, was shot on Pell Road.", "Ivo Marsh was shot on Pell Road. Marsh, 16, died."
    )
    assert sorted(facts["the age of Ivo Marsh"]) == [14, 16]


def test_a_page_without_its_story_gives_no_place_or_date_of_the_incident():
    # a weather box where the article should be: its town and its "Today" are no shooting's
    facts = _facts(
        "A man was shot on Pell Road in Tarnby on Friday night, police said.",
        "Leeds, UK. Today: Cloudy early with light showers. Tonight: Clear skies after midnight. Low 12C.",
    )
    assert facts["the place of the shooting"] == ["Tarnby"]
    assert facts["the date of the shooting"] == ["2023-04-14"]


def test_a_page_date_line_is_not_the_time_of_the_news():
    facts = _facts("Posted: Saturday, April 15, 2023 9:02 PM. One man was shot in Konya on Friday.")
    assert facts["the date of the shooting"] == ["2023-04-14"]


def test_the_day_a_toll_rose_does_not_date_the_incident():
    facts = _facts(
        "Two people were killed in a blast at a depot in Konya on Thursday.",
        "The death toll from Thursday's blast at a depot in Konya rose to five on Saturday.",
    )
    assert facts["the date of the explosion"] == ["2023-04-13"]


def test_a_toll_told_before_the_day_still_dates_the_incident():
    facts = _facts(
        "A blast that killed two at a depot in Konya on Thursday shook the town.",
        "Two people were killed in a blast at a depot in Konya on Thursday.",
    )
    assert facts["the date of the explosion"] == ["2023-04-13"]


def test_the_day_an_escapee_was_recaptured_is_the_day_of_an_arrest():
    facts = _facts(
        "Three inmates escaped from the Konya jail early Tuesday. One of the escapees, Ivo Marsh, was "
        "recaptured on Thursday in a nearby town.",
        "Three inmates escaped from the Konya jail on Tuesday, officials said.",
    )
    assert facts["the date of the escape"] == ["2023-04-11"]
    assert facts["the date of Ivo Marsh's arrest"] == ["2023-04-13"]


def test_the_most_recent_incident_before_is_not_the_incidents_date():
    facts = _facts(
        "A police officer was shot and wounded in Konya on Friday. Officers searched the area. "
        "The most recent shooting of a Konya officer occurred April 2."
    )
    assert facts["the date of the shooting"] == ["2023-04-14"]


def test_recent_attacks_elsewhere_give_no_place_of_the_incident():
    facts = _facts(
        "A police officer was shot and wounded during a traffic stop on Friday. Officers searched the area. "
        "It comes weeks after recent sniper attacks on officers and police in Leeds."
    )
    assert "the place of the shooting" not in facts


def test_a_toll_of_a_previous_incident_is_not_the_incidents():
    facts = _facts(
        "One man was killed in a shooting in Konya on Friday.",
        "One man was killed in a shooting in Konya on Friday. "
        "A previous shooting at the same bar in 2015 killed three people.",
    )
    assert facts["the number killed in the shooting"] == [1]


def test_a_time_of_day_reports_put_on_different_days_is_one_value_of_its_clock():
    sources, claims = _story(
        "A man was shot in Konya on Friday at 10 p.m., police said.",
        "A man was shot and wounded in Konya. The shooting happened at about 10 p.m., police said.",
    )
    [fact] = [f for f in compare(sources, claims).facts if f.attribute == "time"]
    assert [(v.value, v.text, v.sources) for v in fact.values] == [("22:00", "22:00", ("a", "b"))]


def test_the_town_most_reports_name_comes_first():
    facts = _facts(
        "A man was shot in Konya on Friday, Konya police said.",
        "A man was shot on Friday. Konya police are investigating.",
        "A man was shot in Izmir on Friday.",
    )
    assert facts["the place of the shooting"] == ["Konya", "Izmir"]


def test_one_person_written_two_ways_has_one_age_fact():
    facts = _facts(
        "A fire gutted a warehouse on Saturday. Its owner, Orla Mendip Vance, 52, was not hurt.",
        "A fire gutted a warehouse on Saturday. The owner, Orla Mendip, 52, said nobody was inside.",
    )
    assert facts["the age of Orla Mendip Vance"] == [52]


def test_a_hyphenated_or_apostrophised_name_has_its_age_fact():
    facts = _facts(
        "A man was shot dead in Konya on Friday. Police named him as Lino Ruiz-Ocampo, 24.",
        "Ten shots were fired in Konya on Friday. Da’Rell Voss, 19, was wounded.",
    )
    assert facts["the age of Lino Ruiz-Ocampo"] == [24]
    assert facts["the age of Da’Rell Voss"] == [19]


def test_an_age_shared_by_two_named_people_is_each_ones_fact():
    facts = _facts(
        "Two men were shot in Konya on Friday. Police found Ivo Marsh and Tilde Oyen, both 31, hurt."
    )
    assert (facts["the age of Ivo Marsh"], facts["the age of Tilde Oyen"]) == ([31], [31])


def test_a_nickname_in_quotes_keeps_the_persons_age():
    facts = _facts(
        'A man was shot dead in Konya on Friday. Police arrested Tavo "Bear" Quill, 22, on Sunday.'
    )
    assert facts["the age of Tavo Quill"] == [22]


def test_an_age_reports_give_as_of_different_days_is_one_value():
    texts = [
        "A man was shot dead in Konya on Friday. Police arrested Ivo Marsh, 23, on Saturday.",
        "Ivo Marsh, 23, appeared in court on Monday over a shooting in Konya.",
        "Ivo Marsh, 24, was charged on Monday over a deadly shooting in Konya.",
    ]
    days = [SUNDAY, SUNDAY + dt.timedelta(days=1), SUNDAY + dt.timedelta(days=1)]
    sources = [source(name, text, day) for name, text, day in zip("abc", texts, days, strict=True)]
    claims = canonicalise_claims([c for s in sources for c in claims_of(s)])
    (fact,) = [f for f in compare(sources, claims).facts if f.attribute == "age"]
    assert [(v.value, v.sources) for v in fact.values] == [(23, ("a", "b")), (24, ("c",))]


def test_of_ages_as_widely_reported_the_older_comes_first():
    facts = _facts(
        "A man was shot dead in Konya on Friday. Police arrested Ivo Marsh, 23, on Saturday.",
        "Police charged Ivo Marsh, 24, on Saturday over a deadly shooting in Konya.",
    )
    assert facts["the age of Ivo Marsh"] == [24, 23]


def test_an_event_of_one_named_person_is_keyed_by_that_person():
    sources, claims = _story(
        "The Moss Rovers beat the Hill Owls 2-1. On Tuesday, the Rovers signed striker Ivo Brandl.",
    )
    frame = build_frame(sources, claims, {s.id: segment_source(s) for s in sources})
    assert [(k.attribute, k.subject, k.event) for k in frame.facts if k.subject] == [
        ("date", "ivo_brandl", "appointment")
    ]


def test_a_part_of_the_toll_is_not_the_toll():
    facts = _facts(
        "Five people were shot at a party in Konya on Friday, including one man who was shot twice.",
        "Five people were shot at a party in Konya on Friday. Another two were hurt as they ran.",
    )
    assert facts["the number shot in the shooting"] == [5]


def test_people_sent_to_hospital_are_the_injured():
    facts = _facts("A shooting outside a bar in Konya on Friday sent four people to the hospital.")
    assert facts["the number injured in the shooting"] == [4]


def test_where_no_one_died_the_shot_are_the_injured():
    facts = _facts(
        "Six people were shot at a party in Konya on Friday.",
        "Six people were shot at a party in Konya on Friday, police said.",
    )
    assert facts["the number injured in the shooting"] == [6]
    # one of the six died: the other five are the injured, not the six
    facts = _facts("Six people were shot at a party in Konya on Friday. One of them died in hospital.")
    assert facts["the number killed in the shooting"] == [1]
    assert facts["the number injured in the shooting"] == [5]


def test_every_attribute_has_words_and_a_family_and_every_class_a_kind():
    from factcheck.compare.fact_keys import ATTRIBUTE_WORDS, FAMILY_OF_ATTRIBUTE
    from factcheck.compare.lexicon import EVENT_CLASSES

    assert set(ATTRIBUTE_WORDS) == set(FAMILY_OF_ATTRIBUTE)
    assert {kind for kind, _ in EVENT_CLASSES.values()} <= {"incident", "outcome", "follow_up"}


def test_a_clock_time_after_midnight_dates_the_incident_told_as_the_night_before():
    facts = _facts(
        "Gunfire broke out at a club in Konya late Friday night. A man was shot there at 2:10 a.m. Saturday.",
    )
    assert set(facts["the date of the shooting"]) == {"2023-04-15"}


def test_a_clock_time_with_its_day_dates_the_incident_over_an_earlier_events_date():
    facts = _facts(
        "On April 2, a man was shot at the same corner in Konya. "
        "Two women were shot in Konya on Friday at about 9:40 p.m., police said.",
    )
    assert facts["the date of the shooting"] == ["2023-04-14"]


def test_a_report_that_gives_only_a_clock_time_with_its_day_has_its_date():
    facts = _facts("Two women were shot in Konya at about 9:40 p.m. Friday, police said.")
    assert facts["the date of the shooting"] == ["2023-04-14"]


def test_an_update_stamp_is_not_the_time_of_the_news():
    facts = _facts("Update (8:20 p.m. Saturday): Two women were shot in Konya on Friday, police said.")
    assert facts["the date of the shooting"] == ["2023-04-14"]


def test_a_follow_up_months_later_dates_its_incident_by_its_written_day():
    facts = _facts(
        "Jo Quillan was sentenced on Tuesday for the April 2 shooting in Konya that wounded two men.",
        published=dt.date(2023, 9, 20),
    )
    assert facts["the date of the shooting"] == ["2023-04-02"]


def test_a_call_to_police_about_the_incident_dates_it_months_later():
    facts = _facts(
        "Jo Quillan was sentenced on Tuesday for wounding two men in Konya. "
        "In the early hours of April 2, officers were called to a shooting at a bar in Konya.",
        published=dt.date(2023, 9, 20),
    )
    assert facts["the date of the shooting"] == ["2023-04-02"]


def test_the_police_response_dates_the_incident():
    facts = _facts(
        "A boy was wounded by gunfire at a house in Konya, police said. Officers searched the area. "
        "Deputies responded to the house on Friday night and found the boy in the kitchen."
    )
    assert facts["the date of the shooting"] == ["2023-04-14"]


def test_the_police_arriving_dates_the_incident():
    facts = _facts(
        "A boy was wounded by gunfire at a house in Konya, police said. Officers searched the area. "
        "By the time officers arrived Friday night, the gunman had driven off."
    )
    assert facts["the date of the shooting"] == ["2023-04-14"]


def test_a_reply_to_questions_is_no_response_to_the_incident():
    facts = _facts(
        "A boy was wounded by gunfire at a house in Konya on Friday, police said.",
        "A boy was wounded by gunfire at a house in Konya, police said. Officers searched the area. "
        "The mayor responded on Saturday to questions from reporters.",
    )
    assert facts["the date of the shooting"] == ["2023-04-14"]


def test_what_someone_was_doing_when_it_happened_dates_the_incident():
    facts = _facts(
        "A boy was wounded by gunfire at a house in Konya, police said. Officers searched the area. "
        "His aunt was cooking dinner Friday evening when it happened."
    )
    assert facts["the date of the shooting"] == ["2023-04-14"]


def test_a_retold_clock_time_with_its_day_dates_the_incident():
    facts = _facts(
        "A boy was wounded by gunfire at a house in Konya, police said. Officers searched the area. "
        "It happened at about 4 p.m. Friday in a flat on Mill Road."
    )
    assert facts["the date of the shooting"] == ["2023-04-14"]


def test_a_sentence_that_tells_the_incident_again_dates_it():
    facts = _facts(
        "A man was wounded by gunfire in Konya, police said. Officers searched the area for hours. "
        "The incident occurred early Saturday."
    )
    assert set(facts["the date of the shooting"]) == {"2023-04-15"}


def test_a_quoted_posts_date_is_not_the_time_of_the_news():
    facts = _facts(
        "Pray for the family \u2014 Konya Watch (@konyawatch) April 13, 2023. "
        "A man was shot in Konya on Friday, police said.",
    )
    assert facts["the date of the shooting"] == ["2023-04-14"]


def test_a_drafts_earlier_date_of_the_incident_is_held_against_the_incidents_date():
    from factcheck.compare.frame import FactKey, place_claim

    # the sources, weeks after the incident, and the draft months after it
    sources, claims = _story(
        "Jo Quillan was charged on Tuesday in the April 2 shooting in Konya.", published=dt.date(2023, 6, 1)
    )
    frame = build_frame(sources, claims, {s.id: segment_source(s) for s in sources})
    later = dt.date(2023, 9, 20)
    draft = source("draft", "Jo Quillan was sentenced on Tuesday for the April 2 shooting in Konya.", later)
    keys = {
        c.quote: place_claim(frame, c, draft.text, later, segment_source(draft))
        for c in claims_of(draft)
        if c.kind == "time"
    }
    assert keys["April 2"] == [FactKey("date")]


def test_a_toll_told_with_a_follow_up_is_the_incidents():
    facts = _facts(
        "Deputies are investigating after a 12-year-old boy was killed in a shooting in Konya on Friday.",
        "A neighbour was charged Saturday in the shooting death of a 12-year-old boy in Konya.",
    )
    assert facts["the number killed in the shooting"] == [1]


def test_a_time_that_names_no_day_is_no_weekday_of_a_persons_event():
    facts = _facts(
        "A man was shot dead in Tarrow on Saturday. Ivo Marsh was arrested on Sunday in the shooting.",
        "A man was killed in a shooting in Tarrow on Saturday. Ivo Marsh was arrested on Sunday. "
        "Marsh was at home yesterday afternoon when police came.",
        "Ivo Marsh was arrested on Sunday after a fatal shooting in Tarrow, officers said.",
        published=None,
    )
    # undated, "yesterday afternoon" names no day: before, it stood in the table as "XXXX-XX-XXTAF"
    assert facts["the weekday of Ivo Marsh's arrest"] == ["Sunday"]


def _facts_of_sources(*dated_texts: tuple[str, dt.date | None]) -> dict[str, list]:
    sources = [source(chr(ord("a") + i), text, day) for i, (text, day) in enumerate(dated_texts)]
    claims = canonicalise_claims([c for s in sources for c in claims_of(s)])
    return {f.name: [v.value for v in f.values] for f in compare(sources, claims).facts}


def test_one_who_surrendered_is_the_one_arrested():
    facts = _facts(
        "A man was shot dead in Tarrow on Saturday. Ivo Marsh was arrested on Sunday in the shooting.",
        "A man was killed in a shooting in Tarrow on Saturday. Ivo Marsh surrendered to police on Friday.",
    )
    assert sorted(facts["the date of Ivo Marsh's arrest"]) == ["2023-04-14", "2023-04-16"]


def test_an_undated_reports_clock_on_its_own_day_is_the_events_time_of_day():
    published = "A man was shot dead in Tarrow on Saturday. Ivo Marsh was taken into custody Sunday evening."
    own_day = (
        "A man was killed in a shooting in Tarrow on Saturday. "
        "Just after 2 p.m. today, Ivo Marsh walked into a police station and surrendered."
    )
    facts = _facts_of_sources((published, SUNDAY), (own_day, None))
    assert facts["the time of day of Ivo Marsh's arrest"] == ["evening", "14:00"]


def test_an_undated_reports_clock_with_a_weekday_gives_the_weekday():
    published = "A man was shot dead in Tarrow on Saturday. Ivo Marsh was taken into custody Sunday evening."
    weekday = "A man was killed in a shooting in Tarrow on Saturday. Ivo Marsh surrendered at 2 p.m. Sunday."
    facts = _facts_of_sources((published, SUNDAY), (weekday, None))
    assert facts["the weekday of Ivo Marsh's arrest"] == ["Sunday"]
    assert facts["the time of day of Ivo Marsh's arrest"] == ["evening"]


def test_an_undated_reports_clock_of_no_day_is_not_placed():
    published = "A man was shot dead in Tarrow on Saturday. Ivo Marsh was taken into custody Sunday evening."
    no_day = (
        "A man was killed in a shooting in Tarrow on Saturday. "
        "At 2 p.m., Ivo Marsh walked into a police station and surrendered."
    )
    facts = _facts_of_sources((published, SUNDAY), (no_day, None))
    assert facts["the time of day of Ivo Marsh's arrest"] == ["evening"]


def test_a_datelines_town_is_not_the_place_of_a_visit():
    facts = _facts(
        "LONDON: The president of Ruritania will visit Norway on Tuesday, her first trip there.",
        "The Ruritanian president's visit to Norway on Tuesday is her first, officials said.",
    )
    assert "the place of the visit" not in facts  # London is where the report was filed


def test_a_datelines_town_still_places_a_shooting():
    facts = _facts(
        "LEEDS: A man was shot and killed outside a shop on Saturday, police said.",
        "A man was killed in a shooting outside a shop on Saturday, police said.",
    )
    assert facts["the place of the shooting"] == ["Leeds"]


def test_a_sentence_that_tells_the_incident_again_gives_its_place():
    facts = _facts(
        "A man was shot on Friday, police said. Officers searched the area. It happened on Larch Road in Konya."
    )
    assert facts["the place of the shooting"] == ["Konya"]


def test_a_dateline_may_end_in_a_double_hyphen():
    for dash in ("--", ">>"):
        facts = _facts(
            f"LEEDS, Ala. {dash} A man was shot and killed outside a shop on Saturday.",
            "A man was killed in a shooting outside a shop on Saturday.",
        )
        assert facts["the place of the shooting"] == ["Leeds"], dash


def test_a_place_whose_every_town_is_dropped_is_no_fact(monkeypatch):
    import factcheck.compare.towns as towns_module

    text = "Two men were shot outside a bar near Central on Friday, the Texas sheriff said."
    assert _facts(text, text)["the place of the shooting"] == ["Central"]
    # as when every town read lies only outside the story's region
    monkeypatch.setattr(towns_module, "towns_of_the_region", lambda claims, places, texts: ([], []))
    facts = _facts(text, text)
    assert "the place of the shooting" not in facts
    assert all(values for values in facts.values())


def test_a_term_no_one_is_named_for_is_the_one_of_the_story_s_one_person_given_that_term():
    facts = _facts(
        "A former clerk was sentenced on Friday to 12 years in prison for stealing from the council.",
        "Ivo Marsh was sentenced to 15 years in prison on Friday for stealing from the council.",
    )
    assert facts["the length of Ivo Marsh's sentence"] == ["12 years", "15 years"]


def test_a_length_of_service_is_the_one_of_whom_its_clause_tells():
    facts = _facts(
        "Ivo Marsh will succeed Dana Quist, who quit in May after four years in the post. "
        "Marsh, who has worked at the council for 18 years, starts on Monday.",
        "Ivo Marsh, who has been with the council for 15 years, will succeed Dana Quist. Chief Ola Brant "
        "said Quist had been with the council for three years. A seven-year veteran officer Ola Brant spoke.",
    )
    assert facts["the length of Dana Quist's tenure"] == ["4 years", "3 years"]
    assert facts["the length of Ivo Marsh's tenure"] == ["18 years", "15 years"]
    assert facts["the length of Ola Brant's career"] == ["7 years"]


def test_a_length_of_service_in_apposition_is_the_named_ones_and_in_a_clause_of_another_no_ones():
    facts = _facts(
        "Mayor Ola Brant on Tuesday named Lena Quorrow, a 24-year veteran of the force, as chief. "
        "She replaces Tavo Rell, who retired in March after seven years in the job.",
        "Lena Quorrow, a 26-year veteran of the force, was named chief by Mayor Ola Brant on Tuesday.",
    )
    # the seven years are the one she replaces, whom the story does not follow: no one's it knows
    assert facts["the length of Lena Quorrow's tenure"] == ["24 years", "26 years"]


def test_a_term_no_one_is_named_for_stays_apart_when_two_people_are_given_that_term():
    facts = _facts(
        "A former clerk was sentenced on Friday to 12 years in prison for stealing from the council.",
        "Ivo Marsh was sentenced to 15 years on Friday. Dana Quist was sentenced to 4 years.",
    )
    assert facts["the length of the sentence"] == ["12 years"]


@pytest.mark.parametrize(
    "text",
    [
        "Five people were shot at a party in Konya on Friday. Two of them died.",
        "Five people were shot at a party in Konya on Friday, and two of the victims died in hospital.",
        "Five people were shot, two of them fatally, at a party in Konya on Friday.",
    ],
)
def test_the_part_of_those_shot_that_died_is_the_toll(text):
    facts = _facts(text)
    assert facts["the number killed in the shooting"] == [2]
    assert facts["the number injured in the shooting"] == [3]


def test_a_part_of_the_shot_that_is_no_harm_is_no_toll():
    facts = _facts("Five people were shot at a party in Konya on Friday. Two of them were students.")
    assert "the number killed in the shooting" not in facts


@pytest.mark.parametrize(
    ("wounded", "severity"),
    [
        # the wound is the shooting's own: its time is the shooting's, as sure as the other report's
        ("A man was shot and wounded shortly before 11 p.m. Saturday in Tarnby.", "warning"),
        # the man found later: the time is of no word of the shooting's, and it is only worth a look
        ("A wounded man was found in Tarnby shortly before 11 p.m. Saturday.", "info"),
        # what followed, told before the shooting's word, does not take the time told after it
        (
            "Detectives in Tarnby are investigating the shooting that wounded a 27-year-old man shortly before 11 p.m. Saturday.",
            "warning",
        ),
    ],
)
def test_a_time_told_with_the_incidents_word_and_a_wound_dates_the_incident_itself(
    wounded: str, severity: str
) -> None:
    sources, claims = _story(wounded, "Police said a man was shot in Tarnby at about 11:40 p.m. Saturday.")
    found = compare(sources, claims).discrepancies
    assert [(d.code, d.severity.value) for d in found] == [("FC103", severity)]


@pytest.mark.parametrize(
    ("other", "found"),
    [
        # the call came ten minutes after the shooting: no two times of one thing
        ("A man was shot in Tarnby shortly before 2 a.m. Sunday, police said.", []),
        # two calls at times that cannot both hold
        ("Officers were called to Tarnby at 3:40 a.m. Sunday after a man was shot.", [("FC103", "warning")]),
    ],
)
def test_the_time_police_were_called_is_the_responses_not_the_incidents(other: str, found: list) -> None:
    sources, claims = _story(
        "Officers were called to Tarnby at 2:10 a.m. Sunday after reports of a shooting.", other
    )
    report = compare(sources, claims)
    assert [(d.code, d.severity.value) for d in report.discrepancies] == found
    names = {f.name for f in report.facts}
    assert "the time of day of the response" in names


def test_officers_sent_to_the_scene_are_the_response_too() -> None:
    sources, claims = _story(
        "Officers were sent to Tarnby at 2:10 a.m. Sunday after reports of a shooting.",
        "Police said a man was hit by gunfire in Tarnby at about 1:55 a.m. Sunday.",
    )
    report = compare(sources, claims)
    assert report.discrepancies == []
    assert "the time of day of the response" in {f.name for f in report.facts}


@pytest.mark.parametrize(
    ("background", "severity"),
    [
        # the people who did it: the story still tells of one incident
        ("The hijackers have not been named.", "error"),
        # two incidents of the kind: a count may be either's
        ("It was one of two hijackings on the lake in a week.", "info"),
    ],
)
def test_incidents_in_the_plural_in_the_background_leave_the_story_one_incident(
    background: str, severity: str
) -> None:
    sources, claims = _story(
        f"Gunmen hijacked a ferry with 31 crew on Lake Vess on Friday. {background}",
        "A ferry and its 34 crew were hijacked on Lake Vess on Friday, officials said.",
    )
    found = compare(sources, claims).discrepancies
    assert [(d.code, d.severity.value) for d in found] == [("FC201", severity)]


@pytest.mark.parametrize(
    ("background", "severity"),
    [
        ("There have been four earthquakes in the region this year.", "error"),  # a tally of the year
        ("Two earthquakes struck the region within an hour.", "info"),  # which one's toll?
    ],
)
def test_a_tally_of_the_period_leaves_the_story_one_incident(background: str, severity: str) -> None:
    sources, claims = _story(
        f"A strong earthquake struck Vessmark on Friday, killing 12 people. {background}",
        "The earthquake that hit Vessmark on Friday killed 15 people, officials said.",
    )
    found = compare(sources, claims).discrepancies
    assert [(d.code, d.severity.value) for d in found] == [("FC201", severity)]


@pytest.mark.parametrize(
    ("told", "timed"),
    [
        ("Three inmates escaped from Hollin Prison at 5 a.m. Sunday.", True),
        # the escape found out: the time is the discovery's, some time after it
        ("Three inmates escaped from Hollin Prison. The escape was discovered at 5 a.m. Sunday.", False),
        ("Three inmates escaped from Hollin Prison. Guards noticed they were gone at 5 a.m. Sunday.", False),
    ],
)
def test_the_time_an_incident_was_found_out_is_not_its_time(told: str, timed: bool) -> None:
    facts = _facts(told, "Three inmates escaped from Hollin Prison on Sunday, officials said.")
    assert ("the time of day of the escape" in facts) is timed


def test_the_wounded_who_died_since_are_added_to_the_toll_not_the_toll():
    facts = _facts(
        "Two bombs exploded at a market in Tarnby on Sunday, killing 12 people. On Monday the toll rose "
        "to 14 after two of the wounded died in hospital.",
        "Twelve people were killed when two bombs exploded at a market in Tarnby on Sunday.",
    )
    assert sorted(facts["the number killed in the explosion"]) == [12, 14]


@pytest.mark.parametrize(
    ("told", "timed"),
    [
        ("A gunman took nine people hostage at a bank in Tarnby at 11 a.m. Friday.", True),
        # the end of the siege: its day, not its time
        ("A siege at a bank in Tarnby ended at about 3 p.m. Friday.", False),
        ("A siege at a bank in Tarnby ended on Friday afternoon.", False),
        # a surrender ends it
        ("A gunman who held nine people hostage at a bank in Tarnby surrendered at 3 p.m. Friday.", False),
        (
            "A gunman who held nine people hostage at a bank in Tarnby gave himself up at 3 p.m. Friday.",
            False,
        ),
    ],
)
def test_the_time_an_incident_ended_is_not_its_time(told: str, timed: bool) -> None:
    facts = _facts(told, "A gunman held nine people hostage at a bank in Tarnby on Friday, police said.")
    assert ("the time of day of the hostage-taking" in facts) is timed
    assert "the date of the hostage-taking" in facts


@pytest.mark.parametrize(
    "later",
    [
        "The fire was still raging early on Saturday.",
        "Crews were still fighting the blaze at the depot on Saturday.",
        # the going on of something else, and a relative clause of the fire's own
        "Officers are still looking into a fire that began on Friday night.",
    ],
)
def test_a_time_the_incident_was_still_going_on_is_not_its_day(later: str) -> None:
    facts = _facts(
        f"A blaze broke out at a depot in Tarnby overnight, officials said. {later}",
        "A blaze broke out at a depot in Tarnby on Friday night.",
    )
    assert set(facts["the date of the fire"]) == {"2023-04-14"}  # the Friday; not the Saturday


def test_a_time_the_incident_was_over_by_is_not_its_time() -> None:
    facts = _facts(
        "A blaze broke out at a depot in Tarnby at 8 p.m. Friday.",
        "Firefighters were called to a blaze at a depot in Tarnby on Friday. By 11 p.m. the flames were "
        "mostly out.",
    )
    assert facts["the time of day of the fire"] == ["20:00"]
    # the end told before the time
    facts = _facts(
        "A blaze broke out at a depot in Tarnby at 8 p.m. Friday.",
        "A blaze at a depot in Tarnby was put out at 11 p.m. Friday, and crews had it under control by midnight.",
    )
    assert facts["the time of day of the fire"] == ["20:00"]
    # "out" that does not end its clause tells no end
    facts = _facts(
        "A blaze broke out at a depot in Tarnby at 8 p.m. Friday while its owner was out walking.",
        "A blaze broke out at a depot in Tarnby on Friday.",
    )
    assert facts["the time of day of the fire"] == ["20:00"]


def test_a_players_time_out_injured_is_compared_though_told_as_a_forecast():
    facts = _facts(
        "Otters winger Ivo Marsh will miss four to six weeks after breaking his wrist in a 3-1 win on Sunday.",
        "Ivo Marsh broke his wrist in the Otters' 3-1 win on Sunday and will be out at least eight weeks.",
    )
    assert sorted(map(str, facts["the length of Ivo Marsh's time out injured"])) == [
        "4-6 weeks",
        "at least 8 weeks",
    ]


def test_the_one_named_in_what_an_arrest_was_for_is_not_the_one_arrested():
    facts = _facts(
        "Police on Friday arrested a 23-year-old man in the killing of Jo Reed, 19.",
        "Jo Reed, 19, was shot dead on Quellmoor Road last weekend.",
    )
    assert not [name for name in facts if "arrest" in name]
    named = _facts(
        "Police arrested Al Ray on Friday in the killing of Jo Reed, 19.",
        "Jo Reed, 19, was shot dead on Quellmoor Road last weekend.",
    )
    assert "the date of Al Ray's arrest" in named


def test_a_forecast_sentence_is_no_term_of_the_story():
    facts = _facts(
        "Ivo Marsh will be sentenced to 10 years in prison under the plea deal, his lawyer said.",
        "Ivo Marsh was sentenced on Friday to 12 years in prison.",
    )
    assert [str(v) for v in facts["the length of Ivo Marsh's sentence"]] == ["12 years"]


def test_a_count_most_reports_give_for_the_story_is_the_storys_though_one_names_a_person():
    facts = _facts(
        "The council received nearly 4,000 comments on its quarry proposal.",
        "The quarry proposal drew 6,000 comments, officials said.",
        "The proposal drew many letters. Planners read 4,000 comments before Mayor Ines Tarro took office.",
    )
    assert "the number of comments" in facts


def test_a_count_most_reports_give_as_a_persons_own_is_no_count_of_the_story():
    facts = _facts(
        "The Otters won the game 21-7. Jo Reed had nine catches for the Otters.",
        "The Otters won the game. Jo Reed finished with nine catches in the win.",
        "The Otters won the game. The Otters made 12 catches in all.",
    )
    assert "the number of catches" not in facts


def test_a_report_may_give_its_count_hedged_once_and_exact_once():
    facts = _facts(
        "Six fire engines were sent to the warehouse. Around 6 engines fought the blaze.",
        "Six fire engines were sent to the warehouse fire on Saturday.",
    )
    assert 6 in facts["the number of fire engines"]


def test_a_death_every_report_headlines_with_no_cause_the_lexicon_knows_is_the_incident():
    sources, _ = _story(
        "Climber Ola Dunn was killed on Sunday. She slipped near the summit of the Tarn ridge.",
        "Ola Dunn died on Sunday in a fall near the summit. Rescuers reached her on Monday.",
    )
    assert incident_class(sources, {s.id: segment_source(s) for s in sources}) == "death"


def test_a_body_recovered_later_does_not_date_the_death():
    facts = _facts(
        "Climber Ola Dunn was killed in a fall from the Tarn ridge. Her body was recovered on Monday morning.",
        "Climber Ola Dunn died in a fall from the Tarn ridge on Saturday afternoon, police said.",
    )
    assert facts["the date of the death"] == ["2023-04-15"]


def test_an_arrest_every_report_leads_with_is_the_incident_when_the_crimes_are_its_background():
    sources, _ = _story(
        "Police arrested the fugitive Dale Orrin on Monday. He had been convicted in his absence of two robberies.",
        "Dale Orrin was arrested on Monday near Kelby. He was sentenced in 2015 for ordering three robberies.",
    )
    assert incident_class(sources, {s.id: segment_source(s) for s in sources}) == "arrest"


def test_a_compound_counts_its_first_nouns_things_when_the_story_counts_those():
    facts = _facts(
        "The Tarnby Ravens beat the Hawks 38-10 on Sunday with three touchdown passes.",
        "The Tarnby Ravens beat the Hawks 38-10 on Sunday, scoring two touchdowns.",
    )
    assert sorted(facts["the number of touchdowns"]) == [2, 3]


def test_a_compound_of_a_synonyms_word_is_no_count_of_that_thing():
    facts = _facts(
        "A gunman fired 20 rounds at a house in Kelby on Sunday. No one was hurt.",
        "Police found three bullet holes in the house after the shooting in Kelby on Sunday.",
        "The gunman fired 20 rounds in the shooting in Kelby on Sunday.",
    )
    assert facts["the number of rounds"] == [20]


def test_a_riot_is_dated_by_its_own_day_not_by_the_death_it_followed():
    facts = _facts(
        "Riots spread across Tarnby on Thursday after police shot dead a teenager on Monday.",
        "Youths rioted in Tarnby for a third night on Thursday after a teenager was shot dead by police.",
    )
    assert facts["the date of the riot"] == ["2023-04-13"]


def test_a_possessive_day_of_the_incident_dates_it_whatever_the_verb():
    first = source(
        "a",
        "A boy was killed and a man was wounded in a shooting Saturday night in Konya, police said.\n\n"
        "Officers found the boy, Tavo Quill, on a porch on Ash Lane. He died at the scene.",
        dt.date(2016, 8, 14),
    )
    second = source(
        "b",
        "Konya police on Sunday identified the teenager killed in Saturday's shooting as Tavo Quill.\n\n"
        "Quill was shot outside a house on Ash Lane and died at a hospital.",
        dt.date(2016, 8, 15),
    )
    claims = canonicalise_claims([c for s in (first, second) for c in claims_of(s)])
    (date,) = [f for f in compare([first, second], claims).facts if f.name == "the date of the shooting"]
    assert {(v.value, v.sources) for v in date.values} == {("2016-08-13", ("a",)), ("2016-08-13", ("b",))}


def test_a_count_of_arrests_is_no_arrest_of_the_person_named_after_it():
    facts = _facts(
        "Riots raged in Tarrow for a third night on Saturday, with 54 arrests, as anger grew over the "
        "killing of Ivo Marsh.",
        "Rioting went on in Tarrow on Saturday night after the killing of Ivo Marsh.",
    )
    assert "the date of Ivo Marsh's arrest" not in facts
    assert facts["the date of the riot"] == ["2023-04-15"]


def test_the_arrest_of_the_person_named_after_it_is_theirs():
    facts = _facts(
        "Police arrested Ivo Marsh on Saturday over the riots in Tarrow.",
        "Rioting went on in Tarrow on Friday night.",
    )
    assert facts["the date of Ivo Marsh's arrest"] == ["2023-04-15"]


def test_a_day_of_the_month_before_a_hearing_is_no_count_of_hearings():
    facts = _facts(
        "Ivo Marsh was charged in the shooting of a man in Tarrow on Friday.",
        "Dana Quist, who argued at the April 14 hearing, wants the judge to keep Ivo Marsh in jail.",
    )
    assert facts["the date of Ivo Marsh's court appearance"] == ["2023-04-14"]


def test_the_one_found_guilty_is_named_before_whoever_follows():
    facts = _facts(
        "A jury on Thursday convicted Ivo Marsh of murder in the death of his wife, Lena Voss.",
        "Ivo Marsh was found guilty on Thursday of murdering his wife, Lena Voss.",
    )
    assert "the date of Lena Voss's conviction" not in facts
    assert facts["the date of Ivo Marsh's conviction"] == ["2023-04-13"]


def test_the_day_an_election_was_won_is_the_elections_not_the_defeated_ones_game():
    facts = _facts(
        "Lena Pask won a second term as mayor on Tuesday, defeating challenger Ivo Marsh.",
        "Lena Pask was re-elected mayor on Tuesday.",
    )
    assert facts["the date of the election"] == ["2023-04-11"]
    assert not any("game" in name for name in facts)


def test_an_age_given_by_role_of_someone_named_later_is_theirs_when_the_part_is_theirs():
    facts = _facts(
        "A 6-year-old Kelby boy died on Friday after shooting himself with a pistol he found in a drawer. "
        "The boy, identified as Jo Reed, was rushed to a clinic. The pistol was his 50-year-old uncle's.",
        "Jo Reed, 7, died on Friday after shooting himself with a pistol found at his Kelby home.",
    )
    assert sorted(facts["the age of Jo Reed"]) == [6, 7]


def test_a_players_averages_of_one_day_are_one_fact():
    facts = _facts(
        "The Otters beat the Hawks 101-99 in Kelby on Saturday. Ivo Marsh is averaging 23.1 points a game.",
        "The Otters beat the Hawks 101-99 in Kelby on Saturday. Ivo Marsh averaged 24.3 points per game this season.",
    )
    assert sorted(facts["the number of points by Ivo Marsh per game as of 2023-04-16"]) == [23.1, 24.3]


def test_a_players_average_is_no_count_of_the_game():
    facts = _facts(
        "The Otters beat the Hawks 101-99 in Kelby on Saturday. Ivo Marsh scored 31 points.",
        "The Otters beat the Hawks 101-99 in Kelby on Saturday. Ivo Marsh scored 31 points. Marsh averaged "
        "24.3 points per game this season.",
    )
    assert facts["the number of points by Ivo Marsh"] == [31]
