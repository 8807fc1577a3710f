"""Which sources are not independent: the same wire copy published twice.

Two sources count as one when their normalised texts share most of their
word 5-grams (shingles). Candidates are found by blocking on a few
min-hash shingles per source (the smallest hashes of its shingle set), so the
work grows with the number of sources, not with its square; candidates are
then confirmed by the Jaccard overlap of their full shingle sets.

While sources are grouped, each one's shingles are held as a sorted array of 32-bit hashes, and
made a set only for a candidate pair: as sets (a table and an int object per shingle) they took
about 13 KB a source of 1 KB, 65 MB at once for a story of 5,000 sources.
"""

from __future__ import annotations

import re
import zlib
from array import array
from collections.abc import Mapping, Sequence

from factcheck.records import Source

SHINGLE_WORDS = 5
SKETCH_SIZE = 4
SAME_TEXT_OVERLAP = 0.8

_WORD = re.compile(r"[a-z0-9]+")


def shingles(text: str) -> frozenset[int]:
    """Stable hashes of the word 5-grams of ``text``, lower-cased, punctuation dropped."""
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE_WORDS:
        return frozenset({zlib.crc32(" ".join(words).encode())}) if words else frozenset()
    return frozenset(
        zlib.crc32(" ".join(words[i : i + SHINGLE_WORDS]).encode())
        for i in range(len(words) - SHINGLE_WORDS + 1)
    )


def shingle_hashes(text: str) -> array:
    """The shingles of ``text`` as the sorted array of 32-bit hashes the grouping holds (crc32: 32 bits)."""
    return array("I", sorted(shingles(text)))


def overlap(first: frozenset[int], second: array) -> float:
    """The Jaccard overlap of one source's shingles and another's :func:`shingle_hashes` (each hash
    once): the second is not made a set, nor the two sets' union, only their intersection."""
    if not first or not second:
        return 0.0
    shared = len(first.intersection(second))
    return shared / (len(first) + len(second) - shared)


def independence_groups(
    sources: Sequence[Source], given: Mapping[str, array] | None = None
) -> dict[str, str]:
    """Map each source id to its group: the smallest id among the sources with substantially its text.

    ``given``: the :func:`shingle_hashes` of some sources, by id, made where they were extracted."""
    ids = sorted(source.id for source in sources)
    parent = {source_id: source_id for source_id in ids}

    def root(source_id: str) -> str:
        while parent[source_id] != source_id:
            parent[source_id] = parent[parent[source_id]]
            source_id = parent[source_id]
        return source_id

    given = given or {}
    hashes = {
        source.id: given[source.id] if source.id in given else shingle_hashes(source.text)
        for source in sources
    }
    buckets: dict[int, list[str]] = {}
    for source_id in ids:
        for value in hashes[source_id][:SKETCH_SIZE]:
            buckets.setdefault(value, []).append(source_id)
    for first, *others in buckets.values():
        made = None  # the first's set, made once for all the others of its bucket
        for other in others:
            if root(first) == root(other):
                continue
            made = made or frozenset(hashes[first])
            if overlap(made, hashes[other]) >= SAME_TEXT_OVERLAP:
                low, high = sorted((root(first), root(other)))
                parent[high] = low
    return {source_id: root(source_id) for source_id in ids}
