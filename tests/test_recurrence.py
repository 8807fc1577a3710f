"""Ordinal and recurrence claims, with windows taken from the time claims of the sentence."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from paths import FIXTURES

from factcheck.extract.recurrence import find_recurrences
from factcheck.extract.timex import find_times
from factcheck.read.segment import segment_source
from factcheck.records import Duration, DurationClaim, RecurrenceClaim, Source, TimeClaim, TimeSpan

PUBLISHED = dt.date(2024, 6, 17)


def _source(text: str, name: str = "s", published: dt.date | None = PUBLISHED) -> Source:
    return Source(id=name, path=f"{name}.txt", text=text, content_hash="test", published=published)


def _time(text: str, quote: str, value: TimeSpan | Duration) -> TimeClaim | DurationClaim:
    """A hand-built time claim for ``quote`` (the sentence is the whole text)."""
    start = text.index(quote)
    common = {"source": "s", "start": start, "end": start + len(quote), "quote": quote, "sentence_start": 0}
    if isinstance(value, Duration):
        return DurationClaim(
            id=f"s:{start}:duration", predicate="duration", sentence_end=len(text), value=value, **common
        )
    return TimeClaim(id=f"s:{start}:time", predicate="time", sentence_end=len(text), value=value, **common)


def _recurrences(text: str, times: list[TimeClaim | DurationClaim], published: dt.date | None = PUBLISHED):
    source = _source(text, published=published)
    return find_recurrences(source, segment_source(source), times)


def _only(text: str, times: list[TimeClaim | DurationClaim] | None = None) -> RecurrenceClaim:
    claims = _recurrences(text, times or [])
    assert len(claims) == 1, [c.quote for c in claims]
    return claims[0]


def test_first_time_in_n_years_gives_the_gap_and_the_window() -> None:
    text = "The president will visit the island for the first time in 24 years."
    years = Duration(low=24, high=24, unit="year", signal="in", timex_value="P24Y")
    claim = _only(text, [_time(text, "24 years", years)])
    value = claim.value
    assert (value.ordinal, value.series, value.previous_gap_years) == (1, "visit", 24)
    assert (value.window_start, value.window_end) == (dt.date(2000, 6, 17), PUBLISHED)
    assert claim.quote == "first time in 24 years"


def test_first_visit_to_a_place_in_n_years_gives_the_gap() -> None:
    text = "It is his first visit to the country in 24 years."
    years = Duration(low=24, high=24, unit="year", signal="in", timex_value="P24Y")
    claim = _only(text, [_time(text, "24 years", years)])
    assert (claim.value.ordinal, claim.value.previous_gap_years) == (1, 24)
    assert claim.quote == "first visit to the country in 24 years"


def test_second_visit_since_a_year_is_a_window_from_that_year() -> None:
    text = "It marks his second visit to the country since 2019."
    since = TimeSpan(
        start=dt.date(2019, 1, 1), end=PUBLISHED, granularity="year", signal="since", timex_value="2019"
    )
    value = _only(text, [_time(text, "2019", since)]).value
    assert (value.ordinal, value.series, value.previous_gap_years) == (2, "visit", None)
    assert (value.window_start, value.window_end) == (dt.date(2019, 1, 1), PUBLISHED)


def test_elliptical_second_in_less_than_five_years_takes_the_event_before_it() -> None:
    text = "The minister's upcoming visit to the island, his second in less than five years, was confirmed."
    less = Duration(low=0, high=5, unit="year", modifier="LESS_THAN", signal="in", timex_value="P5Y")
    value = _only(text, [_time(text, "less than five years", less)]).value
    assert (value.ordinal, value.series) == (2, "visit")
    assert (value.window_start, value.window_end) == (dt.date(2019, 6, 17), PUBLISHED)
    assert value.previous_gap_years is None


def test_their_first_summit_has_no_window() -> None:
    value = _only("The two leaders held their first summit.").value
    assert (value.ordinal, value.series, value.window_start, value.occurrence) == (1, "summit", None, None)


@pytest.mark.parametrize(
    "text",
    ["The Otters signed first baseman Tor Lindh.", "The first officer Ana Bell took the controls."],
)
def test_an_ordinal_in_what_a_person_is_called_before_their_name_is_no_recurrence(text: str) -> None:
    assert _recurrences(text, []) == []


def test_a_name_opening_the_next_line_is_not_what_the_ordinals_noun_is_called() -> None:
    value = _only("Otters take fifth straight win\nTor Lindh scored twice for the Otters.").value
    assert (value.ordinal, value.series) == (5, "win")


def test_an_ordinal_before_a_title_that_is_no_name_is_still_a_recurrence() -> None:
    value = _only("She became the first woman Prime Minister.").value
    assert (value.ordinal, value.series) == (1, "woman")


def test_the_occurrence_is_the_time_of_the_ordinal_clause() -> None:
    text = "They held their first summit in April 2019 and a second summit in September 2023."
    april = TimeSpan(
        start=dt.date(2019, 4, 1), end=dt.date(2019, 5, 1), granularity="month", timex_value="2019-04"
    )
    september = TimeSpan(
        start=dt.date(2023, 9, 1), end=dt.date(2023, 10, 1), granularity="month", timex_value="2023-09"
    )
    first, second = _recurrences(
        text, [_time(text, "April 2019", april), _time(text, "September 2023", september)]
    )
    assert (first.value.ordinal, first.value.series, first.value.occurrence) == (1, "summit", april)
    assert (second.value.ordinal, second.value.series, second.value.occurrence) == (2, "summit", september)


@pytest.mark.parametrize(
    "text",
    [
        "It was her fourth defence of the title she won in 2021.",
        "It was the fourth defence of the title Ada Brisk won in 2021.",
        "It is the third edition of the race that began in 2021.",
    ],
)
def test_a_date_of_a_clause_after_the_ordinals_noun_is_not_its_occurrence(text: str) -> None:
    year = TimeSpan(
        start=dt.date(2021, 1, 1), end=dt.date(2022, 1, 1), granularity="year", timex_value="2021"
    )
    assert _only(text, [_time(text, "2021", year)]).value.occurrence is None


def test_an_ordinals_event_is_not_the_verb_of_a_clause_after_it_with_a_subject_of_its_own() -> None:
    from factcheck.extract.claims import claims_of

    text = "It was the fourth defence of the title Ada Brisk won in 2021."
    (claim,) = [c for c in claims_of(_source(text)) if c.kind == "recurrence"]
    assert claim.event is None


def test_a_count_since_an_event_told_by_its_own_clause_has_that_window() -> None:
    text = "It is the second escape from the jail since it opened in 2001."
    year = TimeSpan(
        start=dt.date(2001, 1, 1), end=dt.date(2002, 1, 1), granularity="year", timex_value="2001"
    )
    value = _only(text, [_time(text, "2001", year)]).value
    assert (value.ordinal, value.window_start, value.window_end) == (2, dt.date(2001, 1, 1), PUBLISHED)
    # "the first since he took over in 2001" says none since then, not that the last was in 2001
    text = "It was the first win since he took over in 2001."
    assert _only(text, [_time(text, "2001", year)]).value.window_start is None


def test_visited_for_the_first_time_takes_the_date_before_it() -> None:
    text = "In July 2000, the president visited the island for the first time."
    july = TimeSpan(
        start=dt.date(2000, 7, 1), end=dt.date(2000, 8, 1), granularity="month", timex_value="2000-07"
    )
    value = _only(text, [_time(text, "July 2000", july)]).value
    assert (value.ordinal, value.series, value.occurrence) == (1, "visit", july)


def test_first_as_an_adverb_counts_the_verb() -> None:
    text = "That was the year 2000, when the president first visited the island."
    year = TimeSpan(
        start=dt.date(2000, 1, 1), end=dt.date(2001, 1, 1), granularity="year", timex_value="2000"
    )
    value = _only(text, [_time(text, "2000", year)]).value
    assert (value.ordinal, value.series, value.occurrence) == (1, "visit", year)


def test_a_vague_present_reference_is_no_occurrence() -> None:
    text = "In 2000 the president first visited the island and met its current leader."
    year = TimeSpan(
        start=dt.date(2000, 1, 1), end=dt.date(2001, 1, 1), granularity="year", timex_value="2000"
    )
    now = TimeSpan(start=PUBLISHED, end=dt.date(2024, 6, 18), anchor="publication", timex_value="PRESENT_REF")
    value = _only(text, [_time(text, "2000", year), _time(text, "current", now)]).value
    assert (value.series, value.occurrence) == ("visit", year)


def test_a_duration_inside_another_phrase_is_no_window() -> None:
    text = "She became the first woman to lead the party in its 120-year history."
    years = Duration(low=120, high=120, unit="year", signal="in", timex_value="P120Y")
    value = _only(text, [_time(text, "120-year", years)]).value
    assert (value.ordinal, value.series, value.window_start, value.previous_gap_years) == (
        1,
        "woman",
        None,
        None,
    )


def _since_year(text: str, year: int) -> RecurrenceClaim:
    """The one ordinal of ``text``, read with its "since <year>" window."""
    since = TimeSpan(
        start=dt.date(year, 1, 1), end=PUBLISHED, granularity="year", signal="since", timex_value=str(year)
    )
    return _only(text, [_time(text, str(year), since)])


def test_first_time_since_takes_the_verb_of_its_that_clause() -> None:
    value = _since_year("It is the first time since 1990 that the river has flooded.", 1990).value
    assert (value.ordinal, value.series, value.window_start) == (1, "flood", dt.date(1990, 1, 1))


def test_a_participle_clause_counts_the_noun_after_its_verb() -> None:
    value = _only("The vote failed, causing a public split in the council for the first time.").value
    assert (value.ordinal, value.series) == (1, "split")


@pytest.mark.parametrize(
    ("text", "ordinal", "series"),
    [
        ("He was the first Russian leader to do so.", 1, "leader"),
        ("It was his third-ever visit.", 3, "visit"),
        ("It was their 12th meeting.", 12, "meeting"),
        ("It was the twenty-first summit of the bloc.", 21, "summit"),
        ("It was his second such arrest.", 2, "arrest"),
        ("The kingdom was the first to recognize the republic.", 1, "recognize"),
        ("The president arrived, the first to visit the island.", 1, "visit"),
    ],
)
def test_ordinals_count_the_noun_after_them(text: str, ordinal: int, series: str) -> None:
    value = _only(text).value
    assert (value.ordinal, value.series, value.title) == (ordinal, series, None)


@pytest.mark.parametrize(
    ("text", "ordinal", "title"),
    [
        ("Matt Smith, the 12th Doctor, spoke.", 12, "Doctor"),
        ("Joe Biden, the 46th president of the United States, spoke.", 46, "president of the United States"),
        ("She becomes the city's 12th mayor.", 12, "mayor"),
        ("Biden, the 46th US president, spoke.", 46, "US president"),
    ],
)
def test_ordinal_titles(text: str, ordinal: int, title: str) -> None:
    claim = _only(text)
    assert (claim.value.ordinal, claim.value.title, claim.value.series) == (ordinal, title, title.lower())
    assert claim.predicate == "title"


@pytest.mark.parametrize(
    "text",
    [
        "First, we went home.",
        "At first it rained.",
        "The Second World War ended.",
        "The First Lady spoke.",
        "It is the second-largest city.",
        "The vote is on June 19th.",
        "It happened in the 21st century.",
        "He saw it first-hand.",
        "He lives on 117th Street.",
        "She finished third.",
    ],
)
def test_not_recurrences(text: str) -> None:
    assert _recurrences(text, []) == []


def test_without_a_publication_date_the_gap_stays_and_the_window_is_unknown() -> None:
    text = "The president visited the island for the first time in 24 years."
    years = Duration(low=24, high=24, unit="year", signal="in", timex_value="P24Y")
    (claim,) = _recurrences(text, [_time(text, "24 years", years)], published=None)
    assert (claim.value.previous_gap_years, claim.value.window_start, claim.value.window_end) == (
        24,
        None,
        None,
    )


def test_with_the_time_extractor_on_fixture_articles() -> None:
    text = (FIXTURES / "numbers" / "earthquake.txt").read_text(encoding="utf-8")
    source = _source(text, "earthquake")
    segments = segment_source(source)
    claims = find_recurrences(source, segments, find_times(source, segments))
    values = {c.quote: c.value for c in claims}
    first = values["first time in 24 years"]
    assert (first.ordinal, first.series, first.previous_gap_years, first.window_start) == (
        1,
        "quake",
        24,
        dt.date(2000, 6, 17),
    )
    second = values["second evacuation in less than five years"]
    assert (second.ordinal, second.series, second.window_start) == (2, "evacuation", dt.date(2019, 6, 17))


def test_claim_ids_spans_and_predicate() -> None:
    text = "They held their first summit."
    (claim,) = _recurrences(text, [])
    assert claim.id == f"s:{claim.start}-{claim.end}:recurrence"
    assert text[claim.start : claim.end] == claim.quote == "first summit"
    assert claim.predicate == "recurrence"


_PIECES = [
    *"0123456789 ,.-aA\n",
    " first",
    " second",
    "-ever",
    " time",
    " in 24 years",
    " visit",
    " the",
    " 12th",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_never_raises_spans_index_the_text_and_is_deterministic(text: str) -> None:
    source = _source(text)
    segments = segment_source(source)
    times = find_times(source, segments)
    claims = find_recurrences(source, segments, times)
    for claim in claims:
        assert text[claim.start : claim.end] == claim.quote
    assert claims == find_recurrences(source, segments, times)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_never_raises_on_any_text(text: str) -> None:
    for claim in _recurrences(text, []):
        assert text[claim.start : claim.end] == claim.quote


@pytest.mark.parametrize(
    ("text", "ordinal", "series"),
    [
        ("Court records show Hale has three prior convictions.", 4, "convictions"),
        ("Hale, with two previous arrests, was held.", 3, "arrests"),
        ("She had no prior DUI convictions, spanning nothing.", 1, "DUI convictions"),
        ("Hale has 2 earlier citations spanning a decade.", 3, "citations"),
        # one step of a record, as news writes it: "has a prior conviction" is one
        ("Court records show Hale has a prior theft conviction.", 2, "theft conviction"),
    ],
)
def test_a_count_of_earlier_occurrences_makes_the_one_in_the_news_the_next(
    text: str, ordinal: int, series: str
) -> None:
    claim = _only(text)
    assert (claim.value.ordinal, claim.value.series) == (ordinal, series)
    assert claim.quote.split()[1] in ("prior", "previous", "earlier")


@pytest.mark.parametrize(
    "text",
    [
        "He scored in the two previous games.",  # no one's record: "the", not "has"
        "She has two previous occasions to recall.",
        "He had three previous years on the board.",
        "He had a previous meeting with the board.",  # "a" of what is no step of a record: at least one
    ],
)
def test_counts_of_earlier_things_that_are_not_a_record(text: str) -> None:
    assert _recurrences(text, []) == []


def test_an_infinitive_after_the_noun_keeps_the_since_window() -> None:
    value = _since_year("It was the first storm to reach the Ostby shore since 2011.", 2011).value
    assert (value.ordinal, value.series, value.window_start) == (1, "storm", dt.date(2011, 1, 1))
    # a comma ends the ordinal's phrase
    value = _since_year("It was the first storm of the year, the worst since 2011.", 2011).value
    assert (value.ordinal, value.window_start) == (1, None)
