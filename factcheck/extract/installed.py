"""The versions of the installed distributions, for the fingerprints of cached data.

Read off the names of the ``*.dist-info`` folders in one listing of each
``sys.path`` folder: ``importlib.metadata`` finds the same but takes about ten
times longer, which every run would pay.
"""

from __future__ import annotations

import os
import re
import sys
from functools import cache
from pathlib import Path


@cache
def installed_distributions() -> dict[str, tuple[str, Path]]:
    """Normalised distribution name -> ``(version, its dist-info folder)``; the first on ``sys.path`` wins."""
    installed: dict[str, tuple[str, Path]] = {}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in sorted(names):
            if name.endswith(".dist-info"):
                distribution, _, version = name[: -len(".dist-info")].partition("-")
                installed.setdefault(normalised(distribution), (version, Path(entry or ".", name)))
    return installed


def installed_version(distribution: str) -> str | None:
    """The installed version of ``distribution``, or None when it is not installed."""
    found = installed_distributions().get(normalised(distribution))
    return found[0] if found else None


def normalised(name: str) -> str:
    """A distribution name as the packaging standards compare them (``Gender_Guesser`` = ``gender-guesser``)."""
    return re.sub(r"[-_.]+", "-", name).lower()
