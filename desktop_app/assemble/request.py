"""What the user asks for: regions, themes, template, language, date and facts left out.

Which fact base and templates folder are used is the workspace's business, not the request's."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop_app.errors import SelectionError
from desktop_app.facts.model import Lang
from desktop_app.templates import Edition

DEFAULT_REGION = "sip"
DEFAULT_TEMPLATE = "full-briefing"


@dataclass(frozen=True)
class BriefingRequest:
    regions: tuple[str, ...] = (DEFAULT_REGION,)  # ids or names, in either script
    themes: tuple[str, ...] = ()  # empty: every theme that has facts
    template: str = DEFAULT_TEMPLATE
    lang: Lang = "zh"
    date: str | None = None  # YYYY-MM-DD; None: today
    exclude: frozenset[str] = field(default_factory=frozenset)  # fact ids to leave out
    edition: Edition | None = None  # external (对外) or internal (对内); None: the template's

    def briefing_date(self) -> str:
        if self.date is None:
            return dt.date.today().isoformat()
        try:
            return dt.date.fromisoformat(self.date).isoformat()
        except ValueError:
            raise SelectionError(f"invalid date '{self.date}'; use YYYY-MM-DD") from None
