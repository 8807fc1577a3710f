"""Inline suppressions: ``<!-- factcheck: ignore CODE reason="..." -->`` in a source or draft.

A directive names one or more rule codes (``FC201`` or ``FC201,FC101``) and
should give a reason, which verbose output shows next to the hidden finding.
What it covers depends on where it stands:

- right after a sentence (``... killing 12. <!-- factcheck: ... -->``): that sentence;
- inside a sentence: that sentence;
- at the start of a paragraph with text after it: the paragraph;
- alone in its paragraph (between blank lines): the next paragraph.

A finding is hidden when its code is named and one of its quotes from that
source lies in the covered text. Sentences are the segmenter's
(:mod:`factcheck.read.segment`), so abbreviations do not cut them short.

A directive that hides nothing is stale (the finding was fixed or its code
changed) and is reported as a warning (:data:`STALE`), as is a comment that
starts like a directive but cannot be read (:data:`UNREADABLE`). Directives
live in HTML comments, so they survive in .md and .txt sources; the HTML and
.docx loaders drop comments.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from factcheck.read.segment import segment_source
from factcheck.records import Diagnostic, Discrepancy, Source
from factcheck.report.context import HiddenFinding

STALE = "W501"
UNREADABLE = "W502"

_DIRECTIVE_HEAD = re.compile(r"<!--\s*factcheck\s*:")
_BODY = re.compile(
    r"\s*ignore\s+(?P<codes>[A-Za-z]+\d+(?:\s*,\s*[A-Za-z]+\d+)*)"
    r"(?:\s+reason\s*=\s*\"(?P<reason>[^\"]*)\")?\s*\Z"
)
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


@dataclass(frozen=True)
class Suppression:
    """One directive: which codes it names, why, and the text range it covers."""

    source: str
    path: str
    line: int
    codes: tuple[str, ...]
    reason: str | None
    start: int
    end: int

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"

    def hides(self, finding: Discrepancy) -> bool:
        return finding.code.upper() in self.codes and any(
            ref.source == self.source and self.start <= ref.start < self.end for ref in finding.claims
        )


def _directives(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, int, int]]:
    """``(start, end, body start, body end)`` of each ``<!-- factcheck: ... -->`` in ``text[start:end]``,
    as the regular expression ``<!--\\s*factcheck\\s*:(.*?)-->`` would find them, in linear time: that
    expression reads to the end of the text from every opening that is never closed."""
    end = len(text) if end is None else end
    position = start
    while (opening := text.find("<!--", position, end)) >= 0:
        head = _DIRECTIVE_HEAD.match(text, opening, end)
        if head is None:
            position = opening + 1
            continue
        closing = text.find("-->", head.end(), end)
        if closing < 0:
            return  # nothing after this point is closed either
        yield opening, closing + 3, head.end(), closing
        position = closing + 3


def find_suppressions(source: Source, first_line: int = 1) -> tuple[list[Suppression], list[Diagnostic]]:
    """The directives in one source's text, and a warning for each unreadable one."""
    text = source.text
    suppressions: list[Suppression] = []
    problems: list[Diagnostic] = []
    cover = None
    line, counted = first_line, 0
    for start, _, body_start, body_end in _directives(text):
        line += text.count("\n", counted, start)  # counted on from the directive before
        counted = start
        body = _BODY.match(text[body_start:body_end])
        if body is None:
            problems.append(
                Diagnostic(
                    path=source.path,
                    line=line,
                    code=UNREADABLE,
                    message='cannot read this factcheck directive; write <!-- factcheck: ignore CODE reason="..." -->',
                )
            )
            continue
        if cover is None:
            cover = _Cover(text, [(segment.start, segment.end) for segment in segment_source(source)])
        covered_start, covered_end = cover.of(start)
        codes = tuple(sorted({code.strip().upper() for code in body.group("codes").split(",")}))
        suppressions.append(
            Suppression(
                source=source.id,
                path=source.path,
                line=line,
                codes=codes,
                reason=body.group("reason"),
                start=covered_start,
                end=covered_end,
            )
        )
    return suppressions, problems


def _paragraphs(text: str) -> list[tuple[int, int]]:
    bounds = []
    start = 0
    for blank in _BLANK_LINE.finditer(text):
        bounds.append((start, blank.start()))
        start = blank.end()
    bounds.append((start, len(text)))
    return [(s, e) for s, e in bounds if text[s:e].strip()]


class _Cover:
    """What a directive at an offset covers (see the module docstring), found by bisection: a
    source of thousands of directives is read once, not once per directive."""

    def __init__(self, text: str, sentences: list[tuple[int, int]]):
        self.text = text
        self.paragraphs = _paragraphs(text)
        self.paragraph_starts = [start for start, _ in self.paragraphs]
        self.sentences = sentences  # in text order, disjoint: their ends are in order too
        self.starts = [start for start, _ in sentences]
        self.ends = [end for _, end in sentences]
        self.only_directives: dict[int, bool] = {}
        self.first_text: dict[int, int] = {}

    def _only_directives(self, index: int) -> bool:
        if index not in self.only_directives:
            start, end = self.paragraphs[index]
            rest, position = [], start
            for opening, closing, _, _ in _directives(self.text, start, end):
                rest.append(self.text[position:opening])
                position = closing
            rest.append(self.text[position:end])
            self.only_directives[index] = not "".join(rest).strip()
        return self.only_directives[index]

    def of(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self.paragraph_starts, offset) - 1
        if index < 0 or offset >= self.paragraphs[index][1]:
            return offset, offset
        start, end = self.paragraphs[index]
        if self._only_directives(index):
            return self.paragraphs[index + 1] if index + 1 < len(self.paragraphs) else (start, end)
        paragraph = self.text[start:end] if index not in self.first_text else ""
        first_text = self.first_text.setdefault(index, start + len(paragraph) - len(paragraph.lstrip()))
        if offset <= first_text:  # nothing but space before it in its paragraph
            return start, end
        # the paragraph's sentences are [low, high); the first one starting at or after the offset is k
        low = bisect.bisect_left(self.starts, start)
        high = max(low, min(bisect.bisect_left(self.starts, end), bisect.bisect_right(self.ends, end)))
        k = bisect.bisect_left(self.starts, offset, low, high)
        if k > low and self.starts[k - 1] < offset < self.ends[k - 1]:
            return self.sentences[k - 1]  # inside a sentence
        if k < high and k > low:
            return self.sentences[k - 1]  # right after a sentence
        if k == low and high - low >= 2:
            return self.sentences[low]
        return start, end


def suppressions_in(
    sources: Sequence[Source], first_lines: Mapping[str, int]
) -> tuple[list[Suppression], list[Diagnostic]]:
    """The directives of every source, in source order."""
    suppressions: list[Suppression] = []
    problems: list[Diagnostic] = []
    for source in sorted(sources, key=lambda s: s.id):
        found, bad = find_suppressions(source, first_lines.get(source.id, 1))
        suppressions += found
        problems += bad
    return suppressions, problems


def apply_suppressions(
    findings: Sequence[Discrepancy],
    suppressions: Sequence[Suppression],
    may_hide: Callable[[Suppression, Discrepancy], bool] | None = None,
) -> tuple[list[Discrepancy], list[HiddenFinding], list[Diagnostic]]:
    """The findings left, those hidden (with the directive's reason) and a warning per stale directive.

    ``may_hide(suppression, finding)`` can keep a finding a directive names (an audit keeps the
    sources' own conflicts that a draft's directive names); such a directive is not stale.
    """
    kept: list[Discrepancy] = []
    hidden: list[HiddenFinding] = []
    used: set[int] = set()
    for finding in findings:
        matching = [index for index, suppression in enumerate(suppressions) if suppression.hides(finding)]
        used.update(matching)
        if may_hide is not None:
            matching = [index for index in matching if may_hide(suppressions[index], finding)]
        if not matching:
            kept.append(finding)
            continue
        first = suppressions[matching[0]]
        hidden.append(
            HiddenFinding(finding=finding, why="suppressed", reason=first.reason, where=first.where)
        )
    stale = [
        Diagnostic(
            path=suppression.path,
            line=suppression.line,
            code=STALE,
            message=f"suppression of {', '.join(suppression.codes)} matches no finding; remove it",
        )
        for index, suppression in enumerate(suppressions)
        if index not in used
    ]
    return kept, hidden, stale
