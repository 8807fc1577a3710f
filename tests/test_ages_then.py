"""An age told of a past year's event is dated by that year (factcheck.extract.ages_then)."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.extract.claims import claims_of
from factcheck.records import Source

PUBLISHED = dt.date(2025, 9, 17)


def _ages(text: str) -> dict[str, tuple[int, dt.date | None]]:
    source = Source(id="s", path="s.md", text=text, content_hash="s", published=PUBLISHED)
    return {c.quote: (c.value.years, c.value.as_of) for c in claims_of(source) if c.kind == "age"}


@pytest.mark.parametrize(
    ("text", "quote", "as_of"),
    [
        (
            "Orla Fenn made her first record in 1963, at the age of 17.",
            "at the age of 17",
            dt.date(1963, 1, 1),
        ),
        ("Her brother Ivo Marsh died in 1994, aged 51.", "aged 51", dt.date(1994, 1, 1)),
    ],
)
def test_an_age_of_an_event_in_a_past_year_is_dated_by_that_year(
    text: str, quote: str, as_of: dt.date
) -> None:
    assert _ages(text)[quote][1] == as_of


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # the news's own time
        ("Orla Fenn died on Tuesday at the age of 79.", "at the age of 79"),
        ("Orla Fenn died in September 2025 at the age of 79.", "at the age of 79"),
        # an age by the name is the person's at publication, whatever year the sentence names
        ("Ivo Marsh, 38, was jailed in 2019.", "Ivo Marsh, 38"),
    ],
)
def test_an_age_of_the_news_or_by_the_name_is_as_of_publication(text: str, quote: str) -> None:
    assert _ages(text)[quote][1] == PUBLISHED
