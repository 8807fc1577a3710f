"""The names of a story one name may score 94 or more with (``rapidfuzz.fuzz.ratio``), found
without scoring them all: :class:`NearNames`.

The ratio of two names of ``a`` and ``b`` letters is ``100 * (1 - d / (a + b))``, ``d`` the
letters inserted or deleted to turn one into the other (a changed letter counts two). It reaches
94 only when ``d <= 0.06 * (a + b)``: ``d`` is at most :func:`edits` ``(a, b)``, and the lengths
differ by no more than that.

Names that short together (``a + b <= 33``) allow one edit: one name is the other, or the other
less one letter. Each such name is filed under itself and under each of its one-letter
deletions, and a name looks up the same keys: a pair one edit apart always shares a key (the
shorter name), and only pairs two edits apart at most share one, so however many names a story
has that are alike in their letters (made of the same syllables, the same first names), a name
finds only its near-twins.

Longer pairs allow two edits or more (``k``). A name of ``b`` letters is cut into one piece more
than the most edits it can be paired with: ``k`` edits leave one piece whole, and it stands in
the other name where it stood, moved by the edits before it (``s``) and the lengths' difference
(``a - b``) made up by those after it: ``|s| + |a - b - s| <= k``. The names are filed under
(length, piece, letters), and a name looks up, for each length it can be paired with, each piece
at each place it may have moved to.
"""

from __future__ import annotations

from functools import cache, lru_cache


def edits(a: int, b: int) -> int:
    """The most letters inserted or deleted between names of ``a`` and ``b`` letters that still
    score 94: ``d <= 0.06 * (a + b)``, in integers so that no rounding decides."""
    return 3 * (a + b) // 50


# The longest name of a pair allowed one edit at most (longer pairs allow two: found by their pieces).
_ONE_EDIT_LONGEST = max(b for b in range(1, 100) if edits(b, b - 1) <= 1)


@cache
def _pieces(length: int) -> tuple[tuple[int, int], ...]:
    """(start, end) of each piece of a name of ``length`` letters: one more piece than the most edits
    between it and any name it can score 94 with (which is at most 53/47 of its length)."""
    most = max(
        edits(length, other)
        for other in range(length, 2 * length + 2)
        if other - length <= edits(length, other)
    )
    count = most + 1
    size, longer = divmod(length, count)
    pieces, start = [], 0
    for piece in range(count):
        end = start + size + (piece >= count - longer)
        pieces.append((start, end))
        start = end
    return tuple(pieces)


# The shortest name that can be two edits or more from a name scoring 94 with it: shorter ones are
# not cut into pieces.
_PIECES_SHORTEST = min(
    b for b in range(1, 100) if any(2 <= edits(a, b) and abs(a - b) <= edits(a, b) for a in range(1, 200))
)


@cache
def _probes(length: int) -> tuple[tuple[int, int, int, int], ...]:
    """Where a name of ``length`` letters looks for the pieces of the names it can be two edits or
    more from: (their length, the piece, where it may stand in the name, its length)."""
    probes = []
    other = length // 2  # below the shortest name it can score 94 with, 47/53 of its length
    while other - length <= edits(length, other):
        most = edits(length, other)
        if most >= 2 and length - other <= most:
            for piece, (start, end) in enumerate(_pieces(other)):
                for shift in range(-most, most + 1):
                    at = start + shift
                    if abs(shift) + abs(length - other - shift) <= most and 0 <= at <= length - (end - start):
                        probes.append((other, piece, at, end - start))
        other += 1
    return tuple(probes)


@lru_cache(maxsize=64)
def _one_edit_keys(name: str) -> frozenset[str]:
    """The name and the name less each of its letters (a kept name is looked up before it is added:
    the second time comes from the cache)."""
    return frozenset([name, *(name[:i] + name[i + 1 :] for i in range(len(name)))])


class NearNames:
    """The names kept so far (of one kind), in the order kept, indexed by what a name they score 94
    or more with must share with them (see the module's docstring)."""

    def __init__(self) -> None:
        # each one-edit key's first name, and the later names of the few keys several names share: a
        # list for every key held a big story's tens of thousands of keys in twice the memory
        self.one_edit: dict[str, int] = {}
        self.shared: dict[str, list[int]] = {}
        self.by_piece: dict[tuple[int, int, str], list[int]] = {}
        self.size = 0

    def add(self, name: str) -> None:
        if len(name) <= _ONE_EDIT_LONGEST:
            for key in _one_edit_keys(name):
                if self.one_edit.setdefault(key, self.size) != self.size:
                    self.shared.setdefault(key, []).append(self.size)
        if len(name) >= _PIECES_SHORTEST:
            for piece, (start, end) in enumerate(_pieces(len(name))):
                self.by_piece.setdefault((len(name), piece, name[start:end]), []).append(self.size)
        self.size += 1

    def candidates(self, name: str) -> list[int]:
        """The indices, in the order kept, of every kept name ``name`` may score 94 or more with (and
        of a few it may not)."""
        found: set[int] = set()
        if len(name) <= _ONE_EDIT_LONGEST:
            for key in _one_edit_keys(name):
                first = self.one_edit.get(key)
                if first is not None:
                    found.add(first)
                    found.update(self.shared.get(key, ()))
        for other, piece, at, size in _probes(len(name)):
            found.update(self.by_piece.get((other, piece, name[at : at + size]), ()))
        return sorted(found)
