"""Warnings about fact text that breaks the document's language rules (issue: typesetting).

Chinese text uses full-width punctuation, simplified characters and one measure word for funds
(支); English text uses no full-width punctuation. These are warnings, not problems: the fact
base still loads, and nothing is changed on the page — a figure is never rewritten silently.
Source titles are cited as published, so their script is not checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from desktop_app.errors import Problem
from desktop_app.facts.names import to_simplified
from desktop_app.facts.yaml_source import LocatedDict, load_yaml

CJK = r"[\u3400-\u9fff]"
# Half-width punctuation touching a Chinese character: "苏州工业园区:", "再部署,", "(转载)".
_HALF_WIDTH = re.compile(rf"(?<={CJK})[,:;?!()]|[,:;?!()](?={CJK})")
_FULL_WIDTH = re.compile(r"[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]")
_FUND_MEASURE = re.compile(r"\d只")
# GB/T 15834's separator (间隔号) is ·; a bullet or katakana dot between names is not it.
_NOT_A_SEPARATOR = re.compile(rf"(?<={CJK})[•‧・](?={CJK})")
FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}


def _zh_warnings(text: str, traditional_ok: bool = False) -> Iterator[str]:
    for match in dict.fromkeys(_HALF_WIDTH.findall(text)):
        yield f"half-width '{match}' in Chinese text; write '{FULL[match]}'"
    for dot in dict.fromkeys(_NOT_A_SEPARATOR.findall(text)):
        yield f"'{dot}' between names in Chinese text; write the separator '·' (GB/T 15834)"
    simplified = to_simplified(text)
    if not traditional_ok and simplified != text:
        pairs = zip(text, simplified, strict=False)  # t2s keeps the length, character by character
        changed = "".join(dict.fromkeys(c for c, s in pairs if c != s))
        yield f"traditional characters ({changed}) in Chinese text; write simplified characters"


def _en_warnings(text: str) -> Iterator[str]:
    for match in dict.fromkeys(_FULL_WIDTH.findall(text)):
        yield f"full-width '{match}' in English text; use English punctuation"


def _texts(item: LocatedDict, field: str) -> Iterator[tuple[str, str, int]]:
    """(language, text, line) of a bilingual field, and of each note under ``uncertain``."""
    value = item.get(field)
    if not isinstance(value, LocatedDict):
        return
    if field == "uncertain":
        for key in value:
            if isinstance(value[key], LocatedDict):
                yield from _texts(value, key)
        return
    for lang in ("zh", "en"):
        text = value.get(lang)
        if isinstance(text, str):
            yield lang, text, value.key_lines.get(lang, item.line_of(field))


def _item_warnings(item: LocatedDict, fields: tuple[str, ...], file: str) -> Iterator[Problem]:
    subject = str(item.get("id", "?"))
    traditional = item.get("script") == "traditional"
    for field in fields:
        for lang, text, line in _texts(item, field):
            title = field == "title"
            found = (
                _zh_warnings(text, traditional_ok=title or traditional)
                if lang == "zh"
                else _en_warnings(text)
            )
            for message in found:
                yield Problem(file, line, subject, f"{field}.{lang}: {message}")
    if item.get("unit") == "fund":
        for lang, text, line in _texts(item, "statement"):
            if lang == "zh" and _FUND_MEASURE.search(text):
                message = "statement.zh: funds are counted with 支 in our text, not 只"
                yield Problem(file, line, subject, message)


def text_warnings(root: Path) -> list[Problem]:
    """Every warning about the text of the fact files and the source registry under ``root``."""
    warnings: list[Problem] = []
    files = [
        (root / "sources.yaml", "sources", ("title", "publisher")),
        (root / "regions.yaml", "regions", ("name", "short")),
        (root / "themes.yaml", "themes", ("label",)),
        (root / "metrics.yaml", "metrics", ("label", "short", "elapsed", "family")),
    ]
    files += [(p, "facts", ("statement", "run_on", "subject", "uncertain"))
              for p in sorted((root / "facts").glob("*.yaml"))]  # fmt: skip
    for path, key, fields in files:
        data, problem = load_yaml(path)
        if problem is not None or not isinstance(data, LocatedDict):
            continue  # the loader reports it as a problem
        items = data.get(key)
        for item in items if isinstance(items, list) else []:  # else: a problem, reported
            if isinstance(item, LocatedDict):
                warnings += _item_warnings(item, fields, str(path))
    return warnings
