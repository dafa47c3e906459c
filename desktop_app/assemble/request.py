"""What the user asks for: regions, themes, template, language and date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.errors import SelectionError
from desktop_app.facts.model import Lang

DEFAULT_REGION = "sip"
DEFAULT_TEMPLATE = "full-briefing"


@dataclass(frozen=True)
class BriefingRequest:
    regions: tuple[str, ...] = (DEFAULT_REGION,)  # ids or names, in either script
    themes: tuple[str, ...] = ()  # empty: every theme that has facts
    template: str = DEFAULT_TEMPLATE
    lang: Lang = "zh"
    date: str | None = None  # YYYY-MM-DD; None: today
    facts_dir: Path | None = None  # None: the bundled fact base
    templates_dir: Path | None = None  # a user's own templates, next to the bundled ones
    exclude: frozenset[str] = field(default_factory=frozenset)  # fact ids to leave out

    def briefing_date(self) -> str:
        if self.date is None:
            return dt.date.today().isoformat()
        try:
            return dt.date.fromisoformat(self.date).isoformat()
        except ValueError:
            raise SelectionError(f"invalid date '{self.date}'; use YYYY-MM-DD") from None
