"""compare.roles: people written by role join the one participant who had that part."""

from __future__ import annotations

from factcheck.compare.roles import part_in, participant_parts, role_person


def _people_in(names):
    def find(text):
        found = []
        for name, pid in names.items():
            at = text.find(name)
            if at >= 0:
                found.append((at, at + len(name), pid))
        return sorted(found)

    return find


def test_the_part_a_clause_gives_its_person():
    sentence = "Gil Amberly was arrested on Friday."
    assert part_in(sentence, 0, 11) == "suspect"
    assert part_in("Nell Ors died in hospital.", 0, 8) == "killed"
    assert part_in("Nell Ors was wounded, and Gil Amberly was arrested.", 0, 8) == "injured"


def test_a_role_mention_joins_the_one_participant_with_that_part():
    parts = participant_parts(
        ["Gil Amberly was arrested on Friday.", "Nell Ors died in hospital."],
        _people_in({"Gil Amberly": "gil_amberly", "Nell Ors": "nell_ors"}),
    )
    genders = {"gil_amberly": "male", "nell_ors": "female"}
    assert role_person("man", "suspect", parts, genders) == "gil_amberly"
    assert role_person("suspect", None, parts, genders) == "gil_amberly"
    assert role_person("woman", "suspect", parts, genders) is None  # the arrested participant is a man
    assert role_person("man", None, parts, genders) is None  # no part: anyone


def test_two_participants_with_the_part_leave_the_mention_apart():
    parts = {"a": {"injured"}, "b": {"injured"}}
    assert role_person("teen", "injured", parts, {"a": None, "b": None}) is None


def test_a_mention_by_what_a_person_is_called_joins_the_one_called_so():
    parts = participant_parts(
        ["Actor Ola Vesk will host the show.", "Producer Dan Lusk said the hiker, Tam Rell, was found."],
        _people_in({"Ola Vesk": "ola_vesk", "Dan Lusk": "dan_lusk", "Tam Rell": "tam_rell"}),
    )
    genders = {"ola_vesk": None, "dan_lusk": "male", "tam_rell": None}
    assert role_person("actor", None, parts, genders) == "ola_vesk"
    assert role_person("hiker", None, parts, genders) == "tam_rell"
    assert role_person("singer", None, parts, genders) is None  # no one is called so


def test_a_name_two_participants_are_called_by_joins_neither():
    parts = participant_parts(
        ["Actor Ola Vesk and actor Dan Lusk arrived."],
        _people_in({"Ola Vesk": "ola_vesk", "Dan Lusk": "dan_lusk"}),
    )
    assert role_person("actor", None, parts, {}) is None


def test_a_suspects_step_told_before_what_it_was_for_makes_the_person_a_suspect():
    sentence = "Gil Amberly was charged with murder in the killing of Nell Ors."
    assert part_in(sentence, 0, 11) == "suspect"
    assert part_in(sentence, sentence.index("Nell Ors"), len(sentence) - 1) is None
    # the killing told first: the clause gives its person no one part
    assert part_in("Nell Ors was killed and Gil Amberly was arrested.", 0, 8) != "suspect"


def test_an_official_who_speaks_of_the_case_takes_no_ones_age():
    parts = participant_parts(
        ["Sheriff Ola Vesk said deputies arrested the boy on Sunday."],
        _people_in({"Ola Vesk": "ola_vesk"}),
    )
    assert role_person("boy", "suspect", parts, {"ola_vesk": "male"}) is None


def test_what_a_person_says_of_the_incident_is_no_part_of_theirs():
    assert part_in("Neighbour Nell Ors, 70, said the killing left the street stunned.", 10, 18) is None
    assert part_in("The killing left the street stunned, said Nell Ors.", 41, 49) is None
    # but of themselves
    assert part_in("Nell Ors said he was wounded on his way home.", 0, 8) == "injured"


def test_one_shot_to_death_was_killed():
    assert part_in("Nell Ors was shot to death near the quay.", 0, 8) == "killed"


def _part_of(sentence: str, mention: str) -> str | None:
    at = sentence.index(mention)
    return part_in(sentence, at, at + len(mention))


def test_the_one_a_suspect_is_accused_of_harming_is_not_a_suspect():
    sentence = "Gil Amberly is accused of shooting Nell Ors outside a bakery."
    assert _part_of(sentence, "Gil Amberly") == "suspect"
    assert _part_of(sentence, "Nell Ors") is None


def test_of_two_people_harmed_in_one_clause_each_has_the_part_of_their_own_verb():
    sentence = "An elderly cook was killed and a young pupil was wounded at the fair."
    assert _part_of(sentence, "An elderly cook") == "killed"
    assert _part_of(sentence, "a young pupil") == "injured"


def test_the_age_a_report_gives_by_role_is_the_one_named_suspects_when_another_is_accused_of_harming():
    import datetime as dt

    from claim_builders import source

    from factcheck.compare import compare
    from factcheck.extract.claims import canonicalise_claims, claims_of

    day = dt.date(2023, 4, 16)
    sources = [
        source(
            "a",
            "Officers on Friday arrested a 22-year-old man at his flat. Gil Amberly was charged with murder. "
            "He is accused of shooting Jo Reed outside a bakery.",
            day,
        ),
        source("b", "Gil Amberly, 23, faces a murder charge. He was arrested on Friday.", day),
    ]
    claims = canonicalise_claims([c for s in sources for c in claims_of(s)])
    facts = {f.name: sorted(v.value for v in f.values) for f in compare(sources, claims).facts}
    assert facts["the age of Gil Amberly"] == [22, 23]
