"""compare.towns: which town the reports place their incident in, on invented reports."""

from __future__ import annotations

import datetime as dt

from claim_builders import source

from factcheck.compare import compare
from factcheck.compare.towns import region_of_story, states_written
from factcheck.extract.claims import canonicalise_claims, claims_of
from factcheck.extract.gazetteer import namesakes, place_names, states

SUNDAY = dt.date(2023, 4, 16)


def _places(*texts: str) -> list:
    sources = [source(chr(ord("a") + i), text, SUNDAY) for i, text in enumerate(texts)]
    claims = canonicalise_claims([c for s in sources for c in claims_of(s)])
    facts = {f.attribute: f for f in compare(sources, claims).facts if f.subject is None}
    return [v.value for v in facts["place"].values] if "place" in facts else []


def test_namesakes_are_every_city_of_a_name_with_its_state_and_place():
    found = namesakes("Hyde Park")
    assert {(p.country, p.region) for p in found} >= {("US", "IL"), ("US", "MA")}
    assert all(p.latitude and p.longitude for p in found)
    assert namesakes("Chicago") == (place_names()["chicago"],)
    assert namesakes("Nowhere Particular") == ()
    assert states()["IL"] == "Illinois"


def test_a_state_is_read_from_its_name_code_or_abbreviation():
    assert states_written("Illinois") == {"IL"}
    assert states_written("IL") == {"IL"}
    assert states_written("Ill.") == {"IL"}
    assert states_written("N.J.") == {"NJ"}
    assert states_written("W.Va.") == {"WV"}
    assert states_written("Ala.") == {"AL", "AK"}  # an abbreviation may fit several
    assert states_written("Jr.") == set() and states_written("Smith") == set()
    # a state's name that is also a bigger city's may name the city
    assert states_written("Washington") == set()


def test_the_storys_region_is_where_two_of_its_names_agree():
    assert region_of_story(["Hyde Park", "Chicago"]) == ("US", "IL")
    assert region_of_story(["Hyde Park"]) is None  # Illinois or Massachusetts
    assert region_of_story(["Bridgeport"], ["Shots rang out in Wakefield, Ill., at noon."]) == ("US", "IL")
    assert region_of_story(["Chicago", "Boston"]) is None


def test_a_district_of_a_city_the_story_names_stands_for_the_city():
    places = _places(
        "A man was shot in Hyde Park on Friday night, Chicago police said.",
        "A man was wounded in a shooting in Hyde Park on Friday.",
    )
    assert places == ["Chicago"]


def test_a_town_known_only_in_another_state_is_not_the_incidents():
    # "Bridgeport" is a town in Connecticut and a district of Chicago: in a story set in Illinois,
    # the street or district of that name is not the Connecticut town
    places = _places(
        "A woman was shot in Bridgeport on Saturday, police in Chicago, Ill., said.",
        "A woman was hurt in a shooting in Bridgeport on Saturday. Illinois state police assisted.",
    )
    assert "Bridgeport" not in places


def test_a_town_with_its_own_police_is_no_district():
    places = _places(
        "A man was shot in Everett on Friday, Everett police said. He was taken to a Boston hospital.",
        "A man was wounded in a shooting in Everett on Friday.",
    )
    assert places == ["Everett"]


def test_the_town_of_a_hospital_is_not_the_incidents():
    places = _places("A man was shot on Friday and was taken to Mercy Hospital in Amarillo. He died there.")
    assert "Amarillo" not in places


def test_in_the_story_of_a_death_the_hospital_where_it_came_is_its_place():
    places = _places(
        "Painter Ivo Tamm has died at 88. Tamm died on Monday at a hospital in Amarillo.",
        "The painter Ivo Tamm died on Monday at his home in Odessa. He was 88.",
    )
    assert sorted(places) == ["Amarillo", "Odessa"]


def test_in_the_story_of_a_check_in_the_clinic_it_was_made_at_is_its_place():
    places = _places(
        "Singer Dana Quist checked into a rehab clinic in Amarillo on Sunday, her agent said.",
        "Dana Quist entered a treatment center in Odessa on Sunday.",
    )
    assert sorted(places) == ["Amarillo", "Odessa"]


def test_a_participants_surname_is_not_a_town():
    places = _places(
        "Orvin Houston, 44, was shot on Friday in Odessa. A neighbour fired at Houston after a quarrel."
    )
    assert places == ["Odessa"]


def test_the_people_of_a_whole_report_are_looked_for_only_when_a_town_may_be_a_surname(monkeypatch):
    """Whether a town is a participant's surname asks which people its report names, a search of the
    whole text; a town that is no participant's surname needs none."""
    from factcheck.compare import frame

    asked: list[str] = []
    real = frame.StoryFrame.people_in

    def people_in(self, text):  # noqa: ANN001, ANN202
        asked.append(text)
        return real(self, text)

    monkeypatch.setattr(frame.StoryFrame, "people_in", people_in)
    houston = "Orvin Houston, 44, was shot on Friday in Odessa. A neighbour fired at Houston after a quarrel."
    assert _places(houston) == ["Odessa"]
    assert houston in asked  # "Houston" may be a town: the report's people are looked for
    asked.clear()
    tallow = "Orvin Tallow, 44, was shot on Friday in Odessa. A neighbour fired at Tallow after a quarrel."
    assert _places(tallow) == ["Odessa"]
    assert tallow not in asked  # no participant is called Odessa


def test_two_streets_of_a_crossing_are_not_towns():
    places = _places("Two men were shot on Friday near Houston and Yakima avenues in Abilene.")
    assert places == ["Abilene"]


def test_the_town_of_the_police_that_investigate_beats_a_stations_dateline():
    places = _places(
        "AMARILLO, Texas (April 16, 2023) - Police in Odessa are investigating a shooting at a bar on Sunday.",
        "Odessa police said four people were hurt in a shooting at a bar on Sunday.",
    )
    assert places == ["Odessa"]


def test_the_storys_words_are_read_without_a_list_of_them_all() -> None:
    """The district test reads the story's words between spaces: a list of every word of a story of
    5,000 sources was 50 MB, and its folded text was kept in fold's cache."""
    import re
    import tracemalloc

    from factcheck.compare.towns import _words
    from factcheck.extract.gazetteer import fold

    texts = {
        f"s{n}": f"SPRINGFIELD \u2014 Shots in Jamaica Plain, Boston (report {n}). " * 40 for n in range(300)
    }
    size = sum(map(len, texts.values()))
    cached = fold.cache_info().currsize
    tracemalloc.start()
    try:
        words = _words(texts.values())
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert fold.cache_info().currsize == cached
    assert words == " ".join(re.findall(r"[a-z0-9]+", fold(" ".join(texts.values()))))
    assert peak < 3 * size


def test_the_town_of_the_force_that_speaks_of_the_incident_is_its_place():
    assert _places(
        "A man was found shot in a parked car on Saturday, the Bradford Police Department said."
    ) == ["Bradford"]


def test_a_town_the_gazetteer_does_not_know_is_the_place_when_the_story_writes_it_as_a_town():
    shot = "Two men were shot in Dunmarrow on Friday."
    assert _places(shot, "DUNMARROW, Ark. - Two men were wounded in a shooting on Friday.") == ["Dunmarrow"]
    assert _places(shot, "Two men were shot on Friday, the Dunmarrow police chief said.") == ["Dunmarrow"]
    # two reports that place the incident in the name, in its own clause, say it is a place
    assert _places(shot, "Two men were wounded in a shooting in Dunmarrow on Friday.") == ["Dunmarrow"]
    assert _places(shot) == []  # a name one report gives alone may be a farm's or a club's


def test_a_town_the_gazetteer_knows_comes_before_one_it_does_not():
    assert _places(
        "Two men were shot in Dunmarrow, Ark., on Friday.", "Two men were shot in Little Rock on Friday."
    ) == ["Little Rock"]


def test_a_county_named_after_a_town_does_not_count_as_the_town_named():
    # three reports write "Boise", but two only in a county's name: the first report's place is the
    # town its own clause names, which two reports name, not its dateline's
    assert _places(
        "BOISE, Idaho - A man was shot in Nampa on Friday.",
        "A man was shot in Nampa on Friday. Boise County deputies assisted.",
        "A man was hurt in a shooting on Friday. Boise County deputies assisted.",
    ) == ["Nampa"]


def test_only_the_most_claimed_unknown_names_are_looked_for_in_every_report(monkeypatch):
    import factcheck.compare.towns as towns_module

    looked_for = []
    written = towns_module._written_as_a_town
    monkeypatch.setattr(
        towns_module,
        "_written_as_a_town",
        lambda name, texts: looked_for.append(name) or written(name, texts),
    )
    names = [f"Vrel{chr(ord('a') + i)}{chr(ord('a') + j)}" for i in range(6) for j in range(6)]
    reports = [f"A man was shot in {name} on Friday." for name in names]
    assert _places(*reports, "VRELAA, Ark. - A man was shot on Friday.") == ["Vrelaa"]
    assert len(looked_for) <= 20


def test_a_name_written_after_city_of_is_a_town_only_in_the_same_clause():
    from factcheck.compare.towns import _written_as_a_town

    before = "Crews worked through the night, and residents gathered at a church. " * 30
    assert _written_as_a_town("Vrelby", [before + "A man was shot in the City of  Vrelby on Friday."]) == 2
    # "city of" cut off from the name by a clause mark does not make it a town's name
    assert _written_as_a_town("Vrelby", [before + "He loved the city of; Vrelby was home."]) == 0


def test_a_town_written_before_the_place_it_happened_at_is_the_incidents():
    places = _places(
        "Two cooks were wounded by gunfire outside a Dayton bar on Friday night.",
        "Officers said both cooks were hit on Dayton's north side on Friday.",
    )
    assert places == ["Dayton"]


def test_a_town_written_before_the_hospital_the_wounded_were_taken_to_is_not_the_incidents():
    places = _places("A man was shot on Friday and later died at a Dayton hospital.")
    assert places == []


def test_a_town_after_the_incident_told_past_where_the_wounded_were_taken_is_the_incidents():
    places = _places("Four people were taken to hospitals with wounds after a shooting in Dayton on Friday.")
    assert places == ["Dayton"]


def test_a_town_a_report_says_is_its_place_ranks_before_one_that_has_no_evidence():
    from types import SimpleNamespace

    from factcheck.compare.towns import best_place_in_each_source

    placed = SimpleNamespace(source="a", start=40, value=SimpleNamespace(name="Dayton"))
    unplaced = SimpleNamespace(source="a", start=5, value=SimpleNamespace(name="Dayton"))
    strength = {40: 0, 5: None}
    kept = best_place_in_each_source(
        [unplaced, placed], {"a": "In Dayton ... a shooting in Dayton"}, lambda c: strength[c.start]
    )
    assert kept == [unplaced, placed]


def test_a_makers_name_before_what_it_made_is_no_place_though_a_town_has_it():
    places = _places("Gunfire hit a cook sitting in a Pontiac sedan in Ferndale, Mich., on Friday night.")
    assert places == ["Ferndale"]


def test_a_neighborhood_of_a_town_is_the_town_where_one_named_for_it_is_not():
    assert _places("A man was wounded in a shooting in a Dayton neighborhood on Friday.") == ["Dayton"]
    assert _places("A man was wounded in an east Dayton neighborhood on Friday.") == ["Dayton"]
    # "the Dayton neighborhood" of a city is one named Dayton, not the town
    assert _places("A man was wounded in the Dayton neighborhood on Friday.") == []
