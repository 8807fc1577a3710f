"""Street blocks read from the reports ("the 300 block of Pine Street") and the rule comparing them."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.compare.blocks import block_readings, street_name
from factcheck.compare.rules import RuleContext
from factcheck.compare.rules.block import check
from factcheck.read.segment import segment_source
from factcheck.records import Source


def _blocks(text: str) -> list[tuple[str, str, str]]:
    source = Source(id="s", path="s.txt", text=text, content_hash="test", published=dt.date(2024, 9, 14))
    content = [segment for segment in segment_source(source) if segment.content]
    return [(c.quote, c.subject, c.value.name) for c in block_readings(source, content)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He was found in the 800 block of Quarry Road.",
            [("800 block of Quarry Road", "Quarry Road", "800 block of Quarry Road")],
        ),
        (
            "Shots rang out in the 2100 block of W. Elm Ave. on Monday.",
            [("2100 block of W. Elm Ave.", "West Elm Avenue", "2100 block of West Elm Avenue")],
        ),
        (
            "It was in the 1,200 block of North Main St on Friday.",
            [("1,200 block of North Main St", "North Main Street", "1200 block of North Main Street")],
        ),
    ],
)
def test_a_block_is_read_with_its_street_written_out(text, expected):
    assert _blocks(text) == expected


def test_two_blocks_of_one_street_in_one_sentence_are_two_places_and_neither_is_read():
    assert _blocks("He ran from the 300 block of Pine Street to the 500 block of Pine Street.") == []


def test_blocks_of_two_streets_in_one_sentence_are_both_read():
    found = _blocks("The 300 block of Oak Lane and the 400 block of Birch Lane were closed.")
    assert [street for _, street, _ in found] == ["Oak Lane", "Birch Lane"]


@pytest.mark.parametrize(
    "text", ["He lives a block away.", "A block of flats burned.", "The 300 blocks of ice."]
)
def test_what_is_not_a_street_block(text):
    assert _blocks(text) == []


def test_street_names_expand_their_abbreviations():
    assert street_name("S. Oak Blvd.") == "South Oak Boulevard"
    assert street_name("Oak Boulevard") == "Oak Boulevard"


def test_the_rule_flags_two_blocks_and_not_one_block_twice():
    source = Source(
        id="s",
        path="s.txt",
        text="Found in the 800 block of Quarry Road. Died in the 300 block of Quarry Road. "
        "Seen in the 300 block of Quarry Road.",
        content_hash="test",
    )
    first, second, third = block_readings(source, [s for s in segment_source(source) if s.content])
    context = RuleContext(published={})
    conflict = check(first, second, context)
    assert conflict is not None and "300 block of Quarry Road" in conflict.explanation
    assert "800 block of Quarry Road" in conflict.explanation
    assert check(second, third, context) is None
    assert check(second, first, context) is not None  # symmetric
