"""compare.groups: ages a report gives a group at once, paired with the people the story names."""

from __future__ import annotations

import datetime as dt

from factcheck.compare.groups import GroupAges, age_readings, group_ages, group_members
from factcheck.read.segment import segment_source
from factcheck.records import Source


def _source(text: str) -> Source:
    return Source(id="s", path="s.txt", text=text, content_hash="test", published=dt.date(2021, 3, 9))


def _groups(text: str) -> list[tuple[str, tuple[int, ...], str | None, str]]:
    source = _source(text)
    return [
        (g.noun, g.ages, g.part, text[g.start : g.end]) for g in group_ages(source, segment_source(source))
    ]


def _group(noun: str, ages: tuple[int, ...], part: str | None = None) -> GroupAges:
    source = _source("Ten words.")
    return GroupAges(0, 10, segment_source(source)[0], noun, ages, part)


def test_a_list_after_a_dash_with_years_old_is_a_groups_ages():
    assert _groups("Police found the bodies of two women -- 67 and 45 years old -- in a flat.") == [
        ("women", (67, 45), "killed", "two women -- 67 and 45 years old")
    ]


def test_ages_with_the_word_ages_or_aged_are_a_groups_ages():
    assert _groups("Two children, ages 3 and 8, lived there.")[0][:2] == ("children", (3, 8))
    assert _groups("The girls, aged 9, 11 and 15, were taken to hospital.")[0][:2] == ("girls", (9, 11, 15))


def test_a_relative_clause_gives_a_groups_ages():
    assert _groups("The women killed, who were 70 and 44 years old, were sisters.")[0][:3] == (
        "women",
        (70, 44),
        "killed",
    )


def test_a_bare_list_between_commas_right_after_the_noun_is_a_groups_ages():
    assert _groups("Two boys, 12 and 14, were hurt.")[0][:3] == ("boys", (12, 14), "injured")


def test_numbers_that_are_not_ages_are_not_read():
    assert _groups("The two men served 25 and 30 years.") == []
    assert _groups("Two men, 25 and 30 years in prison between them.") == []


def test_a_list_whose_size_differs_from_the_count_is_not_read():
    assert _groups("The three men, 25 and 30, left.") == []


def test_ages_the_noun_cannot_have_are_not_read():
    assert _groups("Two children, ages 4 and 34, were found.") == []


def test_the_group_is_paired_with_its_people_in_order_of_age():
    pairs = group_members(
        _group("women", (67, 45), "killed"),
        {"ada": [59], "lena": [45], "bram": [30]},
        {"ada": "female", "lena": "female", "bram": "male"},
        {"ada": {"killed"}, "lena": {"killed"}},
    )
    assert pairs == [("lena", 45), ("ada", 67)]


def test_no_pairing_when_more_people_than_ages_could_be_the_group():
    ages = {"ada": [59], "lena": [45], "mira": [33]}
    genders = dict.fromkeys(ages, "female")
    assert group_members(_group("women", (67, 45)), ages, genders, {}) == []


def test_people_of_another_part_are_not_the_group():
    ages = {"ada": [59], "lena": [45], "mira": [33]}
    genders = dict.fromkeys(ages, "female")
    parts = {"ada": {"killed"}, "lena": {"killed"}, "mira": {"suspect"}}
    assert group_members(_group("women", (67, 45), "killed"), ages, genders, parts) == [
        ("lena", 45),
        ("ada", 67),
    ]


def test_adults_are_not_a_group_of_children():
    ages = {"ana": [6], "ivo": [8], "nina": [34]}
    genders = {"ana": "female", "ivo": "male", "nina": "female"}
    assert group_members(_group("children", (4, 7)), ages, genders, {}) == [("ana", 4), ("ivo", 7)]


def test_a_name_that_tells_no_gender_is_not_one_of_the_group():
    # "Rockford High, 17": a school read as a name with an age is nobody the group could be
    ages = {"ana": [16], "rockford_high": [17]}
    assert group_members(_group("teens", (16, 18)), ages, {"ana": "female", "rockford_high": None}, {}) == []


def test_a_group_that_is_part_of_a_larger_one_or_someones_relatives_is_not_read():
    assert _groups("Her two children, ages 9 and 8, were upstairs.") == []
    assert _groups("The two older children, ages 9 and 8, were upstairs.") == []
    assert _groups("The other victims, ages 30 and 41, were treated.") == []


def test_each_person_of_the_group_gets_an_age_claim_citing_the_list():
    source = _source("Two women, 67 and 45, were found.")
    (group,) = group_ages(source, segment_source(source))
    claims = age_readings(
        source, group, [("lena", 45), ("ada", 67)], {"lena": "Lena Pask", "ada": "Ada Korvin"}
    )
    assert [(c.subject, c.value.person, c.value.years, c.quote) for c in claims] == [
        ("lena", "Lena Pask", 45, "Two women, 67 and 45"),
        ("ada", "Ada Korvin", 67, "Two women, 67 and 45"),
    ]


def test_two_people_of_one_surname_and_age_are_perhaps_one_and_the_group_is_not_paired():
    ages = {"ivo_marsh": [45], "ivan_marsh": [45], "ivo_marsh_jr": [22]}
    genders = dict.fromkeys(ages, "male")
    names = {"ivo_marsh": "Ivo Marsh", "ivan_marsh": "Ivan Marsh", "ivo_marsh_jr": "Ivo Marsh Jr"}
    assert group_members(_group("men", (22, 45, 67)), ages, genders, {}, names) == []
    names["ivan_marsh"] = "Ivan Teague"
    assert group_members(_group("men", (22, 45, 67)), ages, genders, {}, names) == [
        ("ivo_marsh_jr", 22),
        ("ivan_marsh", 45),
        ("ivo_marsh", 67),
    ]


def test_a_text_is_known_to_give_no_groups_ages_only_when_it_gives_none():
    from factcheck.compare.groups import may_give_group_ages

    for text in (
        "Police found the bodies of two women -- 67 and 45 years old -- in a flat.",
        "Two children, ages 3 and 8, lived there.",
        "The women killed, who were 70 and 44 years old, were sisters.",
    ):
        assert _groups(text) and may_give_group_ages(segment_source(_source(text)))
    for text in ("Two women were hurt in the crash.", "The mayor, 54, said 12 people were hurt."):
        assert not _groups(text) and not may_give_group_ages(segment_source(_source(text)))
