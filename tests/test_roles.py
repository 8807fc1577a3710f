"""Roles: titles before a name, in apposition, with tense and ordinals, normalised."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.extract.entities import find_entities
from factcheck.extract.roles import find_roles, normalise_title
from factcheck.read.segment import segment_source
from factcheck.records import Source

PUBLISHED = dt.date(2023, 3, 14)


def _roles(text: str) -> list[tuple[str, str, str | None, int | None, str]]:
    source = Source(id="s", path="s.txt", text=text, content_hash="h", published=PUBLISHED)
    segments = [s for s in segment_source(source) if s.content]
    claims = find_roles(source, segments, find_entities(source, segments))
    for claim in claims:
        assert text[claim.start : claim.end] == claim.quote
        assert claim.value.as_of == PUBLISHED
    return [
        (c.value.person, c.value.title, c.value.organisation, c.value.ordinal, c.value.tense) for c in claims
    ]


def test_title_before_the_name_with_its_country():
    assert _roles("Turkish Interior Minister Ayla Demir visited the site.") == [
        ("Ayla Demir", "interior minister", "turkey", None, "current")
    ]


def test_defence_spelling_and_then_tense_in_apposition():
    assert _roles("Mark Hale, Canada's then-defense secretary, signed the order in 2019.") == [
        ("Mark Hale", "defence secretary", "canada", None, "then")
    ]


def test_former_title_before_the_name():
    assert _roles("Former mayor Daniel Okafor was sentenced on Thursday.") == [
        ("Daniel Okafor", "mayor", None, None, "former")
    ]


def test_abbreviated_prime_minister():
    assert _roles("Deputy PM Alexander Novak will attend.") == [
        ("Alexander Novak", "deputy prime minister", None, None, "current")
    ]


def test_organisation_before_a_spokesperson():
    roles = _roles("Geological Survey spokesman Paul Ortiz said the quake was shallow.")
    assert roles == [("Paul Ortiz", "spokesperson", "geological_survey", None, "current")]


def test_ordinal_title_in_apposition_either_way():
    assert _roles("The show starred Matt Smith, the 11th Doctor, in its final episode.") == [
        ("Matt Smith", "doctor", None, 11, "current")
    ]
    assert _roles("Fans cheered the 12th Doctor, Peter Capaldi, at the premiere.") == [
        ("Peter Capaldi", "doctor", None, 12, "current")
    ]


@pytest.mark.parametrize(
    ("text", "tense"),
    [
        ("Lena Voss, the 46th mayor of Konya, took office.", "current"),
        ("Lena Voss, Konya's 46th mayor, took office.", "current"),
        ("Lena Voss will be sworn in as the 46th mayor of Konya in January.", "future"),
    ],
)
def test_an_ordinal_title_of_a_place_named_after_or_before_it(text, tense):
    assert _roles(text) == [("Lena Voss", "mayor", "konya", 46, tense)]


def test_relative_of_another_person_is_not_a_title():
    assert _roles("Kim Yo Jong, Kim Jong Un's sister, spoke on Monday.") == []


def test_title_of_someone_else_in_apposition_is_not_taken():
    assert _roles("He met Robert Lane, the father of the current mayor, on Friday.") == []


def test_normalise_title_spellings():
    assert normalise_title(["Defense", "Minister"]) == "defence minister"
    assert normalise_title(["PM"]) == "prime minister"
    assert normalise_title(["Spokeswoman"]) == "spokesperson"


def test_a_quotation_after_the_name_is_not_a_title():
    assert _roles('He praised Ned Farrow, "King of the bench", after the game.') == []
    # the same place holds a title when it is one
    assert _roles("He praised Ned Farrow, the coach, after the game.") == [
        ("Ned Farrow", "coach", None, None, "current")
    ]


def test_titles_deep_in_a_long_run_on_sentence_are_found_as_in_a_short_one():
    short = "Dara Quell, the club's general manager, met its leader, Ivo Marsh, and former mayor Ana Brill."
    filler = "the harbour crews kept working through the night near the old docks, " * 300
    long = "They said " + filler + short[0].lower() + short[1:]
    assert _roles(long) == _roles(short) != []


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Ola Vesk has been named as the 13th head coach, the club said.",
            ("Ola Vesk", "head coach", None, 13, "current"),
        ),
        (
            "Ola Vesk was sworn in as the 44th president on Tuesday.",
            ("Ola Vesk", "president", None, 44, "current"),
        ),
        (
            "Actor Ola Vesk will become the 14th Doctor in the series.",
            ("Ola Vesk", "doctor", None, 14, "future"),
        ),
        (
            "Ola Vesk will be the country's fourth president since independence.",
            ("Ola Vesk", "president", None, 4, "future"),
        ),
        # a part an actor is given, as the broadcaster tells it
        ("Ola Vesk has been cast as the 14th Doctor.", ("Ola Vesk", "doctor", None, 14, "current")),
        ("Ola Vesk was unveiled as the 14th Doctor on Sunday.", ("Ola Vesk", "doctor", None, 14, "current")),
    ],
)
def test_a_title_after_a_verb_that_makes_its_holder(text: str, role: tuple) -> None:
    assert _roles(text) == [role]


@pytest.mark.parametrize(
    "text",
    [
        "Ola Vesk is the fifth coach fired this season.",  # one of a series of people, not an office
        "Ola Vesk became the first president to visit Tarnby.",
        "Ola Vesk was named the new coach.",  # no title the table knows
    ],
)
def test_a_series_of_people_after_such_a_verb_is_no_title(text: str) -> None:
    assert _roles(text) == []
