"""Auditing a draft against its sources.

The draft is compared as one more source, by the same comparison as
``factcheck check`` (no second engine): each claim of the draft is then
labelled by the findings and agreements it takes part in:

- **supported**: sources state the same value (which sources, how many
  independent) and none contradicts it, or more independent sources support
  than contradict it;
- **contradicted**: sources state a value that cannot hold with the draft's
  (which quotes, and the comparison's explanation), and fewer independent
  sources (or none) support it;
- **disputed**: as many independent sources on each side;
- **unverified**: no source speaks of it.

The discrepancies among the sources themselves (two sides held by sources,
whatever the draft says) follow, with the draft's own quotes left out.
Drafts are .md, .txt, .html or .docx.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from factcheck import __version__
from factcheck.errors import InputError, UsageError
from factcheck.loaders import LoadOptions, load_sources
from factcheck.records import (
    SCHEMA_VERSION,
    Claim,
    ClaimRef,
    Corroboration,
    Discrepancy,
    Report,
    Source,
    SourceInfo,
    source_info,
)

Label = Literal["supported", "contradicted", "disputed", "unverified"]
DRAFT_FORMATS = (".md", ".markdown", ".txt", ".html", ".htm", ".docx")


class Evidence(BaseModel):
    """The sources' quotes on one side of a draft claim."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    sources: tuple[str, ...] = ()
    independent_sources: int = 0
    claims: tuple[ClaimRef, ...] = ()


class DraftClaim(BaseModel):
    """One checkable claim of the draft and its verdict."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    claim: str
    kind: str
    start: int
    end: int
    quote: str
    value: str | None = None
    label: Label
    supported_by: Evidence = Evidence()
    contradicted_by: Evidence = Evidence()
    explanations: tuple[str, ...] = ()
    findings: tuple[str, ...] = ()


class AuditReport(BaseModel):
    """The audit of one draft: its claims with verdicts, then the discrepancies among the sources."""

    model_config = ConfigDict(extra="forbid")

    schema_version: str = SCHEMA_VERSION
    tool_version: str = __version__
    draft: SourceInfo
    sources: list[SourceInfo]
    claims: list[DraftClaim]
    discrepancies: list[Discrepancy]

    def count(self, label: Label) -> int:
        return sum(1 for claim in self.claims if claim.label == label)


# --------------------------------------------------------------------------
# Loading the draft


def load_draft(path: str, options: LoadOptions | None = None, taken: Sequence[str] = ()) -> Source:
    """The draft as a :class:`Source` whose id differs from the ``taken`` source ids."""
    options = options or LoadOptions()
    suffix = Path(path).suffix.lower()
    if path == "-" or suffix not in DRAFT_FORMATS:
        raise UsageError(
            f"cannot audit {path!r} as a draft", hint=f"give a file ending in {', '.join(DRAFT_FORMATS)}"
        )
    if Path(path).is_dir():
        raise UsageError(
            f"the draft {path} is a directory", hint="give the draft's file; sources go after --sources"
        )
    if suffix == ".docx":
        draft = _load_docx(path, options)
    else:
        draft = load_sources(
            [path], LoadOptions(max_bytes=options.max_bytes, published=options.published)
        ).sources[0]
    draft_id = draft.id
    while draft_id in taken:
        draft_id = f"draft:{draft_id}"
    return draft.model_copy(update={"id": draft_id})


def _load_docx(path: str, options: LoadOptions) -> Source:
    """The paragraphs of a Word document, one per line with a blank line between (so that
    suppressions and positions work by paragraph), and its title from the document properties."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    file = Path(path)
    if not file.is_file():
        from factcheck.errors import MissingPathError

        raise MissingPathError("no such file", path=path, hint="check the draft's path")
    if file.stat().st_size > options.max_bytes:
        from factcheck.errors import FileTooLargeError

        raise FileTooLargeError(
            f"the draft is over {options.max_bytes} bytes", path=path, hint="use --max-bytes"
        )
    try:
        document = docx.Document(path)
    except (PackageNotFoundError, KeyError, ValueError, OSError) as error:
        raise InputError(
            f"cannot read the Word document: {error}",
            path=path,
            hint="save it again as .docx, or as .md/.txt",
        ) from None
    text = "\n\n".join(p.text.strip() for p in document.paragraphs if p.text.strip())
    if not text:
        from factcheck.errors import EmptySourceError

        raise EmptySourceError("the Word document holds no text", path=path, hint="check the draft")
    title = (document.core_properties.title or "").strip() or None
    published: dt.date | None = options.published
    return Source(
        id=file.stem,
        path=path,
        text=text + "\n",
        title=title,
        published=published,
        content_hash=hashlib.sha256((text + "\n").encode("utf-8")).hexdigest(),
    )


# --------------------------------------------------------------------------
# Classifying the draft's claims


def audit_report(
    draft: Source, sources: Sequence[Source], report: Report, findings: Sequence[Discrepancy]
) -> AuditReport:
    """The verdict on each claim of ``draft`` from the comparison of the draft with ``sources``.

    ``findings`` are the report's discrepancies left after suppressions and the baseline.
    """
    checkable = [claim for claim in report.claims if claim.source == draft.id and _checkable(claim)]
    verdicts = [
        verdict
        for verdict in (
            _verdict(claim, draft.id, findings, report.corroborations)
            for claim in sorted(checkable, key=lambda c: (c.start, -c.end, c.id))
        )
        if verdict.label != "unverified" or not _inside_another(verdict, checkable)
    ]
    among = [_without_draft(f, draft.id) for f in findings if _sides_held_by_sources(f, draft.id) >= 2]
    return AuditReport(
        draft=source_info(draft),
        sources=[source_info(s) for s in sorted(sources, key=lambda s: s.id)],
        claims=verdicts,
        discrepancies=among,
    )


def _checkable(claim: Claim) -> bool:
    """A statement about a fact; a bare mention of a person or place (an entity claim tied to no
    event) states nothing that a source could support or contradict."""
    return claim.kind != "entity" or claim.event is not None


def _inside_another(verdict: DraftClaim, claims: Sequence[Claim]) -> bool:
    """Whether the claim's span lies inside a longer claim's ("2019" in "his second visit since
    2019"): unverified, it adds nothing to the longer claim's verdict."""
    return any(
        c.start <= verdict.start
        and verdict.end <= c.end
        and (c.end - c.start) > (verdict.end - verdict.start)
        for c in claims
    )


def _verdict(
    claim: Claim, draft: str, findings: Sequence[Discrepancy], corroborations: Sequence[Corroboration]
) -> DraftClaim:
    support: list[tuple[list[ClaimRef], int]] = []
    against: list[tuple[list[ClaimRef], int]] = []
    explanations: list[str] = []
    ids: list[str] = []
    value: str | None = None
    for finding in findings:
        own = [ref for ref in finding.claims if ref.claim == claim.id]
        if not own:
            continue
        side = own[0].side
        value = value or own[0].value
        ids.append(finding.id)
        explanations.append(finding.explanation)
        for each in finding.sides:
            refs = [ref for ref in finding.claims if ref.side == each.label and ref.source != draft]
            counted = _independent(refs, each.independent_sources, draft_on_side=each.label == side)
            (support if each.label == side else against).append((refs, counted))
    for agreement in corroborations:
        own = [ref for ref in agreement.claims if ref.claim == claim.id]
        if not own:
            continue
        value = value or own[0].value
        refs = [ref for ref in agreement.claims if ref.source != draft]
        support.append((refs, _independent(refs, agreement.independent_sources, draft_on_side=True)))
    supported_by, contradicted_by = _evidence(support), _evidence(against)
    return DraftClaim(
        claim=claim.id,
        kind=claim.kind,
        start=claim.start,
        end=claim.end,
        quote=claim.quote,
        value=value,
        label=_label(supported_by, contradicted_by),
        supported_by=supported_by,
        contradicted_by=contradicted_by,
        explanations=tuple(explanations),
        findings=tuple(ids),
    )


def _independent(refs: Sequence[ClaimRef], counted: int, *, draft_on_side: bool) -> int:
    """Independent sources among ``refs``: the comparison's count less the draft, at least one when a
    source is there (the draft may have been grouped with a source it copies), at most the sources."""
    distinct = len({ref.source for ref in refs})
    without_draft = counted - 1 if draft_on_side else counted
    return min(distinct, max(without_draft, 1 if distinct else 0))


def _evidence(parts: Sequence[tuple[Sequence[ClaimRef], int]]) -> Evidence:
    refs = {(ref.source, ref.start, ref.end, ref.claim): ref for refs, _ in parts for ref in refs}
    ordered = tuple(refs[key] for key in sorted(refs))
    return Evidence(
        sources=tuple(sorted({ref.source for ref in ordered})),
        independent_sources=max((count for _, count in parts), default=0),
        claims=ordered,
    )


def _label(supported_by: Evidence, contradicted_by: Evidence) -> Label:
    support, against = supported_by.independent_sources, contradicted_by.independent_sources
    if not support and not against:
        return "unverified"
    if support > against:
        return "supported"
    if against > support:
        return "contradicted"
    return "disputed"


def _sides_held_by_sources(finding: Discrepancy, draft: str) -> int:
    return len({ref.side for ref in finding.claims if ref.source != draft})


def _without_draft(finding: Discrepancy, draft: str) -> Discrepancy:
    """The finding as the sources see it: the draft's quotes out, and out of the independent counts."""
    kept = tuple(ref for ref in finding.claims if ref.source != draft)
    if len(kept) == len(finding.claims):
        return finding
    sides = []
    for side in finding.sides:
        refs = [ref for ref in kept if ref.side == side.label]
        had_draft = any(ref.side == side.label and ref.source == draft for ref in finding.claims)
        sides.append(
            side.model_copy(
                update={
                    "claims": tuple(c for c in side.claims if c in {ref.claim for ref in refs}),
                    "independent_sources": _independent(
                        refs, side.independent_sources, draft_on_side=had_draft
                    ),
                }
            )
        )
    return finding.model_copy(update={"claims": kept, "sides": tuple(sides)})


# --------------------------------------------------------------------------
# Running it


def run_audit(
    draft_path: str,
    source_paths: Sequence[str],
    load: LoadOptions | None = None,
    draft_published: dt.date | None = None,
    run=None,
    compare_options=None,
    settings=None,
    warn: Callable[[str], None] | None = None,
):
    """Load the draft and the sources, compare them together, publish (suppressions, baseline,
    gate) and classify: returns ``(AuditReport, Published)``."""
    from factcheck.publish import Settings, compare_sources, publish

    load = load or LoadOptions()
    loaded = load_sources(source_paths, load)
    # A draft kept among its sources is the draft, not one more source.
    sources = [s for s in loaded.sources if s.path == "-" or not _same_file(s.path, draft_path)]
    if not sources:
        raise UsageError("no sources besides the draft", hint="give the sources the draft was written from")
    draft_load = load if draft_published is None else replace(load, published=draft_published)
    draft = load_draft(draft_path, draft_load, taken=[s.id for s in sources])
    report, ordered = compare_sources([*sources, draft], run, compare_options, warn)
    report.diagnostics = list(loaded.diagnostics)
    published = publish(report, ordered, settings or Settings())
    return audit_report(draft, sources, report, published.findings), published


def _same_file(first: str, second: str) -> bool:
    return Path(first).exists() and Path(second).exists() and os.path.samefile(first, second)
