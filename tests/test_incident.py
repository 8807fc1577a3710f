"""compare.incident: the story's incident, and the pages of a story that do not tell it."""

from __future__ import annotations

from claim_builders import source

from factcheck.compare.incident import incident_class, of_another_incident, storyless_sources
from factcheck.compare.lexicon import names_an_event
from factcheck.read.segment import segment_source

_REPORT = "A man was shot on Pell Road in Tarnby on Friday night, police said."


def test_a_page_with_no_event_and_no_name_the_story_writes_is_storyless():
    weather = source("w", "Cloudy early with light showers this afternoon. Winds ESE at 10 mph near Hollin.")
    paywall = source(
        "p", "Subscribe now for complete access to the best local news. Try it free for 30 days."
    )
    assert storyless_sources([source("a", _REPORT), weather, paywall]) == {"w", "p"}


def test_a_page_that_names_what_another_report_names_tells_the_story():
    # no event word of the lexicon, but the road and the town of the other report
    update = source("u", "Pell Road in Tarnby stayed closed until Saturday morning.")
    assert storyless_sources([source("a", _REPORT), update]) == set()


def test_a_page_with_an_event_word_tells_a_story():
    assert storyless_sources([source("a", _REPORT), source("b", "Shots rang out in Hollin.")]) == set()


def test_an_event_word_is_found_wherever_it_stands_and_only_whole():
    assert names_an_event("a " * 1500 + "shooting")
    assert not names_an_event("x " * 999 + "window")  # "win" at the first part's end is no word
    assert not names_an_event(" " * 3000)


def test_the_people_of_an_incident_in_the_plural_are_no_several_incidents():
    from factcheck.compare.incident import several_incidents

    assert not several_incidents("hostage", ["All of the hostages were freed unharmed."])
    assert not several_incidents("hijacking", ["The hijackers demanded fuel."])
    assert several_incidents("hijacking", ["It was the second of two hijackings this week."])


def test_the_shots_and_wounds_of_one_incident_and_a_verbs_present_are_no_several_incidents():
    from factcheck.compare.incident import several_incidents

    assert not several_incidents("shooting", ["Neighbours heard gunshots around 2 a.m."])
    assert not several_incidents("shooting", ["He died of multiple gunshot wounds."])
    assert not several_incidents("shooting", ["Man shoots neighbour in Tarnby"])
    assert not several_incidents("stabbing", ["Teen stabs classmate at Tarnby school"])
    # the same words counted or picked out are several
    assert several_incidents("shooting", ["It was one of two shootings in Tarnby on Sunday."])
    assert several_incidents("stabbing", ["Police linked the three stabs reported this month."])
    assert several_incidents("killing", ["Police are investigating the two murders."])


def test_a_riot_is_named_in_the_plural_though_it_is_one():
    from factcheck.compare.incident import several_incidents

    assert not several_incidents("riot", ["Riots spread across Tarnby for a third night."])
    assert several_incidents("shooting", ["Two shootings left three dead in Tarnby."])


def _another_incidents(texts: dict[str, str], people_of: dict[str, set[str]]) -> set[str]:
    sources = [source(name, text) for name, text in texts.items()]
    segments = {s.id: segment_source(s) for s in sources}
    return of_another_incident(sources, "shooting", segments, people_of)


def test_a_page_of_another_incident_naming_no_one_of_the_story_is_no_report_of_it():
    texts = {
        "a": "Two people were injured in a shooting in Tarrow on Sunday. Ivo Marsh, 17, was hit in the leg.",
        "b": "Dana Quist pulled Lena Voss from a flooded underpass in Marlow. No one was injured.",
    }
    people = {"ivo_marsh": {"a"}, "dana_quist": {"b"}, "lena_voss": {"b"}}
    assert _another_incidents(texts, people) == {"b"}


def test_a_report_that_names_the_storys_people_is_the_storys_whatever_it_leads_with():
    # it leads with a rescue and never names the shooting, but its Ivo Marsh is the story's
    texts = {
        "a": "Two people were injured in a shooting in Tarrow on Sunday. Ivo Marsh, 17, was hit in the leg.",
        "b": "Ivo Marsh was pulled from a flooded underpass in Marlow on Monday. No one else was hurt.",
    }
    people = {"ivo_marsh": {"a", "b"}}
    assert _another_incidents(texts, people) == set()


def _incident(*texts: str) -> str | None:
    sources = [source(chr(ord("a") + i), text) for i, text in enumerate(texts)]
    return incident_class(sources, {s.id: segment_source(s) for s in sources})


def test_people_missing_or_rescued_after_a_sinking_are_its_aftermath_not_the_incident():
    assert (
        _incident(
            "Six fishermen are missing after their trawler sank off Kelby on Monday.",
            "Divers searched for six missing crew. The trawler capsizes in a storm, officials said.",
            "Four people were rescued and six are missing. Rescuers worked through the night.",
        )
        == "sinking"
    )


def test_a_disappearance_most_reports_lead_with_stays_the_incident_beside_one_crash():
    assert (
        _incident(
            "A girl, 9, has been missing from her home in Tarrow since Friday.",
            "Police searched woods near Tarrow for a missing girl, 9. Her bicycle was found by a road.",
            "The search for a missing Tarrow girl went on. A crash closed the road where she lived.",
            "Volunteers joined the hunt for the missing girl on Sunday.",
        )
        == "disappearance"
    )
