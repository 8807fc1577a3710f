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

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from factcheck.read.segment import segment_source
from factcheck.records import Diagnostic, Discrepancy, Source
from factcheck.report.context import HiddenFinding

STALE = "W501"
UNREADABLE = "W502"

_COMMENT = re.compile(r"<!--\s*factcheck\s*:(?P<body>.*?)-->", re.DOTALL)
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


def find_suppressions(source: Source, first_line: int = 1) -> tuple[list[Suppression], list[Diagnostic]]:
    """The directives in one source's text, and a warning for each unreadable one."""
    text = source.text
    suppressions: list[Suppression] = []
    problems: list[Diagnostic] = []
    paragraphs = _paragraphs(text)
    sentences = None
    for match in _COMMENT.finditer(text):
        line = first_line + text.count("\n", 0, match.start())
        body = _BODY.match(match.group("body"))
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
        if sentences is None:
            sentences = [(segment.start, segment.end) for segment in segment_source(source)]
        start, end = _covered(paragraphs, sentences, text, match.start())
        codes = tuple(sorted({code.strip().upper() for code in body.group("codes").split(",")}))
        suppressions.append(
            Suppression(
                source=source.id,
                path=source.path,
                line=line,
                codes=codes,
                reason=body.group("reason"),
                start=start,
                end=end,
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


def _covered(
    paragraphs: list[tuple[int, int]], sentences: list[tuple[int, int]], text: str, offset: int
) -> tuple[int, int]:
    for index, (start, end) in enumerate(paragraphs):
        if not start <= offset < end:
            continue
        if not _COMMENT.sub("", text[start:end]).strip():
            return paragraphs[index + 1] if index + 1 < len(paragraphs) else (start, end)
        if not text[start:offset].strip():
            return start, end
        inside = [(s, e) for s, e in sentences if start <= s and e <= end]
        for position, (s, e) in enumerate(inside):
            if s < offset < e:
                return s, e
            if s >= offset and position > 0:
                return inside[position - 1]
        return start, end
    return offset, offset


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
    findings: Sequence[Discrepancy], suppressions: Sequence[Suppression]
) -> tuple[list[Discrepancy], list[HiddenFinding], list[Diagnostic]]:
    """The findings left, those hidden (with the directive's reason) and a warning per stale directive."""
    kept: list[Discrepancy] = []
    hidden: list[HiddenFinding] = []
    used: set[int] = set()
    for finding in findings:
        matching = [index for index, suppression in enumerate(suppressions) if suppression.hides(finding)]
        if not matching:
            kept.append(finding)
            continue
        used.update(matching)
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
