"""compare.naming: facts in plain words, never an internal key."""

from __future__ import annotations

from factcheck.compare.naming import event_phrase, series_phrase, slot_name


def test_an_event_key_reads_as_words():
    assert event_phrase("visit:ana_ruiz>peru") == "Ana Ruiz's visit to Peru"
    assert event_phrase("shoot:>leeds") == "the shooting in Leeds"
    assert event_phrase("shoot:") == "the shooting"
    assert event_phrase("die:jane_doe") == "Jane Doe's death"


def test_a_series_is_named_in_the_plural():
    assert series_phrase("visit:ana_ruiz>peru") == "Ana Ruiz's visits to Peru"


def test_slot_names_have_no_key_syntax():
    names = [
        slot_name(("time", "die:jane_doe", "once")),
        slot_name(("quantity", "crash:bus>bridge", "count", "people killed", "current")),
        slot_name(("age", "jo reed")),
        slot_name(("title", "chancellor", "", "14")),
        slot_name(("place", "crash:bus", "current")),
    ]
    assert names == [
        "the time of Jane Doe's death",
        "the number of people killed in Bus's crash in Bridge",
        "the age of Jo Reed",
        "who is the 14th chancellor",
        "the place of Bus's crash",
    ]
    assert not any(mark in name for name in names for mark in (":", ">", "_"))
