"""Which fact of a story's frame a claim fills: the key the frame's facts are held by."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class FactKey:
    """Which fact a claim fills: an attribute of the incident (``subject`` empty) or of a participant;
    ``thing`` is what a story-wide count counts ("comments")."""

    attribute: str
    subject: str = ""
    event: str = ""
    thing: str = ""
