"""The near-identical name test of entity merging looks at the few names that can pass it: none that
scores 94 is missed, and what a name looks at does not grow with the story (counted, never timed)."""

from __future__ import annotations

import random

from rapidfuzz import fuzz

from factcheck.extract.near_names import NearNames, edits


def _edited(generator: random.Random, letters: list[str], alphabet: str, count: int) -> str:
    for _ in range(count):
        at, change = generator.randrange(len(letters) + 1), generator.random()
        if change < 0.4:
            letters.insert(at, generator.choice(alphabet))
        elif change < 0.8 and len(letters) > 1:
            letters.pop(min(at, len(letters) - 1))
        else:
            letters[min(at, len(letters) - 1)] = generator.choice(alphabet)
    return "".join(letters)


def test_near_names_finds_every_name_that_scores_94_and_no_scan_of_all() -> None:
    """Names of 1 to 70 letters (of two, five or 26 letters), each a few letters inserted, deleted or
    changed from one of a few: every kept name scoring 94 is found, in the order kept."""
    generator = random.Random(14)
    looked_at = pairs = 0
    for alphabet in ("ab", "abcde", "abcdefghijklmnopqrstuvwxyz"):
        for _ in range(100):
            bases = [
                "".join(generator.choice(alphabet) for _ in range(generator.randint(1, 70))) for _ in range(4)
            ]
            names = [
                _edited(generator, list(generator.choice(bases)), alphabet, generator.randint(0, 6))
                for _ in range(40)
            ]
            near = NearNames()
            for index, name in enumerate(names):
                if len(name) >= 6:
                    candidates = near.candidates(name)
                    assert candidates == sorted(set(candidates)) and all(0 <= j < index for j in candidates)
                    every = [j for j in range(index) if fuzz.ratio(name, names[j]) >= 94]
                    assert [j for j in candidates if fuzz.ratio(name, names[j]) >= 94] == every
                    looked_at += len(candidates)
                    pairs += index
                near.add(name)
    assert looked_at < pairs / 2  # under half the pairs a scan of all would score


def test_edits_are_the_most_a_pair_scoring_94_can_have() -> None:
    for a in range(1, 80):
        for b in range(1, 80):
            most = edits(a, b)
            if abs(a - b) <= most:
                assert 100 * (1 - most / (a + b)) >= 94 - 1e-9
            assert 100 * (1 - (most + 1) / (a + b)) < 94


def test_near_names_looks_at_as_many_names_per_name_in_a_big_story() -> None:
    """Names made of a few syllables and first names: the more a story has, the more share runs of
    letters with each name (the index by runs of letters looked at 8 names per name in a story of
    1,000 names and 40 in one of 6,000); the names two edits apart at most stay as few."""
    first = ["Dana", "Tomas", "Lena", "Ravi", "Mira", "Jonas", "Aiko", "Pavel", "Nora", "Kofi", "Ines"]
    syllables = ["ka", "lo", "mer", "vin", "tas", "rel", "do", "nu", "bri", "sen", "qua", "hol", "mi", "zar"]

    def looked_at_per_name(count: int) -> float:
        generator = random.Random(14)
        names = []
        for _ in range(count):
            surname = "".join(generator.choice(syllables) for _ in range(3))
            middle = "k" if generator.random() < 0.3 else ""
            names.append(f"{generator.choice(first)}{middle}{surname}".lower())
        near, looked_at = NearNames(), 0
        for name in dict.fromkeys(names):
            looked_at += len(near.candidates(name))
            near.add(name)
        return looked_at / len(names)

    small, big = looked_at_per_name(300), looked_at_per_name(6_000)
    assert big < 1.5 and big < 2 * small + 0.5
