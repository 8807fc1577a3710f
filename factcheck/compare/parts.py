"""What the comparison reads of each source alone, apart from the story: its content sentences, the
shingles that tell whether it is another source's copy, what its lead says without a number and
which events it leads with, the frame's readings that need nothing of the story's
(:func:`readings_alone`), the teams it names by nickname, whether it tells of a death or of someone
hurt, and which of the frame's other readings can find anything in it.

A big story's sources are extracted across the workers, and the story is compared afterwards in one
task; what the comparison needs of one source alone is made where that source is extracted
(:func:`source_parts`, from the segments its extraction read), so that the one task does only what
needs the whole story. Held compactly (offsets, hashes), it costs little to send between processes.
"""

from __future__ import annotations

from array import array
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any, NamedTuple

from factcheck.compare.blocks import block_readings
from factcheck.compare.groups import may_give_group_ages
from factcheck.compare.incident import LeadEvents, lead_events, lead_sentences
from factcheck.compare.independence import shingle_hashes
from factcheck.compare.phones import phone_readings
from factcheck.compare.readings import hurt_worded, lead_readings, tells_someone_hurt
from factcheck.compare.standings import may_give_records, nicknames_in, nicknames_of
from factcheck.compare.tolls import death_told
from factcheck.compare.town_readings import unknown_town_readings
from factcheck.records import Claim, Segment, Source


class Sentence:
    """A content segment of a source, as the story frame reads it: its offsets, the segment it
    repeats, and its text, sliced from the source's when asked for.

    The frame holds every source's content segments while it is built; as records (a text of their
    own, a dict of fields) they took 34 MB for a story of 5,000 sources, a third of its claims."""

    __slots__ = ("_text", "start", "end", "duplicate_of")
    content = True  # only content segments are kept

    def __init__(self, text: str, start: int, end: int, duplicate_of: int | None):
        self._text = text
        self.start = start
        self.end = end
        self.duplicate_of = duplicate_of

    @property
    def text(self) -> str:
        return self._text[self.start : self.end]


class FrameParts(NamedTuple):
    """What the story frame reads of one source alone: the JSON of its
    :func:`~factcheck.compare.readings.lead_readings` and of its :func:`readings_alone` (records cost
    more to send between processes than their JSON costs to read); the events its title and first
    sentences name (:func:`~factcheck.compare.incident.lead_events`) and the teams its text names by
    town and nickname (:func:`~factcheck.compare.standings.nicknames_in`); whether it has a word of death
    (:func:`~factcheck.compare.tolls.death_told`) and whether it tells of one person hurt who lived
    (:func:`~factcheck.compare.readings.tells_someone_hurt`); whether two readings that need the story's
    people can find anything in its content: the ages of a group, a team's record (most sources give
    neither, and their patterns cost a search of every sentence); and which content segments have a
    word that one person hurt needs (:func:`~factcheck.compare.readings.hurt_worded`: a search of every
    sentence too)."""

    lead: bytes | list[Claim]  # the records once read back (:meth:`SourceParts.read`)
    alone: bytes | list[Claim]  # as ``lead``, of its readings_alone
    lead_events: LeadEvents
    nicknames: tuple[tuple[str, str], ...]
    mourning: bool
    hurt: bool
    group_ages: bool
    records: bool
    hurt_worded: tuple[int, ...]

    def lead_readings(self) -> list[Claim]:
        return _records(self.lead)

    def readings_alone(self) -> list[Claim]:
        return _records(self.alone)


def _records(readings: bytes | list[Claim]) -> list[Claim]:
    return readings if isinstance(readings, list) else _claim_list().validate_json(readings)


class SourceParts(NamedTuple):
    """One source's part of its story's comparison: the start, end and segment it repeats (-1: none)
    of each content segment, in text order, one after the other; the sorted shingle hashes of its
    text (both let go of before the frame is built); and what the frame reads of it."""

    content: array
    shingles: array
    frame: FrameParts

    def read(self) -> SourceParts:
        """These parts with the readings read from their JSON: what came back from a worker, read
        while the others still work (:func:`~factcheck.run.tasks.read_back`)."""
        frame = self.frame
        return self._replace(frame=frame._replace(lead=frame.lead_readings(), alone=frame.readings_alone()))

    def sentences(self, source: Source) -> list[Sentence]:
        offsets = self.content
        return [
            Sentence(source.text, offsets[i], offsets[i + 1], offsets[i + 2] if offsets[i + 2] >= 0 else None)
            for i in range(0, len(offsets), 3)
        ]


def source_parts(source: Source, segments: Sequence[Segment] | None = None) -> SourceParts:
    """The parts of ``source`` (``segments``: its segments, when they have been read already)."""
    if segments is None:
        from factcheck.read.segment import segment_source

        segments = segment_source(source)
    content = [s for s in segments if s.content]
    return SourceParts(
        array(
            "q",
            [n for s in content for n in (s.start, s.end, -1 if s.duplicate_of is None else s.duplicate_of)],
        ),
        shingle_hashes(source.text),
        FrameParts(
            _claim_list().dump_json(lead_readings(source, lead_sentences(content), content)),
            _claim_list().dump_json(readings_alone(source, content)),
            lead_events(source, content),
            nicknames_in(source.text),
            death_told(source.text),
            tells_someone_hurt(source.text),
            may_give_group_ages(content),
            may_give_records(content),
            tuple(hurt_worded(content)),
        ),
    )


def readings_alone(source: Source, content: Sequence) -> list[Claim]:
    """The story frame's readings of one source that need nothing of the story's: the blocks, the towns
    the gazetteer does not know and the telephone numbers its content sentences (``content``) give."""
    return [
        *block_readings(source, content),
        *unknown_town_readings(source, content),
        *phone_readings(source, content),
    ]


def team_aliases(sources: Sequence[Source], parts_of: Mapping[str, FrameParts]) -> dict[str, str]:
    """:func:`~factcheck.compare.standings.nicknames` of the texts of ``sources``, from the nicknames
    read where each was extracted (``parts_of``, by id; read here for the others)."""
    return nicknames_of(
        parts_of[source.id].nicknames if source.id in parts_of else nicknames_in(source.text)
        for source in sources
    )


@cache
def _claim_list() -> Any:
    from pydantic import TypeAdapter

    return TypeAdapter(list[Claim])
