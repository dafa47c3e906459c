"""What the user asks for: regions, themes, template, language, date, facts left out, the
edition, an internal brief's issue number and who issues the briefing.

Which fact base and templates folder are used is the workspace's business, not the request's."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop_app.errors import SelectionError
from desktop_app.facts.model import Lang
from desktop_app.templates import Edition

DEFAULT_REGION = "sip"
DEFAULT_TEMPLATE = "full-briefing"
MAX_ISSUE = 9999
MAX_ISSUER = 40  # characters: a unit's name on one line (苏州工业园区投资促进委员会)


@dataclass(frozen=True)
class BriefingRequest:
    regions: tuple[str, ...] = (DEFAULT_REGION,)  # ids or names, in either script
    themes: tuple[str, ...] = ()  # empty: every theme that has facts
    template: str = DEFAULT_TEMPLATE
    lang: Lang = "zh"
    date: str | None = None  # YYYY-MM-DD; None: today
    exclude: frozenset[str] = field(default_factory=frozenset)  # fact ids to leave out
    edition: Edition | None = None  # external (对外) or internal (对内); None: the template's
    # The issue number (期号) an internal brief prints under its masthead (第3期); None: no
    # issue line. Only the user knows it: it is never made up. Other editions do not print it.
    issue_number: int | None = None
    # Who prepares the briefing (苏州工业园区投资促进委员会), printed on the cover, the masthead
    # and the imprint; None or blank: the template's own words.
    issuer: str | None = None

    def issued_by(self) -> str | None:
        """The issuer, checked: one line of at most MAX_ISSUER characters, spaces tidied; None
        when none was given."""
        if self.issuer is None:
            return None
        name = " ".join(str(self.issuer).split())
        if len(name) > MAX_ISSUER:
            raise SelectionError(
                f"issuer '{name[:MAX_ISSUER]}…' is too long; use at most {MAX_ISSUER} characters"
            )
        return name or None

    def issue(self) -> int | None:
        """The issue number, checked: a whole number from 1 to 9999, or None."""
        number = self.issue_number
        if number is None:
            return None
        if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= MAX_ISSUE:
            raise SelectionError(
                f"invalid issue number {number!r}; use a whole number from 1 to {MAX_ISSUE}"
            )
        return number

    def briefing_date(self) -> str:
        if self.date is None:
            return dt.date.today().isoformat()
        try:
            return dt.date.fromisoformat(self.date).isoformat()
        except ValueError:
            raise SelectionError(f"invalid date '{self.date}'; use YYYY-MM-DD") from None
