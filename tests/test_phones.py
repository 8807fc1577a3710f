"""Telephone numbers read from the reports ("call police on 0163 488 7710") and the rule comparing them."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.compare.phones import line_name, line_of, misprinted, phone_book, phone_readings
from factcheck.compare.rules import RuleContext
from factcheck.compare.rules.phone import check
from factcheck.read.segment import segment_source
from factcheck.records import Source


def _readings(text: str, source_id: str = "s"):
    source = Source(
        id=source_id, path=f"{source_id}.txt", text=text, content_hash="t", published=dt.date(2023, 9, 14)
    )
    return phone_readings(source, [segment for segment in segment_source(source) if segment.content])


@pytest.mark.parametrize(
    ("text", "written", "digits"),
    [
        ("Anyone with information should call police on 0163 488 7710.", "0163 488 7710", "01634887710"),
        ("Call the tip line at (555) 014-2290 with information.", "(555) 014-2290", "5550142290"),
        ("Witnesses may contact detectives at 555-014-2290 or by email.", "555-014-2290", "5550142290"),
        (
            "Callers can reach the hotline on +44 20 7946 0310 at any hour.",
            "+44 20 7946 0310",
            "442079460310",
        ),
        ("Call the tip line at 1-800-555-0199 with information.", "1-800-555-0199", "8005550199"),
    ],
)
def test_a_number_after_a_word_of_calling_is_read_as_dialled(text, written, digits):
    [reading] = _readings(text)
    assert (reading.quote, reading.value.name, reading.subject) == (written, digits, digits)


@pytest.mark.parametrize(
    "text",
    [
        "The crash closed the road between 2 and 4 p.m. on 14 September 2023.",  # no number of calling
        "Police opened case 2023-0488 after the crash.",  # a case number: no word of calling
        "The case number is 2023 048 812.",
        "Call 101 or 999 in an emergency.",  # short codes
        "Police said a call came in on 2023-09-13 at night.",  # a date
        "The council spent 1,250,000 pounds on the bridge, officials said when called.",
    ],
)
def test_what_is_not_a_telephone_number(text):
    assert _readings(text) == []


def test_a_misprint_is_one_digit_left_out_added_changed_or_two_swapped():
    assert misprinted("01634887710", "0163488770")  # left out
    assert misprinted("0163488770", "01634887710")  # added
    assert misprinted("01634887710", "01634887719")  # changed
    assert misprinted("01634887710", "01634887170")  # two neighbours swapped
    assert not misprinted("01634887710", "01634887710")  # the same number
    assert not misprinted("01634887710", "08003104660")  # another service


def test_a_number_and_its_misprint_are_one_line_unless_one_report_gives_both():
    known = phone_book(
        [*_readings("Call 0163 488 7710.", "a"), *_readings("Contact them on 0163 488 770.", "b")]
    )
    assert line_of("01634887710", known) == line_of("0163488770", known)
    both = phone_book(_readings("Call 555-014-2290 or 555-014-2291 with information.", "a"))
    assert line_of("5550142290", both) != line_of("5550142291", both)


def test_a_north_american_number_with_and_without_its_leading_one_is_one_number():
    [long] = _readings("Call the tip line at 1-800-555-0199.", "a")
    [short] = _readings("Call the tip line at (800) 555-0199.", "b")
    assert long.subject == short.subject == "8005550199"


def test_a_number_no_report_gives_is_of_the_line_of_the_number_it_misprints():
    known = phone_book(_readings("Call 0163 488 7710 or 0800 310 466.", "a"))
    assert line_of("0163488710", known) == line_of("01634887710", known)
    assert line_of("0800310466", known) == "0800310466"
    assert line_of("0201110000", known) == "0201110000"


def test_a_line_is_named_as_most_reports_write_it():
    claims = [*_readings("Call 0163 488 7710.", "a"), *_readings("Call 0163 488 7710.", "c")]
    claims += _readings("Call 01634 887710.", "b")
    assert line_name(claims) == "0163 488 7710"


def test_the_rule_flags_a_misprint_and_not_the_same_number_written_two_ways():
    [right] = _readings("Call the tip line at (555) 014-2290.", "a")
    [same] = _readings("Call the tip line at 555-014-2290.", "b")
    [wrong] = _readings("Call the tip line at 555-014-2209.", "c")
    context = RuleContext(published={})
    conflict = check(right, wrong, context)
    assert (
        conflict is not None
        and "(555) 014-2290" in conflict.explanation
        and "555-014-2209" in conflict.explanation
    )
    assert check(wrong, right, context) is not None  # symmetric
    assert check(right, same, context) is None


def test_a_misprint_at_either_end_of_a_number_is_found_among_the_numbers_sharing_the_other_end():
    book = phone_book(_readings("Call 0163 488 7710.", "a"))
    assert book.near("91634887710") == ["01634887710"]  # the first digit changed
    assert book.near("01634887719") == ["01634887710"]  # the last digit changed
    assert book.near("1634887710") == ["01634887710"]  # the first digit left out


def test_a_number_is_compared_only_with_the_numbers_sharing_an_end_with_it(monkeypatch):
    from factcheck.compare import phones

    texts = [f"Call {100 + i:03d} 555 {1000 + i:04d} {i:03d}." for i in range(400)]
    book = phone_book([reading for i, text in enumerate(texts) for reading in _readings(text, f"s{i}")])
    compared = []
    monkeypatch.setattr(phones, "misprinted", lambda a, b: compared.append(b) or False)
    assert book.near("10055510000000") == []
    assert len(compared) <= 2  # the one number of each end, not the 400
