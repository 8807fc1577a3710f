"""FC103 clock-time-mismatch: times of day widened by how they are written."""

from __future__ import annotations

import datetime as dt

from claim_builders import time_claim

from factcheck.compare.rules import RuleContext
from factcheck.compare.rules.clock import check, window
from factcheck.records import TimeSpan

DAY = dt.date(2023, 5, 20)


def _clock(source_id: str, text: str, quote: str, clock: str, on: dt.date | None = DAY):
    span = TimeSpan(
        start=on,
        end=on + dt.timedelta(days=1) if on else None,
        granularity="time",
        clock=clock,
        timex_type="TIME",
        timex_value=f"T{clock}",
    )
    return time_claim(source_id, quote, span, None, text=text)


def _context(*claims_and_texts):
    return RuleContext({}, {sid: text for sid, text in claims_and_texts})


def test_hedges_widen_a_time_by_how_it_is_written():
    texts = (
        ("a", "It began about 9:15 p.m."),
        ("b", "It began shortly before 9 p.m."),
        ("c", "It began at 8:49 p.m."),
        ("d", "It began at 8:45 p.m."),
    )
    ctx = _context(*texts)
    assert window(_clock("a", texts[0][1], "9:15 p.m.", "21:15"), ctx) == (21 * 60 + 5, 21 * 60 + 25)
    assert window(_clock("b", texts[1][1], "9 p.m.", "21:00"), ctx) == (20 * 60 + 30, 21 * 60)
    assert window(_clock("c", texts[2][1], "8:49 p.m.", "20:49"), ctx) == (20 * 60 + 46, 20 * 60 + 52)
    assert window(_clock("d", texts[3][1], "8:45 p.m.", "20:45"), ctx) == (20 * 60 + 40, 20 * 60 + 50)


def test_two_times_off_the_five_minutes_are_exact_to_a_few_minutes():
    texts = ("a", "It struck at 4:12 a.m."), ("b", "It struck at 4:21 a.m."), ("c", "It struck at 4:15 a.m.")
    a, b, c = (_clock(sid, text, text[13:], f"04:{text[15:17]}") for sid, text in texts)
    ctx = _context(*texts)
    assert check(a, b, ctx) is not None and check(b, a, ctx) is not None
    assert check(a, c, ctx) is None and check(b, c, ctx) is None  # 4:15 may be 4:12 or 4:21, rounded


def test_half_an_hour_apart_is_a_conflict_both_ways():
    texts = ("a", "It began about 1 a.m."), ("b", "It began about 1:30 a.m.")
    a, b = _clock("a", texts[0][1], "1 a.m.", "01:00"), _clock("b", texts[1][1], "1:30 a.m.", "01:30")
    ctx = _context(*texts)
    assert check(a, b, ctx) is not None and check(b, a, ctx) is not None


def test_a_round_hour_and_a_close_minute_agree():
    texts = ("a", "It began around 9 p.m."), ("b", "It began at 8:49 p.m.")
    a, b = _clock("a", texts[0][1], "9 p.m.", "21:00"), _clock("b", texts[1][1], "8:49 p.m.", "20:49")
    assert check(a, b, _context(*texts)) is None


def test_times_in_two_zones_are_not_compared():
    texts = ("a", "It began at 20:49 GMT."), ("b", "It began at 3:49 p.m. EST.")
    a = _clock("a", texts[0][1], "20:49 GMT", "20:49")
    b = _clock("b", texts[1][1], "3:49 p.m. EST", "15:49")
    assert check(a, b, _context(*texts)) is None


def test_a_time_in_gmt_is_not_compared_with_a_time_of_no_zone_but_one_in_et_is():
    texts = ("a", "It began at 0910 GMT."), ("b", "It began at 4:10 p.m.")
    a = _clock("a", texts[0][1], "0910 GMT", "09:10")
    b = _clock("b", texts[1][1], "4:10 p.m.", "16:10")
    assert check(a, b, _context(*texts)) is None
    texts = ("a", "It began at 7:55 p.m. ET."), ("b", "It began at 8:55 p.m.")
    a = _clock("a", texts[0][1], "7:55 p.m. ET", "19:55")
    b = _clock("b", texts[1][1], "8:55 p.m.", "20:55")
    assert check(a, b, _context(*texts)) is not None


def test_times_on_different_days_are_left_to_the_date_rules():
    texts = ("a", "It began at 9 p.m."), ("b", "It began at 11 p.m.")
    a = _clock("a", texts[0][1], "9 p.m.", "21:00")
    b = _clock("b", texts[1][1], "11 p.m.", "23:00", on=DAY + dt.timedelta(days=1))
    assert check(a, b, _context(*texts)) is None


def test_times_that_each_took_their_day_from_nearby_words_are_compared_as_of_one_day():
    texts = ("a", "It began at 9 p.m."), ("b", "On Monday, the toll rose. It began at 11 p.m.")
    a = _clock("a", texts[0][1], "9 p.m.", "21:00")
    b = _clock("b", texts[1][1], "11 p.m.", "23:00", on=DAY + dt.timedelta(days=1))
    a, b = (c.model_copy(update={"value": c.value.model_copy(update={"anchor": "text"})}) for c in (a, b))
    assert check(a, b, _context(*texts)) is not None


def test_times_written_with_their_weekdays_on_consecutive_days_are_one_stretch_of_time():
    texts = ("a", "It began at 11:30 p.m. Saturday."), ("b", "It began at 1 a.m. Sunday.")
    sunday = DAY + dt.timedelta(days=1)
    a = _clock("a", texts[0][1], "11:30 p.m. Saturday", "23:30")
    b = _clock("b", texts[1][1], "1 a.m. Sunday", "01:00", on=sunday)
    ctx = _context(*texts)
    found = check(a, b, ctx)
    assert found is not None and check(b, a, ctx) is not None
    assert "Saturday 23:25-23:35" in found.explanation and "Sunday 00:55-01:05" in found.explanation
    close = ("c", "It began at 12:05 a.m. Sunday.")
    c = _clock("c", close[1], "12:05 a.m. Sunday", "00:05", on=sunday)
    late = _clock("a", "It began at 11:58 p.m. Saturday.", "11:58 p.m. Saturday", "23:58")
    assert check(late, c, _context(("a", "It began at 11:58 p.m. Saturday."), close)) is None


def test_times_a_few_minutes_apart_across_midnight_agree():
    texts = ("a", "It began at 11:55 p.m."), ("b", "It began at 12:02 a.m.")
    a, b = _clock("a", texts[0][1], "11:55 p.m.", "23:55"), _clock("b", texts[1][1], "12:02 a.m.", "00:02")
    ctx = _context(*texts)
    assert check(a, b, ctx) is None and check(b, a, ctx) is None


def test_times_far_apart_on_either_side_of_midnight_still_conflict():
    texts = ("a", "It began at 10 p.m."), ("b", "It began at 2 a.m.")
    a, b = _clock("a", texts[0][1], "10 p.m.", "22:00"), _clock("b", texts[1][1], "2 a.m.", "02:00")
    assert check(a, b, _context(*texts)) is not None


def _part(source_id: str, text: str, quote: str, part: str):
    span = TimeSpan(
        start=DAY,
        end=DAY + dt.timedelta(days=1),
        granularity="day",
        timex_type="TIME",
        timex_value=f"{DAY.isoformat()}T{part}",
    )
    return time_claim(source_id, quote, span, None, text=text)


def test_a_clock_time_outside_the_part_of_the_day_conflicts():
    texts = ("a", "He was held Saturday evening."), ("b", "He gave himself up shortly after 1 p.m.")
    evening = _part("a", texts[0][1], "Saturday evening", "EV")
    two = _clock("b", texts[1][1], "1 p.m.", "13:00")
    ctx = _context(*texts)
    assert window(evening, ctx) == (16 * 60, 24 * 60 - 1)
    assert check(evening, two, ctx) is not None and check(two, evening, ctx) is not None


def test_a_clock_time_near_four_meets_an_evening():
    # an evening starts early in winter: "about 4:05 p.m." and "Monday evening" may be one moment
    texts = ("a", "Officers responded Monday evening."), ("b", "Officers were called around 4:05 p.m.")
    evening = _part("a", texts[0][1], "Monday evening", "EV")
    four = _clock("b", texts[1][1], "4:05 p.m.", "16:05")
    ctx = _context(*texts)
    assert check(evening, four, ctx) is None and check(four, evening, ctx) is None


def test_a_clock_time_after_midnight_is_in_the_morning_and_the_night():
    texts = (
        ("a", "It happened early Saturday morning."),
        ("b", "It happened at 1:30 a.m."),
        ("c", "Saturday night"),
    )
    ctx = _context(*texts)
    early = _clock("b", texts[1][1], "1:30 a.m.", "01:30")
    assert check(_part("a", texts[0][1], "Saturday morning", "MO"), early, ctx) is None
    assert check(_part("c", texts[2][1], "Saturday night", "NI"), early, ctx) is None


def test_two_parts_of_the_day_are_not_compared():
    texts = ("a", "It happened Saturday morning."), ("b", "It happened Saturday evening.")
    ctx = _context(*texts)
    assert (
        check(
            _part("a", texts[0][1], "Saturday morning", "MO"), _part("b", texts[1][1], "evening", "EV"), ctx
        )
        is None
    )


def test_a_part_of_the_day_is_described_and_given_as_a_time_of_day_by_its_name():
    from factcheck.compare.facts import plain_value
    from factcheck.values import describe

    evening = _part("a", "He was held Saturday evening.", "Saturday evening", "EV")
    assert describe(evening) == "2023-05-20 (Saturday) evening"
    assert plain_value(evening, "time") == "evening"
    assert plain_value(evening, "date") == "2023-05-20"  # the date fact keeps its date
