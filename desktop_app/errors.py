"""The project's typed errors. Each prints itself as one line; front ends decide how to show it.

    BriefingError                 base of everything the engine raises on purpose
    ├── ProblemsError             input files with problems; carries every Problem found
    │   ├── FactBaseError         a fact base that is invalid
    │   └── TemplateError         a report template that is invalid
    ├── SelectionError            a request naming an unknown region, theme or template, or
    │                             selecting nothing
    ├── FontError                 a bundled font that is missing or unreadable
    └── ExportError               an output file that could not be written

A ``Problem`` is one finding about one place in one input file: ``file:line: subject: message``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


def display_path(path: Path | str) -> str:
    """Show ``path`` relative to the working directory when it lies below it."""
    text = os.fspath(path)
    try:
        rel = os.path.relpath(text)
    except ValueError:  # another drive on Windows
        return text
    return text if rel.startswith("..") else rel


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in an input file, with what to fix."""

    file: str
    line: int | None
    subject: str | None
    message: str

    def __str__(self) -> str:
        where = (
            display_path(self.file)
            if self.line is None
            else f"{display_path(self.file)}:{self.line}"
        )
        return (
            f"{where}: {self.subject}: {self.message}"
            if self.subject
            else f"{where}: {self.message}"
        )


class BriefingError(Exception):
    """Base class of the errors the engine raises on purpose. ``str()`` is one line."""


class ProblemsError(BriefingError):
    """Input files with problems. ``problems`` lists every one, in file and line order."""

    what = "invalid input"

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=lambda p: (p.file, p.line or 0))  # stable: as found
        first = str(self.problems[0]) if self.problems else self.what
        more = len(self.problems) - 1
        super().__init__(first + (f" (and {more} more problems)" if more > 0 else ""))


class FactBaseError(ProblemsError):
    """A fact base with problems."""

    what = "invalid fact base"


class TemplateError(ProblemsError):
    """A report template with problems."""

    what = "invalid template"


class SelectionError(BriefingError):
    """A request that names an unknown region, theme or template, or that selects nothing."""


class FontError(BriefingError):
    """A bundled font is missing or unreadable."""


class ExportError(BriefingError):
    """An export that could not be written; the message says why and what to do."""
