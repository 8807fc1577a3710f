"""Claim extraction: from the segments of one source to typed claims."""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.records import Claim, Segment, Source


def extract_claims(source: Source, segments: Sequence[Segment]) -> list[Claim]:
    """The claims of ``source``, in text order. (Extractors land in issue 3.)"""
    return []
