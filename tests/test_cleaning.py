"""Web-page leftovers are not content; a statement repeated in one source counts once."""

from __future__ import annotations

import pytest
from paths import FIXTURES

from factcheck.read.cleaning import furniture_reason, statement_key
from factcheck.read.segment import segment_source
from factcheck.records import Source

CLEANING = FIXTURES / "cleaning"

# Each line of the fixture page, with the reason it is furniture (None: article text).
EXPECTED_FURNITURE = {
    "Site logo THE DAILY EXAMPLE": "navigation",
    "Skip to main content": "navigation",
    "Home | World | Business | Sport": "navigation",
    "Bridge collapse injures four in Tarrow": None,
    "By Maria Keller | Updated 14:05 GMT": "byline",
    "March 3, 2024, 2:15 pm EST": "timestamp",
    "Four people were injured when a footbridge collapsed in the town of Tarrow on Sunday, police said.": None,
    "Photo: Town council handout": "caption",
    "📷 Image credits: Tarrow Fire Brigade": "caption",
    "Image for: Bridge collapse injures four in Tarrow": "caption",
    "Advertisement": "advertisement",
    "Related: Council orders checks on all river crossings": "link",
    "Read more: Why old bridges fail": "link",
    "Also read: Flood warnings issued for the valley": "link",
    "The bridge, built in 1962, had been inspected last year, the council said.": None,
    "Share this article": "share",
    "Facebook Twitter WhatsApp Email": "share",
    "Follow us on Instagram": "share",
    "Sign up for our morning newsletter": "sign-up",
    "Already a subscriber? Log in": "sign-up",
    "We use cookies to improve your experience on this site. Accept all cookies": "cookie-notice",
    "Copyright 2024 The Daily Example. All rights reserved.": "copyright",
    "Click here to see more pictures from the scene.": "interface",
    "Exit mobile version": "navigation",
    "https://daily.example/news/tarrow-bridge": "link",
}


def fixture_lines(name: str) -> list[str]:
    return (CLEANING / name).read_text(encoding="utf-8").splitlines()


def test_every_line_of_the_fixture_page_is_classified():
    assert fixture_lines("furniture.txt") == list(EXPECTED_FURNITURE)


@pytest.mark.parametrize(("line", "reason"), EXPECTED_FURNITURE.items())
def test_web_page_leftovers_are_recognised_by_form(line, reason):
    assert furniture_reason(line) == reason


@pytest.mark.parametrize("line", fixture_lines("near_misses.txt"))
def test_article_sentences_that_look_like_leftovers_stay_content(line):
    assert furniture_reason(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "ALSO READ: Minister resigns after rail crash",
        "READ MORE: Quake survivors tell their stories",
        "Watch: Drone footage of the flooded valley",
        "🔴 Related Stories: Earlier floods in the region",
    ],
)
def test_link_labels_in_any_case_or_decoration(line):
    assert furniture_reason(line) == "link"


@pytest.mark.parametrize(
    "line",
    [
        "Updated: 10:32 AM EDT Jun 17, 2024",
        "Posted on 03/14/2022 at 5:03p",
        "Tue 4 Apr 2023 – 18:20 BST",
        "Sunday, 9 July 2017",
    ],
)
def test_bare_time_stamps_are_not_content(line):
    assert furniture_reason(line) == "timestamp"


@pytest.mark.parametrize(
    "line", ["Rescuers worked until 4:35 PM on Jan 5.", "Polls close at 8 p.m. on May 5, 2024."]
)
def test_sentences_with_dates_are_content(line):
    assert furniture_reason(line) is None


def test_segments_of_furniture_lines_are_not_content():
    text = (CLEANING / "furniture.txt").read_text(encoding="utf-8")
    segments = segment_source(Source(id="page", path="page.txt", text=text, content_hash="0"))
    content = [s.text for s in segments if s.content]
    assert content == [line for line, reason in EXPECTED_FURNITURE.items() if reason is None]
    assert all(s.reason is not None for s in segments if not s.content)


def test_photo_credit_marks_only_its_own_sentence():
    text = "Divers searched the lake for a second day on Monday. (Photo: Lake Rescue Service)\n"
    segments = segment_source(Source(id="a", path="a.txt", text=text, content_hash="0"))
    assert [(s.text, s.content) for s in segments] == [
        ("Divers searched the lake for a second day on Monday.", True),
        ("(Photo: Lake Rescue Service)", False),
    ]


def test_a_repeated_statement_points_at_its_first_occurrence():
    text = (
        "Flood forces 900 from homes\n"
        "Floods forced 900 people from their homes in Ravel on Sunday.\n"
        "RAVEL, Ostria (Wire) — Floods forced 900 people from their homes in Ravel on Sunday.\n"
        "The river peaked at 6.2 metres.\n"
        "“Floods forced 900 people from their homes,” the mayor said.\n"
        "floods forced  900 people from their homes in Ravel on Sunday.\n"
    )
    segments = segment_source(Source(id="a", path="a.txt", text=text, content_hash="0"))
    assert [s.duplicate_of for s in segments] == [None, None, 1, None, None, 1]
    assert all(s.content for s in segments)


def test_statement_key_ignores_case_quote_style_spacing_and_dateline():
    assert statement_key("KELBY, Norland (AP) - The mayor’s office said  so.") == statement_key(
        "the mayor's office said so."
    )
    assert statement_key("The mayor said so.") != statement_key("The mayor said no.")
