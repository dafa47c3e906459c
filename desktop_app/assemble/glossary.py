"""Official terms an English reader outside China does not know, explained where the briefing
first uses them in running prose: "industrial enterprises above designated size (firms large
enough to be counted in China’s main industrial statistics)". Each is explained once; lists
and points said aloud keep their length, and Chinese readers know the terms.

Each gloss says what the term means, in our words, without a figure: a threshold or a rate
would be a fact, and facts come from the articles with their sources."""

from __future__ import annotations

import re

from desktop_app.assemble.context import Context

# the term as statements write it (matched as whole words), and what it means (apostrophes
# curly, as plain_english sets the text)
GLOSSES: dict[str, str] = {
    "above designated size": "firms large enough to be counted in China’s main industrial "
    "statistics",
    "national high-tech enterprises": "firms holding China’s national certification for "
    "technology-intensive businesses",
    "STAR Market": "the Shanghai Stock Exchange’s board for technology companies",
    "C9 League": "the group of nine leading research universities",
    "high-level talent": "people recognised under national or local talent schemes",
}
_TERMS = re.compile(
    "|".join(rf"(?<![A-Za-z]){re.escape(t)}(?![A-Za-z(])" for t in sorted(GLOSSES, key=len)[::-1])
)


def glossed(ctx: Context, text: str) -> str:
    """``text`` with each term not yet explained in this document explained after its first
    use: the term, then its meaning in brackets, unless brackets already follow it."""
    if ctx.lang != "en":
        return text

    def explain(match: re.Match[str]) -> str:
        term = match.group()
        if term in ctx.glossed or text.startswith(" (", match.end()):
            return term
        ctx.glossed.add(term)
        return f"{term} ({GLOSSES[term]})"

    return _TERMS.sub(explain, text)
