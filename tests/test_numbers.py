"""Numbers and ordinals in digits and words, with spans."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.numbers import (
    _FRACTION_RE,
    _ORDINAL_RE,
    _fraction_starts,
    _matches_where_they_can_start,
    _ordinal_starts,
    find_numbers,
    find_ordinals,
    words_value,
)


def _values(text: str) -> list[tuple[str, float]]:
    return [(m.text, m.value) for m in find_numbers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11,000 people", [("11,000", 11000)]),
        ("a 1.2 rise", [("1.2", 1.2)]),
        ("magnitude 5.9", [("5.9", 5.9)]),
        ("ten", [("ten", 10)]),
        ("two hundred", [("two hundred", 200)]),
        ("twenty-one", [("twenty-one", 21)]),
        ("a dozen eggs", [("a dozen", 12)]),
        ("two dozen", [("two dozen", 24)]),
        ("1.2 million", [("1.2 million", 1_200_000)]),
        ("two million", [("two million", 2_000_000)]),
        ("two hundred and fifty", [("two hundred and fifty", 250)]),
        ("Sixty residents", [("Sixty", 60)]),
        ("ten and twelve", [("ten", 10), ("twelve", 12)]),
        ("two and a half million", [("two and a half million", 2_500_000)]),
        ("half a million", [("half a million", 500_000)]),
        ("a quarter of a million", [("a quarter of a million", 250_000)]),
        ("half a dozen", [("half a dozen", 6)]),
        ("a half dozen", [("a half dozen", 6)]),
        ("A half million", [("A half million", 500_000)]),
        ("a quarter million", [("a quarter million", 250_000)]),
        ("3 and a half", [("3 and a half", 3.5)]),
        ("5 lakh", [("5 lakh", 500_000)]),
        ("two crore", [("two crore", 20_000_000)]),
        ("three to five", [("three", 3), ("five", 5)]),
    ],
)
def test_numbers_in_digits_and_words_have_their_values(text: str, expected: list[tuple[str, float]]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "COVID-19",
        "G7 summit",
        "an F-16 jet",
        "Kim Jong Un",
        "someone and anyone",
        "no-one",
        "the 12th Doctor",
    ],
)
def test_numbers_glued_to_names_or_ordinals_are_not_numbers(text: str) -> None:
    assert find_numbers(text) == []


def test_letters_glued_to_digits_are_kept_for_the_caller() -> None:
    (number,) = find_numbers("a 10km run")
    assert (number.value, number.glued) == (10, "km")


def test_a_number_word_run_that_is_not_one_number_is_split() -> None:
    assert words_value("five six") is None
    assert words_value("a hundred") == 100
    assert words_value("two million three hundred thousand") == 2_300_000


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("first", 1),
        ("second", 2),
        ("twelfth", 12),
        ("12th", 12),
        ("21st", 21),
        ("twenty-first", 21),
        ("46th", 46),
    ],
)
def test_ordinals_have_their_values(text: str, value: int) -> None:
    (ordinal,) = find_ordinals(f"the {text} time")
    assert (ordinal.text, ordinal.value) == (text, value)


def test_digit_ordinals_need_the_right_suffix() -> None:
    assert find_ordinals("the 22th and the 11st") == []


def test_spans_index_the_text_with_an_offset() -> None:
    text = "Of 300 people, two hundred left."
    numbers = find_numbers(text, 3, len(text))
    assert [text[m.start : m.end] for m in numbers] == ["300", "two hundred"]


@given(st.text())
def test_find_numbers_never_raises_and_spans_index_the_text(text: str) -> None:
    for mention in find_numbers(text):
        assert text[mention.start : mention.end] == mention.text
    for ordinal in find_ordinals(text):
        assert text[ordinal.start : ordinal.end] == ordinal.text


@given(
    st.lists(
        st.sampled_from(["one", "twenty", "hundred", "and", "a", "dozen", "-", " ", "7", ",", "000", "."])
    )
)
def test_number_word_soup_never_raises_and_is_deterministic(parts: list[str]) -> None:
    text = " ".join(parts)
    assert find_numbers(text) == find_numbers(text)


# Ordinal words and suffixes in any case, digits, hyphens, letters around them, and a suffix with a
# letter that a case-insensitive pattern reads as an ASCII one ("\u017ft" as "st")
_ORDINAL_PIECES = st.sampled_from(
    ["first", "FIRST", "Twenty", "twenty", "fifth", "th", "ST", "nd", "21", "3", "-", " ", "x", "\u017ft"]
)


@given(st.lists(_ORDINAL_PIECES, max_size=10))
def test_ordinals_found_where_they_can_start_are_those_of_the_whole_scan(parts: list[str]) -> None:
    text = "".join(parts)
    expected = [(m.span(), m.groups()) for m in _ORDINAL_RE.finditer(text)]
    found = _matches_where_they_can_start(_ORDINAL_RE, _ordinal_starts(), text)
    assert [(m.span(), m.groups()) for m in found] == expected


# Pieces of halves and quarters in any case, glued or spaced, with a word that hides a number word
_FRACTION_PIECES = st.sampled_from(
    [
        "two",
        "Twenty-one",
        "hundred",
        "and a half",
        "AND A QUARTER",
        "half a",
        "a quarter of an",
        "a half",
        "million",
    ]
    + ["3", "often", "-", "x", "\u017f"]
)


@given(st.lists(_FRACTION_PIECES, max_size=8), st.sampled_from(["", " "]))
def test_fractions_found_where_they_can_start_are_those_of_the_whole_scan(
    parts: list[str], joint: str
) -> None:
    text = joint.join(parts)
    expected = [(m.span(), m.groups()) for m in _FRACTION_RE.finditer(text)]
    found = _matches_where_they_can_start(_FRACTION_RE, _fraction_starts(), text)
    assert [(m.span(), m.groups()) for m in found] == expected


def test_a_long_run_of_digits_is_read_in_linear_time() -> None:
    """Where an ordinal can start was looked for at every digit of a run, each try reading to the
    run's end: 200,000 digits took minutes. Now a run is tried once, where it begins."""
    run = "7" * 200_000
    # too long to be an ordinal or a count (and past the digits int() takes): passed over, no crash
    assert [m.value for m in find_ordinals(f"the {run}th time and the 3rd day")] == [3]
    assert [m.start() for start in _ordinal_starts() for m in start.finditer(f"a {run}th b 12 3rd")] == [
        2,
        200_007 + 3,
    ]
    assert [m.value for m in find_numbers(f"{run} people and 12 cars")] == [12]
