"""Which files a folder walk leaves out: build and tool folders, ``.gitignore`` and ``exclude`` patterns.

``factcheck check .`` in a project must read its articles, not ``*.egg-info/PKG-INFO``, a
virtual environment or ``build/``. So a walk never enters :data:`NEVER_WALKED` folders or a
folder holding ``pyvenv.cfg`` (a virtual environment by any name), honours every ``.gitignore``
from the repository's top down to each folder it reads, and the user's exclusion patterns
(``--exclude``, ``exclude = [...]`` in the configuration), written as gitignore lines. A file
named on the command line is always read: exclusions only apply to what a walk finds.

The gitignore syntax kept: ``#`` comments, ``!`` negation (the last matching line wins), a
trailing ``/`` for folders only, a ``/`` elsewhere anchoring the pattern to the file's folder,
``*``, ``?``, ``[...]`` within one path segment and ``**`` across segments. As in git, nothing
inside an excluded folder comes back by negation: the walk does not enter it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

GITIGNORE = ".gitignore"
# Folders no article lives in, whatever the .gitignore says (or when there is none).
NEVER_WALKED = frozenset({"__pycache__", "node_modules", "site-packages", "build", "dist"})
NEVER_WALKED_SUFFIXES = (".egg-info", ".dist-info")
VENV_MARKER = "pyvenv.cfg"


@dataclass(frozen=True)
class Pattern:
    """One gitignore line, compiled; ``base`` is the absolute folder it is relative to."""

    base: str
    regex: re.Pattern[str]
    negated: bool
    folders_only: bool
    anywhere: bool = False

    def matches(self, path: str, is_dir: bool) -> bool:
        if self.folders_only and not is_dir:
            return False
        if self.anywhere:
            return self.regex.fullmatch(path.lstrip("/")) is not None
        if path != self.base and not path.startswith(self.base.rstrip("/") + "/"):
            return False
        relative = path[len(self.base.rstrip("/")) + 1 :]
        return bool(relative) and self.regex.fullmatch(relative) is not None


def compile_pattern(line: str, base: str | Path, user: bool = False) -> Pattern | None:
    """A gitignore line relative to ``base``; ``None`` for a blank line or a comment.

    A ``user`` pattern (``--exclude``, the configuration's ``exclude``) without a ``/`` inside
    matches at any depth of any walk, wherever the corpus lies; with one, it is relative to
    ``base`` (the working directory, or the configuration file's folder)."""
    line = line.rstrip("\n\r")
    if not line.strip() or line.startswith("#"):
        return None
    line = line.rstrip(" ") if not line.endswith("\\ ") else line
    negated = line.startswith("!")
    if negated or line.startswith("\\!") or line.startswith("\\#"):
        line = line[1:]
    folders_only = line.endswith("/")
    line = line.rstrip("/")
    if not line:
        return None
    anchored = "/" in line
    line = line.lstrip("/")
    body = _translate(line)
    regex = body if anchored else f"(?:.*/)?{body}"
    return Pattern(
        base=os.path.abspath(base),
        regex=re.compile(regex, re.DOTALL),
        negated=negated,
        folders_only=folders_only,
        anywhere=user and not anchored,
    )


def _translate(glob: str) -> str:
    """A gitignore glob as a regular expression over a ``/``-separated relative path."""
    out = []
    i = 0
    while i < len(glob):
        if glob.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif glob.startswith("/**", i) and i + 3 == len(glob):
            out.append("/.*")
            i += 3
        elif glob.startswith("**", i):
            out.append(".*")
            i += 2
        elif glob[i] == "*":
            out.append("[^/]*")
            i += 1
        elif glob[i] == "?":
            out.append("[^/]")
            i += 1
        elif glob[i] == "[":
            end = glob.find("]", i + 2)
            if end == -1:
                out.append(re.escape("["))
                i += 1
                continue
            inner = glob[i + 1 : end]
            if inner.startswith("!"):
                inner = "^" + inner[1:]
            out.append(f"[{inner.replace(chr(92), chr(92) * 2)}]")
            i = end + 1
        elif glob[i] == "\\" and i + 1 < len(glob):
            out.append(re.escape(glob[i + 1]))
            i += 2
        else:
            out.append(re.escape(glob[i]))
            i += 1
    return "".join(out)


def read_patterns(file: Path) -> list[Pattern]:
    """The patterns of a ``.gitignore`` file (relative to its folder); none if it cannot be read."""
    try:
        lines = file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    return [pattern for line in lines if (pattern := compile_pattern(line, file.parent)) is not None]


def excluded(patterns: Iterable[Pattern], path: str, is_dir: bool) -> bool:
    """Whether ``path`` (absolute) is left out: the last pattern that matches it decides."""
    verdict = False
    for pattern in patterns:
        if pattern.matches(path, is_dir):
            verdict = not pattern.negated
    return verdict


def never_walked(name: str) -> bool:
    """A build, cache or package-metadata folder (a virtual environment is known by its
    ``pyvenv.cfg`` once listed)."""
    return name in NEVER_WALKED or name.endswith(NEVER_WALKED_SUFFIXES)


def inherited_patterns(directory: Path) -> list[Pattern]:
    """The ``.gitignore`` patterns of the folders above ``directory``, from its repository's top
    (the nearest folder holding ``.git``) down; none outside a repository."""
    start = Path(os.path.abspath(directory))
    chain = [start, *start.parents]
    top = next((index for index, folder in enumerate(chain) if (folder / ".git").exists()), None)
    if top is None:
        return []
    patterns: list[Pattern] = []
    for folder in reversed(chain[1 : top + 1]):
        gitignore = folder / GITIGNORE
        if gitignore.is_file():
            patterns += read_patterns(gitignore)
    return patterns
