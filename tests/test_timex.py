"""Time expressions and durations: every form, its normalised value and its TIMEX3 value.

The sentences are invented (accidents, earthquakes, court cases, elections);
unless a test says otherwise the publication date is Monday 17 June 2024.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.timex import TimeMention, find_times, resolve, window_of
from factcheck.read.segment import segment_source
from factcheck.records import Duration, Segment, Source, TimeSpan

DCT = dt.date(2024, 6, 17)  # a Monday
D = dt.date


def mention(text: str, quote: str, dct: dt.date | None = DCT) -> TimeMention:
    """The one mention of ``text`` whose quote is ``quote``."""
    found = [m for m in resolve(text, dct) if m.text == quote]
    assert len(found) == 1, [m.text for m in resolve(text, dct)]
    assert text[found[0].start : found[0].end] == quote
    return found[0]


def span(text: str, quote: str, dct: dt.date | None = DCT) -> TimeSpan:
    value = mention(text, quote, dct).value
    assert isinstance(value, TimeSpan)
    return value


def duration(text: str, quote: str, dct: dt.date | None = DCT) -> Duration:
    value = mention(text, quote, dct).value
    assert isinstance(value, Duration)
    return value


# --------------------------------------------------------------------------
# Absolute dates


@pytest.mark.parametrize(
    ("text", "quote", "value", "start", "end", "granularity"),
    [
        ("The dam collapsed in July 2000, flooding the valley.", "July 2000", "2000-07", D(2000, 7, 1), D(2000, 8, 1), "month"),
        ("The old bridge was built in 2000.", "2000", "2000", D(2000, 1, 1), D(2001, 1, 1), "year"),
        ("Voters last chose a mayor in the year 2000.", "the year 2000", "2000", D(2000, 1, 1), D(2001, 1, 1), "year"),
        ("The verdict came on 19 June 2024.", "19 June 2024", "2024-06-19", D(2024, 6, 19), D(2024, 6, 20), "day"),
        ("The court will rule on June 19, 2024.", "June 19, 2024", "2024-06-19", D(2024, 6, 19), D(2024, 6, 20), "day"),
        ("The quake struck on 2024-06-19 at dawn.", "2024-06-19", "2024-06-19", D(2024, 6, 19), D(2024, 6, 20), "day"),
        ("The summit runs June 19-20 in Geneva.", "June 19-20", "P2D", D(2024, 6, 19), D(2024, 6, 21), "day"),
        ("He sat on the bench from 2006 to 2017.", "from 2006 to 2017", "P11Y", D(2006, 1, 1), D(2018, 1, 1), "year"),
        ("Floods were common in the 1950s.", "the 1950s", "195X", D(1950, 1, 1), D(1960, 1, 1), "decade"),
        ("Turnout fell in spring 2023.", "spring 2023", "2023-SP", D(2023, 3, 1), D(2023, 6, 1), "season"),
        ("Profits rose in the first quarter of 2024.", "the first quarter of 2024", "2024-Q1", D(2024, 1, 1), D(2024, 4, 1), "quarter"),
        ("The trial opened on Jan. 5 and was adjourned.", "Jan. 5", "2024-01-05", D(2024, 1, 5), D(2024, 1, 6), "day"),
        ("The ballots were counted by 12/3/2020.", "12/3/2020", "2020-12-03", D(2020, 12, 3), D(2020, 12, 4), "day"),
    ],
)  # fmt: skip
def test_absolute_dates_resolve_to_their_interval(text, quote, value, start, end, granularity):
    found = span(text, quote)
    assert (found.timex_value, found.start, found.end, found.granularity) == (value, start, end, granularity)


def test_early_decade_is_approximate_and_starts_the_decade():
    found = span("The party rose to power in the early 1990s.", "early 1990s")
    assert found.timex_value == "199X"
    assert found.modifier == "START" and found.approximate
    assert found.start == D(1990, 1, 1) and found.end < D(1994, 1, 1)
    assert found.start <= D(1991, 12, 25) < found.end  # 1991 lies in the early 1990s


def test_mid_century_is_the_middle_of_the_century():
    found = span("The fault was first mapped in the mid-20th century.", "mid-20th century")
    assert found.timex_value == "19" and found.granularity == "century"
    assert found.modifier == "MID" and found.approximate
    assert D(1930, 1, 1) < found.start < D(1950, 1, 1) < found.end < D(1970, 1, 1)


def test_a_year_range_keeps_its_two_ends_as_parts():
    found = mention("Between 2014 and 2016 the river flooded twice.", "Between 2014 and 2016")
    assert [p.text for p in found.parts] == ["2014", "2016"]
    assert [p.value.timex_value for p in found.parts] == ["2014", "2016"]


# --------------------------------------------------------------------------
# Relative to the publication date


@pytest.mark.parametrize(
    ("text", "quote", "value", "start", "end"),
    [
        ("The crash happened last September.", "last September", "2023-09", D(2023, 9, 1), D(2023, 10, 1)),
        ("The storm hit the coast yesterday.", "yesterday", "2024-06-16", D(2024, 6, 16), D(2024, 6, 17)),
        ("The jury retires today.", "today", "2024-06-17", D(2024, 6, 17), D(2024, 6, 18)),
        ("Two aftershocks were felt this month.", "this month", "2024-06", D(2024, 6, 1), D(2024, 7, 1)),
        ("The judge was appointed four months ago.", "four months ago", "2024-02", D(2024, 2, 1), D(2024, 3, 1)),
        ("The mine closed 6 months ago.", "6 months ago", "2023-12", D(2023, 12, 1), D(2024, 1, 1)),
        ("The runoff will be held next week.", "next week", "2024-W26", D(2024, 6, 24), D(2024, 7, 1)),
        ("The last eruption was 24 years ago.", "24 years ago", "2000", D(2000, 1, 1), D(2001, 1, 1)),
        ("Turnout was higher last year.", "last year", "2023", D(2023, 1, 1), D(2024, 1, 1)),
        ("Rescuers have worked around the clock this week.", "this week", "2024-W25", D(2024, 6, 17), D(2024, 6, 24)),
        ("The landslide hit the village last summer.", "last summer", "2023-SU", D(2023, 6, 1), D(2023, 9, 1)),
        ("Results are due in the fourth quarter.", "the fourth quarter", "2024-Q4", D(2024, 10, 1), D(2025, 1, 1)),
        ("The appeal was filed on Friday.", "Friday", "2024-06-14", D(2024, 6, 14), D(2024, 6, 15)),
        ("The board will meet on Friday.", "Friday", "2024-06-21", D(2024, 6, 21), D(2024, 6, 22)),
        ("The bridge reopened last Tuesday.", "last Tuesday", "2024-06-11", D(2024, 6, 11), D(2024, 6, 12)),
    ],
)  # fmt: skip
def test_relative_dates_resolve_against_the_publication_date(text, quote, value, start, end):
    found = span(text, quote)
    assert (found.timex_value, found.start, found.end) == (value, start, end)
    assert found.anchor == "publication"


def test_weekdays_in_future_tense_are_the_coming_days():
    text = "The president will tour the flood zone on Tuesday and Wednesday."
    days = [span(text, "Tuesday"), span(text, "Wednesday")]
    assert [d.timex_value for d in days] == ["2024-06-18", "2024-06-19"]
    assert [d.weekday for d in days] == [1, 2]


@pytest.mark.parametrize(
    "text",
    [
        "A tremor shook the valley on Friday.",
        "Two men stole a van on Friday.",
        "Hikers found the cabin on Friday.",
        "The driver threw a bottle on Friday.",
        "The crowd grew on Friday.",
        "The mayor spoke to reporters on Friday.",
        "The Herons beat the Owls 3-1 on Friday.",
        "The coach quit on Friday.",
    ],
)
def test_a_weekday_after_an_irregular_past_verb_is_the_last_one(text):
    assert span(text, "Friday").timex_value == "2024-06-14"


@pytest.mark.parametrize(
    "text",
    [
        "A cyclist is dead after a crash on Friday.",
        "Two hikers are recovering after a fall on Friday.",
        "The pilot is in serious condition after a crash on Friday.",
        "A climber, hurt in a fall on Friday, is fighting for her life.",
    ],
)
def test_a_weekday_beside_a_state_only_a_past_event_leaves_is_the_last_one(text):
    assert span(text, "Friday").timex_value == "2024-06-14"


@pytest.mark.parametrize(
    "text",
    [
        "The pilot, now in stable condition, was expected to be discharged Friday.",
        "The pilot hopes to be discharged Friday.",
    ],
)
def test_a_participle_after_expected_to_be_is_the_future_not_a_past(text):
    assert span(text, "Friday").timex_value == "2024-06-21"


def test_a_day_that_owns_its_noun_after_by_takes_the_tense_not_the_prepositions():
    # "by Sunday" is a deadline, to come; "by Sunday's earthquake" is the quake's agent, past
    assert span("Homes were flattened by Friday's storm.", "Friday").timex_value == "2024-06-14"
    assert span("The repairs must be done by Friday.", "Friday").timex_value == "2024-06-21"


def test_weekday_with_its_date_is_one_date():
    found = span("The leaders will meet on Tuesday, June 18, in Pyongyang.", "Tuesday, June 18")
    assert (found.timex_value, found.weekday) == ("2024-06-18", 1)


def test_weekday_without_tense_cue_stays_a_weekday():
    found = span("Polls open Friday at dawn.", "Friday")
    assert found.anchor == "unresolved" and found.start is None
    assert found.weekday == 4 and found.timex_value == "XXXX-WXX-5"


def test_the_end_of_the_month_is_the_end_of_the_current_month():
    found = span("Voting ends at the end of the month.", "the end of the month")
    assert (found.timex_value, found.modifier, found.end) == ("2024-06", "END", D(2024, 7, 1))


def test_earlier_this_year_ends_at_the_publication_date():
    found = span("Two ferries sank earlier this year.", "earlier this year")
    assert found.timex_value == "2024" and (found.start, found.end) == (D(2024, 1, 1), DCT)


def test_tonight_is_a_time_of_the_publication_day():
    found = span("The count ends tonight.", "tonight")
    assert found.timex_type == "TIME" and found.timex_value == "2024-06-17TNI"


@pytest.mark.parametrize("word", ["now", "currently"])
def test_now_and_currently_are_the_present(word):
    found = span(f"The suspect is {word} in custody.", word)
    assert found.timex_value == "PRESENT_REF" and found.start == DCT


def test_bare_month_in_past_tense_is_the_latest_one():
    assert span("The tremor was recorded in September.", "September").timex_value == "2023-09"
    assert span("The vote will be held in September.", "September").timex_value == "2024-09"


# --------------------------------------------------------------------------
# Anchored to the text


def test_the_following_month_name_follows_the_previous_date():
    text = "The quake struck in March 2011. The following September, a new warning system was tested."
    found = span(text, "The following September")
    assert found.timex_value == "2011-09" and found.anchor == "text"


def test_shortly_after_takes_the_previous_date_with_after():
    text = "The tribunal was set up in October 2023. Shortly after, the first hearing was held."
    found = span(text, "Shortly after")
    assert found.timex_value == "2023-10" and found.modifier == "AFTER" and found.anchor == "text"


def test_later_that_year_is_the_year_of_the_previous_date():
    found = span("The levee broke in April 2019. Later that year, the town was rebuilt.", "Later that year")
    assert found.timex_value == "2019" and found.anchor == "text"


def test_the_following_may_is_the_month_after_the_previous_date():
    found = span("The dam was inspected in June 2021. The following May, it failed.", "The following May")
    assert found.timex_value == "2022-05" and found.anchor == "text"


def test_the_next_day_is_the_day_after_the_previous_date():
    found = span("The verdict came on 3 May 2022. The next day, the lawyers appealed.", "The next day")
    assert found.timex_value == "2022-05-04" and found.anchor == "text"


def test_weeks_later_after_a_year_is_only_after_that_year():
    found = span("The plant opened in 2010. Three weeks later, it closed.", "Three weeks later")
    assert (found.timex_value, found.modifier, found.anchor) == ("2010", "AFTER", "text")


def test_the_next_year_in_future_tense_counts_from_publication():
    found = span("In 2003 the party won. Turnout will rise in the next year, analysts said.", "the next year")
    assert (found.timex_value, found.anchor) == ("2025", "publication")


def test_the_next_day_without_a_previous_date_is_unresolved():
    found = span("The next day, the lawyers appealed.", "The next day")
    assert found.anchor == "unresolved" and found.start is None


def test_seconds_later_is_the_day_of_the_previous_date():
    found = span("The roof fell in on 3 May 2022. Seconds later, police arrived.", "Seconds later")
    assert found.timex_value == "2022-05-03"


def test_recently_and_the_future_are_references():
    assert span("The court recently ruled on the levy.", "recently").timex_value == "PAST_REF"
    assert span("More quakes are likely in the future.", "the future").timex_value == "FUTURE_REF"


def test_iso_date_with_time_is_a_time():
    found = span("The log shows 2024-06-18T12:45 as the moment of impact.", "2024-06-18T12:45")
    assert (found.timex_type, found.clock, found.start) == ("TIME", "12:45", D(2024, 6, 18))


def test_a_frequency_is_a_set():
    found = mention("The county holds the fair annually.", "annually").value
    assert isinstance(found, Duration) and (found.timex_type, found.timex_value) == ("SET", "P1Y")


# --------------------------------------------------------------------------
# Durations and windows


def test_years_as_a_duration():
    found = duration("The mine had been closed for 24 years.", "24 years")
    assert (found.low, found.high, found.unit, found.timex_value, found.signal) == (
        24,
        24,
        "year",
        "P24Y",
        "for",
    )


def test_adjectival_duration():
    found = duration("The two-day trial ended in acquittal.", "two-day")
    assert (found.low, found.high, found.unit, found.timex_value) == (2, 2, "day", "P2D")


@pytest.mark.parametrize(
    ("text", "quote", "amount", "unit"),
    [
        ("The crew waited an hour and a half for the ferry.", "an hour and a half", 1.5, "hour"),
        ("The crew waited two hours and a half.", "two hours and a half", 2.5, "hour"),
        ("The strike lasted a day and a half.", "a day and a half", 1.5, "day"),
        ("The strike lasted two and a half days.", "two and a half days", 2.5, "day"),
        ("The crew waited a half hour.", "a half hour", 0.5, "hour"),
        ("It was a half-hour wait.", "a half-hour", 0.5, "hour"),
        ("The crew waited half an hour.", "half an hour", 0.5, "hour"),
        ("The raid lasted a quarter of an hour.", "a quarter of an hour", 0.25, "hour"),
        ("The raid lasted three quarters of an hour.", "three quarters of an hour", 0.75, "hour"),
    ],
)
def test_halves_of_units_are_halves(text, quote, amount, unit):
    found = duration(text, quote)
    assert (found.low, found.high, found.unit) == (amount, amount, unit)


def test_a_unit_and_a_half_ago_is_not_a_whole_unit_ago():
    # a week and a half before a Monday is no one week of the calendar: left unresolved, not "a week ago"
    found = span("The depot closed a week and a half ago.", "a week and a half ago")
    assert (found.start, found.timex_value) == (None, "PAST_REF")


def test_less_than_five_years_is_zero_to_five():
    found = duration("It was his second conviction in less than five years.", "less than five years")
    assert (found.low, found.high, found.modifier, found.signal) == (0, 5, "LESS_THAN", "in")
    assert found.timex_value == "P5Y"


def test_more_than_a_decade_is_open_above():
    found = duration("The dispute lasted more than a decade.", "more than a decade")
    assert (found.low, found.high, found.unit, found.modifier) == (1, None, "decade", "MORE_THAN")
    assert found.timex_value == "P10Y"


def test_since_a_year_is_a_window_up_to_the_publication_date():
    found = span("It is the party's second win since 2019.", "2019")
    assert (found.start, found.end, found.signal, found.timex_value) == (D(2019, 1, 1), DCT, "since", "2019")


def test_since_reaches_across_a_determiner():
    found = span("It was her first win since the 2019 election.", "2019")
    assert (found.start, found.end, found.signal) == (D(2019, 1, 1), DCT, "since")


def test_a_preposition_before_a_possessive_day_is_the_nouns():
    # the toll is from the crash, not from Friday on: a day, not an open span
    found = span("The toll from Friday's ferry crash rose to nine.", "Friday")
    assert (found.start, found.signal) == (D(2024, 6, 14), None)
    assert span("It was her first win since Friday's vote.", "Friday").signal == "since"


def test_in_24_years_is_a_window_not_the_year_2048():
    text = "The town elected a woman for the first time in 24 years."
    found = resolve(text, DCT)
    assert [m.text for m in found] == ["24 years"]
    value = found[0].value
    assert isinstance(value, Duration)
    assert (value.low, value.high, value.unit, value.signal) == (24, 24, "year", "in")
    assert window_of(value, DCT) == (D(2000, 6, 17), DCT)


def test_later_than_is_a_difference_not_a_date():
    text = "The verdict is due on 3 May 2022. It came three days later than planned."
    found = duration(text, "three days")
    assert (found.low, found.unit) == (3, "day")


def test_over_the_past_two_decades():
    found = duration("Quakes have grown stronger over the past two decades.", "the past two decades")
    assert (found.low, found.high, found.unit, found.signal, found.timex_value) == (
        2,
        2,
        "decade",
        "over",
        "P20Y",
    )


def test_window_of_less_than_five_years_starts_five_years_back():
    value = duration("It was his second conviction in less than five years.", "less than five years")
    assert window_of(value, DCT) == (D(2019, 6, 17), DCT)


# --------------------------------------------------------------------------
# Clock times


def test_a_word_beginning_with_a_modal_is_no_future():
    found = span("Ana Ruiz won the mayoral race in Lima on Tuesday.", "Tuesday", D(2024, 6, 20))
    assert found.start == D(2024, 6, 18)


def test_clock_time_takes_the_day_named_in_its_sentence():
    found = span("The quake struck at 12:45 p.m. on 19 June 2024.", "12:45 p.m.")
    assert (found.timex_type, found.clock, found.timex_value) == ("TIME", "12:45", "2024-06-19T12:45")


def test_clock_time_on_an_unresolved_weekday_keeps_the_weekday():
    found = span("Police were called at 8.40am on Saturday.", "8.40am", None)
    assert (found.timex_value, found.weekday, found.start) == ("XXXX-WXX-6T08:40", 5, None)


def test_clock_time_takes_only_a_day_right_after_it():
    adjacent = span("The fire broke out at 2:30 a.m. on Sunday.", "2:30 a.m.", None)
    assert adjacent.timex_value == "XXXX-WXX-7T02:30"
    other_clause = "Police held Ivan Petrov from 2:30 a.m. until his release, with a final looming on Sunday."
    assert span(other_clause, "2:30 a.m.").timex_value == "2024-06-17T02:30"


def test_clock_time_alone_is_on_the_publication_day():
    found = span("The fire started at 3 a.m. in a warehouse.", "3 a.m.")
    assert (found.clock, found.timex_value) == ("03:00", "2024-06-17T03:00")


def test_noon():
    assert span("Polling stations close at noon.", "noon").timex_value == "2024-06-17T12:00"


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("Deputies were called at 2330 hours.", "2330 hours", "2024-06-17T23:30"),
        ("Shots were heard shortly before 0200 hrs on Sunday.", "0200 hrs", "2024-06-16T02:00"),
        ("Officers arrived around 0215 hours Saturday.", "0215 hours", "2024-06-15T02:15"),
    ],
)
def test_police_time_in_hours_is_a_clock_time(text: str, quote: str, value: str) -> None:
    found = span(text, quote)
    assert (found.timex_type, found.timex_value) == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("Shots rang out at 10:15 Saturday night.", "10:15 Saturday night", "2024-06-15T22:15"),
        ("It happened around 2:30 this morning.", "2:30 this morning", "2024-06-17T02:30"),
        ("He was found at 9:30 last night.", "9:30 last night", "2024-06-16T21:30"),
        ("Officers came at 5:15 Saturday afternoon.", "5:15 Saturday afternoon", "2024-06-15T17:15"),
        ("The shop opened at 12:10 Saturday morning.", "12:10 Saturday morning", "2024-06-15T00:10"),
        # the small hours of a night named are the next day's
        ("Shots rang out at 1:30 Saturday night.", "1:30 Saturday night", "2024-06-16T01:30"),
        ("Shots rang out at 12:15 Saturday night.", "12:15 Saturday night", "2024-06-16T00:15"),
    ],
)
def test_a_clock_time_its_part_of_the_day_follows_is_before_or_after_noon_by_it(
    text: str, quote: str, value: str
) -> None:
    found = span(text, quote)
    assert (found.timex_type, found.timex_value) == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # an hour its part of the day cannot hold, and a night's small hours with no day named
        ("The match kicked off at 13:45 Saturday afternoon.", "Saturday afternoon"),
        ("He left at 2:30 at night.", None),
    ],
)
def test_a_clock_time_its_part_of_the_day_cannot_place_is_not_read_by_it(
    text: str, quote: str | None
) -> None:
    assert [m.text for m in resolve(text, DCT) if ":" in m.text] == []
    if quote is not None:
        assert span(text, quote).clock is None


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # the report is of Monday 2024-06-17: a past sentence's holiday is the last one
        ("He was shot on Christmas Eve.", "Christmas Eve", "2023-12-24"),
        ("She died on New Years Day.", "New Years Day", "2024-01-01"),
        ("The store was robbed on Easter Sunday.", "Easter Sunday", "2024-03-31"),
        ("He was killed on Memorial Day.", "Memorial Day", "2024-05-27"),
        ("He was shot on Father\u2019s Day.", "Father\u2019s Day", "2024-06-16"),
        # a future sentence's is the next
        ("The parade will be held on the Fourth of July.", "the Fourth of July", "2024-07-04"),
        ("The trial will begin after Thanksgiving.", "Thanksgiving", "2024-11-28"),
        ("He was shot on Halloween night.", "Halloween night", "2023-10-31TNI"),
    ],
)
def test_a_holiday_is_its_day_of_the_year_the_tense_allows(text: str, quote: str, value: str) -> None:
    assert span(text, quote).timex_value == value


@pytest.mark.parametrize(
    "text",
    ["We went Christmas shopping.", "Police linked it to the Easter Sunday shooting.", "A Halloween party."],
)
def test_a_holiday_not_after_a_word_that_dates_dates_nothing(text: str) -> None:
    assert [
        m.text for m in resolve(text, DCT) if "Easter" in m.text or "mas" in m.text or "ween" in m.text
    ] == []


def test_easter_is_the_computus_date():
    from factcheck.extract.timex.holidays import easter

    assert [easter(year) for year in (2015, 2016, 2024, 2025)] == [
        D(2015, 4, 5),
        D(2016, 3, 27),
        D(2024, 3, 31),
        D(2025, 4, 20),
    ]


def test_four_digit_hours_without_a_time_cue_stay_a_duration():
    assert duration("The crew logged 1200 hours of flight.", "1200 hours").low == 1200


def test_utc_is_kept_as_z():
    assert span("The tremor was recorded at 18:00 UTC.", "18:00 UTC").timex_value == "2024-06-17T18:00Z"


# --------------------------------------------------------------------------
# Without a publication date


def test_without_publication_date_absolute_resolves_and_relative_does_not():
    found = resolve("The flood came in July 2000 and again last year.", None)
    assert [m.text for m in found] == ["July 2000", "last year"]
    assert found[0].value.timex_value == "2000-07"
    assert found[1].value.anchor == "unresolved" and found[1].value.start is None


def test_without_publication_date_a_weekday_stays_a_weekday():
    found = span("The jury acquitted him on Friday.", "Friday", None)
    assert found.anchor == "unresolved" and found.weekday == 4 and found.timex_value == "XXXX-WXX-5"


# --------------------------------------------------------------------------
# Not time expressions


@pytest.mark.parametrize(
    "text",
    [
        "The ship carried 11,000 containers of munitions.",
        "The plane fell 2,000 feet before the pilot recovered.",
        "He was ordered to pay $2019 in fines.",
        "About 2000 people fled the fire.",
        "Police said protesters may march on the capital.",
        "May the court show mercy, his mother pleaded.",
        "March organisers expect thousands of people.",
        "The Sun reported the crash first.",
        "The victim, aged 24, was a nurse.",
        "The 24-year-old driver was arrested.",
        "It was the second hearing of the case.",
        "Voters went to the polls for the first time.",
        "One of the jurors was dismissed.",
        "He won about a quarter of the vote.",
        "Shots were fired in the 1900 block of Elm Street.",
        "The suspect lived at 2010 Lake Shore Drive.",
        "Remy Ostrow picked off a pass in the third quarter.",
        "Tomas Brill scored on a 5-yard run late in the fourth quarter.",
    ],
)
def test_not_a_time_expression(text):
    assert resolve(text, DCT) == []


# --------------------------------------------------------------------------
# Claims from a source


def _source(text: str, published: dt.date | None = DCT) -> Source:
    return Source(id="quake", path="quake.txt", text=text, published=published, content_hash="x")


def test_find_times_makes_claims_of_content_segments_only():
    text = "Share this article\nThe quake struck on Friday. The next day, aftershocks followed for two hours."
    source = _source(text)
    first_end = text.index("\n")
    second = text.index("The quake")
    third = text.index("The next")
    segments = [
        Segment(source="quake", index=0, start=0, end=first_end, text=text[:first_end], content=False),
        Segment(source="quake", index=1, start=second, end=third - 1, text=text[second : third - 1]),
        Segment(source="quake", index=2, start=third, end=len(text), text=text[third:]),
    ]
    claims = find_times(source, segments)
    assert [(c.quote, c.kind) for c in claims] == [
        ("Friday", "time"),
        ("The next day", "time"),
        ("two hours", "duration"),
    ]
    friday, next_day, hours = claims
    assert friday.value.timex_value == "2024-06-14" and next_day.value.timex_value == "2024-06-15"
    assert friday.id == f"quake:{friday.start}-{friday.end}:time"
    assert (next_day.sentence_start, next_day.sentence_end) == (third, len(text))
    assert hours.value.timex_value == "PT2H" and hours.predicate == "duration"
    for claim in claims:
        assert text[claim.start : claim.end] == claim.quote


def test_find_times_skips_duplicate_segments():
    text = "The quake struck on Friday.\nThe quake struck on Friday."
    source = _source(text)
    half = text.index("\n")
    segments = [
        Segment(source="quake", index=0, start=0, end=half, text=text[:half]),
        Segment(
            source="quake", index=1, start=half + 1, end=len(text), text=text[half + 1 :], duplicate_of=0
        ),
    ]
    assert [c.start for c in find_times(source, segments)] == [text.index("Friday")]


# --------------------------------------------------------------------------
# Properties

_WORDS = st.sampled_from(
    "June 19 2024 - 20 , . since in last next this the following Friday Tuesday will was years year ago later "
    "less than more a two-day decade 1990s early mid- 20th century spring Q1 quarter of at 12:45 p.m. UTC noon "
    "yesterday today now May March from to between and 24 0 99 31/12/99 2024-02-30 Shortly after that day $ 11,000 "
    "\n seconds hours the past 9999 1000 FY2007 weekend first week following next May century".split(" ")
)
_TEXTS = st.one_of(st.text(max_size=200), st.lists(_WORDS, max_size=40).map(" ".join))
_DCTS = st.one_of(st.none(), st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31)), st.dates())


@settings(max_examples=300, deadline=None)
@given(_TEXTS, _DCTS)
def test_resolve_never_raises_and_spans_index_the_text(text, dct):
    for found in resolve(text, dct):
        assert 0 <= found.start < found.end <= len(text)
        assert text[found.start : found.end] == found.text
        assert found.value.timex_value


@settings(max_examples=100, deadline=None)
@given(_TEXTS, _DCTS)
def test_resolve_is_deterministic(text, dct):
    assert resolve(text, dct) == resolve(text, dct)


@settings(max_examples=100, deadline=None)
@given(_TEXTS, _DCTS)
def test_find_times_claims_index_the_source_within_their_sentence(text, dct):
    source = _source(text, dct)
    for claim in find_times(source, segment_source(source)):
        assert text[claim.start : claim.end] == claim.quote
        assert claim.sentence_start <= claim.start < claim.end <= claim.sentence_end


def test_that_year_after_a_decade_is_an_unknown_year() -> None:
    # found by the property test below: "that year" finer than its anchor "the 1990s" has no value
    value = span("In the 1990s the mill closed. That year, the town shrank.", "That year", dct=None)
    assert (value.timex_value, value.granularity, value.start) == ("XXXX", "year", None)


def test_a_whole_number_and_a_fraction_is_one_duration_and_the_denominator_is_none():
    found = [
        (m.text, m.value.low)
        for m in resolve("He got 2 1/2 years, then a 3-1/2 year term.", dt.date(2020, 1, 1))
    ]
    assert found == [("2 1/2 years", 2.5), ("3-1/2 year", 3.5)]
