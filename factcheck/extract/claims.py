"""Claim extraction: from one source, or its segments, to typed claims.

:func:`claims_of` segments a source and extracts its claims;
:func:`extract_claims` runs every extractor on a source's content (web-page
leftovers and repeated lines are skipped), then fills in what each claim is
about: its subject (a canonical entity id), predicate, object, the key of
its event (:mod:`factcheck.extract.events`) and its stance
(:mod:`factcheck.extract.stance`). :func:`canonicalise_claims` then gives the
entities of a whole story one id each ("Kim Jong-un" in one source, "Kim Jong
Un" in another).
"""

from __future__ import annotations

import bisect
import contextlib
import gc
import operator
import re
from collections.abc import Callable, Iterator, Sequence

from factcheck.extract.ages import find_ages
from factcheck.extract.ages_then import dated_ages
from factcheck.extract.documents import document_event
from factcheck.extract.entities import EntityIndex, Mention, canonicalise, entity_claims, find_entities
from factcheck.extract.events import EventResolver
from factcheck.extract.gazetteer import fold, place_names, within
from factcheck.extract.quantities import find_quantities
from factcheck.extract.recurrence import find_recurrences
from factcheck.extract.roles import find_roles
from factcheck.extract.spans import claim_span
from factcheck.extract.stance import stance_of
from factcheck.extract.timex import find_times
from factcheck.read.segment import segment_source
from factcheck.records import (
    AgeClaim,
    Claim,
    ClaimValue,
    Entity,
    EntityClaim,
    RecurrenceClaim,
    RoleClaim,
    Segment,
    Source,
)

_KIND_ORDER = {"entity": 0, "role": 1, "time": 2, "duration": 3, "quantity": 4, "age": 5, "recurrence": 6}


def claims_of(source: Source, segments: Sequence[Segment] | None = None) -> list[Claim]:
    """Every claim of one source, in text order (``segments``: its segments, when the caller has read
    them for more than its claims).

    Nothing inside an HTML comment is article text: an editor's note or a
    ``factcheck: ignore`` directive (with its reason) in a .md/.txt source.
    """
    claims = extract_claims(source, segment_source(source) if segments is None else segments)
    comments = _html_comments(source.text)
    if not comments:
        return claims
    starts = [start for start, _ in comments]

    def in_comment(claim: Claim) -> bool:
        # comments are disjoint and in order: only the last one opening before the claim's end can overlap it
        index = bisect.bisect_left(starts, claim.end) - 1
        return index >= 0 and claim.start < comments[index][1]

    return [claim for claim in claims if not in_comment(claim)]


def _html_comments(text: str) -> list[tuple[int, int]]:
    """The spans ``<!--.*?-->`` (dot matching newlines) finds, in linear time: that expression reads
    to the end of the text from every opening that is never closed."""
    spans = []
    position = 0
    while (opening := text.find("<!--", position)) >= 0:
        closing = text.find("-->", opening + 4)
        if closing < 0:
            break  # nothing after this point is closed either
        spans.append((opening, closing + 3))
        position = closing + 3
    return spans


def extract_claims(source: Source, segments: Sequence[Segment]) -> list[Claim]:
    """The claims of ``source``, in text order.

    A source without a publication date is extracted all the same (its relative times stay
    unresolved); the loader reports it once, as warning W109, whether or not the claims come
    from the cache.
    """
    content = [s for s in segments if s.content and s.duplicate_of is None]
    index = find_entities(source, content)
    times = find_times(source, content)
    claims: list[Claim] = [
        *entity_claims(source, content, index),
        *find_roles(source, content, index),
        *times,
        *find_quantities(source, content, times),
        *dated_ages(find_ages(source, content), times, source.published),
        *find_recurrences(source, content, times),
    ]
    events = EventResolver(source.text, index)
    claims.extend(_incident_places(source, content, index, events))
    claims.sort(key=lambda c: (c.start, c.end, _KIND_ORDER[c.kind], c.id))
    return [_annotated(source, index, events, claim) for claim in claims]


def _incident_places(
    source: Source, segments: Sequence[Segment], index: EntityIndex, events: EventResolver
) -> list[EntityClaim]:
    """Where the source says each incident happened: one place claim per statement ("crashed near
    Leeds"), its event key without the place so that reports placing it elsewhere are compared.

    A source that places one incident key in two places neither of which contains the other speaks of
    two incidents (a shooting in one city, another in the next): it places neither.
    """
    found: dict[str, list[tuple[Segment, int, Mention]]] = {}
    for segment in segments:
        for key, verb_start, mention in events.incident_places(segment.start, segment.end):
            found.setdefault(key, []).append((segment, verb_start, mention))
    table = place_names()
    claims = []
    for key, placed in sorted(found.items()):
        places = [table[fold(mention.text)] for _, _, mention in placed]
        if any(
            within(a, b) is False and within(b, a) is False
            for i, a in enumerate(places)
            for b in places[i + 1 :]
        ):
            continue
        for segment, verb_start, mention in placed:
            claims.append(
                EntityClaim(
                    id=f"{source.id}:place:{mention.start}",
                    **claim_span(source, segment, verb_start, mention.end),
                    subject=mention.entity,
                    predicate="place",
                    event=key,
                    value=index.entities[mention.entity],
                )
            )
    return claims


# A clause with a subject of its own: a relative pronoun, a personal one, or a name
_CLAUSE_SUBJECT = re.compile(r"\b(?:that|which|who|whom|he|she|they|we)\b|\b[A-Z][a-z'’-]+\b")


def _in_a_clause_after(text: str, claim: Claim, event) -> bool:
    """Whether an ordinal's event is the verb of a clause after its noun that has a subject of its own
    ("the fifth defence of the title Ivo Marsh won"), not the ordinal's ("the first to recognize")."""
    return (
        bool(claim.value.series)
        and event.start >= claim.end
        and bool(_CLAUSE_SUBJECT.search(text, claim.end, event.start))
    )


def _annotated(source: Source, index: EntityIndex, events: EventResolver, claim: Claim) -> Claim:
    sentence = source.text[claim.sentence_start : claim.sentence_end]
    offset = claim.sentence_start

    def speaker_of(start: int, end: int) -> str | None:
        inside = index.within(offset + start, offset + end)
        for kind in ("person", "organisation"):
            named = [m for m in inside if m.kind == kind]
            if named:
                return named[-1].entity
        phrase = sentence[start:end].strip()
        # A place speaks only as itself ("Moscow said"), not for "American officials" or "a US group".
        places = [
            m
            for m in inside
            if m.kind == "place" and phrase.lower() in (m.text.lower(), f"the {m.text.lower()}")
        ]
        return places[-1].entity if places else None

    stance = stance_of(sentence, claim.start - offset, claim.end - offset, speaker_of)
    update: dict[str, object] = {} if stance == claim.stance else {"stance": stance}
    event = events.event_at(claim.sentence_start, claim.sentence_end, claim.start, claim.end)
    if (
        event is not None
        and isinstance(claim, RecurrenceClaim)
        and _in_a_clause_after(source.text, claim, event)
    ):
        event = None  # "the fifth defence of the title Ivo Marsh won": the ordinal's noun is its event
    if event is not None and not isinstance(claim, EntityClaim | RoleClaim):
        update["event"] = event.key
        if not isinstance(claim, AgeClaim):  # an age is its own person's ("his 58-year-old mother")
            update["subject"] = claim.subject or event.agent
        update["object"] = claim.object or event.patient
        if claim.kind == "time" and claim.predicate == "time":
            update["predicate"] = event.lemma
    elif event is None and claim.kind == "time":
        act = document_event(sentence, claim.start - offset, claim.end - offset)
        if act is not None:
            lemma, document = act
            update |= {"event": f"{lemma}:>{document}", "object": document, "predicate": lemma}
    if isinstance(claim, AgeClaim):
        person = _person_named(index, claim, claim.value.person)
        if person is not None:
            update["subject"] = person
            update["value"] = claim.value.model_copy(update={"person": index.name(person)})
    # Most claims (three in four on news) keep the extractor's plain stance and have no event: a
    # copy (~9 us) only for the others.
    return claim.model_copy(update=update) if update else claim


# Titles written before a name that are no part of it: "Dr. Ann Lee, 41," is Ann Lee.
_COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "rev"})


def _person_named(index: EntityIndex, claim: Claim, name: str) -> str | None:
    """The person of the index that ``name`` (as an extractor read it in the sentence) refers to.

    A family listed together shares a surname ("Ann Lee, 23, and her sister, Mary Lee, 20"), so the
    name inside the age's own phrase comes first, then the one person of the sentence with that full
    name, then the one person sharing any word of it ("Lee, 23" when only one Lee is named).
    """
    words = set(name.split())
    people = [
        m
        for m in index.within(claim.sentence_start, claim.sentence_end)
        if m.kind == "person" and words & set(m.text.split())
    ]
    in_phrase = [m for m in people if m.start >= claim.start and m.end <= claim.end]
    if in_phrase:
        mention = in_phrase[0]
        written = [word.strip(".,").lower() for word in name.split()]
        first = next((word for word in written if word not in _COURTESY_TITLES), written[0])
        known = [word.strip(".,").lower() for word in (index.name(mention.entity) or "").split()]
        if mention.start > claim.start and len(known) > 1 and first not in known:
            # "Xyla Lee, 37" where only "Lee" was read, as Ann Lee's: the age's own first name says
            # someone else of that surname
            return None
        if mention.end < claim.end and not _surname_in(name, known):
            # 'Lee "Ace" Orr, 22' where only "Lee" was read, as Ann Lee's: the age's own surname says
            # someone else
            return None
        return mention.entity
    for candidates in ([m for m in people if m.text == name], people):
        entities = {m.entity for m in candidates}
        if len(entities) == 1:
            return entities.pop()
    if not people:
        # "She was 85.": the age extractor named her from the sentence before; the one person of the
        # source with that name as written
        entities = index.people_by_written_name.get(name, set())
        if len(entities) == 1:
            return next(iter(entities))
    return None


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _surname_in(name: str, known: Sequence[str]) -> bool:
    """Whether the surname of a name as written (its last word but a suffix) is a word of ``known``
    (a name's folded words), or it has no other word."""
    words = [word.strip(".,").lower() for word in name.split()]
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return len(words) < 2 or set(words[-1].split("-")) <= {p for word in known for p in word.split("-")}


def canonicalise_claims(claims: Sequence[Claim]) -> list[Claim]:
    """The claims of a story with one entity id per entity across its sources.

    A big story's claims name a few thousand entities tens of thousands of times: the claims are read
    once for the entities they name, each distinct key (subject, object, event) is renamed once and
    each distinct value rewritten once, and a claim only looks them up."""
    with collection_paused():
        return _canonicalised(claims)


@contextlib.contextmanager
def collection_paused() -> Iterator[None]:
    """Python's cycle collector paused while claims are copied or compared: the records made hold no
    cycles, and each of its passes reads every object of the heap, so on a story of thousands of
    sources the passes cost a third of the merging and grow faster than the story."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _canonicalised(claims: Sequence[Claim]) -> list[Claim]:
    # each entity id's value where it is first named (what the merging reads) and where last named
    # (what the names merged into it take), and the keys the claims name
    first: dict[str, Entity] = {}
    last: dict[str, Entity] = {}
    keys: set[str | None] = set()
    for claim in claims:
        if isinstance(claim, EntityClaim):
            first.setdefault(claim.value.id, claim.value)
            last[claim.value.id] = claim.value
        keys.update((claim.subject, claim.object, claim.event))
    mapping = {old: new for old, new in canonicalise(first.values()).items() if old != new}
    if not mapping:
        return list(claims)
    canonical = {entity_id: value for entity_id, value in last.items() if entity_id not in mapping}
    renamer = _renamer(mapping)
    keys.discard(None)
    moved = {key: new for key in keys if (new := renamer(key)) != key}
    # a merged entity value by the fields of the value it replaces: pydantic's hash and equality of
    # the value itself cost three times as much, once for each claim that names a merged entity
    merged_values: dict[tuple[object, ...], ClaimValue] = {}
    role_values: dict[ClaimValue, ClaimValue] = {}

    def merged(value: Entity, target: Entity) -> ClaimValue:
        aliases = tuple(sorted({*target.aliases, *value.aliases, value.name} - {target.name}))
        return value.model_copy(update={"id": target.id, "name": target.name, "aliases": aliases})

    out = list(claims)
    for index, claim in enumerate(claims):
        # most claims name no merged entity: they are only read, and kept as they are (a copy of each
        # would hold a big story's claims twice while it is compared)
        value = claim.value
        new_value = None
        if isinstance(claim, EntityClaim) and value.id in mapping:
            target = canonical.get(mapping[value.id])
            if target is not None:
                fields = _ENTITY_FIELDS(value)
                new_value = merged_values.get(fields) or merged_values.setdefault(
                    fields, merged(value, target)
                )
        if isinstance(claim, RoleClaim) and value.organisation in mapping:
            new_value = role_values.get(value) or role_values.setdefault(
                value, value.model_copy(update={"organisation": mapping[value.organisation]})
            )
        subject, object_, event = claim.subject, claim.object, claim.event
        if new_value is None and subject not in moved and object_ not in moved and event not in moved:
            continue
        update: dict[str, object] = {
            "subject": moved.get(subject, subject),
            "object": moved.get(object_, object_),
            "event": moved.get(event, event),
        }
        if new_value is not None:
            update["value"] = new_value
        out[index] = claim.model_copy(update=update)
    return out


_ENTITY_FIELDS = operator.attrgetter(*Entity.model_fields)
_ID_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")
_NOT_ID_CHARACTER = re.compile(r"[^a-z0-9_]")


def _renamer(mapping: dict[str, str]) -> Callable[[str | None], str | None]:
    """A function that replaces each entity id of ``mapping`` in a subject, object or event key (an id
    between characters that are not ``[a-z0-9_]``) by its new id; the longest id where several start.

    An id may start only after a character outside ``[a-z0-9_]`` and end only before one, so each place
    a key can end is tried as the end of an id, longest first, in a lookup of the mapping: one regular
    expression with every id as an alternative tried them all at every character (a big story merges
    thousands of names, each key of its tens of thousands of claims read against each)."""
    longest = max(map(len, mapping))

    def rename(text: str | None) -> str | None:
        if not text:
            return text
        ends = [match.start() for match in _NOT_ID_CHARACTER.finditer(text)] + [len(text)]
        parts, position, copied = [], 0, 0
        while position < len(text):
            found = None
            if position == 0 or text[position - 1] not in _ID_CHARACTERS:
                for end in reversed(ends):
                    if end <= position:
                        break
                    if end - position <= longest and text[position:end] in mapping:
                        found = end
                        break
            if found is None:
                position += 1
                continue
            parts += [text[copied:position], mapping[text[position:found]]]
            position = copied = found
        return "".join([*parts, text[copied:]]) if parts else text

    return rename


def load_lookup_tables() -> None:
    """Open the gazetteer's and the units' lookup tables, building and storing them if this is the
    first run (:mod:`factcheck.extract.stored_tables`). A parent calls it before forking workers, so
    that they start with the tables open instead of each building them."""
    from factcheck.extract.quantities.units import stored_conversions

    place_names()
    stored_conversions()
