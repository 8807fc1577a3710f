"""compare.naming: facts in plain words, never an internal key."""

from __future__ import annotations

from factcheck.compare.naming import event_phrase, series_phrase, slot_name


def test_an_event_key_reads_as_words():
    assert event_phrase("visit:ana_ruiz>peru") == "Ana Ruiz's visit to Peru"
    assert event_phrase("shoot:>leeds") == "the shooting in Leeds"
    assert event_phrase("shoot:") == "the shooting"
    assert event_phrase("die:jane_doe") == "Jane Doe's death"
    assert event_phrase("born:>leeds") == "the birth in Leeds"


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


def test_a_count_is_named_by_its_noun_in_the_plural():
    # the alignment's keys fold plurals away ("games" -> "game"); the fact's name gives them back
    names = [
        slot_name(("quantity", "injure:lena_fisk", "count", key, "current"))
        for key in (
            "game",
            "public comment",
            "shot fired",
            "vehicle struck",
            "injury",
            "people killed",
            "arrested",
        )
    ]
    assert [name.split(" in ")[0] for name in names] == [
        "the number of games",
        "the number of public comments",
        "the number of shots fired",
        "the number of vehicles struck",
        "the number of injuries",
        "the number of people killed",
        "the number of people arrested",  # the key's "people" folded away as filler
    ]


def test_the_shots_someone_fired_are_named_by_who_fired_them():
    assert slot_name(("quantity", "fire:ana_holt", "count", "shot fired", "current")) == (
        "the number of shots fired by Ana Holt"
    )
    assert slot_name(("quantity", "fire:", "count", "shot fired", "current")) == (
        "the number of shots fired in the firing"
    )


def test_legal_counts_are_named_as_counts_of_the_offence():
    name = slot_name(("quantity", "charge:lena_fisk", "count", "count burglary", "current"))
    assert name.startswith("the number of counts of burglary in ")


def test_an_occasion_other_than_the_story_reads_as_a_time():
    def occasion(key: str) -> str:
        return slot_name(("quantity", "injure:lena_fisk", "count", "game", key)).split("injury")[1]

    assert occasion("current") == ""
    assert occasion("2009-2009") == " (in 2009)"
    assert occasion("2007-2009") == " (in 2007 to 2009)"
    assert occasion("unresolved XXXX-03-07") == " (on March 7)"
    assert occasion("unresolved XXXX-11") == " (in November)"
    assert occasion("unresolved XXXX-WXX-2") == " (at another time)"


def test_a_measure_named_by_its_thing_is_not_named_twice():
    assert (
        slot_name(("quantity", "the story", "magnitude", "magnitude", "current"))
        == "the magnitude in the story"
    )
    assert (
        slot_name(("quantity", "the story", "length", "distance from tarrow", "current"))
        == "the distance from tarrow in the story"
    )
    assert slot_name(("quantity", "the story", "length", "depth", "current")) == "the depth in the story"
    assert slot_name(("quantity", "the story", "mass", "weight", "current")) == "the weight in the story"
    assert slot_name(("quantity", "the story", "percent", "turnout", "current")) == "the turnout in the story"
    assert slot_name(("quantity", "the story", "percent", "premium", "current")) == "the premium in the story"
    assert (
        slot_name(("quantity", "run:jo_reed", "length", "touchdown run", "current"))
        == "the length of touchdown run in Jo Reed's run"
    )


def test_a_sum_of_money_is_named_as_the_value_of_its_deal():
    assert (
        slot_name(("quantity", "the story", "money", "deal", "current"))
        == "the value of the deal in the story"
    )


def test_the_sum_of_the_damage_is_named_as_its_cost():
    assert (
        slot_name(("quantity", "the story", "money", "damage", "current"))
        == "the cost of the damage in the story"
    )


def test_the_worth_of_a_haul_is_named_as_what_was_stolen():
    assert (
        slot_name(("quantity", "the story", "money", "haul", "current"))
        == "the value of what was stolen in the story"
    )


def test_an_incident_done_to_a_person_is_of_them_and_one_done_somewhere_is_in_it() -> None:
    assert event_phrase("kill:>ola_dunn", people={"ola_dunn"}) == "the killing of Ola Dunn"
    assert event_phrase("shoot:al_ray>ola_dunn", people={"ola_dunn"}) == "Al Ray's shooting of Ola Dunn"
    assert event_phrase("shoot:>kelby", people={"ola_dunn"}) == "the shooting in Kelby"
    key = ("quantity", "kill:>ola_dunn", "length", "fall distance", "current")
    assert slot_name(key, people={"ola_dunn"}) == "the fall distance in the killing of Ola Dunn"
