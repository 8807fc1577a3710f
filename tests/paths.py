"""Where the tests find the repository, the example story and their fixtures.

A plain module beside the tests (not conftest.py, which pytest imports under
its own rules): ``from paths import ...`` works under both ``pytest`` and
``python -m pytest``, since pytest puts this folder on ``sys.path``.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SOURCES = ROOT / "sources"
