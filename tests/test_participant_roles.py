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
