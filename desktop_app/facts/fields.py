"""Reading typed fields out of one YAML record, collecting a Problem for each bad field.

A :class:`RecordReader` wraps one mapping from a fact-base file. Each accessor returns the
field's value, or ``None`` after recording a problem that names the file, the field's line,
the record (``fact 'sip-gazelles-2023'``) and what to fix.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from desktop_app.errors import Problem
from desktop_app.facts.model import Text
from desktop_app.facts.yaml_source import LocatedDict, LocatedList

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:[-.][a-z0-9]+)*$")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def _as_digits(value: Any) -> str:
    """'; write 6000000000' for a number YAML read as text (6e9, 1,500), when it is one."""
    if not isinstance(value, str):
        return ""
    try:
        number = float(value.replace(",", "").replace("_", ""))
    except ValueError:
        return ""
    if number != number or number in (float("inf"), float("-inf")):
        return ""
    digits = str(int(number)) if number.is_integer() else repr(number)
    return f"; write {digits}, in digits"


def describe(value: Any) -> str:
    """How a bad value is quoted back to the user."""
    if value is None:
        return "nothing"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    text = str(value)
    return repr(text if len(text) <= 40 else text[:37] + "...")


def normalise_date(value: Any) -> str | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` as a string, or None when it is not a valid date."""
    if isinstance(value, dt.datetime):
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    match = _DATE.match(value.strip())
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError:
        return None
    return value.strip()


class RecordReader:
    """Typed access to the fields of one record; problems are appended to ``problems``."""

    def __init__(
        self,
        file: str,
        data: LocatedDict,
        kind: str,
        index: int,
        problems: list[Problem],
        hints: Mapping[str, Callable[[str], str]] | None = None,
    ) -> None:
        self.file = file
        self.data = data
        self.problems = problems
        # field -> what to add to "must be an id" for a text that is not one (the region id a
        # name stands for)
        self.hints = hints or {}
        self.ok = True
        raw_id = data.get("id")
        self.subject = f"{kind} '{raw_id}'" if isinstance(raw_id, str) else f"{kind} #{index}"

    # -- reporting -------------------------------------------------------------------------
    def problem(self, field: str | None, message: str, line: int | None = None) -> None:
        self.ok = False
        if line is None:
            line = self.data.line_of(field) if field else self.data.line
        self.problems.append(Problem(self.file, line, self.subject, message))

    def _get(self, field: str, required: bool) -> Any:
        if field not in self.data:
            if required:
                self.problem(None, f"{field} is missing; add it")
            return None
        return self.data[field]

    def reject_unknown(self, allowed: Iterable[str]) -> None:
        allowed = set(allowed)
        for key in self.data:
            if key not in allowed:
                names = ", ".join(sorted(allowed))
                self.problem(key, f"unknown field '{key}'; the fields are: {names}")

    # -- accessors -------------------------------------------------------------------------
    def ident(self) -> str | None:
        value = self._get("id", True)
        if value is None:
            return None
        if not isinstance(value, str) or not ID_PATTERN.match(value):
            self.problem(
                "id", f"id must be lowercase letters, digits and hyphens, got {describe(value)}"
            )
            return None
        return value

    def text(self, field: str, required: bool = True, max_len: int | None = None) -> str | None:
        value = self._get(field, required)
        if value is None:
            if required and field in self.data:
                self.problem(field, f"{field} must not be empty")
            return None
        if not isinstance(value, str) or not value.strip():
            self.problem(field, f"{field} must be text, got {describe(value)}")
            return None
        if max_len is not None and len(value) > max_len:
            self.problem(field, f"{field} must be at most {max_len} characters, got {len(value)}")
            return None
        return value.strip()

    def bilingual(self, field: str, required: bool = True, max_len: int = 1000) -> Text | None:
        value = self._get(field, required)
        if value is None:
            if required and field in self.data:
                self.problem(field, f"{field} must have zh and en texts")
            return None
        if not isinstance(value, dict):
            self.problem(field, f"{field} must be a mapping with zh and en, got {describe(value)}")
            return None
        texts: dict[str, str] = {}
        for lang in ("zh", "en"):
            item = value.get(lang)
            line = self.data.line_of(field)
            if isinstance(value, LocatedDict) and lang in value.key_lines:
                line = value.key_lines[lang]
            if not isinstance(item, str) or not item.strip():
                self.problem(field, f"{field}.{lang} must be non-empty text", line)
            elif len(item) > max_len:
                self.problem(field, f"{field}.{lang} must be at most {max_len} characters, "
                             f"got {len(item)}; shorten it", line)  # fmt: skip
            else:
                texts[lang] = item.strip()
        extra = sorted(str(k) for k in value if k not in ("zh", "en"))
        if extra:
            self.problem(field, f"{field} takes only zh and en, not {', '.join(extra)}")
        return Text(texts["zh"], texts["en"]) if len(texts) == 2 else None

    def choice(self, field: str, choices: Iterable[str], required: bool = True) -> str | None:
        value = self._get(field, required)
        if value is None:
            if required and field in self.data:
                self.problem(field, f"{field} must not be empty")
            return None
        options = tuple(choices)
        if value not in options:
            self.problem(
                field, f"{field} must be one of {', '.join(options)}; got {describe(value)}"
            )
            return None
        return str(value)

    def reference(self, field: str, required: bool = True) -> str | None:
        """An id pointing at another record; resolved later, against the whole fact base."""
        value = self._get(field, required)
        if value is None:
            if required and field in self.data:
                self.problem(field, f"{field} must not be empty")
            return None
        if not isinstance(value, str) or not ID_PATTERN.match(value):
            hint = (
                self.hints[field](value) if field in self.hints and isinstance(value, str) else ""
            )
            self.problem(field, f"{field} must be an id, got {describe(value)}{hint}")
            return None
        return value

    def reference_list(self, field: str) -> tuple[str, ...] | None:
        value = self._get(field, True)
        if value is None:
            if field in self.data:
                self.problem(field, f"{field} must list at least one id")
            return None
        if not isinstance(value, list) or not value:
            self.problem(field, f"{field} must be a list of at least one id, got {describe(value)}")
            return None
        ok = True
        lines = value.item_lines if isinstance(value, LocatedList) else [None] * len(value)
        for item, line in zip(value, lines, strict=True):
            if not isinstance(item, str) or not ID_PATTERN.match(item):
                self.problem(field, f"{field} must hold ids, got {describe(item)}", line)
                ok = False
        return tuple(value) if ok else None

    def text_list(self, field: str) -> tuple[str, ...] | None:
        value = self._get(field, False)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.problem(field, f"{field} must be a list of names, got {describe(value)}")
            return None
        return tuple(v.strip() for v in value)

    def boolean(self, field: str) -> bool | None:
        value = self._get(field, True)
        if not isinstance(value, bool):
            if field in self.data:
                self.problem(field, f"{field} must be true or false, got {describe(value)}")
            return None
        return value

    def date(self, field: str, required: bool = True, allow_range: bool = False) -> str | None:
        value = self._get(field, required)
        if value is None:
            if required and field in self.data:
                self.problem(field, f"{field} must not be empty")
            return None
        if allow_range and isinstance(value, str) and "/" in value:
            start, _, end = value.partition("/")
            first, last = normalise_date(start), normalise_date(end)
            if first and last and first <= last:
                return f"{first}/{last}"
        elif (date := normalise_date(value)) is not None:
            return date
        shapes = "YYYY, YYYY-MM or YYYY-MM-DD" + (" or a range START/END" if allow_range else "")
        self.problem(field, f"{field} must be a date ({shapes}), got {describe(value)}")
        return None

    def number(self, field: str) -> int | float | None:
        value = self._get(field, False)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
            self.problem(
                field, f"{field} must be a number, got {describe(value)}{_as_digits(value)}"
            )
            return None
        if isinstance(value, float) and value.is_integer():
            return int(value)
        return value

    def url(self, field: str) -> str | None:
        value = self.text(field, required=False)
        if value is not None and not re.match(r"^https?://\S+$", value):
            self.problem(
                field, f"{field} must start with http:// or https://, got {describe(value)}"
            )
            return None
        return value

    def mapping(self, field: str) -> dict[str, Any] | None:
        value = self._get(field, False)
        if value is None:
            return None
        if not isinstance(value, dict):
            self.problem(field, f"{field} must be a mapping, got {describe(value)}")
            return None
        return value
