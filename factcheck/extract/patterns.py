"""Regex building blocks shared by the extractors."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import lru_cache


def word_trie(words: Iterable[str], *, either_case_first: bool = False) -> str:
    """A regex matching any of ``words``, written as a trie.

    Python's regex engine tries the branches of a plain alternation one by one
    at every position; a trie fails at the first character that no word
    continues with, several times faster on news text. With
    ``either_case_first`` the first letter matches in either case
    ("Monday"/"monday").
    """
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(char) + emit(node[char]) for char in sorted(node) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    if not either_case_first:
        return emit(tree)
    first = [
        (f"[{char.upper()}{char}]" if char.isalpha() else re.escape(char)) + emit(tree[char])
        for char in sorted(tree)
        if char
    ]
    return "(?:" + "|".join(first) + ")"


# Characters a case-insensitive pattern takes for an ASCII letter that ``str.lower`` does not turn into
# it (dotted and dotless i, long s, the Kelvin sign).
CASE_FOLDING_ODDITIES = ("\u0130", "\u0131", "\u017f", "\u212a")


def may_hold_any(text: str, words: Iterable[str]) -> bool:
    """Whether a case-insensitive pattern may find one of the lower-case ``words`` in ``text``: false
    only when ``text`` in lower case holds none of them and no letter such a pattern reads as another."""
    lower = text.lower()
    return any(word in lower for word in words) or any(odd in text for odd in CASE_FOLDING_ODDITIES)


def not_after(characters: str) -> str:
    """A lookbehind, written right after a match's first character, that the character before the match
    is none of ``characters`` (the body of a regex class).

    The same check written before the first character (``(?<![...])``) makes a scan for a pattern that
    starts with one kind of character (``\\d``) two to three times as long: the regex engine no longer
    skips ahead to where that character is, and tries the whole pattern at every position of the text.
    (Not for a pattern that starts with a choice of words: each of its branches would then hold the
    check, and the scan gets slower, not faster.)
    """
    return rf"(?<![{characters}][\s\S])"


# Longer than any clause-break match with what it reads after it (the character a closing ``\b``
# reads, the words of a lookahead).
_BREAK_REACH = 16


class Breaks:
    """The matches of a short pattern (clause breaks: none reads :data:`_BREAK_REACH` characters from
    where it starts) in ``text[pos:end]``, scanned once: a claim's clause starts after the last break
    before the claim, and a run-on sentence has hundreds of claims, each of which would otherwise
    rescan it from its start."""

    def __init__(self, pattern: re.Pattern[str], text: str, pos: int, end: int):
        self.pattern, self.text, self.pos, self.end = pattern, text, pos, end
        spans = [match.span() for match in pattern.finditer(text, pos, end)]
        self.starts = [start for start, _ in spans]
        self.ends = [end for _, end in spans]

    def last_end(self, endpos: int) -> int | None:
        """Where the last match of ``pattern.finditer(text, pos, endpos)`` ends (``None`` if none).

        That scan and the stored one try the same matches wherever they start well before
        ``endpos`` (none of those reads up to it); only where a match may read past ``endpos``, from
        :data:`_BREAK_REACH` characters before it, are they scanned again. (From the end of the last
        stored match before that point: the stored scan tried each place in between and found none.)
        """
        index = bisect.bisect_right(self.starts, endpos - _BREAK_REACH) - 1
        last = self.ends[index] if index >= 0 else None
        resume = max(self.pos if last is None else last, endpos - _BREAK_REACH + 1)
        for match in self.pattern.finditer(self.text, resume, endpos):
            last = match.end()
        return last

    def first_start(self, position: int) -> int | None:
        """Where the first match of ``pattern.search(text, position, end)`` starts (``None`` if none), for
        ``position`` at or after ``pos``.

        The stored scan tried every place from the end of its last match before ``position`` on: its
        next match is that search's, unless the one before runs past ``position`` (a search from inside
        a match may find one the stored scan passed over), and only then is the text searched.
        """
        index = bisect.bisect_left(self.starts, position)
        if index and self.ends[index - 1] > position:
            found = self.pattern.search(self.text, position, self.end)
            return found.start() if found else None
        return self.starts[index] if index < len(self.starts) else None


def search_at_end(pattern: re.Pattern[str], text: str, end: int | None = None) -> re.Match[str] | None:
    """``pattern.search(text, 0, end)`` for a pattern anchored at the end (``\\Z``) whose matches hold
    no ``,.;:``: begun after the last of them, since a match must reach the end and so cannot start
    before one. Looking back from a predicate over a long sentence then reads only its last clause."""
    end = len(text) if end is None else end
    after = max(
        text.rfind(",", 0, end), text.rfind(".", 0, end), text.rfind(";", 0, end), text.rfind(":", 0, end)
    )
    return pattern.search(text, after + 1, end)


_LOWER_CASE_WORD = re.compile(r"\b[a-z]+\b")


@lru_cache(maxsize=4)
def lower_case_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case: a capitalised word among them is a common word there
    ("Pianist Ola Vesk" beside "the pianist"; "the Prize in Chemistry" beside "the chemistry prize")."""
    return frozenset(_LOWER_CASE_WORD.findall(text))


def words_before(text: str, start: int, end: int, reach: int) -> str:
    """The last ``reach`` characters of ``text[start:end]`` or fewer, begun at a word's start: a window
    cut inside a word would read its tail as a word of its own ("age" of "damage")."""
    low = max(start, end - reach)
    if low > start and text[low - 1].isalnum():
        while low < end and text[low].isalnum():
            low += 1
    return text[low:end]
