"""Sentences as the story frame reads them."""

from __future__ import annotations

import pytest
from claim_builders import day, source, time_claim

from factcheck.compare.lexicon import incident_family
from factcheck.compare.sentences import (
    clause_of,
    event_word_of,
    named_by_the_incident,
    sentence_events,
    sentence_starts_before,
    tells_background,
    told_after,
)
from factcheck.extract.claims import claims_of


def test_a_sentence_of_another_occurrence_tells_background():
    assert tells_background("Two men were hurt in a separate shooting on Vale Road.")
    assert tells_background("It was the town's second killing in as many weeks; LAST YEAR there were none.")
    assert tells_background("She had been arrested in a most recent drunk-driving case.")


def test_a_sentence_of_the_news_alone_tells_no_background():
    assert not tells_background("A man was shot on Vale Road on Friday, police said.")
    # the words must stand on their own: "lastly" and "yearly" are not "last year"
    assert not tells_background("Lastly, the yearly fair was cancelled.")


def test_a_clocks_colon_ends_no_clause() -> None:
    sentence = "The quake struck at 4:10 p.m. on Wednesday."
    start = sentence.index("Wednesday")
    assert clause_of(sentence, start, start + len("Wednesday")) == (0, len(sentence))


def test_a_time_before_a_comma_and_what_followed_is_the_main_clauses() -> None:
    text = "A magnitude 6.3 quake struck off the coast of Tovey at 4:10 p.m. on Wednesday, killing 12 people."
    claim = time_claim("a", "4:10 p.m.", day(2024, 5, 1), None, text=text)
    start, end, name = event_word_of(claim, text)
    assert (text[start:end], name) == ("quake", "quake")


@pytest.mark.parametrize(
    ("text", "when", "word"),
    [
        (
            "Neighbours gathered Sunday to remember Ivo Marsh, who was shot on Thursday.",
            "Sunday",
            "to remember",
        ),
        ("Neighbours gathered Sunday to remember Ivo Marsh, who was shot on Thursday.", "Thursday", "shot"),
        (
            "Classmates met on Tuesday evening to offer prayers for a girl who was wounded.",
            "Tuesday",
            "prayers",
        ),
        # a gathering where shots were fired is the scene, not a mourning
        ("Gunfire broke up a birthday gathering in Kelby on Saturday.", "Saturday", "Gunfire"),
    ],
)
def test_a_time_of_a_gathering_to_mourn_is_the_mournings(text: str, when: str, word: str) -> None:
    claim = time_claim("a", when, day(2024, 5, 5), None, text=text)
    start, end, _ = event_word_of(claim, text)
    assert text[start:end] == word


def test_a_time_after_an_arrest_and_before_the_incident_it_was_for_is_the_arrests() -> None:
    text = "Police arrested Ivo Marsh, 24, on Monday in the shooting of a man outside a bar."
    claim = time_claim("a", "Monday", day(2024, 5, 6), None, text=text)
    start, end, name = event_word_of(claim, text)
    assert (text[start:end], name) == ("arrested", "arrest")


def test_a_time_before_the_incident_with_no_follow_up_before_it_is_the_incidents() -> None:
    text = "Ivo Marsh, 24, was seen on Monday in the shooting of a man outside a bar."
    claim = time_claim("a", "Monday", day(2024, 5, 6), None, text=text)
    start, end, name = event_word_of(claim, text)
    assert (text[start:end], name) == ("shooting", "shooting")


@pytest.mark.parametrize(
    ("sentence", "word", "after"),
    [
        # what an incident followed came before it
        ("Riots spread across Tarnby on Thursday after police shot dead a boy on Monday.", "dead", True),
        ("Youths clashed with police for a third night following the killing of a boy.", "killing", True),
        # what followed the incident tells of its own harm
        ("A driver faces a charge of murder after a cyclist was shot dead in Kelby.", "dead", False),
        ("Police began an investigation of the shooting after nine were injured.", "injured", False),
        ("Two men were injured in the shooting on Friday.", "injured", False),
        # an "after" of a phrase before the outcome's own clause
        ("The plane crashed shortly after takeoff on Friday, killing all 12 aboard.", "killing", False),
        # an "after" of a time of day
        ("A shooting shortly after midnight left a cook dead in Kelby.", "dead", False),
        ("The shooting soon after 4:10 a.m. left three men injured.", "injured", False),
    ],
)
def test_an_outcome_told_after_the_incident_came_before_it(sentence: str, word: str, after: bool) -> None:
    family = incident_family("riot") | incident_family("shooting")
    assert told_after(sentence, sentence.index(word), family) is after


def test_a_count_after_and_is_what_its_own_conjunct_tells():
    text = "Officials said 42 people were detained and 12 officers were hurt in the clashes."
    claim = next(c for c in claims_of(source("a", text)) if c.quote == "12 officers")
    assert event_word_of(claim, text)[2] == "injury"


def test_a_time_before_and_is_what_its_own_conjunct_tells():
    text = "Police arrested Ivo Marsh on Saturday and charged him with murder."
    claim = next(c for c in claims_of(source("a", text)) if c.quote == "Saturday")
    assert event_word_of(claim, text)[2] == "arrest"
    text = "Police on Saturday charged Ivo Marsh with murder."  # no "and": the nearest word
    claim = next(c for c in claims_of(source("a", text)) if c.quote == "Saturday")
    assert event_word_of(claim, text)[2] != "arrest"


@pytest.mark.parametrize(
    "text",
    [
        "Three hikers died in an avalanche on Sunday, rescuers said.",
        "Three hikers died in an avalanche on Sunday, a mountain rescue spokesman said.",
    ],
)
def test_an_event_word_that_names_the_speaker_is_no_event_of_the_sentence(text: str) -> None:
    claim = time_claim("a", "Sunday", day(2024, 5, 5), None, text=text)
    start, end, name = event_word_of(claim, text)
    assert (text[start:end], name) == ("avalanche", "avalanche")


def test_a_rescue_told_as_the_sentences_event_is_still_its_event() -> None:
    text = "Three hikers were rescued from the ridge on Sunday."
    claim = time_claim("a", "Sunday", day(2024, 5, 5), None, text=text)
    assert event_word_of(claim, text)[2] == "rescue"


def test_the_sentences_before_one_begin_after_each_end_mark_and_its_closing_quote():
    text = 'Two men died. "It was awful," she said. Ask Ivo (the chief.) Four others were hurt.'
    last = text.index("Four")
    starts = sentence_starts_before(text, last)
    assert [text[s : s + 4] for s in starts] == [
        "Two ",
        '"It ',
        "Ask ",
    ]
    # looking back a short way, the look begins where it starts
    assert sentence_starts_before(text, last, reach=30) == [last - 30, text.index("Ask")]
    assert sentence_starts_before(text, 0) == [0]


def test_an_outcome_named_by_the_incidents_word_is_the_incident():
    family = incident_family("shooting")

    def named(sentence: str, word: str, family=family) -> bool:
        [found] = [w for w in sentence_events(sentence) if sentence[w[0] : w[1]] == word]
        return named_by_the_incident(sentence, found, family)

    assert named("She was charged in the shooting death of her neighbour.", "death")
    assert not named("He was shot on Friday and his death was confirmed.", "death")
    assert not named("The stabbing death of a clerk is still unsolved.", "stabbing")
    assert not named("Her body was recovered on Monday morning.", "was recovered", incident_family("death"))
