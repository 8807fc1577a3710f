"""factcheck: a source-consistency fact checker for news stories.

The Python API mirrors the CLI::

    import factcheck
    report = factcheck.check(["sources/"])      # -> factcheck.records.Report
    claims = factcheck.extract(["sources/"])    # -> list of Claim records

Heavy modules are imported on first use so that ``factcheck --version``
starts fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
# Where the project and its documentation live: SARIF's informationUri and each rule's helpUri
# (docs/rules.md at the tag of this version) point here. One place to change when it moves.
PROJECT_URL = "https://github.com/OWNER/factcheck"

if TYPE_CHECKING:
    from factcheck.pipeline import check, extract

__all__ = ["__version__", "check", "extract"]


def __getattr__(name: str) -> Any:
    if name in ("check", "extract"):
        from factcheck import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
