"""compare.people: one participant per individual across a story's reports."""

from __future__ import annotations

import pytest

from factcheck.compare.people import (
    gender,
    name_words,
    participants,
    same_person,
    spelt_alike,
    written_names_in,
)


def test_name_words_drop_titles_suffixes_and_accents():
    assert name_words("Dr. Renée Ortolan Jr.") == ("renee", "ortolan")


def test_a_missing_middle_name_is_the_same_person():
    assert same_person(name_words("Ilsa Brandt"), name_words("Ilsa Marie Brandt"))


def test_a_middle_initial_agrees_with_the_middle_name_either_way():
    assert same_person(name_words("Ilsa M. Brandt"), name_words("Ilsa Marie Brandt"))
    assert same_person(name_words("Ilsa Marie Brandt"), name_words("Ilsa M. Brandt"))


def test_a_dropped_second_surname_is_the_same_person():
    assert same_person(name_words("Marisol Quintero"), name_words("Marisol Quintero Vidal"))


def test_a_known_short_form_of_the_first_name_is_the_same_person():
    assert same_person(name_words("Bob Hale"), name_words("Robert Hale"))


def test_different_first_names_with_one_surname_are_different_people():
    assert not same_person(name_words("Tahra Oduya"), name_words("Mosi Oduya"))


def test_a_middle_name_that_differs_keeps_people_apart():
    assert not same_person(name_words("Ilsa Marie Brandt"), name_words("Ilsa Jane Brandt"))


def test_name_variants_become_one_participant_named_by_the_fullest_name():
    found, owner = participants(
        [("marisol_quintero", "Marisol Quintero"), ("marisol_quintero_vidal", "Marisol Quintero Vidal")]
    )
    assert list(found) == ["marisol_quintero_vidal"]
    assert owner["marisol_quintero"] == "marisol_quintero_vidal"
    assert found["marisol_quintero_vidal"].names == ("Marisol Quintero", "Marisol Quintero Vidal")


def test_a_short_name_that_two_longer_people_share_stays_apart():
    found, owner = participants(
        [("ana_lima", "Ana Lima"), ("ana_lima_costa", "Ana Lima Costa"), ("ana_lima_rocha", "Ana Lima Rocha")]
    )
    assert owner["ana_lima"] == "ana_lima"
    assert len(found) == 3


def test_two_spellings_of_a_first_name_are_spelt_alike():
    assert spelt_alike(name_words("Kathryn Albescu"), name_words("Catherine Albescu"))
    assert spelt_alike(name_words("Robin Teague"), name_words("Robyn Teague"))


def test_names_of_the_same_consonants_but_different_letters_are_not_spelt_alike():
    assert not spelt_alike(name_words("Brian Teague"), name_words("Bruno Teague"))


def test_a_male_and_a_female_first_name_are_not_spelt_alike():
    assert not spelt_alike(name_words("Daniel Teague"), name_words("Danielle Teague"))


def test_a_rare_spelling_that_tells_no_gender_is_spelt_alike_with_the_common_one():
    # "Stanley" is a man's name in the table of names; "Stanly" is in no table
    assert spelt_alike(name_words("Stanley Teague Jr."), name_words("Stanly Teague"))


def test_spellings_with_different_surnames_are_not_spelt_alike():
    assert not spelt_alike(name_words("Robin Teague"), name_words("Robyn Tigue"))


def test_spellings_that_no_report_writes_both_of_become_one_participant():
    found, owner = participants(
        [("kathryn_albescu", "Kathryn Albescu"), ("katherine_albescu", "Katherine Albescu")],
        {"kathryn_albescu": {"a"}, "katherine_albescu": {"b"}},
    )
    assert len(found) == 1
    assert owner["kathryn_albescu"] == owner["katherine_albescu"]


def test_spellings_one_report_writes_both_of_stay_two_people():
    found, _ = participants(
        [("kathryn_albescu", "Kathryn Albescu"), ("katherine_albescu", "Katherine Albescu")],
        {"kathryn_albescu": {"a"}, "katherine_albescu": {"a", "b"}},
    )
    assert len(found) == 2


def test_spellings_join_only_when_the_reports_are_known():
    found, _ = participants([("robin_teague", "Robin Teague"), ("robyn_teague", "Robyn Teague")])
    assert len(found) == 2


def test_gender_of_a_first_name_is_gender_guessers_clear_answer() -> None:
    from gender_guesser.detector import Detector

    detector = Detector()
    for first in ["Maria", "John", "Andrea", "Kim", "Dana", "Quistopher", "maria"]:
        told = detector.get_gender(first)
        assert gender(f"{first} Quist") == (told if told in ("male", "female") else None)
    assert gender("Maria Quist") == "female" and gender("John Quist") == "male"
    assert gender("") is None


def test_participants_compare_a_name_only_with_the_longer_names_that_have_its_last_word(monkeypatch):
    """Work grows with the names that share a word, not with the square of the story's names."""
    from factcheck.compare import people

    compared: list[tuple[tuple[str, ...], tuple[str, ...]]] = []

    def counting(name, other):  # noqa: ANN001, ANN202
        compared.append((name, other))
        return same_person(name, other)

    monkeypatch.setattr(people, "same_person", counting)
    surnames = [f"{a}{b}" for a in ("Kal", "Mer", "Vin", "Tas", "Rel") for b in ("do", "nu", "bri", "sen")]
    named = [
        (f"person:{first}-{last}".lower(), f"{first} {last}")
        for first in ("Dana", "Tomas", "Lena")
        for last in surnames
    ]
    named += [("person:dana-k-kaldo", "Dana K. Kaldo"), ("person:kaldo", "Kaldo")]
    found, owner = participants(named)
    assert owner["person:dana-kaldo"] == "person:dana-k-kaldo" and owner["person:kaldo"] == "person:kaldo"
    assert len(found) == 3 * len(surnames) + 1  # "Kaldo", a surname alone, joins no one
    # each two-word name meets the one three-word name of its surname, and the two-word names of it
    # before it: never a name of another surname
    assert all(name[-1] in other[1:] for name, other in compared)
    assert len(compared) < 4 * len(named)


def test_names_are_found_from_any_capital_longest_first():
    from factcheck.compare.people import NameTable, find_names

    owners = {
        ("émile", "zola"): "ez",
        ("zola",): "z",
        ("łukasz",): "lk",
        ("maria", "de", "la", "cruz"): "mdc",
    }
    text = "Émile Zola met Łukasz and zola, then Maria de la Cruz; Zola left."
    found = [(text[start:end], pid) for start, end, pid in find_names(text, NameTable(owners, 4))]
    # "zola" in lower case starts no name; "Zola" inside "Émile Zola" is not found again on its own
    assert found == [("Émile Zola", "ez"), ("Łukasz", "lk"), ("Maria de la Cruz", "mdc"), ("Zola", "z")]


def test_a_name_table_knows_the_first_word_of_every_name():
    from factcheck.compare.people import Participant, name_table

    table = name_table(
        {
            "a": Participant("a", "Orla J. Fenwick", ("Orla J. Fenwick", "Orla Fenwick")),
            "b": Participant("b", "Tam Brisco", ("Tam Brisco",)),
        }
    )
    # a surname alone names its one owner, and so begins a name too
    assert table.first_words == {"orla", "tam", "fenwick", "brisco"}
    assert table.longest == 3


def test_names_are_found_as_a_search_of_every_capital_would_find_them():
    """The first-word check skips only capitals no lookup could match: a run of a name's words after
    other capitals, after a name's first word alone, or glued to punctuation is found all the same."""
    from factcheck.compare.people import NameTable, find_names

    owners = {("orla", "fenwick"): "of", ("fenwick",): "f", ("tam", "brisco"): "tb", ("j.d", "orr"): "jo"}
    text = "Orla said Orla Fenwick met Tam, Tam Brisco and J.D. Orr; Fenwick, Sergeant Brisco, left."
    found = [(text[start:end], pid) for start, end, pid in find_names(text, NameTable(owners, 2))]
    assert found == [("Orla Fenwick", "of"), ("Tam Brisco", "tb"), ("J.D. Orr", "jo"), ("Fenwick", "f")]


def test_a_quote_naming_only_the_persons_words_is_theirs():
    assert written_names_in("Tova Quell-Brandt, 23", ["Tova Quell-Brandt"])
    assert written_names_in("Da’Rell Voss, 19", ["Da'Rell Voss"])
    assert written_names_in("She was 85", ["Ola Vesk"])  # a pronoun is no name
    assert written_names_in("The 24-year-old", ["Ola Vesk"])  # nor is an article
    assert not written_names_in("The 24-year-old Tova Brandt", ["Ola Vesk"])
    assert written_names_in("Ruiz-Ocampo's 23-year-old", ["Lino Ruiz Ocampo"])
    # the town between the age and the person noun is no part of the name; another name still is
    assert written_names_in("19-year-old Konya man Tova Brandt", ["Tova Brandt"])
    assert not written_names_in("19-year-old Konya man Tom Brandt", ["Tova Brandt"])


def test_a_nickname_an_age_or_those_sharing_the_age_are_not_names_to_check():
    assert written_names_in('Ivo "Big Bear" Marsh, 22', ["Ivo Marsh"])
    assert written_names_in("Twenty-year-old Ivo Marsh", ["Ivo Marsh"])
    assert written_names_in("Ivo Marsh, Al Fenn and Tilde Oyen, all 19", ["Ivo Marsh"])
    assert not written_names_in("Al Fenn and Tilde Oyen, all 19", ["Ivo Marsh"])
    assert written_names_in("Dr. Ivo Marsh, 41", ["Ivo Marsh"])


def test_a_quote_naming_someone_else_is_not_the_persons():
    assert not written_names_in("Tom Reed, 23", ["Anna Reed"])
    assert not written_names_in("Anna Quell-Brandt, 23", ["Anna Quell"])


def test_a_father_and_son_of_one_name_are_two_participants():
    found, owner = participants([("ivo_marsh_jr", "Ivo Marsh Jr."), ("ivo_marsh_sr", "Ivo Marsh Sr.")])
    assert len(found) == 2
    assert owner["ivo_marsh_jr"] != owner["ivo_marsh_sr"]


def test_a_name_without_its_suffix_joins_the_one_suffixed_name():
    found, owner = participants(
        [("ivo_marsh", "Ivo Marsh"), ("ivo_marsh_jr", "Ivo Marsh Jr.")],
        {"ivo_marsh": {"b"}, "ivo_marsh_jr": {"a"}},
    )
    assert list(found) == ["ivo_marsh_jr"]
    assert owner["ivo_marsh"] == "ivo_marsh_jr"
    assert found["ivo_marsh_jr"].name == "Ivo Marsh Jr."


def test_a_name_one_report_writes_beside_its_suffixed_form_is_another_person():
    # "His son, Ivo Marsh Jr., ... his father, Ivo Marsh": in one report, the bare name is the father
    found, owner = participants(
        [("ivo_marsh", "Ivo Marsh"), ("ivo_marsh_jr", "Ivo Marsh Jr.")],
        {"ivo_marsh": {"a"}, "ivo_marsh_jr": {"a", "b"}},
    )
    assert len(found) == 2
    assert owner["ivo_marsh"] == "ivo_marsh"


def test_a_name_without_a_suffix_that_two_generations_share_stays_apart():
    found, owner = participants(
        [("ivo_marsh", "Ivo Marsh"), ("ivo_marsh_jr", "Ivo Marsh Jr."), ("ivo_marsh_sr", "Ivo Marsh Sr.")],
        {"ivo_marsh": {"c"}, "ivo_marsh_jr": {"a"}, "ivo_marsh_sr": {"b"}},
    )
    assert owner["ivo_marsh"] == "ivo_marsh"
    assert len(found) == 3


def test_a_surname_with_an_honorific_joins_the_one_person_it_can_name():
    people = [("lena_pask", "Lena Pask"), ("ivo_marsh", "Ivo Marsh"), ("miss_pask", "Miss Pask")]
    _, owner = participants(people + [("mr_marsh", "Mr. Marsh")])
    assert owner["miss_pask"] == "lena_pask" and owner["mr_marsh"] == "ivo_marsh"


@pytest.mark.parametrize(
    "people",
    [
        # "Mr" names no Lena
        [("lena_pask", "Lena Pask"), ("mr_pask", "Mr Pask")],
        # two women of the name: which one cannot be told
        [("lena_pask", "Lena Pask"), ("ana_pask", "Ana Pask"), ("mrs_pask", "Mrs Pask")],
        # a surname alone has no honorific to say whom it may name
        [("lena_pask", "Lena Pask"), ("pask", "Pask")],
    ],
)
def test_a_surname_with_an_honorific_that_can_name_no_one_or_two_stays_apart(people):
    _, owner = participants(people)
    assert owner[people[-1][0]] == people[-1][0]
