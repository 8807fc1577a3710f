"""compare.readings: what a lead says without a number or a named entity."""

from __future__ import annotations

import datetime as dt

import pytest
from claim_builders import source

from factcheck.compare.readings import lead_readings, residence_readings
from factcheck.read.segment import segment_source


def _read(text: str):
    story = source("a", text, dt.date(2022, 1, 9))
    segments = [s for s in segment_source(story) if s.content]
    return lead_readings(story, segments, segments)


def _story(text: str):
    """A report of ``text`` and its content segments."""
    story = source("a", text, dt.date(2022, 1, 9))
    return story, [s for s in segment_source(story) if s.content]


def _people_finder(people: dict[str, str]):
    """A ``people_in`` for the readings: where each of ``people`` (name -> id) is written in a text."""

    def people_in(text: str) -> list[tuple[int, int, str]]:
        return sorted((text.find(n), text.find(n) + len(n), pid) for n, pid in people.items() if n in text)

    return people_in


def _counts(text: str) -> list[tuple[str, float, str]]:
    return [(c.value.counted, c.value.low, c.quote) for c in _read(text) if c.kind == "quantity"]


def test_one_person_shot_and_killed_is_one_killed():
    assert _counts("A 19-year-old man was shot and killed on Sunday.") == [
        ("people killed", 1, "A 19-year-old man was shot and killed")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A 19-year-old man was gunned down on Sunday.",
        "A 19-year-old man lost his life on Sunday.",
        "A 19-year-old man succumbed to his gunshot wounds on Sunday.",
        "A 19-year-old man was the victim of a fatal shooting on Sunday.",
        "The shooting on Sunday claimed the life of a 19-year-old man.",
    ],
)
def test_the_words_of_one_persons_death_count_one_killed(text: str):
    assert [count[:2] for count in _counts(text)] == [("people killed", 1)]


def test_a_person_who_killed_someone_is_not_one_killed():
    assert _counts("A man shot and killed his neighbour on Sunday.") == [
        ("people killed", 1, "shot and killed his neighbour")
    ]
    assert _counts("Ivo Marsh killed the two men before fleeing.") == []
    # the passive keeps what follows: "the same night" is no object
    assert ("people killed", 1) in [c[:2] for c in _counts("A man was shot and killed the same night.")]


def test_the_people_a_killing_verb_lists_are_counted_together():
    def killed(text):
        return sorted({c[1] for c in _counts(text) if c[0] == "people killed"})

    assert killed("Police said he killed a man, a woman and a boy.") == [3]
    assert killed("The gunman shot and killed two men and a woman outside a shop.") == [3]
    # the killer's own death after the list is one more
    assert killed("A man shot and killed his wife and her mother before turning the gun on himself.")[-1] == 3
    # a second verb is not a second person killed
    assert killed("A gunman killed a man and wounded a woman.") == [1]
    # a noun that hides a number is no list of two
    assert 2 not in killed("He killed his wife and her three children.")


@pytest.mark.parametrize(
    "text",
    [
        "A homeowner shot and killed an intruder on Sunday.",
        "Officers fatally shot an armed robber outside a bank on Sunday.",
        "Police are looking into the fatal shooting of a suspect on Sunday.",
    ],
)
def test_one_who_did_harm_and_was_killed_for_it_is_one_killed(text: str):
    assert [count[:2] for count in _counts(text)] == [("people killed", 1)]


def test_a_doers_relative_is_no_doer_killed():
    assert _counts("Police are looking into the killing of the suspect's brother.") == []


def test_an_nth_person_who_died_makes_the_toll_that_many():
    assert [c[:2] for c in _counts("A fourth person has died after the shooting, police said.")] == [
        ("people killed", 4)
    ]
    assert [c[:2] for c in _counts("A man has died after the shooting, police said.")] == [
        ("people killed", 1)
    ]


def test_a_named_person_with_an_age_and_a_home_town_is_one_person():
    assert _counts("Orin Fask, 22, of Kelby, died on Friday.") == [
        ("people killed", 1, "Orin Fask, 22, of Kelby, died")
    ]


def test_a_named_person_with_an_apposition_is_one_person():
    assert _counts("Orin Fask, a 22-year-old cook, was fatally shot on Friday.")[0][:2] == (
        "people killed",
        1,
    )


def test_two_people_found_dead_together_are_two_killed_not_one():
    assert _counts("A father and daughter were found dead on Friday.") == [
        ("people killed", 2, "A father and daughter were found dead")
    ]
    assert _counts("Deputies found a man and his son dead in Oskar Vale.")[0][:2] == ("people killed", 2)
    assert _counts("Ansel and Bryn Mott died on Friday.") == []


def test_a_wounding_that_ended_in_death_is_one_killed_and_no_injury():
    assert _counts("A woman was shot on Friday and died in hospital.") == [
        ("people killed", 1, "A woman was shot on Friday and died")
    ]
    assert _counts("A woman was shot on Sunday near the park and died at a hospital.") == [
        ("people killed", 1, "A woman was shot on Sunday near the park and died")
    ]
    assert [c[:2] for c in _counts("A man was stabbed in the chest and later died.")] == [
        ("people killed", 1)
    ]
    assert [c[:2] for c in _counts("The teen who was shot in Kelby last week has died.")] == [
        ("people killed", 1)
    ]
    assert ("people killed", 1) not in [
        c[:2] for c in _counts("A teen was shot last week, and officers said a dog has died.")
    ]
    # another's death is not theirs
    assert ("people killed", 1) not in [
        c[:2] for c in _counts("A woman was shot on Sunday and her son said the dog died.")
    ]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("One woman was killed and another was wounded on Sunday.", "people injured"),
        ("Two men were killed, and a third was hurt on Sunday.", "people injured"),
        ("Three men were hurt and another was killed on Sunday.", "people killed"),
    ],
)
def test_one_more_person_in_a_clause_of_their_own_is_counted(text: str, counted: str):
    assert (counted, 1) in [count[:2] for count in _counts(text)]


@pytest.mark.parametrize(
    "text",
    [
        "A driver was killed and his brother wounded when gunfire hit their car on Sunday.",
        "Two men were killed and a third hospitalized on Sunday.",
        "The blast left one guard dead and another guard in critical condition.",
        "The shooting left one cook slain, and a second badly hurt.",
    ],
)
def test_one_more_hurt_whose_verb_is_left_out_after_the_dead_is_one_injured(text: str):
    assert ("people injured", 1) in [count[:2] for count in _counts(text)]


@pytest.mark.parametrize(
    "text",
    [
        "One man was wounded and another killed on Sunday.",
        "One guard was hurt, and a second fatally shot on Sunday.",
        "The crash left a woman injured and her husband dead.",
    ],
)
def test_one_more_dead_whose_verb_is_left_out_after_the_hurt_is_one_killed(text: str):
    counts = [count[:2] for count in _counts(text)]
    assert ("people killed", 1) in counts
    # and the hurt told first are still hurt: the death after them is the other person's
    assert any(counted == "people injured" for counted, _ in counts)


def test_one_person_hit_by_a_bullet_is_one_injured():
    assert _counts("A 9-year-old girl was hit by a stray bullet in her bed on Sunday.") == [
        ("people injured", 1, "A 9-year-old girl was hit by a stray bullet")
    ]
    assert [c[:2] for c in _counts("A woman was struck by gunfire on Sunday and died.")] == [
        ("people killed", 1)
    ]


def test_one_person_found_with_a_gunshot_wound_is_one_shot():
    assert _counts("Deputies found a man with a gunshot wound in the lot on Sunday.") == [
        ("people shot", 1, "found a man with a gunshot wound")
    ]
    assert [c[:2] for c in _counts("Officers found a 30-year-old woman suffering from gunshot wounds.")] == [
        ("people shot", 1)
    ]
    # found shot, and dead: no one hurt
    assert _counts("Deputies found a man with a gunshot wound; he died at the scene.")[0][0] != "people shot"


def test_one_more_after_the_dead_who_then_died_is_no_injured():
    counts = _counts("A cook was killed and a woman wounded on Sunday; she died later.")
    assert "people injured" not in [count[0] for count in counts]
    # the killer's deed is no clause of the dead: the one he wounded is counted once
    counts = _counts("A gunman killed a man and wounded a woman on Sunday.")
    assert [count[:2] for count in counts if count[0] == "people injured"] == [("people injured", 1)]


def test_another_of_something_else_is_no_person():
    assert _counts("One woman was killed on Sunday and another inquiry was opened.") == [
        ("people killed", 1, "One woman was killed")
    ]


def test_one_person_a_shooting_left_with_injuries_is_one_injured():
    assert _counts("The shooting left a 31-year-old woman with life-threatening injuries.") == [
        ("people injured", 1, "left a 31-year-old woman with life-threatening injuries")
    ]
    assert _counts("The crash left a 31-year-old woman with fatal injuries.") == []


def test_hurt_or_killed_counts_nothing():
    assert _counts("A teen has been hurt or killed every week.") == []


def _forces(text: str) -> list[str]:
    return [c.value.name for c in _read("A man was hurt on Friday. " + text) if c.kind == "entity"]


def test_a_force_at_work_names_its_town():
    assert _forces("The Bradford Police Department said the road was closed.") == ["Bradford"]
    assert _forces("The road was closed, according to the Bradford Police.") == ["Bradford"]
    assert _forces("Huddersfield Police are investigating the fire.") == ["Huddersfield"]


def test_a_force_named_in_passing_names_no_town():
    assert _forces("A detective of the Bradford Police Department coached the team.") == []


def test_the_longest_name_before_the_force_is_its_town():
    assert _forces("Carson City Police said the road was closed.") == ["Carson City"]
    assert _forces("Bradford Metro Police said the road was closed.") == ["Bradford"]
    # a state's force, or a force named only by its kind, has no town
    assert _forces("New York Police said the road was closed.") == []
    assert _forces("Metro Police said the road was closed.") == []


def test_a_count_of_police_names_no_town() -> None:
    # a town may be named "Nine"; "Nine police officers were hurt" counts them
    assert _forces("Nine police officers were hurt, officials said.") == []
    assert _forces("Nine Bradford police officers were hurt, officials said.") == ["Bradford"]


def test_towns_from_the_lead_the_police_and_the_dateline():
    claims = _read(
        "LEEDS (AP) - A man was wounded in north Leeds late Friday. Sheffield police said they helped."
    )
    assert sorted((c.quote, c.value.name) for c in claims if c.kind == "entity") == [
        ("LEEDS", "Leeds"),
        ("Leeds", "Leeds"),
        ("Sheffield", "Sheffield"),
    ]


def test_residence_next_to_a_name():
    story = source(
        "a",
        "Dana Vole, 41, of Carston was hit. Vole, who lived in Hillmere, died. Pim Osk of Newton Street said so.",
        dt.date(2022, 1, 9),
    )
    people = {"Dana Vole": "dana_vole", "Vole": "dana_vole", "Pim Osk": "pim_osk"}

    def people_in(text):
        return [(text.index(n), text.index(n) + len(n), pid) for n, pid in people.items() if n in text][:1]

    segments = [s for s in segment_source(story) if s.content]
    found = [(c.subject, c.value.name) for c in residence_readings(story, segments, people_in)]
    # "of Newton Street" is an address; "Pim Osk of X" needs a town the gazetteer knows.
    assert found == [("dana_vole", "Carston"), ("dana_vole", "Hillmere")]


def test_residence_a_distance_away_is_the_town_named_after_it():
    story, segments = _story(
        "Vole, who lived two streets away in Hillmere, died. Osk, who lives a mile away in Carston, saw it."
    )
    people_in = _people_finder({"Vole": "dana_vole", "Osk": "pim_osk"})
    found = [(c.subject, c.value.name) for c in residence_readings(story, segments, people_in)]
    assert found == [("dana_vole", "Hillmere"), ("pim_osk", "Carston")]


def test_residence_of_an_address_is_its_town_and_a_native_lives_elsewhere():
    story, segments = _story(
        "Vole, 41, of the 200 block of Elm Street in Hillmere, was hit. Osk, a Carston native, saw it."
    )
    people_in = _people_finder({"Vole": "dana_vole", "Osk": "pim_osk"})
    found = [(c.subject, c.value.name) for c in residence_readings(story, segments, people_in)]
    # a native of a town was born or grew up there: no word of where Osk lives
    assert found == [("dana_vole", "Hillmere")]


def test_deaths_of_named_people_count_the_killed_once_each():
    from factcheck.compare.readings import death_readings

    story = source(
        "a",
        "Ama Vey, 31, Dov Rell,19, and 25-year-old Ilse Paw were found dead at a home. "
        "Vey died of a gunshot wound.",
        dt.date(2022, 1, 9),
    )
    names = {"Ama Vey": "ama_vey", "Dov Rell": "dov_rell", "Ilse Paw": "ilse_paw", "Vey": "ama_vey"}

    def people_in(text):
        found = []
        for name, pid in names.items():
            at = text.find(name)
            if at >= 0 and not any(s <= at < e for s, e, _ in found):
                found.append((at, at + len(name), pid))
        return sorted(found)

    segments = [s for s in segment_source(story) if s.content]
    (reading,) = death_readings(story, segments, people_in)
    assert (reading.value.low, reading.value.counted) == (3, "people killed")
    assert reading.quote.startswith("Ama Vey") and reading.quote.endswith("found dead")


def test_named_dead_with_their_ages_told_as_aged_count_once_each():
    from factcheck.compare.readings import death_readings

    story = source("a", "Vey, aged 31, and Rell, aged 19, died at the scene.", dt.date(2022, 1, 9))

    def people_in(text):
        return sorted((text.find(n), text.find(n) + len(n), n.lower()) for n in ("Vey", "Rell") if n in text)

    segments = [s for s in segment_source(story) if s.content]
    (reading,) = death_readings(story, segments, people_in)
    assert (reading.value.low, reading.value.counted) == (2, "people killed")


def test_a_named_death_of_a_year_long_past_is_not_counted_among_the_killed():
    from factcheck.compare.readings import death_readings

    story = source(
        "a",
        "Ama Vey died on Tuesday at her home. Her brother Dov Rell died in 1994, aged 51.",
        dt.date(2022, 1, 9),
    )
    names = {"Ama Vey": "ama_vey", "Dov Rell": "dov_rell"}

    def people_in(text):
        return sorted((text.find(n), text.find(n) + len(n), pid) for n, pid in names.items() if n in text)

    segments = [s for s in segment_source(story) if s.content]
    (reading,) = death_readings(story, segments, people_in)
    assert reading.value.low == 1


def test_one_person_a_killing_takes_is_one_killed():
    for text in (
        "Deputies charged a man in the shooting death of 17-year-old Oda Renk on Friday.",
        "He shot and killed his friend, 63-year-old Tam Velo, in the driveway.",
        "Police are investigating the fatal shooting of a 14-year-old boy.",
    ):
        assert _counts(text)[0][:2] == ("people killed", 1), text
    # the first of a list is not the toll; a list of people each with a determiner is
    assert _counts("A gunman killed his wife, son and daughter on Friday.") == []
    assert [c[:2] for c in _counts("A gunman killed a man and a woman on Friday.")] == [("people killed", 2)]


def test_one_person_hurt_is_read_with_an_adverb_a_condition_or_as_an_object():
    assert _counts("A 1-year-old boy was accidentally shot in the head Thursday.")[0][:2] == (
        "people injured",
        1,
    )
    assert _counts("A 15-year-old was shot in the stomach.")[0][:2] == ("people injured", 1)
    assert _counts("An 8-year-old girl has died and her father is listed in critical condition.") == [
        ("people killed", 1, "An 8-year-old girl has died"),
        ("people injured", 1, "her father is listed in critical condition"),
    ]
    assert [
        c[:2] for c in _counts("Two men are accused of killing a boy and critically wounding his father.")
    ] == [
        ("people killed", 1),
        ("people injured", 1),
    ]
    # fatally wounded is killed, not hurt
    assert [c[:2] for c in _counts("A gunman fatally wounded a man outside a bar.")] == [("people killed", 1)]


def test_a_clause_after_and_names_a_new_person():
    assert [c[:2] for c in _counts("A man was killed Friday and a woman was wounded.")] == [
        ("people killed", 1),
        ("people injured", 1),
    ]


def test_a_child_who_shot_himself_was_shot():
    assert _counts("A 3-year-old boy in Vantoft shot himself on Wednesday.")[0][:2] == ("people shot", 1)
    # what the child did first may stand between: still the one shot
    told = "A 4-year-old girl got hold of her uncle's pistol under a sofa and shot herself on Wednesday."
    assert [c[:2] for c in _counts(told)] == [("people shot", 1)]


def test_a_death_told_by_pronoun_relative_clause_or_what_a_shooting_left():
    for text in (
        "Police found the boy with a gunshot wound. He was pronounced dead at the scene.",
        "The brother of a 10-year-old who fatally shot himself was arrested.",
        "A boy shot his four-year-old brother at their home, killing him, police said.",
        "It was a shooting that left a six-year-old dead.",
    ):
        assert ("people killed", 1) in [c[:2] for c in _counts(text)], text


def test_one_person_hurt_by_age_in_months_by_relative_clause_or_sent_to_hospital():
    for text in (
        "A 14-month-old was injured in an accidental shooting Tuesday.",
        "A 2-year-old girl who was injured Tuesday has been released.",
        "A two-year-old boy was airlifted to the hospital on Sunday.",
        "Deputies are investigating a shooting that left a teenager injured Tuesday.",
    ):
        assert _counts(text)[0][:2] == ("people injured", 1), text


def test_one_person_a_bullet_struck_was_shot_unless_they_died():
    assert _counts("A stray bullet grazed a 3-year-old boy inside a home.")[0][:2] == ("people shot", 1)
    assert _counts("A man was arrested in the shooting of a toddler at a complex.")[0][:2] == (
        "people shot",
        1,
    )
    assert ("people shot", 1) not in [c[:2] for c in _counts("He shot a neighbour, killing him.")]


def _deaths(text: str):
    from factcheck.compare.readings import death_readings

    story = source("a", text, dt.date(2022, 1, 9))
    segments = [s for s in segment_source(story) if s.content]
    return [(c.value.low, c.quote) for c in death_readings(story, segments, lambda _: [])]


def test_a_list_of_names_who_died_together_counts_each_name_once():
    assert (
        _deaths(
            "On May 2, 31-year-old Mere Ola, 19-year-old Dov B. Rell-Hart and 25-year-old Ilse L. Paw were found dead."
        )[0][0]
        == 3
    )
    assert _deaths("The coroner said Adam and Ethan Vey died of gunshot wounds.")[0][0] == 2
    assert _deaths("On Saturday and Sunday, police searched the woods.") == []


def test_a_name_after_in_is_a_place_not_a_person_who_died():
    from factcheck.compare.readings import death_readings

    story = source("a", "Two bodies found in a van in Lone Hill died of gunshot wounds.", dt.date(2022, 1, 9))
    segments = [s for s in segment_source(story) if s.content]

    def people_in(text):
        at = text.find("Lone Hill")
        return [(at, at + len("Lone Hill"), "lone_hill")] if at >= 0 else []

    assert death_readings(story, segments, people_in) == []


def test_a_parent_and_their_children_found_dead_are_counted_together():
    assert _counts("A mother and her two sons were found dead in a parked van.")[0][:2] == (
        "people killed",
        3,
    )


def test_a_list_after_in_starts_with_a_place():
    assert _deaths("In Aberdale, Sam died after the shooting.") == []


def test_one_person_recovering_or_fighting_for_life_and_both_wounded():
    assert _counts("A 6-year-old girl is fighting for her life after the shooting.")[0][:2] == (
        "people injured",
        1,
    )
    assert _counts("A teen is recovering at a hospital.")[0][:2] == ("people injured", 1)
    assert _counts("A 9-year-old girl shot while in her bed is now at home recovering.")[0][:2] == (
        "people injured",
        1,
    )
    assert _counts("A young girl continued to recover on Monday after she was shot.")[0][:2] == (
        "people injured",
        1,
    )
    assert _counts("A man shot his partner and her son, wounding both on Friday.")[0][:2] == (
        "people injured",
        2,
    )
    assert _counts("He shot the two men, killing both.")[0][:2] == ("people killed", 2)


def test_one_person_hurt_beyond_the_lead_of_a_report_that_tells_no_death():
    from factcheck.compare.readings import tells_someone_hurt

    assert tells_someone_hurt("Police came at noon. A female victim suffered a minor gunshot wound.")
    assert tells_someone_hurt("The boy is expected to recover.")
    assert not tells_someone_hurt("A man was shot Friday and died at the hospital.")


def test_people_cared_for_were_hurt_but_not_when_no_one_was():
    from factcheck.compare.readings import tells_someone_hurt

    assert tells_someone_hurt("The depot burned down. Two firefighters were treated for burns.")
    assert tells_someone_hurt("Three guests were rushed to Kelby General Hospital.")
    assert not tells_someone_hurt("No one was rushed to Kelby General Hospital.")
    assert not tells_someone_hurt("Nobody in the house was treated for injuries.")


def test_a_person_also_hurt_in_the_same_sentence_is_one_more():
    assert [
        c[:2] for c in _counts("A boy was wounded in a shooting that also injured a woman on Friday.")
    ] == [("people injured", 2)]
    assert [c[:2] for c in _counts("A boy was wounded in a shooting that injured a woman on Friday.")] == [
        ("people injured", 1),
        ("people injured", 1),
    ]


def test_a_named_person_also_killed_is_one_more_of_the_dead():
    from factcheck.compare.readings import death_readings

    story, segments = _story(
        "Lars Obi, a 40-year-old cook, was shot and killed at a diner. Ena Sund, a waitress, was also killed."
    )
    people_in = _people_finder({"Lars Obi": "lars_obi", "Ena Sund": "ena_sund"})
    (reading,) = death_readings(story, segments, people_in)
    assert reading.value.low == 2


def test_one_person_said_to_live_after_being_hurt_is_one_injured_anywhere_in_a_report():
    from factcheck.compare.readings import hurt_readings

    for sentence in (
        "A 30-year-old woman was also shot, but survived after two operations.",
        'The officer was shot in the "upper leg," the chief said, and is expected to make a full recovery.',
        "The officer who was shot was released from the hospital on Monday.",
        "A woman was treated and released from a local hospital.",
        "A second victim is still being treated.",
    ):
        story = source("a", "A man was killed in Dunmore on Friday. Police gave no motive. " + sentence)
        segments = [s for s in segment_source(story) if s.content]
        found = [c.value.low for c in hurt_readings(story, segments[:1], segments, mourning=True)]
        assert found == [1], sentence


def test_a_named_person_in_apposition_who_survived_is_one_injured():
    from factcheck.compare.readings import hurt_readings

    story = source("a", "A man was killed in Dunmore on Friday. His wife, Ada Lunn, was shot but survived.")
    segments = [s for s in segment_source(story) if s.content]

    def people_in(text):
        at = text.find("Ada Lunn")
        return [(at, at + len("Ada Lunn"), "ada_lunn")] if at >= 0 else []

    (reading,) = hurt_readings(story, segments[:1], segments, people_in, mourning=True)
    assert reading.value.counted == "people injured"


def test_a_named_person_who_killed_someone_is_not_one_of_the_dead():
    from factcheck.compare.readings import death_readings

    names = {"Tor Halden": "tor_halden", "Edda Moss": "edda_moss"}

    def people_in(text):
        return sorted((text.find(n), text.find(n) + len(n), pid) for n, pid in names.items() if n in text)

    for text, dead in (
        ("Tor Halden killed his neighbour with a rifle. Edda Moss, 3, killed when a gun went off", 0),
        ("Tor Halden fatally shot a clerk. Edda Moss was later pronounced dead.", 1),
    ):
        story = source("a", text, dt.date(2022, 1, 9))
        segments = [s for s in segment_source(story) if s.content]
        assert [c.value.low for c in death_readings(story, segments, people_in)] == ([dead] if dead else [])


def test_a_named_person_taken_to_a_hospital_where_they_died_is_one_killed():
    from factcheck.compare.readings import death_readings

    story = source(
        "a", "Ivo Marsh was taken to Lakeview Hospital where he was pronounced dead.", dt.date(2022, 1, 9)
    )
    segments = [s for s in segment_source(story) if s.content]
    (reading,) = death_readings(story, segments, lambda text: [(0, 9, "ivo_marsh")] if "Ivo" in text else [])
    assert reading.value.low == 1


def test_a_killer_who_took_their_own_life_is_one_more_of_the_dead():
    def most_killed(text):
        return max(c[1] for c in _counts(text) if c[0] == "people killed")

    assert (
        most_killed("A man shot his daughter and killed her mother before turning the gun on himself.") == 2
    )
    assert most_killed("A man shot and killed his wife before killing himself on Sunday.") == 2
    assert most_killed("A woman was shot and killed by her husband, who then took his own life.") == 2
    assert most_killed("A 4-year-old boy shot and killed himself with a pistol he found.") == 1
    # the pair found dead may be the killer and his victim
    assert most_killed("A man and his wife were found dead after he shot her and then killed himself.") == 2
    assert ("people killed", 1) not in [
        c[:2] for c in _counts("A man turned the gun on himself and is in critical condition.")
    ]
    # victims counted in the passive, then the killer's own death
    assert most_killed("Two people were killed on Sunday before the gunman took his own life.") == 3
    assert most_killed("Three members of a family were shot dead, and the gunman then killed himself.") == 4
    # the one told dead is the one who shot themself, where no one else is told between
    assert most_killed("A toddler was killed on Sunday after finding a pistol and shooting himself.") == 1
    assert most_killed("A woman was killed on Sunday before her husband turned the gun on himself.") == 2


def test_a_person_also_killed_is_one_more_than_the_lead_tells():
    story = source(
        "a",
        "An officer was killed while serving a warrant on Sunday. Police gave no motive. "
        "The suspect fled in a truck. A woman was also killed and a man was hurt.",
        dt.date(2022, 1, 9),
    )
    segments = [s for s in segment_source(story) if s.content]
    killed = [c.value.low for c in lead_readings(story, segments[:3], segments) if c.kind == "quantity"]
    assert max(killed) == 2


def test_one_shot_beside_another_killed_in_one_sentence_is_one_injured():
    found = _counts("Police say a man shot his son and killed his wife at their home on Friday.")
    assert ("people injured", 1, "shot his son") in found
    assert ("people killed", 1, "killed his wife") in found
    # one person shot and then killed is no one hurt
    assert [c[0] for c in _counts("A gunman shot the man and killed him.")] == []


# Invented sentences that the patterns of a lead read something in, one branch or word of a pattern each.
_LEAD_SENTENCES = (
    "Two men and a woman were wounded outside a bar.",
    "A man, a teen & two women were shot.",
    "A man and his nephew were found dead on Tuesday.",
    "A man and his wife were killed.",
    "He shot and killed a man and a woman before fleeing.",
    "A man and his wife both died.",
    "A man and his wife passed away.",
    "A man and his wife were slain.",
    "A man and his wife were fatally shot.",
    "A man and his wife were stabbed to death.",
    "Deputies found a man and his wife dead.",
    "A mother and her three children were all shot and found dead in Ardley.",
    "A 19-year-old woman was fatally stabbed.",
    "He was later pronounced dead.",
    "She died.",
    "He shot his uncle, killing him.",
    "A gunman shot and killed his neighbor, Ola Reyes.",
    "A gunman murdered his neighbor.",
    "The deadly shooting of a teen shocked Ardley.",
    "The death of 17-year-old Ina Vale shocked Ardley.",
    "The slaying of a woman shocked Ardley.",
    "The murder of a woman shocked Ardley.",
    "A blast left a man dead.",
    "A blast left a 6-year-old seriously injured.",
    "He shot his cousin and her friend, wounding both.",
    "A 15-year-old was stabbed in the arm.",
    "A woman is in stable condition.",
    "A man was hospitalized.",
    "A teen is fighting for his life.",
    "A boy continued to recover.",
    "A woman was hurt.",
    "A guard was critically wounding a man.",
    "A guard was injuring a woman.",
    "A 3-year-old boy shot himself.",
    "A bullet grazed a 3-year-old.",
    "A car struck a woman.",
    "A car hit a man.",
    "Officers shot the man.",
    "Ardley police said a man was held.",
    "Lone Pine Officers arrested him.",
    "The Ardley Detectives said so.",
    "Deputies found a man with a gunshot wound in a parked van.",
    "A girl was hit by a stray bullet while she slept.",
)


def test_a_lead_pattern_finds_what_a_search_of_every_sentence_finds():
    """A sentence is searched with a lead pattern only if it holds a word the pattern needs: for every
    pattern, what is found that way is what a search of every sentence finds."""
    from factcheck.compare.harm_patterns import KILLED
    from factcheck.compare.readings import _NEEDS, _searched

    found_any = set()
    for text in _LEAD_SENTENCES:
        for pattern in _NEEDS:
            everywhere = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in _searched(pattern, text)] == everywhere
            if everywhere:
                found_any.add(pattern)
    assert found_any == set(_NEEDS)  # every pattern is exercised
    assert list(_searched(KILLED, "A man and his son were found safe.")) == []


def test_a_double_or_triple_shooting_counts_its_people():
    assert ("people shot", 3, "a triple shooting") in _counts(
        "Police are investigating a triple shooting on Kelby Avenue."
    )
    assert ("people killed", 2, "a double homicide") in _counts(
        "Detectives are working a double homicide in Tarrow."
    )
    assert ("people killed", 2, "a double fatal shooting") in _counts(
        "It was a double fatal shooting, police said."
    )


def test_several_double_shootings_count_no_one():
    counts = _counts("Police said two double shootings on Friday left the city on edge.")
    assert [c for c in counts if c[0] == "people shot"] == []


def test_people_listed_with_one_harm_are_counted_together():
    assert _counts("Two men and a woman were wounded on Sunday.") == [
        ("people injured", 3, "Two men and a woman were wounded")
    ]
    assert _counts("A man, a teen and two women were shot outside a bar.") == [
        ("people shot", 4, "A man, a teen and two women were shot")
    ]


def test_the_killers_own_death_told_with_the_verb_left_out_is_one_more_killed():
    def killed(text):
        return sorted({c[1] for c in _counts(text) if c[0] == "people killed"})

    assert killed("A Kelby man fatally shot his neighbour and then himself on Friday.")[-1] == 2
    # a harm the victims lived through, or no one killed before: no death of the killer told
    assert 2 not in killed("A Kelby man wounded his neighbour and then himself on Friday.")
    assert 2 not in killed("A Kelby man killed his neighbour and then himself, and is in critical condition.")


def test_a_list_counts_the_plural_of_any_persons_noun():
    killed = [c[1] for c in _counts("A van crashed near Kelby, killing the driver and two passengers.")]
    assert killed == [3]
    assert [c[1] for c in _counts("A gunman killed a waiter and three customers in Tarrow.")] == [4]
    hurt = _counts("Two deputies and a bystander were wounded on Sunday.")
    assert [(c[0], c[1]) for c in hurt] == [("people injured", 3)]
    shot = _counts("Two 16-year-olds and a man were shot outside a bar.")
    assert [(c[0], c[1]) for c in shot] == [("people shot", 3)]
    # those who did harm are no one harmed: two suspects and a man are no list of three killed
    assert 3 not in [c[1] for c in _counts("Police killed two suspects and a man fled.")]


def test_people_listed_with_a_harm_that_killed_are_no_count_of_the_hurt():
    counts = _counts("A man and a woman were shot and killed on Sunday.")
    assert not [counted for counted, _, _ in counts if counted in ("people injured", "people shot")]
