"""Characters no briefing should carry, removed the same way by both renderers.

Control characters (other than tab and line breaks), lone surrogates and noncharacters have
nothing to show; Word's XML cannot even store most of them. Bidirectional embeddings,
overrides and isolates would silently reorder the text a reader sees (as in "Trojan source"
attacks), so they go too. Vertical tab, form feed and the Unicode line separators become
ordinary line breaks.
"""

from __future__ import annotations

import re

_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
_DROP = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f"  # control characters
    "\ud800-\udfff"  # lone surrogates
    "\ufdd0-\ufdef\ufffe\uffff"  # noncharacters
    "\u202a-\u202e\u2066-\u2069]"  # bidirectional embeddings, overrides, isolates
)


def printable(text: str) -> str:
    """``text`` with what cannot be shown removed; every line break is ``\\n``."""
    return _DROP.sub("", _LINE_BREAKS.sub("\n", text))


def one_line(text: str) -> str:
    """``printable`` text on one line, for titles, bookmarks and document properties."""
    return " ".join(printable(text).split())
